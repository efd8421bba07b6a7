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

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely

from geo.errors import FrontmapError
from geo.front.areas import control_areas
from geo.front.baseline import Baseline, baseline
from geo.front.evidence import change_days, control_reports, resolve, split_reports
from geo.front.line import front_line
from geo.front.rules import (
    BASELINE_DAY,
    FRINGE_FACTOR,
    MAX_DAILY_SNAPSHOTS,
    METRIC_CRS,
    NEAR_KM,
    PRIOR_DAYS,
    RECENT_DAYS,
    SPREAD_KM,
)
from geo.front.settlements import Settlements, settlements

# Areas of one side are dissolved within these confidence classes (upper bounds), so the map shows
# where the estimate is firm and where it is a guess without a polygon per report.
CONFIDENCE_CLASSES = (0.5, 1.0)
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
    return _Estimator(reports, horizon=as_of).front(as_of)


def front_snapshots(events: gpd.GeoDataFrame | None, dates: Iterable[date] | None = None) -> list[Front]:
    """One Front per day, in order: for ``dates``, or else for each day control changes.

    With no ``dates``, a snapshot is made for every day some place changes hands (by the rules of
    ``geo.front.evidence``); past ``MAX_DAILY_SNAPSHOTS`` such days, for the last of them in each
    week. No events with a date give one snapshot, the baseline on 2022-02-24.
    """
    reports = control_reports(events)
    estimator = _Estimator(reports)
    if dates is None:
        days = change_days(estimator.reports, estimator.baseline_holder) or [BASELINE_DAY]
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

    def __init__(self, reports: pd.DataFrame, horizon: date | None = None) -> None:
        """``horizon``: the last day fronts will be asked for, if known (reports more than
        PRIOR_DAYS after it can say nothing about it and are left out at once)."""
        self.base: Baseline = baseline()
        self.places: Settlements = settlements()
        self.to_metric = _to_metres()
        later = reports.iloc[:0]
        if horizon is not None:
            kept = (reports["day"] <= pd.Timestamp(horizon) + pd.Timedelta(days=PRIOR_DAYS)).to_numpy()
            reports, later = reports[kept], reports[~kept]
        self.reports = reports = self._at_settlements(reports)
        # Whether any report near a settlement is dated at all (the note says so when none is).
        self.dated = not reports.empty or not self._at_settlements(later).empty
        self._bases = (("RU", self.base.russian), ("UA", self.base.ukrainian))
        self.days = reports["day"].to_numpy()
        self.changes, self.contacts = split_reports(reports)
        self._memo: dict = {}
        self.fighting = reports[reports["holder"].isna()]
        # Evidence only ever stands at a reported settlement: its point and the settlements within
        # SPREAD_KM of it are found once here, not once per snapshot.
        self.keys = np.unique(reports["key"].to_numpy(np.int64))
        lonlat = self.places.lonlat[self.keys]
        self.key_points = shapely.points(*self.to_metric.transform(lonlat[:, 0], lonlat[:, 1]))
        found_key, found_place = self.places.tree.query(
            self.key_points, predicate="dwithin", distance=SPREAD_KM * 1000
        )
        self.pairs = (
            found_key,
            found_place,
            shapely.distance(self.key_points[found_key], self.places.points[found_place]),
        )

    def _at_settlements(self, reports: pd.DataFrame) -> pd.DataFrame:
        """The reports keyed by their nearest settlement (within SPREAD_KM) and placed at it.

        A report speaks for the settlements around it, so a village reported on by many outlets,
        each placing it a little differently, is one piece of evidence; and the work per day grows
        with the settlements reported on, not with the reports. Reports farther from every
        settlement (at sea, off the map) are left out.
        """
        if reports.empty:
            return reports
        # Many reports share a point (a place's gazetteer coordinates): each point is looked up once.
        points, at = np.unique(
            np.column_stack([reports["lon"].to_numpy(float), reports["lat"].to_numpy(float)]),
            axis=0,
            return_inverse=True,
        )
        x, y = self.to_metric.transform(points[:, 0], points[:, 1])
        found_point, nearest_of_point = self.places.tree.query_nearest(
            shapely.points(x, y), max_distance=SPREAD_KM * 1000, all_matches=False
        )
        nearest = np.full(len(points), -1, np.int64)
        nearest[found_point] = nearest_of_point
        nearest = nearest[at.ravel()]
        found = np.flatnonzero(nearest >= 0)
        lonlat = self.places.lonlat[nearest[found]]
        return (
            reports.iloc[found]
            .assign(key=nearest[found], lon=lonlat[:, 0], lat=lonlat[:, 1])
            .reset_index(drop=True)
        )

    def baseline_holder(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """The baseline's side ("RU"/"UA") at each (lon, lat)."""
        points = shapely.points(*self.to_metric.transform(np.asarray(lon, float), np.asarray(lat, float)))
        return np.where(shapely.contains(self.base.russian, points), "RU", "UA")

    def front(self, as_of: date) -> Front:
        evidence = resolve(self.changes, self.contacts, as_of, self.baseline_holder)
        day = pd.Timestamp(as_of).to_datetime64()
        # Reports are in date order: those up to the day, and captures in the month after it.
        until = np.searchsorted(self.days, day, side="right")
        soon = np.searchsorted(self.days, day + np.timedelta64(PRIOR_DAYS, "D"), side="right")
        counts = self.reports["reports"].to_numpy()
        count = int(
            counts[:until].sum() + counts[until:soon][self.reports["change"].to_numpy()[until:soon]].sum()
        )
        points = self.key_points[np.searchsorted(self.keys, evidence["key"].to_numpy(np.int64))]
        labels = self._labels(evidence)
        areas, russian = control_areas(self.places, self.base, labels, evidence, self._memo)
        lines = front_line(russian, self.base.edges, evidence, points, self._fighting_points(as_of), as_of)
        if not self.dated:
            note = "no dated events: baseline only (who held what on 2022-02-23)"
        elif evidence.empty:
            note = (
                f"no reports of control by {as_of.isoformat()}: baseline only (who held what on 2022-02-23)"
            )
        else:
            note = f"estimated from {count} reports"
        return Front(as_of, _to_lonlat(areas), _to_lonlat(lines), count, note)

    def _fighting_points(self, as_of: date) -> np.ndarray:
        """Where fighting with no side named was reported in the RECENT_DAYS up to ``as_of`` (metres)."""
        days = self.fighting["day"].to_numpy()
        day = pd.Timestamp(as_of)
        recent = self.fighting.iloc[
            np.searchsorted(days, (day - pd.Timedelta(days=RECENT_DAYS)).to_datetime64()) : np.searchsorted(
                days, day.to_datetime64(), side="right"
            )
        ]
        x, y = self.to_metric.transform(recent["lon"].to_numpy(float), recent["lat"].to_numpy(float))
        return shapely.points(x, y)

    def _labels(self, evidence: pd.DataFrame) -> pd.DataFrame:
        """Each settlement within SPREAD_KM of evidence, with the nearest evidence, its holder and the
        confidence there (lowered beyond NEAR_KM), and the confidence class it is dissolved in.

        Rows are in settlement order; of two pieces of evidence as near, the first in ``evidence``.
        """
        row_of_key = np.full(len(self.keys), -1, np.int64)
        row_of_key[np.searchsorted(self.keys, evidence["key"].to_numpy(np.int64))] = np.arange(len(evidence))
        found_key, found_place, found_distance = self.pairs
        found_evidence = row_of_key[found_key]
        kept = found_evidence >= 0
        found_evidence, found_place, found_distance = (
            found_evidence[kept],
            found_place[kept],
            found_distance[kept],
        )
        order = np.lexsort((found_evidence, found_distance, found_place))
        first = order[np.r_[True, found_place[order][1:] != found_place[order][:-1]]] if len(order) else order
        chosen = found_evidence[first]
        distance = found_distance[first]
        confidence = evidence["confidence"].to_numpy(float)[chosen] * np.where(
            distance > NEAR_KM * 1000, FRINGE_FACTOR, 1.0
        )
        return pd.DataFrame(
            {
                "evidence": chosen,
                "place": found_place[first],
                "distance": distance,
                "holder": evidence["holder"].to_numpy(object)[chosen],
                "confidence": confidence,
                "level": np.searchsorted(CONFIDENCE_CLASSES, confidence),
            }
        )


def _to_metres() -> pyproj.Transformer:
    """Degrees to METRIC_CRS (built once per thread: building one costs ~30 ms, and a Transformer
    is not to be shared between threads)."""
    return _transformer("EPSG:4326", METRIC_CRS, threading.get_ident())


def _to_degrees() -> pyproj.Transformer:
    """METRIC_CRS to degrees (once per thread, as ``_to_metres``)."""
    return _transformer(METRIC_CRS, "EPSG:4326", threading.get_ident())


@cache
def _transformer(source: str, target: str, thread: int) -> pyproj.Transformer:
    return pyproj.Transformer.from_crs(source, target, always_xy=True)


def _to_lonlat(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The frame in EPSG:4326 with dates as ISO strings, as callers and files want them."""
    # What GeoDataFrame.to_crs does, without building the transformation for every snapshot.
    geometry = shapely.transform(frame.geometry.to_numpy(), _to_degrees().transform, interleaved=False)
    frame = gpd.GeoDataFrame(frame.drop(columns="geometry"), geometry=geometry, crs="EPSG:4326")
    broken = ~shapely.is_valid(geometry)  # simplifying and reprojecting may fold a narrow spit
    if broken.any():
        geometry[broken] = shapely.make_valid(geometry[broken], method="structure", keep_collapsed=False)
        frame["geometry"] = geometry
    days = pd.to_datetime(frame["last_evidence_date"])
    frame["last_evidence_date"] = days.dt.strftime("%Y-%m-%d").astype(object).where(days.notna(), None)
    frame["confidence"] = frame["confidence"].astype(float).round(3)
    frame["n_reports"] = frame["n_reports"].astype("int64")
    return frame
