"""Round 68 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_bigger_town_near_the_place_hit_only_locates_it(seen: Seen) -> None:
    text = (
        "The Russian military struck a tank school in Kharkiv overnight. In addition, the machine works in "
        "the town of Merefa near Kharkiv was hit."
    )
    found = seen(text, published=date(2024, 4, 4))
    assert ("strike", "RU", "Merefa") in found
    # (but a clause about the second place makes it the event's: "near Ocheretyne, which was penetrated")
    text = (
        "The village lies south of Novobakhmutivka near Ocheretyne, which was penetrated by Russian troops "
        "last week."
    )
    assert ("advance", "RU", "Ocheretyne") in seen(text, published=date(2024, 4, 29))


def test_a_side_that_claimed_on_a_day_to_have_hit_did_it(seen: Seen) -> None:
    text = "Ukrainian forces claimed on Friday to have hit an airfield in Millerovo, southern Russia."
    assert ("strike", "UA", "Millerovo") in seen(text, published=date(2022, 2, 25))


def test_a_country_in_a_town_s_apposition_is_where_not_who(seen: Seen) -> None:
    text = "A fuel tank near the airfield in Kursk, western Russia caught fire after a drone attack."
    assert ("strike", "RU", "Kursk") not in seen(text, published=date(2022, 12, 6))


def test_a_participle_after_the_fire_is_no_report_of_it(seen: Seen) -> None:
    # "alleged" or "called" after the verb of fire qualifies the weapon; the side before the verb fired
    text = "Putin said on television that Russia struck the Dnipro with an alleged new missile system."
    assert ("strike", "RU", "Dnipro") in seen(text, published=date(2024, 11, 21))
