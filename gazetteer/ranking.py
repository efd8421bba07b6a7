"""Scoring the places a name may be: what each piece of the article's evidence is worth.

:mod:`gazetteer.resolve` asks for a ranking of a name's candidates twice: once with no anchors (to
find the places the article is surely about) and once with them. Every score comes with the reason a
reader can check ("in Kherson Oblast, named after it", "3 km from Klishchiivka, named in the article").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .article import ArticleContext, far_penalty
from .context import TOWN_CUES, VILLAGE_CUES
from .distance import haversine_km
from .names import key
from .reading import POPULATED, Proposal
from .records import Place
from .variants import vowel_edits
from .war_zone import in_war_zone, near_war_zone, on_front_then

POINT_KINDS = ("city", "town", "village", "bridge", "dam", "other")
# The Soviet names Ukraine's 2016 decommunisation law replaced, by their first letters: red, October,
# Lenin, Kirov, the Komsomol, the proletariat and the party's men (GeoNames keeps some villages under them).
SOVIET_NAME = re.compile(
    r"(?:Chervon|Zhovtnev|Oktiabr|Oktyabr|Lenin|Kirov(?!ohrad)|Komsomol|Komunar|Kommunar|Proletar|Radiansk"
    r"|Kalinin|Frunze|Dzerzhyn|Illich|Ilich|Voroshylov|Kuibyshev|Ordzhonikidze|Sverdlov|Chapaiev|Shchors"
    r"|Kotovsk|Petrovsk|Karl-Marks|Engels|Kominter|Budonn|Chkalov|Tel(?:m|'m)an|Pervotravnev|Internatsional)"
)
# ... and those names as keys, in the Russian spellings too ("Krasny Liman" is a Soviet name, no new one).
SOVIET_KEY = re.compile(
    r"(?:chervon|krasn|zhovtn|oktiabr|oktyabr|lenin|kirov|komsomol|komunar|kommunar|proletar|radiansk|sovetsk"
    r"|kalinin|frunze|dzerzh|illich|ilich|ilyich|voroshil|voroshyl|kuibyshev|kuybyshev|ordzhonikidze|sverdlov"
    r"|chapaev|chapaiev|shchors|kotovsk|petrovsk|karl|engels|komintern|budenn|budonn|chkalov|telman|pervotrav"
    r"|internatsional)"
)
# Priors: how likely a reader means a place of this country (the articles are about the war in
# Ukraine; Russia is the other side; Belarus and Moldova border the war).
COUNTRY_PRIOR = {"UA": 0.25, "RU": 0.1, "BY": 0.05, "MD": 0.05}
# Curated features and regions have no population; this stands in for one (a city of ~100k).
FEATURE_PRIOR = 0.7
# What each piece of evidence adds to a candidate's score (population gives 0.3 to 1.0).
MAIN_NAME_BONUS = 0.3  # the name is the place's main name, not an alternate: Mykolaiv the city
# A former name counts as the name it was, less this when another candidate bears the name today:
# "Pokrovsk" is the Donetsk town before Engels, called Pokrovsk until 1931, unless the text says more.
FORMER_NAME_EDGE = 0.15
# A Ukrainian city this big is known by its Russian name as much as by its own: "Konstantinovka" is the
# Kostiantynivka of 67,000 people, not a hamlet of the postal file spelt "Konstantynovka".
KNOWN_BY_ITS_ALTERNATES = 50_000
SAME_AS_NAMED = 0.6  # the place is already named otherwise: "Bakhmut, which Russians call Artemovsk"
RIVER_ARTICLE_BONUS = 0.5  # a river, in an article about banks and crossings
NAMED_OBLAST_BONUS = 0.2  # in an oblast the article names
QUALIFIER_BONUS = 0.6  # qualified right after: "Lysychansk, Luhansk region"
REGION_AFTER_BONUS = (
    0.55  # in the oblast named after it in its sentence: "near Stepove in the Kherson region"
)
SENTENCE_REGION_BONUS = 0.4  # in an oblast its sentence names before it: "In the Kherson region, Krynky..."
CUE_KIND_BONUS = 0.3  # the kind the text points to: "the village of Pokrovske", "the city of Siversk"
# A town this small may be what a text calls "the village of X" (an urban-type settlement, a selyshche).
VILLAGE_LIKE_TOWN = 20_000
VILLAGE_LIKE_TOWN_NEAR_KM = 25.0  # ... when the article names a place this near it
DIRECTION_PLACE_POPULATION = 1_000  # a place a sector of the front is named after has this many people
DIRECTION_PLACE_BONUS = 0.2
# One of several places of the name that lies where the fighting has been (gazetteer.war_zone) wins
# this much: the Novooleksandrivka of a war report, when nothing else in it says which, is the one
# by the front.
WAR_ZONE_BONUS = 0.2
# ... and this much more by a front of the article's day (a village by Pokrovsk in 2025, not one by
# the Kherson front of 2022).
FRONT_THEN_BONUS = 0.2
# A village by a front of the article's day wins this much over a city of its name far behind every
# front, when the name's sentence tells of ground fought over ("Russian troops did not capture the city of
# Kamianske, but only destroyed Ukrainian positions within the town": the Kamianske of the Zaporizhzhia
# front in 2025, not the city of 227,000 on the Dnipro 150 km behind it).
FRONT_GROUND_BONUS = 0.7
GROUND_WORDS = re.compile(
    r"\b(?:positions?|captur\w*|recaptur\w*|storm\w*|assault\w*|encircl\w*|withdr[ae]w\w*|retreat\w*"
    r"|outskirts|front\s*lines?|frontline|occup(?:y|ied|ying)|(?:taken|took|taking|seized?)\s+control"
    r"|liberat\w*"
    # ("Ukrainian forces had taken the settlement of Piatykhatky")
    r"|(?:has|have|had)\s+(?:now\s+)?taken)\b",
    re.IGNORECASE,
)
TOWN_BY_ZONE_DEGREES = 0.4  # ... unless a town of the name lies this near the zone (30 km east-west)
FRONT_THEN_MAX_POPULATION = 3_000  # ... or a village of the zone of this many people bears it
# The postal file's villages have no population; they count as a village of this size.
UNKNOWN_VILLAGE_POPULATION = 200
# A war-in-Ukraine text names far-off places for a reason: a candidate this far (km) from the
# article's theatre starts to lose, and loses FAR_PENALTY at FAR_FULL_KM (a namesake by Moscow, ~900 km
# from the Donbas, loses 0.4; one in Siberia or America everything a name can win). Moscow itself,
# the only place of its name, is still Moscow. Places this far off lend no nearness to others.
FAR_START_KM = 500.0
FAR_FULL_KM = 1500.0
FAR_PENALTY = 1.0
NEAR_BONUS = 0.5  # next to another place of the article; fades to nothing at NEAR_KM
# Proximity fades to nothing at this distance (km): about the width of an oblast, the scale at
# which an article's places hang together. Places named within SAME_PASSAGE_CHARS of the name
# count fully, places elsewhere in the article FAR_PASSAGE_WEIGHT of that.
NEAR_KM = 300.0
# A candidate on the course of a short river the article names (within ON_RIVER_KM of it) gets this: "a
# dam on the Mokri Yaly ... the liberation of Blahodatne" is the Blahodatne on the Mokri Yaly. Only a
# river of at most SHORT_RIVER_KM names a stretch of the front; the Dnipro runs past too many namesakes.
# Among namesake villages only: a city of the name stays the city (Zaporizhzhia by the Vovcha's village).
RIVER_BONUS = 0.3
ON_RIVER_KM = 8.0
SHORT_RIVER_KM = 400.0
SAME_PASSAGE_CHARS = 300
NEAR_DEGREES = NEAR_KM / 111.0  # degrees of latitude in NEAR_KM
NEAR_LON_DEGREES = NEAR_DEGREES / 0.6  # and of longitude, north of 53 degrees (cos 53° = 0.6)
FAR_PASSAGE_WEIGHT = 0.6
# A place named in the passage but in another sentence counts this much: a front-line summary gives
# each sector its sentence ("In the Lyman direction, ... near Terny. In the Kurakhove direction, ..."),
# and a name's own sentence says most about which of its namesakes is meant.
OTHER_SENTENCE_WEIGHT = 0.8
# Next to a place named nearby in the text (within CLOSE_KM, a village's neighbours), a candidate
# wins this much more: "near Andriivka and Klishchiivka" is the Andriivka 3 km from Klishchiivka.
CLOSE_KM = 25.0
CLOSE_BONUS = 0.3
# A list's names lie close together: a candidate with a namesake of another name of its sentence
# nearby wins up to MATE_BONUS for each such name (fading to nothing at MATE_KM), shared among that
# name's candidates (a name with one place speaks fully, one with twenty namesakes hardly): "near
# Terny, Torske and Zarichne" is the Terny by Torske, though neither is yet resolved.
MATE_KM = 50.0
MATE_BONUS = 0.8
MATE_DEGREES = MATE_KM / 111.0
MATE_LON_DEGREES = MATE_DEGREES / 0.6
# ", 20 km north-east of Avdiivka": a name placed explicitly by another place.


@dataclass(slots=True)
class Anchors:
    """The places resolved in the first pass, each with the offsets it is named at.

    Distances are cached per pair of places: an article names a few dozen places, but ambiguous
    names may have dozens of candidates each, and every one is measured against every anchor.
    """

    places: dict[str, Place] = field(default_factory=dict)
    offsets: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # (offset, its sentence)
    reachable: list[Place] = field(default_factory=list)  # those that lend nearness: near the theatre
    # the candidates that lie on a short river the article names, with the river's name (see RIVER_BONUS)
    on_named_river: dict[str, str] = field(default_factory=dict)
    _km: dict[tuple[str, str], float] = field(default_factory=dict)

    def add(self, start: int, place: Place, sentence: int) -> None:
        """Add ``place``, named at ``start`` in sentence number ``sentence`` of the text."""
        self.places[place.id] = place
        self.offsets.setdefault(place.id, []).append((start, sentence))

    def km(self, a: Place, b: Place) -> float:
        pair = (a.id, b.id)
        if pair not in self._km:
            self._km[pair] = haversine_km(a.lon, a.lat, b.lon, b.lat)
        return self._km[pair]

    def named_elsewhere(self, place: Place, start: int, text: str = "") -> bool:
        """Whether ``place`` is an anchor named somewhere other than at ``start`` (not as another item
        of the same list: "the cities of Kostiantynivka, Lyman, Pokrovsk, Rodynske" names four
        places, though GeoNames knows Rodynske by a former "Liman" too)."""
        return any(
            offset != start and not (text and _list_mates(text, offset, start))
            for offset, _ in self.offsets.get(place.id, ())
        )

    def weight(self, place_id: str, start: int, sentence: int) -> float:
        """How much the anchor's nearness counts for a name at ``start`` in sentence ``sentence``:
        fully when named in that sentence, OTHER_SENTENCE_WEIGHT in its passage, FAR_PASSAGE_WEIGHT
        elsewhere."""
        weight = FAR_PASSAGE_WEIGHT
        for offset, its_sentence in self.offsets[place_id]:
            if offset == start:
                continue
            if its_sentence == sentence:
                return 1.0
            if abs(offset - start) <= SAME_PASSAGE_CHARS:
                weight = OTHER_SENTENCE_WEIGHT
        return weight


# A city this big is meant over a hamlet of its name that no cue or oblast points to.
CITY_OVER_HAMLET = 100_000
# ... and a town of this many beats a postal row of its own name, oblast and main post office (a code
# ending in 00: Volnovakha 85700, Kryvyi Rih 50000) at a point this near (km), which is the town itself
# misplaced (a real village of the name, Krasnohorivka by Avdiivka, has a post code of its own).
TOWN_TWIN_POPULATION = 10_000
TOWN_TWIN_KM = 60.0
TOWN_OFFICE_PREFIX = "uapost:"
TOWN_OFFICE_ENDING = "00"
# ... unless the hamlet lies this close (km) to where the article is.
HAMLET_NEAR_KM = 60.0
# The confidence of a pick a rule put first over a higher score ("a city beats a hamlet").
REORDERED_CONFIDENCE = 0.6
# A town is meant over a postal hamlet of another oblast when this many of its list's names lie, surely, in
# the town's oblast.
TOWN_LIST_MATES = 2
# A sentence that names this many oblasts or fewer points a big city's name to a hamlet in one of them.
HAMLET_POINTING_OBLASTS = 3


def rank(
    p: Proposal,
    text: str,
    river_article: bool,
    admin1_named: set[str],
    anchors: Anchors | None,
    ctx: ArticleContext,
    mates: list[tuple[tuple[Place, ...], int]] = (),
    sector: Place | None = None,
) -> list[tuple[float, Place, str]]:
    """Score every candidate of a proposal; best first. Each score comes with its main reason.

    ``mates`` are, for each other name of its sentence (but directions), the places it may be (which
    count as neighbours) and how many they are; ``sector`` the town of the sector of the front the text
    tells the name's fighting in ("in the Lyman sector near Makiivka").
    """
    after = text[p.end : p.end + 60]
    comma = after.startswith(",")  # a qualifier follows a comma: most names have none to look for
    start = p.match.start
    region_after = ctx.region_after(p.end)
    sentence_regions = ctx.regions_in_sentence(start)
    hamlet_regions = sentence_regions  # the oblasts that point a big city's name to a hamlet there
    if sentence_regions:  # (an oblast that only qualifies another name is that name's)
        hamlet_regions = sentence_regions - ctx.regions_of_other_names(start, p.end)
        sentence_regions = sentence_regions - ctx.regions_of_other_names(start, p.end, after_only=True)
        if (share := ctx.share_of_oblast_after(p.end)) is not None:
            sentence_regions = sentence_regions - {share}  # "recaptured Lyman and much of Kharkiv region"
    if admin1_named:
        admin1_named = admin1_named - ctx.regions_named_only_for_others(start)
    cue = p.hint.split("'")[1] if p.hint.startswith("'") else ""
    ranked = []
    # An oblast named right after the name ("Bilohorivka, Luhansk region") outweighs its list-mates.
    placed_by_region = any(_in_region_after(c, region_after, comma, after) for c in p.candidates)
    weights: dict[str, float] = {}  # each anchor's weight for this name, measured once
    sentence: int | None = None  # the name's sentence, found when an anchor's weight needs it
    # a city or town of the name beats its villages, war zone or not: only namesake villages are weighed so
    villages_only = len(p.candidates) > 1 and all(c.kind == "village" for c in p.candidates)
    # ... and among the war zone's villages, the ones by a front fought over on the article's day, when it
    # is known and tells them apart (and no town by the war zone bears the name: "the Zaporizhzhia front"
    # is the city's; Yalta in Crimea, or a Dachnoye of St Petersburg, does not count)
    front_then: set[str] = set()  # the ids of the villages by a front of the article's day, when it counts
    if (
        ctx.published is not None
        and len(p.candidates) > 1
        and not any(
            (c.kind in ("city", "town") and near_war_zone(c.lon, c.lat, TOWN_BY_ZONE_DEGREES))
            # nor a village of some size: Pokrovske of 9,900 people is more than a hamlet by a front
            or (c.kind == "village" and c.population >= FRONT_THEN_MAX_POPULATION and in_war_zone(c))
            for c in p.candidates
        )
    ):
        zone = [c for c in p.candidates if c.kind == "village" and in_war_zone(c)]
        by_front = {c.id for c in zone if on_front_then(c, ctx.published)}
        if 0 < len(by_front) < len(zone) or (
            # the zone's only namesake, by the day's front, when the sentence tells of ground taken: "took
            # control of the settlement of Chervona Zirka" in 2025 is not the one held by Moscow since 2014
            by_front
            and villages_only
            and GROUND_WORDS.search(text, *ctx.sentence_span(start))
        ):
            front_then = by_front
    fought_over: set[str] = set()  # villages by the day's front, when a far town of the name is no fit
    if (
        ctx.published is not None
        and any(c.kind in ("city", "town") for c in p.candidates)
        and any(c.kind == "village" for c in p.candidates)
        and GROUND_WORDS.search(text, *ctx.sentence_span(start))
        and _far_town_of_the_name(p.candidates)
    ):
        fought_over = {
            c.id
            for c in p.candidates
            if c.kind == "village"
            # (a hamlet of the postal file too, in an oblast the article names: "Ukrainian forces had taken
            # the settlement of Piatykhatky" after "a village in the southern Zaporizhzhia region" is not
            # the town of 18,000 in Dnipropetrovsk Oblast, far from the front of June 2023)
            and (c.population or c.admin1 in admin1_named)
            and on_front_then(c, ctx.published)
        }
    held_today = any(key(c.name) == p.match.key and c.kind in POPULATED for c in p.candidates)
    # a town that bears the name today: a place that had it only among GeoNames' alternate names (no
    # curated former name) is no neighbour's pick ("Lyman" in a list with Pokrovsk is the town of Lyman,
    # not Rodynske, once "Liman")
    town_holds = any(key(c.name) == p.match.key and c.kind in ("city", "town") for c in p.candidates)
    named_abroad = any(key(c.name) == p.match.key and c.country != "UA" for c in p.candidates)
    # The names of big Ukrainian cities the name is an alternate of, where no town bears it as written or
    # spelt alike (Nikopol, once "Slaviansk", is no Sloviansk) and no cue calls it a village: the name is
    # theirs, and their namesake villages' ("Kamenskoye" beside Malaya Tokmachka is the village Kamianske).
    # (the big cities first: most names have none, and need no look at their towns' spellings)
    known_as = {
        key(c.name)
        for c in p.candidates
        if c.country == "UA" and c.kind in ("city", "town") and c.population >= KNOWN_BY_ITS_ALTERNATES
    }
    if known_as and (
        cue in VILLAGE_CUES  # ("shelled from the village of Konstantinovka")
        or town_holds
        or any(c.kind in ("city", "town") and _spelt_alike(p.match.key, c.name) for c in p.candidates)
    ):
        known_as = set()
    for c in p.candidates:
        # (a Russian town on a river is called by its first word as much as by its full name: "Slavyansk"
        # is Slavyansk-na-Kubani's own name, as "Sloviansk" spelt the Russian way is Sloviansk's)
        own_name = key(c.name) == p.match.key or key(c.name).startswith(
            (f"{p.match.key} na ", f"{p.match.key} on ")
        )
        stray = town_holds and not own_name and (p.match.key, c.id) not in ctx.notes
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
            score += MAIN_NAME_BONUS  # a well-known former name counts as the name it was
            if held_today and c.kind in POPULATED:
                score -= FORMER_NAME_EDGE
            reason = note  # "former name of Bakhmut (1924–2016)"
        elif (
            c.kind in POPULATED
            and c.country == "UA"
            and not named_abroad
            and _spelt_alike(p.match.key, c.name)
        ):
            # the name spelt otherwise: "Malinovka" is as much the Malynivka of 873 people by Huliaipole as
            # a row GeoNames names "Malynovka" 60 km off (but where a town abroad bears the name as written,
            # Orlovka in Kursk Oblast or Podolsk by Moscow, the Ukrainian Orlivka and Podilsk are others)
            score += MAIN_NAME_BONUS
        elif known_as and c.country == "UA" and c.kind in POPULATED and key(c.name) in known_as:
            score += MAIN_NAME_BONUS
        elif (
            c.kind in POPULATED
            and c.country == "UA"
            and SOVIET_NAME.match(c.name)
            and not SOVIET_KEY.match(p.match.key)
        ):
            # a village the data still lists under its Soviet name ("Chervonopraporne"): the other name the
            # text uses is most likely the one it was given in 2016 ("Yablunivka")
            score += MAIN_NAME_BONUS
        if c.kind == "river" and river_article:
            score += RIVER_ARTICLE_BONUS
            reason = "the river (the article speaks of banks or crossings)"
        if p.direction and c.kind in POPULATED and c.population >= DIRECTION_PLACE_POPULATION:
            # a sector of the front is named after a town or a big village, not a hamlet of the postal
            # file: "the Novopavlivka direction" is the Novopavlivka of 3,400 people on the Vovcha
            score += DIRECTION_PLACE_BONUS
            reason = f"{reason}; a sector is named after a place of weight"
        if (cue in VILLAGE_CUES and c.kind == "village") or (cue in TOWN_CUES and c.kind in ("city", "town")):
            score += CUE_KIND_BONUS
            reason = f"a {c.kind}, as '{cue}' says"
        elif (
            cue in VILLAGE_CUES
            and c.kind == "town"
            and c.population < VILLAGE_LIKE_TOWN
            and (
                (
                    anchors is not None
                    and any(
                        a.id != c.id and anchors.km(a, c) <= VILLAGE_LIKE_TOWN_NEAR_KM
                        for a in anchors.places.values()
                    )
                )
                # ... or by the front of the article's day, where the biggest village of the name is not: "a
                # Russian drone dropped explosives on the village of Antonivka in Kherson Oblast" in 2024
                or _the_fronts_one(c, p.candidates, ctx.published)
            )
            # (but not where a village of the name lies near a place the article names: "the village of
            # Krasnohorivka" by Avdiivka is the village north of it, not the town of 15,000 by Marinka)
            and not (
                anchors is not None
                and any(
                    o.kind == "village" and anchors.km(a, o) <= VILLAGE_LIKE_TOWN_NEAR_KM
                    for o in p.candidates
                    for a in anchors.places.values()
                    if a.id != o.id
                )
            )
        ):
            # (a small town is called a village often enough, where the article names a place beside it:
            # "the village of Antonivka", Kherson's suburb of 12,800 people, an urban-type settlement, in a
            # report from Kherson)
            score += CUE_KIND_BONUS
        elif cue in TOWN_CUES and c.kind == "village" and not c.population:
            score -= CUE_KIND_BONUS  # "the town of X": not a hamlet of the postal file or GeoNames
        put_in_its_oblast = False  # ... by a qualifier or an oblast named right after the name
        if c.admin1:  # the strongest word on the oblast: a qualifier, the sentence's, the article's
            if comma and qualified(after, c.admin1):
                score += QUALIFIER_BONUS
                reason = f"qualified by {c.admin1}"
                put_in_its_oblast = True
            elif c.admin1 == region_after:
                put_in_its_oblast = True
                score += REGION_AFTER_BONUS
                where = "whose possessive opens its list" if ctx.list_owner(p.end) else "named after it"
                reason = f"in {c.admin1}, {where}"
            elif c.admin1 in sentence_regions:
                score += SENTENCE_REGION_BONUS
                reason = f"in {c.admin1}, which its sentence names"
            elif c.admin1 in admin1_named:
                score += NAMED_OBLAST_BONUS
                reason = f"in {c.admin1}, which the article names"
        if anchors is not None and anchors.named_elsewhere(c, start, text):
            score += SAME_AS_NAMED
            reason = "a place the article names otherwise"
        elif anchors is not None and c.kind in POINT_KINDS and not stray:
            bonus, km, anchor = 0.0, 0.0, None
            close = own_name or _spelt_alike(p.match.key, c.name)  # (once, not for every anchor)
            for a in anchors.reachable:
                if (
                    abs(a.lat - c.lat) >= NEAR_DEGREES  # farther than NEAR_KM: no bonus to compute
                    or abs(a.lon - c.lon) >= NEAR_LON_DEGREES
                    or a.id == c.id
                ):
                    continue
                if a.id not in weights:
                    if sentence is None:
                        sentence = ctx.sentence_of(start)
                    weights[a.id] = anchors.weight(a.id, start, sentence)
                a_km = anchors.km(c, a)
                a_bonus = _nearness(a_km, weights[a.id], close)
                if a_bonus > bonus:
                    bonus, km, anchor = a_bonus, a_km, a
            if bonus > 0:
                score += bonus
                reason = f"{km:.0f} km from {anchor.name}, named in the article"
        if villages_only and anchors is not None and (river := anchors.on_named_river.get(c.id)):
            score += RIVER_BONUS
            reason = f"{reason}; on the {river}, which the article names"
        if villages_only and c.kind == "village" and in_war_zone(c):
            score += WAR_ZONE_BONUS
        if c.id in front_then:
            score += FRONT_THEN_BONUS  # by a front of the article's day, not one long quiet
        if c.id in fought_over:
            score += FRONT_GROUND_BONUS
            reason = f"{reason}; by the front of the article's day, where its sentence tells of fighting"
        if (
            mates
            and c.kind in POPULATED
            and len(p.candidates) > 1
            and not stray
            # (an oblast named right after it outweighs its list-mates, but among the namesakes within that
            # oblast they still speak: "Voskresenka and Yalta in Donetsk Oblast" is the Yalta by Voskresenka,
            # not the bigger one by Mariupol)
            and (not placed_by_region or _in_region_after(c, region_after, comma, after))
        ):
            # (within the oblast named, only a close neighbour speaks: a list's names may lie an oblast apart)
            together = _with_mates(c, mates, CLOSE_KM if placed_by_region else MATE_KM)
            if together > 0:
                score += together
                reason = f"{reason}; near other places of its sentence"
        if sector is not None and in_sector(c, sector):
            # a sector is a few dozen km of front: "the Lyman sector near Makiivka" is the village of
            # Luhansk Oblast 30 km from Lyman, not the city of 340,000 by Donetsk, 100 km off
            score += SECTOR_BONUS
            reason = f"{reason}; in the {sector.name} sector, as its sentence says"
        if (
            c.kind in POINT_KINDS
            and not ctx.surely_within(c, FAR_START_KM)
            # (not a place the text puts in its oblast: "the Slavyansk oil refinery in Russia's region of
            # Krasnodar" is Krasnodar Krai's town however far the article's Volgograd pulls its middle)
            and not put_in_its_oblast
        ):
            far = ctx.km_from_theatre(c)
            penalty = far_penalty(far, FAR_START_KM, FAR_FULL_KM, FAR_PENALTY)
            if penalty > 0:
                score -= penalty
                reason = f"{reason}; {far:,.0f} km from where the article is"
        if p.hint:
            reason = f"{p.hint}; {reason}"
        ranked.append((score, c, reason))
    ranked.sort(key=lambda r: (-r[0], r[1].id))
    if len(ranked) > 1 and cue not in VILLAGE_CUES and (
        country := next((r for r in ranked if r[1].kind == "country" and key(r[1].name) == p.match.key), None)
    ):
        # "Moldova is under threat" near the Dnister dam is the country, not a village by the border that
        # GeoNames also calls Moldova
        return [country, *(r for r in ranked if r is not country)]
    # (a sector the text tells the name's fighting in points to the hamlet there as a cue would)
    if len(ranked) > 1 and cue not in VILLAGE_CUES and not placed_by_region and sector is None:
        ranked = _town_among_its_oblasts_towns(_city_among_cities(ranked, mates), mates)
        return _city_over_hamlet(ranked, hamlet_regions, p.match.key, ctx)
    return ranked


# A place the text tells the fighting of a sector at lies within this many km of the sector's town, and
# wins this much over its namesakes elsewhere (as a list-mate's neighbour does); a sector named after a
# city of SECTOR_CITY_POPULATION or more spans too long a front to say ("the Zaporizhzhia axis").
SECTOR_KM = 60.0
SECTOR_BONUS = 0.8
SECTOR_CITY_POPULATION = 100_000


def in_sector(place: Place, sector: Place) -> bool:
    """Whether a populated place other than the sector's town lies within SECTOR_KM of it."""
    return (
        place.kind in POPULATED
        and place.id != sector.id
        and haversine_km(place.lon, place.lat, sector.lon, sector.lat) <= SECTOR_KM
    )


# A sentence whose other names are all cities of this many people (CITY_LIST_MATES or more of them) lists
# cities: a name of its that a city of the size bears is that city.
CITY_LIST_POPULATION = 100_000
CITY_LIST_MATES = 3


def _city_among_cities(
    ranked: list[tuple[float, Place, str]], mates: list[tuple[tuple[Place, ...], int]]
) -> list[tuple[float, Place, str]]:
    """The ranking with the big city of the name first when every other name of its sentence is a big
    city's: "Residents of Mykolayiv, Dnipro, Kryvyi Rih, Zaporizhzhia, Zhytomyr and Ternopil heard
    explosions" is the oblast capital on the Southern Buh, not the town of 14,000 by Lviv that a story of
    the Lviv region names beside Ivano-Frankivsk."""
    if len(mates) < CITY_LIST_MATES or ranked[0][1].population >= CITY_LIST_POPULATION:
        return ranked
    if not all(any(_big_city(c) for c in places) for places, _ in mates):
        return ranked
    city = next((r for r in ranked if _big_city(r[1])), None)
    if city is None:
        return ranked
    return [city] + [r for r in ranked if r is not city]


def _town_among_its_oblasts_towns(
    ranked: list[tuple[float, Place, str]], mates: list[tuple[tuple[Place, ...], int]]
) -> list[tuple[float, Place, str]]:
    """The ranking with a town of the name first where a hamlet of the postal file (no population counted)
    beat it, in another oblast, and every other name of its sentence that has one place lies in the town's
    oblast: "Lviv, Stryi, Morshyn, and Yavoriv were warned" is the town of 12,800 by Lviv, not the hamlet
    of Ivano-Frankivsk Oblast that lies 17 km nearer Morshyn."""
    top = ranked[0][1]
    if top.kind != "village" or top.population or len(mates) < TOWN_LIST_MATES:
        return ranked
    sure = [places[0] for places, _ in mates if len(places) == 1 and places[0].kind in POPULATED]
    if len(sure) < TOWN_LIST_MATES:
        return ranked
    town = next(
        (
            r
            for r in ranked
            if r[1].kind in ("city", "town")
            and r[1].population >= TOWN_TWIN_POPULATION
            and r[1].admin1 != top.admin1
            and all(m.admin1 == r[1].admin1 for m in sure)
        ),
        None,
    )
    return ranked if town is None else [town] + [r for r in ranked if r is not town]


def _big_city(place: Place) -> bool:
    return place.kind == "city" and place.population >= CITY_LIST_POPULATION


# Items of one list between two names: only commas, "and", and capitalised names.
_NAME_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
LIST_GAP = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{_NAME_RUN}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*")
NAME_AT = re.compile(_NAME_RUN)
LIST_MATE_CHARS = 150


def _list_mates(text: str, a: int, b: int) -> bool:
    """Whether the names at offsets ``a`` and ``b`` are items of one list."""
    first, second = min(a, b), max(a, b)
    if second - first > LIST_MATE_CHARS:
        return False
    name = NAME_AT.match(text, first)
    return name is not None and LIST_GAP.fullmatch(text, name.end(), second) is not None


def _city_over_hamlet(
    ranked: list[tuple[float, Place, str]], sentence_regions: set[str], name_key: str, ctx: ArticleContext
) -> list[tuple[float, Place, str]]:
    """The ranking with a big city first where a hamlet of unknown size beat it by lying nearer the
    article's other places, but not among them ("explosions were reported in Lviv, Ternopil and
    Zhytomyr ... Dnipro": not the hamlet of Lviv 117 km from Zaporizhzhia), and a town over the stray
    postal row of its own main post office (see TOWN_TWIN_KM). The text points to such a hamlet with a
    cue or (but for a town's own row) an oblast."""
    top = ranked[0][1]
    if top.kind != "village" or top.population:
        return ranked
    town_office = top.id.startswith(TOWN_OFFICE_PREFIX) and top.id.endswith(TOWN_OFFICE_ENDING)
    twins = [
        r
        for r in ranked
        if town_office
        and r[1].kind in ("city", "town")
        and r[1].population >= TOWN_TWIN_POPULATION
        and r[1].admin1 == top.admin1
        and key(r[1].name) == name_key == key(top.name)
        and haversine_km(r[1].lon, r[1].lat, top.lon, top.lat) <= TOWN_TWIN_KM
    ]
    if twins:
        # "Volnovakha" beside Vuhledar: the town of 21,000, not the postal row of its name, oblast and
        # main post office (85700) at a stray point 28 km off
        return [twins[0]] + [r for r in ranked if r is not twins[0]]
    if top.admin1 in sentence_regions and len(sentence_regions) <= HAMLET_POINTING_OBLASTS:
        # (an oblast of a long list says where the fire was, not which Zaporozhye: "explosions in Kyiv,
        # Vinnitsa, Dnepropetrovsk ... regions, as well as Krivoy Rog, Zaporozhye" is the city)
        return ranked
    if ctx.km_from_theatre(top) <= HAMLET_NEAR_KM:
        return ranked  # "Zaporizhzhia" among the villages by Pokrovsk is the hamlet there
    cities = [
        r
        for r in ranked
        if r[1].kind == "city"
        and r[1].population >= CITY_OVER_HAMLET
        # (its own name, or Ukraine's city under its Russian spelling: "Zaporozhye"; not Perm for "Molotov")
        # (or its name cut before "on the river", as the press writes it: "Rostov" for Rostov-on-Don)
        and (
            key(r[1].name) == name_key
            or r[1].country == "UA"
            or key(r[1].name).startswith((f"{name_key} on ", f"{name_key} na "))
        )
    ]
    if not cities:
        return ranked
    city = cities[0]
    return [city] + [r for r in ranked if r is not city]


# Vowel edits that still make a name the candidate's own, spelt the Russian way or otherwise romanised
# ("Novoselovka" for Novoselivka), not one of GeoNames' alternate names of another kind ("Mykolaiv" for
# Mykolaivka).
SPELT_ALIKE_EDITS = 2


@lru_cache(maxsize=4096)
def _spelt_alike(name_key: str, name: str) -> bool:
    """Whether ``name_key`` is the place's ``name`` spelt otherwise (see SPELT_ALIKE_EDITS)."""
    return vowel_edits(name_key, key(name)) <= SPELT_ALIKE_EDITS


def _nearness(km: float, weight: float, close: bool) -> float:
    """How much being ``km`` from a place named nearby (``weight``, see Anchors.weight) speaks for a
    candidate.

    ``close`` adds the bonus of a close neighbour, for candidates named by their own name or a spelling
    of it (not an alternate one such as Mykolaivka's "Mykolaiv", which must not pull Mykolaiv to
    Sloviansk).
    """
    bonus = NEAR_BONUS * max(0.0, 1 - km / NEAR_KM)
    if close:
        bonus += CLOSE_BONUS * max(0.0, 1 - km / CLOSE_KM)
    return weight * bonus


# A list-mate this big is near too many hamlets of any name to point to one of them.
MATE_CITY_POPULATION = 300_000


def _with_mates(c: Place, mates: list[tuple[tuple[Place, ...], int]], reach: float = MATE_KM) -> float:
    """Up to MATE_BONUS for each name of the sentence with a place near ``c`` (nothing at ``reach`` km),
    divided by how many places that name may be (one, once the article has settled it)."""
    bonus = 0.0
    for places, count in mates:
        city = places[0]
        if count == 1 and city.population >= MATE_CITY_POPULATION and c.population < city.population:
            continue  # a city of a million is beside hundreds of hamlets: "in Borova and north of Kharkiv"
        nearest = min(
            (
                haversine_km(o.lon, o.lat, c.lon, c.lat)
                for o in places
                if abs(o.lat - c.lat) < MATE_DEGREES
                and abs(o.lon - c.lon) < MATE_LON_DEGREES
                and o.kind in POINT_KINDS
                and o.id != c.id
            ),
            default=reach,
        )
        bonus += MATE_BONUS * max(0.0, 1 - nearest / reach) / count
    return bonus


def _in_region_after(c: Place, region_after: str | None, comma: bool, after: str) -> bool:
    """Whether ``c`` lies in the oblast named right after its name (in its sentence, or as a qualifier)."""
    return bool(c.admin1) and (c.admin1 == region_after or (comma and qualified(after, c.admin1)))


def qualified(after: str, admin1: str) -> bool:
    """Whether the text right after a name qualifies it with this oblast ("Lysychansk, Luhansk region")."""
    if not after.startswith(","):
        return False  # most names: nothing to match, and a pattern per oblast is dear
    return _qualifier(admin1).match(after) is not None


@lru_cache(maxsize=256)
def _qualifier(admin1: str) -> re.Pattern[str]:
    """The pattern of an oblast named as a qualifier after a comma, made once per oblast."""
    base, _, word = admin1.partition(" ")
    # the oblast's word must follow ("Luhansk region"): ", Dnipropetrovsk, Khmelnytskyi" is a list; or the
    # sentence ends there, as a dateline's does ("positions in Kamyanske, Zaporizhzhia.")
    tail = r"(?:\s+(?:oblast|region|province|krai|city)\b|(?=\s*(?:[.;]|$)))" if word else r"\b"
    return re.compile(rf",\s+(?:in\s+)?(?:the\s+)?{re.escape(base)}{tail}", re.IGNORECASE)


def choice(ranked: list[tuple[float, Place, str]], count: int) -> tuple[Place, float, str]:
    score, place, reason = ranked[0]
    if count == 1:
        return place, 0.95, f"only place of this name; {reason}"
    margin = score - ranked[1][0] if len(ranked) > 1 else 1.0
    # (a rule that put a lower score first, a big city over a hamlet, leaves a fair confidence, not none)
    confidence = round(min(0.95, 0.5 + margin), 2) if margin >= 0 else REORDERED_CONFIDENCE
    return place, confidence, f"best of {count} places of this name: {reason}"


def _far_town_of_the_name(candidates: tuple[Place, ...]) -> bool:
    """Whether a city of the name lies far from the war zone, or a town does and no town of the name lies
    by it ("Krasnoarmeysk" is Pokrovsk's old name, not the town of Saratov Oblast)."""
    towns = [c for c in candidates if c.kind in ("city", "town")]
    if not towns:
        return False
    by_zone = [c for c in towns if near_war_zone(c.lon, c.lat, TOWN_BY_ZONE_DEGREES)]
    return any(c.kind == "city" and c not in by_zone for c in towns) or not by_zone


def _the_fronts_one(town: Place, candidates: tuple[Place, ...], published: date | None) -> bool:
    """Whether the town lies by the front of the article's day and the biggest village of its name (the
    cue's pick) does not."""
    villages = [o for o in candidates if o.kind == "village"]
    return (
        published is not None
        and bool(villages)
        and on_front_then(town, published)
        and not on_front_then(max(villages, key=lambda o: o.population), published)
    )
