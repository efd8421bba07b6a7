"""Round 67 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_headline_s_military_airfield_is_a_base_not_the_side_s_army(seen: Seen) -> None:
    found = seen("Ukraine's Mirgorod Military Airfield Hit in Poltava Region", published=date(2025, 3, 10))
    assert found == {("strike", "RU", "Myrhorod")}
    # (the side's own military still acts: "Ukraine's military struck")
    found = seen("Ukraine's military struck the Millerovo air base overnight.", published=date(2025, 3, 10))
    assert ("strike", "UA", "Millerovo") in found
