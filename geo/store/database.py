"""The GeoPackage store: articles, their events and the places they name, in one SQLite file.

Each article is written in one ``BEGIN IMMEDIATE`` transaction, so a killed process leaves the store
as it was before that article, and two processes ingesting at once take turns (waiting up to the
busy timeout) instead of failing. An article is known by its content hash (``Article.article_id``)
and by its document key (``rows.document_key``). Text that changed under the same key replaces the
old article and its events; the same text under any key is not stored twice.

``open_store`` is where a store is opened whatever its engine: a path opens this GeoPackage store,
a ``postgresql://`` URL the PostGIS store of ``geo.store.postgis``, with the same methods.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from geo.articles import Article
from geo.errors import FrontmapError
from geo.events.record import Event
from geo.store.filters import ALL_EVENTS, EventFilter
from geo.store.location import StoreLocation, display_name, is_server, store_location
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
from geo.store.schema import blob_points, connect, point_blob

__all__ = ["ALL_EVENTS", "EventFilter", "Store", "open_geopackage", "open_store"]


class Store:
    """An open GeoPackage store; use ``with open_store(path) as store:`` so the connection is closed."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.name = str(path)
        self._db = connection

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (IMMEDIATE) so it never has to be retried half-way."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise FrontmapError(f"{self.path}: the store is busy or locked ({error}); try again") from None
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this content hash is stored (then its extraction can be skipped)."""
        return (
            self._db.execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,)).fetchone()
            is not None
        )

    def put_article(self, article: Article, events: Sequence[Event], places: Sequence[NamedPlace]) -> str:
        """Store ``article`` with its events and the places it names (``rows.named_places``).

        Returns ``"new"``, ``"replaced"`` (the same document had other text; its old events are gone)
        or ``"unchanged"`` (this text is already stored). All of it is one transaction.
        """
        key = document_key(article)
        aid = article.article_id
        with self._transaction() as db:
            old = db.execute("SELECT article_id FROM articles WHERE doc_key = ?", (key,)).fetchone()
            if old and old[0] == aid:
                return "unchanged"
            if old:
                self._delete(db, old[0])
            if db.execute("SELECT 1 FROM articles WHERE article_id = ?", (aid,)).fetchone():
                return "unchanged"
            published = article.published.isoformat() if article.published else None
            row = (aid, key, article.title, article.source, article.url, published, article.path)
            self._insert(
                db,
                (*row, utc_now(), len(events)),
                [(e.lon, e.lat, *(getattr(e, c) for c in STORED_COLUMNS)) for e in events],
                [(p.lon, p.lat, p.place_id, p.name, p.kind, p.mention_count) for p in places],
            )
            return "replaced" if old else "new"

    def put_stored(self, stored: StoredArticle) -> bool:
        """Copy an article as another store keeps it; False when its text or document is already here."""
        article_id, doc_key = stored.article[0], stored.article[1]
        with self._transaction() as db:
            if db.execute(
                "SELECT 1 FROM articles WHERE article_id = ? OR doc_key = ?", (article_id, doc_key)
            ).fetchone():
                return False
            self._insert(db, stored.article, stored.events, stored.places)
            return True

    @staticmethod
    def _delete(db: sqlite3.Connection, article_id: str) -> None:
        for table in ("events", "places", "articles"):
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))

    @staticmethod
    def _insert(db: sqlite3.Connection, article: Sequence, events: Sequence, places: Sequence) -> None:
        """Insert one article's rows (StoredArticle's shapes) and widen the layers' extents."""
        article_id = article[0]
        db.execute(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(article))})",
            tuple(article),
        )
        db.executemany(
            f"INSERT INTO events (geom, {', '.join(STORED_COLUMNS)}) VALUES (?{', ?' * len(STORED_COLUMNS)})",
            [(point_blob(e[0], e[1]), *e[2:]) for e in events],
        )
        db.executemany(
            "INSERT INTO places (geom, article_id, place_id, name, kind, mention_count)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(point_blob(p[0], p[1]), article_id, *p[2:]) for p in places],
        )
        _widen_extent(db, "events", [(e[0], e[1]) for e in events])
        _widen_extent(db, "places", [(p[0], p[1]) for p in places])

    def file_articles(self, path: Path, size: int, mtime_ns: int) -> int | None:
        """How many articles the file gave when last ingested, if it has not changed since; else None."""
        row = self._db.execute(
            "SELECT article_count FROM frontmap_files WHERE path = ? AND size = ? AND mtime_ns = ?",
            (str(path.resolve()), size, mtime_ns),
        ).fetchone()
        return None if row is None else row[0]

    def record_files(self, records: Sequence[tuple[Path, int, int, int]]) -> None:
        """Remember files (path, size, mtime_ns, article count) whose every article is stored.

        A re-ingest then skips them unread. One transaction for many files: a record is only a
        shortcut, so one lost with a killed ingest costs a re-read that finds its articles stored.
        """
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO frontmap_files VALUES (?, ?, ?, ?)",
                [(str(path.resolve()), size, mtime, count) for path, size, mtime, count in records],
            )

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, events, places."""
        return {
            t: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "events", "places")
        }

    def reports(self, where: EventFilter = ALL_EVENTS, *, ordered: bool = True):
        """The stored reports that pass ``where``, as the event table (``geo.events_frame``'s columns).

        ``ordered``: by date (unknown first), then event id. Without it the rows come in the order
        they were stored, a third faster for a map, which orders its events itself.
        """
        condition, params = where.where("?")
        params = [p.isoformat() if isinstance(p, date) else p for p in params]
        order = " ORDER BY date, event_id" if ordered else ""
        rows = self._db.execute(
            f"SELECT geom, {', '.join(STORED_COLUMNS)} FROM events WHERE {condition}{order}", params
        ).fetchall()
        table = reports_frame([row[1:] for row in rows], blob_points([row[0] for row in rows]))
        return _in_bbox(table, where.bbox)

    def places(self, article_ids: Iterable[str], bbox=None):
        """The places these articles name, one row each: place_id, name, kind, mention_count, geometry."""
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (article_id TEXT PRIMARY KEY)")
        self._db.execute("DELETE FROM temp.wanted")
        self._db.executemany("INSERT OR IGNORE INTO temp.wanted VALUES (?)", ((a,) for a in article_ids))
        rows = self._db.execute(
            "SELECT min(geom), place_id, min(name), min(kind), sum(mention_count) FROM places"
            " WHERE article_id IN (SELECT article_id FROM temp.wanted) GROUP BY place_id ORDER BY place_id"
        ).fetchall()
        table = places_table([r[1:] for r in rows], blob_points([r[0] for r in rows]))
        return _in_bbox(table, bbox)

    def articles(self):
        """The stored articles as a DataFrame (article_id, title, source, url, published, path, ...)."""
        import pandas as pd

        cursor = self._db.execute("SELECT * FROM articles ORDER BY fid")
        return pd.DataFrame(cursor.fetchall(), columns=[d[0] for d in cursor.description]).drop(columns="fid")

    def stored_articles(self) -> Iterator[StoredArticle]:
        """Every article with its rows, oldest first, for copying the store (see ``migrate``)."""
        articles = self._db.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY fid"
        ).fetchall()
        events_sql = f"SELECT geom, {', '.join(STORED_COLUMNS)} FROM events WHERE article_id = ? ORDER BY fid"
        places_sql = (
            "SELECT geom, place_id, name, kind, mention_count FROM places WHERE article_id = ? ORDER BY fid"
        )
        for article in articles:
            events = self._db.execute(events_sql, (article[0],)).fetchall()
            places = self._db.execute(places_sql, (article[0],)).fetchall()
            yield StoredArticle(article, _with_lonlat(events), _with_lonlat(places))


def open_store(location: StoreLocation | None = None, *, create: bool = False):
    """Open the store at ``location``: a GeoPackage path or a ``postgresql://`` URL (see geo.store.location).

    None means ``$FRONTMAP_STORE``, else ``events.gpkg``. ``create`` makes a new store when there is
    none (for ingest). Both kinds of store have the same methods and are context managers.

    Raises FrontmapError when it is missing (and not ``create``), cannot be reached, is someone
    else's database or GeoPackage, or was written by a newer frontmap.
    """
    location = store_location(location)
    if is_server(location):
        try:
            from geo.store.postgis import open_postgis
        except ImportError:
            raise FrontmapError(
                f"{display_name(location)}: a PostGIS store needs psycopg: pip install 'frontmap[scale]'"
            ) from None
        return open_postgis(str(location), create=create)
    return open_geopackage(location, create=create)


def open_geopackage(path: str | os.PathLike[str], *, create: bool = False) -> Store:
    """Open the GeoPackage store at ``path`` (see ``open_store``)."""
    path = Path(path)
    return Store(path, connect(path, create=create))


def _with_lonlat(rows: list[tuple]) -> tuple[tuple, ...]:
    """Rows whose first value is a GeoPackage point, with (lon, lat) in its place."""
    points = blob_points([row[0] for row in rows])
    return tuple((p.x, p.y, *row[1:]) for p, row in zip(points, rows, strict=True))


def _in_bbox(table, bbox):
    if bbox is None or table.empty:
        return table
    min_lon, min_lat, max_lon, max_lat = bbox
    return table.cx[min_lon:max_lon, min_lat:max_lat].reset_index(drop=True)


def _widen_extent(db, table: str, points: list[tuple[float, float]]) -> None:
    """Grow a layer's bounding box in gpkg_contents to take in ``points`` ((lon, lat) pairs).

    QGIS and GDAL read it to zoom to a layer. It only grows: an article replaced or removed may
    leave it a little wider than the data, which the GeoPackage standard allows (it is informative).
    """
    if not points:
        return
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    db.execute(
        "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?1), ?1), min_y = min(coalesce(min_y, ?2), ?2),"
        " max_x = max(coalesce(max_x, ?3), ?3), max_y = max(coalesce(max_y, ?4), ?4) WHERE table_name = ?5",
        (min(lons), min(lats), max(lons), max(lats), table),
    )
