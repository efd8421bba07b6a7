"""Ingesting article files and folders into the store: skip what is known, report what is bad.

A folder is walked recursively for the article extensions ``geo.read`` knows. A file whose size
and modification time match its last ingest is skipped before it is read, so re-ingesting an
unchanged folder costs one ``stat`` and one lookup per file. A bad file (empty, binary, too large,
unreadable) gives one line and does not stop the others.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from gazetteer import find_places, load_gazetteer
from geo.errors import FrontmapError
from geo.events.extract import extract_events
from geo.read.reading import read_articles
from geo.store.database import open_store

# The extensions a folder walk picks up (geo.read.reading reads these; others are not articles).
ARTICLE_SUFFIXES = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".ndjson"}
)
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
    store_path: str | os.PathLike[str],
    paths: Sequence[str | os.PathLike[str]],
    *,
    published: date | None = None,
    progress: bool = False,
    exclude: Iterable[Path] = (),
) -> IngestReport:
    """Ingest every article of ``paths`` (files, feeds, folders) into the store, creating it if needed.

    Parameters
    ----------
    store_path
        The GeoPackage to write.
    paths
        Article files, feeds, JSON Lines files and folders (walked recursively).
    published
        A publication day for every article, overriding the files' own.
    progress
        Draw a progress bar on stderr (the CLI turns it on only when stderr is a terminal).
    exclude
        Paths a folder walk must not pick up.

    Raises
    ------
    FrontmapError
        For a store that cannot be opened or written; bad article files are listed in the report.
    """
    report = IngestReport()
    files = article_files(paths, exclude=[Path(store_path), *exclude])
    bar = _Progress(len(files)) if progress else None
    gazetteer = None
    with open_store(store_path, create=True) as store:
        for path in files:
            if bar:
                bar.step(path)
            try:
                status = path.stat()
            except OSError as error:
                reason = "no such file" if isinstance(error, FileNotFoundError) else error.strerror
                report._fail([f"{path}: {reason}"])
                continue
            known = None if path.is_dir() else store.file_articles(path, status.st_size, status.st_mtime_ns)
            if known is not None:
                report.articles += known
                report.unchanged += known
                continue
            try:
                reading = read_articles(path, published)
            except FrontmapError as error:
                report._fail([str(error)])
                continue
            report.files += 1
            problems = list(reading.problems)
            stored = 0
            for article in reading.articles:
                report.articles += 1
                if store.has_article(article.article_id):
                    report.unchanged += 1
                    stored += 1
                    continue
                gazetteer = gazetteer or load_gazetteer()
                try:
                    events = extract_events(article, gazetteer)
                    mentions = find_places(article.text, gazetteer)
                except Exception as error:  # a bug in extraction must not cost the rest of the folder
                    where = f" ({article.title})" if article.title else ""
                    problems.append(
                        f"{path}{where}: events could not be extracted ({type(error).__name__}: {error}; "
                        "please report this with the file)"
                    )
                    continue
                if store.put_article(article, events, mentions) == "unchanged":
                    report.unchanged += 1
                else:
                    report.events += len(events)
                stored += 1
            report._fail(problems)
            if not problems:  # a file with bad parts is read again next time, so they are named again
                store.record_file(path, status.st_size, status.st_mtime_ns, stored)
    if bar:
        bar.close()
    return report


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
