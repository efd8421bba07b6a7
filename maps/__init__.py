"""Events to pictures: the interactive HTML map, an embeddable fragment, a static PNG/SVG, a folium layer.

``render_static`` (matplotlib) and ``to_folium`` (folium) are imported on first use, so drawing the
HTML map, the command line's common case, does not pay for importing either (about 0.25 s each).
"""

from geo.lazy import lazy_names

from .errors import MapError
from .interactive import build_embed, build_map

__all__ = ["MapError", "build_embed", "build_map", "render_static", "to_folium"]

# Public names loaded on first use, and the module that holds each.
_LAZY = {"render_static": ".static_image", "to_folium": ".folium_layer"}


__getattr__ = lazy_names(__name__, _LAZY, globals())


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
