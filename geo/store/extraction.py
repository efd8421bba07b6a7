"""Where extraction runs: in this process, on N local processes, or on a Dask distributed cluster.

Extraction (places, then events) is the costly step of an ingest; reading files and writing the
store are not. So the ingest reads files and writes the store in its own process and hands
articles out in batches to an *extractor*; a Dask cluster (``dask.distributed``) runs the batches
when there are workers, each worker keeping one gazetteer for all its batches. The results come
back to the ingest, which writes them one transaction per article, so the store sees the same
writes whichever way extraction ran.

A worker that dies (killed, out of memory, its machine gone) loses nothing: the scheduler gives
its batches to another worker. A batch that has killed ``distributed.scheduler.allowed-failures``
workers is given up, and its articles are named as failed (a re-ingest tries them again).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from gazetteer import Gazetteer, load_gazetteer
from geo.articles import Article, places_in
from geo.errors import FrontmapError
from geo.events.extract import extract_events
from geo.events.record import Event
from geo.store.rows import NamedPlace, named_places

# Articles per batch sent to a worker: enough that the round trip (~ms) is small against the
# extraction (~10 ms an article), few enough that a dead worker's batch is quickly redone.
BATCH_ARTICLES = 50
# Batches in flight per worker: one running, one queued, so a worker never waits for the next.
BATCHES_PER_WORKER = 2
# How long to wait for a scheduler to answer before saying it cannot be reached.
CONNECT_TIMEOUT = "20s"

# The gazetteer of this process (a worker's, or the ingest's own), loaded on the first batch.
_gazetteer: Gazetteer | None = None


@dataclass(frozen=True, slots=True)
class Extracted:
    """What one article gave: its events and the places it names, or why extraction failed.

    When the worker wrote the article to the store itself, ``stored`` says what the store did
    (``put_article``'s answer) and ``event_count`` how many events it had; nothing else comes back.
    """

    events: tuple[Event, ...] = ()
    places: tuple[NamedPlace, ...] = ()
    error: str | None = None
    stored: str | None = None
    event_count: int = 0


def extract_batch(articles: Sequence[Article], store: str | None = None) -> list[Extracted]:
    """Extract every article of a batch (on a worker); a failing article does not fail the batch.

    With ``store`` (a PostGIS URL the worker can reach), the worker writes each article there
    itself, one transaction each, and returns only what happened: the ingest then has nothing to
    write, and many workers write at once. A worker killed half-way through a batch has stored some
    of it; the batch's retry finds those unchanged.
    """
    global _gazetteer
    if _gazetteer is None:
        _gazetteer = load_gazetteer()
    results = []
    for article in articles:
        try:
            mentions = places_in(article, _gazetteer)
            events = extract_events(article, _gazetteer, mentions)
            places = named_places(mentions)
        except Exception as error:  # a bug in extraction must not cost the rest of the folder
            results.append(Extracted(error=f"{type(error).__name__}: {error}"))
            continue
        if store is None:
            results.append(Extracted(tuple(events), tuple(places)))
        else:
            status = _worker_store(store).put_article(article, events, places)
            results.append(Extracted(stored=status, event_count=len(events)))
    return results


def _worker_store(url: str):
    """This worker's connection to the store, opened on its first batch and kept for the next ones."""
    from geo.store.database import open_store

    if url not in _stores:
        _stores[url] = open_store(url)
    return _stores[url]


# The stores this process writes to when it is a worker (see extract_batch), by URL.
_stores: dict[str, object] = {}


class InProcess:
    """Extraction in the ingest's own process: a batch is extracted as soon as it is given."""

    capacity = 1
    remote = False

    def __init__(self) -> None:
        self._done: list[tuple[object, list[Extracted]]] = []

    def submit(self, tag: object, articles: Sequence[Article]) -> None:
        self._done.append((tag, extract_batch(articles)))

    def completed(self, wait: bool) -> Iterator[tuple[object, list[Extracted] | str]]:
        """The batches finished since last asked: (tag, results) pairs (``wait`` changes nothing here)."""
        done, self._done = self._done, []
        yield from done

    @property
    def pending(self) -> int:
        return len(self._done)

    def close(self) -> None:
        pass


class DaskExtractor:
    """Extraction on a Dask distributed cluster: an address's scheduler, or N local processes.

    ``completed`` yields (tag, results) per finished batch, or (tag, reason) for a batch the
    cluster gave up on. The ingest calls ``submit`` until ``capacity`` batches are in flight, then
    waits for one to finish, so memory stays bounded however many articles there are.
    """

    remote = True

    def __init__(
        self, *, workers: int | None = None, scheduler: str | None = None, store: str | None = None
    ) -> None:
        self._store = store
        try:
            from dask.distributed import Client, LocalCluster, as_completed
        except ImportError:
            raise FrontmapError(
                "--workers and --scheduler need Dask: pip install 'frontmap[scale]'"
            ) from None
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            else:
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                    silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as error:
            if self._cluster is not None:
                self._cluster.close()
            where = scheduler or "a local cluster"
            raise FrontmapError(
                f"{where}: cannot reach the Dask scheduler ({error}); start one with 'dask scheduler' "
                "and workers with 'dask worker ADDRESS', or check the address"
            ) from None
        except RuntimeError as error:  # a local worker process that could not start
            raise FrontmapError(
                f"--workers {workers}: the local worker processes did not start ({error}; "
                "is memory short? try fewer workers)"
            ) from None
        try:
            self._client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            self.close()
            where = scheduler or "the local cluster"
            raise FrontmapError(
                f"{where}: no Dask worker joined the scheduler in {CONNECT_TIMEOUT}; "
                f"start some with 'dask worker {where}'"
            ) from None
        count = len(self._client.scheduler_info().get("workers", {})) or (workers or 1)
        self.capacity = max(1, count) * BATCHES_PER_WORKER
        self._tags: dict[str, object] = {}
        self._running = as_completed()

    def submit(self, tag: object, articles: Sequence[Article]) -> None:
        future = self._client.submit(extract_batch, list(articles), self._store, pure=False)
        self._tags[future.key] = tag
        self._running.add(future)

    def completed(self, wait: bool) -> Iterator[tuple[object, list[Extracted] | str]]:
        if not wait and not self._running.has_ready():
            return
        batch = self._running.next_batch(block=wait) if self._running.count() else []
        for future in batch:
            tag = self._tags.pop(future.key)
            try:
                results = future.result()
            except Exception as error:  # the cluster gave up on the batch (KilledWorker and the like)
                results = f"extraction failed on the cluster ({type(error).__name__}: {error})"
            finally:
                future.release()
            yield tag, results

    @property
    def pending(self) -> int:
        return self._running.count()

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def extractor(
    workers: int | None = None, scheduler: str | None = None, store: str | None = None
) -> InProcess | DaskExtractor:
    """The extractor for an ingest: in-process unless ``workers`` (local processes) or ``scheduler``.

    ``store``, a PostGIS URL, has the workers write their articles there themselves.
    """
    if workers is not None and workers < 1:
        raise FrontmapError(f"--workers {workers}: give a number of processes of 1 or more")
    if workers is not None and scheduler:
        raise FrontmapError(
            "--workers and --scheduler: give one (the cluster's workers are started with 'dask worker')"
        )
    if scheduler is None and workers is None:
        return InProcess()
    return DaskExtractor(workers=workers, scheduler=scheduler, store=store)
