"""What leaves the store: filtered event tables, the map drawn from them, and export files.

Every file is written to a temporary file in the target's folder and then renamed over the target
(``os.replace`` is atomic on one file system), so a browser, a report or QGIS never reads half a
file, and a failed write leaves the old file in place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import geopandas as gpd

from geo.errors import FrontmapError
from geo.files import replacing
from geo.store.database import ALL_EVENTS, EventFilter, open_store
from geo.store.location import StoreLocation
from geo.store.merge import flat_sources, merge_reports

# Export formats by suffix: (GDAL driver or "CSV", layer name).
EXPORT_FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".csv": "CSV", ".kml": "KML", ".gpkg": "GPKG"}


def select_events(
    store_path: StoreLocation | None,
    where: EventFilter = ALL_EVENTS,
    *,
    merged: bool = False,
    ordered: bool = True,
):
    """The events in the store that pass ``where``: every report, or with ``merged`` one row per event.

    ``store_path`` is a GeoPackage path or a ``postgresql://`` URL (None: ``$FRONTMAP_STORE``, else
    ``events.gpkg``); both give the same tables.

    Returns ``(events, places)``: the event table (geo.events_frame's columns; merged adds
    ``report_count``, ``sources`` and ``event_ids``) and the places named by the articles behind
    those events (for the map's place layer), both GeoDataFrames in EPSG:4326. ``ordered`` (by date,
    then event id) can be left off for a map, which orders its events itself; merging gives the same
    events in any order.
    """
    with open_store(store_path) as store:
        reports = store.reports(where, ordered=ordered and not merged)
        places = store.places(reports["article_id"].unique().tolist(), where.bbox)
    return (merge_reports(reports) if merged else reports), places


def write_table(table: gpd.GeoDataFrame, out: Path) -> Path:
    """Write the event table to ``out`` in the format its suffix names (.geojson .csv .kml .gpkg).

    CSV carries ``lon``/``lat`` columns instead of a geometry; lists (a merged table's sources)
    become JSON text, as no format here has list fields.
    """
    out = Path(out)
    driver = EXPORT_FORMATS.get(out.suffix.lower())
    if driver is None:
        raise FrontmapError(f"{out}: unknown export format (use .geojson, .csv, .kml or .gpkg)")
    if "sources" in table.columns:
        table = flat_sources(table)
    with replacing(out) as temporary:
        if driver == "CSV":
            flat = table.drop(columns="geometry").assign(lon=table.geometry.x, lat=table.geometry.y)
            flat.to_csv(temporary, index=False)
        else:
            _write_vector(table, temporary, driver)
    return out


def _write_vector(table: gpd.GeoDataFrame, path: Path, driver: str) -> None:
    import pyogrio

    # Google Earth shows a placemark's name and description: the place and the reporting sentence.
    options = {"NameField": "place", "DescriptionField": "sentence"} if driver == "KML" else {}
    try:
        pyogrio.write_dataframe(table, path, layer="events", driver=driver, dataset_options=options)
    except pyogrio.errors.DataSourceError as error:
        raise FrontmapError(f"{path}: cannot be written ({error})") from None


def draw_store_map(
    store_path: StoreLocation | None,
    out: Path,
    draw: Callable,
    where: EventFilter = ALL_EVENTS,
    *,
    merged: bool = True,
    **options,
) -> tuple[Path, int]:
    """Draw the store's events with ``draw`` (a ``maps.build_map``-like function) to ``out`` atomically.

    Returns the path and the number of points drawn. The map is drawn to a temporary file and
    renamed over ``out`` here as well as in the map package, so no renderer can leave half a map.
    """
    events, places = select_events(store_path, where, merged=merged, ordered=False)
    with replacing(out) as temporary:
        draw(events, temporary, places=places, **options)
    return Path(out), len(events)
