"""Events told in phrasings of the fourth set of unseen articles, second round (monitor summaries,
Russian Defence Ministry claims, a governor's reports). Sentences are our own, built on facts from
public reporting."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


def seen(text: str, types: tuple[str, ...] = ("advance", "retreat")) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2025, 1, 5)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found if e.event_type in types}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's tail after "as well as near", past a village the gazetteer lacks (Netailove)
        (
            "According to DeepState, Russian troops advanced in the villages of Vozdvyzhenka and Novyi "
            "Trud, as well as near Netailove and Sontsivka.",
            {
                ("advance", "RU", "Vozdvyzhenka"),
                ("advance", "RU", "Novyi Trud"),
                ("advance", "RU", "Sontsivka"),
            },
        ),
        (
            "The monitor said Russian forces had moved forward in Dachne, as well as in Netailove and "
            "Sontsivka.",
            {("advance", "RU", "Dachne"), ("advance", "RU", "Sontsivka")},
        ),
        # the verb's first object is a village the gazetteer lacks: the list after it goes on too
        (
            "DeepState reported Russian gains in the settlements of Netailove and Novyi Trud, as well "
            "as near Yantarne and Sontsivka.",
            {("advance", "RU", "Novyi Trud"), ("advance", "RU", "Sontsivka")},
        ),
    ],
)
def test_a_list_goes_on_past_an_unknown_item_after_as_well_as(text, expected):
    assert expected <= seen(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops left "almost completely surrounded" at a place are the side losing it, not advancing
        (
            "The Russian gains leave Ukrainian troops in Zolote almost completely surrounded.",
            {("advance", "RU", "Zolote")},
        ),
        (
            "The advances have left Ukrainian units in Hirske and Zolote nearly encircled, the governor "
            "said.",
            {("advance", "RU", "Hirske"), ("advance", "RU", "Zolote")},
        ),
        # the side that surrounds others is still the one that advanced
        ("Russian troops surrounded Ukrainian units in Kupiansk.", {("advance", "RU", "Kupiansk")}),
    ],
)
def test_troops_left_surrounded_are_not_the_side_that_advanced(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its forces" after a speaker's verb are the speaker's: the ministry referred back to is Russian,
        # though the sentence before last named Ukraine as the side that took the villages
        (
            "Russia's Defence Ministry said its troops had retaken villages in the Kursk region that "
            "Ukraine captured last summer. The military service also claimed that its forces captured "
            "the centre of the town of Sudzha.",
            {("advance", "RU", "Sudzha")},
        ),
        (
            "Ukraine's General Staff said Russian troops had pushed into the outskirts of Vovchansk. It "
            "said its forces had recaptured the village of Starytsia.",
            {("advance", "RU", "Vovchansk"), ("advance", "UA", "Starytsia")},
        ),
    ],
)
def test_its_forces_after_a_speaker_are_the_speaker_s(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's own official reporting shelling of its town: the other side shelled
        (
            "Luhansk governor Serhiy Haidai said there was massive shelling on Lysychansk overnight.",
            {("strike", "RU", "Lysychansk")},
        ),
        (
            "The head of the Kharkiv regional military administration reported heavy shelling of "
            "Kupiansk overnight.",
            {("strike", "RU", "Kupiansk")},
        ),
    ],
)
def test_shelling_reported_by_an_official_of_the_place_is_the_other_side_s(text, expected):
    assert seen(text, ("strike",)) == expected


def test_he_said_after_an_official_is_the_official_s_report():
    """'he said' stands for the regional official named a few sentences before, even after a
    sentence whose events are elsewhere."""
    text = (
        "Belgorod governor Vyacheslav Gladkov said drones hit Shebekino overnight. Across the border, "
        "Luhansk governor Serhiy Haidai reported fighting near Toshkivka. Russian troops captured the "
        'village of Pidlisne. "There was massive shelling on Lysychansk," he said.'
    )
    assert ("strike", "RU", "Lysychansk") in seen(text, ("strike",))


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            'The Russian advances have led to "hellish battles" in the area, the governor of Luhansk '
            "region, Serhiy Haidai, said.",
            "Luhansk Oblast",
        ),
        (
            "The Russian-installed governor of the Kherson region said shelling hit Nova Kakhovka.",
            "Kherson Oblast",
        ),
    ],
)
def test_a_speaker_s_region_is_no_place_of_the_event(text, region):
    assert not any(place == region for _, _, place in seen(text, ("advance", "retreat", "strike")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ground attack toward a village is fighting there (a contact), not a strike on it, and what
        # the attackers hit on the way, told in a participle, does not make the village a strike's place
        (
            'Russian troops were making a "partly successful" attack towards the village of Bila Hora, '
            "the governor said.",
            {("contact", "UA", "Bila Hora")},
        ),
        (
            "Mr Haidai said Russian forces had captured the village of Pidlisne and were making a "
            '"partly successful" attack towards the settlement of Bila Hora, targeting police and '
            "prosecutors' buildings as they went.",
            {("advance", "RU", "Pidlisne"), ("contact", "UA", "Bila Hora")},
        ),
        # a participle that names its own place still strikes it
        (
            "Russian troops advanced near Bakhmut, shelling Chasiv Yar.",
            {("advance", "RU", "Bakhmut"), ("strike", "RU", "Chasiv Yar")},
        ),
    ],
)
def test_a_ground_attack_towards_a_village_is_no_strike(text, expected):
    assert seen(text, ("advance", "contact", "strike")) == expected


def test_the_city_centre_of_a_town_names_its_town():
    """'the city centre of Sudzha' is no back-reference to the village named before."""
    text = (
        "Russia's Defence Ministry said its troops had entered the village of Zamostye. The ministry "
        "later said its forces had captured the city centre of Sudzha."
    )
    found = extract_events(read_text(text, published=date(2025, 3, 12)), load_gazetteer())
    assert {e.place for e in found if "city centre" in e.sentence} == {"Sudzha"}
