"""The map in a real browser: headless Chromium, the network cut, hostile articles on the map."""

from __future__ import annotations

import pandas as pd
import pytest

from maps import build_embed, build_map


@pytest.fixture
def offline_map(real_events, places, tmp_path, open_map):
    """The realistic map, no tiles: opened with every request outside the file refused."""
    return open_map(build_map(real_events, tmp_path / "map.html", places=places, tiles=False))


def test_opens_offline_without_requests_or_errors(offline_map):
    assert offline_map.requests == []
    assert offline_map.errors == []


def test_shows_one_marker_per_event(offline_map, real_events):
    drawn = offline_map.drawn()
    assert sorted(marker["id"] for marker in drawn) == sorted(real_events["event_id"])


def test_events_of_one_place_sit_side_by_side(offline_map):
    positions = [(round(m["x"]), round(m["y"])) for m in offline_map.drawn()]
    assert len(set(positions)) == len(positions)


def test_with_tiles_blocked_only_tiles_are_asked_for_and_every_event_shows(real_events, tmp_path, open_map):
    opened = open_map(build_map(real_events, tmp_path / "map.html"))
    assert opened.requests
    assert all(url.startswith("https://tile.openstreetmap.org/") for url in opened.requests)
    assert len(opened.drawn()) == len(real_events)
    assert [error for error in opened.errors if "Failed to load resource" not in error] == []


@pytest.mark.parametrize(
    ("label", "event_type"),
    [
        ("Advance", "advance"),
        ("Retreat", "retreat"),
        ("Strike", "strike"),
        ("Bridge / dam strike", "bridge_strike"),
    ],
)
def test_unticking_a_layer_hides_its_markers(offline_map, real_events, label, event_type):
    labels = offline_map.page.locator(".leaflet-control-layers-overlays label")
    texts = [labels.nth(k).inner_text().strip() for k in range(labels.count())]
    checkbox = labels.nth(next(k for k, text in enumerate(texts) if text.startswith(label + " ("))).locator(
        "input"
    )
    assert any(marker["type"] == event_type for marker in offline_map.drawn())
    checkbox.uncheck()
    drawn = offline_map.drawn()
    assert all(marker["type"] != event_type for marker in drawn)
    assert len(drawn) == (real_events["event_type"] != event_type).sum()
    checkbox.check()
    assert len(offline_map.drawn()) == len(real_events)


def test_the_time_slider_shows_events_up_to_a_date(offline_map, real_events):
    page = offline_map.page
    slider = page.locator("input.frontmap-to")
    kharkiv_done = page.evaluate("Date.UTC(2022, 8, 30) / 86400000")
    slider.fill(str(int(kharkiv_done)))
    shown = {marker["id"] for marker in offline_map.drawn()}
    dated = real_events[real_events["date"].notna()]
    before = set(dated[dated["date"] <= "2022-09-30"]["event_id"])
    undated = set(real_events[real_events["date"].isna()]["event_id"])
    assert shown == before | undated
    assert page.locator("output").nth(1).inner_text() == "2022-09-30"


def test_the_time_range_can_start_later(offline_map, real_events):
    page = offline_map.page
    page.locator("input.frontmap-from").fill(str(int(page.evaluate("Date.UTC(2022, 10, 1) / 86400000"))))
    shown = {marker["id"] for marker in offline_map.drawn()}
    later = set(real_events[(real_events["date"] >= "2022-11-01") | real_events["date"].isna()]["event_id"])
    assert shown == later


def click_marker(opened, predicate):
    marker = next(m for m in opened.drawn() if predicate(m))
    box = opened.page.locator(".frontmap-map").bounding_box()
    opened.page.mouse.click(box["x"] + marker["x"], box["y"] + marker["y"])
    return opened.page.locator(".leaflet-popup-content")


def test_a_popup_shows_sentence_date_place_precision_and_sources(offline_map, real_events):
    kupiansk = real_events.iloc[1]
    popup = click_marker(offline_map, lambda m: m["id"] == kupiansk["event_id"])
    text = popup.inner_text()
    assert kupiansk["sentence"] in text
    assert "2022-09-10" in text and "Kupiansk" in text and "geo_precision 1" in text
    assert "Reported by 2 articles" in text
    links = popup.locator("a")
    assert [links.nth(k).get_attribute("href") for k in range(links.count())] == [
        "https://www.reuters.com/world/europe/kupiansk",
        "https://www.bbc.com/news/kupiansk",
    ]


def test_an_undated_event_says_so(offline_map, real_events):
    undated = real_events[real_events["date"].isna()].iloc[0]
    popup = click_marker(offline_map, lambda m: m["id"] == undated["event_id"])
    assert "unknown" in popup.locator(".frontmap-undated").inner_text()


def test_hostile_articles_run_no_script(hostile_events, hostile_places, tmp_path, open_map):
    out = build_map(
        hostile_events, tmp_path / "map.html", places=hostile_places, title="<img src=x onerror=alert(1)>"
    )
    opened = open_map(out)
    page = opened.page
    for marker in opened.drawn():
        click_marker(opened, lambda m, wanted=marker["id"]: m["id"] == wanted)
        popup = page.locator(".leaflet-popup-content")
        assert popup.locator("img, script, svg:not(.frontmap-icon), b").count() == 0
        assert popup.locator("a").count() == 0
    page.locator(".frontmap-title summary").click()
    page.mouse.move(10, 400)
    labels = page.locator(".frontmap-place-label")
    assert [labels.nth(k).inner_text() for k in range(labels.count())] == list(hostile_places["name"])
    assert opened.dialogs == []
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.title() == "<img src=x onerror=alert(1)>"
    assert page.locator(".frontmap img:not(.leaflet-tile), .frontmap script, .frontmap b").count() == 0
    assert len(opened.drawn()) == len(hostile_events)
    assert [e for e in opened.errors if "Failed to load resource" not in e] == []
    assert all(url.startswith("https://tile.openstreetmap.org/") for url in opened.requests)


def test_hostile_text_is_shown_as_text(hostile_events, tmp_path, open_map):
    opened = open_map(build_map(hostile_events, tmp_path / "map.html", tiles=False))
    popup = click_marker(opened, lambda m: m["id"] == hostile_events.iloc[3]["event_id"])
    assert popup.locator(".frontmap-sentence").inner_text() == hostile_events.iloc[3]["sentence"]


def test_two_embedded_maps_share_a_page(real_events, hostile_events, tmp_path, open_map):
    build_embed(real_events, tmp_path / "kharkiv.html", map_id="kharkiv")
    build_embed(hostile_events, tmp_path / "hostile.html", map_id="hostile")
    report = tmp_path / "report.html"
    report.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report</title></head><body>"
        "<h1>Report</h1>"
        + (tmp_path / "kharkiv.html").read_text()
        + "<p>Between the maps.</p>"
        + (tmp_path / "hostile.html").read_text()
        + "</body></html>"
    )
    opened = open_map(report)
    opened.page.wait_for_function("document.querySelectorAll('[data-ready=\"1\"]').length == 2")
    assert len(opened.drawn("#kharkiv")) == len(real_events)
    assert len(opened.drawn("#hostile")) == len(hostile_events)
    assert opened.dialogs == []
    assert [e for e in opened.errors if "Failed to load resource" not in e] == []


def test_crowded_events_cluster_and_open_up_when_clicked(real_events, tmp_path, open_map):
    strikes = real_events.iloc[[4] * 120].copy()  # 120 strikes reported in Kharkiv
    strikes["event_id"] = [f"{k:016x}" for k in range(len(strikes))]
    events = pd.concat([real_events, strikes], ignore_index=True)
    in_kharkiv = 120 + (real_events["place"] == "Kharkiv").sum()
    opened = open_map(build_map(events, tmp_path / "map.html", tiles=False))
    clusters = opened.page.eval_on_selector(".frontmap", "node => node.frontmap.clusters()")
    assert [cluster["count"] for cluster in clusters] == [in_kharkiv]
    assert len(opened.drawn()) == len(events) - in_kharkiv
    box = opened.page.locator(".frontmap-map").bounding_box()
    for _ in range(6):
        clusters = opened.page.eval_on_selector(".frontmap", "node => node.frontmap.clusters()")
        if not clusters:
            break
        opened.page.mouse.click(box["x"] + clusters[0]["x"], box["y"] + clusters[0]["y"])
        opened.page.wait_for_timeout(400)
    kharkiv = [marker for marker in opened.drawn() if marker["id"] in set(strikes["event_id"])]
    assert len(kharkiv) == 120
    assert len({(round(m["x"]), round(m["y"])) for m in kharkiv}) == 120
