"""Fronts as one table, and as files: GeoJSON (one FeatureCollection) or GeoPackage (two layers).

The table is what the map draws (one row per area or stretch of line per snapshot, with ``as_of``
so the time slider can pick a snapshot) and what the export writes. Files are written to a
temporary file and renamed, so no reader sees half of one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.errors import FrontmapError
from geo.files import replacing
from geo.front.estimate import Front
from geo.front.records import AREA_COLUMNS

TABLE_COLUMNS = ["as_of", "kind", *AREA_COLUMNS, "note", "geometry"]
FORMATS = (".geojson", ".json", ".gpkg")


def front_table(snapshots: Sequence[Front]) -> gpd.GeoDataFrame:
    """Stack snapshots into one GeoDataFrame (EPSG:4326) with ``TABLE_COLUMNS``.

    ``kind`` is ``area`` or ``front_line``; ``as_of`` an ISO date; ``note`` the snapshot's note
    ("estimated from 12 reports"). Areas come before lines within a snapshot.
    """
    frames = []
    for front in snapshots:
        for kind, frame in (("area", front.areas), ("front_line", front.lines)):
            if not frame.empty:
                frames.append(frame.assign(as_of=front.as_of.isoformat(), kind=kind, note=front.note))
    if not frames:
        return gpd.GeoDataFrame(columns=TABLE_COLUMNS, geometry="geometry", crs="EPSG:4326")
    table = pd.concat(frames, ignore_index=True)[TABLE_COLUMNS]
    return gpd.GeoDataFrame(table, geometry="geometry", crs="EPSG:4326")


def write_front(front: Front, out: str | Path) -> Path:
    """Write one Front to ``out``: ``.geojson`` (areas and lines in one FeatureCollection, with the
    note and day as members of it) or ``.gpkg`` (layers ``areas`` and ``front_line``)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise FrontmapError(f"{out}: unknown front format (use .geojson or .gpkg)")
    table = front_table([front])
    with replacing(out) as temporary:
        if suffix == ".gpkg":
            _write_layers(table, temporary)
        else:
            collection = json.loads(table.to_json(drop_id=True, na="null", ensure_ascii=False))
            collection = {
                "type": "FeatureCollection",
                "name": "frontmap estimated front",
                "as_of": front.as_of.isoformat(),
                "n_reports": front.n_reports,
                "note": front.note,
                "features": collection["features"],
            }
            temporary.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    return out


def _write_layers(table: gpd.GeoDataFrame, path: Path) -> None:
    import pyogrio

    for layer, kind in (("areas", "area"), ("front_line", "front_line")):
        rows = table[table["kind"] == kind]
        try:
            pyogrio.write_dataframe(
                rows, path, layer=layer, driver="GPKG", promote_to_multi=True, append=path.exists()
            )
        except pyogrio.errors.DataSourceError as error:
            raise FrontmapError(f"{path}: cannot be written ({error})") from None
