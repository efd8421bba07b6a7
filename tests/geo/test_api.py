"""The Python API as a notebook uses it: read, extract, ingest, events, build, export."""

from __future__ import annotations

import shutil
from pathlib import Path

import geopandas as gpd
import pytest

from geo import FrontmapError, api

FIXTURES = Path(__file__).parents[1] / "fixtures" / "store"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "articles")
    path = tmp_path / "events.gpkg"
    report = api.ingest(tmp_path / "articles", store=path)
    assert (report.articles, report.events, report.failed) == (8, 17, [])
    return path


def test_read_and_extract_a_file():
    [article] = api.read(FIXTURES / "izium.txt", published="2022-09-11")
    table = api.extract(article)
    assert isinstance(table, gpd.GeoDataFrame)
    assert sorted(zip(table["event_type"], table["place"], strict=True)) == [
        ("advance", "Izium"),
        ("retreat", "Kharkiv Oblast"),  # "Russian troops abandoned much of the Kharkiv region"
        ("retreat", "Kupiansk"),
    ]
    assert table["date"].tolist().count("2022-09-10") == 1  # "recaptured Izium on Saturday"


def test_extract_text_in_memory():
    article = api.read_text(
        "Russian forces shelled Kramatorsk overnight, officials said.", title="Kramatorsk"
    )
    assert api.extract(article)[["event_type", "actor", "place"]].values.tolist() == [
        ["strike", "RU", "Kramatorsk"]
    ]


@pytest.mark.parametrize(
    ("filters", "count"),
    [
        ({}, 17),
        ({"types": "strike"}, 2),
        ({"actors": ["RU"], "since": "2023-01-01"}, 2),
        ({"bbox": (36.0, 49.0, 38.0, 50.0)}, 8),
    ],
)
def test_events_with_filters(store: Path, filters: dict, count: int):
    assert len(api.events(store, **filters)) == count


def test_merged_events_carry_their_sources(store: Path):
    merged = api.events(store, merged=True, types=["advance"], actors="UA")
    balakliia = merged[merged["place"] == "Balakliia"].iloc[0]
    assert balakliia["source_count"] == 2
    assert {s["source"] for s in balakliia["sources"]} == {"Kyiv Independent", "Reuters"}


def test_build_and_export_return_paths(tmp_path: Path, store: Path):
    page = api.build(tmp_path / "war.html", store, title="Kharkiv counteroffensive", until="2022-12-31")
    assert page == tmp_path / "war.html" and "Kharkiv counteroffensive" in page.read_text("utf-8")
    out = api.export(tmp_path / "events.gpkg.out.gpkg", store, merged=True)
    assert len(gpd.read_file(out)) == 16


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"since": "last week"}, "not a date"),
        ({"types": "shelling"}, "unknown event type"),
        ({"bbox": (40, 50, 30, 45)}, "bbox"),
    ],
)
def test_bad_filters_raise_frontmap_error(store: Path, filters: dict, message: str):
    with pytest.raises(FrontmapError, match=message):
        api.events(store, **filters)
