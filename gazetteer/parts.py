"""The namesake in the part of an oblast the text names: "Chervona Zirka in the western part of the DPR".

Donetsk Oblast alone holds two villages named Chervona Zirka, 130 km apart; Moscow's statements and the
press place a village by the part of its oblast ("in the western part of the DPR near the border with the
Dnepropetrovsk region", "in the north of the Kharkiv region", "in southern Zaporizhzhia Oblast"). When
such a phrase follows a name, the namesake of that oblast lying farthest the way it points from the
oblast's middle is the one meant, if the first answer does not lie that way at all.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from .distance import km_apart
from .names import key
from .places import Gazetteer
from .records import Mention, Place

# Right after a name: the part of an oblast it lies in, the oblast's name right after (group "side": the
# compass word).
PART_AFTER = re.compile(
    r"(?:,\s*(?:an?\s+)?(?:village|settlement|town)\s+|\s+)(?:located\s+|situated\s+)?in\s+(?:the\s+)?"
    r"(?P<side>north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
    r"(?:part\s+of\s+(?:the\s+)?|of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# Unit vectors (north, east) of each compass word.
BEARINGS = {
    "north": (1.0, 0.0),
    "south": (-1.0, 0.0),
    "east": (0.0, 1.0),
    "west": (0.0, -1.0),
}
PART_REASON = "in the part of its oblast the text names"
# The wire's "the eastern Donetsk region" says where the oblast lies in the country, not which part of it:
# a compass word with no "part of" that points the way the oblast lies from Ukraine's middle by more than
# COUNTRY_SIDE (degrees, east scaled like north: ~280 km; Donetsk and Luhansk east, not Kharkiv north).
UKRAINE = Place("country:UA-middle", "Ukraine", "country", 48.9, 31.4, "UA", "", 0)
COUNTRY_SIDE = 2.5
# A first answer this near (km) to a village named just before it (within MATE_REACH characters) stays.
MATE_KM = 15.0
MATE_REACH = 40
# The kinds of place a part of an oblast picks among.
PART_KINDS = ("village", "town")


def in_the_part_named(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` (in text order), each village the text puts in a part of an oblast moved to its
    namesake in that part when its first answer lies the other way from the oblast's middle."""
    if "ern" not in text and " part of" not in text:
        return mentions  # most texts name no part of an oblast
    result = list(mentions)
    for i, m in enumerate(mentions[:-1]):
        if m.place is None or m.place.kind not in PART_KINDS:
            continue
        part = PART_AFTER.match(text, m.end)
        oblast = mentions[i + 1].place
        if part is None or mentions[i + 1].start != part.end() or oblast is None or oblast.kind != "region":
            continue
        namesakes = [
            p
            for p in gazetteer.candidates(key(m.text))
            if p.kind in PART_KINDS and p.admin1 == oblast.name and p.admin1 == m.place.admin1
        ]
        if len(namesakes) < 2 or _along(m.place, oblast, part["side"]) > 0:
            continue
        plain = " part" not in part.group() and " of" not in part.group()
        if plain and _along(oblast, UKRAINE, part["side"]) > COUNTRY_SIDE:
            continue  # "in the eastern Donetsk region": where the oblast lies in Ukraine, not a part of it
        if any(
            n.place is not None
            and n.place.kind in PART_KINDS
            and key(n.text) != key(m.text)
            and 0 <= m.start - n.end <= MATE_REACH
            and km_apart(n.place, m.place) <= MATE_KM
            for n in mentions[:i]
        ):
            continue  # "the villages of Novodarivka and Levadne in the south Zaporizhzhia oblast": its mate's
        best = max(namesakes, key=lambda p: _along(p, oblast, part["side"]))
        if best.id != m.place.id and _along(best, oblast, part["side"]) > 0:
            result[i] = replace(m, place=best, reason=f"{PART_REASON} ({part.group().strip()})")
    return result


def _along(place: Place, oblast: Place, side: str) -> float:
    """How far (degrees, east scaled to km like north) ``place`` lies from the oblast's middle the way
    ``side`` points."""
    north = east = 0.0
    for word, (n, e) in BEARINGS.items():
        if word in side.lower():
            north, east = north + n, east + e
    scale = math.cos(math.radians(oblast.lat))
    return (place.lat - oblast.lat) * north + (place.lon - oblast.lon) * scale * east
