"""The event record and the event types: what every layer above the rules reads.

Kept apart from the rules (:mod:`geo.events.extract`) so that reading a store or drawing a map, which
need the record but not the rules, do not compile the rules' patterns.
"""

from __future__ import annotations

from dataclasses import dataclass

# ``contact`` is fighting that moved no line ("attacks were repelled near X", "fighting continues
# near X"): evidence of where the front runs; its actor is the side that holds the place.
EVENT_TYPES = ("advance", "retreat", "strike", "bridge_strike", "contact")
# The two kinds of fire: many rules about who fired and what was hit read both alike.
FIRE_TYPES = ("strike", "bridge_strike")


@dataclass(frozen=True, slots=True)
class Event:
    """One reported event, placed and dated. ``lon``/``lat`` in EPSG:4326.

    ``event_type`` is one of :data:`EVENT_TYPES`. For ``advance``, ``retreat``, ``strike`` and
    ``bridge_strike`` the ``actor`` is the side that acted. For ``contact`` (fighting that changed
    nothing: attacks repelled, fighting going on, gains not confirmed) the ``actor`` is the side
    that holds the place, or ``unknown`` when the text does not say.

    ``actor_basis`` says how the actor was decided: ``agent`` (named in the sentence), ``verb``
    (implied by a passive verb: a recapture is Ukraine's), ``article`` (the article's clear
    direction of advance), ``history`` (a place taken months before the article, by nobody named:
    taken from its country), ``attacker`` (a contact: the side named attacked without gaining, so
    the other side holds the place), ``context`` (a strike naming nobody: the side the sentence before
    attacked with), ``voice`` (shelling a side's own report tells of: the other side's), ``owner``
    (what one side built or holds, struck by nobody named: the other side struck it), ``report``
    (damage in a round-up of one side's fire), ``accused`` (the side the other accuses of a
    strike: "Russia accused Ukraine of destroying the dam", a claim), ``implied`` (the other half of a
    loss or an expulsion: "Russian troops were driven out of X" is also Ukraine's advance at X),
    ``list`` (one fire on a list of places, its side found for others of the list; or a place told as
    fallen beside takings that name their side) or ``none`` (actor
    unknown).
    """

    event_id: str
    event_type: str
    actor: str
    place: str
    place_id: str
    place_kind: str
    lon: float
    lat: float
    geo_precision: int
    date: str | None
    date_precision: str | None
    sentence: str
    article_id: str
    title: str
    source: str
    published: str | None
    url: str
    mention: str
    actor_basis: str
    source_count: int = 1
