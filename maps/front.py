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
from .front_shapes import COORD_SCALE, encode_areas, encode_lines, prepare
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
_EPOCH = pd.Timestamp("1970-01-01")


def check_front(front) -> None:
    """Raise MapError if ``front`` is not the estimated-front table the map draws."""
    if not hasattr(front, "geometry") or not hasattr(front, "columns"):
        raise MapError(
            f"front is a {type(front).__name__}, not a GeoDataFrame: pass geo.front.front_table()'s table"
        )
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


def _merged_ids(events) -> dict[str, str]:
    """Each report id merged into an event of ``events`` -> that event's id.

    The estimate names the reports it rests on; a map of merged events (``source_count``) shows one
    event for several of them, found through the merged table's ``event_ids`` (a list, or text joined
    with commas or semicolons as file formats keep it).
    """
    if (
        events is None
        or "event_ids" not in getattr(events, "columns", ())
        or "event_id" not in events.columns
    ):
        return {}
    aliases: dict[str, str] = {}
    for event_id, members in zip(events["event_id"], events["event_ids"], strict=True):
        if isinstance(members, str):
            members = members.replace(",", ";").split(";")
        if isinstance(members, (list, tuple, np.ndarray)):
            for member in members:
                if isinstance(member, str) and member.strip():
                    aliases.setdefault(member.strip(), str(event_id))
    return aliases


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
    """The rows of the latest snapshot of ``front`` (an empty frame when no row can be drawn)."""
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


def snapshot_note(rows) -> str:
    """What one snapshot rests on, in words: the table's own ``note`` (geo.front writes one, so the
    map says what the export says), else "estimated from N reports" counted here."""
    if "note" in rows.columns:
        notes = [note for note in rows["note"] if isinstance(note, str) and note.strip()]
        if notes:
            return notes[0].strip()
    count = report_count(rows)
    if count == 0:
        return "baseline only (no report moves it)"
    return f"estimated from {count} {'report' if count == 1 else 'reports'}"


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


def _shapes(rows) -> tuple[list[int | None], list]:
    """Encode each distinct geometry once, however many snapshots repeat it (rows compared by WKB).

    Returns, per row, the index of its shape (None: nothing left to draw), and the shapes.
    """
    keys = pd.Series(shapely.to_wkb(rows.geometry.to_numpy())) + rows["kind"].str.encode("ascii")
    codes, _ = pd.factorize(keys)
    first = pd.Series(np.arange(len(rows))).groupby(codes).first().to_numpy()
    geometries = prepare(rows.geometry.to_numpy()[first], BASE_BOX)
    is_area = rows["kind"].to_numpy()[first] == "area"
    encoded: list[list] = [[] for _ in range(len(first))]
    lines = shapely.line_merge(geometries[~is_area])  # a line's touching pieces drawn as one path
    for mask, shapes_of_kind in (
        (is_area, encode_areas(geometries[is_area])),
        (~is_area, encode_lines(lines)),
    ):
        for position, shape in zip(np.flatnonzero(mask).tolist(), shapes_of_kind, strict=True):
            encoded[position] = shape
    shapes: list = []
    numbered: list[int | None] = []
    for shape in encoded:
        numbered.append(len(shapes) if shape else None)
        if shape:
            shapes.append(shape)
    return [numbered[code] for code in codes], shapes


def front_payload(front, events=None) -> dict[str, Any] | None:
    """Turn the estimated-front table into the document the page's script draws; None when empty.

    ``snapshots`` lists, per date (days since 1970-01-01, ascending), the areas and lines drawn from
    that day until the next snapshot and how many reports the estimate rests on. ``areas`` and
    ``lines`` are columns; ``shapes`` holds each distinct geometry once, referenced by index.
    ``events``, the table the map draws, lets an area list a merged event once for the reports in it.
    """
    if front is None:
        return None
    aliases = _merged_ids(events)
    rows = drawable(front)
    if not len(rows):
        return None
    rows = rows.sort_values(["_day", "kind"], kind="stable").reset_index(drop=True)
    shape_of_row, shapes = _shapes(rows)
    ids, certainties = _Table(), _Table()
    last_days = _days(rows["last_evidence_date"])
    areas: dict[str, list[Any]] = {
        key: [] for key in ("side", "confidence", "last", "reports", "nReports", "certainty", "shape")
    }
    lines: dict[str, list[Any]] = {key: [] for key in ("certainty", "confidence", "shape")}
    snapshots: dict[str, list[Any]] = {"day": [], "reports": [], "note": [], "areas": [], "lines": []}
    for day, snapshot in rows.groupby("_day", sort=True):
        snapshots["day"].append(int(day))
        snapshots["reports"].append(report_count(snapshot))
        snapshots["note"].append(snapshot_note(snapshot))
        snapshot_areas: list[int] = []
        snapshot_lines: list[int] = []
        for at, row in zip(snapshot.index, snapshot.itertuples(index=False), strict=True):
            shape = shape_of_row[at]
            if shape is None:
                continue
            confidence = round(min(1.0, max(0.0, _number(row.confidence, 0.0))), 2)
            certainty = certainties.add(row.certainty if isinstance(row.certainty, str) else "inferred")
            if row.kind == "area":
                snapshot_areas.append(len(areas["shape"]))
                areas["side"].append(SIDES.index(row.controller))
                areas["confidence"].append(confidence)
                areas["last"].append(int(last_days[at]) if last_days[at] >= 0 else None)
                shown = dict.fromkeys(aliases.get(event_id, event_id) for event_id in _ids(row.event_ids))
                areas["reports"].append([ids.add(event_id) for event_id in shown])
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
        "shapes": shapes,
    }


def area_opacity(confidence: float) -> float:
    """The fill opacity of a control area of this confidence (0-1), the same on the page and the image."""
    return MIN_OPACITY + (MAX_OPACITY - MIN_OPACITY) * min(1.0, max(0.0, confidence))
