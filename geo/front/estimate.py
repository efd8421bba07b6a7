"""The estimated front on a day: control areas, the line between them, and how sure each is.

Reported places (``geo.front.evidence``) each speak for the settlements around them: every
gazetteer settlement within ``SPREAD_KM`` of a reported place takes the holder of the nearest one
(a nearest-evidence partition), and its Voronoi cell (``geo.front.settlements``) is shaded for that
side. Cells are dissolved per side and confidence class; the rest of the land keeps the baseline
(``geo.front.baseline``). The front line is the boundary between the two sides, less the coast and
the state borders; it is "observed" where both sides have recent evidence near it, "inferred"
elsewhere. It is an estimate from reports, and every Front says from how many.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely

from geo.errors import FrontmapError
from geo.front.baseline import Baseline, baseline
from geo.front.evidence import change_days, control_reports, resolve
from geo.front.rules import (
    BASELINE_CONFIDENCE,
    BASELINE_DAY,
    FRINGE_FACTOR,
    INFERRED_CONFIDENCE,
    INFERRED_FACTOR,
    MAX_DAILY_SNAPSHOTS,
    METRIC_CRS,
    NEAR_KM,
    OBSERVED_KM,
    PRIOR_DAYS,
    RECENT_DAYS,
    SIMPLIFY_M,
    SPREAD_KM,
)
from geo.front.settlements import Settlements, settlements

AREA_COLUMNS = ["controller", "confidence", "last_evidence_date", "event_ids", "n_reports", "certainty"]
# Areas of one side are dissolved within these confidence classes (upper bounds), so the map shows
# where the estimate is firm and where it is a guess without a polygon per report.
CONFIDENCE_CLASSES = (0.4, 0.7, 1.0)
# Front.holder: how far off the outlines (degrees) a coastal point still takes the nearest area.
_COAST_DEGREES = 0.02


@dataclass(frozen=True)
class Front:
    """The estimated control and front line on ``as_of``.

    ``areas``: GeoDataFrame (EPSG:4326) of Polygon/MultiPolygon areas with ``AREA_COLUMNS``
    (``certainty`` is ``observed`` where reports place them, ``baseline`` where nothing was
    reported since 2022-02-23). ``lines``: the front line as LineString/MultiLineString rows with
    the same columns (``controller`` None; ``certainty`` ``observed`` or ``inferred``).
    ``n_reports``: the reports the estimate rests on; ``note`` says so in words.
    """

    as_of: date
    areas: gpd.GeoDataFrame = field(repr=False)
    lines: gpd.GeoDataFrame = field(repr=False)
    n_reports: int
    note: str

    def holder(self, lon: float, lat: float) -> str | None:
        """The side the estimate gives the point (lon, lat) to, or None off the land.

        A point just off the coarse coastline (within ~0.02 degrees: Kherson on the Dnipro) takes
        the nearest area.
        """
        point = shapely.Point(lon, lat)
        hits = self.areas[self.areas.geometry.covers(point)]
        if hits.empty:
            distance = shapely.distance(self.areas.geometry.to_numpy(), point)
            if not len(distance) or distance.min() > _COAST_DEGREES:
                return None
            return self.areas["controller"].iloc[int(distance.argmin())]
        return hits["controller"].iloc[0]


def estimate_front(events: gpd.GeoDataFrame | None, as_of: date | None = None) -> Front:
    """Estimate who holds what on ``as_of`` from the events (the event table or the store's merged one).

    ``as_of`` None means the latest event date (the baseline day when no event is dated). Raises
    FrontmapError for a day before 2022-02-24 or in the future.
    """
    reports = control_reports(events)
    if as_of is None:
        as_of = _latest_day(events)
    check_as_of(as_of)
    return _Estimator(reports).front(as_of)


def front_snapshots(events: gpd.GeoDataFrame | None, dates: Iterable[date] | None = None) -> list[Front]:
    """One Front per day, in order: for ``dates``, or else for each day control changes.

    With no ``dates``, a snapshot is made for every day some place changes hands (by the rules of
    ``geo.front.evidence``); past ``MAX_DAILY_SNAPSHOTS`` such days, for the last of them in each
    week. No events with a date give one snapshot, the baseline on 2022-02-24.
    """
    reports = control_reports(events)
    estimator = _Estimator(reports)
    if dates is None:
        days = change_days(reports, estimator.baseline_holder) or [BASELINE_DAY]
        if len(days) > MAX_DAILY_SNAPSHOTS:
            weeks = pd.Series(days, index=[d.isocalendar()[:2] for d in days])
            days = weeks.groupby(level=0).max().sort_values().tolist()
    else:
        days = sorted(set(dates))
    days = [d for d in days if BASELINE_DAY <= d <= date.today()]
    return [estimator.front(day) for day in days]


def _latest_day(events) -> date:
    if events is None or events.empty or "date" not in events.columns:
        return BASELINE_DAY
    days = pd.to_datetime(events["date"], errors="coerce", format="ISO8601").dropna()
    days = days[days <= pd.Timestamp(date.today())]
    return max(days.max().date(), BASELINE_DAY) if len(days) else BASELINE_DAY


def check_as_of(day: date) -> None:
    """Raise FrontmapError unless ``day`` lies between the baseline day (2022-02-24) and today."""
    if day < BASELINE_DAY:
        raise FrontmapError(
            f"as-of {day.isoformat()} is before the full-scale invasion began on {BASELINE_DAY.isoformat()}: "
            "the estimate starts there (the baseline is the day before)"
        )
    if day > date.today():
        raise FrontmapError(f"as-of {day.isoformat()} is in the future: give a day up to today")


class _Estimator:
    """Fronts for one set of reports, sharing the geometry that does not change between days."""

    def __init__(self, reports: pd.DataFrame) -> None:
        self.reports = reports
        self.base: Baseline = baseline()
        self.places: Settlements = settlements()
        self.to_metric = pyproj.Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True)
        self.territories: dict[tuple, shapely.Geometry] = {}

    def baseline_holder(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """The baseline's side ("RU"/"UA") at each (lon, lat)."""
        points = shapely.points(*self.to_metric.transform(np.asarray(lon, float), np.asarray(lat, float)))
        return np.where(shapely.contains(self.base.russian, points), "RU", "UA")

    def front(self, as_of: date) -> Front:
        evidence = resolve(self.reports, as_of, self.baseline_holder)
        day = pd.Timestamp(as_of)
        used = self.reports[self.reports["day"] <= day]
        ahead = self.reports[
            self.reports["event_type"].isin(("advance", "retreat"))
            & (self.reports["day"] > day)
            & (self.reports["day"] - pd.Timedelta(days=PRIOR_DAYS) <= day)
        ]
        count = int(used["reports"].sum() + ahead["reports"].sum())
        territories = self._territories(evidence)
        areas = self._areas(territories)
        lines = self._lines(areas, evidence, used, as_of)
        if self.reports.empty:
            note = "no dated events: baseline only (who held what on 2022-02-23)"
        elif evidence.empty:
            note = (
                f"no reports of control by {as_of.isoformat()}: baseline only (who held what on 2022-02-23)"
            )
        else:
            note = f"estimated from {count} reports"
        return Front(as_of, _to_lonlat(areas), _to_lonlat(lines), count, note)

    def _territories(self, evidence: pd.DataFrame) -> gpd.GeoDataFrame:
        """Each reported place's settlements (nearest evidence within SPREAD_KM), near and far part."""
        columns = [*AREA_COLUMNS, "geometry"]
        if evidence.empty:
            return gpd.GeoDataFrame(columns=columns, geometry="geometry", crs=METRIC_CRS)
        x, y = self.to_metric.transform(evidence["lon"].to_numpy(float), evidence["lat"].to_numpy(float))
        points = shapely.points(x, y)
        found_evidence, found_place = self.places.tree.query(
            points, predicate="dwithin", distance=SPREAD_KM * 1000
        )
        distance = shapely.distance(points[found_evidence], self.places.points[found_place])
        pairs = pd.DataFrame({"evidence": found_evidence, "place": found_place, "distance": distance})
        nearest = pairs.sort_values(["place", "distance"], kind="stable").drop_duplicates("place")
        nearest = nearest.assign(far=nearest["distance"] > NEAR_KM * 1000)
        rows = []
        for (index, far), group in nearest.groupby(["evidence", "far"], sort=True):
            members = tuple(np.sort(group["place"].to_numpy()))
            cache_key = (evidence["key"].iat[index], members)
            geometry = self.territories.get(cache_key)
            if geometry is None:
                geometry = shapely.union_all(self.places.cells[list(members)])
                self.territories[cache_key] = geometry
            row = evidence.iloc[index]
            rows.append(
                {
                    "controller": row["holder"],
                    "confidence": row["confidence"] * (FRINGE_FACTOR if far else 1.0),
                    "last_evidence_date": row["last_day"],
                    "event_ids": row["event_ids"],
                    "n_reports": int(row["reports"]),
                    "certainty": "observed",
                    "geometry": geometry,
                }
            )
        return gpd.GeoDataFrame(rows, columns=columns, geometry="geometry", crs=METRIC_CRS)

    def _areas(self, territories: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """Territories dissolved per side and confidence class into connected parts, plus the baseline."""
        reported = shapely.union_all(territories.geometry.to_numpy())
        rows = []
        for side, base in (("RU", self.base.russian), ("UA", self.base.ukrainian)):
            rest = shapely.difference(base, reported) if not territories.empty else base
            if not rest.is_empty:
                rows.append(
                    {
                        "controller": side,
                        "confidence": BASELINE_CONFIDENCE,
                        "last_evidence_date": None,
                        "event_ids": "",
                        "n_reports": 0,
                        "certainty": "baseline",
                        "geometry": rest,
                    }
                )
        if not territories.empty:
            classes = np.searchsorted(CONFIDENCE_CLASSES, territories["confidence"].to_numpy(float))
            for (side, _), group in territories.groupby([territories["controller"], classes], sort=True):
                parts = shapely.get_parts(shapely.union_all(group.geometry.to_numpy()))
                part_of = shapely.STRtree(parts).query(
                    shapely.point_on_surface(group.geometry.to_numpy()), predicate="within"
                )
                members = pd.DataFrame({"member": part_of[0], "part": part_of[1]})
                for part, chosen in members.groupby("part"):
                    rows.append(_merged_row(side, group.iloc[chosen["member"].to_numpy()], parts[part]))
        frame = gpd.GeoDataFrame(
            rows, columns=[*AREA_COLUMNS, "geometry"], geometry="geometry", crs=METRIC_CRS
        )
        frame["geometry"] = shapely.simplify(frame.geometry.to_numpy(), SIMPLIFY_M)
        return frame[~frame.geometry.is_empty].reset_index(drop=True)

    def _lines(self, areas, evidence, used, as_of: date) -> gpd.GeoDataFrame:
        """The boundary between the sides, split into its observed and inferred stretches."""
        columns = [*AREA_COLUMNS, "geometry"]
        russian = shapely.union_all(areas.loc[areas["controller"] == "RU", "geometry"].to_numpy())
        line = shapely.difference(shapely.line_merge(shapely.boundary(russian)), self.base.edges)
        line = shapely.simplify(line, SIMPLIFY_M)
        if line.is_empty:
            return gpd.GeoDataFrame(columns=columns, geometry="geometry", crs=METRIC_CRS)
        recent = pd.Timestamp(as_of) - pd.Timedelta(days=RECENT_DAYS)
        fresh = evidence[evidence["last_day"] >= recent]
        # Fighting reported with no side named places the line but not a holder: it counts for both.
        fighting = used[used["holder"].isna() & (used["day"] >= recent)]
        zones = []
        for side in ("UA", "RU"):
            lon = np.concatenate([fresh.loc[fresh["holder"] == side, "lon"], fighting["lon"]])
            lat = np.concatenate([fresh.loc[fresh["holder"] == side, "lat"], fighting["lat"]])
            points = shapely.points(*self.to_metric.transform(lon.astype(float), lat.astype(float)))
            zones.append(shapely.union_all(shapely.buffer(points, OBSERVED_KM * 1000, quad_segs=4)))
        zone = shapely.intersection(*zones)
        x, y = self.to_metric.transform(evidence["lon"].to_numpy(float), evidence["lat"].to_numpy(float))
        points = shapely.points(x, y)
        rows = []
        for certainty, stretch in (
            ("observed", shapely.intersection(line, zone)),
            ("inferred", shapely.difference(line, zone)),
        ):
            stretch = shapely.line_merge(stretch) if stretch.geom_type == "MultiLineString" else stretch
            if stretch.is_empty or stretch.length < SIMPLIFY_M:
                continue
            reach = OBSERVED_KM if certainty == "observed" else SPREAD_KM
            near = evidence[shapely.dwithin(points, stretch, reach * 1000)]
            if certainty == "observed":
                near = near[near["last_day"] >= recent]
            confidence = near["confidence"].mean() if len(near) else INFERRED_CONFIDENCE
            if certainty == "inferred" and len(near):
                confidence *= INFERRED_FACTOR
            rows.append(
                {
                    "controller": None,
                    "confidence": round(float(confidence), 3),
                    "last_evidence_date": near["last_day"].max() if len(near) else None,
                    "event_ids": _join_ids(near["event_ids"]),
                    "n_reports": int(near["reports"].sum()),
                    "certainty": certainty,
                    "geometry": _only_lines(stretch),
                }
            )
        return gpd.GeoDataFrame(rows, columns=columns, geometry="geometry", crs=METRIC_CRS)


def _merged_row(side: str, members: pd.DataFrame, geometry) -> dict:
    weights = shapely.area(members.geometry.to_numpy())
    confidence = np.average(members["confidence"].to_numpy(float), weights=weights) if weights.sum() else 0.0
    return {
        "controller": side,
        "confidence": round(float(confidence), 3),
        "last_evidence_date": members["last_evidence_date"].max(),
        "event_ids": _join_ids(members["event_ids"]),
        "n_reports": int(members["n_reports"].sum()),
        "certainty": "observed",
        "geometry": geometry,
    }


def _join_ids(ids: Iterable[str]) -> str:
    return ";".join(dict.fromkeys(i for joined in ids for i in joined.split(";") if i))


def _only_lines(geometry):
    """The line parts of an overlay result (which may carry stray points), as one (Multi)LineString."""
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "LineString"]
    return parts[0] if len(parts) == 1 else shapely.MultiLineString(parts)


def _to_lonlat(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The frame in EPSG:4326 with dates as ISO strings, as callers and files want them."""
    frame = frame.to_crs("EPSG:4326")
    geometry = frame.geometry.to_numpy()
    broken = ~shapely.is_valid(geometry)  # simplifying and reprojecting may fold a narrow spit
    if broken.any():
        geometry[broken] = shapely.make_valid(geometry[broken], method="structure", keep_collapsed=False)
        frame["geometry"] = geometry
    frame["last_evidence_date"] = pd.Series(
        [
            None if d is None or pd.isna(d) else pd.Timestamp(d).date().isoformat()
            for d in frame["last_evidence_date"]
        ],
        index=frame.index,
        dtype=object,
    )
    frame["confidence"] = frame["confidence"].astype(float).round(3)
    frame["n_reports"] = frame["n_reports"].astype("int64")
    return frame
