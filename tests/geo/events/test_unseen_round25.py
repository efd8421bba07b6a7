"""Round 25 of reading unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from geo.events.timing import trigger_dates
from geo.events.triggers import find_triggers

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's goal is the liberation of Tokmak and, after it, Melitopol.",
        "Kyiv's main aim remains the recapture of Bakhmut, the commander said.",
        "Moscow's objective was the capture of the whole of Donetsk Oblast.",
    ],
)
def test_a_goal_told_by_whose_it_is_has_not_happened(text: str, seen: Seen) -> None:
    assert seen(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fire verb after its subject: "opened fire" is no investigator's "opened a case"
        ("Russian troops again opened fire on Kupiansk.", {("strike", "RU", "Kupiansk")}),
        # forces settling into ground they entered
        ("The occupiers are already consolidating in Ustynivka and Myrna Dolyna, the governor said.",
         {("advance", "RU", "Ustynivka"), ("advance", "RU", "Myrna Dolyna")}),
        ("The Russians are entrenching themselves in a district of Lysychansk, the governor said.",
         {("advance", "RU", "Lysychansk")}),
        ("The enemy is now on the territory of the Svitlodarsk community, he said.",
         {("advance", "RU", "Svetlodarsk")}),
        # the side named as the noun's adjective
        ("Ukrainian forces conducted a deliberate withdrawal from Lysychansk, resulting in the Russian "
         "seizure of the city on July 2, analysts wrote.",
         {("retreat", "UA", "Lysychansk"), ("advance", "RU", "Lysychansk")}),
        # a capture told in an aside: what the main clause predicts is not the aside's
        ("Across the river from Severodonetsk, which Russian forces seized last week, Lysychansk's capture "
         "would signal a deeper push into the Donbas.",
         {("advance", "RU", "Sievierodonetsk")}),
    ],
)  # fmt: skip
def test_round25_phrasings(text: str, expected: set, seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops remain entrenched in Bakhmut.",  # held, not taken
        "Russian investigators opened a criminal case after the blast in Kursk.",
    ],
)
def test_what_holds_or_investigates_is_no_advance_or_strike_by_its_subject(text: str, seen: Seen) -> None:
    assert not {e for e in seen(text) if e[0] == "advance" or e[1] == "RU"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces named with where they operate, then their verb
        ("The General Staff said Ukrainian troops operating in the area cleared Kucheriv Yar and Sukhetske "
         "of Russian troops.",
         {("advance", "UA", "Kucheriv Yar"), ("advance", "UA", "Sukhetske")}),
        # a capital as the government that retook a town: the town, not the capital
        ("Ukrainian forces advanced in the north-east, as Kyiv appears to have retaken control of the town "
         "of Kupiansk.",
         {("advance", "UA", "Kupiansk")}),
    ],
)  # fmt: skip
def test_round25_more_phrasings(text: str, expected: set, seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Air Assault Forces said that neither Pokrovsk nor its sister city Myrnohrad are encircled.",
        "The three liberated villages are all located south of Pokrovsk.",
        "Residents speculated that the bridge over the Inhulets had been blown up by Russian troops.",
        "Russian troops mined the roads in preparation for a retreat from Kherson.",
    ],
)
def test_denials_descriptions_and_speculation_map_nothing(text: str, seen: Seen) -> None:
    assert {e for e in seen(text) if e[0] != "contact"} == set()


def test_a_bridge_blown_up_behind_russias_lines_is_nobodys_until_claimed(seen: Seen) -> None:
    # November 2022, as Russia left the right bank: a demolition as likely as fire from across the river
    text = "Earlier, the Darivka bridge on the main highway east out of Kherson was blown up."
    assert seen(text, published=date(2022, 11, 9)) == {("bridge_strike", "unknown", "Darivka Bridge")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukraine's units known by their names
        ("The “Azov” and “Bureviy” brigades advanced a kilometer deep in the Serebrianskyi forest.",
         {("advance", "UA", "Serebrianskyi Forest")}),
        # forces named by who backs them; "fallen under the control of" names the taker
        ("The ministry said the village of Lastochkyne had fallen under the control of Moscow-backed forces.",
         {("advance", "RU", "Lastochkyne")}),
        # a loss the teller does not ascribe is the teller's side's (and, since round 75, its retreat too)
        ("Ukraine's General Staff reported the loss of the village of Berdychi.",
         {("advance", "RU", "Berdychi"), ("retreat", "UA", "Berdychi")}),
    ],
)  # fmt: skip
def test_round25_sides(text: str, expected: set, seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # background before the full-scale war is not news to map
        ("Russia seized the Crimean Peninsula in 2014 and has used it to launch attacks against Ukraine.",
         date(2022, 8, 16), set()),
        # ... but a liberation of the war's first year, told two years on, is the war's
        ("Ukraine's Armed Forces liberated Kherson in the fall 2022 counteroffensive.", date(2024, 8, 1),
         {("advance", "UA", "Kherson")}),
        # a dateline set off by a bullet is where the story was filed, not where the blasts were
        ("KYIV, Ukraine • Explosions ripped through an ammunition depot in Russian-occupied Crimea in a "
         "suspected Ukrainian attack.", date(2022, 8, 16), {("strike", "UA", "Crimea")}),
    ],
)  # fmt: skip
def test_what_is_background_and_where_a_story_was_filed(text, published, expected, seen: Seen) -> None:
    assert seen(text, published=published) == expected


def test_a_birth_year_does_not_date_the_fire() -> None:
    text = "A woman born in 1937 was wounded after Ukrainian forces fired three munitions at Donetsk."
    triggers = find_triggers(text)
    (when,) = trigger_dates(text, triggers, date(2024, 7, 23))
    assert "1937" not in when.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital that invaded is the government, no list-mate to check a village against
        ("The village of Klishchiivka, which was home to hundreds of people before Moscow invaded last year, "
         "was captured by Russian troops in January.",
         {("advance", "RU", "Klishchiivka")}),
        # what went on, by forces the other side calls invaders
        ("For the second day in a row, Russian invaders have been attacking Starokostiantyniv, where an "
         "airfield is located.",
         {("strike", "RU", "Starokostiantyniv")}),
        # a town that only locates the village is not where the village was retaken
        ("Ukraine's armed forces said the village of Andriivka, also located south of the eastern Ukrainian "
         "city of Bakhmut, had been retaken.",
         {("advance", "UA", "Andriivka")}),
        # the Russian MoD's small gain, after what the units managed
        ("Russian units managed to significantly improve their positions near Orikhiv.",
         {("advance", "RU", "Orikhiv")}),
    ],
)  # fmt: skip
def test_round25_governments_and_locators(text: str, expected: set, seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state told as background, and an adjective, are no taking
        ("Tokmak and Melitopol have been occupied by Russian forces since March 2022.", set()),
        ("Governor: Explosions reported in Russian occupied cities in Zaporizhzhia Oblast",
         {("strike", "unknown", "Zaporizhzhia Oblast")}),
        # people lost are not ground lost
        ("Reuters photographs showed crying people near the market in Donetsk, some of whom said they had "
         "lost their relatives.", set()),
        # each side's taking of one town in one sentence
        ("Kupiansk, an important transport hub, was captured by Russian forces in the first months of the "
         "assault before being retaken by Ukraine.",
         {("advance", "RU", "Kupiansk"), ("advance", "UA", "Kupiansk")}),
    ],
)  # fmt: skip
def test_round25_states_and_both_sides(text: str, expected: set, seen: Seen) -> None:
    assert {e for e in seen(text) if e[0] != "contact"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the country's armed forces" are the country's named before, not Ukraine's Armed Forces
        ("Russia's defense minister claimed that the country's armed forces took control of the town of "
         "Marinka.",
         {("advance", "RU", "Marinka")}),
        # fire "directed at" communities named by their adjectives
        ("Today, the enemy directed heavy artillery at Myrivska and Marganetska communities near Nikopol.",
         {("strike", "RU", "Myrove"), ("strike", "RU", "Marhanets")}),
        # what is fired from a side's launcher is that side's
        ("Images showed volleys of rockets fired from a Russian truck-mounted launcher towards Azovstal.",
         {("strike", "RU", "Azovstal")}),
        # "the encircled port city of" describes the city
        ("Russian forces bombed a theatre where civilians were sheltering in the encircled port city of "
         "Mariupol.",
         {("strike", "RU", "Mariupol")}),
    ],
)  # fmt: skip
def test_round25_last_learning_sets(text: str, expected: set, seen: Seen) -> None:
    assert {e for e in seen(text) if e[0] != "contact"} == expected
