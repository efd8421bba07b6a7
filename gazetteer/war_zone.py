"""Where the fighting of the full-scale invasion has been: a prior for choosing among namesakes.

A war report that names "Novooleksandrivka" with nothing around it to say which of 27 is meant means
the one by the front, not the one in Odesa oblast. The zone (``data/war_zone.geojson``, built by
``scripts/build_war_zone.py`` from chains of settlements the front passed through) is a band a few
dozen km wide along the fronts of 2022-2025 and the border with Russia. It says where a war report's
village most likely is, not where the front runs.
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from .records import Place

if TYPE_CHECKING:
    import shapely

ZONE_FILE = "war_zone.geojson"  # in gazetteer/data
_inside: dict[str, bool] = {}  # place id -> whether it lies in the zone, measured once per process
# (the ids a gazetteer measured, the ids of them inside), from remember(): asked before measuring
_remembered: list[tuple[Container[str], frozenset[str]]] = []


def in_war_zone(place: Place) -> bool:
    """Whether ``place`` lies in the zone of the fighting since 2022."""
    inside = _inside.get(place.id)
    if inside is None:
        known = next((zone for measured, zone in _remembered if place.id in measured), None)
        if known is not None:
            inside = place.id in known
        else:
            import shapely

            inside = bool(shapely.contains_xy(_zone(), place.lon, place.lat))
        _inside[place.id] = inside
    return inside


def inside_of(rows: Iterable[tuple]) -> frozenset[str]:
    """The ids of the places (rows of :class:`Place` fields: id, name, kind, lat, lon, ...) that lie in
    the zone, measured at once; the gazetteer keeps them with its index (see :func:`remember`)."""
    import shapely

    rows = list(rows)
    inside = shapely.contains_xy(_zone(), [row[4] for row in rows], [row[3] for row in rows])
    return frozenset(row[0] for row, yes in zip(rows, inside, strict=True) if yes)


def remember(measured: Container[str], inside: frozenset[str]) -> None:
    """Take the zone's answer for the ``measured`` place ids from ``inside`` (what :func:`inside_of`
    found when the gazetteer was built), so that a run whose gazetteer comes from the shipped index or
    the cache imports no geometry library (a fifth of a second) to ask it again. Both are kept as
    they are and asked per place, not copied: a run asks about a few hundred of 37,000 places."""
    _remembered.append((measured, inside))


def near_war_zone(lon: float, lat: float, degrees: float) -> bool:
    """Whether the point lies within ``degrees`` of the zone (0.4: 30 km east or west, 45 km north
    or south)."""
    import shapely

    return bool(shapely.dwithin(_zone(), shapely.Point(lon, lat), degrees))


@cache
def _zone() -> shapely.Geometry:
    import shapely
    from shapely.geometry import shape

    source = resources.files("gazetteer") / "data" / ZONE_FILE
    collection = json.loads(source.read_text(encoding="utf-8"))
    zone = shape(collection["features"][0]["geometry"])
    shapely.prepare(zone)
    return zone
