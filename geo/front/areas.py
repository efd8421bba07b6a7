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
from geo.front.records import AREA_COLUMNS, record
from geo.front.rules import BASELINE_CONFIDENCE, MAX_AREA_IDS, METRIC_CRS, SIDES, SIMPLIFY_M
from geo.front.settlements import Settlements


def control_areas(
    places: Settlements,
    base: Baseline,
    labels: pd.DataFrame,
    evidence: pd.DataFrame,
    memo: dict | None = None,
) -> tuple[gpd.GeoDataFrame, BaseGeometry]:
    """The settlements' cells dissolved per side and confidence class, cut into connected parts,
    with the baseline on the rest of the land (metres, ``METRIC_CRS``).

    ``labels`` is the estimate's settlement table (a settlement, its nearest evidence, holder,
    confidence and class); ``evidence`` ``geo.front.evidence.resolve``'s. Returns the areas and the
    Russian-held whole, from which the front line is drawn.

    ``memo`` (a dict kept between calls) holds the baseline's rest for the last set of reported
    settlements: once every place has been reported on, later snapshots share it.
    """
    rows: list[dict] = []
    reported = labels["place"].to_numpy()
    rest, simplified = _baseline_rest(places, base, reported, {} if memo is None else memo)
    russian = shapely.union(
        rest["RU"],
        shapely.multipolygons(_on_land(places, base, reported[(labels["holder"] == "RU").to_numpy()])),
    )
    for side in SIDES:
        if not rest[side].is_empty:
            rows.append(record(side, BASELINE_CONFIDENCE, None, "", 0, "baseline", rest[side]))
    holders, levels = labels["holder"].to_numpy(), labels["level"].to_numpy()
    for side, level in sorted(set(zip(holders.tolist(), levels.tolist(), strict=True))):
        group = labels[(holders == side) & (levels == level)]
        members_at = group["place"].to_numpy()
        parts = _on_land(places, base, members_at)
        if not len(parts):
            continue
        points = places.points[members_at]
        # Each part's nearest settlement, and every settlement inside a part, speak for it.
        part_of_nearest, nearest = shapely.STRtree(points).query_nearest(parts)
        inside, part_of_inside = shapely.STRtree(parts).query(points, predicate="within")
        part = np.concatenate([part_of_nearest, part_of_inside])
        row = np.concatenate([nearest, inside])
        first = _first_of_each(part, row)
        rows.extend(_part_rows(side, parts, part[first], row[first], group, evidence))
    frame = gpd.GeoDataFrame(rows, columns=[*AREA_COLUMNS, "geometry"], geometry="geometry", crs=METRIC_CRS)
    geometry = frame.geometry.to_numpy()
    baseline_rows = (frame["certainty"] == "baseline").to_numpy()
    geometry[~baseline_rows] = shapely.simplify(geometry[~baseline_rows], SIMPLIFY_M)
    geometry[baseline_rows] = [simplified[side] for side in frame.loc[baseline_rows, "controller"]]
    frame["geometry"] = geometry
    return frame[~frame.geometry.is_empty].reset_index(drop=True), russian


def _baseline_rest(places: Settlements, base: Baseline, reported: np.ndarray, memo: dict) -> tuple:
    """Each side's baseline less the cells of the reported settlements, as it is and simplified
    (from ``memo`` when the reported settlements are the last call's)."""
    key = ("rest", reported.tobytes())
    if key not in memo:
        anywhere = shapely.coverage_union_all(places.cells[reported])
        rest = {
            "RU": shapely.difference(base.russian, anywhere),
            "UA": shapely.difference(base.ukrainian, anywhere),
        }
        memo.clear()
        memo[key] = rest, {side: shapely.simplify(shape, SIMPLIFY_M) for side, shape in rest.items()}
    return memo[key]


def _on_land(places: Settlements, base: Baseline, chosen: np.ndarray) -> np.ndarray:
    """The cells of these settlements dissolved and cut to the land: the polygons, in order.

    Only the parts that reach past the land are cut, one by one: a part inside it is what cutting
    the whole would give (vertex for vertex, up to where its rings start), at a fraction of the cost.
    """
    parts = shapely.get_parts(shapely.coverage_union_all(places.cells[chosen]))
    if not places.inland[chosen].all():
        inside = shapely.contains(base.land, parts)
        if not inside.all():
            pieces, of = shapely.get_parts(shapely.intersection(parts[~inside], base.land), return_index=True)
            at = np.concatenate([np.flatnonzero(inside), np.flatnonzero(~inside)[of]])
            parts = np.concatenate([parts[inside], pieces])[np.argsort(at, kind="stable")]
    return parts[shapely.get_type_id(parts) == 3]  # polygons (a cut may leave a line or a point)


def _first_of_each(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Positions of the first occurrence of each (a, b) pair of non-negative ints, in their order."""
    combined = a.astype(np.int64) * (int(b.max(initial=0)) + 1) + b
    return np.sort(np.unique(combined, return_index=True)[1])


def _part_rows(
    side: str, parts, part: np.ndarray, row: np.ndarray, group: pd.DataFrame, evidence: pd.DataFrame
) -> list:
    """One area row per part of a dissolved group, from the settlements in it (``part``/``row``
    pairs: a part and the position in ``group`` of a settlement that speaks for it)."""
    cited_by = group["evidence"].to_numpy()[row]
    confidence = pd.Series(group["confidence"].to_numpy(float)[row]).groupby(part).mean()
    # Each piece of evidence once per part, in the order the settlements were found.
    first = _first_of_each(part, cited_by)
    cited_part, chosen = part[first], cited_by[first]
    order = np.argsort(cited_part, kind="stable")
    numbers, starts = np.unique(cited_part[order], return_index=True)
    days = evidence["last_day"].to_numpy("datetime64[ns]")[chosen][order].view(np.int64)
    last_days = np.maximum.reduceat(days, starts).view("datetime64[ns]")  # NaT is the least int64
    reports = np.add.reduceat(evidence["reports"].to_numpy(np.int64)[chosen][order], starts)
    cited_ids = evidence["event_ids"].to_numpy()[chosen][order]
    ids = [
        ";".join(";".join(chunk[-MAX_AREA_IDS:]).split(";")[:MAX_AREA_IDS])
        for chunk in np.split(cited_ids, starts[1:])
    ]
    return [
        record(side, round(float(mean), 3), pd.Timestamp(last_day), joined, int(count), "observed", parts[n])
        for n, mean, last_day, count, joined in zip(
            numbers, confidence[numbers], last_days, reports, ids, strict=True
        )
    ]
