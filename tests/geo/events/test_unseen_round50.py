"""Round 50 of unseen reporting: a capital that the strikes went beyond is a place, not the side that
struck ("Beyond Kyiv, Russian strikes were reported in ...": Russia's strikes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_strikes_beyond_the_capital_are_the_strikes_sides(seen: Seen) -> None:
    text = (
        "Beyond Kyiv, Russian strikes were reported in several other Ukrainian cities, including Kremenchuk "
        "and Odesa."
    )
    expected = {("strike", "RU", "Kremenchuk"), ("strike", "RU", "Odesa")}
    assert seen(text, published=date(2025, 9, 7)) == expected
