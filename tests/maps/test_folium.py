"""frontmap's layer on a folium map: saved as a page and shown inline (a notebook's iframe), in Chromium."""

from __future__ import annotations

import html
import json
from importlib import resources

import folium
import pytest
from map_events import PAYLOADS
from map_front import kharkiv_front
from map_page import OpenedMap

from maps import to_folium
from maps.folium_layer import FrontmapLayer

# folium's page asks CDNs for Leaflet; the tests answer with the copy installed with frontmap, and
# answer every other request (jQuery, Bootstrap, tiles) with nothing: no request leaves the machine.
LEAFLET = resources.files("js_lib_leaflet").joinpath("static", "js_lib_leaflet")
JINJA = "{{ 7*7 }} {% raw %}"  # Jinja would print 49, or stop at the unclosed raw block


class FoliumPage(OpenedMap):
    """A page with folium maps opened in Chromium, the network served locally and recorded."""

    READY = ".frontmap[data-ready='1']"

    def _route(self, route):
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
            return
        self.requests.append(url)
        name = url.split("?")[0].rsplit("/", 1)[-1]
        if name in ("leaflet.js", "leaflet.css"):
            route.fulfill(status=200, body=LEAFLET.joinpath(name).read_bytes())
        else:
            route.fulfill(status=200, body=b"")

    def click(self, marker: dict):
        """Click a drawn marker (x, y are in the map's own pixels) and return the popup."""
        box = self.frame.locator(".frontmap").bounding_box()
        self.page.mouse.click(box["x"] + marker["x"], box["y"] + marker["y"])
        return self.frame.locator(".leaflet-popup-content")


@pytest.fixture
def open_folium(browser):
    opened = []

    def opener(path, frame: bool = False) -> FoliumPage:
        page = FoliumPage(browser, path, 1 if frame else 0)
        opened.append(page)
        return page

    yield opener
    for page in opened:
        page.context.close()


@pytest.fixture
def hostile(hostile_events):
    """The hostile events, one of them also carrying Jinja template syntax in its sentence."""
    hostile_events.loc[0, "sentence"] = f"{PAYLOADS[0]} {PAYLOADS[1]} {JINJA}"
    return hostile_events


def test_a_new_folium_map_carries_the_layer(real_events, places):
    fmap = to_folium(real_events, places)
    assert isinstance(fmap, folium.Map)
    [layer] = [child for child in fmap._children.values() if isinstance(child, FrontmapLayer)]
    assert json.loads(layer.data)["events"]["n"] == len(real_events)


def test_the_layer_is_added_to_a_given_map_with_its_own_view(real_events):
    mine = folium.Map(location=[49.99, 36.23], zoom_start=9)
    assert to_folium(real_events, m=mine) is mine
    page = mine.get_root().render()
    assert '"fit": false' not in page and "fit: false" in page
    assert page.count("window.frontmapRender = render") == 1


def test_the_saved_page_keeps_hostile_text_in_the_inert_data_only(hostile, tmp_path):
    out = tmp_path / "folium.html"
    to_folium(hostile).save(str(out))
    page = out.read_text("utf-8")
    start = page.index('<script type="application/json"')
    island = page[page.index(">", start) + 1 : page.index("</script>", start)]
    assert hostile.iloc[0]["sentence"] in json.loads(island)["events"]["sentences"]
    rest = page[:start] + page[page.index("</script>", start) :]
    for payload in (*PAYLOADS, JINJA, "<img src=x"):
        assert payload not in rest
    assert page.count("</script>") == page.count("<script")


def test_hostile_text_in_a_saved_folium_map_runs_no_script(hostile, hostile_places, tmp_path, open_folium):
    out = tmp_path / "folium.html"
    to_folium(hostile, hostile_places, title="<img src=x onerror=alert(1)>").save(str(out))
    opened = open_folium(out)
    drawn = opened.drawn()
    assert len(drawn) == len(hostile)
    first = next(m for m in drawn if m["id"] == hostile.iloc[0]["event_id"])
    assert opened.click(first).locator(".frontmap-sentence").inner_text() == hostile.iloc[0]["sentence"]
    for marker in drawn:
        popup = opened.click(marker)
        assert popup.locator("img, script, svg:not(.frontmap-icon), b, a").count() == 0
    assert opened.frame.locator(".frontmap-title h1").inner_text() == "<img src=x onerror=alert(1)>"
    assert opened.dialogs == []
    assert opened.page.evaluate("document.body.dataset.pwned") is None
    assert opened.page.title() != "pwned-1"
    assert opened.errors == []


def test_the_notebook_view_draws_the_map_in_its_iframe(real_events, tmp_path, open_folium):
    notebook_cell = tmp_path / "cell.html"
    notebook_cell.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
        + to_folium(real_events)._repr_html_()
        + "</body></html>",
        "utf-8",
    )
    opened = open_folium(notebook_cell, frame=True)
    assert len(opened.drawn()) == len(real_events)
    assert opened.frame.locator(".leaflet-control-layers-overlays label").count() >= 4
    assert opened.errors == []


def test_the_estimated_front_rides_along(real_events, tmp_path, open_folium):
    out = tmp_path / "front.html"
    to_folium(real_events, front=kharkiv_front(real_events)).save(str(out))
    opened = open_folium(out)
    state = opened.frame.eval_on_selector(".frontmap", "node => node.frontmap.front.state()")
    assert state["onMap"] is True and state["areas"] > 0
    assert opened.frame.locator("path.frontmap-front-area").count() == state["areas"]
    assert opened.errors == []


def test_no_request_but_folium_s_own_leaves_the_page(real_events, tmp_path, open_folium):
    out = tmp_path / "folium.html"
    to_folium(real_events).save(str(out))
    opened = open_folium(out)
    hosts = {url.split("/")[2] for url in opened.requests}
    assert hosts <= {
        "cdn.jsdelivr.net",
        "code.jquery.com",
        "cdnjs.cloudflare.com",
        "netdna.bootstrapcdn.com",
        "tile.openstreetmap.org",
    }


def test_the_inline_view_escapes_the_page_into_srcdoc(real_events):
    inline = to_folium(real_events)._repr_html_()
    srcdoc = inline[inline.index('srcdoc="') + len('srcdoc="') : inline.index('" style=')]
    assert "<" not in srcdoc and '"' not in srcdoc
    assert "frontmapRender(root" in html.unescape(srcdoc)


def test_the_layer_refuses_a_feature_group(real_events):
    fmap = folium.Map()
    group = folium.FeatureGroup().add_to(fmap)
    FrontmapLayer("{}").add_to(group)
    with pytest.raises(TypeError, match="folium.Map"):
        fmap.get_root().render()
