"""Events to pictures: the interactive HTML map, an embeddable fragment, a static PNG/SVG, a folium layer.

``render_static`` (matplotlib) and ``to_folium`` (folium) are imported on first use, so drawing the
HTML map, the command line's common case, does not pay for importing either (about 0.25 s each).
"""

from .errors import MapError
from .interactive import build_embed, build_map

__all__ = ["MapError", "build_embed", "build_map", "render_static", "to_folium"]

# Public names loaded on first use, and the module that holds each.
_LAZY = {"render_static": "static_image", "to_folium": "folium_layer"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
