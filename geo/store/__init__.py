"""The event store: articles, their events and places, and what is drawn from it.

A GeoPackage file by default, or PostgreSQL + PostGIS for a URL (``open_store`` takes either, with
the same methods); extraction for an ingest runs here, on local processes or on a Dask cluster.
Owns the schema, idempotent ingest (one transaction per article), merging of repeated reports,
filters, exports, copying between stores and the watch loop. May import ``geo.read`` and
``geo.events``; must not import ``maps`` or the command line (drawing is passed in as a function).
"""

from importlib import import_module

from geo.store.database import ALL_EVENTS, EventFilter, Store, open_store
from geo.store.ingest import IngestReport, article_files, ingest_files

# These need geopandas; they load on first use so commands that never export start fast.
_LAZY = {
    "EXPORT_FORMATS": "export",
    "draw_store_map": "export",
    "select_events": "export",
    "write_table": "export",
    "merge_reports": "merge",
    "migrate": "migrate",
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


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(f"geo.store.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'geo.store' has no attribute {name!r}")
