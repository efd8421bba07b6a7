"""Where on its course a river mention belongs: the stretch nearest the places named around it."""

from __future__ import annotations

import dataclasses
import math

from .ranking import POINT_KINDS, SAME_PASSAGE_CHARS
from .records import Mention, Place

# The countries whose places may place a river mention (the curated rivers run through them).
RIVER_COUNTRIES = ("UA", "RU", "BY")
KM_PER_DEGREE = 111.2
# A place this close (km) to a river's course lies on it: a town on its bank, a village by it.
ON_COURSE_KM = 30.0
# Places on the course whose nearest points of it lie this close (km, along the course) are one stretch.
STRETCH_KM = 60.0
# A place on the course named away from the mention's passage votes this much for its stretch.
FAR_PASSAGE_VOTE = 0.5
# ... and a place the text puts a bridge or dam in ("the attack on the bridge in Zvannoye") this much,
# wherever it is named: a crossing over the river is there, whatever town the text names beside it.
BRIDGE_VOTE = 2.0


def on_rivers(
    mentions: list[Mention], metonyms: frozenset[int] = frozenset(), bridged: frozenset[int] = frozenset()
) -> list[Mention]:
    """The mentions, each river mention put on the stretch of its course the text is about.

    The places of the article that lie on the river (within ON_COURSE_KM of its course) vote for the
    stretch of it they lie by: each counts fully when named around the mention (within
    SAME_PASSAGE_CHARS), FAR_PASSAGE_VOTE elsewhere, for every place on the course within STRETCH_KM
    of it. So "south of the Dnieper River" in an article about Krynky and Kherson is the Kherson
    stretch, whichever paragraph names it, though Kyiv also lies on the Dnipro; "Bilozerka, a few
    kilometres from the Dnipro" puts it by Bilozerka, not by a Donbas town the paragraph before named.
    With no place on the course, the place lying closest to it says where the text is (around the
    mention, else anywhere in the article): "give up Kherson and move east of the Dnipro" after
    "leaving Kharkiv" puts it by Kherson; and so does a place around the mention when none around it lies
    on the course ("Tokmak is a small town some 50km from the Dnieper River" is the stretch by Tokmak,
    not by the Kyiv a later paragraph names). The mention's point is the nearest point of the course to
    that place. With no place to go by, or only the oblast its own point lies in, the river's own
    point (the stretch most reporting is about) stays. Mentions at ``metonyms`` ("Kyiv's troops": a
    government, not a place by the river) do not count; mentions at ``bridged`` (a place the text puts a
    crossing in) vote BRIDGE_VOTE.
    """
    named = [
        m
        for m in mentions
        if m.place is not None
        and m.place.country in RIVER_COUNTRIES
        and (m.place.kind in POINT_KINDS or m.place.id.startswith("admin1:"))
        and m.start not in metonyms
    ]
    if not named:
        return mentions
    places = list({m.place.id: m.place for m in named}.values())  # each place measured once
    scale = math.cos(math.radians(sum(p.lat for p in places) / len(places)))  # a degree of longitude shrinks
    courses: dict[str, tuple] = {}  # river id -> (off the course, along it, nearest points, on it), once
    out = []
    for mention in mentions:
        river = mention.place
        if river is None or river.kind != "river" or not river.geometry:
            out.append(mention)
            continue
        if river.id not in courses:
            course = [(x * scale, y) for x, y in river.geometry]
            located = {p.id: _locate(course, p.lon * scale, p.lat) for p in places}
            off_course = [located[m.place.id][0] * KM_PER_DEGREE for m in named]
            along = [located[m.place.id][1] * KM_PER_DEGREE for m in named]
            on_course = [
                i
                for i, m in enumerate(named)
                if off_course[i] <= ON_COURSE_KM and m.place.kind in POINT_KINDS
            ]
            courses[river.id] = (off_course, along, located, on_course)
        off_course, along, located, on_course = courses[river.id]
        near = [abs(m.start - mention.start) <= SAME_PASSAGE_CHARS for m in named]
        near_points = [i for i in range(len(named)) if near[i] and named[i].place.kind in POINT_KINDS]
        if on_course and (any(near[i] for i in on_course) or not near_points):
            votes = {
                i: BRIDGE_VOTE if named[i].start in bridged else 1.0 if near[i] else FAR_PASSAGE_VOTE
                for i in on_course
            }
            tally = {
                i: sum(votes[j] for j in on_course if abs(along[i] - along[j]) <= STRETCH_KM)
                for i in on_course
            }
            most = max(tally.values())
            top = [i for i in on_course if tally[i] == most]
            loudest = max(votes[i] for i in top)
            best = next(
                i for i in top if votes[i] == loudest
            )  # most votes, then its own vote, then first named
        else:  # the place closest to the course, around the mention or else anywhere
            pool = [i for i in range(len(named)) if near[i]] or list(range(len(named)))
            best = min(pool, key=lambda i: off_course[i])
        closest = named[best].place
        if closest.id.startswith("admin1:") and closest.name == river.admin1:
            out.append(mention)  # only its own point's oblast to go by: "the Seym in the Kursk region"
            continue
        x, y = located[closest.id][2]
        placed = dataclasses.replace(
            river, lon=round(x / scale, 5), lat=round(y, 5), admin1=""
        )  # not its own oblast
        reason = f"{mention.reason}; placed on its course nearest {closest.name}"
        out.append(Mention(mention.text, mention.start, mention.end, placed, mention.score, reason))
    return out


def km_from_course(place: Place, river: Place) -> float:
    """How far (km, roughly: degrees scaled at the place's latitude) a place lies from a river's course;
    infinite for a river with no course."""
    if not river.geometry:
        return math.inf
    scale = math.cos(math.radians(place.lat))
    course = [(x * scale, y) for x, y in river.geometry]
    return _locate(course, place.lon * scale, place.lat)[0] * KM_PER_DEGREE


def course_km(river: Place) -> float:
    """The length (km, roughly) of a river's course as the data draws it; 0 for a river with none."""
    if not river.geometry:
        return 0.0
    points = river.geometry
    return sum(
        math.hypot((bx - ax) * math.cos(math.radians((ay + by) / 2)), by - ay) * KM_PER_DEGREE
        for (ax, ay), (bx, by) in zip(points, points[1:], strict=False)
    )


def _locate(
    course: list[tuple[float, float]], x: float, y: float
) -> tuple[float, float, tuple[float, float]]:
    """The distance from (x, y) to a polyline, how far along the polyline its nearest point lies, and
    that point (plane coordinates; the first such point where several are as near).

    A river's course is a few dozen vertices: a loop over its segments is quicker than importing
    shapely, which ``frontmap places`` would otherwise load for every article that names a river.
    """
    best = (math.inf, 0.0, course[0])
    walked = 0.0
    for (ax, ay), (bx, by) in zip(course, course[1:] or course, strict=False):
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
        px, py = ax + t * dx, ay + t * dy
        distance = math.hypot(x - px, y - py)
        segment = math.sqrt(length)
        if distance < best[0]:
            best = (distance, walked + t * segment, (px, py))
        walked += segment
    return best
