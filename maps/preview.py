"""Event tables that show themselves in a notebook as a map above the table.

``geo.api`` returns its event tables as ``EventTable``: a GeoDataFrame like any other (every pandas
and geopandas method works, and their results are plain GeoDataFrames), whose notebook view is
frontmap's map drawn on a folium map (``maps.to_folium``) followed by pandas' table. folium is
imported only when a table is displayed.
"""

from __future__ import annotations

import geopandas as gpd

from .errors import MapError

# A notebook keeps a displayed map inside the .ipynb file (about 160 bytes an event): past this many
# events the preview shows the latest ones and says so; maps.to_folium draws any number.
PREVIEW_EVENTS = 10_000


class EventTable(gpd.GeoDataFrame):
    """The event table (``geo.events_frame``'s columns) with a map preview in notebooks."""

    def _repr_html_(self) -> str | None:
        table = super()._repr_html_()
        try:
            return preview_html(self) + (table or "")
        except MapError:  # not (or no longer) an event table: the table alone
            return table


def preview_html(events: gpd.GeoDataFrame, limit: int = PREVIEW_EVENTS) -> str:
    """The notebook view of a folium map of ``events`` (the latest ``limit`` of them), as HTML."""
    from .folium_layer import to_folium
    from .payload import check_events

    check_events(events)
    shown = events
    title = f"{len(events):,} events"
    if len(events) > limit:
        shown = events.sort_values("date", ascending=False, na_position="last", kind="stable").head(limit)
        title = f"the latest {limit:,} of {len(events):,} events (maps.to_folium draws them all)"
    return to_folium(gpd.GeoDataFrame(shown), title=title)._repr_html_()
