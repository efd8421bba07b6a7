"""The data a map carries: events and places as one compact JSON document, safe inside a <script>.

Events travel as columns (one array per field) rather than 100,000 GeoJSON features, with repeated
text (sentences, places, sources) stored once in tables and referenced by index: at 100,000 events this
keeps the page well under 25 MB and lets the browser parse it in one ``JSON.parse``. Nothing here is
trusted: text is only ever escaped for JSON here and set as text (never as HTML) by the page's script.
"""

from __future__ import annotations

import gc
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import orjson
import pandas as pd
import shapely
from pandas.api.types import infer_dtype

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
    U+2028/U+2029, which older JavaScript parsers treat as line ends. These characters occur only
    inside JSON strings, so the escaped text is the same JSON. orjson writes the 16 MB document of
    100,000 events about three times faster than the standard library (NaN becomes null).
    """
    text = orjson.dumps(data).decode("utf-8")
    for unsafe, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(unsafe, escaped)
    return text


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


def _each_distinct(values, function) -> np.ndarray:
    """``function`` of every value, as an object array, calling it once per distinct value.

    A column of 100,000 events holds a few thousand distinct sentences, dates or URLs; the checks and
    conversions below run on those, and numpy spreads the answers back over the rows. None and NaN
    are one missing value, given to ``function`` as None.
    """
    codes, distinct = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    answers = np.empty(len(distinct) + 1, dtype=object)
    answers[:] = [function(value) for value in distinct] + [function(None)]
    return answers[codes]  # code -1 (missing) takes the last answer


def _texts(values) -> np.ndarray:
    """``_text`` of every value; a column that holds only strings (the usual case) is taken as it is."""
    values = np.asarray(values, dtype=object)
    if infer_dtype(values, skipna=False) == "string":
        return values
    return _each_distinct(values, _text)


def _first_seen(*columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Number the distinct rows of ``columns`` in the order they first appear: (codes, first row of each)."""
    codes = pd.factorize(columns[0], use_na_sentinel=False)[0]
    for column in columns[1:]:  # pairs of codes as one integer, numbered again: never overflows
        more, distinct = pd.factorize(column, use_na_sentinel=False)
        codes = pd.factorize(codes * len(distinct) + more)[0]
    first = np.full(codes.max() + 1 if len(codes) else 0, len(codes), dtype="int64")
    np.minimum.at(first, codes, np.arange(len(codes)))
    return codes, first


def _days(dates) -> np.ndarray:
    """ISO dates as days since 1970-01-01 (what the time slider counts in); unknown or bad -> NaN."""
    codes, distinct = pd.factorize(pd.Series(dates, dtype=object), use_na_sentinel=True)
    texts = pd.Series([_optional(value) for value in distinct] + [None], dtype=object)
    parsed = pd.to_datetime(texts, errors="coerce", format="%Y-%m-%d")
    return ((parsed - _EPOCH).dt.days.to_numpy(dtype="float64", na_value=np.nan))[codes]


def _whole_days(days: np.ndarray) -> list[int | None]:
    """Days as ints, NaN as None (the JSON null the page reads as "undated")."""
    whole = np.nan_to_num(days).astype("int64").tolist()
    for k in np.flatnonzero(np.isnan(days)).tolist():
        whole[k] = None
    return whole


def _integers(values: np.ndarray, default: int) -> list[int]:
    """Whole numbers (``default`` where missing) of an integer column, or of any column value by value."""
    if values.dtype.kind in "iu":
        return values.tolist()
    return _each_distinct(values, lambda v: default if v is None or pd.isna(v) else int(v)).tolist()


def _type_entry(event_type: str) -> dict[str, str]:
    return {"key": event_type, "label": type_label(event_type), "shape": type_shape(event_type)}


def _actor_entry(actor: str) -> dict[str, str]:
    return {"key": actor, "label": ACTOR_LABELS[actor], "colour": actor_colour(actor)}


def _codes(values: np.ndarray, table: list[str]) -> list[int]:
    """Each value's index in ``table`` (which holds every value)."""
    codes, distinct = pd.factorize(values)
    return _lookup(codes, distinct.tolist(), table)


def _lookup(codes: np.ndarray, values: list[str], table: list[str]) -> list[int]:
    """For codes into ``values``, the index of each value in ``table``."""
    return np.array([table.index(value) for value in values], dtype="int64")[codes].tolist()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause CPython's cycle collector while a payload's lists are made.

    A map of 100,000 events makes a few hundred thousand small lists, none of them in a reference
    cycle; the collector would otherwise walk the whole heap (the event table included) several
    times meanwhile, which took a third of the payload's time. Reference counting still frees
    everything as usual.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def events_payload(events) -> dict[str, Any]:
    """Turn an event table into the columnar document the page's script draws.

    Rows without a point geometry cannot be drawn and are left out. Events are ordered by date (unknown
    last) so that events stacked at one place read in time order. Built column by column (text checked
    once per distinct value), so 100,000 events take a fraction of a second.
    """
    check_events(events)
    with collector_paused():
        return _columns(events)


def _columns(events) -> dict[str, Any]:
    """The document of events_payload, once the table is known to have every column."""
    points = shapely.get_type_id(events.geometry.to_numpy()) == shapely.GeometryType.POINT
    points &= ~shapely.is_empty(events.geometry.to_numpy())
    frame = events if points.all() else events[points]
    day = _days(frame["date"].to_numpy())
    order = np.argsort(np.where(np.isnan(day), np.inf, day), kind="stable")
    day = day[order]

    def column(name: str) -> np.ndarray:
        return _texts(frame[name].to_numpy()[order])

    # Known types and actors first, in the legend's order; others follow sorted.
    event_types = column("event_type")
    present_types = set(event_types.tolist())
    type_keys = list(dict.fromkeys(t for t in (*TYPE_SHAPES, *sorted(present_types)) if t in present_types))
    actor_codes, present = pd.factorize(column("actor"))
    present_actors = set(present.tolist())
    actor_keys = [
        actor
        for actor in ACTOR_COLOURS
        if actor in present_actors or (actor == "unknown" and not present_actors <= set(ACTOR_COLOURS))
    ]
    names, kinds = column("place"), column("place_kind")
    place_codes, place_rows = _first_seen(names, kinds)
    sentence_codes, sentences = pd.factorize(column("sentence"))
    precision = _each_distinct(frame["date_precision"].to_numpy()[order], _optional)
    precision_codes, precisions = pd.factorize(precision, use_na_sentinel=False)
    lon = np.round(frame.geometry.x.to_numpy()[order], COORD_DIGITS)
    lat = np.round(frame.geometry.y.to_numpy()[order], COORD_DIGITS)
    stack_codes, _ = _first_seen(lon, lat)
    src, sources = _sources(frame, order)
    return {
        "n": len(frame),
        "id": column("event_id").tolist(),
        "lon": lon.tolist(),
        "lat": lat.tolist(),
        "day": _whole_days(day),
        "geoPrecision": _integers(frame["geo_precision"].to_numpy()[order], 0),
        "sourceCount": _integers(frame["source_count"].to_numpy()[order], 1),
        "type": _codes(event_types, type_keys),
        "actor": _lookup(
            actor_codes, [actor if actor in ACTOR_COLOURS else "unknown" for actor in present], actor_keys
        ),
        "place": place_codes.tolist(),
        "sentence": sentence_codes.tolist(),
        "src": src,
        "precision": precision_codes.tolist(),
        "stack": stack_codes.tolist(),
        "types": [_type_entry(t) for t in type_keys],
        "actors": [_actor_entry(a) for a in actor_keys],
        "places": [{"name": names[k], "kind": kinds[k]} for k in place_rows.tolist()],
        "sentences": sentences.tolist(),
        "sourceFields": list(SOURCE_FIELDS),
        "sources": sources,
        "precisions": [None if pd.isna(p) else p for p in precisions],
    }


def _sources(frame, order: np.ndarray) -> tuple[list[list[int]], list[list[str]]]:
    """Per event, the indices of its articles in the sources table (its own first, then those it was
    merged from, one per URL, or per title where the URL was dropped); and the table of distinct
    (title, url, source, published)."""
    rows = np.arange(len(order))
    fields = {name: frame[name].to_numpy()[order] for name in SOURCE_FIELDS}
    if "sources" in frame.columns:
        merged_rows, merged = [], []
        for row, items in enumerate(frame["sources"].to_numpy()[order].tolist()):
            if isinstance(items, (list, tuple, np.ndarray)):
                for item in items:
                    if isinstance(item, dict):
                        merged_rows.append(row)
                        merged.append(item)
        if merged:
            rows = np.concatenate([rows, np.array(merged_rows, dtype="int64")])
            extra = pd.DataFrame.from_records(merged, columns=list(SOURCE_FIELDS))  # a missing key is NaN
            for name in SOURCE_FIELDS:
                fields[name] = np.concatenate([fields[name], extra[name].to_numpy(dtype=object)])
    title, source, published = _texts(fields["title"]), _texts(fields["source"]), _texts(fields["published"])
    url = _each_distinct(fields["url"], safe_url)
    entries = pd.DataFrame({"row": rows, "key": np.where(url != "", url, title)})
    if len(entries) > len(order):  # merged sources: in row order, own first, one per article
        entries = entries.iloc[np.argsort(rows, kind="stable")].drop_duplicates(["row", "key"])
    kept = entries.index.to_numpy()
    codes, first = _first_seen(title[kept], url[kept], source[kept], published[kept])
    at = kept[first]
    table = np.stack([title[at], url[at], source[at], published[at]], axis=1).tolist()
    if len(kept) == len(order):
        return codes.reshape(-1, 1).tolist(), table
    counts = np.bincount(entries["row"].to_numpy(), minlength=len(order))
    ends = np.cumsum(counts).tolist()
    codes = codes.tolist()
    return [codes[start:end] for start, end in zip([0, *ends[:-1]], ends, strict=True)], table


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
