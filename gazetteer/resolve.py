"""Deciding which place each place name in a text is.

Two passes over the names that read as places (:mod:`gazetteer.reading`). The first resolves those
with one plausible place; they become the article's anchors. The second resolves the ambiguous
rest with what the article says around them: a region qualifier ("Lysychansk, Luhansk region"),
an explicit locator ("Stepove, north of Avdiivka"), closeness to the anchors, and population.
Every mention keeps a score and a reason, so a wrong pick can be understood.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field

from .article import ArticleContext, article_context, far_penalty
from .context import RIVER_CONTEXT, TOWN_CUES, VILLAGE_CUES
from .distance import haversine_km
from .names import key
from .places import Gazetteer, load_gazetteer
from .reading import POPULATED, WAR_COUNTRIES, Proposal, propose_places
from .records import Mention, Place

POINT_KINDS = ("city", "town", "village", "bridge", "dam", "other")
# The countries whose places may place a river mention (the curated rivers run through them).
RIVER_COUNTRIES = ("UA", "RU", "BY")
# Priors: how likely a reader means a place of this country (the articles are about the war in
# Ukraine; Russia is the other side; Belarus and Moldova border the war).
COUNTRY_PRIOR = {"UA": 0.25, "RU": 0.1, "BY": 0.05, "MD": 0.05}
# Curated features and regions have no population; this stands in for one (a city of ~100k).
FEATURE_PRIOR = 0.7
# What each piece of evidence adds to a candidate's score (population gives 0.3 to 1.0).
MAIN_NAME_BONUS = 0.3  # the name is the place's main name, not an alternate: Mykolaiv the city
SAME_AS_NAMED = 0.6  # the place is already named otherwise: "Bakhmut, which Russians call Artemovsk"
RIVER_ARTICLE_BONUS = 0.5  # a river, in an article about banks and crossings
NAMED_OBLAST_BONUS = 0.2  # in an oblast the article names
QUALIFIER_BONUS = 0.6  # qualified right after: "Lysychansk, Luhansk region"
REGION_AFTER_BONUS = (
    0.55  # in the oblast named after it in its sentence: "near Stepove in the Kherson region"
)
SENTENCE_REGION_BONUS = 0.4  # in an oblast its sentence names before it: "In the Kherson region, Krynky..."
CUE_KIND_BONUS = 0.3  # the kind the text points to: "the village of Pokrovske", "the city of Siversk"
# The postal file's villages have no population; they count as a village of this size.
UNKNOWN_VILLAGE_POPULATION = 200
# A war-in-Ukraine text names far-off places for a reason: a candidate this far (km) from the
# article's theatre starts to lose, and loses FAR_PENALTY at FAR_FULL_KM (a namesake by Moscow, ~900 km
# from the Donbas, loses 0.4; one in Siberia or America everything a name can win). Moscow itself,
# the only place of its name, is still Moscow. Places this far off lend no nearness to others.
FAR_START_KM = 500.0
FAR_FULL_KM = 1500.0
FAR_PENALTY = 1.0
# A small place this far from the theatre, named with no cue, is not taken as a place at all.
FAR_DROP_KM = 1500.0
FAR_SMALL_POPULATION = 100_000
NEAR_BONUS = 0.5  # next to another place of the article; fades to nothing at NEAR_KM
# Proximity fades to nothing at this distance (km): about the width of an oblast, the scale at
# which an article's places hang together. Places named within SAME_PASSAGE_CHARS of the name
# count fully, places elsewhere in the article FAR_PASSAGE_WEIGHT of that.
NEAR_KM = 300.0
SAME_PASSAGE_CHARS = 300
NEAR_DEGREES = NEAR_KM / 111.0  # degrees of latitude in NEAR_KM
NEAR_LON_DEGREES = NEAR_DEGREES / 0.6  # and of longitude, north of 53 degrees (cos 53° = 0.6)
FAR_PASSAGE_WEIGHT = 0.6
# Next to a place named nearby in the text (within CLOSE_KM, a village's neighbours), a candidate
# wins this much more: "near Andriivka and Klishchiivka" is the Andriivka 3 km from Klishchiivka.
CLOSE_KM = 25.0
CLOSE_BONUS = 0.3
# A first-pass pick must beat the runner-up by this much to be an anchor for the others.
ANCHOR_MARGIN = 0.35
# A weak (small, uncued) place must lie this close (km) to an anchor.
VILLAGE_NEAR_KM = 150.0
# A village picked among namesakes, with no cue or region, must lie this close (km) to a place named
# in its passage: front-line reporting names villages a few km apart, and with thousands of
# namesakes in the gazetteer one 100 km off is a guess, better reported unresolved.
GUESS_NEAR_KM = 60.0
# Villages smaller than this are the ones picked among namesakes by guesswork (a town of 9,000 such
# as Bilozerka is the one a reader means).
GUESS_POPULATION = 5_000
# ", 20 km north-east of Avdiivka": a name placed explicitly by another place.
LOCATOR = re.compile(
    r",?\s+(?:(?:about|some|around|roughly)\s+)?(?:(\d+(?:\.\d+)?)\s*(km|kilometers|kilometres|miles|mi)\s+)?"
    r"(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
    r"(?:the\s+(?:city|town|village)\s+of\s+)?",
    re.IGNORECASE,
)
# A name itself placed by a direction ("north of X"): a ", west of Y" after it starts the next item.
DIRECTION_BEFORE = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$", re.IGNORECASE
)
# How far beyond the stated distance (or from the anchor, with none stated) the place may lie.
LOCATOR_SLACK_KM = 60.0
MILE_KM = 1.609
UNRESOLVED_CUE = re.compile(
    r"\b(?:city|town|village|settlement|hamlet) of ((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+)?)"
)


@dataclass(slots=True)
class _Anchors:
    """The places resolved in the first pass, each with the offsets it is named at.

    Distances are cached per pair of places: an article names a few dozen places, but ambiguous
    names may have dozens of candidates each, and every one is measured against every anchor.
    """

    places: dict[str, Place] = field(default_factory=dict)
    offsets: dict[str, list[int]] = field(default_factory=dict)
    reachable: list[Place] = field(default_factory=list)  # those that lend nearness: near the theatre
    _km: dict[tuple[str, str], float] = field(default_factory=dict)

    def add(self, start: int, place: Place) -> None:
        self.places[place.id] = place
        self.offsets.setdefault(place.id, []).append(start)

    def km(self, a: Place, b: Place) -> float:
        pair = (a.id, b.id)
        if pair not in self._km:
            self._km[pair] = haversine_km(a.lon, a.lat, b.lon, b.lat)
        return self._km[pair]

    def named_elsewhere(self, place: Place, start: int) -> bool:
        """Whether ``place`` is an anchor named somewhere other than at ``start``."""
        return any(offset != start for offset in self.offsets.get(place.id, ()))

    def chars_apart(self, place_id: str, start: int) -> int:
        """How far (characters) from ``start`` the anchor is named nearest, not counting ``start``."""
        return min(
            (abs(offset - start) for offset in self.offsets[place_id] if offset != start), default=10**9
        )


def find_places(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Return the place mentions of ``text`` in text order, resolved, plus unresolved ones.

    Unresolved mentions (``place`` None) are names the text marks as places ("the village of
    Hrakove") that the gazetteer does not hold, or names the text locates where no place of that
    name lies; they are reported, not dropped.
    """
    gaz = gazetteer or load_gazetteer()
    proposals = propose_places(text, gaz)
    river_article = any(cue in text.lower() for cue in RIVER_CONTEXT)
    admin1_named = {
        c.name for p in proposals for c in p.candidates if len(p.candidates) == 1 and c.kind == "region"
    }
    ctx = article_context(
        text,
        [
            (p.match.start, p.candidates[0].name)
            for p in proposals
            if len(p.candidates) == 1 and p.candidates[0].id.startswith("admin1:")
        ],
        gaz.notes,
    )

    resolved: dict[int, tuple[Place, float, str]] = {}
    for i, p in enumerate(proposals):
        ranked = _rank(p, text, river_article, admin1_named, None, ctx)
        if len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= ANCHOR_MARGIN:
            resolved[i] = _choice(ranked, len(p.candidates))
    anchors = _Anchors()
    for i, (place, _, _) in sorted(resolved.items()):
        if proposals[i].weak:
            continue
        if place.kind in POINT_KINDS:
            anchors.add(proposals[i].match.start, place)
    ctx.set_theatre([place for place in anchors.places.values() if _near_enough(place, ctx)])
    anchors.reachable = [a for a in anchors.places.values() if ctx.km_from_theatre(a) <= FAR_START_KM]

    by_start = {p.match.start: i for i, p in enumerate(proposals)}
    # One sense per article: a name repeated with the same candidates is the same place each time
    # (Gale, Church and Yarowsky's observation), resolved once, where the article first names it.
    senses: dict[tuple[str, str, tuple[str, ...]], tuple[Place, float, str]] = {}
    mentions: list[Mention] = []
    guesses: list[int] = []  # mentions of ambiguous villages: checked against their neighbours below
    alone: list[int] = []  # mentions of small places named with no cue: kept only beside others
    for i, p in enumerate(proposals):
        located = _locator(text, p, proposals, by_start, resolved)
        if located is not None:
            anchor, radius = located
            near = [c for c in p.candidates if anchors.km(c, anchor) <= radius]
            if not near:
                reason = (
                    f"no place of this name within {radius:.0f} km of {anchor.name}, where the text puts it"
                )
                mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, None, 0.0, reason))
                continue
            p.candidates = near
            resolved.pop(i, None)
        sense = (p.match.key, p.hint, tuple(c.id for c in p.candidates))
        if i in resolved:
            place, score, reason = resolved[i]
        elif sense in senses and located is None:
            place, score, reason = senses[sense]
        else:
            ranked = _rank(p, text, river_article, admin1_named, anchors, ctx)
            place, score, reason = senses[sense] = _choice(ranked, len(p.candidates))
        qualifier = ctx.region_qualifying(p.end)
        if qualifier and place.kind in ("town", "village") and place.admin1 and place.admin1 != qualifier:
            reason = f"no place of this name in {qualifier}, where the text puts it ({place.admin1} has one)"
            mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, None, 0.0, reason))
            continue
        cued = bool(p.hint) or _in_named_region(place, p, ctx)
        if p.weak and not cued:
            alone.append(len(mentions))  # kept only beside another place of the article, checked below
        if not cued and not _near_enough(place, ctx):
            continue  # a small place thousands of km from the war named with no cue: a word, a name
        if not cued and _far_by_another_name(place, p, ctx):
            continue  # "Taras" is a man, not Taraz in Kazakhstan, which GeoNames also spells so
        mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, place, score, reason))
        if _guessed_village(p, place) and not _in_named_region(place, p, ctx):
            guesses.append(len(mentions) - 1)
    for i in guesses:
        mentions[i] = _unless_far_from_its_passage(mentions[i], mentions, guesses)
    mentions = [m for i, m in enumerate(mentions) if i not in alone or _in_company(m, mentions, alone)]
    mentions = [_on_river(m, mentions) if m.place and m.place.kind == "river" else m for m in mentions]
    mentions.extend(_unresolved(text, mentions))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _in_company(mention: Mention, mentions: list[Mention], alone: list[int]) -> bool:
    """Whether a small place named with no cue lies within VILLAGE_NEAR_KM of another place of the
    article that stands on its own: "Nevske" beside Terny counts; "Peskov" 300 km from Kyiv, a
    village of that name in Rivne Oblast, is the Kremlin's spokesman."""
    place = mention.place
    if place is None:
        return True
    return any(
        m.place is not None
        and m.place.kind in POINT_KINDS
        and m.place.id != place.id
        and haversine_km(place.lon, place.lat, m.place.lon, m.place.lat) <= VILLAGE_NEAR_KM
        for i, m in enumerate(mentions)
        if i not in alone
    )


def _guessed_village(p: Proposal, place: Place) -> bool:
    """Whether the pick is one of several small places of the name: a guess worth checking."""
    return len(p.candidates) > 1 and place.kind == "village" and place.population < GUESS_POPULATION


def _unless_far_from_its_passage(mention: Mention, mentions: list[Mention], guesses: list[int]) -> Mention:
    """The mention, or the same name unresolved when its village lies far from every place around it.

    GeoNames lacks many front-line hamlets: "near Stepove and Berdychi" after "north-west of
    Avdiivka" means a Stepove by Avdiivka, not the one by Mykolaiv that the gazetteer holds.
    Reporting the name as unresolved is better than a pin 500 km off.
    """
    place = mention.place
    around = [
        m.place
        for i, m in enumerate(mentions)
        if i not in guesses
        and m.place is not None
        and m.place.kind in POINT_KINDS
        and abs(m.start - mention.start) <= SAME_PASSAGE_CHARS
    ]
    if not around or min(haversine_km(place.lon, place.lat, a.lon, a.lat) for a in around) <= GUESS_NEAR_KM:
        return mention
    reason = (
        "no place of this name near the places named around it "
        f"(the best, {place.name} in {place.admin1 or place.country}, is too far)"
    )
    return Mention(mention.text, mention.start, mention.end, None, 0.0, reason)


def _in_named_region(place: Place, p: Proposal, ctx: ArticleContext) -> bool:
    """Whether the place lies in an oblast its sentence names ("Sudzha in Russia's Kursk region")."""
    return bool(place.admin1) and place.admin1 in ctx.regions_in_sentence(p.match.start)


def _far_by_another_name(place: Place, p: Proposal, ctx: ArticleContext) -> bool:
    """Whether a place abroad, far from the war, is named by one of its alternate names only
    (Plovdiv's "Yulia", Taraz's "Taras"); the war's own countries keep their old names (Lvov, Kiev)."""
    if (
        place.kind not in POINT_KINDS
        or place.country in WAR_COUNTRIES
        or ctx.surely_within(place, FAR_START_KM)
    ):
        return False
    return key(place.name) != p.match.key and ctx.km_from_theatre(place) > FAR_START_KM


def _near_enough(place: Place, ctx: ArticleContext) -> bool:
    """Whether a place may be meant without a cue: big, or within FAR_DROP_KM of the theatre."""
    return (
        place.kind not in POPULATED
        or place.population >= FAR_SMALL_POPULATION
        or ctx.km_from_theatre(place) <= FAR_DROP_KM
    )


def _rank(
    p: Proposal,
    text: str,
    river_article: bool,
    admin1_named: set[str],
    anchors: _Anchors | None,
    ctx: ArticleContext,
) -> list[tuple[float, Place, str]]:
    """Score every candidate of a proposal; best first. Each score comes with its main reason."""
    after = text[p.end : p.end + 60]
    start = p.match.start
    region_after = ctx.region_after(p.end)
    sentence_regions = ctx.regions_in_sentence(start)
    cue = p.hint.split("'")[1] if p.hint.startswith("'") else ""
    ranked = []
    for c in p.candidates:
        own_name = key(c.name) == p.match.key
        if c.kind in POPULATED:
            population = c.population or UNKNOWN_VILLAGE_POPULATION
            score = math.log10(max(population, 10)) / 7
            reason = f"population {c.population:,}" if c.population else "a village (population unknown)"
        else:
            score = FEATURE_PRIOR
            reason = f"the {c.kind}"
        score += COUNTRY_PRIOR.get(c.country, 0.0)
        if own_name:
            score += MAIN_NAME_BONUS
        elif (note := ctx.notes.get((p.match.key, c.id))) is not None:
            reason = note  # "former name of Bakhmut (1924–2016)"
        if c.kind == "river" and river_article:
            score += RIVER_ARTICLE_BONUS
            reason = "the river (the article speaks of banks or crossings)"
        if (cue in VILLAGE_CUES and c.kind == "village") or (cue in TOWN_CUES and c.kind in ("city", "town")):
            score += CUE_KIND_BONUS
            reason = f"a {c.kind}, as '{cue}' says"
        if c.admin1:  # the strongest word on the oblast: a qualifier, the sentence's, the article's
            if _qualified(after, c.admin1):
                score += QUALIFIER_BONUS
                reason = f"qualified by {c.admin1}"
            elif c.admin1 == region_after:
                score += REGION_AFTER_BONUS
                reason = f"in {c.admin1}, named after it"
            elif c.admin1 in sentence_regions:
                score += SENTENCE_REGION_BONUS
                reason = f"in {c.admin1}, which its sentence names"
            elif c.admin1 in admin1_named:
                score += NAMED_OBLAST_BONUS
                reason = f"in {c.admin1}, which the article names"
        if anchors is not None and anchors.named_elsewhere(c, start):
            score += SAME_AS_NAMED
            reason = "a place the article names otherwise"
        elif anchors is not None and c.kind in POINT_KINDS:
            bonus, km, anchor = max(
                (
                    (
                        _nearness(anchors.km(c, a), anchors.chars_apart(a.id, start), own_name),
                        anchors.km(c, a),
                        a,
                    )
                    for a in anchors.reachable
                    if abs(a.lat - c.lat) < NEAR_DEGREES  # farther than NEAR_KM: no bonus to compute
                    and abs(a.lon - c.lon) < NEAR_LON_DEGREES
                    and a.id != c.id
                ),
                key=lambda t: t[0],
                default=(0.0, 0.0, None),
            )
            if bonus > 0:
                score += bonus
                reason = f"{km:.0f} km from {anchor.name}, named in the article"
        if c.kind in POINT_KINDS and not ctx.surely_within(c, FAR_START_KM):
            far = ctx.km_from_theatre(c)
            penalty = far_penalty(far, FAR_START_KM, FAR_FULL_KM, FAR_PENALTY)
            if penalty > 0:
                score -= penalty
                reason = f"{reason}; {far:,.0f} km from where the article is"
        if p.hint:
            reason = f"{p.hint}; {reason}"
        ranked.append((score, c, reason))
    ranked.sort(key=lambda r: (-r[0], r[1].id))
    return ranked


def _nearness(km: float, chars_apart: int, close: bool) -> float:
    """How much being ``km`` from a place named ``chars_apart`` characters away speaks for a candidate.

    ``close`` adds the bonus of a close neighbour, for candidates named by their own name (not an
    alternate one such as Mykolaivka's "Mykolaiv", which must not pull Mykolaiv to Sloviansk).
    """
    weight = 1.0 if chars_apart <= SAME_PASSAGE_CHARS else FAR_PASSAGE_WEIGHT
    bonus = NEAR_BONUS * max(0.0, 1 - km / NEAR_KM)
    if close:
        bonus += CLOSE_BONUS * max(0.0, 1 - km / CLOSE_KM)
    return weight * bonus


def _qualified(after: str, admin1: str) -> bool:
    """Whether the text right after a name qualifies it with this oblast ("Lysychansk, Luhansk region")."""
    base = admin1.split()[0]
    return re.match(rf",\s+(?:in\s+)?(?:the\s+)?{re.escape(base)}\b", after) is not None


def _choice(ranked: list[tuple[float, Place, str]], count: int) -> tuple[Place, float, str]:
    score, place, reason = ranked[0]
    if count == 1:
        return place, 0.95, f"only place of this name; {reason}"
    margin = score - ranked[1][0] if len(ranked) > 1 else 1.0
    confidence = round(min(0.95, 0.5 + margin), 2)
    return place, confidence, f"best of {count} places of this name: {reason}"


def _locator(
    text: str,
    p: Proposal,
    proposals: list[Proposal],
    by_start: dict[int, int],
    resolved: dict[int, tuple[Place, float, str]],
) -> tuple[Place, float] | None:
    """The place and radius (km) a name is explicitly located by: "Stepove, north of Avdiivka"."""
    found = LOCATOR.match(text, p.end)
    if not found or found.end() not in by_start:
        return None
    if DIRECTION_BEFORE.search(text, max(0, p.match.start - 30), p.match.start):
        return None  # "north of Nikolskoye, west of Novodonetskoye": a list of directions, not a locator
    j = by_start[found.end()]
    if j in resolved:
        anchor = resolved[j][0]
    elif len(proposals[j].candidates) == 1:
        anchor = proposals[j].candidates[0]
    else:
        return None
    if anchor.kind not in POINT_KINDS:
        return None
    distance = float(found.group(1) or 0)
    if (found.group(2) or "").startswith("mi"):
        distance *= MILE_KM
    return anchor, distance + LOCATOR_SLACK_KM


def _on_river(mention: Mention, mentions: list[Mention]) -> Mention:
    """Put a river mention on the stretch the text is about, with shapely.

    Of the places named around the river (within SAME_PASSAGE_CHARS; else anywhere in the article),
    the one lying closest to the river's course says where the text is: "Bilozerka, a few kilometres
    from the Dnipro" puts the Dnipro by Bilozerka, not by a Donbas town the paragraph before named,
    and "give up Kherson and move east of the Dnipro" after "leaving Kharkiv" puts it by Kherson.
    The mention's point is the nearest point of the course to that place. With no place to go by,
    the river's own point (its middle course in the war zone) stays.
    """
    river = mention.place
    named = [
        m
        for m in mentions
        if m.place is not None
        and m.place.country in RIVER_COUNTRIES
        and (m.place.kind in POINT_KINDS or m.place.id.startswith("admin1:"))
    ]
    near = [m.place for m in named if abs(m.start - mention.start) <= SAME_PASSAGE_CHARS]
    around = near or [m.place for m in named]
    if river is None or not river.geometry or not around:
        return mention
    from shapely import LineString, Point  # only articles that name a river pay for the import

    scale = math.cos(math.radians(sum(p.lat for p in around) / len(around)))  # a degree of longitude shrinks
    course = LineString([(x * scale, y) for x, y in river.geometry])
    closest = min(around, key=lambda p: course.distance(Point(p.lon * scale, p.lat)))
    nearest = course.interpolate(course.project(Point(closest.lon * scale, closest.lat)))
    placed = dataclasses.replace(river, lon=round(nearest.x / scale, 5), lat=round(nearest.y, 5))
    reason = f"{mention.reason}; placed on its course nearest {closest.name}"
    return Mention(mention.text, mention.start, mention.end, placed, mention.score, reason)


def _unresolved(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names the text marks as places ("the village of X") that no mention covers."""
    covered = [(m.start, m.end) for m in mentions]
    found = []
    for cue in UNRESOLVED_CUE.finditer(text):
        start, end = cue.span(1)
        if not any(s < end and start < e for s, e in covered) and key(cue.group(1)):
            found.append(Mention(cue.group(1), start, end, None, 0.0, "not in the gazetteer"))
    return found
