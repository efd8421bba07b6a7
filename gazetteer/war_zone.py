"""Where the fighting of the full-scale invasion has been: a prior for choosing among namesakes.

A war report that names "Novooleksandrivka" with nothing around it to say which of 27 is meant means
the one by the front, not the one in Odesa oblast. The zone (``data/war_zone.geojson``, built by
``scripts/build_war_zone.py`` from chains of settlements the front passed through) is a band a few
dozen km wide along the fronts of 2022-2025 and the border with Russia. It says where a war report's
village most likely is, not where the front runs. Each stretch of the zone also carries the days its
front was fought over: :func:`on_front_then` tells whether a place lay by a front of an article's day.
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterable
from datetime import date
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


def in_war_zone_box(lon: float, lat: float, degrees: float) -> bool:
    """Whether the point lies within ``degrees`` of the zone's bounding box: a coarse test that needs
    no geometry library, for a question asked of any text (is this place anywhere near the war?)."""
    west, south, east, north = _box()
    return west - degrees <= lon <= east + degrees and south - degrees <= lat <= north + degrees


@cache
def _box() -> tuple[float, float, float, float]:
    """(west, south, east, north) of the zone's outline, read from its GeoJSON coordinates."""
    points: list[tuple[float, float]] = []

    def walk(node: list) -> None:
        if node and isinstance(node[0], (int, float)):
            points.append((node[0], node[1]))
        else:
            for child in node:
                walk(child)

    walk(_collection()["features"][0]["geometry"]["coordinates"])
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


_then: dict[tuple[str, frozenset[str]], bool] = {}  # (place id, the fronts of a day) -> on one of them


def on_front_then(place: Place, day: date) -> bool:
    """Whether ``place`` lies by a front that was fought over on ``day`` (a stretch of the zone whose
    days hold it): on a day of 2025 the villages by Vysokopillia, a front of 2022, are not."""
    key = (place.id, _active(day))
    if key not in _then:
        fronts = _fronts_of(key[1])
        import shapely

        _then[key] = fronts is not None and bool(shapely.contains_xy(fronts, place.lon, place.lat))
    return _then[key]


def _active(day: date) -> frozenset[str]:
    """The names of the stretches of front fought over on ``day``."""
    iso = day.isoformat()
    return frozenset(
        name for name, first, last, _ in _stretches() if first <= iso and (last is None or iso <= last)
    )


@cache
def _fronts_of(names: frozenset[str]) -> shapely.Geometry | None:
    """The union of the named stretches' bands, prepared; None for none."""
    import shapely

    bands = [band for name, _, _, band in _stretches() if name in names]
    if not bands:
        return None
    union = shapely.union_all(bands)
    shapely.prepare(union)
    return union


@cache
def _stretches() -> list[tuple[str, str, str | None, shapely.Geometry]]:
    """(name, first day, last day or None, band) of each stretch of front, days as ISO strings."""
    from shapely.geometry import shape

    return [
        (f["properties"]["name"], f["properties"]["from"], f["properties"]["to"], shape(f["geometry"]))
        for f in _collection()["features"]
        if f["properties"].get("kind") == "front"
    ]


@cache
def _collection() -> dict:
    source = resources.files("gazetteer") / "data" / ZONE_FILE
    return json.loads(source.read_text(encoding="utf-8"))


@cache
def _zone() -> shapely.Geometry:
    import shapely
    from shapely.geometry import shape

    zone = shape(_collection()["features"][0]["geometry"])
    shapely.prepare(zone)
    return zone
