"""The war's turning points, by day: a month an article names for one of them is that event's day.

"Russia seized Bakhmut in May" dates the capture to the middle of May 2023, five days off; the
whole world knows it was the 20th. ``data/turning_points.tsv`` lists the turning points the press
names most often by their month alone (the falls of cities, the dam, the bridge), each with its day
and what the public record says of it. An event of the same place, type and side dated to that
month (precision "month") takes the day. Nothing else changes: an event of another month, or of
another side, is another event.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources

from geo.events.record import Event

# A row's actor that stands for either side: a bridge's blast that one article blames on Ukraine and
# another on nobody is the same blast.
ANY_SIDE = "*"


@dataclass(frozen=True, slots=True)
class TurningPoint:
    """One well-known event: where, what, by whom, and the day (ISO) the public record gives."""

    place_id: str
    place: str
    event_type: str
    actor: str
    day: str


@cache
def turning_points() -> dict[tuple[str, str], tuple[TurningPoint, ...]]:
    """The table, by (place id, event type)."""
    text = resources.files("geo.events").joinpath("data/turning_points.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, str], tuple[TurningPoint, ...]] = {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        point = TurningPoint(row["place_id"], row["place"], row["event_type"], row["actor"], row["day"])
        key = (point.place_id, point.event_type)
        table[key] = (*table.get(key, ()), point)
    return table


def with_known_days(events: list[Event], published: date | None = None) -> list[Event]:
    """The events, each dated only to the month of a turning point it is dated to its day; and an
    event the text dates to no day at all ("liberated Kherson in the fall 2022 counteroffensive": a
    season) that is the one turning point of its place, type and side, dated to that point's day.

    A turning point after the article's ``published`` day is none of its events: a report of September
    2025 that Russian troops "had advanced toward Pokrovsk" does not tell of the city's fall in December.
    """
    table = turning_points()
    latest = published.isoformat() if published else "9999"
    result = []
    for e in events:
        points = table.get((e.place_id, e.event_type)) if e.date_precision in ("month", None) else None
        if points and e.date_precision == "month" and e.date:
            for point in points:
                if point.day[:7] == e.date[:7] and point.actor in (e.actor, ANY_SIDE):
                    e = replace(e, date=point.day, date_precision="day")
                    break
        elif points and e.date is None and e.actor != "unknown":
            sides = [point for point in points if point.actor in (e.actor, ANY_SIDE) and point.day <= latest]
            if len(sides) == 1:
                e = replace(e, date=sides[0].day, date_precision="day")
        result.append(e)
    return result
