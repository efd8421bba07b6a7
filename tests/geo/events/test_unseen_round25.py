"""Round 25 of reading unseen reporting."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's goal is the liberation of Tokmak and, after it, Melitopol.",
        "Kyiv's main aim remains the recapture of Bakhmut, the commander said.",
        "Moscow's objective was the capture of the whole of Donetsk Oblast.",
    ],
)
def test_a_goal_told_by_whose_it_is_has_not_happened(text: str, seen: Seen) -> None:
    assert seen(text) == set()
