"""Round 69 of unseen reporting, places."""

from __future__ import annotations

from datetime import date

from gazetteer import find_places


def named(text: str) -> dict[str, str | None]:
    return {m.text: m.place.name if m.place else None for m in find_places(text, published=date(2025, 8, 21))}


def test_an_oblast_before_its_governor_s_short_title_is_the_oblast() -> None:
    text = "Volyn Oblast Gov. Ivan Rudnytskyi announced that a drone had hit a warehouse in Lutsk."
    assert named(text)["Volyn Oblast"] == "Volyn Oblast"

