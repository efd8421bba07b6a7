"""Control areas: the settlements' cells dissolved per side and confidence class, and the baseline.

Cells form an exact coverage (``geo.front.settlements``), so a side's cells dissolve with
``shapely.coverage_union_all`` in milliseconds; each connected part of a side and class becomes one
area, citing the reports of the settlements in it.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from geo.front.baseline import Baseline
from geo.front.evidence import joined_per_group
from geo.front.records import AREA_COLUMNS, record
from geo.front.rules import BASELINE_CONFIDENCE, MAX_AREA_IDS, METRIC_CRS, SIDES, SIMPLIFY_M
from geo.front.settlements import Settlements


def control_areas(
    places: Settlements, base: Baseline, labels: pd.DataFrame, evidence: pd.DataFrame
) -> tuple[gpd.GeoDataFrame, BaseGeometry]:
    """The settlements' cells dissolved per side and confidence class, cut into connected parts,
    with the baseline on the rest of the land (metres, ``METRIC_CRS``).

    ``labels`` is the estimate's settlement table (a settlement, its nearest evidence, holder,
    confidence and class); ``evidence`` ``geo.front.evidence.resolve``'s. Returns the areas and the
    Russian-held whole, from which the front line is drawn.
    """
    rows: list[dict] = []
    reported = labels["place"].to_numpy()
    anywhere = shapely.coverage_union_all(places.cells[reported])
    rest = {
        "RU": shapely.difference(base.russian, anywhere),
        "UA": shapely.difference(base.ukrainian, anywhere),
    }
    russian = shapely.union(
        rest["RU"], _on_land(places, base, reported[(labels["holder"] == "RU").to_numpy()])
    )
    for side in SIDES:
        if not rest[side].is_empty:
            rows.append(record(side, BASELINE_CONFIDENCE, None, "", 0, "baseline", rest[side]))
    for (side, _), group in labels.groupby(["holder", "level"], sort=True):
        members_at = group["place"].to_numpy()
        shape = _on_land(places, base, members_at)
        parts = np.array([p for p in shapely.get_parts(shape) if p.geom_type == "Polygon"], dtype=object)
        if not len(parts):
            continue
        points = places.points[members_at]
        # Each part's nearest settlement, and every settlement inside a part, speak for it.
        part_of_nearest, nearest = shapely.STRtree(points).query_nearest(parts)
        inside, part_of_inside = shapely.STRtree(parts).query(points, predicate="within")
        members = pd.DataFrame(
            {
                "part": np.concatenate([part_of_nearest, part_of_inside]),
                "row": np.concatenate([nearest, inside]),
            }
        ).drop_duplicates()
        rows.extend(_part_rows(side, parts, members, group, evidence))
    frame = gpd.GeoDataFrame(rows, columns=[*AREA_COLUMNS, "geometry"], geometry="geometry", crs=METRIC_CRS)
    frame["geometry"] = shapely.simplify(frame.geometry.to_numpy(), SIMPLIFY_M)
    return frame[~frame.geometry.is_empty].reset_index(drop=True), russian


def _on_land(places: Settlements, base: Baseline, chosen: np.ndarray):
    """The cells of these settlements dissolved, cut to the land only where a cell reaches past it."""
    shape = shapely.coverage_union_all(places.cells[chosen])
    return shape if places.inland[chosen].all() else shapely.intersection(shape, base.land)


def _part_rows(side: str, parts, members: pd.DataFrame, group: pd.DataFrame, evidence: pd.DataFrame) -> list:
    """One area row per part of a dissolved group, from the settlements (``members``) in it."""
    rows = members["row"].to_numpy()
    members = members.assign(
        evidence=group["evidence"].to_numpy()[rows], confidence=group["confidence"].to_numpy()[rows]
    )
    confidence = members.groupby("part")["confidence"].mean()
    cited = members.drop_duplicates(["part", "evidence"])
    chosen = cited["evidence"].to_numpy()
    cited = cited.assign(
        last_day=evidence["last_day"].to_numpy()[chosen],
        reports=evidence["reports"].to_numpy()[chosen],
        event_ids=evidence["event_ids"].to_numpy()[chosen],
    )
    per_part = cited.groupby("part").agg(last_day=("last_day", "max"), reports=("reports", "sum"))
    per_part["event_ids"] = [
        ";".join(ids.split(";")[:MAX_AREA_IDS])
        for ids in joined_per_group(cited, ["part"], "event_ids", sort=True, limit=MAX_AREA_IDS)
    ]
    return [
        record(side, round(float(mean), 3), last_day, ids, int(reports), "observed", parts[part])
        for part, mean, last_day, reports, ids in zip(
            per_part.index,
            confidence[per_part.index],
            per_part["last_day"],
            per_part["reports"],
            per_part["event_ids"],
            strict=True,
        )
    ]
