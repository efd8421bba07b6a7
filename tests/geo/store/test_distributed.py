"""Extraction on a real Dask cluster: local worker processes, a scheduler address, a worker killed mid-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from test_faults import START_TIMEOUT, events_by_article, write_articles
from test_postgis import stored_by_article

from geo import api
from geo.cli.main import main
from geo.errors import FrontmapError
from geo.store.ingest import ingest_files

distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    """300 articles and the events an in-process ingest stores for each."""
    folder = tmp_path_factory.mktemp("corpus") / "articles"
    write_articles(folder, 300)
    clean = folder.parent / "clean.gpkg"
    assert ingest_files(clean, [folder]).failed == []
    return folder, events_by_article(clean)


# A LocalCluster of two single-threaded worker processes, run in a process of its own as a cluster
# on other machines would be (one Dask client per process: the ingest's). It prints the scheduler's
# address and the workers' process ids, then lives until its stdin closes.
CLUSTER = """
import os, sys
from dask.distributed import Client, LocalCluster
workers = int(sys.argv[1])
with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
    with Client(cluster) as client:
        pids = client.run(os.getpid) if workers else {}
    print(cluster.scheduler_address, *pids.values(), flush=True)
    sys.stdin.read()
"""


@contextmanager
def local_cluster(workers: int):
    """(scheduler address, worker process ids) of a real LocalCluster in its own process."""
    process = subprocess.Popen(
        [sys.executable, "-c", CLUSTER, str(workers)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    address, *pids = process.stdout.readline().split()
    try:
        yield address, [int(pid) for pid in pids]
    finally:
        process.stdin.close()
        process.wait(timeout=60)


@pytest.fixture
def cluster():
    with local_cluster(2) as running:
        yield running


def test_extraction_on_a_cluster_stores_what_one_process_stores(tmp_path: Path, corpus, cluster):
    folder, clean = corpus
    address, _ = cluster
    store = tmp_path / "events.gpkg"
    report = api.ingest(folder, store=store, scheduler=address)
    assert (report.articles, report.failed) == (300, [])
    assert events_by_article(store) == clean
    with distributed.Client(address) as client:
        loaded = client.run(
            lambda: __import__("geo.store.extraction").store.extraction._gazetteer is not None
        )
    assert list(loaded.values()) == [True, True]  # both workers extracted, each with its own gazetteer
    again = ingest_files(store, [folder], scheduler=address)
    assert (again.unchanged, again.events) == (300, 0)


def test_ingest_workers_extracts_on_local_processes_into_postgis(postgis_url: str, corpus, capsys):
    folder, clean = corpus
    assert main(["ingest", str(folder), "--store", postgis_url, "--workers", "2"]) == 0
    assert capsys.readouterr().err.startswith("frontmap: ingested 300 articles (0 unchanged)")
    assert stored_by_article(postgis_url) == clean


def test_a_worker_killed_mid_run_loses_no_article(postgis_url: str, corpus, cluster):
    folder, clean = corpus
    address, pids = cluster
    killed: list[int] = []

    def kill_one_worker_once_articles_flow() -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if _stored(postgis_url) >= 40:
                killed.append(_stored(postgis_url))
                os.kill(pids[0], signal.SIGKILL)
                return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_one_worker_once_articles_flow)
    killer.start()
    report = ingest_files(postgis_url, [folder], scheduler=address, batch_size=10)
    killer.join()
    assert killed and killed[0] < 300, "the worker was not killed while the ingest ran"
    assert report.failed == []
    assert stored_by_article(postgis_url) == clean  # every article once, each with all its events


def test_workers_and_a_scheduler_together_are_refused(tmp_path: Path, corpus, capsys):
    folder, _ = corpus
    command = ["ingest", str(folder), "--store", str(tmp_path / "e.gpkg"), "--workers", "2"]
    assert main([*command, "--scheduler", "tcp://127.0.0.1:8786"]) == 1
    assert "--workers and --scheduler: give one" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path, corpus, monkeypatch):
    folder, _ = corpus
    monkeypatch.setattr("geo.store.extraction.CONNECT_TIMEOUT", "2s")  # not the 20 s a real network gets
    with pytest.raises(FrontmapError, match="tcp://127.0.0.1:1: cannot reach the Dask scheduler"):
        ingest_files(tmp_path / "events.gpkg", [folder], scheduler="tcp://127.0.0.1:1")


def _stored(url: str) -> int:
    try:
        with psycopg.connect(url) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except psycopg.Error:
        return 0


def test_a_scheduler_without_workers_is_one_clear_error(tmp_path: Path, corpus, monkeypatch):
    folder, _ = corpus
    monkeypatch.setattr("geo.store.extraction.CONNECT_TIMEOUT", "2s")
    with local_cluster(0) as (address, _), pytest.raises(FrontmapError, match="no Dask worker joined"):
        ingest_files(tmp_path / "events.gpkg", [folder], scheduler=address)
