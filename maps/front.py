"""The estimated front as map data: the control areas and front lines of every snapshot, column-wise.

The estimate (made in ``geo.front``, which this package does not import) arrives as one GeoDataFrame
with every snapshot stacked (see ``FRONT_COLUMNS``). The page needs all snapshots up front so the time
slider only switches between them, never recomputes; to keep that small, each distinct shape is sent
once (a year of weekly snapshots repeats most areas unchanged) and coordinates travel as integers of
1e-4 degrees, each point as the difference from the one before. Text here (event ids) is untrusted and
set with ``textContent`` by the page's script, like everything else.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import shapely

from .basemap import BASE_BOX
from .errors import MapError
from .symbols import ACTOR_COLOURS, ACTOR_LABELS

FRONT_COLUMNS = (
    "as_of",
    "kind",
    "controller",
    "confidence",
    "last_evidence_date",
    "event_ids",
    "n_reports",
    "certainty",
    "geometry",
)
FRONT_LABEL = "Front line (estimated)"
SIDES = ("UA", "RU")
# Fill opacity of a control area: from barely tinted (confidence 0) to clearly shaded (confidence 1),
# light enough that events and place labels stay readable on top.
MIN_OPACITY = 0.06
MAX_OPACITY = 0.42
LINE_COLOUR = "#1b1b1b"
# Inferred stretches of the line are dashed: 7 px drawn, 6 px gap (matplotlib: the same in points).
DASH = (7, 6)
# 1e-4 degrees is about 11 m: far finer than the estimate, and each point costs a few bytes.
COORD_SCALE = 10_000
# Shapes are simplified to about 100 m before drawing; the estimate is not more precise than that.
SIMPLIFY_DEGREES = 0.001
_EPOCH = pd.Timestamp("1970-01-01")


def check_front(front) -> None:
    """Raise MapError if ``front`` is not the estimated-front table the map draws."""
    missing = [column for column in FRONT_COLUMNS if column not in front.columns]
    if missing:
        raise MapError(
            f"front lacks column(s) {', '.join(missing)}: pass the table from geo.front.front_table()"
        )
    kinds = set(front["kind"].dropna().astype(str)) - {"area", "front_line"}
    if kinds:
        raise MapError(
            f"front has unknown kind(s) {', '.join(sorted(kinds))}: expected 'area' or 'front_line'"
        )


def _in_wgs84(front):
    if front.crs is not None and not front.crs.equals("EPSG:4326"):
        return front.to_crs("EPSG:4326")
    return front


def _days(values: pd.Series) -> np.ndarray:
    """ISO dates as days since 1970-01-01 (what the time slider counts in); bad or missing -> -1."""
    parsed = pd.to_datetime(values.astype("string"), errors="coerce", format="%Y-%m-%d")
    days = (parsed - _EPOCH).dt.days
    return days.fillna(-1).astype("int64").to_numpy()


def _ids(value: Any) -> list[str]:
    if not isinstance(value, str):
        return []
    return [part.strip() for part in value.split(";") if part.strip()]


def _number(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return default if math.isnan(number) else number


def drawable(front):
    """The rows of ``front`` that can be drawn: a known kind, a dated snapshot, a non-empty shape."""
    check_front(front)
    front = _in_wgs84(front)
    geometries = front.geometry.to_numpy()
    keep = (
        ~shapely.is_missing(geometries)
        & ~shapely.is_empty(geometries)
        & front["kind"].isin(["area", "front_line"])
    )
    front = front[keep]
    area = front["kind"] == "area"
    front = front[~area | front["controller"].isin(SIDES)]
    days = _days(front["as_of"])
    return front[days >= 0].assign(_day=days[days >= 0])


def latest_snapshot(front):
    """The rows of the latest snapshot of ``front`` (None or no drawable rows: an empty frame)."""
    rows = drawable(front)
    if not len(rows):
        return rows
    return rows[rows["_day"] == rows["_day"].max()]


def report_count(rows) -> int:
    """How many distinct reports one snapshot's areas rest on ("estimated from N reports").

    Counted from the event ids so one report behind two areas counts once; a table that carries only
    counts (no ids) is summed instead.
    """
    areas = rows[rows["kind"] == "area"]
    ids = {event_id for value in areas["event_ids"] for event_id in _ids(value)}
    if ids:
        return len(ids)
    return int(sum(_number(value, 0) for value in areas["n_reports"]))


def _ring(coordinates: np.ndarray, closed: bool) -> list[int]:
    """One ring or path as flat integer deltas: x0, y0, dx1, dy1, ... (repeated points dropped)."""
    scaled = np.round(coordinates * COORD_SCALE).astype(np.int64)
    if closed and len(scaled) > 1 and (scaled[0] == scaled[-1]).all():
        scaled = scaled[:-1]
    if len(scaled) > 1:
        moved = np.any(scaled[1:] != scaled[:-1], axis=1)
        scaled = scaled[np.concatenate(([True], moved))]
    deltas = np.vstack((scaled[:1], np.diff(scaled, axis=0)))
    return deltas.ravel().tolist()


def _singles(geometry) -> list:
    """The single parts of a geometry, collections and multi-parts (nested too) opened up."""
    parts = shapely.get_parts(geometry)
    while any(part.geom_type.startswith(("Multi", "GeometryCollection")) for part in parts):
        parts = shapely.get_parts(parts)
    return [part for part in parts if not part.is_empty]


def _polygons(geometry) -> list[list[list[int]]]:
    out = []
    for polygon in _singles(geometry):
        if polygon.geom_type != "Polygon":
            continue
        rings = [
            _ring(np.asarray(ring.coords)[:, :2], closed=True)
            for ring in (polygon.exterior, *polygon.interiors)
        ]
        if len(rings[0]) >= 6:  # a ring needs three points
            out.append([ring for ring in rings if len(ring) >= 6])
    return out


def _lines(geometry) -> list[list[int]]:
    out = []
    for line in _singles(geometry):
        if line.geom_type not in ("LineString", "LinearRing"):
            continue
        path = _ring(np.asarray(line.coords)[:, :2], closed=False)
        if len(path) >= 4:
            out.append(path)
    return out


def _valid(geometry):
    return geometry if geometry.is_valid else shapely.make_valid(geometry)


def _shape(geometry, kind: str) -> list:
    """A shape for the page: polygons as lists of rings, lines as lists of paths (see ``_ring``)."""
    geometry = shapely.clip_by_rect(_valid(geometry) if kind == "area" else geometry, *BASE_BOX)
    geometry = shapely.simplify(geometry, SIMPLIFY_DEGREES, preserve_topology=True)
    if kind == "area":
        # Snapped to the grid the page counts in: slivers thinner than that vanish instead of drawing
        # as lines. Simplifying can leave a polygon invalid, which snapping needs mended first.
        return _polygons(shapely.set_precision(_valid(geometry), 1 / COORD_SCALE))
    return _lines(shapely.line_merge(geometry) if geometry.geom_type == "MultiLineString" else geometry)


class _Table:
    """Stores each distinct value once and hands out its index."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self._index: dict[Any, int] = {}

    def add(self, key: Any, value: Any = None) -> int:
        if key not in self._index:
            self._index[key] = len(self.values)
            self.values.append(key if value is None else value)
        return self._index[key]


def front_payload(front) -> dict[str, Any] | None:
    """Turn the estimated-front table into the document the page's script draws; None when empty.

    ``snapshots`` lists, per date (days since 1970-01-01, ascending), the areas and lines drawn from
    that day until the next snapshot and how many reports the estimate rests on. ``areas`` and
    ``lines`` are columns; ``shapes`` holds each distinct geometry once, referenced by index.
    """
    if front is None:
        return None
    rows = drawable(front)
    if not len(rows):
        return None
    rows = rows.sort_values(["_day", "kind"], kind="stable").reset_index(drop=True)
    shapes, ids, certainties = _Table(), _Table(), _Table()
    keys = shapely.to_wkb(rows.geometry.to_numpy())
    last_days = _days(rows["last_evidence_date"])
    shape_of_key: dict[tuple[bytes, str], int | None] = {}

    def shape_index(at: int, kind: str) -> int | None:
        """Each distinct geometry is simplified and encoded once, however many snapshots repeat it."""
        key = (keys[at], kind)
        if key not in shape_of_key:
            encoded = _shape(rows.geometry.iat[at], kind)
            shape_of_key[key] = shapes.add(key, encoded) if encoded else None
        return shape_of_key[key]

    areas: dict[str, list[Any]] = {
        key: [] for key in ("side", "confidence", "last", "reports", "nReports", "certainty", "shape")
    }
    lines: dict[str, list[Any]] = {key: [] for key in ("certainty", "confidence", "shape")}
    snapshots: dict[str, list[Any]] = {"day": [], "reports": [], "areas": [], "lines": []}
    for day, snapshot in rows.groupby("_day", sort=True):
        snapshots["day"].append(int(day))
        snapshots["reports"].append(report_count(snapshot))
        snapshot_areas: list[int] = []
        snapshot_lines: list[int] = []
        for at, row in zip(snapshot.index, snapshot.itertuples(index=False), strict=True):
            shape = shape_index(at, row.kind)
            if shape is None:
                continue
            confidence = round(min(1.0, max(0.0, _number(row.confidence, 0.0))), 2)
            certainty = certainties.add(row.certainty if isinstance(row.certainty, str) else "inferred")
            if row.kind == "area":
                snapshot_areas.append(len(areas["shape"]))
                areas["side"].append(SIDES.index(row.controller))
                areas["confidence"].append(confidence)
                areas["last"].append(int(last_days[at]) if last_days[at] >= 0 else None)
                areas["reports"].append([ids.add(event_id) for event_id in _ids(row.event_ids)])
                areas["nReports"].append(int(_number(row.n_reports, 0)))
                areas["certainty"].append(certainty)
                areas["shape"].append(shape)
            else:
                snapshot_lines.append(len(lines["shape"]))
                lines["certainty"].append(certainty)
                lines["confidence"].append(confidence)
                lines["shape"].append(shape)
        snapshots["areas"].append(snapshot_areas)
        snapshots["lines"].append(snapshot_lines)
    return {
        "label": FRONT_LABEL,
        "scale": COORD_SCALE,
        "style": {
            "minOpacity": MIN_OPACITY,
            "maxOpacity": MAX_OPACITY,
            "line": LINE_COLOUR,
            "dash": " ".join(str(part) for part in DASH),
        },
        "sides": [
            {"key": side, "label": ACTOR_LABELS[side], "colour": ACTOR_COLOURS[side]} for side in SIDES
        ],
        "certainties": certainties.values,
        "snapshots": snapshots,
        "areas": areas,
        "lines": lines,
        "ids": ids.values,
        "shapes": shapes.values,
    }


def area_opacity(confidence: float) -> float:
    """The fill opacity of a control area of this confidence (0-1), the same on the page and the image."""
    return MIN_OPACITY + (MAX_OPACITY - MIN_OPACITY) * min(1.0, max(0.0, confidence))
