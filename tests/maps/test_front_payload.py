"""The estimated front as page data (maps/front.py): snapshots as columns, each shape once, compact."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from map_front import kharkiv_front
from shapely.geometry import LineString, Polygon

from maps import MapError
from maps.front import COORD_SCALE, front_payload


@pytest.fixture
def front(real_events):
    return kharkiv_front(real_events)


def decode(flat: list[int]) -> list[tuple[float, float]]:
    """The page's decoding (frontmap-front.js decodePath), in Python."""
    points, x, y = [], 0, 0
    for k in range(0, len(flat), 2):
        x, y = x + flat[k], y + flat[k + 1]
        points.append((x / COORD_SCALE, y / COORD_SCALE))
    return points


def test_snapshots_are_dated_in_order_with_their_areas_lines_and_reports(front):
    payload = front_payload(front)
    snapshots = payload["snapshots"]
    assert [str(pd.Timestamp(day, unit="D").date()) for day in snapshots["day"]] == [
        "2022-09-01",
        "2022-09-20",
    ]
    assert snapshots["reports"] == [0, 4]
    assert [len(areas) for areas in snapshots["areas"]] == [2, 2]
    assert [len(lines) for lines in snapshots["lines"]] == [2, 2]
    sides = [payload["sides"][side]["key"] for side in payload["areas"]["side"]]
    assert sides == ["UA", "RU", "UA", "RU"]
    assert [payload["certainties"][c] for c in payload["lines"]["certainty"]] == [
        "observed",
        "inferred",
        "observed",
        "inferred",
    ]


def test_an_area_carries_its_reports_confidence_and_last_evidence(front, real_events):
    payload = front_payload(front)
    ukraine_after = payload["snapshots"]["areas"][1][0]
    areas = payload["areas"]
    assert areas["confidence"][ukraine_after] == 0.85
    assert areas["last"][ukraine_after] == (pd.Timestamp("2022-09-10") - pd.Timestamp("1970-01-01")).days
    ids = [payload["ids"][k] for k in areas["reports"][ukraine_after]]
    named = real_events.set_index("event_id").loc[ids, "place"]
    assert sorted(set(named)) == ["Balakliia", "Izium", "Kupiansk"]


def test_coordinates_round_trip_to_about_ten_metres(front):
    payload = front_payload(front)
    line = payload["shapes"][payload["lines"]["shape"][2]]  # the observed line on the Oskil
    original = front.geometry.iloc[6]
    decoded = LineString(decode(line[0]))
    assert decoded.hausdorff_distance(original) < 0.002  # simplified to ~100 m, rounded to ~10 m


def test_a_shape_repeated_by_many_snapshots_is_sent_once(front):
    weekly = []
    for week in range(52):
        snapshot = front[front["as_of"] == "2022-09-20"].copy()
        snapshot["as_of"] = str((pd.Timestamp("2022-09-20") + pd.Timedelta(weeks=week)).date())
        weekly.append(snapshot)
    payload = front_payload(pd.concat(weekly, ignore_index=True).set_crs("EPSG:4326", allow_override=True))
    assert len(payload["snapshots"]["day"]) == 52
    assert len(payload["shapes"]) == 4
    once = len(json.dumps(front_payload(weekly[0])))
    assert len(json.dumps(payload)) - once < 51 * 200  # each further week costs its columns, not its shapes


@pytest.mark.parametrize(
    ("row", "why"),
    [
        ({"as_of": "not a date"}, "undated snapshot"),
        ({"geometry": Polygon()}, "empty shape"),
        ({"controller": "unknown"}, "an area nobody is said to hold"),
        ({"geometry": Polygon([(40, 55), (40.001, 55), (40, 55.00001)])}, "a sliver under the rounding"),
    ],
)
def test_rows_that_cannot_be_drawn_are_left_out(front, row, why):
    bad = front.iloc[[0]].copy()
    for column, value in row.items():
        bad[column] = [value]
    payload = front_payload(pd.concat([front, bad], ignore_index=True))
    assert len(payload["areas"]["shape"]) == 4, why


@pytest.mark.parametrize("front_table", [None, "empty"])
def test_no_front_gives_no_layer(front, front_table):
    assert front_payload(front.iloc[0:0] if front_table else None) is None


def test_a_table_in_another_crs_is_drawn_in_degrees(front):
    payload = front_payload(front.to_crs("EPSG:3857"))
    ring = payload["shapes"][0][0][0]
    lon, lat = decode(ring)[0]
    assert 35 < lon < 39 and 48 < lat < 51


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: f.drop(columns=["certainty"]), "front lacks column\\(s\\) certainty"),
        (lambda f: f.assign(kind="salient"), "unknown kind\\(s\\) salient"),
        (lambda f: pd.DataFrame(f.drop(columns="geometry")), "not a GeoDataFrame"),
        (lambda f: f.to_dict("records"), "a list, not a GeoDataFrame"),
    ],
)
def test_a_table_that_is_not_a_front_is_refused(front, change, message):
    with pytest.raises(MapError, match=message):
        front_payload(change(front))


def test_an_invalid_area_is_mended_not_fatal(front):
    """A self-crossing ring (a bow tie) once made the grid snapping raise a GEOS TopologyException."""
    bow_tie = front.iloc[[0]].copy()
    bow_tie["geometry"] = [Polygon([(36.0, 49.0), (37.0, 50.0), (37.0, 49.0), (36.0, 50.0)])]
    payload = front_payload(bow_tie)
    assert len(payload["shapes"][0]) == 2  # two triangles meeting at (36.5, 49.5)


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (None, ["baseline only (no report moves it)", "estimated from 4 reports"]),
        (
            ["no dated events: baseline only", "estimated from 5 reports"],
            ["no dated events: baseline only", "estimated from 5 reports"],
        ),
    ],
)
def test_each_snapshot_says_what_it_rests_on_as_the_table_does(front, notes, expected):
    if notes is not None:  # geo.front writes a note per snapshot; the map repeats it word for word
        front = front.assign(
            note=front["as_of"].map(dict(zip(["2022-09-01", "2022-09-20"], notes, strict=True)))
        )
    assert front_payload(front)["snapshots"]["note"] == expected


@pytest.mark.parametrize("as_stored", [False, True])
def test_reports_merged_into_one_event_are_listed_as_that_event(front, real_events, as_stored):
    """A map of merged events shows one event for several reports; the area lists it once."""
    izium = real_events[real_events["place"] == "Izium"]["event_id"].tolist()  # the retreat and the advance
    merged = real_events[~real_events["event_id"].isin(izium[1:])].copy()
    members = [izium if event_id == izium[0] else [event_id] for event_id in merged["event_id"]]
    merged["event_ids"] = [",".join(ids) for ids in members] if as_stored else members
    payload = front_payload(front, merged)
    ukraine_after = payload["snapshots"]["areas"][1][0]
    listed = [payload["ids"][k] for k in payload["areas"]["reports"][ukraine_after]]
    assert len(listed) == 3 and izium[0] in listed and izium[1] not in listed
    assert payload["areas"]["nReports"][ukraine_after] == 4  # still four reports
