"""Events to pictures: the interactive HTML map, an embeddable fragment, and a static PNG/SVG."""

from .errors import MapError
from .interactive import build_embed, build_map
from .static_image import render_static

__all__ = ["MapError", "build_embed", "build_map", "render_static"]
