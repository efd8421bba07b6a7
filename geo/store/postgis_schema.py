"""The PostGIS store's tables: laid out once, checked on every open, reached through psycopg 3.

The same tables as the GeoPackage (``articles``, ``events``, ``places``, ``frontmap_files``,
``frontmap_meta``), in the connection's current schema (``public`` unless the URL's ``options``
set a ``search_path``), with points as ``geometry(Point, 4326)`` under GiST indexes so a map of one
oblast reads only that oblast's rows. Unique keys on the article's content hash, its document key
and the event id are what let many ingest processes write at once without duplicating anything.
No foreign keys: every write goes through one transaction per article that keeps the rows of
an article together, and checking each event's article again would cost a third of an ingest.
"""

from __future__ import annotations

from geo.errors import FrontmapError
from geo.store.rows import SCHEMA_VERSION, check_schema_version

# The version of frontmap's tables in PostgreSQL; a higher number was written by a newer frontmap.
SRID = 4326
# Any number the two processes agree on: the advisory lock that makes laying out the tables (and
# CREATE EXTENSION) happen once when several ingests open a new database at the same moment.
LAYOUT_LOCK = 0x6672_6F6E_746D_6170 % (2**63)  # "frontmap"
# How long to wait for a server to answer before calling it unreachable, in seconds.
CONNECT_TIMEOUT = 10
FRONTMAP_TABLES = ("articles", "events", "places", "frontmap_files", "frontmap_meta")

_DDL = f"""
CREATE TABLE articles (
    fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id text NOT NULL UNIQUE, doc_key text NOT NULL UNIQUE,
    title text, source text, url text, published date, path text, ingested timestamptz, event_count integer);
CREATE TABLE events (
    fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    geom geometry(Point, {SRID}) NOT NULL,
    event_id text NOT NULL UNIQUE,
    article_id text NOT NULL,
    event_type text NOT NULL, actor text NOT NULL, place text, place_id text, place_kind text,
    geo_precision integer, date date, date_precision text, sentence text, title text, source text,
    published date, url text, mention text, actor_basis text);
CREATE INDEX events_geom ON events USING GIST (geom);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (date);
CREATE TABLE places (
    fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    geom geometry(Point, {SRID}) NOT NULL,
    article_id text NOT NULL,
    place_id text NOT NULL, name text, kind text, mention_count integer);
CREATE INDEX places_geom ON places USING GIST (geom);
CREATE INDEX places_article ON places (article_id);
CREATE TABLE frontmap_files (
    path text PRIMARY KEY, size bigint NOT NULL, mtime_ns bigint NOT NULL, article_count integer NOT NULL);
CREATE TABLE frontmap_meta (key text PRIMARY KEY, value text NOT NULL)
"""


def connect(url: str, name: str, *, create: bool):
    """Connect to the database at ``url`` and check (or, with ``create``, lay out) frontmap's tables.

    ``name`` is the URL as it may be printed (no password). The connection is in autocommit mode:
    every write says where its transaction begins and ends.

    Raises
    ------
    FrontmapError
        When the server cannot be reached, the database has no store and ``create`` is false, holds
        tables of the same names that are not frontmap's, lacks PostGIS and it cannot be installed,
        or was written by a newer frontmap.
    """
    import psycopg

    try:
        connection = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
    except psycopg.Error as error:
        reason = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
        raise FrontmapError(
            f"{name}: cannot connect to PostgreSQL ({reason}); check the URL, that the server runs "
            "and accepts you (a password goes in ~/.pgpass or PGPASSWORD)"
        ) from None
    try:
        # The GeoPackage's guarantee (WAL, synchronous=NORMAL): a commit survives any process being
        # killed, and a power cut can lose the last moments' commits but never leaves half an
        # article. Waiting for the disk on every article's commit would make ingest ~10x slower,
        # and an ingest re-reads whatever was lost (its file's record, committed later, is lost too).
        connection.execute("SET synchronous_commit = off")
        with connection.transaction():
            connection.execute("SELECT pg_advisory_xact_lock(%s)", (LAYOUT_LOCK,))
            tables = _tables(connection)
            if "frontmap_meta" in tables:
                _check(connection, name)
            elif tables & set(FRONTMAP_TABLES):
                clash = ", ".join(sorted(tables & set(FRONTMAP_TABLES)))
                raise FrontmapError(
                    f"{name}: the database has tables named {clash} but no frontmap_meta:"
                    " not a frontmap store; give an empty database"
                )
            elif not create:
                raise FrontmapError(
                    f"{name}: no store here (run 'frontmap ingest ARTICLES --store URL' first)"
                )
            else:
                _create(connection, name)
    except BaseException:
        connection.close()
        raise
    return connection


def _tables(connection) -> set[str]:
    rows = connection.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    ).fetchall()
    return {row[0] for row in rows}


def _create(connection, name: str) -> None:
    import psycopg

    if connection.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone() is None:
        try:
            with connection.transaction():  # a savepoint: the error below is said, not a broken transaction
                connection.execute("CREATE EXTENSION postgis")
        except psycopg.Error as error:
            raise FrontmapError(
                f"{name}: the database lacks PostGIS and it cannot be added ({str(error).strip()}); "
                "have its owner or a superuser run CREATE EXTENSION postgis"
            ) from None
    for statement in _DDL.split(";"):
        connection.execute(statement)
    connection.execute(
        "INSERT INTO frontmap_meta VALUES ('schema_version', %s), ('created_by', 'frontmap')",
        (str(SCHEMA_VERSION),),
    )


def _check(connection, name: str) -> None:
    """Raise FrontmapError unless frontmap_meta names a schema version this frontmap knows."""
    row = connection.execute("SELECT value FROM frontmap_meta WHERE key = 'schema_version'").fetchone()
    check_schema_version(row[0] if row else None, name, "not a frontmap store, or a damaged one")
