"""Round 51 of unseen reporting: a side's attack that left a town in the dark is a strike on that town
("Due to the Russian attack, Kremenchuk was completely cut off from electricity")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_town_cut_off_from_power_by_a_sides_attack_was_struck(seen: Seen) -> None:
    text = (
        "Due to the Russian attack, Kremenchuk, Poltava region, was completely cut off from electricity, "
        "reported mayor Vitaliy Maletsky."
    )
    assert seen(text, published=date(2025, 10, 10)) == {("strike", "RU", "Kremenchuk")}


def test_a_town_without_power_following_a_sides_attack_was_struck(seen: Seen) -> None:
    text = (
        "On October 9, Chornomorsk in the Odesa region was completely without power following a Russian "
        "attack."
    )
    assert seen(text, published=date(2025, 10, 10)) == {("strike", "RU", "Chornomorsk")}


def test_a_sides_attack_that_darkened_nothing_named_is_no_strike_on_the_town_named(seen: Seen) -> None:
    text = "After the Russian attack, trains to Lviv were delayed by up to three hours."
    assert seen(text, published=date(2025, 10, 10)) == set()


def test_a_facility_damaged_as_a_result_of_a_massive_sides_attack_was_struck(seen: Seen) -> None:
    text = (
        "A critical infrastructure facility was damaged in Kyiv Region as a result of a massive Russian "
        "attack."
    )
    assert seen(text, published=date(2024, 4, 11)) == {("strike", "RU", "Kyiv Oblast")}


def test_a_substation_destroyed_during_the_overnight_sides_attack_was_struck(seen: Seen) -> None:
    text = "The substation in Odesa was destroyed during the overnight Russian attack."
    assert seen(text, published=date(2024, 4, 11)) == {("strike", "RU", "Odesa")}
