"""Fixtures for the map tests: event tables, places, and a headless Chromium with the network cut."""

from __future__ import annotations

import geopandas as gpd
import pytest
from map_events import HOSTILE_ARTICLE, PAYLOADS, POINTS, REAL, REUTERS, event_rows, to_frame
from map_page import OpenedMap
from shapely.geometry import Point

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def real_events() -> gpd.GeoDataFrame:
    """Thirteen events of 2022 around Kharkiv, Izium, Kupiansk and Kherson; one merged from two sources."""
    rows = event_rows(REAL)
    kupiansk = rows[1]
    kupiansk["source_count"] = 2
    kupiansk["sources"] = [
        {"title": REUTERS[0], "url": REUTERS[2], "source": "Reuters"},
        {"title": "Flag raised over Kupiansk", "url": "https://www.bbc.com/news/kupiansk", "source": "BBC"},
    ]
    for row in rows:
        row.setdefault("sources", None)
    return to_frame(rows)


@pytest.fixture
def hostile_events() -> gpd.GeoDataFrame:
    """Events whose sentence, place, title, source and URL carry script, template and escape tricks."""
    specs = [
        ("advance", "UA", payload, 1, "2022-09-12", "day", payload, HOSTILE_ARTICLE) for payload in PAYLOADS
    ]
    specs.append(
        (
            "<img src=x onerror=alert(9)>",
            "RU",
            "Kupiansk",
            1,
            "2022-09-13",
            "day",
            "A new kind of event `${x}`.",
            HOSTILE_ARTICLE,
        )
    )
    rows = event_rows(specs)
    for row, payload in zip(rows, PAYLOADS, strict=False):
        row["url"] = "javascript:document.body.dataset.pwned='8'"
        row["title"] = payload
        row["source"] = payload
    rows[0]["sources"] = [{"title": PAYLOADS[1], "url": "JaVaScRiPt:alert(10)", "source": PAYLOADS[2]}]
    for row in rows[1:]:
        row["sources"] = None
    return to_frame(rows)


@pytest.fixture
def places() -> gpd.GeoDataFrame:
    """Resolved places named in the articles, with how often each was mentioned."""
    names = ["Kharkiv", "Izium", "Kupiansk", "Balakliia", "Kherson", "Lyman"]
    return gpd.GeoDataFrame(
        {"name": names, "kind": ["city"] * len(names), "mention_count": [9, 7, 5, 3, 6, 2]},
        geometry=[Point(*POINTS[name]) for name in names],
        crs="EPSG:4326",
    )


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_map(browser):
    """Open a map file in Chromium with the network cut; yields a function path -> OpenedMap."""
    opened = []

    def opener(path) -> OpenedMap:
        page = OpenedMap(browser, path)
        opened.append(page)
        return page

    yield opener
    for page in opened:
        page.context.close()


@pytest.fixture
def hostile_places() -> gpd.GeoDataFrame:
    """Places whose names carry the same tricks, and a mathtext one for matplotlib."""
    names = [*PAYLOADS, "$\\unknowncommand{x}$ costs $5"]
    return gpd.GeoDataFrame(
        {"name": names, "kind": ["town"] * len(names), "mention_count": range(len(names), 0, -1)},
        geometry=[Point(37.0 + 0.2 * k, 49.0) for k in range(len(names))],
        crs="EPSG:4326",
    )
