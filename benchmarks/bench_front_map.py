"""Benchmark: the map with the estimated front, weekly snapshots over a year.

On synthetic events around real front-line places (``bench_map.synthetic_events``), it estimates
the front for 52 weekly dates with ``geo.front`` (timed, but that is the estimate's cost, not the
map's), then measures what the map adds: the front payload's build time and size, the whole map's
build time and HTML size with and without the front, and in headless Chromium (Debian's
/usr/bin/chromium, network cut) the time until the map is drawn and the time one move of the time
slider takes (events redrawn and the front's snapshot swapped), over every snapshot, the first time
(its layers are built) and again (they are reused).

    PYTHONPATH=. python benchmarks/bench_front_map.py                 # 10,000 events, 52 weeks
    PYTHONPATH=. python benchmarks/bench_front_map.py --events 100000 --estimate-from 10000

``--estimate-from N`` estimates the front from the first N events only (the estimate's own speed is
benchmarked with geo.front), so the map of 100,000 events can be measured in about a minute.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_map import CHROMIUM, CHROMIUM_ARGS, synthetic_events  # noqa: E402

from geo.front import front_snapshots, front_table  # noqa: E402
from maps import build_map  # noqa: E402
from maps.front import front_payload  # noqa: E402
from maps.payload import script_json  # noqa: E402

FIRST_WEEK = date(2022, 9, 1)

# One move of the slider per snapshot, timed in the page: the same call the slider's input makes.
SWEEP = """node => {
  const days = node.frontmap.days, api = node.frontmap;
  const snapshots = JSON.parse(document.getElementById(node.id + "-data").textContent).front.snapshots.day;
  const times = [];
  for (const day of snapshots) {
    const start = performance.now();
    api.setRange(days.min, day);
    times.push(performance.now() - start);
  }
  return times;
}"""


def estimate(events, weeks: int):
    dates = [FIRST_WEEK + timedelta(weeks=k) for k in range(weeks)]
    start = time.perf_counter()
    table = front_table(front_snapshots(events, dates))
    return table, time.perf_counter() - start


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def in_chromium(path: Path) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1200, "height": 800})
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page = context.new_page()
        start = time.perf_counter()
        page.goto(path.as_uri(), timeout=600_000)
        page.wait_for_selector("[data-ready='1']", state="attached", timeout=600_000)
        page.evaluate("new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))")
        drawn = time.perf_counter() - start
        first = page.eval_on_selector(".frontmap", SWEEP)
        again = page.eval_on_selector(".frontmap", SWEEP)
        browser.close()
    return {"drawn_s": drawn, "first_ms": first, "again_ms": again}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--estimate-from", type=int, default=None, help="estimate from the first N events")
    args = parser.parse_args(argv)

    events = synthetic_events(args.events)
    sample = events if args.estimate_from is None else events.iloc[: args.estimate_from]
    front, estimate_s = estimate(sample, args.weeks)
    payload, payload_s = timed(front_payload, front)
    payload_mb = len(script_json(payload).encode("utf-8")) / 1e6
    with tempfile.TemporaryDirectory() as folder:
        plain, plain_s = timed(build_map, events, Path(folder) / "plain.html", tiles=False)
        with_front, front_s = timed(build_map, events, Path(folder) / "front.html", tiles=False, front=front)
        browser = in_chromium(with_front)
        plain_mb = plain.stat().st_size / 1e6
        front_mb = with_front.stat().st_size / 1e6

    def spread(times: list[float]) -> str:
        ordered = sorted(times)
        return f"median {ordered[len(ordered) // 2]:.1f} ms, max {ordered[-1]:.1f} ms"

    print(f"{args.events:,} events, {args.weeks} weekly snapshots from {FIRST_WEEK}")
    print("| what | figure |\n|---|---|")
    estimated = f"{len(front):,} rows, estimated in {estimate_s:.1f} s"
    print(f"| front table (geo.front, from {len(sample):,} events) | {estimated} |")
    shapes = len(payload["shapes"])
    print(f"| front payload (maps.front) | {payload_s:.2f} s, {payload_mb:.2f} MB, {shapes:,} shapes |")
    print(f"| map without front: build, HTML | {plain_s:.2f} s, {plain_mb:.1f} MB |")
    print(f"| map with front: build, HTML | {front_s:.2f} s, {front_mb:.1f} MB |")
    print(f"| with front: drawn in Chromium | {browser['drawn_s']:.2f} s |")
    print(f"| one slider move, first visit of each snapshot | {spread(browser['first_ms'])} |")
    print(f"| one slider move, snapshot seen before | {spread(browser['again_ms'])} |")


if __name__ == "__main__":
    main()
