"""What a store keeps, whatever its engine: the rows of an article, its events and the places it names.

Both backends (the GeoPackage in ``database``, PostGIS in ``postgis``) write and read these same
rows, so an event read back is the same table from either, and a store can be copied from one
engine to the other (``frontmap store migrate``) row by row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from gazetteer import Mention
from geo.articles import Article
from geo.errors import FrontmapError
from geo.events.table import COLUMNS

# The version of the tables both engines write; a store written by a newer frontmap is refused.
SCHEMA_VERSION = 1
# Suffixes of files that hold many articles, whose articles are told apart by URL or title.
MANY_ARTICLE_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".jsonl", ".ndjson"})
# The event table's columns the store keeps per report; source_count is computed when merging.
STORED_COLUMNS = tuple(c for c in COLUMNS if c != "source_count")
# The articles table's columns, in the order StoredArticle.article holds them.
ARTICLE_COLUMNS = (
    "article_id",
    "doc_key",
    "title",
    "source",
    "url",
    "published",
    "path",
    "ingested",
    "event_count",
)
# The columns of a place row after its point: what StoredArticle.places holds after (lon, lat).
PLACE_COLUMNS = ("place_id", "name", "kind", "mention_count")


@dataclass(frozen=True, slots=True)
class NamedPlace:
    """A resolved place an article names, with how often: what the map's place layer draws.

    Small on purpose (no river course, no alternate names), because extraction on a cluster sends
    it back over the network for every article.
    """

    place_id: str
    name: str
    kind: str
    lon: float
    lat: float
    mention_count: int


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """One article exactly as a store keeps it, with its rows, for copying it to another store.

    ``article`` holds ARTICLE_COLUMNS (dates as ISO text); each of ``events`` is (lon, lat,
    *STORED_COLUMNS); each of ``places`` is (lon, lat, *PLACE_COLUMNS).
    """

    article: tuple
    events: tuple[tuple, ...]
    places: tuple[tuple, ...]


def utc_now() -> str:
    """The time an article is stored, as ISO text in UTC to the millisecond (the same in every store)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


def document_key(article: Article) -> str:
    """The key that says two versions of an article are the same document.

    The file it came from, plus its URL or title when the file holds many articles (a feed, JSON
    Lines). Text that changed under the same key replaces the old article and its events.
    """
    path = str(Path(article.path).resolve()) if article.path else ""
    if path and Path(path).suffix.lower() not in MANY_ARTICLE_SUFFIXES:
        return path
    return f"{path}#{article.url or article.title or article.article_id}"


def named_places(mentions: Iterable[Mention]) -> list[NamedPlace]:
    """The resolved places the mentions name, each once with its mention count; countries left out."""
    counts: dict[str, list] = {}
    for m in mentions:
        if m.place is not None and m.place.kind != "country":
            counts.setdefault(m.place.id, [m.place, 0])[1] += 1
    return [NamedPlace(p.id, p.name, p.kind, p.lon, p.lat, n) for p, n in counts.values()]


def reports_frame(rows: Sequence[Sequence], geometry):
    """The event table (geo.events_frame's columns) from rows of STORED_COLUMNS and their points."""
    import geopandas as gpd
    import pandas as pd

    # object columns keep the engines' None for unknown values (dates), as in geo.events_frame
    frame = pd.DataFrame(list(rows), columns=list(STORED_COLUMNS), dtype=object)
    frame["geo_precision"] = frame["geo_precision"].astype("int64")
    frame["source_count"] = 1
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def places_table(rows: Sequence[Sequence], geometry):
    """The places layer (place_id, name, kind, mention_count, geometry) from rows and their points."""
    import geopandas as gpd
    import pandas as pd

    frame = pd.DataFrame(list(rows), columns=list(PLACE_COLUMNS))
    frame["mention_count"] = frame["mention_count"].astype("int64")
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def check_schema_version(value: str | None, name: str, damaged: str) -> None:
    """Raise FrontmapError unless ``value`` (frontmap_meta's schema_version) is one this frontmap reads.

    ``damaged`` finishes the message when the version is missing or not a number, since what that
    means differs by engine (a damaged file, or someone else's database).
    """
    try:
        version = int(value) if value is not None else None
    except ValueError:
        version = None
    if version is None:
        raise FrontmapError(f"{name}: frontmap_meta has no valid schema_version ({damaged})")
    if version > SCHEMA_VERSION:
        raise FrontmapError(
            f"{name}: written by a newer frontmap (store schema {version}, this frontmap knows "
            f"{SCHEMA_VERSION}); upgrade frontmap (pip install -U frontmap)"
        )
