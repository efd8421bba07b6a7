"""Extraction on a real Dask cluster: local worker processes, a scheduler address, a worker killed mid-run."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import psycopg
import pytest
from test_faults import START_TIMEOUT, events_by_article, write_articles
from test_postgis import stored_by_article

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


@pytest.fixture
def cluster():
    """A LocalCluster of two single-threaded worker processes, as ``dask worker`` would run them."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
    ):
        yield local, client


def test_extraction_on_a_cluster_stores_what_one_process_stores(tmp_path: Path, corpus, cluster):
    folder, clean = corpus
    local, client = cluster
    store = tmp_path / "events.gpkg"
    report = ingest_files(store, [folder], scheduler=local.scheduler_address, batch_size=20)
    assert (report.articles, report.failed) == (300, [])
    assert events_by_article(store) == clean
    ran = client.run(lambda: __import__("geo.store.extraction").store.extraction._gazetteer is not None)
    assert list(ran.values()) == [True, True]  # both workers extracted, each with its own gazetteer
    again = ingest_files(store, [folder], scheduler=local.scheduler_address)
    assert (again.unchanged, again.events) == (300, 0)


def test_ingest_workers_extracts_on_local_processes_into_postgis(postgis_url: str, corpus, capsys):
    folder, clean = corpus
    assert main(["ingest", str(folder), "--store", postgis_url, "--workers", "2"]) == 0
    assert capsys.readouterr().err.startswith("frontmap: ingested 300 articles (0 unchanged)")
    assert stored_by_article(postgis_url) == clean


def test_a_worker_killed_mid_run_loses_no_article(postgis_url: str, corpus, cluster):
    folder, clean = corpus
    local, client = cluster
    pids = list(client.run(os.getpid).values())
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
    report = ingest_files(postgis_url, [folder], scheduler=local.scheduler_address, batch_size=10)
    killer.join()
    assert killed and killed[0] < 300, "the worker was not killed while the ingest ran"
    assert report.failed == []
    assert stored_by_article(postgis_url) == clean  # every article once, each with all its events


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
