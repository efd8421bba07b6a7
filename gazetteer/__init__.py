"""Names to places: the offline gazetteer, the text matcher and disambiguation."""

from .distance import haversine_km, km_apart
from .names import key
from .places import Gazetteer, load_gazetteer
from .records import KINDS, Mention, Place
from .resolve import find_places

__all__ = [
    "KINDS",
    "Gazetteer",
    "Mention",
    "Place",
    "find_places",
    "haversine_km",
    "key",
    "km_apart",
    "load_gazetteer",
]
