"""Round 73 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_troops_knocked_out_of_a_village_left_it(seen: Seen) -> None:
    text = "Russian troops were knocked out of Andriivka, south of Bakhmut, the assault brigade said."
    assert ("retreat", "RU", "Andriivka") in seen(text, published=date(2023, 9, 16))


def test_a_vehicle_knocked_out_of_action_is_no_retreat(seen: Seen) -> None:
    text = "A Russian tank was knocked out of action near Andriivka, south of Bakhmut, the brigade said."
    assert not {e for e in seen(text, published=date(2023, 9, 16)) if e[0] == "retreat"}
