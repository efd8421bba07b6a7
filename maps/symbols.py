"""How events look: a colour per actor and a shape per event type, shared by the HTML map and the image.

The interactive map (maps/static/frontmap-*.js) and the static image (maps/static_image.py) draw the same
symbols from these tables, so a reader who knows one knows the other. Shapes are names the JS draws as
polygons on a canvas and as inline SVG in the legend; ``MATPLOTLIB_MARKERS`` maps them to matplotlib.
"""

from __future__ import annotations

# Colours picked to stay apart for colour-blind readers (blue / red / grey) and on OSM tiles.
ACTOR_COLOURS = {"UA": "#1f5fbf", "RU": "#d1302b", "unknown": "#6f6f6f"}
ACTOR_LABELS = {"UA": "Ukraine", "RU": "Russia", "unknown": "Unknown actor"}

# Event types of the event table (notes/event_schema.md); a type not listed here is drawn as a circle.
TYPE_SHAPES = {
    "advance": "triangle-up",
    "retreat": "triangle-down",
    "strike": "star",
    "bridge_strike": "diamond",
    "contact": "cross",  # fighting that moved no line: where the front runs, not who gained
}
TYPE_LABELS = {
    "advance": "Advance",
    "retreat": "Retreat",
    "strike": "Strike",
    "bridge_strike": "Bridge / dam strike",
    "contact": "Contact (no change)",
}
DEFAULT_SHAPE = "circle"

MATPLOTLIB_MARKERS = {
    "triangle-up": "^",
    "triangle-down": "v",
    "star": "*",
    "diamond": "D",
    "cross": "P",
    "circle": "o",
}

# Attribution of the data drawn on every map (design.md, "The map").
ATTRIBUTION = "Places: GeoNames (CC BY 4.0); outlines: Natural Earth"
TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
TILE_ATTRIBUTION = "Tiles: © OpenStreetMap contributors"


def type_label(event_type: str) -> str:
    """Return the legend label of ``event_type`` ("bridge_strike" -> "Bridge / dam strike")."""
    return TYPE_LABELS.get(event_type, event_type.replace("_", " ").capitalize())


def type_shape(event_type: str) -> str:
    """Return the shape name ``event_type`` is drawn with."""
    return TYPE_SHAPES.get(event_type, DEFAULT_SHAPE)


def actor_colour(actor: str) -> str:
    """Return the colour of ``actor``; an actor outside UA/RU is drawn as unknown."""
    return ACTOR_COLOURS.get(actor, ACTOR_COLOURS["unknown"])
