"""The event store: articles, their events and places, and what is drawn from it.

A GeoPackage file by default, or PostgreSQL + PostGIS for a URL (``open_store`` takes either, with
the same methods); extraction for an ingest runs here, on local processes or on a Dask cluster.
Owns the schema, idempotent ingest (one transaction per article), merging of repeated reports,
filters, exports, copying between stores and the watch loop. May import ``geo.read`` and
``geo.events``; must not import ``maps`` or the command line (drawing is passed in as a function).
"""

from geo.lazy import lazy_names

# Every name loads on first use: building a map from the store needs neither the ingest nor the
# event rules it runs, and exports need geopandas, which a plain ingest does not.
_LAZY = {
    "ALL_EVENTS": ".database",
    "EventFilter": ".database",
    "Store": ".database",
    "open_store": ".database",
    "IngestReport": ".ingest",
    "article_files": ".ingest",
    "ingest_files": ".ingest",
    "EXPORT_FORMATS": ".export",
    "draw_store_map": ".export",
    "select_events": ".export",
    "write_table": ".export",
    "merge_reports": ".merge",
    "migrate": ".migrate",
}

__all__ = [
    "ALL_EVENTS",
    "EXPORT_FORMATS",
    "EventFilter",
    "IngestReport",
    "Store",
    "article_files",
    "draw_store_map",
    "ingest_files",
    "merge_reports",
    "migrate",
    "open_store",
    "select_events",
    "write_table",
]


__getattr__ = lazy_names(__name__, _LAZY, globals())
