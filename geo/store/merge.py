"""Merging reports: the same event told by several articles becomes one map point.

Two reports are of the same event when they have the same type and actor, their points lie within
MERGE_KM and their dates within MERGE_DAYS. Clustering is greedy around a seed (reports taken in
date order; each joins the first open cluster whose *seed* is close enough, else seeds a new one)
rather than single-linkage, so daily strikes on one city do not chain into a single month-long
point: a cluster never spans more than MERGE_DAYS or MERGE_KM from its first report.
"""

from __future__ import annotations

import json
import math
from datetime import date

import geopandas as gpd
import pandas as pd

from gazetteer import haversine_km

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


def merge_reports(reports: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Merge reports of the same event into one row each.

    Each row is the cluster's most precise report (place before offset before region; day before
    week before month; then the earliest), with ``source_count`` the number of distinct articles
    and ``sources`` a list of ``{title, url, source, published}`` (one per article, oldest first)
    for the map's popup, plus ``report_count`` and ``event_ids`` (the merged reports' ids).
    """
    if reports.empty:
        return reports.assign(report_count=pd.Series(dtype="int64"), sources=[], event_ids=[])
    reports = reports.reset_index(drop=True)
    columns = {
        c: reports[c].tolist() for c in ("event_id", "article_id", "title", "url", "source", "published")
    }
    ranks = [
        (int(p), _DATE_RANK.get(dp, 3), d if isinstance(d, str) else "9999")
        for p, dp, d in zip(reports["geo_precision"], reports["date_precision"], reports["date"], strict=True)
    ]
    best, sources, event_ids, source_counts = [], [], [], []
    for members in _clusters(reports):
        best.append(min(members, key=ranks.__getitem__))
        seen: dict[str, dict] = {}
        for i in members:
            seen.setdefault(
                columns["article_id"][i], {k: columns[k][i] for k in ("title", "url", "source", "published")}
            )
        entries = sorted(seen.values(), key=lambda e: (e["published"] is None, e["published"] or ""))
        sources.append(entries)
        source_counts.append(len(entries))
        event_ids.append([columns["event_id"][i] for i in members])
    merged = reports.iloc[best].reset_index(drop=True)
    merged["source_count"] = pd.Series(source_counts, dtype="int64")
    merged["report_count"] = pd.Series([len(ids) for ids in event_ids], dtype="int64")
    merged["sources"] = sources
    merged["event_ids"] = event_ids
    return merged


def flat_sources(merged: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The merged table with ``sources`` as JSON text and ``event_ids`` comma-joined, for file formats
    (GeoPackage, KML, CSV) whose fields hold no lists."""
    return merged.assign(
        sources=[json.dumps(s, ensure_ascii=False) for s in merged["sources"]],
        event_ids=[",".join(ids) for ids in merged["event_ids"]],
    )


def _clusters(reports: gpd.GeoDataFrame) -> list[list[int]]:
    """Row positions grouped by event, in the greedy seed order the module docstring explains."""
    days = [_day(d) for d in reports["date"]]
    lons, lats = reports.geometry.x.to_numpy(), reports.geometry.y.to_numpy()
    ids = reports["event_id"].tolist()
    order = sorted(range(len(reports)), key=lambda i: (days[i] is None, days[i] or 0, ids[i]))
    types, actors = reports["event_type"].to_numpy(), reports["actor"].to_numpy()
    articles = reports["article_id"].to_numpy()
    open_by_cell: dict[tuple, list[int]] = {}  # cell -> indices into seeds of clusters seeded there
    seeds: list[int] = []
    clusters: list[list[int]] = []
    dates_by_article: list[dict[str, set]] = []  # per cluster: article -> the dates it gave
    for i in order:
        row, col = _cell(lons[i], lats[i])
        found = None
        for drow in (-1, 0, 1):
            for dcol in (-1, 0, 1):
                key = (types[i], actors[i], days[i] is None, row + drow, col + dcol)
                candidates = open_by_cell.get(key)
                if not candidates:
                    continue
                if days[i] is not None:  # drop clusters too old to take this or any later report
                    candidates[:] = [c for c in candidates if days[i] - days[seeds[c]] <= MERGE_DAYS]
                for c in candidates:
                    s = seeds[c]
                    own = dates_by_article[c].get(articles[i])
                    if own is not None and days[i] not in own:
                        continue  # the article itself tells two events apart by their dates
                    if haversine_km(lons[i], lats[i], lons[s], lats[s]) <= MERGE_KM:
                        found = c
                        break
                if found is not None:
                    break
            if found is not None:
                break
        if found is None:
            seeds.append(i)
            clusters.append([i])
            dates_by_article.append({})
            found = len(seeds) - 1
            open_by_cell.setdefault((types[i], actors[i], days[i] is None, row, col), []).append(found)
        else:
            clusters[found].append(i)
        dates_by_article[found].setdefault(articles[i], set()).add(days[i])
    return clusters


def _cell(lon: float, lat: float) -> tuple[int, int]:
    row = math.floor(lat / _CELL_DEG)
    if abs(lat) > 75:
        return row, 0
    return row, math.floor(lon * _COS_FLOOR / _CELL_DEG)


def _day(value) -> int | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value).toordinal()
    except ValueError:
        return None
