"""The store's file: a GeoPackage (SQLite) with frontmap's tables, opened or created safely.

A GeoPackage so that the store is not a private format: QGIS, GDAL and geopandas open it as it is
(``events`` and ``places`` are point layers, ``articles`` an attribute table). frontmap writes it
with the standard library's sqlite3 rather than through GDAL, because only sqlite3 gives the
per-article ``BEGIN IMMEDIATE`` transactions that make ingests idempotent, kill-safe and safe to
run two at a time.
"""

from __future__ import annotations

import sqlite3
import struct
import time
from pathlib import Path

import numpy as np
import shapely

from geo.errors import FrontmapError
from geo.store.rows import SCHEMA_VERSION, check_schema_version

# The version of frontmap's tables; a store with a higher number was written by a newer frontmap.
# 'GPKG' as a 32-bit integer, and GeoPackage 1.3 (read by GDAL >= 3.0; 1.4 needs GDAL 3.8).
APPLICATION_ID = 0x47504B47
USER_VERSION = 10300
SRS_ID = 4326
# How long a writer waits for another process's transaction before giving up, in milliseconds. An
# article's transaction takes milliseconds, so a minute only runs out when something is stuck.
RETRY_SECONDS = 0.05
BUSY_TIMEOUT_MS = 60_000
# GeoPackage binary header for a little-endian point without envelope: 'GP', version 0, flags 1.
_GP_HEADER = b"GP\x00\x01" + struct.pack("<i", SRS_ID)
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
# A blob with no envelope holding a 2D point: the 8-byte header, then WKB (order, type, x, y).
_PLAIN_POINT_BYTES = 8 + 21
_LITTLE_ENDIAN_POINT = np.frombuffer(struct.pack("<BI", 1, 1), dtype=np.uint8)

_EVENT_COLUMNS = """
    event_id TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL, event_type TEXT NOT NULL, actor TEXT NOT NULL,
    place TEXT, place_id TEXT, place_kind TEXT, geo_precision INTEGER, date DATE, date_precision TEXT,
    sentence TEXT, title TEXT, source TEXT, published DATE, url TEXT, mention TEXT, actor_basis TEXT
"""
_DDL = f"""
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE IF NOT EXISTS gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
    description TEXT DEFAULT '',
    last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
    srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
    table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE IF NOT EXISTS articles (
    fid INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL UNIQUE, doc_key TEXT NOT NULL UNIQUE,
    title TEXT, source TEXT, url TEXT, published DATE, path TEXT, ingested DATETIME, event_count INTEGER);
CREATE TABLE IF NOT EXISTS events (
    fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, {_EVENT_COLUMNS});
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS places (
    fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, article_id TEXT NOT NULL, place_id TEXT NOT NULL,
    name TEXT, kind TEXT, mention_count INTEGER);
CREATE INDEX IF NOT EXISTS places_article ON places(article_id);
CREATE TABLE IF NOT EXISTS frontmap_files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, article_count INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS frontmap_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_WGS84 = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
    'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]'
)
_SRS_ROWS = [
    (
        "Undefined cartesian SRS",
        -1,
        "NONE",
        -1,
        "undefined",
        "undefined cartesian coordinate reference system",
    ),
    (
        "Undefined geographic SRS",
        0,
        "NONE",
        0,
        "undefined",
        "undefined geographic coordinate reference system",
    ),
    ("WGS 84 geodetic", SRS_ID, "EPSG", 4326, _WGS84, "longitude/latitude coordinates in decimal degrees"),
]
_CONTENTS = [
    ("events", "features", "events", "one row per report of an event (frontmap)", SRS_ID),
    ("places", "features", "places", "places named in each article (frontmap)", SRS_ID),
    ("articles", "attributes", "articles", "the articles read (frontmap)", None),
]


def point_blob(lon: float, lat: float) -> bytes:
    """A GeoPackage geometry blob for a point: the GP header, then little-endian WKB (lon, lat)."""
    return _GP_HEADER + struct.pack("<BIdd", 1, 1, lon, lat)


def blob_points(blobs: list[bytes | None]):
    """Shapely points from GeoPackage blobs (None stays None); headers with an envelope are read too."""
    if blobs and all(blob is not None and len(blob) == _PLAIN_POINT_BYTES for blob in blobs):
        # frontmap's own blobs, all alike: read the coordinates as one array, not blob by blob
        table = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(len(blobs), _PLAIN_POINT_BYTES)
        if (table[:, :8] == table[0, :8]).all() and (table[:, 8:13] == _LITTLE_ENDIAN_POINT).all():
            if not (table[0, 3] >> 1) & 0x07:  # no envelope: the WKB point starts at byte 8
                lon, lat = table[:, 13:].copy().view("<f8").T
                return shapely.points(lon, lat)
    wkb = []
    for blob in blobs:
        if blob is None:
            wkb.append(None)
            continue
        envelope = _ENVELOPE_BYTES.get((blob[3] >> 1) & 0x07, 0)
        wkb.append(blob[8 + envelope :])
    return shapely.from_wkb(wkb)


def connect(path: Path, *, create: bool) -> sqlite3.Connection:
    """Open the store at ``path`` (creating it when ``create``) after checking it is frontmap's.

    The connection is in autocommit mode (``isolation_level=None``) so that every write says where
    its transaction begins (``BEGIN IMMEDIATE``) and nothing is left open by accident. WAL journal:
    readers (a map build, QGIS) never block an ingest nor are blocked by it, and a process killed
    mid-write leaves a log that SQLite rolls back on the next open. SQLite checkpoints and removes
    the log when the last connection closes, so at rest the store is one file.

    Raises
    ------
    FrontmapError
        When there is no store and ``create`` is false, or the file is not SQLite, a GeoPackage
        without frontmap's tables, or written by a newer frontmap.
    """
    path = Path(path)
    if path.is_dir():
        raise FrontmapError(f"{path}: is a directory (give the store's .gpkg file with --store)")
    # A new store's first writes may still sit in its WAL file (checkpointed later) while it is empty.
    exists = (path.exists() and path.stat().st_size > 0) or Path(f"{path}-wal").exists()
    if not exists and not create:
        raise FrontmapError(f"{path}: no store here (run 'frontmap ingest ARTICLES --store {path}' first)")
    if not path.parent.exists():
        raise FrontmapError(
            f"{path}: folder {path.parent} does not exist (create it or pick another --store)"
        )
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as error:
        raise FrontmapError(
            f"{path}: cannot open the store ({error}; check the path and its permissions)"
        ) from None
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _with_retry(lambda: _check_or_create(connection, path, exists))
        connection.execute("PRAGMA synchronous = NORMAL")  # in WAL mode: durable across process kills
    except sqlite3.DatabaseError as error:
        connection.close()
        if "not a database" in str(error) or "malformed" in str(error):
            raise FrontmapError(
                f"{path}: not a GeoPackage (not an SQLite file); give a new file with --store"
            ) from None
        raise FrontmapError(f"{path}: the store cannot be read ({error})") from None
    except FrontmapError:
        connection.close()
        raise
    return connection


def _with_retry(action) -> None:
    """Run ``action``, retrying while another process holds the lock.

    Switching the journal to WAL needs the database to itself and SQLite answers "locked" at once
    instead of waiting out the busy timeout, so two ingests that create one store at the same
    moment would otherwise fail; they wait here up to the same timeout instead.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as error:
            message = str(error).lower()
            if ("locked" not in message and "busy" not in message) or time.monotonic() > deadline:
                raise
            time.sleep(RETRY_SECONDS)


def _check_or_create(connection: sqlite3.Connection, path: Path, exists: bool) -> None:
    """Check an existing store's identity and version, or lay out a new one in one transaction."""
    # A file with no tables yet is a store another process is creating this moment (or an empty
    # SQLite file): take the write lock below and look again, rather than calling it foreign.
    if exists and _tables(connection):
        _check(connection, path)
        if connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            connection.execute("PRAGMA journal_mode = WAL")
        return
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("BEGIN IMMEDIATE")
    try:
        tables = _tables(connection)
        if "frontmap_meta" in tables:  # another process created it while this one waited
            connection.execute("ROLLBACK")
            _check(connection, path)
            return
        if tables:  # an empty-looking file that still holds tables: say whose it is
            connection.execute("ROLLBACK")
            _check(connection, path)
            return
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {USER_VERSION}")
        _create(connection)
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _create(connection: sqlite3.Connection) -> None:
    for statement in _DDL.split(";"):
        if statement.strip():
            connection.execute(statement)
    connection.executemany("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", _SRS_ROWS)
    connection.executemany(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)"
        " VALUES (?, ?, ?, ?, ?)",
        _CONTENTS,
    )
    connection.executemany(
        "INSERT OR IGNORE INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', ?, 0, 0)",
        [("events", SRS_ID), ("places", SRS_ID)],
    )
    connection.execute(
        "INSERT OR REPLACE INTO frontmap_meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
    )


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _check(connection: sqlite3.Connection, path: Path) -> None:
    """Raise FrontmapError unless the file is a GeoPackage with a known version of frontmap's tables."""
    tables = _tables(connection)
    if "gpkg_contents" not in tables:
        raise FrontmapError(
            f"{path}: an SQLite file but not a GeoPackage (not a frontmap store); "
            "give a new file with --store"
        )
    if "frontmap_meta" not in tables:
        raise FrontmapError(
            f"{path}: a GeoPackage made by another program, without frontmap's tables; "
            "give a new file with --store"
        )
    row = connection.execute("SELECT value FROM frontmap_meta WHERE key = 'schema_version'").fetchone()
    check_schema_version(row[0] if row else None, str(path), "the store is damaged; rebuild it")
