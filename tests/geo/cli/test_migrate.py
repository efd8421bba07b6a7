"""``frontmap store migrate``: a GeoPackage copied into PostGIS and back gives the same events."""

from __future__ import annotations

import shutil
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geo.cli.main import main

FIXTURES = Path(__file__).parents[2] / "fixtures" / "store"


@pytest.fixture
def geopackage(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "articles")
    store = tmp_path / "events.gpkg"
    assert main(["ingest", str(tmp_path / "articles"), "--store", str(store)]) == 0
    return store


def export(store: str, out: Path, *options: str) -> gpd.GeoDataFrame:
    assert main(["export", "--store", store, "-o", str(out), *options]) == 0
    return gpd.read_file(out)


@pytest.mark.parametrize("options", [(), ("--merged",), ("--actor", "UA", "--bbox", "36,49,38.5,50.5")])
def test_a_store_migrated_to_postgis_and_back_exports_the_same_events(
    geopackage: Path, postgis_url: str, tmp_path: Path, capsys, options: tuple[str, ...]
):
    back = tmp_path / "back.gpkg"
    assert main(["store", "migrate", "--from", str(geopackage), "--to", postgis_url]) == 0
    assert main(["store", "migrate", "--from", postgis_url, "--to", str(back)]) == 0
    local = export(str(geopackage), tmp_path / "local.geojson", *options)
    server = export(postgis_url, tmp_path / "server.geojson", *options)
    returned = export(str(back), tmp_path / "back.geojson", *options)
    assert len(local) > 0
    pd.testing.assert_frame_equal(server, local)
    pd.testing.assert_frame_equal(returned, local)


def test_migrating_again_copies_nothing_twice(geopackage: Path, postgis_url: str, capsys):
    assert main(["store", "migrate", "--from", str(geopackage), "--to", postgis_url]) == 0
    first = capsys.readouterr().err
    assert main(["store", "migrate", "--from", str(geopackage), "--to", postgis_url]) == 0
    assert first.startswith("frontmap: copied 8 articles (0 already there), ")
    assert capsys.readouterr().err.startswith("frontmap: copied 0 articles (8 already there), 0 events")


def test_an_ingest_after_migrating_finds_every_article_stored(
    geopackage: Path, postgis_url: str, tmp_path: Path, capsys
):
    assert main(["store", "migrate", "--from", str(geopackage), "--to", postgis_url]) == 0
    assert main(["ingest", str(tmp_path / "articles"), "--store", postgis_url]) == 0
    assert capsys.readouterr().err.endswith("frontmap: ingested 8 articles (8 unchanged), 0 events\n")


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        ("missing.gpkg", "copy.gpkg", "missing.gpkg: no store here"),
        ("events.gpkg", "./events.gpkg", "events.gpkg: the source and the target are the same store"),
    ],
)
def test_a_migration_that_cannot_be_done_says_why(
    geopackage: Path, tmp_path: Path, capsys, monkeypatch, source: str, target: str, message: str
):
    monkeypatch.chdir(tmp_path)
    assert main(["store", "migrate", "--from", source, "--to", target]) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "copy.gpkg").exists()
