"""The data a map carries: events and places as one compact JSON document, safe inside a <script>.

Events travel as columns (one array per field) rather than 100,000 GeoJSON features, with repeated
text (sentences, places, sources) stored once in tables and referenced by index: at 100,000 events this
keeps the page well under 25 MB and lets the browser parse it in one ``JSON.parse``. Nothing here is
trusted: text is only ever escaped for JSON here and set as text (never as HTML) by the page's script.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import numpy as np
import pandas as pd

from .errors import MapError
from .symbols import ACTOR_COLOURS, ACTOR_LABELS, TYPE_SHAPES, actor_colour, type_label, type_shape

REQUIRED_COLUMNS = (
    "event_id",
    "event_type",
    "actor",
    "place",
    "place_kind",
    "geo_precision",
    "date",
    "date_precision",
    "sentence",
    "title",
    "source",
    "url",
    "published",
    "source_count",
    "geometry",
)
# Coordinates to 5 decimals (about 1 m): finer is noise for a news map and costs bytes.
COORD_DIGITS = 5
_SAFE_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f<>\"']+$", re.IGNORECASE)
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")
_EPOCH = pd.Timestamp("1970-01-01")
SOURCE_FIELDS = ("title", "url", "source", "published")


def safe_url(url: Any) -> str:
    """Return ``url`` if it is an http(s) URL, else "" (javascript:, data: and junk are dropped)."""
    if not isinstance(url, str):
        return ""
    url = url.strip()
    return url if _SAFE_URL.match(url) else ""


def script_json(data: Any) -> str:
    """Serialise ``data`` as JSON that can sit inside a <script> element without ending or breaking it.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes (so "</script>" and "<!--" cannot appear), and so do
    U+2028/U+2029, which older JavaScript parsers treat as line ends.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _SCRIPT_UNSAFE.sub(lambda match: _SCRIPT_ESCAPES[match.group(0)], text)


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _optional(value: Any) -> str | None:
    text = _text(value)
    return text or None


def check_events(events) -> None:
    """Raise MapError if ``events`` lacks a column of the event table (notes/event_schema.md)."""
    missing = [column for column in REQUIRED_COLUMNS if column not in events.columns]
    if missing:
        raise MapError(f"events lack column(s) {', '.join(missing)}: pass the frame from geo.events_frame()")


def _days(dates: pd.Series) -> list[int | None]:
    """ISO dates as days since 1970-01-01 (what the time slider counts in); unknown or bad -> None."""
    parsed = pd.to_datetime(dates.map(_optional), errors="coerce", format="%Y-%m-%d")
    days = (parsed - _EPOCH).dt.days
    return [None if pd.isna(day) else int(day) for day in days]


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


def _sources_of(row: Any) -> list[tuple[str, str, str, str]]:
    """The (title, url, source, published) of every article behind one event, the row's own first."""
    own = (_text(row.title), safe_url(row.url), _text(row.source), _text(row.published))
    found = [own]
    seen = {own[1] or own[0]}  # one article is one URL, or one title where the URL was dropped
    merged = getattr(row, "sources", None)
    if isinstance(merged, (list, tuple, np.ndarray)):
        for item in merged:
            if isinstance(item, dict):
                entry = (
                    _text(item.get("title")),
                    safe_url(item.get("url")),
                    _text(item.get("source")),
                    _text(item.get("published")),
                )
                if (entry[1] or entry[0]) not in seen:
                    seen.add(entry[1] or entry[0])
                    found.append(entry)
    return found


def _type_entry(event_type: str) -> dict[str, str]:
    return {"key": event_type, "label": type_label(event_type), "shape": type_shape(event_type)}


def _actor_entry(actor: str) -> dict[str, str]:
    return {"key": actor, "label": ACTOR_LABELS[actor], "colour": actor_colour(actor)}


def events_payload(events) -> dict[str, Any]:
    """Turn an event table into the columnar document the page's script draws.

    Rows without a point geometry cannot be drawn and are left out. Events are ordered by date (unknown
    last) so that events stacked at one place read in time order.
    """
    check_events(events)
    frame = events[events.geometry.notna() & ~events.geometry.is_empty]
    frame = frame[frame.geometry.geom_type == "Point"].copy()
    frame["_day"] = _days(frame["date"])
    frame = frame.sort_values("_day", na_position="last", kind="stable")

    types, actors, places, sentences, sources = _Table(), _Table(), _Table(), _Table(), _Table()
    # Known types and actors first, in the legend's order; others follow as they come.
    present_types = set(frame["event_type"].map(_text))
    for event_type in (*TYPE_SHAPES, *sorted(present_types)):
        if event_type in present_types:
            types.add(event_type, _type_entry(event_type))
    present_actors = set(frame["actor"].map(_text))
    for actor in ACTOR_COLOURS:
        if actor in present_actors or (actor == "unknown" and not present_actors <= set(ACTOR_COLOURS)):
            actors.add(actor, _actor_entry(actor))
    precisions, stacks = _Table(), _Table()
    lon = [round(float(x), COORD_DIGITS) for x in frame.geometry.x]
    lat = [round(float(y), COORD_DIGITS) for y in frame.geometry.y]
    columns: dict[str, list[Any]] = {
        key: [] for key in ("type", "actor", "place", "sentence", "src", "precision", "stack")
    }
    for row, x, y in zip(frame.itertuples(index=False), lon, lat, strict=True):
        event_type = _text(row.event_type)
        actor = _text(row.actor) if _text(row.actor) in ACTOR_COLOURS else "unknown"
        columns["type"].append(types.add(event_type))
        columns["actor"].append(actors.add(actor))
        columns["place"].append(
            places.add(
                (_text(row.place), _text(row.place_kind)),
                {
                    "name": _text(row.place),
                    "kind": _text(row.place_kind),
                },
            )
        )
        columns["sentence"].append(sentences.add(_text(row.sentence)))
        columns["src"].append([sources.add(entry, list(entry)) for entry in _sources_of(row)])
        columns["precision"].append(precisions.add(_optional(row.date_precision)))
        columns["stack"].append(stacks.add((x, y)))
    return {
        "n": len(frame),
        "id": [_text(value) for value in frame["event_id"]],
        "lon": lon,
        "lat": lat,
        "day": [None if pd.isna(day) else int(day) for day in frame["_day"]],
        "geoPrecision": [int(value) if not pd.isna(value) else 0 for value in frame["geo_precision"]],
        "sourceCount": [int(value) if not pd.isna(value) else 1 for value in frame["source_count"]],
        **columns,
        "types": types.values,
        "actors": actors.values,
        "places": places.values,
        "sentences": sentences.values,
        "sourceFields": list(SOURCE_FIELDS),
        "sources": sources.values,
        "precisions": precisions.values,
    }


def places_payload(places) -> list[dict[str, Any]]:
    """The resolved places named in the articles, most mentioned first: name, kind, count, lon, lat."""
    if places is None or len(places) == 0:
        return []
    frame = places[places.geometry.notna() & ~places.geometry.is_empty]
    frame = frame[frame.geometry.geom_type == "Point"]
    if "mention_count" in frame.columns:
        frame = frame.sort_values("mention_count", ascending=False, kind="stable")
    rows = []
    for row in frame.itertuples(index=False):
        rows.append(
            {
                "name": _text(row.name),
                "kind": _text(getattr(row, "kind", "")),
                "count": int(getattr(row, "mention_count", 1) or 1),
                "lon": round(float(row.geometry.x), COORD_DIGITS),
                "lat": round(float(row.geometry.y), COORD_DIGITS),
            }
        )
    return rows
