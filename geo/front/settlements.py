"""The settlements control is spread over: the gazetteer's towns and villages on the land, each with
the Voronoi cell of the ground nearer to it than to any other settlement.

An area's shape follows where people live: a captured village stands for its own cell, not for a
circle. Cells are cut to ``CELL_KM`` around their settlement (a lone village in the steppe does not
stand for 30 km of fields) and to the land. Built once per process, in ``METRIC_CRS`` (metres).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geopandas as gpd
import numpy as np
import shapely

from gazetteer import load_gazetteer
from geo.front.baseline import baseline
from geo.front.rules import CELL_KM, METRIC_CRS

_KINDS = ("city", "town", "village")
_COUNTRIES = ("UA", "RU")
# How far off the land's outline a settlement may lie and still count (the outlines are ~1 km coarse).
COAST_M = 3000.0


@dataclass(frozen=True, slots=True)
class Settlements:
    """Settlement points and their cells, index-aligned arrays of shapely geometries (metres).

    ``tree`` is an STRtree over ``points`` for nearest-evidence queries; ``russian`` says, per
    settlement, whether it lies in the baseline's Russian-held part.
    """

    names: np.ndarray
    points: np.ndarray
    cells: np.ndarray
    russian: np.ndarray
    tree: shapely.STRtree


@cache
def settlements() -> Settlements:
    """Return the settlements on the land with their cells (built on first use, then shared)."""
    places = [p for p in load_gazetteer().places.values() if p.kind in _KINDS and p.country in _COUNTRIES]
    frame = gpd.GeoDataFrame(
        {"name": [p.name for p in places]},
        geometry=gpd.points_from_xy([p.lon for p in places], [p.lat for p in places]),
        crs="EPSG:4326",
    ).to_crs(METRIC_CRS)
    base = baseline()
    # Coastal towns (Kherson, Mariupol) may lie just off the coarse coastline; their cells are cut to it.
    frame = frame[shapely.dwithin(base.land, frame.geometry.to_numpy(), COAST_M)]
    # Two places at one point (a town and its namesake village) would share one cell.
    xy = shapely.get_coordinates(frame.geometry.to_numpy())
    _, first = np.unique(np.round(xy, -1), axis=0, return_index=True)
    frame = frame.iloc[np.sort(first)]
    points = frame.geometry.to_numpy()
    envelope = shapely.envelope(base.land).buffer(CELL_KM * 1000)
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.MultiPoint(points), extend_to=envelope, ordered=True)
    )
    cells = shapely.intersection(cells, shapely.buffer(points, CELL_KM * 1000, quad_segs=3))
    outside = ~shapely.contains(base.land, cells)
    cells[outside] = shapely.intersection(cells[outside], base.land)
    return Settlements(
        names=frame["name"].to_numpy(),
        points=points,
        cells=cells,
        russian=shapely.contains(base.russian, points),
        tree=shapely.STRtree(points),
    )
