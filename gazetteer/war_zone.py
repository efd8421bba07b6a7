"""Where the fighting of the full-scale invasion has been: a prior for choosing among namesakes.

A war report that names "Novooleksandrivka" with nothing around it to say which of 27 is meant means
the one by the front, not the one in Odesa oblast. The zone (``data/war_zone.geojson``, built by
``scripts/build_war_zone.py`` from chains of settlements the front passed through) is a band a few
dozen km wide along the fronts of 2022-2025 and the border with Russia. It says where a war report's
village most likely is, not where the front runs.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import shapely
from shapely.geometry import shape

from .records import Place

_inside: dict[str, bool] = {}  # place id -> whether it lies in the zone, measured once per process


def in_war_zone(place: Place) -> bool:
    """Whether ``place`` lies in the zone of the fighting since 2022."""
    inside = _inside.get(place.id)
    if inside is None:
        inside = _inside[place.id] = bool(shapely.contains_xy(_zone(), place.lon, place.lat))
    return inside


def near_war_zone(lon: float, lat: float, degrees: float) -> bool:
    """Whether the point lies within ``degrees`` of the zone (0.4: 30 km east or west, 45 km north
    or south)."""
    return bool(shapely.dwithin(_zone(), shapely.Point(lon, lat), degrees))


@cache
def _zone() -> shapely.Geometry:
    source = resources.files("gazetteer") / "data" / "war_zone.geojson"
    collection = json.loads(source.read_text(encoding="utf-8"))
    zone = shape(collection["features"][0]["geometry"])
    shapely.prepare(zone)
    return zone
