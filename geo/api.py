"""frontmap from Python (a notebook, a script): read, extract, ingest, build and export.

The same steps as the command line, as functions that return GeoDataFrames and paths and raise
FrontmapError (with the message the command line would print) instead of exiting. Filters are
keyword arguments: ``since``/``until`` (a date or "YYYY-MM-DD", inclusive, on the event's date),
``types`` and ``actors`` (a name or a list), ``bbox`` (min_lon, min_lat, max_lon, max_lat).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from geo.articles import Article
from geo.errors import FrontmapError
from geo.events.extract import extract_events
from geo.events.record import EVENT_TYPES
from geo.read.reading import read_articles, read_text
from geo.store.database import EventFilter
from geo.store.ingest import IngestReport, ingest_files

PathLike = str | os.PathLike[str]
# Every store= takes a GeoPackage path or a postgresql:// URL; None is $FRONTMAP_STORE, else events.gpkg.
DEFAULT_STORE: PathLike | None = None


def read(path: PathLike, published: date | str | None = None) -> list[Article]:
    """The articles in one file (text, Markdown, HTML, a feed or JSON Lines); see geo.read_articles."""
    return read_articles(path, _day(published, "published")).articles


def extract(source: PathLike | Article | Iterable[Article], published: date | str | None = None):
    """The events that a file, an Article or several Articles report, as the event table (GeoDataFrame).

    A ``str`` is taken as a path; for text in memory, pass ``geo.read_text(text, ...)``. In a notebook
    the table shows a map of its events above it (``maps.preview.EventTable``).
    """
    from geo.events.table import events_frame
    from maps.preview import EventTable

    if isinstance(source, Article):
        articles = [source]
    elif isinstance(source, (str, os.PathLike)):
        articles = read(source, published)
    else:
        articles = list(source)
    return EventTable(events_frame(e for article in articles for e in extract_events(article)))


def ingest(
    paths: PathLike | Sequence[PathLike],
    store: PathLike | None = DEFAULT_STORE,
    published: date | str | None = None,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
) -> IngestReport:
    """Ingest files, feeds and folders into the store (made if missing); return what happened.

    Bad files do not raise: each is a line in ``report.failed``. Re-ingesting unchanged files is
    nearly free, and an article whose text changed replaces its old events. ``workers`` extracts
    on that many local processes, ``scheduler`` ("tcp://host:8786") on a Dask cluster.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return ingest_files(
        store, list(paths), published=_day(published, "published"), workers=workers, scheduler=scheduler
    )


def events(store: PathLike | None = DEFAULT_STORE, *, merged: bool = False, **filters):
    """The store's events as a GeoDataFrame (EPSG:4326): one row per report, or per event if ``merged``.

    A merged table adds ``source_count``, ``report_count``, ``sources`` (a list of {title, url,
    source, published}) and ``event_ids``. In a notebook the table shows a map of its events above it.
    """
    from geo.store.export import select_events
    from maps.preview import EventTable

    return EventTable(select_events(store, _filter(**filters), merged=merged)[0])


def build(
    out: PathLike = "map.html",
    store: PathLike | None = DEFAULT_STORE,
    *,
    title: str = "frontmap",
    merged: bool = True,
    offline: bool = True,
    front: bool = True,
    **filters,
) -> Path:
    """Draw the store's events (merged, by default) as the interactive HTML map at ``out``; return its path.

    With ``front`` (the default) the map has the estimated front layer (see ``front``). The file is
    replaced atomically, so a browser reloading it never sees half a map.
    """
    from geo.render import with_front
    from geo.store.export import draw_store_map
    from maps import build_map

    where = _filter(**filters)
    draw = with_front(build_map) if front else build_map
    return draw_store_map(store, Path(out), draw, where, merged=merged, title=title, offline=offline)[0]


def front(store: PathLike | None = DEFAULT_STORE, as_of: date | str | None = None):
    """The estimated control areas and front line on ``as_of`` (default: the latest event date), from
    the store's events: a ``geo.front.Front`` with ``areas`` and ``lines`` GeoDataFrames (EPSG:4326),
    ``n_reports`` and ``note`` ("estimated from 12 reports"). An estimate, not a fact.

    Raises FrontmapError for a day before 2022-02-24 or in the future, or a missing store.
    """
    from geo.front import check_as_of, estimate_front

    day = _day(as_of, "as_of")
    if day is not None:
        check_as_of(day)
    return estimate_front(events(store), day)


def export(out: PathLike, store: PathLike | None = DEFAULT_STORE, *, merged: bool = False, **filters) -> Path:
    """Write the store's events to ``out`` (.geojson, .csv with lon/lat, .kml or .gpkg); return its path."""
    from geo.store.export import write_table

    return write_table(events(store, merged=merged, **filters), Path(out))


def _filter(
    since: date | str | None = None,
    until: date | str | None = None,
    types: str | Iterable[str] = (),
    actors: str | Iterable[str] = (),
    bbox: Sequence[float] | None = None,
) -> EventFilter:
    types = (types,) if isinstance(types, str) else tuple(types)
    actors = (actors,) if isinstance(actors, str) else tuple(actors)
    unknown = [t for t in types if t not in EVENT_TYPES]
    if unknown:
        raise FrontmapError(f"unknown event type(s) {', '.join(unknown)} (use {', '.join(EVENT_TYPES)})")
    if bbox is not None:
        if len(bbox) != 4 or not (bbox[0] < bbox[2] and bbox[1] < bbox[3]):
            raise FrontmapError(f"bbox {bbox!r}: give (min_lon, min_lat, max_lon, max_lat)")
        bbox = tuple(float(v) for v in bbox)
    return EventFilter(
        since=_day(since, "since"), until=_day(until, "until"), types=types, actors=actors, bbox=bbox
    )


def _day(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FrontmapError(f"{name}={value!r}: not a date (use YYYY-MM-DD)") from None


__all__ = ["build", "events", "export", "extract", "front", "ingest", "read", "read_text"]
