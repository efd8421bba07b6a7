"""The estimated front on the interactive map, in headless Chromium with the network cut."""

from __future__ import annotations

import pytest
from map_events import PAYLOADS, POINTS
from map_front import kharkiv_front

from maps import build_embed, build_map

LABEL = "Front line (estimated)"


@pytest.fixture
def front(real_events):
    return kharkiv_front(real_events)


@pytest.fixture
def front_map(real_events, places, front, tmp_path, open_map):
    """The Kharkiv map with its front, no tiles: every request is refused and recorded."""
    return open_map(build_map(real_events, tmp_path / "map.html", places=places, tiles=False, front=front))


def front_state(opened, root: str = ".frontmap") -> dict:
    return opened.page.eval_on_selector(root, "node => node.frontmap.front.state()")


def holder(opened, place: str) -> str | None:
    lon, lat = POINTS[place]
    found = opened.page.eval_on_selector(".frontmap", f"node => node.frontmap.front.at({lon}, {lat})")
    return found and found["controller"]


def move_slider_to(opened, iso_day: str) -> None:
    year, month, day = (int(part) for part in iso_day.split("-"))
    value = opened.page.evaluate(f"Date.UTC({year}, {month - 1}, {day}) / 86400000")
    opened.page.locator("input.frontmap-to").fill(str(int(value)))


def layer_checkbox(opened, label: str):
    labels = opened.page.locator(".leaflet-control-layers-overlays label")
    texts = [labels.nth(k).inner_text().strip() for k in range(labels.count())]
    return labels.nth(texts.index(label)).locator("input")


def click_at(opened, lon: float, lat: float):
    """Click the map at a point where no event marker is, and return the popup."""
    page = opened.page
    x, y = page.eval_on_selector(
        ".frontmap",
        f"node => Object.values(node.frontmap.map.latLngToContainerPoint([{lat}, {lon}]))",
    )
    box = page.locator(".frontmap-map").bounding_box()
    assert 0 < x < box["width"] and 0 < y < box["height"], "the point is out of view"
    assert all(abs(m["x"] - x) > 15 or abs(m["y"] - y) > 15 for m in opened.drawn()), "a marker is in the way"
    page.mouse.click(box["x"] + x, box["y"] + y)
    return page.locator(".leaflet-popup-content")


def inside(front, as_of: str, controller: str) -> tuple[float, float]:
    area = front[(front["as_of"] == as_of) & (front["controller"] == controller)].geometry.iloc[0]
    point = area.representative_point()
    return point.x, point.y


def test_the_layer_is_in_the_layer_control_and_drawn_offline(front_map):
    assert layer_checkbox(front_map, LABEL).is_checked()
    assert front_state(front_map) == {
        "asOf": "2022-09-20",
        "reports": 4,
        "areas": 2,
        "lines": 2,
        "onMap": True,
    }
    assert front_map.page.locator("path.frontmap-front-area").count() == 2
    assert front_map.page.locator("path.frontmap-front-line").count() == 2
    assert front_map.requests == []
    assert front_map.errors == []


def test_unticking_the_layer_hides_areas_lines_and_their_key(front_map):
    page = front_map.page
    layer_checkbox(front_map, LABEL).uncheck()
    assert page.locator("path.frontmap-front-area, path.frontmap-front-line").count() == 0
    assert not page.locator(".frontmap-front-legend").is_visible()
    assert front_state(front_map)["onMap"] is False
    layer_checkbox(front_map, LABEL).check()
    assert page.locator("path.frontmap-front-area").count() == 2
    assert page.locator(".frontmap-front-legend").is_visible()


@pytest.mark.parametrize(
    ("slider", "as_of", "izium", "kharkiv"),
    [
        ("2022-11-11", "2022-09-20", "UA", "UA"),  # the latest snapshot stays until the next
        ("2022-09-20", "2022-09-20", "UA", "UA"),
        ("2022-09-19", "2022-09-01", "RU", "UA"),
        ("2022-09-05", "2022-09-01", "RU", "UA"),
        ("2022-08-01", None, None, None),  # before the first snapshot: no estimate drawn
    ],
)
def test_the_slider_shows_the_latest_snapshot_up_to_its_date(front_map, slider, as_of, izium, kharkiv):
    move_slider_to(front_map, slider)
    state = front_state(front_map)
    assert state["asOf"] == as_of
    drawn = front_map.page.locator("path.frontmap-front-area").count()
    assert drawn == (2 if as_of else 0)
    assert holder(front_map, "Izium") == izium
    assert holder(front_map, "Kharkiv") == kharkiv


def test_the_slider_can_go_back_and_forth(front_map):
    for slider, as_of in [
        ("2022-09-05", "2022-09-01"),
        ("2022-10-01", "2022-09-20"),
        ("2022-09-02", "2022-09-01"),
    ]:
        move_slider_to(front_map, slider)
        assert front_state(front_map)["asOf"] == as_of
    assert front_map.page.locator("path.frontmap-front-area").count() == 2


def test_observed_line_is_solid_and_inferred_line_dashed(front_map):
    page = front_map.page
    observed = page.locator("path.frontmap-front-observed")
    inferred = page.locator("path.frontmap-front-inferred")
    assert observed.count() == 1 and inferred.count() == 1
    assert observed.get_attribute("stroke-dasharray") is None
    assert inferred.get_attribute("stroke-dasharray") == "7 6"
    key = page.locator(".frontmap-front-legend line")
    assert [key.nth(k).get_attribute("stroke-dasharray") for k in range(key.count())] == [None, "7 6"]


def test_areas_are_shaded_by_side_and_confidence(front_map):
    page = front_map.page
    ukraine = page.locator("path.frontmap-front-UA")
    russia = page.locator("path.frontmap-front-RU")
    assert ukraine.get_attribute("fill") == "#1f5fbf" and russia.get_attribute("fill") == "#d1302b"
    # Ukraine's area rests on four reports (0.85), Russia's is the baseline (0.3): the surer, the darker.
    assert float(ukraine.get_attribute("fill-opacity")) > float(russia.get_attribute("fill-opacity"))


def test_the_legend_says_how_many_reports_the_estimate_rests_on(front_map):
    note = front_map.page.locator(".frontmap-front-note")
    assert note.inner_text() == "As of 2022-09-20: estimated from 4 reports; not a record of fact"
    move_slider_to(front_map, "2022-09-05")
    assert note.inner_text() == "As of 2022-09-01: baseline only (no report moves it); not a record of fact"
    move_slider_to(front_map, "2022-08-01")
    assert note.inner_text() == "No estimate before 2022-09-01"


def test_an_area_popup_lists_the_reports_behind_it(front_map, front, real_events):
    popup = click_at(front_map, *inside(front, "2022-09-20", "UA"))
    text = popup.inner_text()
    assert "Held by Ukraine (estimated)" in text
    assert "Estimated from 4 reports" in text and "Last evidence" in text and "2022-09-10" in text
    items = popup.locator(".frontmap-front-reports li")
    assert items.count() == 4
    listed = [items.nth(k).inner_text() for k in range(4)]
    for place in ("Balakliia", "Izium", "Kupiansk"):
        assert any(item.startswith(place) for item in listed)
    izium = real_events[(real_events["place"] == "Izium") & (real_events["event_type"] == "retreat")].iloc[0]
    assert any(izium["sentence"] in item and "Kyiv Independent" in item for item in listed)
    assert listed[-1].startswith("Balakliia")  # newest first: Balakliia (8 September) is the oldest


def test_a_baseline_area_says_it_rests_on_no_report(front_map, front):
    popup = click_at(front_map, *inside(front, "2022-09-20", "RU"))
    assert "Held by Russia (estimated)" in popup.inner_text()
    assert "No report: the baseline" in popup.inner_text()
    assert popup.locator(".frontmap-front-reports li").count() == 0


def test_with_the_layer_off_a_click_opens_no_area_popup(front_map, front):
    layer_checkbox(front_map, LABEL).uncheck()
    click_at(front_map, *inside(front, "2022-09-20", "UA"))
    assert front_map.page.locator(".leaflet-popup-content").count() == 0


def test_hostile_reports_behind_an_area_run_no_script(hostile_events, real_events, tmp_path, open_map):
    front = kharkiv_front(real_events)
    hostile_ids = [*hostile_events["event_id"], PAYLOADS[0], PAYLOADS[1]]  # two ids not on the map
    front.loc[(front["as_of"] == "2022-09-20") & (front["controller"] == "UA"), "event_ids"] = ";".join(
        hostile_ids
    )
    opened = open_map(build_map(hostile_events, tmp_path / "map.html", tiles=False, front=front))
    popup = click_at(opened, 37.2, 49.6)  # west of the Oskil, in view of the events near Kupiansk
    page = opened.page
    assert popup.locator(".frontmap-front-reports li").count() == len(hostile_ids)
    assert popup.locator("img, script, svg, b, a").count() == 0
    snippets = popup.locator(".frontmap-front-snippet")
    shown = {snippets.nth(k).inner_text() for k in range(snippets.count())}
    assert PAYLOADS[0] in shown and PAYLOADS[1] in shown  # shown as text, not run
    assert f"Report {PAYLOADS[1]} (not on this map)" in popup.inner_text()
    assert opened.dialogs == []
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.title() != "pwned-1"
    assert opened.requests == []
    assert opened.errors == []


def test_a_map_without_a_front_has_no_front_layer(real_events, tmp_path, open_map):
    opened = open_map(build_map(real_events, tmp_path / "map.html", tiles=False))
    labels = opened.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert all(LABEL not in label for label in labels)
    assert opened.page.eval_on_selector(".frontmap", "node => node.frontmap.front") is None
    assert opened.page.locator(".frontmap-front-legend").count() == 0


def test_the_embedded_fragment_draws_the_front_too(real_events, front, tmp_path, open_map):
    build_embed(real_events, tmp_path / "kharkiv.html", map_id="kharkiv", front=front)
    report = tmp_path / "report.html"
    report.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report</title></head><body>"
        + (tmp_path / "kharkiv.html").read_text()
        + "</body></html>"
    )
    opened = open_map(report)
    assert front_state(opened, "#kharkiv")["asOf"] == "2022-09-20"
    assert opened.page.locator("#kharkiv path.frontmap-front-area").count() == 2
    full = open_map(tmp_path / "kharkiv-map.html")
    assert full.page.locator("path.frontmap-front-line").count() == 2
    tiles_refused = "Failed to load resource"  # embeds draw OSM tiles, which the test refuses
    assert [error for error in opened.errors + full.errors if tiles_refused not in error] == []


def test_draws_what_geo_front_estimates_and_follows_it_in_time(real_events, tmp_path, open_map):
    """The map and the real estimate together: Izium, liberated on 10 September 2022, changes side."""
    from geo.front import front_snapshots, front_table

    front = front_table(front_snapshots(real_events))
    opened = open_map(build_map(real_events, tmp_path / "map.html", tiles=False, front=front))
    move_slider_to(opened, "2022-09-05")
    assert holder(opened, "Izium") == "RU"
    move_slider_to(opened, "2022-09-20")
    assert holder(opened, "Izium") == "UA"
    assert holder(opened, "Kharkiv") == "UA"
    state = front_state(opened)
    assert state["areas"] == opened.page.locator("path.frontmap-front-area").count() > 2
    assert opened.requests == [] and opened.errors == []


def test_an_area_whose_events_have_several_articles_says_both_counts(real_events, places, tmp_path, open_map):
    front = kharkiv_front(real_events)
    ukraine = (front["as_of"] == "2022-09-20") & (front["controller"] == "UA")
    front.loc[ukraine, "n_reports"] = 6  # the Kupiansk event was reported by two articles, and so on
    opened = open_map(build_map(real_events, tmp_path / "map.html", places=places, tiles=False, front=front))
    popup = click_at(opened, *inside(front, "2022-09-20", "UA"))
    assert "Estimated from 6 reports of 4 events" in popup.inner_text()


def test_hovering_an_area_says_who_holds_it(front_map, front):
    page = front_map.page
    lon, lat = inside(front, "2022-09-20", "UA")
    x, y = page.eval_on_selector(
        ".frontmap", f"node => Object.values(node.frontmap.map.latLngToContainerPoint([{lat}, {lon}]))"
    )
    box = page.locator(".frontmap-map").bounding_box()
    page.mouse.move(box["x"] + x, box["y"] + y)
    tip = page.locator(".frontmap-tip")
    assert tip.is_visible()
    assert tip.inner_text() == "Held by Ukraine (estimated), confidence 85%: click for the reports"
    layer_checkbox(front_map, LABEL).uncheck()
    page.mouse.move(box["x"] + x + 1, box["y"] + y)
    assert not tip.is_visible()


def test_hovering_a_baseline_area_shows_no_tip(front_map, front):
    page = front_map.page
    lon, lat = inside(front, "2022-09-20", "RU")  # rests on no report
    x, y = page.eval_on_selector(
        ".frontmap", f"node => Object.values(node.frontmap.map.latLngToContainerPoint([{lat}, {lon}]))"
    )
    box = page.locator(".frontmap-map").bounding_box()
    page.mouse.move(box["x"] + x, box["y"] + y)
    assert not page.locator(".frontmap-tip").is_visible()
