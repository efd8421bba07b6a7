"""The map file itself: one self-contained page, or a fragment for reports, written atomically."""

from __future__ import annotations

import json
import re

import pytest
from map_events import PAYLOADS

from maps import MapError, build_embed, build_map
from maps.assets import leaflet_js


def test_the_offline_page_names_no_external_script_or_style(real_events, places, tmp_path):
    text = build_map(real_events, tmp_path / "map.html", places=places, tiles=False).read_text()
    assert not re.search(r"<(script|link)[^>]+(src|href)=", text)
    assert "tile.openstreetmap.org" not in text
    assert "L.version" in text or "leaflet" in text.lower()


def data_island(text: str, map_id: str = "frontmap") -> tuple[dict, str]:
    """The JSON document of a map page, and the page without it."""
    start_tag = f'<script type="application/json" id="{map_id}-data">'
    start = text.index(start_tag) + len(start_tag)
    end = text.index("</script>", start)
    return json.loads(text[start:end]), text[:start] + text[end:]


def test_tiles_are_the_one_external_url(real_events, tmp_path):
    text = build_map(real_events, tmp_path / "map.html").read_text()
    data, rest = data_island(text)
    assert data["tiles"]["url"] == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", rest)


def test_online_page_loads_leaflet_from_the_cdn(real_events, tmp_path):
    text = build_map(real_events, tmp_path / "map.html", offline=False).read_text()
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.js"' in text
    assert leaflet_js()[-200:] not in text


def test_the_page_title_is_escaped(real_events, tmp_path):
    text = build_map(
        real_events, tmp_path / "map.html", title="</title><script>alert(1)</script>"
    ).read_text()
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in text


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_text_stays_inside_the_inert_json_island(hostile_events, payload, tmp_path):
    text = build_map(hostile_events, tmp_path / "map.html").read_text()
    data, rest = data_island(text)
    assert payload in data["events"]["sentences"]
    assert payload not in rest
    assert text.count("</script>") == text.count("<script")


def test_writing_leaves_no_temporary_file(real_events, tmp_path):
    build_map(real_events, tmp_path / "map.html")
    build_map(real_events, tmp_path / "map.html")
    assert [path.name for path in tmp_path.iterdir()] == ["map.html"]


def test_a_missing_folder_is_reported(real_events, tmp_path):
    with pytest.raises(MapError, match="does not exist"):
        build_map(real_events, tmp_path / "no" / "map.html")


def test_embed_writes_a_fragment_and_a_full_map_beside_it(real_events, tmp_path):
    snippet = build_embed(
        real_events, tmp_path / "report.html", title="Kharkiv, September 2022", map_id="kharkiv"
    )
    fragment = (tmp_path / "report.html").read_text()
    assert "<html" not in fragment and "<body" not in fragment
    assert re.findall(r'\bid="([^"]+)"', fragment) == ["kharkiv", "kharkiv-data"]
    assert (tmp_path / "report-map.html").read_text().startswith("<!DOCTYPE html>")
    assert snippet.startswith('<iframe src="report-map.html" title="Kharkiv, September 2022"')


def test_embed_ids_differ_by_file(real_events, tmp_path):
    build_embed(real_events, tmp_path / "a.html")
    build_embed(real_events, tmp_path / "b.html")
    first = re.search(r'class="frontmap frontmap-embed" id="([^"]+)"', (tmp_path / "a.html").read_text())
    second = re.search(r'class="frontmap frontmap-embed" id="([^"]+)"', (tmp_path / "b.html").read_text())
    assert first.group(1) != second.group(1)


@pytest.mark.parametrize("map_id", ['x" onload="alert(1)', "1map", "", "a b"])
def test_embed_refuses_ids_that_are_not_html_ids(real_events, map_id, tmp_path):
    with pytest.raises(MapError, match="map id"):
        build_embed(real_events, tmp_path / "report.html", map_id=map_id)
