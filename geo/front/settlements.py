"""The settlements control is spread over: the gazetteer's towns and villages on the land, each with
the Voronoi cell of the ground nearer to it than to any other settlement.

An area's shape follows where people live: a captured village stands for its own cell, not for a
circle. Empty ground has grid sites of its own every ``CELL_KM``, so a lone village in the steppe
does not stand for 30 km of fields. Built once per process, in ``METRIC_CRS`` (metres).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geopandas as gpd
import numpy as np
import shapely

from gazetteer import load_gazetteer
from geo.front.baseline import baseline
from geo.front.cache import cached
from geo.front.rules import CELL_KM, METRIC_CRS

_KINDS = ("city", "town", "village")
_COUNTRIES = ("UA", "RU")
# How far off the land's outline a settlement may lie and still count (the outlines are ~1 km coarse).
COAST_M = 3000.0


@dataclass(frozen=True, slots=True)
class Settlements:
    """Settlement points and their cells, index-aligned arrays of shapely geometries (metres).

    The cells form an exact coverage (neighbours share their edges vertex for vertex), so any set of
    them dissolves with ``shapely.coverage_union_all``, far faster than a general union. They are
    not cut to the land: callers clip what they dissolve (``inland`` says which cells lie wholly on
    it and need no cutting). ``lonlat`` holds the points in degrees (n x 2, EPSG:4326); ``tree`` is
    an STRtree over ``points``.
    """

    names: np.ndarray
    lonlat: np.ndarray
    points: np.ndarray
    cells: np.ndarray
    inland: np.ndarray
    tree: shapely.STRtree


@cache
def settlements() -> Settlements:
    """Return the settlements on the land with their cells (built on first use or read from the
    cache, then shared)."""
    names, lonlat, points, cells, inland = cached("settlements", _build)
    # Kept as WKB arrays: read back in one call, not one Python call per geometry as a pickle is.
    points, cells = shapely.from_wkb(points), shapely.from_wkb(cells)
    return Settlements(names, lonlat, points, cells, inland, shapely.STRtree(points))


def _build() -> tuple[np.ndarray, ...]:
    places = [p for p in load_gazetteer().places.values() if p.kind in _KINDS and p.country in _COUNTRIES]
    frame = gpd.GeoDataFrame(
        {"name": [p.name for p in places], "lon": [p.lon for p in places], "lat": [p.lat for p in places]},
        geometry=gpd.points_from_xy([p.lon for p in places], [p.lat for p in places]),
        crs="EPSG:4326",
    ).to_crs(METRIC_CRS)
    base = baseline()
    # Coastal towns (Kherson, Mariupol) may lie just off the coarse coastline; they count.
    frame = frame[shapely.dwithin(base.land, frame.geometry.to_numpy(), COAST_M)]
    # Two places at one point (a town and its namesake village) would share one cell.
    xy = shapely.get_coordinates(frame.geometry.to_numpy())
    _, first = np.unique(np.round(xy, -1), axis=0, return_index=True)
    frame = frame.iloc[np.sort(first)]
    points = frame.geometry.to_numpy()
    # Empty ground (steppe, forest, the sea) gets sites of its own on a grid, so that no settlement's
    # cell reaches much further than CELL_KM from it; their cells belong to no settlement.
    west, south, east, north = base.land.bounds
    step = CELL_KM * 1000
    xs, ys = np.meshgrid(
        np.arange(west - step, east + 2 * step, step), np.arange(south - step, north + 2 * step, step)
    )
    grid = shapely.points(xs.ravel(), ys.ravel())
    crowded = shapely.STRtree(points).query(grid, predicate="dwithin", distance=step)[0]
    empty = np.ones(len(grid), bool)
    empty[crowded] = False
    sites = np.concatenate([points, grid[empty]])
    envelope = shapely.envelope(shapely.MultiPoint(sites)).buffer(step)
    diagram = shapely.voronoi_polygons(shapely.MultiPoint(sites), extend_to=envelope, ordered=True)
    cells = shapely.get_parts(diagram)[: len(points)]
    inland = shapely.contains(base.land, cells)
    names, lonlat = frame["name"].to_numpy(), frame[["lon", "lat"]].to_numpy(float)
    return names, lonlat, shapely.to_wkb(points), shapely.to_wkb(cells), inland
