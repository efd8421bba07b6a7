"""The shipped shapes: oblasts, countries and the curated rivers, bridges, dams and regions.

The map draws them (an offline base layer of outlines, rivers and crossings) and the gazetteer uses
them as a place's ``geometry``. They are GeoJSON files in ``gazetteer/data`` built by
``scripts/build_gazetteer.py``; each loads once per process, as a GeoDataFrame in EPSG:4326 with
the columns ``id name kind country lat lon names geometry`` (``names``: a list of alternate names).
The frames are shared between callers: copy one before changing it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import geopandas as gpd
import pyogrio

COLUMNS = ["id", "name", "kind", "country", "lat", "lon", "names", "geometry"]
FEATURE_KINDS = ("river", "bridge", "dam", "region", "other")


def admin1() -> gpd.GeoDataFrame:
    """Return the first-order divisions: every Ukrainian oblast, Crimea, Kyiv and Sevastopol cities,
    the Russian regions along the border (Belgorod, Kursk, Bryansk, Voronezh, Rostov, Krasnodar),
    Belarus's regions and Moldova's Gagauzia. ``id`` is ``"admin1:<ISO 3166-2>"`` (``admin1:UA-63``).
    """
    return _read("admin1.geojson")


def countries() -> gpd.GeoDataFrame:
    """Return the world's countries (Natural Earth 1:110m); ``id`` is ``"country:<ISO2>"``."""
    return _read("countries.geojson")


def features(kind: str | None = None) -> gpd.GeoDataFrame:
    """Return the curated features, all of them or those of one ``kind``.

    Parameters
    ----------
    kind : {"river", "bridge", "dam", "region"} or None
        Rivers are lines, bridges and dams points, regions (Donbas, Crimea, ...) polygons.
        ``lat``/``lon`` is where a mention is drawn, not the shape's centroid.
    """
    if kind is None:
        return _read("features.geojson")
    if kind not in FEATURE_KINDS:
        raise ValueError(f"unknown feature kind {kind!r}: use one of {', '.join(FEATURE_KINDS)} or None")
    return _features_of(kind)


@cache
def _features_of(kind: str) -> gpd.GeoDataFrame:
    frame = _read("features.geojson")
    return frame[frame["kind"] == kind].reset_index(drop=True)


@cache
def _read(filename: str) -> gpd.GeoDataFrame:
    source = resources.files("gazetteer") / "data" / filename
    with resources.as_file(source) as path:
        frame = pyogrio.read_dataframe(path)
    frame["names"] = [list(names) if names is not None else [] for names in frame["names"]]
    return frame.set_crs("EPSG:4326", allow_override=True)[COLUMNS]
