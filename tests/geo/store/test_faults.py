"""The store under faults: a process killed mid-ingest (a real SIGKILL) and two ingests at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.store.ingest import ingest_files

PLACES = ["Izium", "Kupiansk", "Balakliia", "Lyman", "Kherson", "Bakhmut", "Avdiivka", "Vovchansk", "Siversk"]
SENTENCES = [
    "Ukrainian forces recaptured {place} on {day}, the General Staff said.",
    "Russian troops withdrew from {place} on {day} after days of fighting.",
    "A Russian missile strike hit {place} on {day}, the regional governor said.",
    "Russian forces shelled {place} overnight, local officials said.",
    "Ukrainian troops advanced near {place} on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# Time the killed ingest may take to write its first articles before the test gives up (not a
# timing assertion: a slow machine only makes the test wait longer).
START_TIMEOUT = 120


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    """``count`` short Markdown articles, each with three event sentences about different places."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        body = " ".join(
            SENTENCES[(n + k) % len(SENTENCES)].format(
                place=PLACES[(n * 3 + k) % len(PLACES)], day=DAYS[(n + k) % 5]
            )
            for k in range(3)
        )
        path = folder / f"report-{n:05d}.md"
        path.write_text(
            f"---\ntitle: Front line report {n}\nsource: Test Wire\npublished: 2022-09-{10 + n % 15}\n"
            f"url: https://wire.example/{n}\n---\n{body}\n",
            "utf-8",
        )
        paths.append(path)
    return paths


def events_by_article(store: Path) -> dict[str, tuple[int, frozenset[str]]]:
    with sqlite3.connect(store) as db:
        counts = dict(db.execute("SELECT article_id, event_count FROM articles"))
        events: dict[str, set[str]] = {aid: set() for aid in counts}
        for aid, eid in db.execute("SELECT article_id, event_id FROM events"):
            events.setdefault(aid, set()).add(eid)
    return {aid: (counts.get(aid, -1), frozenset(ids)) for aid, ids in events.items()}


def article_count(store: Path) -> int:
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet


def ingest_process(folder: Path, store: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "geo.cli.main", "ingest", str(folder), "--store", str(store)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    """1,500 articles and the events a clean ingest stores for each."""
    folder = tmp_path_factory.mktemp("corpus") / "articles"
    write_articles(folder, 1500)
    clean = folder.parent / "clean.gpkg"
    assert ingest_files(clean, [folder]).failed == []
    return folder, events_by_article(clean)


def test_a_killed_ingest_leaves_every_stored_article_whole(tmp_path: Path, corpus):
    folder, clean = corpus
    store = tmp_path / "events.gpkg"
    process = ingest_process(folder, store)
    deadline = time.monotonic() + START_TIMEOUT
    while article_count(store) < 50 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    assert process.poll() is None, "the ingest ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    killed = events_by_article(store)
    assert 50 <= len(killed) < len(clean)
    assert {aid: killed[aid] for aid in killed} == {aid: clean[aid] for aid in killed}
    report = ingest_files(store, [folder])  # the next ingest finishes the job
    assert report.failed == []
    assert events_by_article(store) == clean


def test_two_ingests_at_once_lose_nothing(tmp_path: Path):
    write_articles(tmp_path / "a", 150)
    write_articles(tmp_path / "b", 150, start=150)
    store = tmp_path / "events.gpkg"
    processes = [ingest_process(tmp_path / name, store) for name in ("a", "b")]
    results = [(p.wait(), p.stderr.read().decode()) for p in processes]
    assert [code for code, _ in results] == [0, 0], results
    with sqlite3.connect(store) as db:
        titles = {row[0] for row in db.execute("SELECT title FROM articles")}
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert titles == {f"Front line report {n}" for n in range(300)}
    assert all(ids and count == len(ids) for count, ids in events_by_article(store).values())
