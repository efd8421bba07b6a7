"""The data document a map carries: compact, complete, and inert inside a <script> element."""

from __future__ import annotations

import json

import pytest
from map_events import PAYLOADS, to_frame
from shapely.geometry import Point

from maps import MapError
from maps.payload import events_payload, places_payload, safe_url, script_json


@pytest.mark.parametrize("text", PAYLOADS)
def test_script_json_keeps_text_and_cannot_end_the_script(text):
    encoded = script_json({"sentence": text})
    assert json.loads(encoded) == {"sentence": text}
    for unsafe in ("<", ">", "&", "\u2028", "\u2029"):
        assert unsafe not in encoded


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://kyivindependent.com/izium-retaken", True),
        ("http://www.reuters.com/world/europe/kupiansk", True),
        ("HTTPS://WWW.BBC.COM/NEWS", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ('https://example.org/"><script>', False),
        ("//example.org/no-scheme", False),
        (None, False),
        (float("nan"), False),
    ],
)
def test_safe_url_keeps_only_http_links(url, kept):
    assert (safe_url(url) != "") is kept


def test_every_event_is_carried_once_with_its_columns(real_events):
    data = events_payload(real_events)
    assert data["n"] == len(real_events)
    assert sorted(data["id"]) == sorted(real_events["event_id"])
    for column in ("lon", "lat", "day", "type", "actor", "place", "sentence", "src", "stack"):
        assert len(data[column]) == data["n"], column


def test_types_and_actors_come_in_legend_order(real_events):
    data = events_payload(real_events)
    assert [t["key"] for t in data["types"]] == ["advance", "retreat", "strike", "bridge_strike"]
    assert [a["key"] for a in data["actors"]] == ["UA", "RU", "unknown"]


def test_a_merged_event_lists_all_its_sources(real_events):
    data = events_payload(real_events)
    kupiansk = data["id"].index(real_events.iloc[1]["event_id"])
    titles = [data["sources"][s][data["sourceFields"].index("title")] for s in data["src"][kupiansk]]
    assert titles == ["Ukrainian forces enter Kupiansk", "Flag raised over Kupiansk"]
    assert data["sourceCount"][kupiansk] == 2


def test_undated_events_have_no_day_and_come_last(real_events):
    data = events_payload(real_events)
    assert data["day"][-1] is None
    assert all(day is not None for day in data["day"][:-1])
    assert data["day"][:-1] == sorted(data["day"][:-1])


def test_events_at_one_place_share_a_stack(real_events):
    data = events_payload(real_events)
    izium = [k for k, place in enumerate(data["place"]) if data["places"][place]["name"] == "Izium"]
    assert len(izium) == 2
    assert data["stack"][izium[0]] == data["stack"][izium[1]]


def test_hostile_links_are_dropped_before_the_page(hostile_events):
    data = events_payload(hostile_events)
    assert {source[data["sourceFields"].index("url")] for source in data["sources"]} == {""}


def test_rows_without_a_point_are_left_out(real_events):
    real_events.loc[0, "geometry"] = None
    assert events_payload(real_events)["n"] == len(real_events) - 1


def test_an_event_table_without_a_column_is_refused(real_events):
    with pytest.raises(MapError, match="sentence"):
        events_payload(real_events.drop(columns=["sentence"]))


def test_an_empty_table_gives_an_empty_document(real_events):
    assert events_payload(real_events.iloc[0:0])["n"] == 0


def test_places_come_most_mentioned_first(places):
    assert [p["name"] for p in places_payload(places)][:2] == ["Kharkiv", "Izium"]


def test_unknown_actor_values_are_drawn_as_unknown(real_events):
    real_events.loc[0, "actor"] = "NATO"
    data = events_payload(real_events)
    first = data["id"].index(real_events.iloc[0]["event_id"])
    assert data["actors"][data["actor"][first]]["key"] == "unknown"


def test_to_frame_builds_the_schema():
    frame = to_frame([{"event_id": "a", "geometry": Point(36.2, 50.0)}])
    assert frame.crs.to_epsg() == 4326
