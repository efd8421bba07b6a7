"""Where on its course a river mention belongs: the stretch nearest the places named around it."""

from __future__ import annotations

import dataclasses
import math

from .ranking import POINT_KINDS, SAME_PASSAGE_CHARS
from .records import Mention, Place

# The countries whose places may place a river mention (the curated rivers run through them).
RIVER_COUNTRIES = ("UA", "RU", "BY")
KM_PER_DEGREE = 111.2


def on_river(mention: Mention, mentions: list[Mention]) -> Mention:
    """Put a river mention on the stretch the text is about.

    Of the places named around the river (within SAME_PASSAGE_CHARS; else anywhere in the article),
    the one lying closest to the river's course says where the text is: "Bilozerka, a few kilometres
    from the Dnipro" puts the Dnipro by Bilozerka, not by a Donbas town the paragraph before named,
    and "give up Kherson and move east of the Dnipro" after "leaving Kharkiv" puts it by Kherson.
    The mention's point is the nearest point of the course to that place. With no place to go by,
    the river's own point (its middle course in the war zone) stays.
    """
    river = mention.place
    named = [
        m
        for m in mentions
        if m.place is not None
        and m.place.country in RIVER_COUNTRIES
        and (m.place.kind in POINT_KINDS or m.place.id.startswith("admin1:"))
    ]
    near = [m.place for m in named if abs(m.start - mention.start) <= SAME_PASSAGE_CHARS]
    around = near or [m.place for m in named]
    if river is None or not river.geometry or not around:
        return mention
    scale = math.cos(math.radians(sum(p.lat for p in around) / len(around)))  # a degree of longitude shrinks
    course = [(x * scale, y) for x, y in river.geometry]
    closest = min(around, key=lambda p: _nearest_on(course, p.lon * scale, p.lat)[0])
    _, (x, y) = _nearest_on(course, closest.lon * scale, closest.lat)
    placed = dataclasses.replace(river, lon=round(x / scale, 5), lat=round(y, 5))
    reason = f"{mention.reason}; placed on its course nearest {closest.name}"
    return Mention(mention.text, mention.start, mention.end, placed, mention.score, reason)


def km_from_course(place: Place, river: Place) -> float:
    """How far (km, roughly: degrees scaled at the place's latitude) a place lies from a river's course;
    infinite for a river with no course."""
    if not river.geometry:
        return math.inf
    scale = math.cos(math.radians(place.lat))
    course = [(x * scale, y) for x, y in river.geometry]
    return _nearest_on(course, place.lon * scale, place.lat)[0] * KM_PER_DEGREE


def _nearest_on(course: list[tuple[float, float]], x: float, y: float) -> tuple[float, tuple[float, float]]:
    """The distance from (x, y) to a polyline and the polyline's point nearest it (plane coordinates).

    A river's course is a few dozen vertices: a loop over its segments is quicker than importing
    shapely, which ``frontmap places`` would otherwise load for every article that names a river.
    """
    best = (math.inf, course[0])
    for (ax, ay), (bx, by) in zip(course, course[1:] or course, strict=False):
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
        px, py = ax + t * dx, ay + t * dy
        distance = math.hypot(x - px, y - py)
        if distance < best[0]:
            best = (distance, (px, py))
    return best
