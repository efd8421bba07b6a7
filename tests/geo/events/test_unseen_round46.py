"""Round 46 of unseen reporting: what a side attempts, joined to the attempt by "and" ("attempting to
break through the front line and secure a foothold"), is the attempt, not a gain."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_second_infinitive_of_an_attempt_joined_by_and_is_no_gain(seen: Seen) -> None:
    text = (
        "The situation remains tense in the Orikhiv sector, near Mali Shcherbaky and Stepove. The enemy is "
        "attempting to break through the front line there and secure a foothold near Zaporizhzhia."
    )
    found = seen(text, published=date(2025, 4, 29))
    assert not any(e[0] == "advance" for e in found)


def test_a_finite_verb_after_and_still_tells_what_happened(seen: Seen) -> None:
    text = "Russian troops tried to storm Robotyne for a week and captured Verbove on Tuesday, officials say."
    assert ("advance", "RU", "Verbove") in seen(text, published=date(2025, 4, 29))
