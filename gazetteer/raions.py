"""Ukraine's raions where the text names them: "the Nikopol district", "the Kupianskyi raion", "the
Kharkiv, Chuhuiv and Izium districts".

Oblast administrations report by raion, and a raion is not its seat: "the city of Nikopol and the
Nikopol district" are two places, the town and the river villages round it. The gazetteer holds each
raion of the 2020 law as a region at the middle of its area (``data/raions.tsv.gz``, written by
``scripts/build_raions.py``, with the id ``raion:<the seat's id>``). The matcher finds the raion by its
full name ("Nikopol district"); this module turns to it the seat a mention was read as when the text
names the raion another way: by a list of seats before one plural ("the Bohodukhiv, Kharkiv and Kupiansk
districts"), or by its adjective, which the district reader took to its seat ("the Synelnykivskyi
district"). Russia's districts keep their seat: their reports name a district for its town ("the
Glushkovsky district" is where Glushkovo's people are hit). Two things a raion's name stands for are
its seat's: an office named after it ("the Izium district administration building") and "the district
centre" after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .places import Gazetteer
from .records import Mention, Place

RAION_PREFIX = "raion:"
SEAT_KINDS = ("city", "town", "village")
# Right after a seat: its raion's word, or the rest of a list of seats that ends in the plural.
_SEAT = r"[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?"
_OFFICE = r"\s+(?i:(?:military\s+|state\s+)?administration|court|council|prosecutor|police|hospital)\b"
RAION_AFTER = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_SEAT})*\s+(?i:districts?|raions?|rayons?)\b(?!{_OFFICE})"
)
# After a raion's full name, an office it only names, which stands in its seat: "the Izium district
# administration building", "the Kupiansk district court".
OFFICE_AFTER = re.compile(_OFFICE)
# How a mention read by the district reader is told: "the district of Synelnykove, named by its adjective".
ADJECTIVE_DISTRICT = "the district of "
CITY_QUARTER = "a district of "  # ... and a city's quarter the table of them lacks, placed at its city


# The seat, by its title, after its raion was named: "shelled the Nikopol district. They hit the district
# centre and Marhanets community".
DISTRICT_CENTRE = re.compile(r"\b(?:the\s+)?(?:district|raion)\s+cent(?:re|er)\b(?!\s+of\b)", re.IGNORECASE)


def as_raions(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` with each Ukrainian seat the text names as its raion read as the raion, and "the
    district centre" after a raion as its seat."""
    found = [_as_raion(text, m, gazetteer) for m in mentions]
    if "entre" not in text and "enter" not in text:
        return found
    for centre in DISTRICT_CENTRE.finditer(text):
        before = [m for m in found if m.end <= centre.start() and m.place is not None]
        if before and before[-1].place.id.startswith(RAION_PREFIX):
            raion = before[-1].place
            if (seat := _seat(raion, gazetteer)) is not None:
                reason = f"the centre of {raion.name}, named before"
                found.append(Mention(centre.group(), centre.start(), centre.end(), seat, 0.9, reason))
    return sorted(found, key=lambda m: m.start)


def _as_raion(text: str, m: Mention, gazetteer: Gazetteer) -> Mention:
    """The mention as the raion it names, or as the seat its raion's office stands in, or as it was."""
    place = m.place
    if place is not None and place.id.startswith(RAION_PREFIX) and OFFICE_AFTER.match(text, m.end):
        seat = _seat(place, gazetteer)
        return m if seat is None else replace(m, place=seat, reason=f"the seat of {place.name}'s offices")
    if place is None or m.direction or place.country != "UA" or place.kind not in SEAT_KINDS:
        return m
    if m.reason.startswith(CITY_QUARTER):
        return m  # "the Podilskyi district of Poltava": a quarter of the city, drawn at it
    after = RAION_AFTER.match(text, m.end)
    named = m.reason.startswith(ADJECTIVE_DISTRICT) or after is not None
    if not named or (raion := gazetteer.get(RAION_PREFIX + place.id)) is None:
        return m
    if after is not None and _its_own_district_after(text, m, after.end()):
        return m  # "struck Zaporizhzhia and Zaporizhzhia district": the city, then the raion around it
    return replace(m, place=raion, reason=f"the raion of {place.name}; {m.reason}")


def _its_own_district_after(text: str, m: Mention, end: int) -> bool:
    """Whether the list the seat opens, up to ``end``, ends in the seat's own name again before the
    singular word of district: the city, then its raion by its full name, not two raions."""
    words = text[m.end : end].split()
    return len(words) >= 2 and words[-1].lower() in ("district", "raion", "rayon") and words[-2] == m.text


def _seat(raion: Place, gazetteer: Gazetteer) -> Place | None:
    """The town a raion is named for and run from (its id is in the raion's)."""
    return gazetteer.get(raion.id.removeprefix(RAION_PREFIX))


def as_its_seat(place: Place) -> Place:
    """A raion as its seat, for what is told of the seat's ground (who held it when); any other place as it
    is. The seat's id and kind only: a raion is held, roughly, as the town it is run from."""
    if not place.id.startswith(RAION_PREFIX):
        return place
    return replace(place, id=place.id.removeprefix(RAION_PREFIX), kind="town")
