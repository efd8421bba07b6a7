"""Screenshots of the map with the estimated front at two dates of the time slider, for the README.

Ingests the repository's own articles (examples/ and the test fixtures, written for this project)
into a temporary store, estimates the front for every day control changes (geo.front), draws the
map with no tiles (so the picture needs no network and shows only what frontmap draws), and shoots
it in headless Debian Chromium with the browser tests' flags, once per date (the last with the popup
of the area that rests on the most reports open):

    python scripts/screenshot_front.py            # docs/front-2022-09-01.png and docs/front-2022-10-15.png
    python scripts/screenshot_front.py --dates 2022-09-05 2022-11-20 --out-dir /tmp

Each file is written to a temporary name and renamed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [
    ROOT / "examples",
    ROOT / "tests" / "fixtures" / "articles",
    ROOT / "tests" / "fixtures" / "store",
]
DATES = ("2022-09-01", "2022-10-15")
# The Kharkiv counteroffensive and the Donbas front: west, south, east, north.
VIEW = (35.3, 47.7, 39.6, 50.5)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [  # as tests/maps/conftest.py launches it
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1200, "height": 800}


def build(folder: Path) -> Path:
    """Ingest the articles, estimate the front and write the map; return the map's path."""
    from geo import api
    from geo.front import front_snapshots, front_table
    from maps import build_map

    store = folder / "events.gpkg"
    api.ingest([str(path) for path in ARTICLES], store=store)
    events = api.events(store, merged=True)
    front = front_table(front_snapshots(events))
    title = "Estimated front, Kharkiv and Donbas 2022 (frontmap's own test articles)"
    return build_map(events, folder / "map.html", title=title, tiles=False, front=front)


# Where to look for the area with the most reports: a grid over the map, clear of the panels and markers.
BUSIEST_SEARCH = """node => {
  const api = node.frontmap, size = api.map.getSize(), markers = api.drawn();
  let best = null;
  for (let x = 380; x < size.x - 300; x += 12) {
    for (let y = 120; y < size.y - 120; y += 12) {
      if (markers.some(m => Math.abs(m.x - x) < 20 && Math.abs(m.y - y) < 20)) {
        continue;
      }
      const at = api.map.containerPointToLatLng([x, y]), area = api.front.at(at.lng, at.lat);
      if (area && (!best || area.reports > best.reports)) {
        best = {x: x, y: y, reports: area.reports};
      }
    }
  }
  return best;
}"""


def open_busiest_area(page) -> None:
    """Click the area resting on the most reports, so the screenshot shows an area's popup."""
    best = page.eval_on_selector(".frontmap", BUSIEST_SEARCH)
    if best and best["reports"]:
        box = page.locator(".frontmap-map").bounding_box()
        page.mouse.click(box["x"] + best["x"], box["y"] + best["y"])


def shoot(page_path: Path, dates: list[str], out_dir: Path) -> list[Path]:
    """Open the map once and save a screenshot at each slider date; return the files written."""
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=VIEWPORT)
        context.route(
            "**/*",
            lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort(),
        )
        page = context.new_page()
        page.goto(page_path.as_uri())
        page.wait_for_selector("[data-ready='1']", state="attached")
        west, south, east, north = VIEW
        page.eval_on_selector(
            ".frontmap", f"node => node.frontmap.map.fitBounds([[{south}, {west}], [{north}, {east}]])"
        )
        for k, day in enumerate(dates):
            value = (date.fromisoformat(day) - date(1970, 1, 1)).days
            page.locator("input.frontmap-to").fill(str(value))
            if k == len(dates) - 1:
                open_busiest_area(page)
            page.wait_for_timeout(300)
            out = out_dir / f"front-{day}.png"
            temporary = out.with_name(f".{out.name}.tmp.png")
            page.screenshot(path=str(temporary))
            temporary.replace(out)
            state = page.eval_on_selector(".frontmap", "node => node.frontmap.front.state()")
            print(
                f"{out}: snapshot of {state['asOf']}, {state['areas']} areas, {state['lines']} lines",
                file=sys.stderr,
            )
            written.append(out)
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dates", nargs="+", default=list(DATES), help="slider end dates, YYYY-MM-DD")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        shoot(build(Path(folder)), args.dates, args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
