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
