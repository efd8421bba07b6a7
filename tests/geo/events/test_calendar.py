"""The war's turning points: a month an article names for one of them is the day the record gives."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text
from geo.events.calendar import ANY_SIDE, turning_points
from geo.events.record import EVENT_TYPES


def dated(text: str, published: date) -> set[tuple[str, str, str, str | None, str | None]]:
    events = extract_events(read_text(text, published=published), load_gazetteer())
    return {(e.event_type, e.actor, e.place, e.date, e.date_precision) for e in events}


def test_every_turning_point_is_a_place_of_the_gazetteer_under_its_name() -> None:
    gazetteer = load_gazetteer()
    for points in turning_points().values():
        for point in points:
            place = gazetteer.get(point.place_id)
            assert place is not None and place.name == point.place, point
            assert point.event_type in EVENT_TYPES and point.actor in ("UA", "RU", ANY_SIDE)
            assert date.fromisoformat(point.day) >= date(2022, 2, 24)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "in May" is the 20th, the day Bakhmut fell
        (
            "It is Russia's biggest gain since it seized Bakhmut last May.",
            date(2024, 2, 17),
            {("advance", "RU", "Bakhmut", "2023-05-20", "day")},
        ),
        (
            "Ukrainian troops retook Kupiansk in September 2022.",
            date(2024, 11, 14),
            {("advance", "UA", "Kupiansk", "2022-09-10", "day")},
        ),
        # the dam's breach, whoever an article blames
        (
            "The Kakhovka dam was blown up in June 2023, flooding dozens of villages.",
            date(2024, 6, 6),
            {("bridge_strike", "unknown", "Kakhovka Dam", "2023-06-06", "day")},
        ),
        # another month, or another side, is another event: it keeps its month
        (
            "Russian troops shelled Bakhmut in May 2023.",
            date(2024, 2, 17),
            {("strike", "RU", "Bakhmut", "2023-05-15", "month")},
        ),
        (
            "Ukrainian forces regained ground on the flanks of Bakhmut in May 2023.",
            date(2024, 2, 17),
            {("advance", "UA", "Bakhmut", "2023-05-15", "month")},
        ),
    ],
)
def test_a_month_of_a_turning_point_is_its_day(
    text: str, published: date, expected: set[tuple[str, str, str, str | None, str | None]]
) -> None:
    assert dated(text, published) == expected


def test_a_turning_point_after_the_article_is_none_of_its_events() -> None:
    text = (
        "Over the past month, Ukrainian forces have been pushing back Russian troops who had advanced 15-20 "
        "kilometers toward the strategic highway, near the contested city of Pokrovsk."
    )
    found = dated(text, date(2025, 9, 29))
    assert ("advance", "RU", "Pokrovsk", "2025-12-01", "day") not in found  # the city fell in December
