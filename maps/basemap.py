"""The shapes under the events: countries and oblasts (the offline base), rivers, bridges and dams.

They come from the gazetteer's shipped data (``gazetteer.shapes``), simplified for drawing: a map of
the front needs oblast outlines to about 1 km, not the survey line, and the smaller file opens faster.
The simplified shapes are kept in frontmap's cache folder (``gazetteer.cache``) between runs: reading
and simplifying them is a twentieth of a large map's build.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from gazetteer.cache import cached

# The shipped files the base is drawn from: a change to one of them (or to this module) is a new base.
BASE_FILES = ("admin1.geojson", "countries.geojson", "features.geojson")

# Simplification tolerance in degrees (~1 km at 50°N) and coordinate rounding (~10 m).
SIMPLIFY_DEGREES = 0.01
COORD_DIGITS = 4
# The offline base draws the countries that reach into this box (west, south, east, north): Ukraine
# and its neighbours with room to pan, not the world, so the file stays small.
BASE_BOX = (12.0, 38.0, 52.0, 60.0)
# Every region (oblast) of Ukraine, Belarus and Moldova is outlined, and Russia's that reach into this
# smaller box, by the border and the front; the regions of Russia beyond (the gazetteer holds them
# all, for "a drone attack on the Saratov region") are inside their country's outline only.
RUSSIAN_OBLAST_BOX = (20.0, 44.0, 40.5, 53.0)
# Curated features drawn as their own layer; regions (Donbas, Crimea) are areas, not landmarks.
SHOWN_FEATURES = ("river", "bridge", "dam")


def _feature_collection(frame, properties: tuple[str, ...], simplify: bool = True) -> dict[str, Any]:
    """GeoJSON of ``frame`` keeping only ``properties``; geometry simplified and rounded."""
    import shapely

    items = []
    for row in frame.itertuples(index=False):
        geometry = row.geometry
        if geometry is None or geometry.is_empty:
            continue
        if simplify and geometry.geom_type not in ("Point", "MultiPoint"):
            geometry = geometry.simplify(SIMPLIFY_DEGREES, preserve_topology=True)
        geometry = shapely.set_precision(geometry, 10**-COORD_DIGITS)
        if geometry.is_empty:
            continue
        items.append(
            {
                "type": "Feature",
                "geometry": json.loads(shapely.to_geojson(geometry)),
                "properties": {key: str(getattr(row, key, "") or "") for key in properties},
            }
        )
    return {"type": "FeatureCollection", "features": items}


@lru_cache(maxsize=1)
def base_shapes() -> dict[str, Any]:
    """Return GeoJSON for ``countries``, ``oblasts`` and ``features`` (rivers, bridges, dams).

    Cached in the process and between runs: the shapes are the same for every map.
    """
    return cached("base-shapes", _fingerprint(), _simplified_shapes)


def _simplified_shapes() -> dict[str, Any]:
    from gazetteer.shapes import admin1, countries, features

    west, south, east, north = BASE_BOX
    nearby = countries().cx[west:east, south:north]
    shown = features()
    shown = shown[shown["kind"].isin(SHOWN_FEATURES)]
    west, south, east, north = RUSSIAN_OBLAST_BOX
    regions = admin1()
    near = regions.index.isin(regions.cx[west:east, south:north].index)
    oblasts = regions[(regions["country"] != "RU") | near]
    return {
        "countries": _feature_collection(nearby, ("name", "country")),
        "oblasts": _feature_collection(oblasts, ("name", "country")),
        "features": _feature_collection(shown, ("name", "kind"), simplify=False),
    }


def _fingerprint() -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name in BASE_FILES:
        digest.update((resources.files("gazetteer") / "data" / name).read_bytes())
    return digest.hexdigest()[:16]
