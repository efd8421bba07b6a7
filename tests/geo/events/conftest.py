"""What a sentence reports, as the rounds of unseen reporting check it: (type, actor, place) triples."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text

SCORED = ("advance", "retreat", "strike", "bridge_strike")


def _seen(
    text: str, types: tuple[str, ...] = SCORED, published: date = date(2024, 9, 20)
) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=published), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found if e.event_type in types}


@pytest.fixture
def seen() -> Callable[..., set[tuple[str, str, str]]]:
    """``seen(text)``: the scored events a text reports (real gazetteer, published 2024-09-20)."""
    return _seen
