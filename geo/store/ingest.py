"""Ingesting article files and folders into the store: skip what is known, report what is bad.

A folder is walked recursively for the article extensions ``geo.read`` knows. A file whose size
and modification time match its last ingest is skipped before it is read, so re-ingesting an
unchanged folder costs one ``stat`` and one lookup per file. A bad file (empty, binary, too large,
unreadable) gives one line and does not stop the others. Extraction runs where ``extraction``
says (here, on local processes or on a Dask cluster). Each article is written in one transaction,
here, or, on a cluster with a PostGIS store, by the worker that extracted it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geo.articles import Article
from geo.errors import FrontmapError
from geo.read.reading import read_articles
from geo.store.database import open_store
from geo.store.extraction import BATCH_ARTICLES, Extracted, extractor
from geo.store.location import StoreLocation, is_server, local_files, store_location

# The extensions a folder walk picks up (geo.read.reading reads these; others are not articles).
ARTICLE_SUFFIXES = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".ndjson"}
)
# Files recorded as ingested per transaction. A record only lets the next ingest skip the file
# unread, so recording a few at a time costs a killed ingest nothing but a re-read of those files.
RECORD_FILES = 200
# Redraw the progress bar at most this often, in seconds: more is flicker and wasted writes.
PROGRESS_INTERVAL = 0.1


@dataclass(slots=True)
class IngestReport:
    """What an ingest did.

    ``articles`` counts every article read or skipped as known, ``unchanged`` those already
    stored, ``events`` the events written, ``files`` the files read. ``failed`` has one line per
    bad file, or per bad part of a file (a broken line of a JSON Lines file, whose good lines are
    still ingested); ``failed_files`` counts the files with any such line.
    """

    articles: int = 0
    unchanged: int = 0
    events: int = 0
    files: int = 0
    failed: list[str] = field(default_factory=list)
    failed_files: int = 0

    def summary(self) -> str:
        """One line such as "ingested 12 articles (3 unchanged), 40 events; 2 files failed"."""
        articles = f"{self.articles} article{'s' if self.articles != 1 else ''}"
        events = f"{self.events} event{'s' if self.events != 1 else ''}"
        line = f"ingested {articles} ({self.unchanged} unchanged), {events}"
        if self.failed_files:
            line += f"; {self.failed_files} file{'s' if self.failed_files != 1 else ''} failed"
        return line

    def _fail(self, lines: list[str]) -> None:
        if lines:
            self.failed.extend(lines)
            self.failed_files += 1


def article_files(paths: Iterable[str | os.PathLike[str]], exclude: Iterable[Path] = ()) -> list[Path]:
    """The files to ingest: files as given, folders walked for article extensions (sorted).

    Hidden names (a leading dot: editors' and downloaders' temporary files) are skipped in folders,
    and so are the ``exclude`` paths (the store itself, the map a watch writes into the folder).
    """
    skip = {Path(p).resolve() for p in exclude}
    found: list[Path] = []
    for given in map(Path, paths):
        if not given.is_dir():
            found.append(given)
            continue
        for root, dirs, files in os.walk(given):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                path = Path(root) / name
                if (
                    not name.startswith(".")
                    and path.suffix.lower() in ARTICLE_SUFFIXES
                    and path.resolve() not in skip
                ):
                    found.append(path)
    return found


def ingest_files(
    store_path: StoreLocation | None,
    paths: Sequence[str | os.PathLike[str]],
    *,
    published: date | None = None,
    progress: bool = False,
    exclude: Iterable[Path] = (),
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = BATCH_ARTICLES,
) -> IngestReport:
    """Ingest every article of ``paths`` (files, feeds, folders) into the store, creating it if needed.

    Parameters
    ----------
    store_path
        The store to write: a GeoPackage path or a ``postgresql://`` URL (None: ``$FRONTMAP_STORE``,
        else ``events.gpkg``).
    paths
        Article files, feeds, JSON Lines files and folders (walked recursively).
    published
        A publication day for every article, overriding the files' own.
    progress
        Draw a progress bar on stderr (the CLI turns it on only when stderr is a terminal).
    exclude
        Paths a folder walk must not pick up.
    workers
        Extract on this many local processes (a Dask LocalCluster) instead of in this process.
    scheduler
        Extract on the Dask cluster whose scheduler is at this address (``tcp://host:8786``). With
        a PostGIS store the workers write their articles there themselves, so its URL must reach
        the server from the workers' machines.
    batch_size
        Articles sent to a worker at a time.

    Raises
    ------
    FrontmapError
        For a store that cannot be opened or written, or a cluster that cannot be reached; bad
        article files are listed in the report.
    """
    location = store_location(store_path)
    files = article_files(paths, exclude=[*local_files(location), *exclude])
    bar = _Progress(len(files)) if progress else None
    with open_store(location, create=True) as store:
        # Workers write to a PostGIS store themselves: a server takes many writers, a GeoPackage one.
        pool = extractor(workers, scheduler, str(location) if is_server(location) else None)
        # In this process an article is stored as soon as it is extracted, as if there were no batches.
        run = _Run(IngestReport(), bar, batch_size if pool.remote else 1)
        try:
            run.start(store, pool)
            for path in files:
                run.read(path, published)
            run.finish()
        finally:
            pool.close()
    if bar:
        bar.close()
    return run.report


@dataclass(slots=True)
class _File:
    """A file being ingested: its articles still out for extraction, and what went wrong in it."""

    path: Path
    size: int
    mtime_ns: int
    problems: list[str] = field(default_factory=list)
    stored: int = 0
    waiting: int = 0
    read: bool = False


class _Run:
    """One ingest: reads files, queues unknown articles for extraction, stores what comes back.

    A file is recorded as ingested (so the next ingest skips it unread) only once every one of its
    articles is stored and none failed; until then a killed ingest reads it again next time.
    """

    def __init__(self, report: IngestReport, bar: _Progress | None, batch_size: int) -> None:
        self.report, self.bar, self.batch_size = report, bar, max(1, batch_size)
        self.batch: list[tuple[_File, Article]] = []
        self.done: list[tuple[Path, int, int, int]] = []  # files stored whole, to record

    def start(self, store, pool) -> None:
        self.store, self.pool = store, pool

    def read(self, path: Path, published: date | None) -> None:
        report = self.report
        try:
            status = path.stat()
        except OSError as error:
            reason = "no such file" if isinstance(error, FileNotFoundError) else error.strerror
            report._fail([f"{path}: {reason}"])
            self._step(path)
            return
        known = None if path.is_dir() else self.store.file_articles(path, status.st_size, status.st_mtime_ns)
        if known is not None:
            report.articles += known
            report.unchanged += known
            self._step(path)
            return
        try:
            reading = read_articles(path, published)
        except FrontmapError as error:
            report._fail([str(error)])
            self._step(path)
            return
        report.files += 1
        file = _File(path, status.st_size, status.st_mtime_ns, list(reading.problems))
        for article in reading.articles:
            report.articles += 1
            if self.store.has_article(article.article_id):
                report.unchanged += 1
                file.stored += 1
                continue
            file.waiting += 1
            self.batch.append((file, article))
            if len(self.batch) >= self.batch_size:
                self._send()
        file.read = True
        if not file.waiting:
            self._close(file)
        self._collect(wait=False)

    def finish(self) -> None:
        if self.batch:
            self._send()
        while self.pool.pending:
            self._collect(wait=True)
        self._record()

    def _send(self) -> None:
        while self.pool.pending >= self.pool.capacity:
            self._collect(wait=True)
        batch, self.batch = self.batch, []
        self.pool.submit(batch, [article for _, article in batch])

    def _collect(self, wait: bool) -> None:
        for batch, results in self.pool.completed(wait):
            if isinstance(results, str):  # the whole batch was lost
                results = [Extracted(error=results)] * len(batch)
            for (file, article), extracted in zip(batch, results, strict=True):
                self._store(file, article, extracted)

    def _store(self, file: _File, article: Article, extracted: Extracted) -> None:
        if extracted.error:
            where = f" ({article.title})" if article.title else ""
            file.problems.append(
                f"{file.path}{where}: events could not be extracted ({extracted.error}; "
                "please report this with the file)"
            )
        else:
            status = extracted.stored or self.store.put_article(article, extracted.events, extracted.places)
            if status == "unchanged":
                self.report.unchanged += 1
            else:
                self.report.events += extracted.event_count or len(extracted.events)
            file.stored += 1
        file.waiting -= 1
        if file.read and not file.waiting:
            self._close(file)

    def _close(self, file: _File) -> None:
        self.report._fail(file.problems)
        if not file.problems:  # a file with bad parts is read again next time, so they are named again
            self.done.append((file.path, file.size, file.mtime_ns, file.stored))
            if len(self.done) >= RECORD_FILES:
                self._record()
        self._step(file.path)

    def _record(self) -> None:
        if self.done:
            self.store.record_files(self.done)
            self.done = []

    def _step(self, path: Path) -> None:
        if self.bar:
            self.bar.step(path)


class _Progress:
    """A one-line progress bar on stderr: files done of all, and the file being read."""

    WIDTH = 30

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self._drawn = 0.0

    def step(self, path: Path) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self._drawn < PROGRESS_INTERVAL and self.done < self.total:
            return
        self._drawn = now
        filled = self.WIDTH * self.done // max(self.total, 1)
        name = path.name if len(path.name) <= 30 else path.name[:29] + "…"
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total} {name:<30}"
        )
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\r" + " " * (self.WIDTH + 45) + "\r")
        sys.stderr.flush()
