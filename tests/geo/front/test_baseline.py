"""The baseline: who held what on 2022-02-23, as the estimate gives it with no reports at all."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import shapely
from conftest import where

from geo.front import estimate_front
from geo.front.baseline import baseline


@pytest.fixture(scope="module")
def no_reports():
    return estimate_front(None)


@pytest.mark.parametrize(
    ("place", "side"),
    [
        ("Simferopol", "RU"),
        ("Sevastopol", "RU"),
        ("Kerch", "RU"),
        ("Donetsk", "RU"),
        ("Luhansk", "RU"),
        ("Horlivka", "RU"),
        ("Debaltseve", "RU"),
        ("Novoazovsk", "RU"),
        ("Belgorod", "RU"),
        ("Lviv", "UA"),
        ("Kyiv", "UA"),
        ("Kharkiv", "UA"),
        ("Mariupol", "UA"),
        ("Kramatorsk", "UA"),
        ("Avdiivka", "UA"),
        ("Shchastia", "UA"),
        ("Popasna", "UA"),
        ("Kherson", "UA"),
    ],
)
def test_with_no_events_the_baseline_decides(no_reports, place: str, side: str):
    assert no_reports.holder(*where(place)) == side


def test_with_no_events_the_front_says_it_is_the_baseline(no_reports):
    assert no_reports.note.startswith("no dated events: baseline only")
    assert no_reports.n_reports == 0
    assert set(no_reports.areas["certainty"]) == {"baseline"}
    assert set(no_reports.lines["certainty"]) == {"inferred"}


def _pairs() -> list[dict]:
    source = resources.files("geo.front") / "data" / "contact_line.geojson"
    features = json.loads(source.read_text(encoding="utf-8"))["features"]
    return [f["properties"] for f in features if f["properties"]["kind"] == "pair"]


@pytest.mark.parametrize("pair", _pairs(), ids=lambda p: f"{p['ua_held']}/{p['ru_held']}")
def test_each_pair_of_the_contact_line_lies_on_its_own_sides(no_reports, pair: dict):
    """The line built from the pairs must leave each pair's towns on the sides they were held by."""
    from gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    ua, ru = gazetteer.get(pair["ua_place_id"]), gazetteer.get(pair["ru_place_id"])
    assert no_reports.holder(ua.lon, ua.lat) == "UA"
    assert no_reports.holder(ru.lon, ru.lat) == "RU"


def test_the_occupied_part_of_donbas_is_the_size_reported():
    """About 16,800 km² of Donetsk and Luhansk oblasts were held by Russia's proxies in 2015-2022."""
    from gazetteer import shapes
    from geo.front.rules import METRIC_CRS

    admin = shapes.admin1().to_crs(METRIC_CRS).set_index("id")
    oblasts = shapely.union_all(admin.loc[["admin1:UA-14", "admin1:UA-09"], "geometry"].to_numpy())
    occupied_km2 = shapely.intersection(baseline().russian, oblasts).area / 1e6
    assert 15_000 < occupied_km2 < 18_500


def test_the_baseline_line_runs_between_avdiivka_and_donetsk(no_reports):
    crossing = shapely.LineString([where("Avdiivka"), where("Donetsk")])
    assert no_reports.lines.geometry.intersects(crossing).any()
