"""The front line: where the two sides' areas meet, solid where both sides were reported lately."""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from geo.front.records import AREA_COLUMNS, joined_ids, record
from geo.front.rules import (
    INFERRED_CONFIDENCE,
    INFERRED_FACTOR,
    METRIC_CRS,
    OBSERVED_KM,
    RECENT_DAYS,
    SIDES,
    SIMPLIFY_M,
    SPREAD_KM,
)


def front_line(
    russian: BaseGeometry,
    edges: BaseGeometry,
    evidence: pd.DataFrame,
    points: np.ndarray,
    fighting_points: np.ndarray,
    as_of: date,
) -> gpd.GeoDataFrame:
    """The boundary of the Russian-held whole, less the coast and state borders (``edges``), split
    into its observed and inferred stretches (metres, ``METRIC_CRS``).

    A stretch is observed where recent evidence of both sides (``points``, the evidence's places;
    ``fighting_points``, recent fighting with no side named, which places the line for both) lies
    within OBSERVED_KM of it.
    """
    columns = [*AREA_COLUMNS, "geometry"]
    line = shapely.simplify(shapely.difference(shapely.boundary(russian), edges), SIMPLIFY_M)
    if line.is_empty:
        return gpd.GeoDataFrame(columns=columns, geometry="geometry", crs=METRIC_CRS)
    coordinates, which = shapely.get_coordinates(shapely.get_parts(line), return_index=True)
    follows = which[1:] == which[:-1]
    starts, ends = coordinates[:-1][follows], coordinates[1:][follows]
    segments = shapely.linestrings(np.stack([starts, ends], axis=1))
    middle = (starts + ends) / 2
    middles = shapely.points(middle[:, 0], middle[:, 1])
    recent = pd.Timestamp(as_of) - pd.Timedelta(days=RECENT_DAYS)
    last_day = evidence["last_day"].to_numpy("datetime64[ns]")
    fresh = last_day >= recent.to_datetime64()
    holders = evidence["holder"].to_numpy(object)
    confidences = evidence["confidence"].to_numpy(float)
    reports = evidence["reports"].to_numpy(np.int64)
    event_ids = evidence["event_ids"].to_numpy(object)
    observed = np.ones(len(segments), bool)
    for side in SIDES:
        near = np.concatenate([points[fresh & (holders == side)], fighting_points])
        if not len(near):
            observed[:] = False
            break
        hit = shapely.STRtree(near).query(middles, predicate="dwithin", distance=OBSERVED_KM * 1000)[0]
        seen = np.zeros(len(segments), bool)
        seen[hit] = True
        observed &= seen
    rows = []
    for certainty, chosen in (("observed", observed), ("inferred", ~observed)):
        if not chosen.any():
            continue
        stretch = shapely.line_merge(shapely.multilinestrings(segments[chosen]))
        reach = OBSERVED_KM if certainty == "observed" else SPREAD_KM
        near = shapely.dwithin(points, stretch, reach * 1000) if len(points) else np.ones(len(evidence), bool)
        if certainty == "observed":
            near &= fresh
        confidence = confidences[near].mean() if near.any() else INFERRED_CONFIDENCE
        if certainty == "inferred" and near.any():
            confidence *= INFERRED_FACTOR
        rows.append(
            record(
                None,
                round(float(confidence), 3),
                _latest(last_day[near]),
                joined_ids(event_ids[near]),
                int(reports[near].sum()),
                certainty,
                stretch,
            )
        )
    return gpd.GeoDataFrame(rows, columns=columns, geometry="geometry", crs=METRIC_CRS)


def _latest(days: np.ndarray):
    """The latest of the days (NaT skipped, as pandas does), or None if there are none."""
    days = days[~np.isnat(days)]
    return pd.Timestamp(days.max()) if len(days) else None
