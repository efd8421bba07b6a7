"""Who acted: each way reporting names a side, the passive voice, and nominalisations."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import Event, extract_events, read_text


def events(text: str, published: date = date(2022, 9, 12)) -> list[Event]:
    return extract_events(read_text(text, published=published), load_gazetteer())


def seen(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.actor, e.place) for e in events(text)]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Ukrainian forces recaptured Izium.", "UA"),
        ("Kyiv's troops recaptured Izium.", "UA"),
        ("Kyiv’s troops recaptured Izium.", "UA"),
        ("The Armed Forces recaptured Izium.", "UA"),
        ("The ZSU recaptured Izium.", "UA"),
        ("Ukraine's 25th Airborne Brigade recaptured Izium.", "UA"),
        ("Russian troops captured Izium.", "RU"),
        ("Moscow's forces captured Izium.", "RU"),
        ("Wagner captured Izium.", "RU"),
        ("Wagner mercenaries captured Izium.", "RU"),
        ("DPR units captured Izium.", "RU"),
        ("The occupiers captured Izium.", "RU"),
    ],
)
def test_each_actor_form(sentence: str, actor: str) -> None:
    assert seen(sentence) == [("advance", actor, "Izium")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The city of Izyum was recaptured.", ("advance", "UA", "Izium")),
        ("Izium was liberated on Saturday.", ("advance", "UA", "Izium")),
        ("Izium was liberated by Ukrainian forces.", ("advance", "UA", "Izium")),
        ("Lysychansk was captured by Russian forces.", ("advance", "RU", "Lysychansk")),
        ("Kharkiv was shelled by Russian artillery.", ("strike", "RU", "Kharkiv")),
        ("Lyman fell to Ukrainian forces.", ("advance", "UA", "Lyman")),
        ("Bakhmut fell to Wagner fighters.", ("advance", "RU", "Bakhmut")),
    ],
)
def test_passive_voice(sentence: str, expected: tuple[str, str, str]) -> None:
    assert seen(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The loss of Kupyansk is a heavy blow for Russia.", ("advance", "UA", "Kupiansk")),
        ("Russia's loss of Izium shocked its supporters.", ("advance", "UA", "Izium")),
        ("The recapture of Lyman was announced on Saturday.", ("advance", "UA", "Lyman")),
        ("The liberation of Kherson was celebrated in Kyiv.", ("advance", "UA", "Kherson")),
    ],
)
def test_nominalisations(sentence: str, expected: tuple[str, str, str]) -> None:
    assert seen(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a loss is the other side's gain, and both are told (a report may be read for either)
        ("Russia lost Lyman.", [("advance", "UA", "Lyman"), ("retreat", "RU", "Lyman")]),
        ("Ukraine lost Avdiivka.", [("advance", "RU", "Avdiivka"), ("retreat", "UA", "Avdiivka")]),
        # (the noun too, since round 75, when the loser owns up to it)
        (
            "The Russian defence ministry acknowledged the loss of Kupyansk.",
            [("advance", "UA", "Kupiansk"), ("retreat", "RU", "Kupiansk")],
        ),
    ],
)
def test_losses(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(seen(sentence)) == expected


def test_the_basis_of_each_actor_is_recorded() -> None:
    named, implied = events("Ukrainian forces recaptured Izium. Kupiansk was liberated.")

    assert (named.actor, named.actor_basis) == ("UA", "agent")
    assert (implied.actor, implied.actor_basis) == ("UA", "verb")


def test_an_event_without_a_side_keeps_the_actor_unknown() -> None:
    # (Enerhodar: fire on the nuclear plant's town is the charge each side lays on the other; unclaimed
    # fire on a town Ukraine held, such as Kramatorsk, is Russia's: test_unseen_round26.py)
    assert seen("A missile strike on Enerhodar killed two people.") == [("strike", "unknown", "Enerhodar")]


def test_a_side_named_as_the_one_losing_ground_is_not_the_agent() -> None:
    assert seen("Ukrainian forces recaptured Izium from Russian troops.") == [("advance", "UA", "Izium")]


def test_every_actor_phrase_holds_one_of_the_quick_side_hints() -> None:
    from pathlib import Path

    from geo.events.actors import SIDE_HINTS, STRONG, WEAK

    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted(fixtures.rglob("*.md")) + sorted(fixtures.rglob("*.txt"))
    ]
    texts.append(
        "The 93rd Mechanized Brigade, ZSU, AFU, the Armed Forces, DPR and LNR units, the occupiers, "
        "invaders, the enemy, the aggressor, separatists, Kadyrovites, the 1st Guards Tank Army, "
        "Motor Rifle units, VDV, Rosgvardia, Wagner, Putin's troops, Kremlin forces, Moscow's army, "
        "Kiev's and Zelenskyy's forces."
    )
    matches = [
        m.group().lower()
        for text in texts
        for pattern in (*STRONG.values(), *WEAK.values())
        for m in pattern.finditer(text)
    ]

    assert len(matches) > 30
    assert all(any(hint in match for hint in SIDE_HINTS) for match in matches)


def test_the_actor_of_a_verb_is_looked_for_in_its_own_clause_first() -> None:
    sentence = (
        "Ukrainian troops entered Kherson on Friday, hours after Russia said it had completed the "
        "withdrawal of its forces from the city."
    )
    found = {(e.event_type, e.actor) for e in extract_events(read_text(sentence))}

    assert found == {("advance", "UA"), ("retreat", "RU")}


def test_where_troops_withdrew_to_is_not_where_they_withdrew() -> None:
    sentence = "Ukrainian forces recaptured Izium after Russian troops withdrew toward the Luhansk region."
    found = {(e.event_type, e.actor, e.place) for e in extract_events(read_text(sentence))}

    assert found == {("advance", "UA", "Izium"), ("retreat", "RU", "Izium")}


def test_a_capital_named_as_a_place_is_not_an_actor() -> None:
    sentence = "Explosions rocked the centre of Moscow during the morning rush hour."

    assert [(e.event_type, e.actor, e.place) for e in extract_events(read_text(sentence))] == [
        ("strike", "unknown", "Moscow")
    ]


def test_an_attack_a_side_retaliates_for_is_the_other_sides_not_its_own() -> None:
    # (who retaliates tells whom it blames: gold annotators read "retaliation for an attack" so)
    sentence = (
        "Russia launched missiles at cities across Ukraine on Monday, in what Putin said was "
        "retaliation for an attack on the Crimean bridge."
    )
    found = {(e.event_type, e.actor, e.place) for e in extract_events(read_text(sentence))}

    assert found == {("bridge_strike", "UA", "Crimean Bridge")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Russians fighting for Ukraine in the 2023 border raids
        (
            "Fighters of the Russian Volunteer Corps crossed into the Belgorod region and entered Kozinka.",
            ("advance", "UA", "Kozinka"),
        ),
        ("Chechen Akhmat fighters entered the village of Lyptsi.", ("advance", "RU", "Lyptsi")),
    ],
)
def test_units_whose_names_mislead(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in seen(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ukrainian forces struck a bridge in Russia's Kursk region using HIMARS rockets.",
            ("bridge_strike", "UA", "Kursk Oblast"),
        ),
        (
            "Russian drones hit an energy facility in Ukraine's Sumy region using Shahed drones.",
            ("strike", "RU", "Sumy Oblast"),
        ),
    ],
)
def test_a_side_named_as_a_places_owner_is_not_the_agent(sentence: str, expected: tuple) -> None:
    assert expected in seen(sentence)
