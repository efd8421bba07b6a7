"""Events told in phrasings of a fifth set of unseen articles (wire stories on air attacks and deep
strikes, Russian Defence Ministry summaries relayed by state media, separatist claims).

Sentences are our own, built on facts from public reporting.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text, split_sentences


def seen(text: str, types: tuple[str, ...] = ("advance", "retreat")) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2024, 8, 26)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found if e.event_type in types}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article about one side's air attack: the strikes its other sentences tell without an
        # attacker are that side's, where they land in the country it attacks
        (
            "Russia fired missiles and drones at Kyiv overnight, officials said. The air force said "
            "it tracked dozens of drones targeting the regions of Kharkiv and Dnipro.",
            {
                ("strike", "RU", "Kyiv"),
                ("strike", "RU", "Kharkiv Oblast"),
                ("strike", "RU", "Dnipropetrovsk Oblast"),
            },
        ),
        (
            "Russian forces launched a missile attack on Zaporizhzhia on Monday. Later in the day the "
            "town of Orikhiv came under bombardment.",
            {("strike", "RU", "Zaporizhzhia"), ("strike", "RU", "Orikhiv")},
        ),
        # Ukraine's drones on Russia: a refinery hit in Russia is Ukraine's strike too
        (
            "Ukrainian drones attacked an oil depot in Bryansk overnight. Nobody was hurt, the governor "
            "said. Later a refinery in Novoshakhtinsk was also hit by a drone.",
            {("strike", "UA", "Bryansk"), ("strike", "UA", "Novoshakhtinsk")},
        ),
        # a place in the attacking side's own country is not its target: drones downed over Russia were
        # Ukraine's (an attack on Belgorod, as round 74 reads a shoot-down), not the article's attacker's
        (
            "Russia fired missiles at Kharkiv on Monday. Drones were shot down over Belgorod.",
            {("strike", "RU", "Kharkiv"), ("strike", "UA", "Belgorod")},
        ),
        # a blast nobody owned up to stays unknown, whatever else the article tells
        (
            "Russian missiles hit Odesa on Saturday. A blast damaged the bridge at Zatoka.",
            {("strike", "RU", "Odesa"), ("bridge_strike", "unknown", "Zatoka Bridge")},
        ),
        # both sides strike in the article: nobody's side is clear
        (
            "Russia fired missiles at Kharkiv. Ukrainian drones hit a depot in Belgorod. The town "
            "of Kupiansk came under bombardment.",
            {("strike", "RU", "Kharkiv"), ("strike", "UA", "Belgorod"), ("strike", "RU", "Kupiansk")},
        ),
    ],
)
def test_an_unowned_strike_takes_the_article_s_attacker(text, expected):
    assert seen(text, ("strike", "bridge_strike")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place that "came under the control of" a side changed hands to that side
        (
            "A separatist spokesman said the villages of Hirske and Zolote also came under the control "
            "of the Luhansk People's Republic.",
            {("advance", "RU", "Hirske"), ("advance", "RU", "Zolote")},
        ),
        (
            "By evening the town of Kupiansk had come under Ukrainian control, the General Staff said.",
            {("advance", "UA", "Kupiansk")},
        ),
        ("Lyman came under the full control of Russian troops on Saturday.", {("advance", "RU", "Lyman")}),
        # fire is not control: still a strike, not an advance
        ("The town of Orikhiv came under Russian fire on Monday.", set()),
    ],
)
def test_a_place_that_came_under_a_side_s_control(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a direction right after the places, with no comma, only says where they are
        (
            "A separatist spokesman said the villages of Hirske and Zolote south of Lysychansk came "
            "under the control of the Luhansk People's Republic.",
            {("advance", "RU", "Hirske"), ("advance", "RU", "Zolote")},
        ),
        (
            "Ukrainian forces recaptured Klishchiivka south of Bakhmut on Sunday.",
            {("advance", "UA", "Klishchiivka")},
        ),
        # with nothing before it, the direction from the town is where the advance was
        ("Ukrainian forces advanced south of Bakhmut on Sunday.", {("advance", "UA", "Bakhmut")}),
    ],
)
def test_a_direction_right_after_places_only_locates_them(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Russian ministry's "completing the task of liberating" reports the work going on
        (
            "Servicemen of Battlegroup West are successfully completing the task of liberating the city "
            "of Kupiansk, the Russian Defence Ministry said.",
            {("advance", "RU", "Kupiansk")},
        ),
        (
            "Units of the Tsentr group continued to perform combat tasks of liberating Pokrovsk.",
            {("advance", "RU", "Pokrovsk")},
        ),
        # a task set is still an aim
        ("Putin set the army the task of liberating the whole of Donetsk Oblast.", set()),
    ],
)
def test_a_task_being_completed_is_not_an_aim(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cutting off the other side's troops at a place is an advance there
        (
            "The Russian army has sealed off a large Ukrainian group north and west of Kupiansk, "
            "the ministry said.",
            {("advance", "RU", "Kupiansk")},
        ),
        (
            "Russian troops have blocked the Ukrainian garrison in Vovchansk from three sides.",
            {("advance", "RU", "Vovchansk")},
        ),
        # blocking a road or aid is no encirclement
        ("Russian troops blocked the road to Vovchansk on Monday.", set()),
    ],
)
def test_cutting_off_the_other_side_s_troops_is_an_advance(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the troops surrounded at a place lost it: the other side advanced
        (
            "Ukrainian units surrounded in Kupiansk are running short of ammunition.",
            {("advance", "RU", "Kupiansk")},
        ),
        ("Russian forces were encircled in Lyman, Ukraine's military said.", {("advance", "UA", "Lyman")}),
        (
            "Fighters of the Azov regiment and Ukrainian marines are among the troops trapped in Mariupol.",
            {("advance", "RU", "Mariupol")},
        ),
        # the side that surrounds others is the one that advanced
        ("Russian troops surrounded Ukrainian units in Kupiansk.", {("advance", "RU", "Kupiansk")}),
    ],
)
def test_troops_surrounded_at_a_place_lost_it(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops that surrender give up the place they held
        (
            "Hundreds of Ukrainian fighters who had held out at the steel plant in Mariupol surrendered "
            "on Monday.",
            {("retreat", "UA", "Mariupol")},
        ),
        (
            "The Ukrainian military said its soldiers in Mariupol had begun to lay down their arms.",
            {("retreat", "UA", "Mariupol")},
        ),
        # a call to surrender, or a refusal, is no surrender
        ("Moscow called on the Ukrainian troops in Mariupol to surrender.", set()),
        ("Ukrainian troops in Mariupol refused to surrender.", set()),
    ],
)
def test_troops_that_surrender_give_up_the_place(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("article", "sentences"),
    [
        # ISW-style footnote marks after the full stop still end the sentence
        (
            "Russian forces likely captured Soledar on January 11.[2] The MoD praised its airborne "
            "troops.[3][4] Fighting went on near Bakhmut.",
            [
                "Russian forces likely captured Soledar on January 11.[2]",
                "The MoD praised its airborne troops.[3][4]",
                "Fighting went on near Bakhmut.",
            ],
        ),
        # a bracket that opens the next sentence is not a footnote
        (
            "Troops entered Izium. [Update] Residents came out.",
            ["Troops entered Izium.", "[Update] Residents came out."],
        ),
    ],
)
def test_footnote_marks_end_a_sentence(article, sentences):
    assert [s.text for s in split_sentences(article)] == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a side tries to stop the other from doing has not happened
        (
            "Ukrainian units are working to prevent the occupiers from gaining a foothold near Vovchansk.",
            set(),
        ),
        ("Mines were laid to stop Russian troops from advancing towards Orikhiv.", set()),
        # the attempt failed, but the advance itself is told: still an advance
        (
            "Despite efforts to stop them, Russian troops advanced near Vovchansk.",
            {("advance", "RU", "Vovchansk")},
        ),
    ],
)
def test_what_a_side_is_kept_from_doing_has_not_happened(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side that says what caused a blast did not cause it
        (
            "The Antonivskyi bridge was hit by a massive explosion on Saturday morning which Russian "
            "authorities said was caused by a car bomb.",
            {("bridge_strike", "unknown", "Antonivskyi Bridge")},
        ),
        # a relative clause that tells who fired still names the attacker
        (
            "The Antonivskyi bridge was hit by a missile which Russian forces fired from Crimea.",
            {("bridge_strike", "RU", "Antonivskyi Bridge")},
        ),
    ],
)
def test_who_speaks_of_a_blast_did_not_cause_it(text, expected):
    assert seen(text, ("strike", "bridge_strike")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a move from unnamed towns is not a move from the region named before it
        (
            "Ukraine regained control of the whole Kyiv region after Russian forces retreated from some "
            "key towns, the deputy minister said.",
            {("advance", "UA", "Kyiv Oblast")},
        ),
        (
            "Ukraine regained control of the whole Kyiv region after Russian forces retreated from some "
            "key towns, Deputy Defence Minister Hanna Maliar said.",
            {("advance", "UA", "Kyiv Oblast")},
        ),
        (
            "Russian forces pulled out of a few small towns in the Kharkiv region.",
            set(),
        ),
        # a named town is still where they went from
        ("Russian forces retreated from the key town of Izium.", {("retreat", "RU", "Izium")}),
    ],
)
def test_a_move_from_unnamed_towns_is_not_the_region_s(text, expected):
    assert seen(text) == expected
