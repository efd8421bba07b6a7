"""The PostGIS store: the event store in PostgreSQL, for many writers and stores past one machine.

The same methods as the GeoPackage ``Store`` (``geo.store.database``), so ingest, build, watch,
export and the front line read and write it unchanged. What differs is what a server gives:

- each article is one transaction, and unique keys on its content hash and document key decide
  between concurrent writers (``INSERT ... ON CONFLICT DO NOTHING``): several ingest processes,
  on several machines, lose nothing and store nothing twice;
- filters run in the server: dates, types and actors in ``WHERE``, the bbox with ``&&`` on the
  GiST-indexed points, so a map of one oblast reads only that oblast's rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import psycopg
import shapely

from geo.articles import Article
from geo.errors import FrontmapError
from geo.events.record import Event
from geo.store.filters import ALL_EVENTS, EventFilter
from geo.store.location import display_name
from geo.store.postgis_schema import SRID, connect
from geo.store.rows import (
    ARTICLE_COLUMNS,
    STORED_COLUMNS,
    NamedPlace,
    StoredArticle,
    document_key,
    places_table,
    reports_frame,
    utc_now,
)

# How often a write that lost a deadlock to another writer is tried again (the server picks the loser).
RETRIES = 5
RETRY_SECONDS = 0.05
_POINT = f"ST_SetSRID(ST_MakePoint(%s, %s), {SRID})"
_DATE_COLUMNS = frozenset({"date", "published"})
_Result = TypeVar("_Result")


def _text(column: str) -> str:
    """A column as the GeoPackage returns it: dates and times as ISO text, whatever the DateStyle."""
    if column in _DATE_COLUMNS:
        return f"to_char({column}, 'YYYY-MM-DD')"
    if column == "ingested":
        return "to_char(ingested AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
    return column


_EVENT_SELECT = ", ".join(_text(c) for c in STORED_COLUMNS)
_ARTICLE_SELECT = ", ".join(_text(c) for c in ARTICLE_COLUMNS)


class PostgisStore:
    """An open PostGIS store; use ``with open_store(url) as store:`` so the connection is closed."""

    def __init__(self, name: str, connection: psycopg.Connection) -> None:
        self.name = name
        self._db = connection

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> PostgisStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn a server error (connection lost, disk full) into one line naming the store."""
        try:
            yield
        except psycopg.Error as error:
            raise self._failure(error) from None

    def _failure(self, error: psycopg.Error) -> FrontmapError:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return FrontmapError(f"{self.name}: the server failed ({reason})")

    def _write(self, action: Callable[[psycopg.Connection], _Result]) -> _Result:
        """Run ``action`` in one transaction, again if the server chose it to break a deadlock."""
        for attempt in range(RETRIES):
            try:
                # Pipelined: BEGIN, the statements and COMMIT go out without waiting for each
                # answer, so writing an article is one round trip to the server.
                with self._db.pipeline(), self._db.transaction():
                    return action(self._db)
            except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure) as error:
                if attempt == RETRIES - 1:
                    raise self._failure(error) from None
                time.sleep(RETRY_SECONDS * (attempt + 1))
            except psycopg.Error as error:
                raise self._failure(error) from None
        raise AssertionError("unreachable: the last attempt returns or raises")

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this content hash is stored (then its extraction can be skipped)."""
        with self._errors():
            row = self._db.execute("SELECT 1 FROM articles WHERE article_id = %s", (article_id,)).fetchone()
        return row is not None

    def put_article(self, article: Article, events: Sequence[Event], places: Sequence[NamedPlace]) -> str:
        """Store ``article`` with its events and the places it names, in one transaction.

        Returns ``"new"``, ``"replaced"`` (the same document had other text; its old events are gone)
        or ``"unchanged"`` (this text is stored already, perhaps by another writer a moment ago).
        """
        key = document_key(article)
        aid = article.article_id
        published = article.published.isoformat() if article.published else None

        def put(db: psycopg.Connection) -> str:
            # Another version of the document goes, with its events and places; this one, if
            # stored already under any key, stays as it is.
            old = db.execute(
                "WITH old AS (DELETE FROM articles WHERE doc_key = %s AND article_id <> %s"
                " RETURNING article_id),"
                " gone AS (DELETE FROM events WHERE article_id IN (SELECT article_id FROM old)),"
                " places_gone AS (DELETE FROM places WHERE article_id IN (SELECT article_id FROM old))"
                " SELECT article_id FROM old",
                (key, aid),
            )
            row = (aid, key, article.title, article.source, article.url, published, article.path)
            stored = _insert(
                db,
                (*row, utc_now(), len(events)),
                [(e.lon, e.lat, *(getattr(e, c) for c in STORED_COLUMNS)) for e in events],
                [(p.lon, p.lat, p.place_id, p.name, p.kind, p.mention_count) for p in places],
            )
            return old, stored

        old, stored = self._write(put)  # the answers, read once the transaction is through
        if not stored.fetchone()[0]:
            return "unchanged"
        return "replaced" if old.fetchone() else "new"

    def put_stored(self, stored: StoredArticle) -> bool:
        """Copy an article as another store keeps it; False when its text or document is already here."""
        inserted = self._write(lambda db: _insert(db, stored.article, stored.events, stored.places))
        return inserted.fetchone()[0] == 1

    def file_articles(self, path: Path, size: int, mtime_ns: int) -> int | None:
        """How many articles the file gave when last ingested, if it has not changed since; else None."""
        with self._errors():
            row = self._db.execute(
                "SELECT article_count FROM frontmap_files WHERE path = %s AND size = %s AND mtime_ns = %s",
                (str(path.resolve()), size, mtime_ns),
            ).fetchone()
        return None if row is None else row[0]

    def record_files(self, records: Sequence[tuple[Path, int, int, int]]) -> None:
        """Remember files (path, size, mtime_ns, article count) whose every article is stored.

        A re-ingest then skips them unread. One transaction for many files: a record is only a
        shortcut, so one lost with a killed ingest costs a re-read that finds its articles stored.
        """
        rows = [(str(path.resolve()), size, mtime, count) for path, size, mtime, count in records]

        def record(db: psycopg.Connection) -> None:
            with db.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO frontmap_files VALUES (%s, %s, %s, %s) ON CONFLICT (path) DO UPDATE"
                    " SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
                    " article_count = excluded.article_count",
                    rows,
                )

        self._write(record)

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, events, places."""
        with self._errors():
            return {
                t: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "places")
            }

    def reports(self, where: EventFilter = ALL_EVENTS, *, ordered: bool = True):
        """The stored reports that pass ``where``, as the event table; every filter runs in the server.

        ``ordered``: by date (unknown first), then event id, as from a GeoPackage store.
        """
        condition, params = where.where("%s")
        if where.bbox is not None:
            condition += f" AND geom && ST_MakeEnvelope(%s, %s, %s, %s, {SRID})"
            params.extend(where.bbox)
        with self._errors():
            rows = self._db.execute(
                f"SELECT ST_AsBinary(geom), {_EVENT_SELECT} FROM events WHERE {condition}"
                + (' ORDER BY date NULLS FIRST, event_id COLLATE "C"' if ordered else ""),
                params,
                binary=True,
            ).fetchall()
        return reports_frame([row[1:] for row in rows], shapely.from_wkb([row[0] for row in rows]))

    def places(self, article_ids: Iterable[str], bbox=None):
        """The places these articles name, one row each: place_id, name, kind, mention_count, geometry."""
        condition, params = "article_id = ANY(%s)", [list(article_ids)]
        if bbox is not None:
            condition += f" AND geom && ST_MakeEnvelope(%s, %s, %s, %s, {SRID})"
            params.extend(bbox)
        with self._errors():
            rows = self._db.execute(
                "SELECT ST_AsBinary((array_agg(geom))[1]), place_id, min(name), min(kind), sum(mention_count)"
                f' FROM places WHERE {condition} GROUP BY place_id ORDER BY place_id COLLATE "C"',
                params,
            ).fetchall()
        return places_table([r[1:] for r in rows], shapely.from_wkb([r[0] for r in rows]))

    def articles(self):
        """The stored articles as a DataFrame (article_id, title, source, url, published, path, ...)."""
        import pandas as pd

        with self._errors():
            rows = self._db.execute(f"SELECT {_ARTICLE_SELECT} FROM articles ORDER BY fid").fetchall()
        return pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))

    def stored_articles(self) -> Iterator[StoredArticle]:
        """Every article with its rows, oldest first, for copying the store (see ``migrate``)."""
        with self._errors():
            articles = self._db.execute(f"SELECT {_ARTICLE_SELECT} FROM articles ORDER BY fid").fetchall()
        events_sql = (
            f"SELECT ST_X(geom), ST_Y(geom), {_EVENT_SELECT} FROM events WHERE article_id = %s ORDER BY fid"
        )
        places_sql = (
            "SELECT ST_X(geom), ST_Y(geom), place_id, name, kind, mention_count FROM places"
            " WHERE article_id = %s ORDER BY fid"
        )
        for article in articles:
            with self._errors():
                events = self._db.execute(events_sql, (article[0],)).fetchall()
                places = self._db.execute(places_sql, (article[0],)).fetchall()
            yield StoredArticle(article, tuple(events), tuple(places))


def open_postgis(url: str, *, create: bool = False) -> PostgisStore:
    """Open the PostGIS store at ``url`` (``postgresql://user@host:port/db``); see ``open_store``."""
    name = display_name(url)
    return PostgisStore(name, connect(url, name, create=create))


def _insert(db: psycopg.Connection, article: Sequence, events: Sequence, places: Sequence) -> psycopg.Cursor:
    """Send one article's rows (StoredArticle's shapes) unless its text or document is stored.

    One statement: the article row, and only if it went in (no other writer has this text or
    document), its events and places, sent as one array per column. A concurrent writer of the
    same article waits on its unique key and then finds it there, so exactly one writes the
    events. Returns the cursor whose one row, once the pipeline has synced, counts the articles
    written (1 or 0).
    """
    return db.execute(
        _INSERT_ARTICLE, [*article, *_columns(events, 2 + len(STORED_COLUMNS)), *_columns(places, 6)]
    )


def _columns(rows: Sequence[Sequence], width: int) -> list[list]:
    """Rows as one list per column (``width`` columns, so no rows still gives empty lists)."""
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]


def _array(names: Sequence[str], types: dict[str, str]) -> str:
    return ", ".join(f"%s::{types.get(name, 'text')}[]" for name in names)


# PostgreSQL types of the stored columns that are not text.
_TYPES = {
    "lon": "float8",
    "lat": "float8",
    "geo_precision": "int4",
    "mention_count": "int4",
    "date": "date",
    "published": "date",
}
_EVENT_FIELDS = ("lon", "lat", *STORED_COLUMNS)
_PLACE_FIELDS = ("lon", "lat", "place_id", "name", "kind", "mention_count")
_INSERT_ARTICLE = f"""
WITH article AS (
    INSERT INTO articles ({", ".join(ARTICLE_COLUMNS)}) VALUES ({", ".join(["%s"] * len(ARTICLE_COLUMNS))})
    ON CONFLICT DO NOTHING RETURNING article_id
), new_events AS (
    INSERT INTO events (geom, {", ".join(STORED_COLUMNS)})
    SELECT {_POINT.replace("%s, %s", "e.lon, e.lat")}, {", ".join(f"e.{c}" for c in STORED_COLUMNS)}
    FROM article, unnest({_array(_EVENT_FIELDS, _TYPES)}) WITH ORDINALITY AS e({", ".join(_EVENT_FIELDS)}, n)
    ORDER BY e.n
), new_places AS (
    INSERT INTO places (geom, article_id, place_id, name, kind, mention_count)
    SELECT {_POINT.replace("%s, %s", "p.lon, p.lat")}, article.article_id, p.place_id, p.name, p.kind,
        p.mention_count
    FROM article, unnest({_array(_PLACE_FIELDS, _TYPES)}) WITH ORDINALITY AS p({", ".join(_PLACE_FIELDS)}, n)
    ORDER BY p.n
)
SELECT count(*) FROM article
"""
