"""Who held what on 2022-02-23, and the land the estimate is drawn on.

The land is Ukraine and the Russian regions along it (the admin-1 shapes the gazetteer ships:
Belgorod, Bryansk, Kursk, Voronezh, Rostov, Krasnodar), so a Ukrainian advance into Kursk oblast
can be drawn too. Russian-held on the baseline day: those Russian regions, Crimea and Sevastopol,
and the part of Donetsk and Luhansk oblasts beyond the 2015-2022 line of contact (package data,
see ``geo/front/data/README.md``). Everything else on the land was held by Ukraine.

Shapes are in ``METRIC_CRS`` (metres) and built once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geopandas as gpd
import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import split

from geo.front.cache import cached
from geo.front.rules import METRIC_CRS

# Held by Russia on 2022-02-23 besides Russia itself: Crimea and Sevastopol (since 2014).
_OCCUPIED_2014 = ("admin1:UA-43", "admin1:UA-40")
# The oblasts the line of contact split, and a settlement known to be on its Russian-held side.
_SPLIT_OBLASTS = ("admin1:UA-14", "admin1:UA-09")
_RU_HELD_POINT = (37.80, 48.02)  # Donetsk
# The land's edge (coast, borders with third countries) and the Ukraine-Russia border are not a
# front line; a boundary within this distance of them is left out of the line.
_EDGE_M = 1500.0


@dataclass(frozen=True, slots=True)
class Baseline:
    """The land and the baseline, in metres (``METRIC_CRS``).

    ``land``: everything control is estimated over; ``russian``: the Russian-held part on
    2022-02-23 (``land`` minus it is the Ukrainian-held part); ``edges``: the zone around the
    coast, the outer borders and the Ukraine-Russia border, where a boundary between the sides
    is not drawn as front line; ``contact_line``: the 2015-2022 line of contact.
    """

    land: BaseGeometry
    russian: BaseGeometry
    ukrainian: BaseGeometry
    edges: BaseGeometry
    contact_line: BaseGeometry


@cache
def baseline() -> Baseline:
    """Return the baseline shapes (built on first use or read from the cache, then shared: do not
    change them)."""
    base = cached("baseline", _build)
    for geometry in (base.land, base.russian, base.edges):
        shapely.prepare(geometry)
    return base


def _build() -> Baseline:
    from gazetteer import shapes  # reads the GeoJSON through pyogrio: only when the cache is stale

    admin = shapes.admin1().to_crs(METRIC_CRS).set_index("id")
    ukraine = shapely.union_all(admin.loc[admin["country"] == "UA", "geometry"].to_numpy())
    russia = shapely.union_all(admin.loc[admin["country"] == "RU", "geometry"].to_numpy())
    land = shapely.union_all([ukraine, russia])
    crimea = shapely.union_all(admin.loc[list(_OCCUPIED_2014), "geometry"].to_numpy())
    line = contact_line()
    donbas = _occupied_donbas(shapely.union_all(admin.loc[list(_SPLIT_OBLASTS), "geometry"].to_numpy()), line)
    russian = shapely.make_valid(shapely.union_all([russia, crimea, donbas]))
    # Coarse buffers (few vertices): the zone only has to cover the outlines, and it cuts every line.
    border = shapely.intersection(
        shapely.buffer(ukraine.boundary, _EDGE_M, quad_segs=1),
        shapely.buffer(russia.boundary, _EDGE_M, quad_segs=1),
    )
    edges = shapely.union_all([shapely.buffer(land.boundary, _EDGE_M, quad_segs=1), border])
    return Baseline(land, russian, shapely.difference(land, russian), edges, line)


@cache
def contact_line() -> BaseGeometry:
    """The 2015-2022 line of contact as a LineString in metres (``METRIC_CRS``)."""
    source = resources.files("geo.front") / "data" / "contact_line.geojson"
    collection = json.loads(source.read_text(encoding="utf-8"))
    [feature] = [f for f in collection["features"] if f["properties"]["kind"] == "line_of_contact"]
    line = shapely.geometry.shape(feature["geometry"])
    return gpd.GeoSeries([line], crs="EPSG:4326").to_crs(METRIC_CRS).iloc[0]


def _occupied_donbas(oblasts: BaseGeometry, line: BaseGeometry) -> BaseGeometry:
    """The part of Donetsk and Luhansk oblasts on the Russian-held side of the line of contact."""
    inside = gpd.GeoSeries([shapely.Point(_RU_HELD_POINT)], crs="EPSG:4326").to_crs(METRIC_CRS).iloc[0]
    pieces = [piece for piece in split(oblasts, line).geoms if piece.contains(inside)]
    if len(pieces) != 1:
        raise RuntimeError("the line of contact does not split Donetsk and Luhansk oblasts in two")
    return pieces[0]
