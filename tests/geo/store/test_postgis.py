"""The PostGIS store against a real PostgreSQL + PostGIS server (started by tests/geo/conftest.py).

The same articles as the GeoPackage tests (tests/fixtures/store), the same questions: ingest and
re-ingest, filters, merging, build, export, watch; then the faults: a killed ingest, four ingests
at once, and databases that are not frontmap's.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import psycopg
import pytest
from test_faults import START_TIMEOUT, events_by_article, write_articles

from geo import FrontmapError
from geo.cli.main import main
from geo.store.database import EventFilter, open_store
from geo.store.export import select_events
from geo.store.ingest import ingest_files
from geo.store.location import display_name
from geo.store.watch import watch
from maps import build_map


@pytest.fixture
def store(postgis_url: str, articles: Path) -> str:
    assert ingest_files(postgis_url, [articles]).failed == []
    return postgis_url


@pytest.fixture
def geopackage(tmp_path: Path, articles: Path) -> Path:
    """The same articles in a GeoPackage store, to compare with."""
    path = tmp_path / "events.gpkg"
    assert ingest_files(path, [articles]).failed == []
    return path


def stored_by_article(url: str) -> dict[str, tuple[int, frozenset[str]]]:
    """article_id -> (event_count, event ids), as test_faults.events_by_article reads a GeoPackage."""
    with psycopg.connect(url) as db:
        counts = dict(db.execute("SELECT article_id, event_count FROM articles").fetchall())
        events: dict[str, set[str]] = {aid: set() for aid in counts}
        for aid, eid in db.execute("SELECT article_id, event_id FROM events"):
            events.setdefault(aid, set()).add(eid)
    return {aid: (counts.get(aid, -1), frozenset(ids)) for aid, ids in events.items()}


def ingest_process(folder: Path, url: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "geo.cli.main", "ingest", str(folder), "--store", url]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_ingesting_into_postgis_then_again_changes_nothing(postgis_url: str, articles: Path):
    first = ingest_files(postgis_url, [articles])
    with open_store(postgis_url) as opened:
        counts = opened.counts()
    again = ingest_files(postgis_url, [articles])
    (articles / "izium.txt").touch()  # read again, found unchanged by its content hash
    touched = ingest_files(postgis_url, [articles])
    assert (first.articles, first.events, first.failed) == (8, counts["events"], [])
    assert (again.unchanged, again.events, again.files) == (8, 0, 0)
    assert (touched.unchanged, touched.events, touched.files) == (8, 0, 1)
    with open_store(postgis_url) as opened:
        assert opened.counts() == counts


def test_an_article_whose_text_changed_replaces_its_old_events(postgis_url: str, tmp_path: Path):
    article = tmp_path / "report.md"
    article.write_text("---\ntitle: Lyman\npublished: 2022-10-02\n---\nUkrainian forces recaptured Lyman.\n")
    ingest_files(postgis_url, [article])
    article.write_text("---\ntitle: Lyman\npublished: 2022-10-02\n---\nRussian forces shelled Kupiansk.\n")
    ingest_files(postgis_url, [article])
    with open_store(postgis_url) as opened:
        events = opened.reports()
        assert opened.counts()["articles"] == 1
    assert events[["event_type", "place"]].values.tolist() == [["strike", "Kupiansk"]]


@pytest.mark.parametrize(
    ("where", "places"),
    [
        (EventFilter(types=("strike",)), ["Kharkiv", "Kramatorsk"]),
        (EventFilter(types=("advance",), actors=("RU",)), ["Avdiivka", "Bakhmut"]),
        (EventFilter(since=date(2023, 1, 1)), ["Avdiivka", "Avdiivka", "Bakhmut"]),
        (EventFilter(until=date(2022, 9, 7)), ["Antonivskyi Bridge", "Balakliia", "Kharkiv"]),
        (EventFilter(bbox=(32.0, 46.0, 34.0, 47.0), types=("advance", "retreat")), ["Kherson", "Kherson"]),
    ],
)
def test_filters_pick_the_same_events_as_in_the_geopackage(
    store: str, geopackage: Path, where: EventFilter, places: list[str]
):
    with open_store(store) as server, open_store(geopackage) as local:
        from_server, from_file = server.reports(where), local.reports(where)
        everything = server.reports()
    assert set(places) <= set(from_server["place"])
    assert len(from_server) < len(everything)
    assert all(_passes(row, where) for row in from_server.itertuples())
    pd.testing.assert_frame_equal(from_server, from_file)


def _passes(row, where: EventFilter) -> bool:
    dated = row.date is not None
    return (
        (not where.since or (dated and row.date >= where.since.isoformat()))
        and (not where.until or (dated and row.date <= where.until.isoformat()))
        and (not where.types or row.event_type in where.types)
        and (not where.actors or row.actor in where.actors)
        and (not where.bbox or where.bbox[0] <= row.geometry.x <= where.bbox[2])
        and (not where.bbox or where.bbox[1] <= row.geometry.y <= where.bbox[3])
    )


def test_the_box_is_answered_by_the_gist_index(store: str):
    with psycopg.connect(store) as db:
        db.execute("SET enable_seqscan = off")  # a few rows: only then does the planner show its index
        plan = db.execute(
            "EXPLAIN SELECT event_id FROM events WHERE geom && ST_MakeEnvelope(32, 46, 34, 47, 4326)"
        ).fetchall()
        columns = db.execute("SELECT f_table_name, type, srid FROM geometry_columns ORDER BY 1").fetchall()
    assert "events_geom" in " ".join(row[0] for row in plan)
    assert columns == [("events", "POINT", 4326), ("places", "POINT", 4326)]


def test_merged_events_and_their_places_are_the_same_from_both_stores(store: str, geopackage: Path):
    merged, places = select_events(store, merged=True)
    local_merged, local_places = select_events(geopackage, merged=True)
    pd.testing.assert_frame_equal(merged, local_merged)
    pd.testing.assert_frame_equal(places, local_places)
    assert merged["source_count"].max() >= 2  # two outlets reported Balakliia


def test_build_front_export_and_watch_read_the_server(store: str, geopackage: Path, tmp_path: Path, capsys):
    assert main(["build", "--store", store, "-o", str(tmp_path / "map.html")]) == 0
    for name, source in (("server", store), ("local", str(geopackage))):
        assert main(["front", "--store", source, "-o", str(tmp_path / f"front-{name}.geojson")]) == 0
    fronts = [gpd.read_file(tmp_path / f"front-{name}.geojson") for name in ("server", "local")]
    pd.testing.assert_frame_equal(*fronts)
    assert len(fronts[0]) > 0
    assert main(["export", "--store", store, "-o", str(tmp_path / "server.geojson")]) == 0
    assert main(["export", "--store", str(geopackage), "-o", str(tmp_path / "local.geojson")]) == 0
    server, local = (gpd.read_file(tmp_path / f"{name}.geojson") for name in ("server", "local"))
    pd.testing.assert_frame_equal(server, local)
    assert "Balakliia" in (tmp_path / "map.html").read_text("utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "kupiansk.md").write_text(
        "---\npublished: 2022-09-11\n---\nUkrainian troops entered Kupiansk.\n"
    )
    watch(inbox, store, tmp_path / "watched.html", build_map, iterations=1)
    with open_store(store) as opened:
        assert opened.counts()["articles"] == 9
    assert (tmp_path / "watched.html").exists()


def test_frontmap_store_names_the_store_for_every_command(store: str, tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("FRONTMAP_STORE", store)
    assert main(["export", "-o", str(tmp_path / "events.csv")]) == 0
    assert len(pd.read_csv(tmp_path / "events.csv")) == len(select_events(store)[0])


def test_a_database_without_postgis_gets_it_on_first_ingest(postgis_server, articles: Path):
    url = postgis_server.new_database(with_postgis=False)
    assert ingest_files(url, [articles / "izium.txt"]).failed == []
    assert len(select_events(url)[0]) >= 1


def test_a_killed_ingest_leaves_every_stored_article_whole(postgis_url: str, tmp_path: Path):
    folder = tmp_path / "articles"
    write_articles(folder, 300)
    clean = tmp_path / "clean.gpkg"
    assert ingest_files(clean, [folder]).failed == []
    process = ingest_process(folder, postgis_url)
    deadline = time.monotonic() + START_TIMEOUT
    while _article_count(postgis_url) < 50 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    assert process.poll() is None, "the ingest ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    expected = events_by_article(clean)
    killed = stored_by_article(postgis_url)
    assert 50 <= len(killed) < len(expected)
    assert killed == {aid: expected[aid] for aid in killed}
    assert ingest_files(postgis_url, [folder]).failed == []  # the next ingest finishes the job
    assert stored_by_article(postgis_url) == expected


def test_four_ingests_at_once_of_overlapping_folders_store_every_article_once(
    postgis_url: str, tmp_path: Path
):
    for name, start in (("a", 0), ("b", 100), ("c", 200)):
        write_articles(tmp_path / name, 150, start=start)
    processes = [ingest_process(tmp_path / name, postgis_url) for name in ("a", "b", "c", "a")]
    results = [(p.wait(), p.stderr.read().decode()) for p in processes]
    assert [code for code, _ in results] == [0, 0, 0, 0], results
    with psycopg.connect(postgis_url) as db:
        titles = [row[0] for row in db.execute("SELECT title FROM articles")]
    assert sorted(titles) == sorted(f"Front line report {n}" for n in range(350))
    assert all(ids and count == len(ids) for count, ids in stored_by_article(postgis_url).values())


def _article_count(url: str) -> int:
    try:
        with psycopg.connect(url) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except psycopg.Error:
        return 0  # the tables are not made yet


def _foreign(url: str) -> None:
    with psycopg.connect(url) as db:
        db.execute("CREATE TABLE events (id serial PRIMARY KEY, what text)")


def _newer(url: str) -> None:
    open_store(url, create=True).close()
    with psycopg.connect(url) as db:
        db.execute("UPDATE frontmap_meta SET value = '99' WHERE key = 'schema_version'")


def _meta_without_version(url: str) -> None:
    with psycopg.connect(url) as db:
        db.execute("CREATE TABLE frontmap_meta (key text, value text)")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_foreign, "the database has tables named events but no frontmap_meta: not a frontmap store"),
        (_newer, "written by a newer frontmap (store schema 99, this frontmap knows 1)"),
        (_meta_without_version, "frontmap_meta has no valid schema_version"),
    ],
)
def test_a_database_that_is_not_a_frontmap_store_gives_a_clear_error(postgis_url: str, make, message: str):
    make(postgis_url)
    with pytest.raises(FrontmapError, match=re.escape(f"{postgis_url}: {message}")):
        open_store(postgis_url, create=True)


def test_building_from_an_empty_database_says_to_ingest_first(postgis_url: str, tmp_path: Path, capsys):
    assert main(["build", "--store", postgis_url, "-o", str(tmp_path / "map.html")]) == 1
    assert "no store here (run 'frontmap ingest ARTICLES --store URL' first)" in capsys.readouterr().err
    assert not (tmp_path / "map.html").exists()


def test_a_server_that_does_not_answer_is_named_without_its_password(postgis_server, tmp_path: Path, capsys):
    closed = postgis_server.url("events").replace(f":{postgis_server.port}/", ":1/")
    url = closed.replace("frontmap@", "frontmap:hunter2@")
    assert main(["export", "--store", url, "-o", str(tmp_path / "events.csv")]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"frontmap: {display_name(url)}: cannot connect to PostgreSQL (")
    assert "hunter2" not in error and ":***@" in error
