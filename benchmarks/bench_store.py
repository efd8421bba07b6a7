"""Benchmark: the event store. Ingest a folder of articles, re-ingest it unchanged, build a big map.

Measures, on synthetic Markdown articles about the war in Ukraine (three event sentences each):
- ingest of N articles (default 10,000) into a new store: articles/s, events, store size;
- re-ingest of the same unchanged folder (should be near free: one stat and one lookup per file);
- the map built from a store of M events (default 100,000): reading and merging the reports, and
  drawing the HTML map through the ``interactive`` renderer (maps.build_map);
- ``--process``: ``frontmap build`` of that store as a whole process (start-up, imports, reading,
  merging, payload, writing), as a user runs it, each the median of ``--runs`` fresh processes; with
  ``--folium``, once, a whole process drawing the same stored reports as folium Markers in a
  MarkerCluster (the per-object baseline; about a minute at 100,000).

    python benchmarks/bench_store.py                         # 10,000 articles, 100,000 events
    python benchmarks/bench_store.py --articles 1000 --events 10000
    python benchmarks/bench_store.py --process --store /tmp/big.gpkg            # kept for re-runs
    python benchmarks/bench_store.py --process --store /tmp/big.gpkg --folium   # folium once
    python benchmarks/bench_store.py --process --store /tmp/big.gpkg --front    # with the front, once

Also runnable as ``pytest benchmarks/bench_store.py --benchmark-enable`` (smaller sizes).
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from geo import Article, Event
from geo.store.database import open_store
from geo.store.export import draw_store_map
from geo.store.ingest import ingest_files
from maps import build_map

# Front-line places (name, lon, lat): the synthetic events are scattered around them.
PLACES = [
    ("Izium", 37.2564, 49.2086),
    ("Kupiansk", 37.6156, 49.7106),
    ("Balakliia", 36.8586, 49.4627),
    ("Lyman", 37.8064, 48.9889),
    ("Kherson", 32.6169, 46.6354),
    ("Bakhmut", 38.0003, 48.5953),
    ("Avdiivka", 37.7497, 48.1394),
    ("Vovchansk", 36.9417, 50.2906),
    ("Siversk", 38.0958, 48.8656),
    ("Kreminna", 38.2167, 49.0500),
    ("Orikhiv", 35.7850, 47.5678),
    ("Kharkiv", 36.2304, 49.9935),
]
SENTENCES = [
    "Ukrainian forces recaptured {place} on {day}, the General Staff said.",
    "Russian troops withdrew from {place} on {day} after days of fighting.",
    "A Russian missile strike hit {place} on {day}, the regional governor said.",
    "Russian forces shelled {place} overnight, local officials said.",
    "Ukrainian troops advanced near {place} on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TYPES = ["advance", "retreat", "strike", "bridge_strike"]


def write_folder(folder: Path, count: int) -> None:
    """``count`` Markdown articles with front matter and three event sentences each."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        body = " ".join(
            SENTENCES[(n + k) % len(SENTENCES)].format(
                place=PLACES[(n * 5 + k) % len(PLACES)][0], day=DAYS[(n + k) % 5]
            )
            for k in range(3)
        )
        month, day = 1 + n % 12, 1 + n % 28
        (folder / f"report-{n:06d}.md").write_text(
            f"---\ntitle: Front line report {n}\nsource: Wire {n % 7}\n"
            f"published: 2023-{month:02d}-{day:02d}\n"
            f"url: https://wire.example/{n}\n---\n{body}\n",
            "utf-8",
        )


def fill_store(store: Path, events: int, per_article: int = 10, seed: int = 1) -> None:
    """A store of ``events`` synthetic events, written through Store.put_article (no extraction)."""
    rng = random.Random(seed)
    with open_store(store, create=True) as opened:
        for a in range(events // per_article):
            article = Article(
                text=f"report {a}",
                title=f"Report {a}",
                source=f"Wire {a % 9}",
                url=f"https://wire.example/{a}",
                path=f"/bench/{a}.md",
            )
            batch = []
            for k in range(per_article):
                name, lon, lat = rng.choice(PLACES)
                day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                batch.append(
                    Event(
                        event_id=f"{article.article_id}{k:04d}",
                        event_type=rng.choice(TYPES),
                        actor=rng.choice(["UA", "RU", "unknown"]),
                        place=name,
                        place_id=name,
                        place_kind="town",
                        lon=lon + rng.uniform(-0.3, 0.3),
                        lat=lat + rng.uniform(-0.2, 0.2),
                        geo_precision=1,
                        date=day,
                        date_precision="day",
                        sentence=f"Forces fought near {name} ({a}/{k}).",
                        article_id=article.article_id,
                        title=article.title,
                        source=article.source,
                        published=day,
                        url=article.url,
                        mention=name,
                        actor_basis="agent",
                    )
                )
            opened.put_article(article, batch, [])


def run(articles: int, events: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_folder(root / "articles", articles)
        store = root / "events.gpkg"
        start = time.perf_counter()
        report = ingest_files(store, [root / "articles"])
        took = time.perf_counter() - start
        size = store.stat().st_size
        print(
            f"ingest {articles:,} articles: {took:.1f} s, {articles / took:,.0f} articles/s, "
            f"{report.events:,} events, store {size / 2**20:.1f} MB "
            f"({size / max(report.events, 1):.0f} B/event)"
        )
        start = time.perf_counter()
        again = ingest_files(store, [root / "articles"])
        took = time.perf_counter() - start
        print(
            f"re-ingest unchanged: {took:.2f} s "
            f"({again.unchanged:,} unchanged, {again.events} events written)"
        )

        big = root / "big.gpkg"
        start = time.perf_counter()
        fill_store(big, events)
        print(
            f"fill store with {events:,} events: {time.perf_counter() - start:.1f} s, "
            f"{big.stat().st_size / 2**20:.1f} MB"
        )
        for merged in (False, True):
            start = time.perf_counter()
            out, drawn = draw_store_map(big, root / "map.html", build_map, merged=merged)
            print(
                f"build map ({'merged' if merged else 'reports'}): {time.perf_counter() - start:.1f} s, "
                f"{drawn:,} points, {out.stat().st_size / 2**20:.1f} MB"
            )


def timed(argv: list[str]) -> tuple[float, float]:
    """Seconds one fresh process takes, start-up included (its output is discarded): wall clock, and
    the CPU time it used (user + system), which other work on a shared machine disturbs less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def folium_process(store: Path, out: Path) -> None:
    """The folium baseline as one process: read every stored report, one Marker each, save."""
    from bench_map import build_folium

    from geo.store.export import select_events

    reports, _ = select_events(store)
    build_folium(reports, out)


def run_process(store: Path, events: int, runs: int, folium: bool, front: bool) -> None:
    """``frontmap build`` of ``store`` as whole processes (filling the store first if it is missing)."""
    if not store.exists():
        start = time.perf_counter()
        fill_store(store, events)
        print(f"fill store with {events:,} events: {time.perf_counter() - start:.1f} s")
    frontmap = shutil.which("frontmap") or "frontmap"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "map.html"
        # The estimated front (drawn by default) is timed once, with --front: at 100,000 events it takes
        # minutes. A frontmap from before the front layer (no --no-front) is timed as it was.
        usage = subprocess.run([frontmap, "build", "--help"], capture_output=True, text=True).stdout
        variants = [("--no-front", runs), ("--reports --no-front", runs)]
        if front:
            variants.append(("(default: merged, with the front)", 1))
        if "--no-front" not in usage:
            variants = [("(merged, no front layer yet)", runs), ("--reports", runs)]
        for label, count in variants:
            extra = [word for word in label.split() if word.startswith("--")]
            argv = [frontmap, "build", "--store", str(store), "-o", str(out), *extra]
            times = [timed(argv) for _ in range(count)]
            wall, cpu = (statistics.median(t[k] for t in times) for k in (0, 1))
            print(
                f"frontmap build {label}, whole process: {wall:.2f} s wall, {cpu:.2f} s CPU "
                f"(median of {count}), {out.stat().st_size / 2**20:.1f} MB"
            )
        if folium:
            argv = [sys.executable, __file__, "--folium-process", str(store), str(Path(tmp) / "folium.html")]
            wall, cpu = timed(argv)
            size = (Path(tmp) / "folium.html").stat().st_size / 2**20
            print(
                f"folium Marker+MarkerCluster, every report, whole process: {wall:.1f} s wall, "
                f"{cpu:.1f} s CPU (once), {size:.1f} MB"
            )


def test_ingest(benchmark, tmp_path: Path):
    write_folder(tmp_path / "articles", 500)
    counter = iter(range(10_000))
    benchmark.pedantic(
        lambda: ingest_files(tmp_path / f"s{next(counter)}.gpkg", [tmp_path / "articles"]),
        rounds=3,
        iterations=1,
    )


def test_build(benchmark, tmp_path: Path):
    fill_store(tmp_path / "big.gpkg", 20_000)
    draw = build_map
    benchmark.pedantic(lambda: draw_store_map(tmp_path / "big.gpkg", tmp_path / "map.html", draw), rounds=3)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--process", action="store_true", help="time `frontmap build` as whole processes")
    parser.add_argument("--store", type=Path, help="the store for --process (filled if missing, then kept)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folium", action="store_true", help="with --process: folium's baseline, once")
    parser.add_argument("--front", action="store_true", help="with --process: the default build, once")
    parser.add_argument("--folium-process", nargs=2, type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.folium_process:
        folium_process(*options.folium_process)
    elif options.process:
        settings = (options.events, options.runs, options.folium, options.front)
        if options.store is None:
            with tempfile.TemporaryDirectory() as keep:
                run_process(Path(keep) / "big.gpkg", *settings)
        else:
            run_process(options.store, *settings)
    else:
        run(options.articles, options.events)
