"""The event store: a real GeoPackage in tmp_path, ingested from the articles in tests/fixtures/store."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest

from geo import FrontmapError
from geo.store.database import EventFilter, open_store
from geo.store.ingest import ingest_files

FIXTURES = Path(__file__).parents[2] / "fixtures" / "store"


@pytest.fixture
def store(tmp_path: Path, articles: Path) -> Path:
    path = tmp_path / "events.gpkg"
    report = ingest_files(path, [articles])
    assert report.failed == []
    return path


def write_article(
    path: Path, text: str, title: str = "Front line update", published: str = "2022-09-10"
) -> Path:
    path.write_text(f"---\ntitle: {title}\nsource: Test Wire\npublished: {published}\n---\n{text}\n", "utf-8")
    return path


def test_the_store_is_a_geopackage_that_gdal_and_geopandas_read(store: Path):
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert db.execute("PRAGMA user_version").fetchone()[0] in (10300, 10400)
        assert db.execute(
            "SELECT srs_id FROM gpkg_spatial_ref_sys WHERE organization = 'EPSG'"
        ).fetchall() == [(4326,)]
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    layers = {name: kind for name, kind in pyogrio.list_layers(store)}
    assert layers == {"events": "Point", "places": "Point", "articles": None}
    events = gpd.read_file(store, layer="events")
    assert events.crs.to_epsg() == 4326
    assert len(events) == 17
    balakliia = events[(events["place"] == "Balakliia") & (events["event_type"] == "advance")]
    assert sorted(balakliia["source"]) == ["Kyiv Independent", "Reuters"]
    assert balakliia.geometry.x.round(1).tolist() == [36.8, 36.8]
    articles = gpd.read_file(store, layer="articles")
    assert sorted(articles["source"]) == [
        "",
        "BBC",
        "Front line wire",
        "Front line wire",
        "Kyiv Independent",
        "Meduza",
        "Reuters",
        "The Kyiv Post",
    ]


def test_the_layers_extents_cover_their_points_so_qgis_can_zoom_to_them(store: Path):
    events = gpd.read_file(store, layer="events")
    with sqlite3.connect(store) as db:
        extent = db.execute(
            "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'events'"
        ).fetchone()

    assert tuple(round(v, 5) for v in extent) == tuple(round(v, 5) for v in events.total_bounds)


def test_ingesting_the_same_folder_twice_changes_nothing(store: Path, articles: Path):
    with sqlite3.connect(store) as db:
        before = db.execute("SELECT fid, event_id FROM events ORDER BY fid").fetchall()
    report = ingest_files(store, [articles])
    assert (report.articles, report.unchanged, report.events, report.files) == (8, 8, 0, 0)
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT fid, event_id FROM events ORDER BY fid").fetchall() == before


def test_a_touched_but_unchanged_file_is_read_again_and_found_unchanged(store: Path, articles: Path):
    (articles / "izium.txt").touch()
    report = ingest_files(store, [articles])
    assert (report.files, report.unchanged, report.events) == (1, 8, 0)


def test_an_article_whose_text_changed_replaces_its_old_events(tmp_path: Path):
    article = write_article(tmp_path / "lyman.md", "Russian forces shelled Lyman on Tuesday.")
    store = tmp_path / "events.gpkg"
    ingest_files(store, [article])
    write_article(article, "Ukrainian forces recaptured Kupiansk on Wednesday.")
    report = ingest_files(store, [article])
    assert report.events == 1
    with open_store(store) as opened:
        events = opened.reports()
        assert opened.counts()["articles"] == 1
    assert events[["event_type", "actor", "place"]].values.tolist() == [["advance", "UA", "Kupiansk"]]


def test_a_feed_keeps_each_entry_as_its_own_article(tmp_path: Path):
    feed = tmp_path / "kherson.rss"
    shutil.copy(FIXTURES / "kherson.rss", feed)
    store = tmp_path / "events.gpkg"
    ingest_files(store, [feed])
    text = feed.read_text("utf-8").replace("on Tuesday, cutting", "on Monday, cutting")
    feed.write_text(text, "utf-8")  # one entry corrected: only its events change
    ingest_files(store, [feed])
    with open_store(store) as opened:
        articles = opened.articles()
        events = opened.reports()
    assert sorted(articles["url"]) == [
        "https://wire.example/antonivskyi",
        "https://wire.example/kherson-withdrawal",
    ]
    assert events.loc[events["event_type"] == "bridge_strike", "date"].tolist() == ["2022-07-25"]
    assert len(events) == 3


@pytest.mark.parametrize(
    ("where", "places"),
    [
        (EventFilter(types=("strike",)), ["Kharkiv", "Kramatorsk"]),
        (EventFilter(types=("advance",), actors=("RU",)), ["Avdiivka", "Bakhmut"]),
        (EventFilter(since=date(2023, 1, 1)), ["Avdiivka", "Avdiivka", "Bakhmut"]),
        # (Kupiansk: "as Ukrainian units advanced towards Kupiansk", an advance near it)
        (EventFilter(until=date(2022, 9, 7)), ["Antonivskyi Bridge", "Balakliia", "Kharkiv", "Kupiansk"]),
        (EventFilter(bbox=(32.0, 46.0, 34.0, 47.0), types=("advance", "retreat")), ["Kherson", "Kherson"]),
    ],
)
def test_filters_pick_events_by_date_type_actor_and_box(store: Path, where: EventFilter, places: list[str]):
    with open_store(store) as opened:
        assert sorted(opened.reports(where)["place"]) == places


def test_undated_events_are_left_out_by_a_date_filter(store: Path):
    with open_store(store) as opened:
        everything = opened.reports()
        dated = opened.reports(EventFilter(since=date(2000, 1, 1)))
    # (izium.txt has no publication date: its "on Saturday" dates nothing, but its recapture of Izium is
    # the turning point of 10 September 2022, and its two withdrawals stay undated)
    assert everything["date"].isna().sum() == 2
    assert len(dated) == len(everything) - 2


def test_places_named_in_the_articles_are_kept_for_the_map(store: Path):
    with open_store(store) as opened:
        ids = opened.reports(EventFilter(types=("bridge_strike",)))["article_id"].tolist()
        places = opened.places(ids)
    assert {"Antonivskyi Bridge", "Kherson"} <= set(places["name"])
    assert places.crs.to_epsg() == 4326


def _foreign_geopackage(path: Path) -> None:
    gpd.GeoDataFrame({"name": ["Izium"]}, geometry=gpd.points_from_xy([37.26], [49.21]), crs=4326).to_file(
        path
    )


def _newer_store(path: Path) -> None:
    write_article(path.parent / "a.md", "Russian forces shelled Lyman on Tuesday.")
    ingest_files(path, [path.parent / "a.md"])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE frontmap_meta SET value = '99' WHERE key = 'schema_version'")


def _plain_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (text TEXT)")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("Izium,37.26,49.21\n"), "not a GeoPackage (not an SQLite file)"),
        (lambda p: p.write_bytes(b"\x00\xff" * 600), "not a GeoPackage (not an SQLite file)"),
        (_plain_sqlite, "an SQLite file but not a GeoPackage"),
        (_foreign_geopackage, "a GeoPackage made by another program"),
        (_newer_store, "written by a newer frontmap (store schema 99"),
    ],
)
def test_a_store_that_is_not_frontmaps_gives_a_clear_error(tmp_path: Path, make, message: str):
    path = tmp_path / "events.gpkg"
    make(path)
    before = path.read_bytes()
    with pytest.raises(FrontmapError, match=re.escape(message)):
        open_store(path, create=True)
    assert path.read_bytes() == before


def test_building_from_a_missing_store_says_to_ingest_first(tmp_path: Path):
    with pytest.raises(FrontmapError, match="no store here"):
        open_store(tmp_path / "none.gpkg")
    assert not (tmp_path / "none.gpkg").exists()


def test_reports_left_unordered_for_a_map_are_the_same_reports(store: Path):
    with open_store(store) as opened:
        ordered = opened.reports()
        unordered = opened.reports(ordered=False)
    assert sorted(unordered["event_id"]) == sorted(ordered["event_id"])
    known = ordered["date"].dropna().tolist()
    assert ordered["date"].isna().sum() == 2 and ordered["date"].head(2).isna().all()  # unknown first
    assert known == sorted(known)
