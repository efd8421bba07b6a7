"""Copying a store to another engine: a laptop's GeoPackage into a team's PostGIS, or back.

Rows are copied as they are (the same content hashes, document keys, event ids, dates and points),
article by article, each in one transaction on the target, so an interrupted copy is resumed by
running it again: articles already in the target are skipped, not duplicated. Nothing is extracted
again. The list of ingested files is not copied (paths name files on one machine); the next ingest
of those files on the new store reads them once and finds every article already there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from geo.errors import FrontmapError
from geo.store.database import open_store
from geo.store.location import StoreLocation, display_name, is_server


@dataclass(frozen=True, slots=True)
class MigrateReport:
    """What a copy did: articles copied, articles the target had already, events copied."""

    copied: int
    skipped: int
    events: int

    def summary(self) -> str:
        return f"copied {self.copied} articles ({self.skipped} already there), {self.events} events"


def migrate(
    source: StoreLocation, target: StoreLocation, *, on_article: Callable[[int], None] | None = None
) -> MigrateReport:
    """Copy every article of the store at ``source`` into the store at ``target`` (made if missing).

    ``on_article`` is called with the running count of articles read, for a progress display.

    Raises
    ------
    FrontmapError
        When the source has no store, either cannot be opened, or both name the same store.
    """
    if _same(source, target):
        raise FrontmapError(f"{display_name(target)}: the source and the target are the same store")
    copied = skipped = events = 0
    with open_store(source) as reading, open_store(target, create=True) as writing:
        for n, stored in enumerate(reading.stored_articles(), start=1):
            if writing.put_stored(stored):
                copied += 1
                events += len(stored.events)
            else:
                skipped += 1
            if on_article:
                on_article(n)
    return MigrateReport(copied, skipped, events)


def _same(source: StoreLocation, target: StoreLocation) -> bool:
    if is_server(source) or is_server(target):
        return str(source) == str(target)
    return Path(source).resolve() == Path(target).resolve()
