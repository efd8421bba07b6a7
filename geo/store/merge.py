"""Merging reports: the same event told by several articles becomes one map point.

Two reports are of the same event when they have the same type and actor, their points lie within
MERGE_KM and their dates within MERGE_DAYS. Clustering is greedy around a seed (reports taken in
date order; each joins the first open cluster whose *seed* is close enough, else seeds a new one)
rather than single-linkage, so daily strikes on one city do not chain into a single month-long
point: a cluster never spans more than MERGE_DAYS or MERGE_KM from its first report.

The close pairs are found as a spatial join on a grid, with numpy: reports are sorted by (type,
actor, grid cell, day), and for each of the nine cells around a report one ``searchsorted`` finds the
reports of the last MERGE_DAYS days there; the haversine distance of every such pair is computed
at once. Only reports that have an earlier close report then go through the greedy choice, which
is sequential by nature (whether a report seeds a cluster depends on the reports before it); a
report with no close earlier report is a seed without a Python step. The result is the one the
greedy rule gives, row for row.
"""

from __future__ import annotations

import gc
import json
import math
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd

from gazetteer.distance import EARTH_RADIUS_KM

# Outlets place one event on the town, a nearby village or "near X" (offset points): a few km
# apart. 5 km keeps neighbouring front-line villages (usually 5-10 km apart) distinct.
MERGE_KM = 5.0
# Dates resolved from "on Thursday", "last week" or a wire story's dateline differ by a day or two
# between outlets; more than three days apart is news of another day.
MERGE_DAYS = 3
# Reports with an unknown date merge only with each other: an undated "strike on Kharkiv" could be
# any of a hundred, so joining it to a dated one would invent a source for that day.
_CELL_DEG = MERGE_KM / 111.2  # one grid cell's height in degrees of latitude (>= MERGE_KM)
_COS_FLOOR = math.cos(math.radians(75))  # cells are wide enough in longitude up to 75 degrees north/south
_DATE_RANK = {"day": 0, "week": 1, "month": 2}
# The nine cells around a report, in the order their clusters are offered to it.
_NEIGHBOURS = [(drow, dcol) for drow in (-1, 0, 1) for dcol in (-1, 0, 1)]
# Candidate pairs are generated for this many pairs at a time, so a crowd of reports at one place
# and day cannot take all the memory at once.
_PAIRS_PER_CHUNK = 4_000_000
_SOURCE_FIELDS = ("title", "url", "source", "published")


def merge_reports(reports: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Merge reports of the same event into one row each.

    Each row is the cluster's most precise report (place before offset before region; day before
    week before month; then the earliest), with ``source_count`` the number of distinct articles
    and ``sources`` a list of ``{title, url, source, published}`` (one per article, oldest first)
    for the map's popup, plus ``report_count`` and ``event_ids`` (the merged reports' ids).
    """
    if reports.empty:
        return reports.assign(report_count=pd.Series(dtype="int64"), sources=[], event_ids=[])
    # The sources and ids are ~200,000 small dicts and lists at 100,000 reports, none in a reference
    # cycle: CPython's cycle collector, left on, walks the whole heap several times while they are made.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _merged(reports.reset_index(drop=True))
    finally:
        if enabled:
            gc.enable()


def _merged(reports: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """merge_reports of a non-empty table indexed 0..n-1."""
    cluster, step = _clusters(reports)
    # Members of each cluster in the order they joined it; clusters in the order they were seeded.
    members = pd.DataFrame({"cluster": cluster, "step": step, "row": np.arange(len(reports))})
    members = members.sort_values(["cluster", "step"], kind="stable").reset_index(drop=True)
    best = _best_rows(reports, members)
    entries, per_cluster = _source_entries(reports, members)
    report_count = members.groupby("cluster", sort=True).size().to_numpy()
    event_ids = _split(reports["event_id"].to_numpy()[members["row"].to_numpy()].tolist(), report_count)
    merged = reports.iloc[best].reset_index(drop=True)
    merged["source_count"] = pd.Series(per_cluster, dtype="int64")
    merged["report_count"] = pd.Series(report_count, dtype="int64")
    merged["sources"] = _split(entries, per_cluster)
    merged["event_ids"] = event_ids
    return merged


def flat_sources(merged: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The merged table with ``sources`` as JSON text and ``event_ids`` comma-joined, for file formats
    (GeoPackage, KML, CSV) whose fields hold no lists."""
    return merged.assign(
        sources=[json.dumps(s, ensure_ascii=False) for s in merged["sources"]],
        event_ids=[",".join(ids) for ids in merged["event_ids"]],
    )


def _best_rows(reports: gpd.GeoDataFrame, members: pd.DataFrame) -> np.ndarray:
    """Per cluster, the row of its most precise report (the first member among equals)."""
    rows = members["row"].to_numpy()
    dates = reports["date"].to_numpy()[rows]
    ranked = pd.DataFrame(
        {
            "cluster": members["cluster"].to_numpy(),
            "precision": reports["geo_precision"].to_numpy()[rows].astype("int64"),
            "date_rank": _map_distinct(reports["date_precision"], lambda p: _DATE_RANK.get(p, 3))[rows],
            "date": [d if isinstance(d, str) else "9999" for d in dates],
            "row": rows,
        }
    )
    ranked = ranked.sort_values(["cluster", "precision", "date_rank", "date"], kind="stable")
    return ranked.drop_duplicates("cluster")["row"].to_numpy()


def _source_entries(reports: gpd.GeoDataFrame, members: pd.DataFrame) -> tuple[list[dict], np.ndarray]:
    """One ``{title, url, source, published}`` per article of each cluster (its first member's), oldest
    first (unknown last), cluster after cluster; and how many each cluster has."""
    first = members.assign(article=reports["article_id"].to_numpy()[members["row"].to_numpy()])
    first = first.drop_duplicates(["cluster", "article"]).reset_index(drop=True)
    rows = first["row"].to_numpy()
    published = reports["published"].to_numpy()[rows]
    first["undated"] = pd.isna(published)
    first["published"] = [p if isinstance(p, str) else "" for p in published]
    first = first.sort_values(["cluster", "undated", "published"], kind="stable")
    rows = first["row"].to_numpy()
    title, url, source, published = (reports[field].to_numpy()[rows].tolist() for field in _SOURCE_FIELDS)
    entries = [
        {"title": t, "url": u, "source": s, "published": p}
        for t, u, s, p in zip(title, url, source, published, strict=True)
    ]
    return entries, first.groupby("cluster", sort=True).size().to_numpy()


def _split(values: list, counts: np.ndarray) -> list[list]:
    """``values`` cut into consecutive lists of ``counts`` items."""
    ends = np.cumsum(counts).tolist()
    return [values[start:end] for start, end in zip([0, *ends[:-1]], ends, strict=True)]


def _map_distinct(series: pd.Series, function) -> np.ndarray:
    """``function`` of every value, called once per distinct value (None/NaN as None)."""
    codes, distinct = pd.factorize(series, use_na_sentinel=True)
    mapped = np.array([function(value) for value in distinct] + [function(None)], dtype=object)
    return mapped[codes]  # code -1 (missing) takes the last entry


def _clusters(reports: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each row's cluster (numbered in the order clusters are seeded) and its step in the greedy order."""
    count = len(reports)
    day_values = _map_distinct(reports["date"], _day)
    undated = np.array([d is None for d in day_values])
    days = np.where(undated, 0, day_values).astype("int64")
    id_rank = pd.factorize(reports["event_id"], sort=True)[0]
    order = np.lexsort((id_rank, days, undated))  # undated last, then by day, then by event_id
    step = np.empty(count, dtype="int64")
    step[order] = np.arange(count)

    lons, lats = reports.geometry.x.to_numpy(), reports.geometry.y.to_numpy()
    kinds = reports.groupby(["event_type", "actor"], sort=False, dropna=False).ngroup().to_numpy()
    group = kinds * 2 + undated
    rows, cols = _cells(lons, lats)
    placed = np.isfinite(lons) & np.isfinite(lats)
    seed_of = np.arange(count)
    candidates = _close_earlier(group, rows, cols, days, step, lons, lats, placed)
    if len(candidates[0]):
        seed_of = _choose_seeds(candidates, reports["article_id"].to_numpy(), days)
    cluster_step = step[seed_of]
    cluster = pd.factorize(cluster_step, sort=True)[0]
    return cluster, step


def _cells(lons: np.ndarray, lats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The grid cell (row, column) of each point; cells above 75 degrees span all longitudes."""
    with np.errstate(invalid="ignore"):
        rows = np.floor(lats / _CELL_DEG)
        cols = np.where(np.abs(lats) > 75, 0.0, np.floor(lons * _COS_FLOOR / _CELL_DEG))
    fine = np.isfinite(rows) & np.isfinite(cols)
    return np.where(fine, rows, 0).astype("int64"), np.where(fine, cols, 0).astype("int64")


def _close_earlier(group, rows, cols, days, step, lons, lats, placed):
    """Every pair (later report, earlier report) that could be one event: same group (type, actor,
    undated), neighbouring cells, the earlier at most MERGE_DAYS before, within MERGE_KM.

    Returns (later, earlier, neighbour) arrays sorted the way the greedy rule offers clusters: by the
    later report's step, then by the neighbouring cell's place in _NEIGHBOURS, then by the earlier
    report's step.
    """
    # One int64 key per report: (group, row, column) packed with a margin of one cell on each side
    # (so neighbours never wrap), then the day.
    row0, col0, day0 = rows.min() - 1, cols.min() - 1, days.min()
    height, width, span = rows.max() - row0 + 2, cols.max() - col0 + 2, days.max() - day0 + MERGE_DAYS + 1
    cell = (group * height + (rows - row0)) * width + (cols - col0)
    key = cell * span + (days - day0)
    sorted_at = np.argsort(key, kind="stable")
    sorted_key = key[sorted_at]
    sorted_placed = placed[sorted_at]
    later, earlier, neighbour = [], [], []
    for index, (drow, dcol) in enumerate(_NEIGHBOURS):
        target = sorted_key + (drow * width + dcol) * span  # still sorted, so searchsorted runs fast
        low = np.searchsorted(sorted_key, target - MERGE_DAYS, side="left")
        found = np.searchsorted(sorted_key, target, side="right") - low
        found[~sorted_placed] = 0
        for start, stop in _chunks(found):
            counts = found[start:stop]
            total = int(counts.sum())
            if total == 0:
                continue
            who = sorted_at[np.repeat(np.arange(start, stop), counts)]
            offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
            other = sorted_at[np.repeat(low[start:stop], counts) + offsets]
            keep = (step[other] < step[who]) & placed[other]
            who, other = who[keep], other[keep]
            near = _haversine_km(lons[who], lats[who], lons[other], lats[other]) <= MERGE_KM
            later.append(who[near])
            earlier.append(other[near])
            neighbour.append(np.full(int(near.sum()), index, dtype="int64"))
    if not later:
        empty = np.empty(0, dtype="int64")
        return empty, empty, empty
    later, earlier, neighbour = np.concatenate(later), np.concatenate(earlier), np.concatenate(neighbour)
    offered = np.lexsort((step[earlier], neighbour, step[later]))
    return later[offered], earlier[offered], neighbour[offered]


def _chunks(found: np.ndarray):
    """(start, stop) ranges of reports whose candidate pairs number about _PAIRS_PER_CHUNK."""
    total = np.cumsum(found)
    start = 0
    while start < len(found):
        before = total[start - 1] if start else 0
        stop = int(np.searchsorted(total, before + _PAIRS_PER_CHUNK, side="right"))
        stop = max(stop, start + 1)
        yield start, stop
        start = stop


def _choose_seeds(candidates, articles: np.ndarray, days: np.ndarray) -> np.ndarray:
    """The greedy rule over the reports that have close earlier reports: each joins the first of them
    that is a seed (and whose cluster does not hold the same article on another day), else seeds its
    own cluster. Returns each row's seed row."""
    later, earlier, _ = candidates
    starts = np.flatnonzero(np.r_[True, later[1:] != later[:-1]])
    stops = np.r_[starts[1:], len(later)]
    later_list, earlier_list = later.tolist(), earlier.tolist()
    article_codes = pd.factorize(articles)[0].tolist()
    day_list = days.tolist()
    # (seed, article) -> the days that article gave in the seed's cluster, for members other than
    # the seed (the seed's own article and day are read from it directly).
    told: dict[tuple[int, int], set[int]] = {}
    seed_flags = [True] * len(days)
    seeds = list(range(len(days)))
    for start, stop in zip(starts.tolist(), stops.tolist(), strict=True):
        report = later_list[start]
        article, day = article_codes[report], day_list[report]
        chosen = -1
        for pair in range(start, stop):
            seed = earlier_list[pair]
            if not seed_flags[seed]:
                continue
            own = told.get((seed, article))
            if article_codes[seed] == article:
                own = {day_list[seed]} | (own or set())
            if own is not None and day not in own:
                continue  # the article itself tells two events apart by their dates
            chosen = seed
            break
        if chosen >= 0:
            seed_flags[report] = False
            seeds[report] = chosen
            told.setdefault((chosen, article), set()).add(day)
    return np.array(seeds, dtype="int64")


def _haversine_km(lon1, lat1, lon2, lat2) -> np.ndarray:
    """gazetteer.haversine_km over arrays of points."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(lon2 - lon1)
    h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(1.0, h)))


def _day(value) -> int | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value).toordinal()
    except ValueError:
        return None
