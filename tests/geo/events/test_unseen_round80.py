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
