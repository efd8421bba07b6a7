"""Benchmark: past one machine. Ingest into GeoPackage vs PostGIS on 1, 2, all local workers; build from it.

Measures, on the synthetic articles of bench_store.py (three event sentences each):
- ingest of N articles (default 20,000) into a new GeoPackage, extraction in the ingest's own
  process (today's default): articles/s;
- the same into a new PostGIS database, extraction in-process, then on a Dask LocalCluster of 1, 2
  and all cores' worker processes (what ``--workers N`` starts): articles/s and the speed-up over
  the GeoPackage run. The cluster is started and warmed up first (imports, gazetteer; 3 to 8 s,
  printed apart, which ``--workers`` adds to an ingest);
- ``build`` from a PostGIS store of M events (default 100,000): reading and merging the reports in
  the server and drawing the map, and a filtered read (one oblast's box, one month) answered by the
  GiST and date indexes.

PostGIS is a throwaway server started for the run (tests/geo/postgis_server.py, fsync on, as a real
server) unless ``--server postgresql://user@host/postgres`` names one to create databases on.

    python benchmarks/bench_scale.py                          # 20,000 articles, 100,000 events
    python benchmarks/bench_scale.py --articles 4000 --events 20000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import date
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1] / "tests" / "geo"))  # the server helper

from bench_store import fill_store, write_folder  # noqa: E402

from geo.store.database import EventFilter, open_store  # noqa: E402
from geo.store.export import draw_store_map  # noqa: E402
from geo.store.ingest import ingest_files  # noqa: E402
from maps import build_map  # noqa: E402

# The events each ingest found: the same articles every time, so one number.
EVENT_COUNTS: set[int] = set()
# A filtered read: the Donbas front around Bakhmut, one month (the synthetic events span 2023).
ONE_BOX_AND_MONTH = EventFilter(
    since=date(2023, 3, 1), until=date(2023, 3, 31), bbox=(37.0, 48.0, 38.5, 49.5)
)


def new_database(server) -> str:
    """A new empty database on ``server`` (a PostgisServer or a postgresql:// URL to a maintenance db)."""
    if not isinstance(server, str):
        return server.new_database()
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True) as db:
        db.execute(f"CREATE DATABASE {name}")
    return server.rsplit("/", 1)[0] + f"/{name}"


def timed_ingest(label: str, store, folder: Path, baseline: float | None, **options) -> float:
    start = time.perf_counter()
    report = ingest_files(store, [folder], **options)
    took = time.perf_counter() - start
    assert not report.failed, report.failed[:3]
    EVENT_COUNTS.add(report.events)
    if len(EVENT_COUNTS) > 1:  # every run ingests the same articles, so this is a warning sign
        print(f"note: the runs found different event counts {sorted(EVENT_COUNTS)}; did the code change?")
    rate = report.articles / took
    speedup = f", {rate / baseline:.2f}x the GeoPackage" if baseline else ""
    print(
        f"{label:<34} {took:7.1f} s  {rate:7,.0f} articles/s  {report.events:,} events{speedup}", flush=True
    )
    return rate


def run(articles: int, events: int, server) -> None:
    cores = os.cpu_count() or 1
    print(f"{cores} cores (os.cpu_count); {articles:,} articles; build from {events:,} events", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_folder(root / "articles", articles)
        base = timed_ingest("GeoPackage, 1 process", root / "events.gpkg", root / "articles", None)
        timed_ingest("PostGIS, in-process", new_database(server), root / "articles", base)
        for workers in sorted({1, 2, cores}):
            name = f"PostGIS, {workers} worker{'s' if workers > 1 else ''}" + (
                " (all)" if workers == cores else ""
            )
            with local_cluster(workers) as (address, startup):
                timed_ingest(name, new_database(server), root / "articles", base, scheduler=address)
            print(f"{'':<34} (+ {startup:.1f} s to start the workers and load their gazetteers)")

        for label, store in (("PostGIS", new_database(server)), ("GeoPackage", root / "big.gpkg")):
            build_from(label, store, events, root / "map.html")


# A LocalCluster of N single-threaded worker processes in a process of its own, as --workers N
# starts one (its own process, so the ingest's client is the only one here); prints its address.
CLUSTER = """
import sys, logging
from dask.distributed import Client, LocalCluster
from geo.store.extraction import extract_batch
with LocalCluster(n_workers=int(sys.argv[1]), threads_per_worker=1, processes=True,
                  dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
    with Client(cluster) as client:
        client.run(extract_batch, [])  # imports and the gazetteer, as the first batch would load them
    print(cluster.scheduler_address, flush=True)
    sys.stdin.read()
"""


@contextmanager
def local_cluster(workers: int):
    """(scheduler address, seconds it took to start) of a LocalCluster of ``workers`` processes."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", CLUSTER, str(workers)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    address = process.stdout.readline().strip()
    try:
        yield address, time.perf_counter() - start
    finally:
        process.stdin.close()
        process.wait()


def build_from(label: str, store, events: int, out: Path) -> None:
    """Fill ``store`` with ``events`` synthetic events, then build the map and read filtered reports."""
    start = time.perf_counter()
    fill_store(store, events)
    print(f"fill {label} with {events:,} events: {time.perf_counter() - start:.1f} s", flush=True)
    for merged in (True, False):
        start = time.perf_counter()
        out, drawn = draw_store_map(store, out, build_map, merged=merged)
        took = time.perf_counter() - start
        print(
            f"build from {label} ({'merged' if merged else 'reports'}): {took:.1f} s,"
            f" {drawn:,} points, {out.stat().st_size / 2**20:.1f} MB",
            flush=True,
        )
    with open_store(store) as opened:
        start = time.perf_counter()
        everything = opened.reports()
        whole = time.perf_counter() - start
        start = time.perf_counter()
        some = opened.reports(ONE_BOX_AND_MONTH)
        part = time.perf_counter() - start
    print(
        f"{label}: read all {len(everything):,} reports {whole:.2f} s;"
        f" one box and month ({len(some):,} reports) {part:.3f} s",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--server", help="a postgresql:// URL to create the benchmark's databases on")
    args = parser.parse_args()
    if args.server:
        run(args.articles, args.events, args.server)
        return
    from postgis_server import PostgisServer, unavailable

    reason = unavailable()
    if reason:
        sys.exit(f"bench_scale: {reason}")
    with PostgisServer(durable=True) as server:
        run(args.articles, args.events, server)


if __name__ == "__main__":
    main()
