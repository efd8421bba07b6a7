"""The one exception the maps package raises; the CLI catches it as a FrontmapError."""

from __future__ import annotations

from geo.errors import FrontmapError


class MapError(FrontmapError):
    """A map could not be drawn; the message says why and what to do."""
