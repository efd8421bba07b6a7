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


# frontmap's own map script, in parts small enough to read (see each file's header).
SCRIPT_PARTS = (
    "frontmap-symbols.js",
    "frontmap-layer.js",
    "frontmap-controls.js",
    "frontmap-front.js",
    "frontmap-render.js",
)
# Runs once per page (an element whose id is "frontmap" would also show up as window.frontmap, so
# the guard is a function name).
_SCRIPT_HEAD = (
    '(function () {\n"use strict";\nif (typeof window.frontmapRender === "function") {\n  return;\n}\n'
)
_SCRIPT_TAIL = "window.frontmapRender = render;\n})();\n"


@lru_cache(maxsize=1)
def frontmap_js() -> str:
    """Return frontmap's own map script: its parts joined in one private function scope.

    The script defines only ``window.frontmapRender`` and runs once per page, so two embedded
    maps on one page share it.
    """
    static = resources.files(__package__).joinpath("static")
    parts = "\n".join(static.joinpath(name).read_text("utf-8") for name in SCRIPT_PARTS)
    return _for_script(f"{_SCRIPT_HEAD}{parts}\n{_SCRIPT_TAIL}")


@lru_cache(maxsize=1)
def frontmap_css() -> str:
    """Return frontmap's own map styles (maps/static/frontmap.css)."""
    return resources.files(__package__).joinpath("static", "frontmap.css").read_text("utf-8")
