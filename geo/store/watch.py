"""Watching a folder: ingest articles as they land and redraw the map after each change.

Polling, not file-system events: it needs no extra dependency, works the same on network shares
and in containers, and a few seconds' delay is nothing for news. A file is taken only once its size
and modification time are the same at two polls in a row, so an article still being copied in is
not read half-written (the first poll takes everything, as nothing is being written yet).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from geo.store.database import ALL_EVENTS, EventFilter
from geo.store.export import draw_store_map
from geo.store.ingest import IngestReport, article_files, ingest_files
from geo.store.location import StoreLocation, local_files, store_location

# Seconds between polls by default: fresh enough for news, and a stat per file costs little.
DEFAULT_INTERVAL = 5.0


@dataclass(frozen=True, slots=True)
class Poll:
    """One round of a watch: what the ingest did and, when the map was redrawn, its point count."""

    report: IngestReport
    drawn: int | None


def watch(
    folder: Path,
    store: StoreLocation | None,
    out: Path,
    draw: Callable,
    *,
    interval: float = DEFAULT_INTERVAL,
    iterations: int | None = None,
    where: EventFilter = ALL_EVENTS,
    on_poll: Callable[[Poll], None] = lambda poll: None,
    **options,
) -> int:
    """Poll ``folder`` every ``interval`` seconds; ingest new or changed articles; redraw ``out``.

    The map is redrawn (atomically) on the first poll and whenever an article was added or
    replaced. ``iterations`` stops after that many polls (None: until interrupted, which is the
    caller's to catch). ``on_poll`` sees every poll, for printing. Returns the number of polls made.
    """
    folder, out, store = Path(folder), Path(out), store_location(store)
    previous: dict[Path, tuple[int, int]] = {}
    polls = 0
    while iterations is None or polls < iterations:
        if polls:
            time.sleep(interval)
        current = _stats(article_files([folder], exclude=[out, *local_files(store)]))
        settled = [p for p, stat in current.items() if not polls or previous.get(p) == stat]
        previous = current
        report = ingest_files(store, settled, exclude=[out]) if settled or not polls else IngestReport()
        changed = report.articles > report.unchanged
        drawn = None
        if not polls or changed or not out.exists():
            drawn = draw_store_map(store, out, draw, where, **options)[1]
        on_poll(Poll(report, drawn))
        polls += 1
    return polls


def _stats(paths: list[Path]) -> dict[Path, tuple[int, int]]:
    found = {}
    for path in paths:
        try:
            status = os.stat(path)
        except OSError:
            continue  # gone between the walk and now: the next poll will say
        found[path] = (status.st_size, status.st_mtime_ns)
    return found
