"""The event table: events as a GeoDataFrame in EPSG:4326, the form every output is made from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, fields

import geopandas as gpd
import pandas as pd
from shapely import points

from gazetteer import Mention
from geo.events.record import Event

COLUMNS = [f.name for f in fields(Event) if f.name not in ("lon", "lat")]


def events_frame(events: Iterable[Event]) -> gpd.GeoDataFrame:
    """Return the events as a GeoDataFrame (one row each, Point geometry (lon, lat), EPSG:4326).

    An empty input gives an empty frame with the same columns, so callers need no special case.
    """
    rows = [asdict(e) for e in events]
    frame = pd.DataFrame(rows, columns=[f.name for f in fields(Event)])
    geometry = points(frame["lon"].to_numpy(float), frame["lat"].to_numpy(float)) if rows else []
    table = gpd.GeoDataFrame(frame[COLUMNS], geometry=list(geometry), crs="EPSG:4326")
    return table.astype({"geo_precision": "int64", "source_count": "int64"})


def places_frame(mentions: Iterable[Mention]) -> gpd.GeoDataFrame:
    """Return the resolved places named in articles, one row per place, for the map's place layer.

    Columns: ``place_id``, ``name``, ``kind``, ``mention_count``, ``geometry`` (Point, EPSG:4326).
    Countries are left out: a pin in the middle of Ukraine says nothing.
    """
    counts: dict[str, int] = {}
    places = {}
    for m in mentions:
        if m.place is not None and m.place.kind != "country":
            counts[m.place.id] = counts.get(m.place.id, 0) + 1
            places[m.place.id] = m.place
    rows = [
        {"place_id": pid, "name": p.name, "kind": p.kind, "mention_count": counts[pid]}
        for pid, p in places.items()
    ]
    frame = pd.DataFrame(rows, columns=["place_id", "name", "kind", "mention_count"])
    geometry = points([p.lon for p in places.values()], [p.lat for p in places.values()]) if rows else []
    return gpd.GeoDataFrame(frame, geometry=list(geometry), crs="EPSG:4326")
