"""Events told in phrasings of a fourth set of unseen articles (monitor summaries, Russian
Defence Ministry claims relayed by wire services, General Staff evening reports).

Sentences are our own, built on facts from public reporting.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


def seen(text: str, types: tuple[str, ...] = ("advance", "retreat")) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2024, 12, 20)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found if e.event_type in types}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry named in the sentence before speaks in "it said": its "liberated" is Russia's
        (
            "Russia's Defence Ministry said its troops kept pushing toward Kurakhove. Ukraine's "
            "Khortytsia group spoke of heavy fighting in the town. On Sunday, it said the villages "
            "of Sontsivka and Pushkine had been liberated.",
            {("advance", "UA", "Sontsivka"), ("advance", "UA", "Pushkine")},
        ),
        (
            "Ukraine's Khortytsia group spoke of heavy fighting near Kurakhove. Russia's Defence "
            "Ministry gave its own account. In its daily briefing, it said the villages of Sontsivka "
            "and Pushkine had been liberated.",
            {("advance", "RU", "Sontsivka"), ("advance", "RU", "Pushkine")},
        ),
        (
            "Ukraine's Khortytsia group spoke of heavy fighting near Kurakhove. Russia's Defence "
            "Ministry gave its own account. The ministry added that the settlement of Pushkine had "
            "been liberated.",
            {("advance", "RU", "Pushkine")},
        ),
        # a battlegroup's name with its English translation in brackets is still Russia's
        (
            "Ukraine's Khortytsia group spoke of heavy fighting near Pokrovsk. \"Units of the Tsentr "
            '(Centre) group of forces liberated the settlements of Pushkine and Novovasylivka," '
            "the statement said.",
            {("advance", "RU", "Pushkine"), ("advance", "RU", "Novovasylivka")},
        ),
    ],
)
def test_the_voice_of_a_speaker_referred_back_to(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the village Robotyne" names the village; it does not point back to the one named before
        (
            "Fighting went on near the village of Robotyne. Officials later visited the school in "
            "Verbove. The Ukrainian army recaptured the village Robotyne after weeks of fighting.",
            {("advance", "UA", "Robotyne")},
        ),
        (
            "Russian troops attacked near the village of Pushkine. Then Russia said it had captured "
            "the village Sontsivka.",
            {("advance", "RU", "Sontsivka")},
        ),
        # with no name after it, "the village" still points back
        (
            "Fighting went on near the village of Robotyne. The Ukrainian army recaptured the village "
            "after weeks of fighting.",
            {("advance", "UA", "Robotyne")},
        ),
    ],
)
def test_the_village_before_a_name_is_that_village(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "town", "north", "east"),
    [
        (
            "Russia's Defence Ministry said its troops had taken the village of Vremivka, east of Velyka "
            "Novosilka, a town in the Donetsk region.",
            "Velyka Novosilka",
            0,
            1,
        ),
    ],
)
def test_a_village_the_gazetteer_lacks_is_put_off_the_town_it_lies_by(text, town, north, east):
    """Put off the town, on the side the text says, never at the sentence's other places."""
    gaz = load_gazetteer()
    found = [e for e in extract_events(read_text(text, published=date(2024, 11, 14)), gaz)]
    assert [(e.event_type, e.actor, e.place) for e in found] == [("advance", "RU", town)]
    anchor = gaz.get(found[0].place_id)
    moved_north, moved_east = found[0].lat - anchor.lat, found[0].lon - anchor.lon
    assert (moved_north > 0.03) == bool(north) and (moved_east > 0.03) == bool(east)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun ends the sentence: "out of it." stands for the village named before
        (
            "Russian forces captured Kamianske in the Zaporizhzhia region. Ukrainian forces had "
            "pulled out of it.",
            {("advance", "RU", "Kamianske"), ("retreat", "UA", "Kamianske")},
        ),
        (
            "Russia said it took Kamianske in the Zaporizhzhia region. Ukrainian forces had moved out of it.",
            {("advance", "RU", "Kamianske"), ("retreat", "UA", "Kamianske")},
        ),
        (
            "Ukrainian forces moved out of Kamianske in the Zaporizhzhia region.",
            {("retreat", "UA", "Kamianske")},
        ),
        # residents moving out is no retreat
        ("Hundreds of residents moved out of Kamianske in the Zaporizhzhia region.", set()),
    ],
)
def test_forces_moving_out_of_a_place_retreat_from_it(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a taking named as a side's goal has not happened
        ("Capturing the rest of the Donetsk region is one of the Kremlin's longstanding goals.", set()),
        ("The capture of Pokrovsk remains a priority for Russian commanders, Ukraine's army says.", set()),
        # a goal named beside a taking that did happen leaves the taking
        (
            "Russian forces captured Pushkine, south of Pokrovsk, a step toward their goal.",
            {("advance", "RU", "Pushkine")},
        ),
    ],
)
def test_a_taking_told_as_a_goal_is_no_event(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town in an apposition only says where the towns before it are
        (
            "Irpin and Bucha, commuter towns outside Kyiv, had been retaken by the Ukrainian army this week.",
            {("advance", "UA", "Irpin"), ("advance", "UA", "Bucha")},
        ),
        (
            "Pushkine, a small village south of Pokrovsk, was captured by Russian forces on Sunday.",
            {("advance", "RU", "Pushkine")},
        ),
        # a second place of the verb is no apposition
        (
            "Russian troops advanced in the villages of Novovasylivka, Solone and Pushkine.",
            {("advance", "RU", "Novovasylivka"), ("advance", "RU", "Solone"), ("advance", "RU", "Pushkine")},
        ),
    ],
)
def test_a_town_in_an_apposition_only_locates(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the aircraft came from is not where the strike hit
        (
            "In the afternoon, Russian aircraft from the direction of Shebekino launched an air strike "
            "on Vovchansk.",
            {("strike", "RU", "Vovchansk")},
        ),
        (
            "Russian aircraft struck Vovchansk from the territory of the Belgorod region.",
            {("strike", "RU", "Vovchansk")},
        ),
        # with the target unknown to the gazetteer, no strike at the origin
        (
            "Russian invaders from the direction of Shebekino launched an air strike in the area of "
            "Vovchanski Khutir.",
            set(),
        ),
    ],
)
def test_where_a_strike_came_from_is_not_where_it_hit(text, expected):
    assert seen(text, ("strike",)) == expected


def test_the_speaker_referred_back_to_may_be_named_sentences_before():
    text = (
        "Russia's Defence Ministry announced on Saturday that its troops had made gains. The report "
        "listed Pushkine among villages under attack. According to the report, "
        "fighting went on all day. The ministry claimed the liberation of Pushkine, south of Pokrovsk."
    )
    assert seen(text) == {("advance", "RU", "Pushkine")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's ministry claiming a capture claims its own side's
        (
            "Russia's Defence Ministry gave its weekly figures. The ministry claimed the capture of "
            "Pushkine, south of Pokrovsk.",
            {("advance", "RU", "Pushkine")},
        ),
        (
            "Russia's Defence Ministry said on Saturday it announced the seizure of Pushkine.",
            {("advance", "RU", "Pushkine")},
        ),
        # a claim with no speaker stays unknown
        (
            "Bloggers claimed the capture of Pushkine, south of Pokrovsk.",
            {("advance", "unknown", "Pushkine")},
        ),
    ],
)
def test_a_sides_claim_of_a_capture_is_its_own(text, expected):
    assert seen(text) == expected
