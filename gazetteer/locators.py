"""Names the text itself places: "Orlivka, which is six miles northwest of Avdiivka".

Reporters add a distance and a direction from a known town exactly when the village is obscure. The
phrase settles which of a name's namesakes is meant, and when the gazetteer holds none that fits, it
still says where the village lies: frontmap then draws it there, as a place located by the text,
and says so (an event at it is near a known place, ACLED's geo-precision 2, not at a surveyed point).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .distance import km_apart
from .records import Place
from .relative import DIRECTION, DISTANCE, bearing, distance_km, move

# The phrase right after a name, up to the anchor's name: ", about 10 kilometers (6 miles) northwest
# of", ", which is six miles north-west of", ", a village south of", " (15 km east of".
LOCATOR = re.compile(
    # (the oblast may come first: '"have liberated the village of Kalynove" in the Donetsk region, which
    # lies')
    r"(?:[\"”’']?\s+in\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:region|oblast)(?=,))?"
    # ("captured Klynove village, positioned approximately 15 kilometers southeast of Kramatorsk")
    r"(?:\s+(?:village|town|settlement)(?=,))?"
    r"[\"”’']?,?[\"”’']?\s+\(?(?:(?:both|all|each)\s+)?(?:(?:which|that)\s+(?:is|lies)\s+"
    # ("The village of Novooleksandrivka is located approximately 20 kilometers north of Avdiivka")
    r"|(?:(?:is|are|was|were)\s+)?(?:located|situated|lying|positioned)\s+|"
    r"(?:a|the)\s+(?:small\s+)?(?:village|town|settlement|city|hamlet|locality)\s+"
    r"(?:(?:located|situated|lying)\s+)?)?"
    r"(?:(?:about|some|around|roughly|approximately|nearly|almost|just|only|less\s+than)\s+)?"
    rf"(?:{DISTANCE})?(?:to\s+the\s+)?(?P<dir>{DIRECTION})(?:ern)?\s+of\s+"
    # "... southeast of the key logistics hub of Pokrovsk"
    r"(?:the\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|hub|stronghold)\s+of\s+)?",
    re.IGNORECASE,
)
# How far after a name a locator's compass word may start: ", which is about 10 kilometers (6 miles)
# north-west of" is 40 characters to "north"; the longest openings run to about 70.
LOCATOR_REACH = 90
# With no distance stated, a namesake this far (km) from the anchor still fits: "Stepove, north of
# Avdiivka" names the nearest place of note, which front-line reports keep close but wire stories do not.
UNSTATED_SLACK_KM = 60.0
# A city this big located with no distance stated is measured from a far capital: "a refinery in
# Ryazan, southeast of Moscow" (180 km), "Yaroslavl, northeast of Moscow" (250 km).
LOCATED_CITY_POPULATION = 100_000
LOCATED_CITY_KM = 400.0
# ... and a town from the next town of note: "Toretsk, to the northeast of Kurakhove" (63 km).
LOCATED_TOWN_KM = 120.0
# With a distance stated, a namesake fits when its distance from the anchor is within this share of
# the stated one (or STATED_SLACK_KM, the larger) and it lies within DIRECTION_SLACK_DEG of the stated
# direction: reporters round distances and give directions to 8 points.
STATED_SHARE = 0.4
STATED_SLACK_KM = 8.0
DIRECTION_SLACK_DEG = 60.0
# ... and, with no distance stated, the half of the compass the phrase points to: on that side of it.
SIDE_SLACK_DEG = 90.0
# ... and a place closer to the anchor than this has no meaningful direction from it.
DIRECTIONLESS_KM = 3.0
# A place this big is no village the data lacks: where the stated distance does not fit it, but it lies
# on the stated side within ROUGH_KM more than that distance, the reporter's figure is off ("Marjinka,
# located five kilometers southwest of Donetsk": the town of 9,000 lies 23 km west-southwest).
ROUGH_POPULATION = 5_000
ROUGH_KM = 25.0
# Ids of places the text located and the gazetteer lacks.
LOCATED_PREFIX = "located:"


@dataclass(frozen=True, slots=True)
class Locator:
    """Where a text puts a name: ``distance_km`` (None when unstated) towards ``bearing_deg`` from
    ``anchor``; ``text`` is the phrase, e.g. "six miles northwest of"."""

    anchor: Place
    distance_km: float | None
    bearing_deg: float
    text: str

    def fits(self, place: Place) -> bool:
        """Whether ``place`` lies where the phrase puts it."""
        km = km_apart(place, self.anchor)
        if self.distance_km is None:
            limit = UNSTATED_SLACK_KM
            if place.population >= LOCATED_CITY_POPULATION:
                limit = LOCATED_CITY_KM
            elif place.kind == "town" or place.population >= ROUGH_POPULATION:
                # (a seat GeoNames counts just under a town's 10,000 is located as towns are: "Bucha,
                # Ivankiv, and Borodyanka, all located north of Kyiv", Ivankiv 68 km off)
                limit = LOCATED_TOWN_KM
            # a village is also on the side of the anchor the text says ("south of Kurakhovo": not
            # 30 km north-west of it)
            return km <= limit and (place.kind != "village" or self._towards(place, km, SIDE_SLACK_DEG))
        return self._at_stated_distance(km) and self._towards(place, km, DIRECTION_SLACK_DEG)

    def fits_loosely(self, place: Place) -> bool:
        """Whether ``place`` lies at the stated distance and on the stated side, though off the stated
        direction: "Staromaiorske (9 km southeast of Velyka Novosilka)" lies 11 km south-southwest, and is
        still the village meant when no namesake fits better."""
        if self.distance_km is None:
            return False
        km = km_apart(place, self.anchor)
        return self._at_stated_distance(km) and self._towards(place, km, SIDE_SLACK_DEG)

    def fits_roughly(self, place: Place) -> bool:
        """Whether ``place`` is a town of ROUGH_POPULATION or more on the stated side of the anchor and no
        more than ROUGH_KM beyond the stated distance: the town meant, whose distance the text got wrong."""
        if self.distance_km is None or place.population < ROUGH_POPULATION:
            return False
        km = km_apart(place, self.anchor)
        return km <= self.distance_km + ROUGH_KM and self._towards(place, km, SIDE_SLACK_DEG)

    def _at_stated_distance(self, km: float) -> bool:
        """Whether ``km`` is the stated distance, give or take the slack a reporter's round figure needs."""
        return at_stated_distance(km, self.distance_km)

    def _towards(self, place: Place, km: float, slack: float) -> bool:
        """Whether ``place``, ``km`` from the anchor, lies within ``slack`` degrees of the direction."""
        if km < DIRECTIONLESS_KM:
            return True
        turn = abs(_initial_bearing(self.anchor, place) - self.bearing_deg) % 360
        return min(turn, 360 - turn) <= slack

    def describe(self) -> str:
        """The phrase as a reader checks it: "15.6 km northwest of Avdiivka"."""
        return f"{self.text.strip()} {self.anchor.name}"


def at_stated_distance(km: float, stated: float) -> bool:
    """Whether ``km`` is the ``stated`` distance, give or take the slack a reporter's round figure needs:
    a locator's ("10 km northwest of") and a distance given with no direction ("8 km from")."""
    return abs(km - stated) <= max(STATED_SLACK_KM, STATED_SHARE * stated)


def read_locator(text: str, end: int) -> tuple[re.Match[str], float | None, float] | None:
    """The locator phrase starting at ``end`` (right after a name): the match (its end is where the
    anchor's name must start), the distance in km or None, and the bearing."""
    found = LOCATOR.match(text, end)
    if found is None:
        return None
    return found, (distance_km(found) if found["n"] else None), bearing(found["dir"])


def located_place(name: str, locator: Locator, kind: str = "village") -> Place | None:
    """A place the gazetteer lacks, at the point the text gives: None without a stated distance."""
    if locator.distance_km is None:
        return None
    anchor = locator.anchor
    lon, lat = move(anchor.lon, anchor.lat, locator.distance_km, locator.bearing_deg)
    place_id = f"{LOCATED_PREFIX}{anchor.id}:{locator.distance_km:.1f}:{locator.bearing_deg:.0f}:{name}"
    return Place(place_id, name, kind, round(lat, 5), round(lon, 5), anchor.country, anchor.admin1)


def is_located(place: Place) -> bool:
    """Whether ``place`` was placed by a text's distance and direction, not taken from the data."""
    return place.id.startswith(LOCATED_PREFIX)


def _initial_bearing(start: Place, end: Place) -> float:
    """The compass bearing from ``start`` towards ``end`` (spherical; ample for 8-point directions)."""
    p1, p2 = math.radians(start.lat), math.radians(end.lat)
    dl = math.radians(end.lon - start.lon)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360
