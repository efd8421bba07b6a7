"""The records the gazetteer hands out: a place, and a mention of one in a text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("city", "town", "village", "river", "bridge", "dam", "region", "country", "other")
# The id prefixes of villages placed at their raion's centre, not their own point
# (scripts/build_settlements.py): Ukraine's (the postal file's raion centre) and Russia's border
# villages (the middle of their raion's points).
APPROXIMATE_PREFIX = "uaraion:"
RU_APPROXIMATE_PREFIX = "ruraion:"


@dataclass(frozen=True, slots=True)
class Place:
    """A named place with a point, in EPSG:4326.

    ``id`` is the GeoNames id as a string for populated places, or a curated id such as
    ``"river:dnipro"`` or ``"admin1:UA-63"``. ``lat``/``lon`` is the point a mention of the place
    is drawn at (for a river, a point on its middle course; for a region, an interior point).
    ``geometry`` is optional extra shape (a river's line, an oblast's polygon) as a shapely geometry.
    """

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str = ""
    admin1: str = ""
    population: int = 0
    geometry: Any = field(default=None, compare=False, repr=False)

    @property
    def approximate(self) -> bool:
        """Whether the point is only the village's raion centre (the postal file knows no better, see
        gazetteer/data/README.md): an event there is near the place (precision 2), not at it."""
        return self.id.startswith((APPROXIMATE_PREFIX, RU_APPROXIMATE_PREFIX))

    @property
    def sea(self) -> bool:
        """Whether the place is a sea (kind ``region``, id ``sea:...``): where ships and missiles are
        and ports lie, never where an event on land happened."""
        return self.id.startswith("sea:")

    def __reduce__(self) -> tuple[type[Place], tuple[Any, ...]]:
        """Pickle as the call that makes the place: the gazetteer's cache holds some 31,000 of them,
        and the generic state of a frozen dataclass with slots unpickles at half the speed."""
        return Place, (
            self.id, self.name, self.kind, self.lat, self.lon, self.country, self.admin1, self.population,
            self.geometry,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name as written in a text, with the place it was resolved to (or None) and why.

    ``start``/``end`` are character offsets into the text the mention was found in, so
    ``text[start:end] == mention.text``. ``score`` is in [0, 1]; ``reason`` is a short phrase a user
    can read to understand the pick ("only candidate", "nearest to Kharkiv", "qualifier: Luhansk").
    ``direction`` marks the name of a front sector: an events layer places no event at it.
    """

    text: str
    start: int
    end: int
    place: Place | None
    score: float
    reason: str
    # The name of a direction (sector) of the front ("in the Kramatorsk sector"), not where an event
    # happened; its reason then starts with gazetteer.context.DIRECTION_REASON.
    direction: bool = False
