"""Round 79 of unseen reporting, places: communities by their adjectives after towns in one list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Resolved = Callable[[str, date], dict[str, tuple[str, float, float]]]  # tests/gazetteer/conftest.py


def test_community_adjectives_after_a_town_in_one_list(resolved_on: Resolved) -> None:
    text = (
        "The following communities of the Nikopol district came under fire: Nikopol, Marhanetska, "
        "Chervonohryhorivska and Myrivska."
    )
    found = resolved_on(text, date(2025, 11, 15))
    assert found["Marhanetska"][0] == "Marhanets"
    assert found["Chervonohryhorivska"][0] == "Chervonohryhorivka"
    assert found["Myrivska"][0] == "Myrove"

