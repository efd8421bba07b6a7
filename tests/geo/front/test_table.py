"""Fronts as one table for the map, and as GeoJSON and GeoPackage files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyogrio
import pytest

from geo.errors import FrontmapError
from geo.front import estimate_front, front_snapshots, front_table, write_front

COLUMNS = [
    "as_of",
    "kind",
    "controller",
    "confidence",
    "last_evidence_date",
    "event_ids",
    "n_reports",
    "certainty",
    "note",
    "geometry",
]


def test_snapshots_stack_into_one_table(izium_events):
    table = front_table(front_snapshots(izium_events))
    assert list(table.columns) == COLUMNS
    assert table.crs.to_epsg() == 4326
    assert sorted(table["as_of"].unique()) == ["2022-04-01", "2022-09-10"]
    areas, lines = table[table["kind"] == "area"], table[table["kind"] == "front_line"]
    assert set(areas.geom_type) <= {"Polygon", "MultiPolygon"}
    assert set(lines.geom_type) <= {"LineString", "MultiLineString"}
    assert set(areas["controller"]) == {"UA", "RU"} and lines["controller"].isna().all()
    assert set(areas["certainty"]) == {"observed", "baseline"}
    assert set(lines["certainty"]) <= {"observed", "inferred"}
    assert table["confidence"].between(0, 1).all()
    assert table.geometry.is_valid.all()
    assert (table.loc[table["as_of"] == "2022-09-10", "note"] == "estimated from 2 reports").all()


def test_no_snapshots_give_an_empty_table_with_the_columns():
    assert list(front_table([]).columns) == COLUMNS


def test_geojson_holds_areas_and_lines_and_says_it_is_an_estimate(izium_events, tmp_path: Path):
    out = write_front(estimate_front(izium_events, date(2022, 9, 20)), tmp_path / "front.geojson")
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert (collection["as_of"], collection["note"]) == ("2022-09-20", "estimated from 2 reports")
    kinds = {(f["properties"]["kind"], f["geometry"]["type"]) for f in collection["features"]}
    assert ("front_line", "MultiLineString") in kinds or ("front_line", "LineString") in kinds
    assert {k for k, _ in kinds} == {"area", "front_line"}
    assert [p.name for p in tmp_path.iterdir()] == ["front.geojson"]  # no temporary file left


def test_geopackage_has_a_layer_for_areas_and_one_for_the_line(izium_events, tmp_path: Path):
    out = write_front(estimate_front(izium_events, date(2022, 9, 20)), tmp_path / "front.gpkg")
    assert [name for name, _ in pyogrio.list_layers(out)] == ["areas", "front_line"]
    areas = pyogrio.read_dataframe(out, layer="areas")
    assert set(areas["controller"]) == {"UA", "RU"}


def test_an_unknown_format_is_refused_and_nothing_written(izium_events, tmp_path: Path):
    with pytest.raises(FrontmapError, match="front.kml: unknown front format"):
        write_front(estimate_front(izium_events, date(2022, 9, 20)), tmp_path / "front.kml")
    assert list(tmp_path.iterdir()) == []
