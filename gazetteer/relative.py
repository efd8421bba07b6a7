"""Distances and compass directions as the press writes them, and the point they lead to.

"About 10 kilometers (6 miles) northwest of Avdiivka", "six miles north-west of", "15-20 km south
of": the gazetteer reads such a phrase after a name to tell which of its namesakes the text means
(or where a village it lacks lies), and the events layer reads it before a name to move an event
off the town it is measured from. One grammar serves both.
"""

from __future__ import annotations

import re
from functools import cache

KM_PER_UNIT = {
    "km": 1.0,
    "kilometer": 1.0,
    "kilometre": 1.0,
    "mile": 1.609344,
    "meter": 0.001,
    "metre": 0.001,
    "m": 0.001,
}
NUMBER_WORDS = {
    word: n
    for n, word in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)
} | {"fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
CARDINALS = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}

POINT = r"(?:north|south|east|west)"
# A 16-point direction: "north", "northwest", "north-west", "north-northeast".
DIRECTION = rf"(?:{POINT}(?:[\s-]?{POINT}){{0,2}})"
NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")"
# A distance and its unit, with the conversion wire services add ("10 kilometers (6 miles)"), and
# the space after it. Groups: n, n2 (the far end of a range), unit.
DISTANCE = (
    rf"(?P<n>{NUMBER})(?:\s*(?:-|–|to)\s*(?P<n2>{NUMBER}))?[\s-]*"
    r"(?P<unit>km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m)\b(?:\s*\([^()]{1,30}\))?"
    # ... or between dashes: "15 kilometers—roughly 16 miles—southeast of Kramatorsk"
    r"(?:\s*[—–]\s*[^—–.;]{1,30}?[—–]\s*|\s+)"
)


def bearing(direction: str) -> float:
    """The compass bearing of a 16-point direction: "north-northeast" is 22.5, "south-west" 225."""
    points = re.findall(POINT, direction.lower())
    if len(points) == 3:  # north-northeast: halfway between north and northeast
        return mean_bearing(CARDINALS[points[0]], bearing(points[1] + points[2]))
    if len(points) == 2:
        return mean_bearing(CARDINALS[points[0]], CARDINALS[points[1]])
    return CARDINALS[points[0]]


def mean_bearing(a: float, b: float) -> float:
    """The bearing halfway between two bearings, the short way round."""
    if abs(a - b) > 180:
        a, b = (a + 360, b) if a < b else (a, b + 360)
    return ((a + b) / 2) % 360


def distance_km(match: re.Match[str]) -> float:
    """The distance in km of a match of DISTANCE; a range ("10-15 km") gives its middle."""
    values = [number(match[group]) for group in ("n", "n2") if match[group]]
    unit = match["unit"].lower().rstrip("s")
    return sum(values) / len(values) * KM_PER_UNIT[unit]


def number(text: str) -> float:
    """A number written in digits ("1,200", "7.5") or as a word ("six")."""
    text = text.lower()
    return float(NUMBER_WORDS[text]) if text in NUMBER_WORDS else float(text.replace(",", ""))


def move(lon: float, lat: float, distance_km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``distance_km`` from (lon, lat) along the WGS84 geodesic at ``bearing_deg``.

    Coordinates are EPSG:4326 degrees in (lon, lat) order, in and out.
    """
    lon2, lat2, _ = _geod().fwd(lon, lat, bearing_deg, distance_km * 1000.0)
    return lon2, lat2


@cache
def _geod():  # noqa: ANN202 - pyproj is imported on first use: most texts move no point
    from pyproj import Geod

    return Geod(ellps="WGS84")
