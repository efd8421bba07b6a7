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


def test_a_share_of_a_village_under_a_side_s_control_is_its_advance(seen: Seen) -> None:
    text = "Rodynske, just north of Chervonyi Lyman, is now roughly 70% under Russian control, sources say."
    assert ("advance", "RU", "Rodynske") in seen(text, published=date(2025, 12, 9))
    # (the whole of it under control is a holding, no news of a gain)
    assert not {
        e
        for e in seen("Rodynske is under Russian control.", published=date(2025, 12, 9))
        if e[0] == "advance"
    }


def test_progress_of_forces_named_in_a_town_is_their_advance_there(seen: Seen) -> None:
    text = (
        "Further east, the Russian assault groups in Myrnohrad have made a bit of progress on the southern "
        "outskirts, but the Ukrainians still hold most of the town."
    )
    assert ("advance", "RU", "Myrnohrad") in seen(text, published=date(2025, 11, 15))
