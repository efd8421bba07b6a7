"""Round 33 of reading unseen reporting: settlements described as liberated while they are shelled,
a fronted participle whose doer is the main clause's subject, a launch told as a time, an attack one
side blames on the other or accuses it of, a dam's fall told as a noun with its day, Russians who
fight on Ukraine's side, a capital that attacks or is given arms, a part of a town under a side's
control, and failed attempts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    "text",
    [
        "The Russian army shelled Kherson and the de-occupied settlements of the Beryslav district.",
        "Russian troops attacked the liberated villages of the Beryslav district with drones.",
    ],
)
def test_places_described_as_liberated_while_shelled_are_no_advance(text: str, seen: Seen) -> None:
    assert not {e for e in seen(text) if e[0] == "advance"}
    assert {e[0] for e in seen(text)} == {"strike"}


def test_a_fronted_participle_is_done_by_the_subject_after_its_comma(seen: Seen) -> None:
    text = "While rapidly gaining ground, the Russian offensive in northern Kharkiv Oblast soon stalled."
    assert seen(text) == {("advance", "RU", "Kharkiv Oblast")}


def test_a_launch_told_as_the_time_since_is_no_advance(seen: Seen) -> None:
    text = "Zaporizhzhia has been under daily Russian shelling since Moscow launched the offensive in 2022."
    assert not {e for e in seen(text) if e[0] == "advance"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people were injured in Kursk in an attack Moscow blamed on Kyiv.",
            {("strike", "UA", "Kursk")},
        ),
        (
            "Russia suspended traffic on the Crimean bridge, its main supply route to the peninsula, early "
            "on "
            "Tuesday after an attack it blamed on Ukraine.",
            {("bridge_strike", "UA", "Crimean Bridge")},
        ),
    ],
)
def test_an_attack_one_side_blames_on_the_other_is_the_blamed_side(
    text: str, expected: set, seen: Seen
) -> None:
    assert seen(text) == expected


def test_a_dams_destruction_told_with_its_day_is_a_strike_on_it_by_nobody_named(seen: Seen) -> None:
    text = "Villages downstream flooded after the destruction of the Russian-held Kakhovka dam on Tuesday."
    assert seen(text, published=date(2023, 6, 8)) == {("bridge_strike", "unknown", "Kakhovka Dam")}


def test_each_side_blaming_the_other_leaves_the_dam_to_nobody(seen: Seen) -> None:
    text = (
        "Moscow accused Ukrainian troops of shelling evacuees, and each side blames the other for the "
        "breach of the Kakhovka dam on Tuesday."
    )
    assert ("bridge_strike", "unknown", "Kakhovka Dam") in seen(text, published=date(2023, 6, 8))


def test_a_dams_destruction_with_no_day_is_the_backdrop(seen: Seen) -> None:
    text = "Farms in the south still lack water since the destruction of the Kakhovka dam in 2023."
    assert not {e for e in seen(text, published=date(2025, 3, 1)) if e[0] == "bridge_strike"}


def test_russians_of_a_unit_on_ukraines_side_are_ukraines(seen: Seen) -> None:
    text = (
        "Russian volunteers from the Freedom of Russia Legion, fighting against Putin's regime, said they "
        "entered the village of Kozinka in Russia's Belgorod region."
    )
    assert seen(text) == {("advance", "UA", "Kozinka")}


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian shelling hit Belgorod on Saturday, the governor said. Four more people died on Sunday "
        "in separate attacks by Kyiv.",
        "The ministry said Russian forces had destroyed a Leopard tank, the first such claim since Berlin "
        "delivered the tanks to Kyiv.",
    ],
)
def test_a_capital_that_attacks_or_is_given_arms_is_no_place_struck(text: str, seen: Seen) -> None:
    assert not {e for e in seen(text) if e[2] == "Kyiv"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian bloggers said that Ukrainian forces mounted a successful counterattack near Robotyne.",
            {("advance", "UA", "Robotyne")},
        ),
        (
            "The Russian 200th brigade lost its positions near Klishchiivka, a military blogger claimed.",
            {("retreat", "RU", "Klishchiivka"), ("advance", "UA", "Klishchiivka")},
        ),
        (
            "The Freedom of Russia Legion has asserted its control over the village of Kozinka.",
            {("advance", "UA", "Kozinka")},
        ),
        (
            "In the Avdiivka area, Russian troops reported advancements, particularly towards the eastern "
            "outskirts of Stepove, 3 kilometers north of Avdiivka.",
            {("advance", "RU", "Stepove")},
        ),
        (
            "Russia opened a new front by pushing swiftly over the border into the Kharkiv region.",
            {("advance", "RU", "Kharkiv Oblast")},
        ),
        # a part of a town under a side's control is its gain; the whole town still held is no news
        ("Part of Huliaipole is under the control of Russian forces.", {("advance", "RU", "Hulyaypole")}),
        (
            "About 70% of Pokrovsk is under Russian control, the commander said.",
            {("advance", "RU", "Pokrovsk")},
        ),
        ("Siversk remains under the control of Ukrainian forces.", set()),
    ],
)
def test_the_thirty_third_rounds_gains_and_losses(text: str, expected: set, seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops regained lost positions near Lyptsi.",  # "lost" as an adjective
        "Russians are unsuccessfully trying to regain their lost positions near liberated Staromaiorske.",
        "Russian missile strike on Dnipro: the toll rises to six, people blocked in apartments",
        "As the Ukrainian army struggles to contain these gains, Russian troops are nearing Pokrovsk.",
    ],
)
def test_no_gain_by_the_side_named(text: str, seen: Seen) -> None:
    assert not {e for e in seen(text) if e[0] in ("advance", "retreat") and e[1] == "UA" and e[2] != "Lyptsi"}
    assert ("advance", "RU", "Staromaiorske") not in seen(text)
    assert not {e for e in seen(text) if e[0] == "advance" and e[2] == "Dnipro"}


def test_they_of_the_next_sentence_is_the_subject_not_the_clause_of_reason(seen: Seen) -> None:
    text = (
        "Russian forces have claimed a string of villages in recent weeks, as Ukrainian troops suffer "
        "ammunition shortages. Last month they captured Avdiivka."
    )
    assert seen(text) == {("advance", "RU", "Avdiivka")}


def test_an_attack_in_response_to_a_sides_attack_is_that_sides(seen: Seen) -> None:
    text = (
        "The ministry said Russian forces hit Ukraine's military sites in response to a Ukrainian attack on "
        "Russia's Belgorod region."
    )
    assert ("strike", "UA", "Belgorod Oblast") in seen(text)


def test_missiles_at_a_city_in_retaliation_for_a_bridge_attack_are_a_strike_on_the_city(seen: Seen) -> None:
    text = "Russia launched missiles at Odesa in retaliation for an attack on the Crimean bridge."
    found = seen(text)
    assert ("strike", "RU", "Odesa") in found and ("bridge_strike", "RU", "Odesa") not in found


def test_a_dam_destroyed_on_a_day_is_kept_beside_an_accusation(seen: Seen) -> None:
    text = (
        "Villages flooded after the destruction of the Kakhovka dam on Tuesday. Russia, which seized the "
        "dam in 2022, has accused Ukraine of destroying it."
    )
    found = seen(text, published=date(2023, 6, 8))
    assert ("bridge_strike", "unknown", "Kakhovka Dam") in found
    assert ("bridge_strike", "UA", "Kakhovka Dam") in found


def test_successful_counteroffensive_actions_over_the_past_two_days_are_this_weeks_gain() -> None:
    text = (
        "British intelligence said Ukrainian forces carried out successful counter-offensive actions west of "
        "Kupiansk over the past two days."
    )
    found = extract_events(read_text(text, published=date(2025, 9, 2)), load_gazetteer())
    gains = [e for e in found if e.event_type == "advance"]
    # not the liberation of Kupiansk in September 2022, the one turning point of the place
    assert [(e.actor, e.place) for e in gains] == [("UA", "Kupiansk")]
    assert gains[0].date is not None and gains[0].date.startswith("2025-0")


def test_an_attack_of_a_drone_on_a_depot_named_by_its_towns_adjective(seen: Seen) -> None:
    text = "The governor reported the attack of a Ukrainian drone on the Starooskolsky oil depot."
    assert seen(text) == {("strike", "UA", "Staryy Oskol")}


def test_villages_named_between_close_set_dashes_are_the_oblasts_before(seen: Seen) -> None:
    text = "Russian forces took two villages in the Donetsk region—Stupochky and Predtechyne—on Friday."
    assert {e[2] for e in seen(text)} >= {"Stupochky"}
    assert ("advance", "RU", "Donetsk Oblast") not in seen(text)


def test_shelling_a_city_and_other_liberated_settlements_is_fire_only(seen: Seen) -> None:
    text = "The Russians began shelling Kherson and other liberated settlements in the region."
    assert seen(text) == {("strike", "RU", "Kherson")}


@pytest.mark.parametrize(
    "text",
    [
        "Recent weeks have seen Ukrainian forces establish a foothold near Krynky on the left bank.",
        "The fighting focused on the village of Krynky, where Ukrainian forces managed to secure a "
        "bridgehead.",
    ],
)
def test_a_foothold_or_bridgehead_established_is_a_gain(text: str, seen: Seen) -> None:
    assert seen(text, published=date(2023, 12, 28)) == {("advance", "UA", "Krynky")}


def test_a_foothold_sought_is_no_gain(seen: Seen) -> None:
    text = "The Russians are advancing near Maliivka in an attempt to establish a foothold in Vorone."
    assert ("advance", "RU", "Vorone") not in seen(text)


@pytest.mark.parametrize(
    "text",
    [
        # a part still held is no gain of the holder
        "Part of Stepnohirsk remains under the control of Ukrainian defenders.",
        # a counteroffensive's aim is not its result
        "Ukraine is waging a counteroffensive aimed at recapturing the Kherson region from Russia.",
    ],
)
def test_no_advance_for_what_is_held_or_aimed_at(text: str, seen: Seen) -> None:
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_a_headlines_side_that_reports_an_attack_did_not_make_it(seen: Seen) -> None:
    # the Chonhar bridge, held by Russia in 2023, was struck from across the front
    assert seen("Russians report attack on Chonhar Bridge", published=date(2023, 6, 22)) == {
        ("bridge_strike", "UA", "Chonhar Bridge")
    }


def test_unclaimed_fire_on_the_kharkiv_region_after_its_liberation_is_russias(seen: Seen) -> None:
    text = "Twelve people were wounded in shelling in the Kharkiv region."
    assert seen(text, published=date(2025, 4, 24)) == {("strike", "RU", "Kharkiv Oblast")}
    # ... but not while Russia held a third of it
    assert seen(text, published=date(2022, 6, 24)) == {("strike", "unknown", "Kharkiv Oblast")}
