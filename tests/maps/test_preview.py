"""Event tables show a map of their events in a notebook, above the table."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import geopandas as gpd

from maps.preview import EventTable, preview_html


def page_of(view: str) -> str:
    """The page inside the notebook view's iframe."""
    return html.unescape(re.search(r'srcdoc="([^"]*)"', view).group(1))


def drawn_count(page: str) -> int:
    start = page.index('<script type="application/json"')
    island = page[page.index(">", start) + 1 : page.index("</script>", start)]
    return json.loads(island)["events"]["n"]


def test_an_event_table_shows_its_map_then_its_rows(real_events):
    view = EventTable(real_events)._repr_html_()
    assert view.index("<iframe") < view.index("<table")
    assert drawn_count(page_of(view)) == len(real_events)


def test_a_big_table_previews_its_latest_events(real_events):
    page = page_of(preview_html(real_events, limit=5))
    assert drawn_count(page) == 5
    assert f"the latest 5 of {len(real_events)} events" in page


def test_a_table_that_is_no_longer_an_event_table_shows_only_its_rows(real_events):
    view = EventTable(real_events[["place", "geometry"]])._repr_html_()
    assert "<iframe" not in view and "<table" in view


def test_an_event_table_is_a_geodataframe(real_events):
    table = EventTable(real_events)
    assert isinstance(table, gpd.GeoDataFrame) and table.crs.to_epsg() == 4326
    assert table.geometry.equals(real_events.geometry)


def test_the_api_returns_tables_that_preview_themselves():
    from geo import api

    table = api.extract(Path(__file__).parents[2] / "examples" / "kharkiv-counteroffensive.md")
    assert isinstance(table, EventTable) and len(table) > 0
    assert drawn_count(page_of(table._repr_html_())) == len(table)
