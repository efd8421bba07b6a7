"""Distance on the Earth between two points, as the gazetteer and the event store both need it."""

from __future__ import annotations

import math
from typing import Protocol

# The IUGG mean Earth radius: a sphere is within 0.5% of the ellipsoid, ample for "which of these
# places is nearer" and "are these two reports 5 km apart". Offsets that move points use pyproj.
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in km between two (lon, lat) points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


class _Located(Protocol):
    lat: float
    lon: float


def km_apart(a: _Located, b: _Located) -> float:
    """Great-circle distance in km between two things with a point (places, events)."""
    return haversine_km(a.lon, a.lat, b.lon, b.lat)
