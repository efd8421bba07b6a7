"""Relative locations: "120 km south of Kharkiv" is not Kharkiv, and the map should say so.

War reporting places events by reference to a known town ("about 40 miles north-east of Kherson",
"on the outskirts of Bakhmut", "on the eastern bank of the Oskil"). Drawing such an event on the
town itself puts it in the wrong place, sometimes on the wrong side of a front line. This module
recognises the phrase that governs one place name in a sentence and moves the point by it along
the WGS84 geodesic. Every result has ACLED's geo-precision 2: near, or offset from, a known place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gazetteer.relative import CARDINALS, DIRECTION, DISTANCE, bearing, distance_km, move


@dataclass(frozen=True, slots=True)
class Offset:
    """Where an event lies relative to the place a phrase names.

    ``distance_km`` is None when the text gives no distance ("north of Kharkiv", "near",
    "outskirts"); ``bearing_deg`` (0 = north, 90 = east, clockwise) is None when it gives no
    direction ("60 km from", "near"). ``precision`` is ACLED's geo-precision, always 2 here.
    ``text`` is the words of the phrase, e.g. ``"120 kilometers south of"``.
    """

    distance_km: float | None
    bearing_deg: float | None
    precision: int
    text: str


# "North of Kharkiv" names the nearest place of note. Front-line summaries (ISW, the General Staff,
# monitors) name the nearest village, so "advanced north of Chasiv Yar" lies within a few km of it;
# wire stories' "north of the city" runs wider. 10 km keeps the point on the named side and within
# the 15 km a place's events are judged by, without claiming to know more.
DEFAULT_OFFSET_KM = 10.0
# A bank, or a named side of a town's outskirts, is a few kilometres off the river line or the
# centre: enough to put the point on the right side, not so far as to invent a location.
NEAR_SIDE_KM = 5.0
PRECISION_NEAR = 2
# Which way a river flows where the war reaches it: the left bank is on the left looking
# downstream. The Oskil and Siverskyi Donets flow south past the front; the Dnipro's front-line
# course (Zaporizhzhia to Kherson) flows south-west, so its left bank lies south-east.
_RIVER_FLOW_DEG = {"dnipro": 225.0, "dnieper": 225.0, "dnepr": 225.0}
_DEFAULT_FLOW_DEG = 180.0

# Words between the phrase and the name: "north of the front-line city of", "near Russian-held".
_FILLER = (
    r"(?:the\s+)?(?:(?:(?!(?:and|or|but|of)\b)[a-z][a-z'-]*\s+|(?:Russian|Ukrainian)-\w+\s+){0,3}"
    r"(?:city|town|village|settlement|port|capital|region|oblast|province|district|river)\s+of\s+)?"
    r"(?:(?:Russian|Ukrainian)[-\s](?:held|occupied|controlled)\s+)?(?:the\s+)?$"
)
# A word one of which every phrase of _BEFORE holds.
_CUES = ("bank", "north", "south", "east", "west", "from", "near", "outside", "around", "close", "vicinity",
         "outskirts", "suburbs", "edge", "approach")  # fmt: skip
_BEFORE = re.compile(
    r"\b(?:(?P<bank>(?i:(?:on\s+)?(?:the\s+)?(?P<side>left|right|(?:north|south|east|west)(?:ern)?)\s+bank\s+of\s+))"
    rf"|(?P<offset>(?i:(?:{DISTANCE})?(?:(?:to\s+the\s+)?(?P<dir>{DIRECTION})\s+of|(?P<from>(?:away\s+)?from))\s+))"
    r"|(?P<near>(?i:near(?:\s+to)?|outside|around|close\s+to|not\s+far\s+from|in\s+the\s+vicinity\s+of"
    r"|(?:on\s+)?the\s+(?:(?P<outskirts_side>(?:north|south|east|west)(?:ern)?)\s+)?"
    r"(?:outskirts|suburbs|edge|approaches)\s+(?:of|to)|outskirts\s+of|(?:on\s+)?approaches\s+to)\s+))"
    + _FILLER
)
_AFTER = re.compile(
    r"(?:\s+River)?['’]s\s+(?P<words>(?:(?P<side>(?i:left|right|(?:north|south|east|west)(?:ern)?))\s+)?"
    r"(?:outskirts|suburbs|bank)\b)"
)
# "nearby" is not here: "the nearby town of Chuhuiv", "nearby Kupyansk" name the place itself.
# "(in) the east of Ukraine" is a part of Ukraine, not an offset from it ("to the east of" is).
_INSIDE = re.compile(r"(?i)\bthe\s+$")
# A works or site the name is part of, right after it: "the Avdiivka Coke Plant", "Zaporizhzhia airport".
WORKS_AFTER = re.compile(
    r"\s+(?:[A-Za-z][\w-]*\s+){0,2}(?:plant|works|factory|airport|airfield|mine|station|port)\b",
    re.IGNORECASE,
)
_WINDOW = 160  # characters before the name searched for a phrase; the longest phrases are ~90


def _side_bearing(side: str, river: str) -> float:
    """The bearing of a named side: "eastern" is 90; "left" depends on which way the river flows."""
    side = side.lower().removesuffix("ern")
    if side in CARDINALS:
        return CARDINALS[side]
    flow = next((deg for name, deg in _RIVER_FLOW_DEG.items() if name in river.lower()), _DEFAULT_FLOW_DEG)
    return (flow - 90) % 360 if side == "left" else (flow + 90) % 360


def find_offset(sentence: str, place_start: int, place_end: int) -> Offset | None:
    """The relative-location phrase that governs the place name at ``sentence[place_start:place_end]``.

    Only a phrase that ends right before the name (allowing "the city of" and the like between)
    counts, or a possessive right after it ("Bakhmut's outskirts", "the Dnipro's left bank"): in
    "Izyum, 120 km south of Kharkiv" the offset belongs to Kharkiv, not Izyum. Returns None when
    no phrase governs the name, and the point stays where the place is.
    """
    name = sentence[place_start:place_end]
    after = _AFTER.match(sentence, place_end)
    if after:
        side = after["side"]
        toward = _side_bearing(side, name) if side else None
        return Offset(NEAR_SIDE_KM if side else None, toward, PRECISION_NEAR, after["words"])
    window_start = max(0, place_start - _WINDOW)
    window = sentence[window_start:place_start]
    lower = window.lower()
    if not any(cue in lower for cue in _CUES):
        return None  # most names follow no relative phrase: no need to scan for one
    match = _BEFORE.search(window)
    if match is None:
        return None
    phrase = next(g for g in ("bank", "offset", "near") if match[g])
    text = match[phrase].strip()
    if phrase == "bank":
        return Offset(NEAR_SIDE_KM, _side_bearing(match["side"], name), PRECISION_NEAR, text)
    if phrase == "offset":
        distance = distance_km(match) if match["n"] else None
        if match["from"]:  # "60 km from X" is a distance; "from X" alone is no offset
            return None if distance is None else Offset(distance, None, PRECISION_NEAR, text)
        if _INSIDE.search(sentence, 0, window_start + match.start()):
            return None
        return Offset(distance, bearing(match["dir"]), PRECISION_NEAR, text)
    side = match["outskirts_side"]
    if side and not WORKS_AFTER.match(sentence, place_end):
        # (not a works named for the town: "the southern outskirts of the Avdiivka Coke Plant")
        return Offset(NEAR_SIDE_KM, _side_bearing(side, name), PRECISION_NEAR, text)
    return Offset(None, None, PRECISION_NEAR, text)


def apply_offset(lon: float, lat: float, offset: Offset) -> tuple[float, float]:
    """Move (lon, lat) by ``offset``; returns (lon, lat).

    A direction without a distance moves ``DEFAULT_OFFSET_KM``. Without a direction ("near",
    "60 km from") there is no way to know where to go, so the point is returned unchanged; the
    offset's precision still tells the reader it is approximate.
    """
    if offset.bearing_deg is None:
        return lon, lat
    distance = DEFAULT_OFFSET_KM if offset.distance_km is None else offset.distance_km
    return move(lon, lat, distance, offset.bearing_deg)
