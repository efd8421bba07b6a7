"""The public entry points for the interactive map: a full page, or a fragment for reports."""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

from .page import render_fragment, render_page, write_atomically

# Height of the iframe snippet build_embed returns, in CSS pixels: enough for legend and slider.
IFRAME_HEIGHT = 600


def build_map(
    events,
    out: Path,
    *,
    places=None,
    title: str = "frontmap",
    offline: bool = True,
    tiles: bool = True,
    front=None,
) -> Path:
    """Write the interactive map of ``events`` to ``out`` as one HTML file and return its path.

    Parameters
    ----------
    events : GeoDataFrame
        The event table (notes/event_schema.md), EPSG:4326. Text in it is untrusted and shown escaped.
    out : Path
        The HTML file to write; written atomically (a temporary file, then ``os.replace``).
    places : GeoDataFrame, optional
        Resolved places named in the articles: name, kind, mention_count, geometry (Point).
    title : str
        Shown at the top of the map and as the page title.
    offline : bool
        True (default) inlines Leaflet so the file opens with no network; False loads it from a CDN.
    tiles : bool
        True draws OpenStreetMap tiles (the one external URL) over the offline outlines; False draws
        only the outlines, and the page then makes no request at all.
    front : GeoDataFrame, optional
        The estimated front, every snapshot stacked (``maps.front.FRONT_COLUMNS``: as_of, kind, controller,
        confidence, ...), as ``geo.front`` makes it. Drawn as the layer "Front line (estimated)", which
        shows the latest snapshot on or before the time slider's end date.
    """
    page = render_page(events, places=places, title=title, offline=offline, tiles=tiles, front=front)
    return write_atomically(Path(out), page)


def build_embed(
    events, out: Path, *, places=None, title: str = "frontmap", map_id: str | None = None, front=None
) -> str:
    """Write the map as an HTML fragment to ``out`` and return an iframe snippet for a full map beside it.

    The fragment (no <html> shell; every id starts with ``map_id``) can be pasted into a report page,
    several on one page. The full map is written next to it as ``<stem>-map.html``; the returned
    ``<iframe>`` points at that file by its relative name, for documents that take iframes instead.
    ``front`` is the estimated front, drawn in both (see build_map).
    """
    out = Path(out)
    if map_id is None:
        map_id = "frontmap-" + hashlib.sha1(str(out.resolve()).encode("utf-8")).hexdigest()[:10]
    write_atomically(out, render_fragment(events, map_id=map_id, places=places, title=title, front=front))
    full = build_map(events, out.with_name(f"{out.stem}-map.html"), places=places, title=title, front=front)
    return (
        f'<iframe src="{html.escape(full.name)}" title="{html.escape(title)}" width="100%" '
        f'height="{IFRAME_HEIGHT}" style="border:0" loading="lazy"></iframe>'
    )
