"""The shortcuts that make a year of snapshots fast give what working each day out from scratch gives.

Snapshots share work: the settlements near each reported place are found once, the baseline's rest
is cut once per set of reported settlements, a place's superseded reports are skipped, and only the
parts of a side's area that reach past the coast are cut to it. Random reports at real gazetteer
settlements (around Bakhmut and on the coast at Kherson and Mariupol) must come out the same either way.
"""

from __future__ import annotations

from datetime import date, timedelta

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geo.front import estimate_front, front_snapshots, front_table
from geo.front.areas import _on_land
from geo.front.baseline import baseline
from geo.front.evidence import superseded
from geo.front.settlements import settlements

# (west, south, east, north) in degrees: front-line country and a coast.
AREAS = [(37.6, 48.3, 38.3, 48.8), (32.3, 46.4, 33.2, 46.9), (37.2, 46.9, 37.9, 47.3)]
DAYS = [date(2023, 1, 14) + timedelta(weeks=k) for k in range(0, 52, 6)]


def random_reports(count: int, seed: int) -> gpd.GeoDataFrame:
    """``count`` reports at real settlements in AREAS over 2023, with every kind of report the
    estimate reads (and some it must ignore: strikes, unknown actors, region-level, undated)."""
    places = settlements()
    lon, lat = places.lonlat[:, 0], places.lonlat[:, 1]
    inside = np.zeros(len(lon), bool)
    for west, south, east, north in AREAS:
        inside |= (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
    at = np.random.default_rng(seed).choice(np.flatnonzero(inside), count)
    rng = np.random.default_rng(seed + 1)
    dates = (pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 365, count), unit="D")).strftime(
        "%Y-%m-%d"
    )
    dates = pd.Series(dates, dtype=object).where(rng.random(count) > 0.03, None)
    return gpd.GeoDataFrame(
        {
            "event_id": [f"e{k:05d}" for k in range(count)],
            "event_type": rng.choice(
                ["advance", "retreat", "contact", "strike"], count, p=[0.3, 0.1, 0.4, 0.2]
            ),
            "actor": rng.choice(["UA", "RU", "unknown"], count, p=[0.45, 0.45, 0.1]),
            "geo_precision": rng.choice([1, 2, 3], count, p=[0.7, 0.25, 0.05]),
            "date": dates,
            "source_count": rng.choice([1, 2, 3], count, p=[0.7, 0.2, 0.1]),
        },
        # Reports place a village a little off its point, as outlets do.
        geometry=gpd.points_from_xy(
            lon[at] + rng.normal(0, 0.01, count), lat[at] + rng.normal(0, 0.01, count)
        ),
        crs="EPSG:4326",
    )


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return random_reports(3000, seed=12)


def test_snapshots_in_one_pass_are_each_day_worked_out_alone(events):
    together = front_table(front_snapshots(events, DAYS))
    alone = front_table([estimate_front(events, day) for day in DAYS])
    assert len(together) == len(alone) > 2 * len(DAYS)
    columns = [c for c in together.columns if c != "geometry"]
    pd.testing.assert_frame_equal(together[columns], alone[columns])
    assert shapely.equals_exact(together.geometry.to_numpy(), alone.geometry.to_numpy(), 0).all()


def test_a_contested_coast_is_estimated_on_both_sides(events):
    """The random reports do move control (else the test above would compare two baselines)."""
    front = estimate_front(events, DAYS[-1])
    observed = front.areas[front.areas["certainty"] == "observed"]
    assert set(observed["controller"]) == {"UA", "RU"}
    assert (front.lines["certainty"] == "observed").any()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cutting_only_the_parts_past_the_coast_is_cutting_the_whole(seed):
    places, base = settlements(), baseline()
    west, south, east, north = AREAS[1 + seed % 2]
    lon, lat = places.lonlat[:, 0], places.lonlat[:, 1]
    near = np.flatnonzero((lon >= west) & (lon <= east) & (lat >= south) & (lat <= north))
    chosen = np.sort(np.random.default_rng(seed).choice(near, len(near) // 2, replace=False))
    assert not places.inland[chosen].all()  # some cells reach into the sea
    whole = shapely.get_parts(
        shapely.intersection(shapely.coverage_union_all(places.cells[chosen]), base.land)
    )
    whole = whole[shapely.get_type_id(whole) == 3]
    parts = _on_land(places, base, chosen)
    assert sorted(shapely.to_wkb(shapely.normalize(parts))) == sorted(
        shapely.to_wkb(shapely.normalize(whole))
    )


def test_a_report_is_superseded_by_the_next_later_one_at_its_place():
    reports = pd.DataFrame(
        {
            "key": [7, 3, 7, 7, 3, 9],
            "day": pd.to_datetime(
                ["2023-01-01", "2023-01-02", "2023-01-02", "2023-01-02", "2023-01-05", "2023-01-06"]
            ),
        }
    )
    expected = pd.to_datetime(["2023-01-02", "2023-01-05", None, None, None, None]).to_numpy()
    np.testing.assert_array_equal(superseded(reports), expected)


@pytest.mark.parametrize(
    ("as_of", "note"),
    [
        (date(2023, 1, 1), "no dated events: baseline only"),  # the only report is months later
        (date(2023, 6, 1), "no dated events: baseline only"),
    ],
)
def test_a_report_far_out_at_sea_is_no_evidence_on_any_day(as_of: date, note: str):
    """One day's estimate leaves out the reports after it at once; whether the store has any dated
    report near a settlement is still decided on all of them."""
    at_sea = gpd.GeoDataFrame(
        {
            "event_id": ["a"],
            "event_type": ["advance"],
            "actor": ["RU"],
            "date": ["2023-05-01"],
            "geo_precision": [1],
        },
        geometry=gpd.points_from_xy([32.0], [43.5]),
        crs="EPSG:4326",
    )
    assert estimate_front(at_sea, as_of).note.startswith(note)


def test_a_report_after_the_day_asked_for_still_says_the_store_has_dated_reports():
    izium = gpd.GeoDataFrame(
        {
            "event_id": ["a"],
            "event_type": ["advance"],
            "actor": ["RU"],
            "date": ["2023-05-01"],
            "geo_precision": [1],
        },
        geometry=gpd.points_from_xy([37.26], [49.21]),
        crs="EPSG:4326",
    )
    assert estimate_front(izium, date(2023, 1, 1)).note.startswith("no reports of control by 2023-01-01")
