"""Events told in phrasings of a seventh set of unseen articles (Ukrainian outlets relaying monitors and
think tanks, wire stories, Russian state media and the governors of Russia's border regions).

Sentences are our own, built on facts from public reporting.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text

SCORED = ("advance", "retreat", "strike", "bridge_strike")


def seen(text: str, types: tuple[str, ...] = SCORED) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2024, 9, 20)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found if e.event_type in types}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal stands for that item of the list the sentence before named, taken by the side it sent
        (
            "Ukrainian forces pushed into Sverdlikovo and Martynovka. The first village was captured after a "
            "battle, while the second was taken without a fight.",
            {("advance", "UA", "Sverdlikovo"), ("advance", "UA", "Martynovka")},
        ),
        (
            "Russian troops stormed Novomykhailivka and Kostiantynivka. The latter was captured on Monday.",
            {("advance", "RU", "Kostiantynivka")},
        ),
        # an ordinal that counts something else, or a decision taken, is no place
        (
            "Kupiansk came under fire. The first time it was shelled was in 2022.",
            {("strike", "unknown", "Kupiansk")},
        ),
        (
            "The decision was taken on Monday, after Kupiansk was shelled.",
            {("strike", "unknown", "Kupiansk")},
        ),
    ],
)
def test_back_references(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) >= expected
    assert {e for e in seen(text) if e[0] == "advance"} == {e for e in expected if e[0] == "advance"}
