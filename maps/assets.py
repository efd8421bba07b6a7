"""The JavaScript and CSS a map inlines: Leaflet from its installed package, and frontmap's own.

Leaflet is not copied into this repository: it is read at build time from the PyPI package
``django-js-lib-leaflet`` (Leaflet 1.9.4, no dependencies). The images its CSS points to (the layer
control's icon) are turned into ``data:`` URIs so the page makes no request for them.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from importlib import resources

from .errors import MapError

_LEAFLET_PACKAGE = "js_lib_leaflet"
_LEAFLET_DIR = ("static", "js_lib_leaflet")
_CSS_URL = re.compile(r"url\((images/[\w.-]+\.png)\)")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)


def _leaflet_file(name: str):
    try:
        root = resources.files(_LEAFLET_PACKAGE)
    except ModuleNotFoundError as error:
        raise MapError(
            "Leaflet is not installed: pip install 'django-js-lib-leaflet>=1.9.4' (it ships leaflet.js)"
        ) from error
    return root.joinpath(*_LEAFLET_DIR, name)


def _for_script(source: str) -> str:
    """Make JavaScript source safe to place inside a <script> element (no early end tag)."""
    return _SCRIPT_END.sub(r"<\\/\1", _SOURCE_MAP.sub("", source))


@lru_cache(maxsize=1)
def leaflet_js() -> str:
    """Return Leaflet's minified JavaScript, ready to inline."""
    return _for_script(_leaflet_file("leaflet.js").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def leaflet_css() -> str:
    """Return Leaflet's CSS with its images inlined as data URIs."""

    def inline(match: re.Match[str]) -> str:
        data = _leaflet_file(match.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    css = _leaflet_file("leaflet.css").read_text(encoding="utf-8")
    return _CSS_URL.sub(inline, css).replace("</", "<\\/")


@lru_cache(maxsize=1)
def frontmap_js() -> str:
    """Return frontmap's own map script (maps/static/frontmap.js)."""
    return _for_script(resources.files(__package__).joinpath("static", "frontmap.js").read_text("utf-8"))


@lru_cache(maxsize=1)
def frontmap_css() -> str:
    """Return frontmap's own map styles (maps/static/frontmap.css)."""
    return resources.files(__package__).joinpath("static", "frontmap.css").read_text("utf-8")
