"""The interactive map as an HTML page or fragment: Leaflet, frontmap's script and the data, inlined.

The page is written by hand rather than through folium's templates: folium renders popups as raw
HTML and its templates put data inside JavaScript source, where a backtick, ``${...}`` or ``</script>``
in an article could break or take over the page. Here the data sits in one
``<script type="application/json">`` element (never executed, escaped by ``payload.script_json``) and
the map script (maps/static/frontmap-*.js) shows every text with ``textContent``. A full page also
carries a Content-Security-Policy that allows only its own scripts (by hash) and, with tiles on,
images from the tile server.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from pathlib import Path

from geo.errors import FrontmapError
from geo.files import write_text

from . import assets
from .basemap import base_shapes
from .errors import MapError
from .front import front_payload
from .payload import collector_paused, events_payload, places_payload, script_json
from .symbols import ATTRIBUTION, TILE_ATTRIBUTION, TILE_URL

# Leaflet from a CDN, only when the caller asks for offline=False (a smaller file that needs the network).
LEAFLET_CDN_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.js"
LEAFLET_CDN_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.css"
_MAP_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$")


def map_data(events, places, title: str, tiles: bool, front=None) -> str:
    """The JSON document one map draws (events, places, base shapes, front), escaped for a <script>."""
    with collector_paused():  # hundreds of thousands of small lists, no cycle (see payload)
        document = {
            "title": title,
            "attribution": ATTRIBUTION,
            "tiles": {"url": TILE_URL, "attribution": TILE_ATTRIBUTION} if tiles else None,
            "events": events_payload(events),
            "places": places_payload(places),
            "base": base_shapes(),
            "front": front_payload(front, events),
        }
        return script_json(document)


def _scripts(map_id: str, *, guard: bool, offline: bool) -> list[str]:
    """The inline scripts of a map: Leaflet (unless from the CDN), the map script, and the call that draws."""
    scripts = []
    if offline:
        leaflet = assets.leaflet_js()
        scripts.append(f"if (!window.L) {{\n{leaflet}\n}}" if guard else leaflet)
    scripts.append(assets.frontmap_js())
    scripts.append(f'frontmapRender(document.getElementById("{map_id}"));')
    return scripts


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _policy(scripts: list[str], *, offline: bool, tiles: bool) -> str:
    """A Content-Security-Policy: these scripts only, no requests but tiles (and the CDN if online)."""
    script_src = " ".join(_csp_hash(script) for script in scripts)
    style_src = "'unsafe-inline'"
    images = "data:"
    if not offline:
        script_src += " https://cdn.jsdelivr.net"
        style_src += " https://cdn.jsdelivr.net"
        images += " https://cdn.jsdelivr.net"
    if tiles:
        images += " https://tile.openstreetmap.org"
    return (
        f"default-src 'none'; script-src {script_src}; style-src {style_src}; img-src {images}; "
        "base-uri 'none'; form-action 'none'"
    )


def render_page(
    events, *, places=None, title: str = "frontmap", offline: bool = True, tiles: bool = True, front=None
) -> str:
    """Return the full HTML page of the map (see build_map)."""
    map_id = "frontmap"
    scripts = _scripts(map_id, guard=False, offline=offline)
    head_assets = (
        f"<style>{assets.leaflet_css()}</style>"
        if offline
        else f'<link rel="stylesheet" href="{LEAFLET_CDN_CSS}" crossorigin="">'
        f'<script src="{LEAFLET_CDN_JS}" crossorigin=""></script>'
    )
    policy = html.escape(_policy(scripts, offline=offline, tiles=tiles))
    body_scripts = "\n".join(f"<script>{script}</script>" for script in scripts)
    data = map_data(events, places, title, tiles, front=front)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n{head_assets}\n<style>{assets.frontmap_css()}</style>\n"
        "</head>\n<body>\n"
        f'<div class="frontmap frontmap-page" id="{map_id}"></div>\n'
        f'<script type="application/json" id="{map_id}-data">{data}</script>\n'
        f"{body_scripts}\n</body>\n</html>\n"
    )


def render_fragment(
    events, *, map_id: str, places=None, title: str = "frontmap", tiles: bool = True, front=None
) -> str:
    """Return the map as an HTML fragment to paste into a page: no <html> shell, ids under ``map_id``.

    Two fragments can share a page: Leaflet and the map script load only once, and each map finds its data
    by its own id.
    """
    if not _MAP_ID.match(map_id):
        raise MapError(f"map id {map_id!r} is not usable as an HTML id: use letters, digits, '-' and '_'")
    scripts = "\n".join(f"<script>{script}</script>" for script in _scripts(map_id, guard=True, offline=True))
    data = map_data(events, places, title, tiles, front=front)
    return (
        f"<style>{assets.leaflet_css()}</style>\n<style>{assets.frontmap_css()}</style>\n"
        f'<div class="frontmap frontmap-embed" id="{map_id}"></div>\n'
        f'<script type="application/json" id="{map_id}-data">{data}</script>\n'
        f"{scripts}\n"
    )


def write_atomically(out: Path, text: str) -> Path:
    """Write ``text`` to ``out`` through a temporary file, so a reader never sees half a map."""
    try:
        return write_text(out, text)
    except FrontmapError as error:
        raise MapError(str(error)) from None
