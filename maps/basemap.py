"""The shapes under the events: countries and oblasts (the offline base), rivers, bridges and dams.

They come from the gazetteer's shipped data (``gazetteer.shapes``), simplified for drawing: a map of
the front needs oblast outlines to about 1 km, not the survey line, and the smaller file opens faster.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import Any

import shapely

log = logging.getLogger(__name__)

# Simplification tolerance in degrees (~1 km at 50°N) and coordinate rounding (~10 m).
SIMPLIFY_DEGREES = 0.01
COORD_DIGITS = 4
# The offline base draws the countries that reach into this box (west, south, east, north): Ukraine
# and its neighbours with room to pan, not the world, so the file stays small.
BASE_BOX = (12.0, 38.0, 52.0, 60.0)


def _feature_collection(frame, properties: tuple[str, ...], simplify: bool = True) -> dict[str, Any]:
    """GeoJSON of ``frame`` keeping only ``properties``; geometry simplified and rounded."""
    features = []
    for row in frame.itertuples(index=False):
        geometry = row.geometry
        if geometry is None or geometry.is_empty:
            continue
        if simplify and geometry.geom_type not in ("Point", "MultiPoint"):
            geometry = geometry.simplify(SIMPLIFY_DEGREES, preserve_topology=True)
        geometry = shapely.set_precision(geometry, 10**-COORD_DIGITS)
        if geometry.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": json.loads(shapely.to_geojson(geometry)),
                "properties": {key: str(getattr(row, key, "") or "") for key in properties},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _shapes():
    """The gazetteer's shape frames (countries, admin1, features), or None if they are not installed."""
    try:
        from gazetteer.shapes import admin1, countries, features
    except ImportError:
        log.warning("gazetteer.shapes is missing: the map is drawn without outlines, rivers and bridges")
        return None
    return countries(), admin1(), features()


@lru_cache(maxsize=1)
def base_shapes() -> dict[str, Any]:
    """Return GeoJSON for ``countries``, ``oblasts`` and ``features`` (rivers, bridges, dams).

    Cached: the shapes are the same for every map a process draws.
    """
    shapes = _shapes()
    empty = {"type": "FeatureCollection", "features": []}
    if shapes is None:
        return {"countries": empty, "oblasts": empty, "features": empty}
    countries, admin1, features = shapes
    west, south, east, north = BASE_BOX
    countries = countries.cx[west:east, south:north]
    kinds = features[features["kind"].isin(("river", "bridge", "dam"))] if len(features) else features
    return {
        "countries": _feature_collection(countries, ("name", "country")),
        "oblasts": _feature_collection(admin1, ("name", "country")),
        "features": _feature_collection(kinds, ("name", "kind"), simplify=False),
    }
