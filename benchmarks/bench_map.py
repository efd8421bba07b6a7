"""Benchmark: frontmap's map against folium's per-object markers, at 1,000 / 10,000 / 100,000 events.

For each size it measures, in one run on the same synthetic events: the build time, the HTML size and
the time until the map has drawn in headless Chromium (Debian's /usr/bin/chromium, network cut), for
frontmap's page, frontmap's layer on a folium map (``maps.to_folium``) and folium's own markers. The
folium baseline is one ``folium.Marker`` (with an escaped popup) per event in a ``MarkerCluster``; its
CDN scripts are served from installed packages (django-js-lib-leaflet, xstatic-leaflet-markercluster)
so it can draw offline too. Targets at 100,000 events: build < 5 s, HTML < 25 MB, drawn < 5 s.

    PYTHONPATH=. python benchmarks/bench_map.py                # 1k, 10k, 100k; folium skipped above 10k
    PYTHONPATH=. python benchmarks/bench_map.py --folium-all   # folium at 100k too (minutes)
    PYTHONPATH=. python benchmarks/bench_map.py --sizes 1000

Also runnable as ``pytest benchmarks/bench_map.py --benchmark-enable`` for the build time alone.
"""

from __future__ import annotations

import argparse
import html
import tempfile
import time
from functools import partial
from importlib import resources
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from maps import build_map

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
SIZES = (1_000, 10_000, 100_000)
FOLIUM_LIMIT = 10_000  # folium's per-object map takes minutes above this; --folium-all runs it anyway
DRAW_TIMEOUT_MS = 600_000

# Front-line places (name, lon, lat) the synthetic events are scattered around.
PLACES = [
    ("Kharkiv", 36.2304, 49.9935),
    ("Izium", 37.2564, 49.2086),
    ("Kupiansk", 37.6156, 49.7106),
    ("Balakliia", 36.8586, 49.4627),
    ("Lyman", 37.8064, 48.9889),
    ("Bakhmut", 38.0003, 48.5953),
    ("Avdiivka", 37.7497, 48.1394),
    ("Kherson", 32.6169, 46.6354),
    ("Vuhledar", 37.2484, 47.7808),
    ("Robotyne", 35.8333, 47.4500),
    ("Chasiv Yar", 37.8400, 48.5900),
    ("Pokrovsk", 37.1753, 48.2817),
    ("Vovchansk", 36.9417, 50.2906),
    ("Siversk", 38.0958, 48.8656),
    ("Toretsk", 37.8470, 48.3980),
    ("Kreminna", 38.2167, 49.0500),
    ("Marinka", 37.4989, 47.9442),
    ("Orikhiv", 35.7850, 47.5678),
]
TYPES = ["advance", "retreat", "strike", "bridge_strike"]
ACTORS = ["UA", "RU", "unknown"]
SENTENCES = [
    "{actor} forces {verb} positions near {place} on {day}, according to the General Staff's evening report.",
    "Officials in {place} said {actor} units had {verb} the outskirts after days of heavy fighting.",
    "Satellite images published on {day} show that {actor} troops {verb} several villages east of {place}.",
]
VERBS = {
    "advance": "advanced towards",
    "retreat": "withdrew from",
    "strike": "shelled",
    "bridge_strike": "struck the bridge at",
}


def synthetic_events(count: int, seed: int = 1) -> gpd.GeoDataFrame:
    """``count`` events in the event-table schema, around real front-line places, 2022 to 2024."""
    rng = np.random.default_rng(seed)
    place = rng.integers(0, len(PLACES), count)
    # A quarter of events sit exactly on the place; the rest are scattered up to ~20 km around it.
    jitter = rng.normal(0, 0.12, (count, 2)) * (rng.random(count) > 0.25)[:, None]
    lon = np.array([PLACES[k][1] for k in place]) + jitter[:, 0]
    lat = np.array([PLACES[k][2] for k in place]) + jitter[:, 1]
    days = pd.Timestamp("2022-02-24") + pd.to_timedelta(rng.integers(0, 1000, count), unit="D")
    dates = pd.Series(days.strftime("%Y-%m-%d"), dtype=object)
    dates[rng.random(count) < 0.03] = None
    types = rng.choice(TYPES, count, p=[0.35, 0.2, 0.4, 0.05])
    actors = rng.choice(ACTORS, count, p=[0.45, 0.45, 0.1])
    article = rng.integers(0, max(1, count // 6), count)
    template = rng.integers(0, len(SENTENCES), count)
    sentences = [
        SENTENCES[template[k]].format(
            actor={"UA": "Ukrainian", "RU": "Russian"}.get(actors[k], "Unidentified"),
            verb=VERBS[types[k]],
            place=PLACES[place[k]][0],
            day=dates[k] or "Monday",
        )
        for k in range(count)
    ]
    return gpd.GeoDataFrame(
        {
            "event_id": [f"{k:016x}" for k in range(count)],
            "event_type": types,
            "actor": actors,
            "place": [PLACES[k][0] for k in place],
            "place_id": [str(k) for k in place],
            "place_kind": "town",
            "geo_precision": rng.integers(1, 4, count),
            "date": dates,
            "date_precision": np.where(dates.isna(), None, "day"),
            "sentence": sentences,
            "article_id": [f"a{k:015x}" for k in article],
            "title": [f"Front line update no. {k}" for k in article],
            "source": "Example Wire",
            "url": [f"https://news.example.org/front/{k}" for k in article],
            "published": [f"2024-{1 + k % 12:02d}-{1 + k % 28:02d}" for k in article],
            "source_count": 1,
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )


def build_in_folium(events: gpd.GeoDataFrame, out: Path) -> Path:
    """frontmap's layer on a folium map (maps.to_folium), saved as folium saves any map."""
    from maps import to_folium

    to_folium(events).save(str(out))
    return out


def build_folium(events: gpd.GeoDataFrame, out: Path) -> Path:
    """The baseline: one folium Marker per event, in a MarkerCluster, escaped popups."""
    import folium
    from folium.plugins import MarkerCluster

    # MarkerCluster needs the maxZoom a tile layer gives the map; its tiles are answered empty offline.
    fmap = folium.Map(location=[48.5, 37.0], zoom_start=7, tiles="OpenStreetMap")
    cluster = MarkerCluster().add_to(fmap)
    for row in events.itertuples(index=False):
        popup = folium.Popup(html.escape(f"{row.sentence} ({row.date}, {row.place})"), max_width=300)
        folium.Marker([row.geometry.y, row.geometry.x], popup=popup).add_to(cluster)
    fmap.save(str(out))
    return out


# folium's popups call jQuery only as ``$(html)[0]``; this stand-in does that much, so the baseline
# does not need jQuery itself (bootstrap and awesome-markers are unused by plain Markers).
JQUERY_STAND_IN = (
    b"window.$ = window.jQuery = function (markup) {"
    b" var t = document.createElement('template'); t.innerHTML = markup.trim();"
    b" return [t.content.firstChild]; };"
)


def _local_assets() -> dict[str, bytes]:
    """Files folium's page asks CDNs for, from installed packages, by file name."""
    found = {"jquery-3.7.1.min.js": JQUERY_STAND_IN}
    leaflet = resources.files("js_lib_leaflet").joinpath("static", "js_lib_leaflet")
    cluster = resources.files("xstatic.pkg.leaflet_markercluster").joinpath("data")
    for root in (leaflet, leaflet.joinpath("images"), cluster):
        for entry in root.iterdir():
            if entry.is_file():
                found[entry.name] = entry.read_bytes()
    return found


def time_to_draw(browser, path: Path, ready_selector: str, assets: dict[str, bytes]) -> float:
    """Seconds from opening ``path`` until ``ready_selector`` is in the page (network served locally)."""
    context = browser.new_context(viewport={"width": 1200, "height": 800})

    def route(request_route):
        url = request_route.request.url
        if url.startswith("file://"):
            request_route.continue_()
            return
        name = url.split("?")[0].rsplit("/", 1)[-1]
        request_route.fulfill(status=200, body=assets.get(name, b""))

    context.route("**/*", route)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(path.as_uri(), timeout=DRAW_TIMEOUT_MS)
    page.wait_for_selector(ready_selector, state="attached", timeout=DRAW_TIMEOUT_MS)
    page.evaluate("new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))")
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def _row(label: str, count: int, build, out: Path, browser, selector: str, assets) -> dict:
    """A row of the table: ``build(out)`` timed, the file's size, and how long Chromium takes to draw it."""
    start = time.perf_counter()
    build(out)
    built = time.perf_counter() - start
    drawn = time_to_draw(browser, out, selector, assets)
    return {
        "map": label,
        "events": count,
        "build_s": built,
        "html_mb": out.stat().st_size / 1e6,
        "drawn_s": drawn,
    }


def measure(sizes, folium_limit: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    assets = _local_assets()
    results = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for count in sizes:
            events = synthetic_events(count)
            drawn_when = "[data-ready='1']"
            results.append(
                _row(
                    "frontmap",
                    count,
                    partial(build_map, events, tiles=False),
                    Path(folder) / f"frontmap-{count}.html",
                    browser,
                    drawn_when,
                    assets,
                )
            )
            results.append(
                _row(
                    "frontmap in folium (maps.to_folium)",
                    count,
                    partial(build_in_folium, events),
                    Path(folder) / f"in-folium-{count}.html",
                    browser,
                    drawn_when,
                    assets,
                )
            )
            if count > folium_limit:
                results.append(
                    {
                        "map": "folium Marker+MarkerCluster",
                        "events": count,
                        "build_s": None,
                        "html_mb": None,
                        "drawn_s": None,
                    }
                )
                continue
            results.append(
                _row(
                    "folium Marker+MarkerCluster",
                    count,
                    partial(build_folium, events),
                    Path(folder) / f"folium-{count}.html",
                    browser,
                    ".marker-cluster, .leaflet-marker-icon",
                    assets,
                )
            )
        browser.close()
    return results


def table(results: list[dict]) -> str:
    def cell(value, unit):
        return "skipped" if value is None else f"{value:.2f} {unit}"

    lines = ["| map | events | build | HTML | drawn in Chromium |", "|---|---:|---:|---:|---:|"]
    for r in results:
        lines.append(
            f"| {r['map']} | {r['events']:,} | {cell(r['build_s'], 's')} | "
            f"{cell(r['html_mb'], 'MB')} | {cell(r['drawn_s'], 's')} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--folium-all", action="store_true", help="run folium's baseline at every size")
    args = parser.parse_args(argv)
    print(table(measure(args.sizes, folium_limit=max(args.sizes) if args.folium_all else FOLIUM_LIMIT)))


def test_build_map_10000(benchmark, tmp_path):
    """pytest-benchmark: building the map of 10,000 events."""
    events = synthetic_events(10_000)
    benchmark(build_map, events, tmp_path / "map.html", tiles=False)


if __name__ == "__main__":
    main()
