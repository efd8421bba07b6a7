"""The event store: articles, their events and the places they name, kept in a GeoPackage.

Each article is written in one ``BEGIN IMMEDIATE`` transaction, so a killed process leaves the store
as it was before that article, and two processes ingesting at once take turns (waiting up to the
busy timeout) instead of failing. An article is known by its content hash (``Article.article_id``)
and by its *document key*: the file it came from, plus its URL or title when the file holds many
articles (a feed, JSON Lines). Text that changed under the same key replaces the old article and
its events; the same text under any key is not stored twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from gazetteer import Mention
from geo.articles import Article
from geo.errors import FrontmapError
from geo.events.extract import Event
from geo.events.table import COLUMNS
from geo.store.schema import blob_points, connect, point_blob

# Suffixes of files that hold many articles, whose articles are told apart by URL or title.
MANY_ARTICLE_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".jsonl", ".ndjson"})
# The event table's columns the store keeps per report; source_count is computed when merging.
STORED_COLUMNS = tuple(c for c in COLUMNS if c != "source_count")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to read: all of them by default.

    ``since``/``until`` are inclusive bounds on the event's date; an event with an unknown date is
    left out whenever either is given (it cannot be said to lie in the range). ``types`` and
    ``actors`` keep events whose value is among them (empty: any). ``bbox`` is
    (min_lon, min_lat, max_lon, max_lat) in EPSG:4326.
    """

    since: date | None = None
    until: date | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None

    def where(self) -> tuple[str, list]:
        """The SQL condition (on the ``events`` table) and its parameters; bbox is applied by the caller."""
        clauses, params = ["1"], []
        if self.since:
            clauses.append("date >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append("date <= ?")
            params.append(self.until.isoformat())
        for column, values in (("event_type", self.types), ("actor", self.actors)):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        return " AND ".join(clauses), params


# The filter that keeps every event (a shared default: the record is frozen).
ALL_EVENTS = EventFilter()


def document_key(article: Article) -> str:
    """The key that says two versions of an article are the same document (see the module docstring)."""
    path = str(Path(article.path).resolve()) if article.path else ""
    if path and Path(path).suffix.lower() not in MANY_ARTICLE_SUFFIXES:
        return path
    return f"{path}#{article.url or article.title or article.article_id}"


class Store:
    """An open event store; use ``with open_store(path) as store:`` so the connection is closed."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
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

    def put_article(self, article: Article, events: list[Event], mentions: Iterable[Mention]) -> str:
        """Store ``article`` with its events and named places; return what happened.

        Returns ``"new"``, ``"replaced"`` (the same document had other text; its old events are gone)
        or ``"unchanged"`` (this text is already stored). All of it is one transaction.
        """
        key = document_key(article)
        aid = article.article_id
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
        with self._transaction() as db:
            old = db.execute("SELECT article_id FROM articles WHERE doc_key = ?", (key,)).fetchone()
            if old and old[0] == aid:
                return "unchanged"
            if old:
                for table in ("events", "places", "articles"):
                    db.execute(f"DELETE FROM {table} WHERE article_id = ?", (old[0],))
            if db.execute("SELECT 1 FROM articles WHERE article_id = ?", (aid,)).fetchone():
                return "unchanged"
            published = article.published.isoformat() if article.published else None
            db.execute(
                "INSERT INTO articles (article_id, doc_key, title, source, url, published, path, ingested,"
                " event_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    aid,
                    key,
                    article.title,
                    article.source,
                    article.url,
                    published,
                    article.path,
                    now,
                    len(events),
                ),
            )
            db.executemany(
                f"INSERT INTO events (geom, {', '.join(STORED_COLUMNS)})"
                f" VALUES (?{', ?' * len(STORED_COLUMNS)})",
                [(point_blob(e.lon, e.lat), *(getattr(e, c) for c in STORED_COLUMNS)) for e in events],
            )
            db.executemany(
                "INSERT INTO places (geom, article_id, place_id, name, kind, mention_count)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (point_blob(p.lon, p.lat), aid, p.id, p.name, p.kind, n)
                    for p, n in _named_places(mentions)
                ],
            )
            _widen_extent(db, "events", [(e.lon, e.lat) for e in events])
            _widen_extent(db, "places", [(p.lon, p.lat) for p, _ in _named_places(mentions)])
            return "replaced" if old else "new"

    def file_articles(self, path: Path, size: int, mtime_ns: int) -> int | None:
        """How many articles the file gave when last ingested, if it has not changed since; else None."""
        row = self._db.execute(
            "SELECT article_count FROM frontmap_files WHERE path = ? AND size = ? AND mtime_ns = ?",
            (str(path.resolve()), size, mtime_ns),
        ).fetchone()
        return None if row is None else row[0]

    def record_file(self, path: Path, size: int, mtime_ns: int, article_count: int) -> None:
        """Remember that every article of this version of the file is stored, so re-ingest skips it."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO frontmap_files VALUES (?, ?, ?, ?)",
                (str(path.resolve()), size, mtime_ns, article_count),
            )

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, events, places."""
        return {
            t: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "events", "places")
        }

    def reports(self, where: EventFilter = ALL_EVENTS):
        """The stored reports that pass ``where``, as the event table (``geo.events_frame``'s columns)."""
        import geopandas as gpd
        import pandas as pd

        condition, params = where.where()
        rows = self._db.execute(
            f"SELECT geom, {', '.join(STORED_COLUMNS)} FROM events WHERE {condition} ORDER BY date, event_id",
            params,
        ).fetchall()
        frame = pd.DataFrame([row[1:] for row in rows], columns=list(STORED_COLUMNS), dtype=object)
        frame = frame.where(frame.notna(), None)  # unknown dates stay None, as in geo.events_frame
        frame["geo_precision"] = frame["geo_precision"].astype("int64")
        frame["source_count"] = 1
        table = gpd.GeoDataFrame(frame, geometry=blob_points([row[0] for row in rows]), crs="EPSG:4326")
        return _in_bbox(table, where.bbox)

    def places(self, article_ids: Iterable[str], bbox=None):
        """The places these articles name, one row each: place_id, name, kind, mention_count, geometry."""
        import geopandas as gpd
        import pandas as pd

        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (article_id TEXT PRIMARY KEY)")
        self._db.execute("DELETE FROM temp.wanted")
        self._db.executemany("INSERT OR IGNORE INTO temp.wanted VALUES (?)", ((a,) for a in article_ids))
        rows = self._db.execute(
            "SELECT min(geom), place_id, min(name), min(kind), sum(mention_count) FROM places"
            " WHERE article_id IN (SELECT article_id FROM temp.wanted) GROUP BY place_id ORDER BY place_id"
        ).fetchall()
        frame = pd.DataFrame([r[1:] for r in rows], columns=["place_id", "name", "kind", "mention_count"])
        table = gpd.GeoDataFrame(frame, geometry=blob_points([r[0] for r in rows]), crs="EPSG:4326")
        return _in_bbox(table, bbox)

    def articles(self):
        """The stored articles as a DataFrame (article_id, title, source, url, published, path, ...)."""
        import pandas as pd

        cursor = self._db.execute("SELECT * FROM articles ORDER BY fid")
        return pd.DataFrame(cursor.fetchall(), columns=[d[0] for d in cursor.description]).drop(columns="fid")


def open_store(path: str | Path, *, create: bool = False) -> Store:
    """Open the store at ``path``; ``create`` makes a new one when there is none (for ingest).

    Raises FrontmapError when it is missing (and not ``create``), not a GeoPackage, someone else's
    GeoPackage, or from a newer frontmap.
    """
    path = Path(path)
    return Store(path, connect(path, create=create))


def _named_places(mentions: Iterable[Mention]):
    """(place, mention count) for each resolved place the mentions name, countries left out."""
    counts: dict[str, list] = {}
    for m in mentions:
        if m.place is not None and m.place.kind != "country":
            counts.setdefault(m.place.id, [m.place, 0])[1] += 1
    return [(place, n) for place, n in counts.values()]


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
