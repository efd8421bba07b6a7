"""Round 80 of unseen reporting: "the enemy" of an occupation head's statement read across its sentences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_the_enemy_of_an_occupation_heads_statement_struck_the_towns_it_lists(seen: Seen) -> None:
    text = (
        "Leonid Pasechnik said on Telegram that air defences downed 12 drones over the republic. "
        '"Overnight, the enemy attacked three districts. Strikes have been carried out on Starobilsk and '
        'Svatove. No one was hurt," the statement reads.'
    )
    found = seen(text, published=date(2025, 9, 25))
    assert {("strike", "UA", "Starobilsk"), ("strike", "UA", "Svatove")} <= found
    assert not any(actor == "RU" for _, actor, _ in found)


def test_a_city_and_the_other_cities_named_after_including_are_all_struck(seen: Seen) -> None:
    text = "Blasts shook Odesa and other Ukrainian cities early on Tuesday, including Mykolaiv and Kherson."
    assert seen(text, published=date(2023, 5, 9)) == {
        ("strike", "RU", "Odesa"),
        ("strike", "RU", "Mykolaiv"),
        ("strike", "RU", "Kherson"),
    }


def test_a_region_that_suffered_an_air_attack_was_struck(seen: Seen) -> None:
    text = "The Volyn region suffered a massive enemy air attack overnight."
    assert seen(text, published=date(2025, 7, 4)) == {("strike", "RU", "Volyn Oblast")}


def test_a_works_taken_in_a_town_is_ground_taken_in_the_town(seen: Seen) -> None:
    text = (
        "Russian troops took full control of the Azot chemical plant in the north of the city of "
        "Sievierodonetsk."
    )
    assert seen(text, published=date(2022, 6, 24)) == {("advance", "RU", "Sievierodonetsk")}


def test_forces_that_swept_into_a_town_or_broke_through_to_its_centre_advanced(seen: Seen) -> None:
    assert seen(
        "Russian troops swept into Bucha in the first days of March.", published=date(2022, 4, 2)
    ) == {("advance", "RU", "Bucha")}
    text = "Wagner assault units made a breakthrough to the centre of the village of Krasna Hora."
    assert seen(text, published=date(2023, 2, 12)) == {("advance", "RU", "Krasna Hora")}
    # (weather that swept into a city took no ground)
    assert seen("A storm swept into Odesa on Monday.", published=date(2023, 11, 27)) == set()
