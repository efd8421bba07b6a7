"""Deciding which place each place name in a text is.

Two passes over the names that read as places (:mod:`gazetteer.reading`). The first resolves those
with one plausible place; they become the article's anchors, and their middle its theatre
(:mod:`gazetteer.article`). The second resolves the ambiguous rest with what the article says around
them (:mod:`gazetteer.ranking`): the oblast its sentence names, an explicit locator ("Stepove, north
of Avdiivka"), closeness to the anchors and the theatre, population. Then the picks the text does not
bear out are dropped or reported unresolved: a hamlet named bare far from every other place, a village
put in another oblast than the text says, a guess far from its passage; a town picked far from the
villages listed with it moves to its namesake among them. Rivers go to the stretch the
text is about (:mod:`gazetteer.rivers`). Every mention keeps a score and a reason.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from .article import NEXT_CLAUSE, ArticleContext, article_context
from .capitals import CAPITALS, SEAT_BEFORE, as_government
from .chains import along_the_list
from .city_districts import city_id_of, district_in_short, district_of_city, has_districts, names_district
from .context import DIRECTION_REASON, DIRECTION_WORDS, RIVER_CONTEXT, STEM_ENDINGS, TOWN_CUES
from .described import described_places
from .distance import haversine_km, km_apart
from .districts import (
    AREA_NAMED,
    COMMUNITY_KM,
    DISTRICT_REACH,
    FACILITY_HINTS,
    SEAT_VILLAGE,
    areas_by_adjective,
    community_seat,
    district_of_sentence_before,
    district_seat,
    fronted_district_seat,
    names_own_area,
    seat_of_shortened_community,
    shortened_communities,
)
from .estimates import GUESS_POPULATION, placed_among_its_list
from .locators import (
    LOCATOR_REACH,
    UNSTATED_SLACK_KM,
    Locator,
    at_stated_distance,
    located_place,
    read_locator,
)
from .names import key
from .oblasts import within_oblast
from .parts import in_the_part_named
from .places import Gazetteer, load_gazetteer
from .raions import ADJECTIVE_DISTRICT, RAION_PREFIX, as_raions
from .ranking import (
    CLOSE_KM,
    FAR_START_KM,
    GROUND_WORDS,
    ON_RIVER_KM,
    POINT_KINDS,
    SAME_PASSAGE_CHARS,
    SECTOR_CITY_POPULATION,
    SECTOR_KM,
    SHORT_RIVER_KM,
    Anchors,
    choice,
    in_sector,
    qualified,
    rank,
)
from .reading import CAPITAL_DISTRICT, POPULATED, WAR_COUNTRIES, Proposal, in_settlement_list, propose_places
from .records import Mention, Place
from .relative import DIRECTION, DISTANCE, bearing, distance_km
from .rivers import course_km, km_from_course, on_rivers
from .senses import LISTED_REASON, one_sense
from .variants import keys_one_letter_off, spelled_otherwise
from .war_zone import in_war_zone, near_war_zone, on_front_then

# A village this far (km) from the theatre of an article with this many sure places is no pick,
# whatever cue names it: war reporting names villages within a few hundred km of its other places.
FAR_VILLAGE_KM = 800.0
FAR_VILLAGE_ANCHORS = 2
# A small place this far from the theatre, named with no cue, is not taken as a place at all.
FAR_DROP_KM = 1500.0
FAR_SMALL_POPULATION = 100_000
# A city this big is itself in any list: "flights to Istanbul, Tel Aviv and Dubai" after Russia's airports.
LISTED_BIG_CITY_POPULATION = 300_000
LISTED_CITY_MATES = 50_000  # ... when every place listed with it has this many people
# ... nor a town this big the text calls a city or a town, however far from the article's other places.
CUED_TOWN_POPULATION = 20_000
# A place of the oblast its sentence names, the only one of its name there with people counted, is kept
# however far its list-mates from this size up (Ocheretyne, 4,000).
OBLAST_TOWN_POPULATION = 2_000
# An article whose LOCAL_ANCHORS or more sure places all lie within LOCAL_KM of its theatre is about one
# stretch of front: a small place VILLAGE_NEAR_KM from all of them is no pick there.
LOCAL_ANCHORS = 3
LOCAL_KM = 100.0
# An article that names this many oblasts or fewer is about them: the only place of a name in one of
# them is no guess, and a variant of a name found nowhere in them (of Ukraine's) is looked for there
# (gazetteer.variants.spelled_otherwise).
ARTICLE_OBLASTS = 2
# A place abroad of this many people in an oblast the article names counts alone (Sudzha, Glushkovo).
TOWN_OF_A_NAMED_OBLAST = 2_000
# A first-pass pick must beat the runner-up by this much to be an anchor for the others.
ANCHOR_MARGIN = 0.35
# A town picked in the second pass with this confidence lends nearness to the names after it.
LATE_ANCHOR_CONFIDENCE = 0.6
# Namesakes whose scores differ by less than this are tied: the text said nothing to tell them apart.
TIE_MARGIN = 1e-6
# ... and a tie is settled for the one this close (km) to a place the rest of the article names.
TIE_NEAR_KM = 100.0
# A weak (small, uncued) place must lie this close (km) to an anchor.
VILLAGE_NEAR_KM = 150.0
# A village picked among namesakes, with no cue or region, must lie this close (km) to a place named
# in its passage: front-line reporting names villages a few km apart, and with thousands of
# namesakes in the gazetteer one 100 km off is a guess, better reported unresolved.
GUESS_NEAR_KM = 60.0
# ... and within this distance of one of its list-mates, when its sentence names two or more places
# ("near Myrolyubivka, Lysivka, Zhovte and Mykolaivka": a front sector is a few dozen km across).
LIST_NEAR_KM = 30.0
# A village filed under one oblast that lies this close (km) to the outline of the oblast its text names
# is in that one: the line between them runs through villages the data files under their neighbour.
OBLAST_LINE_KM = 3.0
# A place "near the border with" an oblast lies outside it, at most this far (km) from its outline.
BORDER_NEAR_KM = 25.0
# ... or, in a list whose places lie far apart, this many times their typical gap, up to LIST_REACH_KM.
LIST_SPREAD_FACTOR = 1.5
LIST_SPREAD_MATES = 3  # ... a list of this many other places at least; of two, up to LIST_PAIR_REACH_KM
LIST_PAIR_REACH_KM = 45.0
LIST_REACH_KM = 80.0
# ... or on the way between two list-mates at most LIST_LINE_KM apart, the path through it at most
# LIST_LINE_DETOUR times their distance: the Dnipro front's lists run 150 km along the river, villages
# 30-40 km apart ("Beryslav, Kachkarivka, Zolota Balka": Kachkarivka lies between the two).
LIST_LINE_KM = 120.0
LIST_LINE_DETOUR = 1.1
# A village that is not a guess by the rules above, but one of several namesakes or a postal-file
# village (population unknown), must lie this close (km) to one of the other places its sentence names
# ("In the Kurakhove direction, the enemy attacked near Dalne": not the Dalnie 200 km off). The postal
# file lacks front-line villages whose points it gives only as a raion's centre (Heorhiivka by
# Marinka), and the namesake it holds is then 100 km off.
LISTED_FAR_KM = 150  # a town's one list-mate in an oblast the text names: farther is a namesake
LISTED_NEAR_KM = 60.0
# ... and a city named in a list this far (km) from every other item is a misspelt village's namesake.
LISTED_CITY_KM = 600.0
LISTED_NEAR_DEGREES = LISTED_NEAR_KM / 111.0  # of latitude; a degree of longitude is half that or more here
# A small town among namesakes, or a village of GUESS_POPULATION or more, is checked so only in a list
# of two or more other places: the town of Mykolaivka by Sloviansk is not the Mykolaivka of "near
# Lysivka, Zhovte and Mykolaivka" by Pokrovsk, but "Bilopillia and Krasnopillia" are 75 km apart.
LISTED_TOWN_POPULATION = 20_000
# A list of this many names or more, LIST_CLUSTER - 1 of them around one, is a cluster the sentence's
# other picks are measured against (see _fit_to_their_lists).
LIST_CLUSTER = 3
# The war's capitals by their gazetteer names: no measure of how far an article's places lie.
GOVERNMENT_SEATS = frozenset({"Kyiv", "Moscow", "Minsk"})
# The capitals GeoNames divides into quarters of their own (admin1 -> the city's names a text uses);
# Sevastopol's "city" is a region of villages, named on their own
CITY_QUARTERS = {
    "Kyiv City": ("Kyiv", "Kiev", "Київ", "Киев"),
    "Moscow City": ("Moscow", "Москв"),
    "Saint Petersburg City": ("Petersburg", "Петербург"),
    "Minsk City": ("Minsk", "Мінск", "Минск"),
}
# A guessed village this close (km) to the course of a river its sentence names is the one meant.
RIVER_NEAR_KM = 20.0
# A crossing the text puts in a place, right before the place's name: "an attack on the bridge in
# Zvannoye", "the dam at Kurakhove", "the bridge near the village of Karyzh" (the river's stretch is there).
BRIDGE_AT = re.compile(
    r"\b(?:bridges?|crossings?|dams?)\s+(?:in|at|near|by)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
BRIDGE_AT_REACH = 60
CURATED_REGION = "region:"  # the id prefix of the curated parts of a country (the Donbas, the left bank)
# A village known only by its raion's centre (Place.approximate) is of a district whose seat lies this
# close (km) to that centre.
APPROXIMATE_DISTRICT_KM = 20.0
# A pick whose confidence (0.5 plus its lead over the runner-up) is below this, a lead under 0.05,
# is a guess too.
GUESS_CONFIDENCE = 0.55
# The score of an ambiguous anchor resolved by the one pair of namesakes a stated distance fits.
PAIRED_SCORE = 0.8
COMMUNITY_SCORE = 0.6  # a community named by its seat's shortened adjective, in the district the text names
# A list with this many towns or cities among its other items is a list of towns: its hamlet of fewer than
# HAMLET_POPULATION people is the namesake town of TOWN_OF_LIST_POPULATION or more
# (_towns_of_a_list_of_towns).
TOWN_LIST_MATES = 3
VILLAGE_WORD_REACH = 80  # characters before the name looked through for the word "village(s)"
# A village the text says it is, right after the name: "Mykolaivka, a village south-west of Lysychansk".
VILLAGE_APPOSITION = re.compile(r"\s*,?\s+(?:an?\s+|the\s+)?(?:small\s+|tiny\s+)?(?:village|hamlet)\b")
HAMLET_POPULATION = 1_000
TOWN_OF_LIST_POPULATION = 10_000
# A city this big is never too far from its list: it is a route's end or a target of its own.
NEVER_FAR_CITY_POPULATION = 500_000
OWN_NAME_CITY_POPULATION = 150_000  # ... and a city this big called by its own name
# A village of the war zone this big is known by its name alone where its namesakes are hamlets of
# unknown population ("clashes took place in Marinka ... and along the Svatove-Kreminna road").
KNOWN_VILLAGE_POPULATION = 5_000
# "the neighboring Blahodatne village", "the nearby village of Andriivka": beside a place of the text.
NEIGHBOURING_BEFORE = re.compile(
    r"\b(?:neighbou?ring|nearby|adjacent)\s+(?:(?:village|town|settlement)\s+of\s+)?$", re.IGNORECASE
)
# Two guessed villages of a list are placed as a pair only when no other pair's spread (see
# _paired_guesses) comes within this many km of the pair's own.
PAIR_MARGIN_KM = 20.0
LIST_NEAR_DEGREES = LIST_NEAR_KM / 111.0
# The second name of a pair "between A and B", which closes the pair: an oblast after B is not B's.
PAIR_CLOSED = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?:cities|towns|villages|settlements)\s+of\s+)?[A-Z][\w'’-]+\s+and\s+$"
)
PAIR_REACH = 60
# A name itself placed by a direction ("north of X"): a ", west of Y" after it starts the next item.
DIRECTION_BEFORE = re.compile(rf"\b{DIRECTION}(?:ern)?\s+of\s+$", re.IGNORECASE)
DIRECTION_BEFORE_REACH = 30  # characters
# The rest of a list of communities (hromadas) after one of its names: "the Sumy, Sad, ..., Hlukhiv,
# Druzhba and Esman communities came under fire". A community's seat may lie anywhere in its oblast.
_LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)"
COMMUNITY_LIST_REST = re.compile(
    rf"(?:{_LIST_SEPARATOR}[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)*\s+"
    r"(?:(?:urban|rural|settlement|village|city|territorial)\s+)?(?:communities|hromadas)\b"
)
# ... or the noun before them: "The communities of Khotin, Myropillia, Mykolaiv, Yunakivka ... were targeted".
COMMUNITY_LIST_OPENED = re.compile(
    rf"\b(?:communities|hromadas)\s+of\s+(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?{_LIST_SEPARATOR})*$"
)
LIST_OPENED_REACH = 300  # characters before a name where the noun opening its list may be
# Between the items of a list whose last item a direction follows, and how many items it may have.
LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+")
LIST_LOCATOR_ITEMS = 6
# A region picked because the village of its name lies too far from the places named with it.
LISTED_REGION_SCORE = 0.5
MEASURED_CITY_POPULATION = 500_000  # a city a distance is measured from, however many namesake towns
PENINSULA = ("Crimea", "Sevastopol City")  # the oblasts of Crimea as Place.admin1 writes them
UNRESOLVED_CUE = re.compile(
    r"\b(?:city|town|village|settlement|hamlet) of ((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+)?)"
)


# A name, then "in", before an oblast's capital that stands for the oblast.
NAME_IN_BEFORE = re.compile(r"[A-Z][\w'’-]+\s+in\s+$")


def _capital_as_oblast(text: str, proposal: Proposal) -> Place | None:
    """The capital an oblast is named by after another name and "in" ("Kostyantynivka in Donetsk"), or
    None: war reporting often writes the capital for its oblast."""
    capitals = [c for c in proposal.candidates if c.kind == "city" and c.admin1 == f"{c.name} Oblast"]
    if len(capitals) != 1:
        return None
    capital = capitals[0]
    start = proposal.match.start
    return capital if NAME_IN_BEFORE.search(text, max(0, start - 40), start) else None


def _oblast_named(candidates: tuple[Place, ...]) -> Place | None:
    """The first-order division a name stands for: its one candidate, or the one division among
    regions of that name ("Crimea" is both the peninsula and the Republic's outline)."""
    oblasts = [c for c in candidates if c.id.startswith("admin1:")]
    if len(oblasts) == 1 and all(c.kind == "region" for c in candidates):
        return oblasts[0]
    return None


def find_places(
    text: str, gazetteer: Gazetteer | None = None, published: date | None = None, headline: str = ""
) -> list[Mention]:
    """Return the place mentions of ``text`` in text order, resolved, plus unresolved ones.

    Unresolved mentions (``place`` None) are names the text marks as places ("the village of
    Hrakove") that the gazetteer does not hold, or names the text locates where no place of that
    name lies; they are reported, not dropped. ``published``, the article's day when known, lets a
    village by a front of that day win over namesakes by fronts long quiet. ``headline``, the title
    over the text, settles the names the text leaves unresolved, read as its first paragraph (its
    own mentions are not returned): a title often names the only town that says which of six
    Uspenivkas the body means ("... on Huliaipole front" over a body of villages alone). It does not
    move what the text places by itself, unless the text names one place only (a Fedorivka under a
    title on Siversk): a title's "Kursk" is as often the operation as the city.
    """
    gaz = gazetteer or load_gazetteer()
    mentions = _find_places(text, gaz, published)
    if not headline.strip():
        return mentions
    alone = len({m.place.id for m in mentions if m.place is not None and m.place.kind in POINT_KINDS}) < 2
    # (a name the gazetteer lacks stays unresolved under any title; and a title that names no place,
    # "Front-line report", settles nothing: the text is read again only when both could change)
    open_names = any(m.place is None and gaz.candidates(key(m.text)) for m in mentions)
    if not (alone or open_names):
        return mentions
    if not any(m.place is not None for m in _places_of_headline(headline, gaz)):
        return mentions
    lead = headline.strip() + HEADLINE_BREAK
    headed = {
        (m.start - len(lead), m.end - len(lead)): m
        for m in _find_places(lead + text, gaz, published)
        if m.start >= len(lead)
    }
    return [
        replace(found, start=m.start, end=m.end)
        if (m.place is None or alone) and (found := headed.get((m.start, m.end))) is not None
        else m
        for m in mentions
    ]


def _places_of_headline(headline: str, gaz: Gazetteer) -> list[Mention]:
    """The places a headline names by itself (resolved on its own): whether it can say where a text is."""
    return _find_places(headline, gaz, None)


# What joins a headline to the text it heads: a paragraph break, so that no sentence spans both.
HEADLINE_BREAK = "\n\n"


def _find_places(text: str, gaz: Gazetteer, published: date | None) -> list[Mention]:
    """find_places on a text with no headline apart."""
    proposals = propose_places(text, gaz)
    if gaz.quarters:
        _without_quarters_of_unnamed_cities(text, proposals, gaz.quarters)
    _without_other_names_of_list_mates(text, proposals)
    river_article = RIVER_CONTEXT.search(text) is not None
    admin1_named = {
        c.name for p in proposals for c in p.candidates if len(p.candidates) == 1 and c.kind == "region"
    }
    oblasts = [(p.match.start, oblast) for p in proposals if (oblast := _oblast_named(p.candidates))]
    named = [(at, oblast.name) for at, oblast in oblasts]
    # "Pervomaiske village, Mykolaiv district": the raion of the oblast's capital puts the name in that oblast
    named += [(p.match.start, p.candidates[0].admin1) for p in proposals if p.hint == CAPITAL_DISTRICT]
    # "the fortified city of Kostyantynivka in Donetsk": an oblast named by its capital after a name
    named += [(p.match.start, capital.admin1) for p in proposals if (capital := _capital_as_oblast(text, p))]
    ctx = article_context(text, sorted(named), gaz.notes, published)
    _without_capital_quarters_off_its_streets(text, proposals, ctx)

    _locate_back(text, proposals)
    _locate_forward(text, proposals)
    _locate_named(text, proposals)
    _named_otherwise(text, proposals)
    resolved: dict[int, tuple[Place, float, str]] = {}
    # With no anchors yet, a name's ranking depends only on the name and the oblasts around it: a
    # name repeated in the same setting is ranked once.
    first_pass: dict[tuple, tuple[Place, float, str] | None] = {}
    for i, p in enumerate(proposals):
        setting = (
            p.match.key,
            p.hint,
            tuple(c.id for c in p.candidates),
            ctx.region_after(p.end),
            frozenset(ctx.regions_in_sentence(p.match.start)),
            text[p.end : p.end + 60] if text.startswith(",", p.end) else "",
        )
        if setting not in first_pass:
            ranked = rank(p, text, river_article, admin1_named, None, ctx)
            decisive = len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= ANCHOR_MARGIN
            first_pass[setting] = choice(ranked, len(p.candidates)) if decisive else None
        if first_pass[setting] is not None:
            resolved[i] = first_pass[setting]
    anchors = Anchors()
    for i, (place, _, _) in sorted(resolved.items()):
        if proposals[i].weak or _as_government(text, proposals[i].match.end, place):
            continue
        # (and a raion, a small area: "the village of Riasne, Bohodukhiv district" is the Riasne by it)
        if place.kind in POINT_KINDS or place.id.startswith(RAION_PREFIX):
            anchors.add(proposals[i].match.start, place, ctx.sentence_of(proposals[i].match.start))
    confident = [place for place in anchors.places.values() if _near_enough(place, ctx)]
    if oblasts and all(place.name in GOVERNMENT_SEATS for place in confident):
        # a capital alone (a dateline's "MOSCOW (AA) -", a government's "Kyiv said") says less of where
        # the story is than the oblasts it names: "two more villages in Ukraine's Donetsk region"
        ctx.set_theatre([], [oblast for _, oblast in oblasts])
    else:
        ctx.set_theatre(confident)
    anchors.reachable = [a for a in anchors.places.values() if ctx.km_from_theatre(a) <= FAR_START_KM]
    anchors.on_named_river = _on_named_rivers(proposals, resolved)

    by_start = {p.match.start: i for i, p in enumerate(proposals)}
    by_sentence: dict[int, list[Proposal]] = {}
    for p in proposals:
        by_sentence.setdefault(ctx.sentence_of(p.match.start), []).append(p)
    # One sense per article: a name repeated with the same candidates is the same place each time
    # (Gale, Church and Yarowsky's observation), resolved once, where the article first names it.
    senses: dict[tuple[str, str, tuple[str, ...]], tuple[Place, float, str]] = {}
    # A village the text first named with a cue ("occupied Soloviove and Semenivka villages") is that
    # village when named again bare ("Semenivka has been a gray area"), however other places named
    # later pull: the cue said which Semenivka the article is about.
    first_cued: dict[tuple[str, tuple[str, ...]], tuple[Place, float, str]] = {}
    mentions: list[Mention] = []
    proposal_of: dict[int, Proposal] = {}  # a resolved mention's index -> its proposal
    # Senses whose best places scored alike (three hamlets called Zhuravka in one oblast), and the
    # mentions of each: settled at the end by the places the whole article names (_break_ties).
    tied: dict[tuple, list[Place]] = {}
    sense_of: dict[int, tuple] = {}
    guesses: list[int] = []  # mentions of ambiguous villages: checked against their neighbours below
    listed: list[int] = []  # other villages that may be a namesake: checked against their list-mates
    alone: list[int] = []  # mentions of small places named with no cue: kept only beside others
    outside: list[int] = []  # the only places of their names, in no oblast the text names: checked too
    # Names the text put in a region that has no place of the name: later mentions of the name,
    # which no longer say where it is, are the same unknown place, not a namesake elsewhere.
    placed_in: dict[str, str] = {}
    # Names the text put in a region that has a place of the name: that place, for every mention.
    put_in: dict[str, tuple[Place, float, str]] = {}
    # Names the text located where the gazetteer has no place of the name: that point, every mention.
    placed_by_text: dict[str, Mention] = {}
    # where each name was placed so far: the first pass's places, then each as this pass settles it
    picked = {proposals[i].match.start: place for i, (place, _, _) in resolved.items()}
    for i, p in enumerate(proposals):
        placed_by_locator = False  # the text's "south of X" chose among the namesakes
        located, paired = (
            _locator(text, p, proposals, by_start, resolved)
            if ctx.direction_within(p.end, LOCATOR_REACH)
            else (None, None)
        )
        if paired is not None:  # an ambiguous anchor the stated distance settled: all its mentions
            put_in.setdefault(proposals[paired].match.key, resolved[paired])
        if located is not None and _anchor_out_of_the_named_oblast(ctx, p, located):
            located = None
        if located is not None:
            # (a village known only by its raion centre's point is better put where the text says)
            near = [c for c in p.candidates if located.fits(c) and not c.approximate]
            if not near:
                # a village with a census count (a row kept with care, whose point beats a loose
                # direction), when it is the only namesake roughly where the text says
                loose = [
                    c for c in p.candidates if located.fits_loosely(c) and not c.approximate and c.population
                ]
                near = loose if len(loose) == 1 else []
            # a town, a river or a sea the distance does not fit is still itself: the text is loose
            if (
                not near
                and not any(
                    c.kind in ("city", "town") or c.kind not in POINT_KINDS or located.fits_roughly(c)
                    for c in p.candidates
                )
                and not _sole_namesake_nearby(p, located)
            ):
                name = text[p.match.start : p.end]
                mentions.append(_placed_by_the_text(name, p, located))
                if mentions[-1].place is not None:
                    placed_by_text[p.match.key] = mentions[-1]
                continue
            if near:  # a town the text's distance does not fit is still the town: the text is loose
                p.candidates = near
                resolved.pop(i, None)
                placed_by_locator = True
        elif (near := _near_its_anchor(text, p, proposals, by_start, resolved)) is not None:
            # "near the village of Kalynivka, closer to Debaltseve": the namesakes by the town it names
            p.candidates = near
            resolved.pop(i, None)
            placed_by_locator = True
        elif p.match.key in placed_by_text:  # named again: the village the text located earlier
            first = placed_by_text[p.match.key]
            mentions.append(replace(first, text=text[p.match.start : p.end], start=p.match.start, end=p.end))
            continue
        # most names have no district or community named after them, nor before them in their sentence
        after, before = (False, False) if located else ctx.areas_around(p.match.start, p.end, DISTRICT_REACH)
        if after and (
            (seat := community_seat(text, p.match.start, p.end, gaz, ctx.km_from_theatre, FAR_START_KM))
            is not None
            and not any(km_apart(c, seat) <= COMMUNITY_KM for c in p.candidates)
        ):
            # "the Shakhtarsk community in the Synelnykivskyi district": Shakhtarske's, named as the press
            # shortens its adjective, when no place of the name as written lies there
            reason = f"the community of {seat.name}, in the district the text names"
            name = text[p.match.start : p.end]
            mentions.append(Mention(name, p.match.start, p.end, seat, COMMUNITY_SCORE, reason))
            continue
        district = district_seat(text, p.end, gaz, ctx.km_from_theatre, FAR_START_KM) if after else None
        fronted = district is None and before and not names_own_area(text, p.end)
        if fronted:  # "In the Valuisky district, the village of Dolgoye ..."
            district = fronted_district_seat(
                text,
                ctx.sentence_span(p.match.start)[0],
                p.match.start,
                gaz,
                ctx.km_from_theatre,
                FAR_START_KM,
            )
        listed_before = district is None and after and not before and names_own_area(text, p.end)
        if listed_before and (sentence := ctx.sentence_of(p.match.start)) > 0:
            # "They struck the Nikopol district ... hits in the Marhanets, Myrove and Pokrovske hromadas":
            # communities listed after the sentence that names their district, taken near its seat if any is
            district = district_of_sentence_before(
                text,
                ctx.sentence_starts[sentence - 1],
                ctx.sentence_starts[sentence],
                gaz,
                ctx.km_from_theatre,
                FAR_START_KM,
            )
            fronted = district is not None
        if district is not None and not fronted:
            # "the village of Prykolotne in the Vilkhivka hromada in the Kupiansk district": a community the
            # text misnames (Vilkhuvatka's) gives way to the district named after it, when the place fits that
            district = _the_district_after_when_the_community_misses(text, p, district, gaz, ctx) or district
        if district is not None:  # "the village of Troitskoye in the Korenevsky district": near Korenevo
            seat, reach = district
            # (in the district's country: "the Borisovsky district" of Belgorod Oblast has no Tsapivka of
            # Kharkiv Oblast, 25 km off across the border)
            # (a village known only by its raion's centre is of the district named when that centre lies by
            # the district's seat: the Dolgoye of Veydelevka raion, drawn 37 km from Valuyki, is not the
            # Dolgoye of "the Valuisky district")
            near = [
                c
                for c in p.candidates
                if km_apart(c, seat) <= (APPROXIMATE_DISTRICT_KM if c.approximate else reach)
                and c.country == seat.country
            ]
            if near and len(near) < len(p.candidates):
                p.candidates = near
                resolved.pop(i, None)
            elif (
                not near
                and listed_before
                # (the nearest to the district's seat: Pokrovske's hromada, not the town of Pokrov's)
                and (
                    community := seat_of_shortened_community(
                        text[p.match.start : p.end], seat, gaz, by_size=False
                    )
                )
            ):
                # "Russian troops attacked Nikopol district ... Two people were injured in the Pokrovsk
                # community": Pokrovske's (Pokrovska hromada) by Nikopol, not the town of Pokrovsk 200 km off
                reason = f"the community of {community.name}, in the district the text names before"
                name = text[p.match.start : p.end]
                mentions.append(Mention(name, p.match.start, p.end, community, COMMUNITY_SCORE, reason))
                continue
            elif not near and not listed_before and not (
                fronted and any(c.kind != "village" for c in p.candidates)
            ):
                # (a town elsewhere named after a district the sentence opens with stays that town)
                reason = f"no place of this name near {seat.name}, whose district the text puts it in"
                mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, None, 0.0, reason))
                continue
        # the oblast written after this mention is part of its sense: "Kamianske" in a list is the
        # city, "Kamianske in the southeastern Zaporizhzhia region" later is that oblast's village
        qualifier = ctx.region_qualifying(p.end)
        # "in Kharkivshchyna, Donechchyna and Sumshchyna": a list of oblasts by their vernacular names, the
        # first no place in the next (not the hamlet Kharkivshchyna of Sumy Oblast)
        oblast_too = any(c.kind == "region" and key(c.name) != p.match.key for c in p.candidates)
        if oblast_too:
            qualifier = None
            if p.match.key.endswith(VERNACULAR_REGION_ENDINGS) and "village" not in p.hint:
                p.candidates = tuple(c for c in p.candidates if c.kind == "region")
                resolved.pop(i, None)
        if qualifier is None and text.startswith(",", p.end):
            # "in Kamyanske, Zaporizhzhia.": an oblast's bare name closing the sentence, as a dateline's
            after = text[p.end : p.end + 60]
            qualifier = next(
                (c.admin1 for c in p.candidates if c.admin1 and qualified(after, c.admin1)), None
            )
        if (
            qualifier is None
            and len(p.candidates) > 1
            and (border := ctx.border_oblast_after(p.end)) is not None
            and (
                by_it := [
                    c
                    for c in p.candidates
                    if c.kind in ("town", "village")
                    and c.admin1 != border
                    and within_oblast(c, border, BORDER_NEAR_KM)
                ]
            )
            and len(by_it) < len(p.candidates)
        ):
            # "seized the village of Novomykolaivka near the border with the Donetsk region": a namesake
            # just outside that oblast, not one of the 35 elsewhere (and no guess to check against the
            # places around it)
            p.candidates = by_it
            resolved.pop(i, None)
            placed_by_locator = True
        if qualifier and PAIR_CLOSED.search(text, max(0, p.match.start - PAIR_REACH), p.match.start):
            # "between the cities of Donetsk and Pokrovsk, Synkivka in the Kharkiv region": the pair ends
            # with Pokrovsk, and the oblast after it is the next item's
            qualifier = None
        sense = (p.match.key, p.hint, tuple(c.id for c in p.candidates), qualifier)
        sector = _sector_of(text, p, by_sentence[ctx.sentence_of(p.match.start)], picked)
        if sector is not None and _within_the_sector(p, sector, resolved.get(i)):
            sector = None  # (the name's place lies in the sector, or none of its namesakes does)
        if sector is not None:
            sense = (*sense, sector.id)  # (ranked again, with the sector: not as the bare name ranks)
        if i in resolved and sector is None:
            place, score, reason = resolved[i]
        elif sense in senses and located is None:
            place, score, reason = senses[sense]
        elif not p.hint and not qualifier and located is None and _namesakes(p) in first_cued:
            place, score, reason = first_cued[_namesakes(p)]
            reason = f"{reason.split(': ', 1)[0]}: as the article named it first"
        else:
            # a mate already settled (by the first pass, or earlier in this one) is that place only: its
            # namesakes are no neighbours; a direction's town may lie well behind the fighting: no mate
            mates = [
                ((picked[q.match.start],), 1)
                if q.match.start in picked
                else (tuple(q.candidates), len(q.candidates))
                for q in by_sentence[ctx.sentence_of(p.match.start)]
                if q.match.key != p.match.key and not q.direction
            ]
            ranked = rank(p, text, river_article, admin1_named, anchors, ctx, mates, sector)
            place, score, reason = senses[sense] = choice(ranked, len(p.candidates))
            if len(ranked) > 1 and abs(ranked[0][0] - ranked[1][0]) < TIE_MARGIN:
                tied[sense] = [c for s, c, _ in ranked if abs(ranked[0][0] - s) < TIE_MARGIN]
            if (
                place.kind in ("city", "town")
                and score >= LATE_ANCHOR_CONFIDENCE
                and not p.weak
                and _far_guess(place, p, anchors, ctx) is None
            ):
                # "In the Lyman direction ... near Terny": Lyman's Terny
                anchors.add(p.match.start, place, ctx.sentence_of(p.match.start))
                if (
                    place.id not in {a.id for a in anchors.reachable}
                    and ctx.km_from_theatre(place) <= FAR_START_KM
                ):
                    anchors.reachable.append(place)
        if not qualifier and place.kind == "village" and not oblast_too:
            qualifier = ctx.region_around(p.end)  # "Zamostye and Mirny, all ... in the Kursk region"
        namesakes = len(p.candidates)  # (before the oblast the text puts it in narrows them)
        if (
            qualifier
            and place.kind in ("city", "town", "village")
            and place.admin1
            and place.admin1 != qualifier
            and not within_oblast(place, qualifier, OBLAST_LINE_KM)
            and (inside := [c for c in p.candidates if c.admin1 == qualifier])
        ):
            # "the small settlement of Zaporizhzhia in Ukraine's eastern Donetsk region": not the city the
            # article names elsewhere, but the village of the oblast the text puts this one in; "Zeleny Gai
            # in the Donetsk region and Malievka in the Dnipropetrovsk Oblast": not the village by Malievka
            p.unnarrowed = tuple(p.candidates)
            p.candidates = inside
            ranked = rank(p, text, river_article, admin1_named, anchors, ctx)
            place, score, reason = choice(ranked, len(inside))
            reason = f"{reason}; put in {qualifier} by the text"
        if (
            qualifier
            and place.kind in ("town", "village")
            and place.admin1
            and place.admin1 != qualifier
            # on the line between two oblasts, the one the text names by the map: Novokhatske "in the DPR"
            and not within_oblast(place, qualifier, OBLAST_LINE_KM)
            # (the anchor of a direction: "Zhuravka (west of Sudzha in Sumy Oblast)" puts Zhuravka there)
            and not _anchor_of_a_direction(text, p.match.start)
        ):
            reason = f"no place of this name in {qualifier}, where the text puts it ({place.admin1} has one)"
            mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, None, 0.0, reason))
            placed_in.setdefault(p.match.key, qualifier)
            continue
        if qualifier and place.admin1 == qualifier and namesakes > 1:
            put_in.setdefault(p.match.key, (place, score, f"{reason}; put in {qualifier} by the text"))
        earlier = placed_in.get(p.match.key)
        if not qualifier and earlier and place.kind in ("town", "village") and place.admin1 != earlier:
            reason = f"no place of this name in {earlier}, where the text put it ({place.admin1} has one)"
            mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, None, 0.0, reason))
            continue
        if (
            place.kind in ("city", "town")
            and ctx.km_from_theatre(place) > FAR_DROP_KM
            and in_settlement_list(text, p.match.start)
        ):
            # "the liberation of four settlements: Alexandria, Leonidovo ...": a village of the front the
            # data lacks, not Egypt's city
            reason = "no village of this name near the war (the one place of the name is a far city)"
            mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, None, 0.0, reason))
            continue
        cued = bool(p.hint) or _in_named_region(place, p, ctx)
        # kept only beside another place of the article, checked below (marked when it is appended: a
        # name dropped on the way is no mention, and its index is the next one's)
        unaccompanied = p.weak and not cued and not _town_of_a_named_oblast_abroad(place, ctx)
        if not cued and not _near_enough(place, ctx):
            continue  # a small place thousands of km from the war named with no cue: a word, a name
        if not cued and _quoted(text, p.match.start, p.end) and ctx.km_from_theatre(place) > FAR_DROP_KM:
            continue  # '(Press service of "Concord")': a firm's name in quotes, not a Californian city
        if not cued and _far_by_another_name(place, p, ctx):
            continue  # "Taras" is a man, not Taraz in Kazakhstan, which GeoNames also spells so
        if (
            place.id in gaz.quarters
            and not _called_a_district(text, p)
            and _quarter_unnamed(place, _passage(text, p), _towns_near(proposals, p), gaz.quarters)
            and not _beside_a_sister_district(text, p, proposals, gaz.quarters, gaz.quarters[place.id])
        ):
            # "fighting in Zarichny" by Lyman: not the only place of the name, a quarter of Sumy
            reason = f"a quarter of {gaz.quarters[place.id][0]}, which the text does not name"
            mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, None, 0.0, reason))
            continue
        if _quarter_of_an_unnamed_city(place, text, p.match.start) and not _beside_a_sister_district(
            text, p, proposals, gaz.quarters, gaz.quarters.get(place.id, ())
        ):
            # "In Kherson, the city center, Dniprovsky district ... suffered": Kherson's district, not
            # Kyiv's, the only one of the name the data has
            reason = f"a quarter of {place.admin1}, which the text does not name: another city's"
            mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, None, 0.0, reason))
            continue
        if unaccompanied:
            alone.append(len(mentions))
        mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, place, score, reason))
        proposal_of[len(mentions) - 1] = p
        if sense in tied:
            sense_of[len(mentions) - 1] = sense
        if score >= LATE_ANCHOR_CONFIDENCE:
            picked[p.match.start] = place
            # (and a village the text put by another place: "Mykolayivka, 12 kilometers southwest of
            # Lisichansk" is the same village when named again alone)
            if (p.hint or placed_by_locator) and place.kind == "village" and len(p.match.candidates) > 1:
                first_cued.setdefault(_namesakes(p), (place, score, reason))
        if p.direction or placed_by_locator:
            pass  # a sector is named after a place that may lie well behind the places of its fighting;
            # a village the text put by another place is no guess to check against its list
        elif (_guessed_village(p, place, score) and not _only_one_in_named_region(place, p, ctx)) or (
            "village" in p.hint and place.kind in ("town", "city")
        ):  # a town where the text says village ("took back the village of Nikolsky"): checked as a guess
            guesses.append(len(mentions) - 1)
        elif (
            (place.kind == "village" and (len(p.candidates) > 1 or not place.population))
            # the one village of its name, in a list the text calls villages ("the settlements of
            # Lobkove, Levadne, ..., Storozhove"), away from the fighting: Poltava Oblast's, 280 km off, is a
            # misspelt Storozheve (one in the war zone is checked against the oblasts the text names)
            or (place.kind == "village" and "before its list" in p.hint and not in_war_zone(place))
            or (place.kind == "town" and place.population < LISTED_TOWN_POPULATION)
            or place.kind == "city"
        ):  # a small town, even the only one of its name, or a city, is checked in
            # a list of two or more others (a city far from all of them: "Arkhanhelsk" among Donetsk villages)
            listed.append(len(mentions) - 1)
        elif (
            place.kind in ("village", "town")
            and ctx.named_oblasts()
            and place.admin1 not in ctx.named_oblasts()
        ):  # the only place of its name, outside the oblasts the text names
            outside.append(len(mentions) - 1)
    if put_in:
        mentions = _as_put_in(mentions, proposal_of, put_in)
    if tied:
        _break_ties(mentions, sense_of, tied, ctx)
    _fit_to_their_lists(mentions, proposal_of, ctx)
    towns = _towns_of_a_list_of_towns(mentions, proposal_of, ctx)
    if towns:
        guesses = [i for i in guesses if i not in towns]  # the town of the name is no guess
    _together_by_the_sentence_before(text, mentions, proposal_of, ctx)
    if "neighbo" in text or "nearby" in text or "adjacent" in text:
        _neighbouring(mentions, proposal_of, ctx)
    checked = {i: mentions[i] for i in (*guesses, *listed)}
    for i, p in proposal_of.items():  # small places far from all the article is sure of: no pin
        m = mentions[i]
        if m.place and not p.direction and (far := _far_guess(m.place, p, anchors, ctx, local=True)):
            if not _by_a_river_of_its_sentence(m, mentions, ctx):
                mentions[i] = Mention(m.text, m.start, m.end, None, 0.0, far)
    if guesses:
        # a guess is sure where the article names the same place elsewhere with no guessing ("near
        # Ugledar" in the lead, then "the settlements of X, Shevchenko, Ugledar and Vodyanoe"): a
        # neighbour for the guesses of its list, not one of them
        unguessed = set(range(len(mentions))).difference(guesses)
        sure = {mentions[i].place.id for i in unguessed if mentions[i].place is not None}
        guesses = [i for i in guesses if mentions[i].place is None or mentions[i].place.id not in sure]
    for i in guesses:
        if mentions[i].place is not None:
            mentions[i] = _unless_far_from_its_passage(
                mentions[i], mentions, guesses, ctx, proposal_of[i].candidates
            )
    if len(guesses) >= 2:
        _paired_guesses(mentions, guesses, proposal_of, ctx)
        if ctx.published is not None:
            _paired_by_the_front(mentions, guesses, proposal_of, ctx)
    for i in listed:
        if not _only_one_in_its_region(mentions[i], proposal_of[i], ctx):
            # guesses kept count now
            mentions[i] = _unless_far_from_its_list(mentions[i], mentions, ctx, proposal_of[i].candidates)
    named = ctx.named_oblasts()
    if named:
        for i in proposal_of:
            m = mentions[i]
            if m.place is not None and m.place.kind == "village" and m.place.admin1 not in named:
                mentions[i] = _unless_across_the_border(m, mentions, ctx)
        far = [
            i
            for i in proposal_of
            if mentions[i].place is not None
            and mentions[i].place.kind in ("village", "town")
            and mentions[i].place.admin1 not in named
        ]
        kept = [
            _unless_far_from_the_named_oblasts(mentions[i], mentions, ctx, gaz, proposal_of[i]) for i in far
        ]
        for i, m in zip(far, kept, strict=True):
            mentions[i] = m
    if outside:  # the check needs a sentence of two places: counted once, not rescanned per mention
        points = Counter(
            ctx.sentence_of(m.start) for m in mentions if m.place and m.place.kind in POINT_KINDS
        )
        for i in outside:
            if points[ctx.sentence_of(mentions[i].start)] == 2:
                mentions[i] = _unless_far_from_its_named_mate(mentions[i], mentions, ctx)
    _as_kept_before(mentions, checked, ctx)
    _on_the_river_after(text, mentions, proposal_of)
    mentions = [m for i, m in enumerate(mentions) if i not in alone or _in_company(m, mentions, alone)]
    mentions.extend(_unresolved(text, mentions))
    # "the Marganetska community came under attack": the community of Marhanets; "the Novoshakhtinsky
    # oil refinery": Novoshakhtinsk's
    if ctx.has_areas() or any(hint in text for hint in FACILITY_HINTS) or "chyna" in text:
        # (a one-word name the gazetteer holds only far away gives way: "Pokrovsky district" is
        # Pokrovsk's, not a misprint of a Pokrovske; "the Dniprovskyi district", a quarter of a city the
        # text does not name, does not)
        # (nor does a town of the name thousands of km off: "the Gubkinsky city district" of Belgorod
        # Oblast is Gubkin's, not Gubkinskiy's in Yamal)
        far = {(m.start, m.end) for m in mentions if m.place is not None and _far_off(m.place, ctx)}
        covered = [
            (m.start, m.end)
            for m in mentions
            if (m.place is not None and (m.start, m.end) not in far) or " " in m.text
        ]
        areas = areas_by_adjective(text, covered, gaz, ctx.km_from_theatre, FAR_START_KM)
        if areas:
            taken = {(a.start, a.end) for a in areas}
            mentions = [
                m
                for m in mentions
                if (m.start, m.end) not in taken or (m.place is not None and (m.start, m.end) not in far)
            ]
            mentions.extend(areas)
    if any(m.place and m.place.kind == "river" for m in mentions):
        # (after the areas named by adjective: "a bridge across the Seim River in the Glushkovsky district")
        # (nor a sector of the front: "Kursk direction" is no town by the Seym)
        metonyms = frozenset(
            m.start
            for m in mentions
            if _metonym(m, ctx) or _dateline_capital(m, text) or m.reason.startswith(DIRECTION_REASON)
        )
        bridged = frozenset(
            m.start for m in mentions if BRIDGE_AT.search(text, max(0, m.start - BRIDGE_AT_REACH), m.start)
        )
        mentions = on_rivers(sorted(mentions, key=_start), metonyms, bridged)  # (ties go to the first named)
    # names cued as places that the gazetteer lacks: a nearby village spelled a little otherwise
    ukraine = [o for o in ctx.named_oblasts() if any(r.country == "UA" for r in gaz.candidates(key(o)))]
    mentions = spelled_otherwise(
        text,
        mentions,
        gaz,
        lambda start, end: ctx.region_qualifying(end),
        ctx.regions_in_sentence,
        frozenset(ukraine) if len(ukraine) <= ARTICLE_OBLASTS else frozenset(),
    )
    if ctx.has_areas():  # "the Marhanets, Pokrovsk communities": Pokrovske's
        mentions = shortened_communities(text, mentions, gaz, ctx.sentence_span, ctx.named_oblasts())
    directions = {p.match.start for p in proposals if p.direction}
    mentions = [_as_direction(m) if m.start in directions and m.place else m for m in mentions]
    mentions = [_unless_off_the_front(m) if m.direction else m for m in mentions]
    mentions.extend(described_places(text, gaz, [(m.start, m.end) for m in mentions]))
    mentions.sort(key=lambda m: m.start)
    # a name the data lacks, listed among neighbouring villages it has: at their middle, as a guess
    mentions = _capitals_as_their_oblasts(text, _as_city_districts(text, mentions, gaz), gaz)
    if "Kursk" in text or "Belgorod" in text or "Bryansk" in text:
        mentions = _border_capitals_as_ground(text, mentions, gaz)
    if "called" in text or "named" in text:
        mentions = _unless_said_to_be_ambiguous(text, mentions)
    mentions = _without_cities_abroad_in_village_lists(text, mentions)
    mentions = _without_unexplained_towns_abroad(_world_cities_of_the_world_stage(mentions, gaz, ctx), ctx)
    mentions = along_the_list(text, one_sense(placed_among_its_list(text, mentions, gaz)), gaz)
    mentions = as_raions(text, in_the_part_named(text, mentions, gaz), gaz)
    mentions = _without_towns_abroad_in_a_named_oblast(text, mentions)
    return _without_districts_of_another_country(mentions, ctx, gaz) if "istrict" in text else mentions


# The words between a town and the oblast that says where it is: "Vilnius in Ukraine's Zaporizhia region".
IN_OBLAST_GAP = re.compile(
    r",?\s+(?:in|of)\s+(?:(?:Ukraine|Russia)['’]s\s+)?(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)[\w-]*\s+)?",
    re.IGNORECASE,
)


def _without_towns_abroad_in_a_named_oblast(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a town of a country outside the war left unresolved where the text puts it in
    an oblast of Ukraine or Russia right after its name: "a missile attack on the city of Vilnius in Ukraine's
    Zaporizhia region" is a misspelt Vilniansk, not Lithuania's capital."""
    result = list(mentions)
    for i, m in enumerate(mentions):
        j = i + 1
        if j < len(mentions) and (country := mentions[j].place) is not None and country.kind == "country":
            j += 1  # (the country's possessive before the oblast: "in Ukraine's Zaporizhia region")
        if j >= len(mentions) or m.place is None or m.place.kind not in POPULATED:
            continue
        oblast = mentions[j].place
        if (
            oblast is not None
            and oblast.id.startswith("admin1:")
            and oblast.country in WAR_COUNTRIES
            # (a town of the other side of the border may be the anchor of a direction: "west of Sudzha in
            # Sumy Oblast" puts the located village there, not Sudzha)
            and m.place.country not in WAR_COUNTRIES
            and IN_OBLAST_GAP.fullmatch(text, m.end, mentions[j].start)
        ):
            town, where = m.place.name, oblast.name
            reason = f"no place of this name in {where}, where the text puts it ({town} is abroad)"
            result[i] = Mention(m.text, m.start, m.end, None, 0.0, reason)
    return result


def _without_districts_of_another_country(
    mentions: list[Mention], ctx: ArticleContext, gaz: Gazetteer
) -> list[Mention]:
    """The mentions, with a Ukrainian district (a raion, or a town's adjective read as its district) left
    unresolved where its sentence names oblasts of Russia only: "In the Rostov region, the governor said
    a drone attack in the Chortkiv district set a pipeline on fire" is Rostov's Chertkovsky district, which
    the data lacks, not Ukraine's Chortkiv raion 1,000 km off. A sentence that names no oblast goes by the
    article's ("a fire occurred in a warehouse in the Chortkiv district", in a story of Rostov region)."""
    result = []
    for m in mentions:
        place = m.place
        if (
            place is not None
            and place.country == "UA"
            and (place.id.startswith(RAION_PREFIX) or m.reason.startswith(ADJECTIVE_DISTRICT))
            and (regions := ctx.regions_in_sentence(m.start) or ctx.named_oblasts())
            and place.admin1 not in regions
            and all(_russian_oblast(region, gaz) for region in regions)
        ):
            reason = f"no district of this name in {', '.join(sorted(regions))}, which the text names"
            m = Mention(m.text, m.start, m.end, None, 0.0, reason)
        result.append(m)
    return result


def _russian_oblast(name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` is the name of one of Russia's regions (and of none of Ukraine's)."""
    regions = [c for c in gaz.candidates(key(name)) if c.id.startswith("admin1:")]
    return bool(regions) and all(c.country == "RU" for c in regions)


def _listed_beside(text: str, mentions: list[Mention], i: int) -> list[Mention]:
    """The mentions listed with mentions[i], before and after it, each joined to the next by a comma,
    "and" or "or" alone (LIST_GAP): "Zarya, Slavianka and Petropavlivka"."""
    return [mentions[j] for j in _list_mate_indices(text, [(m.start, m.end) for m in mentions], i)]


def _list_mate_indices(text: str, spans: list[tuple[int, int]], i: int, or_ends: bool = False) -> list[int]:
    """The indices of the names (``spans``, in text order) listed with the one at ``i``, each joined to the
    next by LIST_GAP; with ``or_ends``, ", or" ends the list (a name beside another name of one place,
    "Bakhmut, or Artemovsk", is no list)."""
    mates = []
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(spans):
            (_, a_end), (b_start, _) = sorted((spans[j], spans[j + step]))
            if not LIST_GAP.fullmatch(text, a_end, b_start) or (or_ends and text.startswith(", or", a_end)):
                break
            j += step
            mates.append(j)
    return mates


def _without_cities_abroad_in_village_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a place outside the war's countries left unresolved when the text lists it
    beside a village of the war: "advancing toward Zarya, Slavianka and Petropavlivka near Kurakhove" names
    no Zaria of Nigeria (a city abroad named on its own, "talks in Washington", stays)."""
    result = list(mentions)
    for i, m in enumerate(mentions):
        if m.place is None or m.place.country in WAR_COUNTRIES or m.place.kind in ("country", "region"):
            continue
        listed = [
            o
            for o in _listed_beside(text, mentions, i)
            if o.place is not None and o.place.country in WAR_COUNTRIES and o.place.kind == "village"
        ]
        if listed:
            reason = f"no place of this name among the villages listed with it ({m.place.name} is abroad)"
            result[i] = Mention(m.text, m.start, m.end, None, 0.0, reason)
    return result


# A town abroad this far (km) from the article's theatre, and this small, needs its country named in the text:
# "knocked the Russian occupiers out of Tychy" (a misspelt Tykhe) names no Polish city.
UNEXPLAINED_ABROAD_KM = 1000.0
UNEXPLAINED_ABROAD_POPULATION = 500_000


# ... unless its sentence tells of diplomacy, what far-off towns are named for in war reporting: "a meeting
# between Trump and Putin in Anchorage, Alaska", "Nato leaders are in The Hague for an alliance summit".
DIPLOMACY = re.compile(
    r"\b(?:summit|talks|meetings?|met|meet|meets|visit\w*|conference|court|tribunal|negotiat\w*|embass\w*"
    r"|forum|leaders|president|minister|envoy|diplomat\w*|hosted|hosts)\b",
    re.IGNORECASE,
)


# A world city of this many people abroad, named where its sentence is about the world stage, is that city
# and not a village of the front that bears its name: "Zelensky, currently in New York for the UN General
# Assembly" is no Niu-York of Donetsk Oblast.
WORLD_CITY_POPULATION = 1_000_000
WORLD_STAGE = re.compile(
    r"\b(?:UN|United Nations|General Assembly|summit|conference|embassy|consulate|forum|stock exchange"
    r"|(?:on a |on an |during a |during his |during her )?(?:visit|trip|tour)|speech|headquarters of the)\b"
)


def _world_cities_of_the_world_stage(
    mentions: list[Mention], gaz: Gazetteer, ctx: ArticleContext
) -> list[Mention]:
    """The mentions, with a village or town of the war's countries read as the world city abroad that bears
    its name when its sentence is about the world stage (WORLD_STAGE)."""
    result = []
    for m in mentions:
        if (
            m.place is not None
            and m.place.kind in ("town", "village")
            and m.place.country in WAR_COUNTRIES
            and WORLD_STAGE.search(ctx.text, *ctx.sentence_span(m.start))
        ):
            world = [
                c
                for c in gaz.candidates(key(m.text))
                if c.kind == "city"
                and c.country not in WAR_COUNTRIES
                and c.population >= WORLD_CITY_POPULATION
            ]
            if len(world) == 1:
                reason = f"{world[0].name}, the world city: its sentence is about the world stage"
                m = Mention(m.text, m.start, m.end, world[0], m.score, reason)
        result.append(m)
    return result


def _without_unexplained_towns_abroad(mentions: list[Mention], ctx: ArticleContext) -> list[Mention]:
    """The mentions, with a town outside the war's countries left unresolved when it lies far from the
    article's theatre, is no big city, its sentence tells of no diplomacy, and the text names neither its
    country nor another place of it."""
    places_of: dict[str, set[str]] = {}
    for m in mentions:
        if m.place is not None:
            places_of.setdefault(m.place.country, set()).add(m.place.id)
    result = []
    for m in mentions:
        if (
            m.place is not None
            and m.place.kind in POPULATED
            and m.place.country not in WAR_COUNTRIES
            and m.place.population < UNEXPLAINED_ABROAD_POPULATION
            and len(places_of[m.place.country]) == 1
            and ctx.km_from_theatre(m.place) >= UNEXPLAINED_ABROAD_KM
            and not DIPLOMACY.search(ctx.text, *ctx.sentence_span(m.start))
        ):
            reason = f"{m.place.name} is abroad, far from the article's places, with nothing of its country"
            m = Mention(m.text, m.start, m.end, None, 0.0, reason)
        result.append(m)
    return result


# The text says itself that a name is ambiguous: "There are several settlements in the region called
# Leninskoye, but the ministry did not specify which one was captured" (group 1: the name).
SAID_AMBIGUOUS = re.compile(
    r"\b(?:several|many|multiple|two|three|four|numerous)\s+(?:settlements|villages|places|towns|localities)"
    r"(?:\s+(?:in|of|across)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:called|named)\s+"
    r"[\"“]?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _unless_said_to_be_ambiguous(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with every mention of a name the text says several places bear left unresolved:
    the reporter could not tell which, and a pin at one of them would claim to know."""
    ambiguous = {key(found.group(1)) for found in SAID_AMBIGUOUS.finditer(text)}
    if not ambiguous:
        return mentions
    reason = "the text says several places bear this name and does not say which"
    return [
        Mention(m.text, m.start, m.end, None, 0.0, reason)
        if m.place is not None and m.place.kind in POPULATED and key(m.text) in ambiguous
        else m
        for m in mentions
    ]


# An oblast's capital written after a town of that oblast and "in": the oblast ("the Russian-occupied
# city of Kadiivka in Luhansk"), when the town lies this far (km) from the capital, out of its quarters.
CAPITAL_AS_OBLAST_KM = 20.0
IN_GAP = re.compile(r"\s+in\s+(?:the\s+)?")


def _capitals_as_their_oblasts(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions with a capital that stands for its oblast after a town of it ("Kadiivka in Luhansk")
    read as the oblast, so that the town's event is not also drawn at the capital 50 km away."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, before = out[i], out[i - 1]
        capital, town = m.place, before.place
        if (
            capital is None
            or town is None
            or capital.kind != "city"
            or capital.admin1 != f"{capital.name} Oblast"
            or town.admin1 != capital.admin1
            or town.kind not in ("town", "village", "city")
            or IN_GAP.fullmatch(text, before.end, m.start) is None
            or text.startswith((" city", " region", " oblast", " Oblast", " Region", "'s", "’s"), m.end)
            or km_apart(town, capital) < CAPITAL_AS_OBLAST_KM
        ):
            continue
        if (oblast := _oblast_named(gaz.candidates(key(capital.admin1)))) is not None:
            reason = f"{capital.admin1}, named by its capital after {town.name}, a town of it"
            out[i] = Mention(m.text, m.start, m.end, oblast, m.score, reason)
    return out


# The capitals of Russia's border oblasts, whose names the press writes for the ground fought over in them.
BORDER_CAPITALS = frozenset({"Kursk", "Belgorod", "Bryansk"})
# Words before such a name that make it ground, not the city: "an incursion into Kursk", "Ukrainian
# positions in Kursk", "advanced into the Russian territory of Kursk", "to eject them from Kursk".
GROUND_BEFORE = re.compile(
    r"(?:\b(?:incursions?|offensives?|operations?|invasion|forays?|raids?|counteroffensives?|counterattacks?)"
    r"\s+(?:in|into|inside)"
    r"|\b(?:ground\s+)?attacks?\s+(?:deep\s+)?(?:inside|into)"
    r"|\b(?:territory|soil|land|parts?|swaths?|chunks?|villages|settlements)\s+of"
    r"|\b(?:forces|troops|soldiers|units|positions|foothold|presence|pockets?|salient|bridgehead|military\s+activity"
    r"|fighting|battles?|control|ground|defen[cs]es?)\s+(?:in|inside)"
    r"|\b(?:advanced|advancing|pushed|pushing|crossed|broke|burst|bursting|stormed|moved|marched|swept)\s+into"
    r"|\b(?:eject|expel|expulsion|oust|drive|driving|drove|push|pushing|pushed|clear|clearing|cleared|dislodg)\w*"
    r"\s+(?:[\w-]+\s+){0,4}?(?:from|out\s+of))"
    r"\s+(?:(?:Russia['’]s|the\s+Russian|Russian)\s+(?:(?:region|territory|border\s+region)\s+of\s+)?)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _border_capitals_as_ground(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions of Kursk, Belgorod or Bryansk written for their oblast as the ground fought over
    ("Ukraine launched a cross-border incursion into Kursk", "Ukrainian positions in Kursk have been
    crumbling") read as the oblast: the incursion was 100 km from the city, and a pin on it would put
    the front there. "The city of Kursk", "drones over Kursk" and "Kursk's governor" stay the city."""
    out = list(mentions)
    for i, m in enumerate(out):
        place = m.place
        if (
            place is None
            or place.kind != "city"
            or place.name not in BORDER_CAPITALS
            or text.startswith((" city", " City", "'s", "’s"), m.end)
            or m.direction  # "the advance of Russian troops in the Kursk direction": a sector
            or not GROUND_BEFORE.search(text, max(0, m.start - 80), m.start)
        ):
            continue
        if (oblast := _oblast_named(gaz.candidates(key(place.admin1)))) is not None:
            reason = f"{place.admin1}, the ground fought over, named by its capital"
            out[i] = Mention(m.text, m.start, m.end, oblast, m.score, reason)
    return out


def _far_off(place: Place, ctx: ArticleContext) -> bool:
    """Whether a populated place lies FAR_VILLAGE_KM or more from the article's theatre."""
    return place.kind in ("city", "town", "village") and ctx.km_from_theatre(place) >= FAR_VILLAGE_KM


# The word after a city's district, and what stands between the district and its city: "the Dniprovskyi
# district of Kherson", "Kyivskyi district of the city of Kharkiv".
_CITY_DISTRICT_WORD = r"\s+(?:city\s+)?(?:district|raion|neighbou?rhood|microdistrict)"
DISTRICT_WORD = re.compile(rf"{_CITY_DISTRICT_WORD}s?\b", re.IGNORECASE)
CITY_DISTRICT_OF = re.compile(
    rf"(?:{_CITY_DISTRICT_WORD}s?)?\s+(?:of|in)\s+(?:the\s+city\s+of\s+)?", re.IGNORECASE
)
# A city's districts named right after it: "three strikes on Kharkiv – two in Shevchenkivskyi district, one
# in Kyivskyi district"; how far (characters) from the city, and how far (km) a namesake must lie to give
# way (Poltava's Shevchenkivskyi and Kyivskyi districts are 130 km from Kharkiv).
CITY_THEN_DISTRICT_CHARS = 60
# "... district of the city": the city named before it in its sentence, this far back at most.
OF_THE_CITY = re.compile(rf"(?:{_CITY_DISTRICT_WORD})?\s+of\s+the\s+city\b", re.IGNORECASE)
# "a fire in the city's Kyivskyi district"
THE_CITYS = re.compile(r"\bthe\s+city['’]s\s+(?:the\s+)?$", re.IGNORECASE)
# A district's short name with its noun: "Kyiv district" (group 1: the name).
SHORT_DISTRICT = re.compile(r"([\w'’-]+)\s+(?i:district|raion)")
CITY_BEFORE_ITS_DISTRICT_CHARS = 150
CITY_DISTRICT_FAR_KM = 40.0
# A town this big has a raion named after it: "the Izmail district of Odesa" is Izmail's raion.
RAION_SEAT_POPULATION = 10_000
FAR_SEAT_KM = 250.0  # a raion's seat this far from the one big city an article names is no raion of it
# In a list of a city's districts, an item placed farther than this from the city is the city's district.
CITY_DISTRICT_NEAR_KM = 10.0
DISTRICT_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+")
CITY_DISTRICT_POPULATION = 200_000
# ... "– two in", ", one in the": the strikes on the city, counted by its districts
CITY_PARTS_IN = re.compile(r"[,–—-]\s*(?:\w+\s+){0,2}in\s+(?:the\s+)?$")
CITY_DISTRICT_ADJECTIVE = re.compile(r"s['’]?k(?:yi|iy|ii|y|i)(?:\s+(?:city\s+)?district)?$", re.IGNORECASE)


def _city_just_before(text: str, mentions: list[Mention], i: int) -> Mention | None:
    """The last city named before mentions[i] in its sentence, within CITY_BEFORE_ITS_DISTRICT_CHARS."""
    a = mentions[i]
    return next(
        (
            c
            for c in reversed(mentions[:i])
            if c.place is not None
            and c.place.kind == "city"
            and a.start - c.end <= CITY_BEFORE_ITS_DISTRICT_CHARS
            and "." not in text[c.end : a.start]
        ),
        None,
    )


def _city_of_a_district_before(text: str, mentions: list[Mention], i: int, gaz: Gazetteer) -> Place | None:
    """The city of the last district of the table named before mentions[i] in its sentence, or None."""
    for c in reversed(mentions[:i]):
        if "." in text[c.end : mentions[i].start]:
            return None
        if c.place is not None and (city_id := city_id_of(c.place)) is not None:
            return gaz.get(city_id)
    return None


def _as_city_districts(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Each district named "of" a city is in that city: "the Dniprovskyi district of Kherson" is no Kyiv
    district of the name, "the Shevchenkivskyi district of Kharkiv" no village Shevchenko."""
    if not any(word in text for word in ("istrict", "aion", "eighbo")):
        return mentions  # most texts name no district of a city
    result = list(mentions)
    for i, (a, b) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if (
            b.place is not None
            and (
                b.place.kind == "city"
                # "the Novy district of Chasiv Yar": a town's quarter, not the village Novyi 90 km off
                or (
                    b.place.kind == "town"
                    and (a.place is None or km_apart(a.place, b.place) > CITY_DISTRICT_FAR_KM)
                )
            )
            and _names_a_district(text, a)
            and CITY_DISTRICT_OF.fullmatch(text, a.end, b.start)
        ):
            if _raion_of_russian_oblast(a, b) or _raion_of_a_town_of_the_oblast(a, b):
                # ... and the city stands for its oblast
                if (oblast := _oblast_named(gaz.candidates(key(b.place.admin1)))) is not None:
                    reason = "its oblast, as a raion of it named before says"
                    result[i + 1] = Mention(b.text, b.start, b.end, oblast, b.score, reason)
                continue
            result[i] = _district_of(a, b)
            # "the Petrovsky, Kuibyshevsky, Kievsky and Kirovsky districts of Donetsk": the list's other items
            j = i
            while (
                j > 0
                and CITY_DISTRICT_ADJECTIVE.search(mentions[j - 1].text)
                and DISTRICT_LIST_GAP.fullmatch(text, mentions[j - 1].end, mentions[j].start)
            ):
                j -= 1
                item = mentions[j]
                if item.place is None or km_apart(item.place, b.place) > CITY_DISTRICT_NEAR_KM:
                    result[j] = _district_of(item, b)
    for i, a in enumerate(result):
        if a.place is not None and a.place.id.startswith(RAION_PREFIX):
            continue  # "the Synelnykivskyi district" in a report on Kharkiv: a raion by its full name
        if (
            i > 0
            and (city := result[i - 1].place) is not None
            and _city_of_districts(city)
            and text[result[i - 1].end : a.start] == ", "
            and not result[i - 1].reason.startswith(("a district of ", "the district of "))
            and _names_a_district(text, a)
            and (a.place is None or _oblast_of(a.place) != city.admin1)
        ):
            # "03:49, Kharkiv, Kyiv district. An open area.": a monitor's line names the city, then its
            # district (Kyivskyi, by its noun), not Kyiv Oblast (but "Kharkiv, Bohodukhiv districts" are
            # two raions: a district named after a place of the city's own oblast is that place's)
            result[i] = _district_of(a, result[i - 1])
            continue
        the_citys = THE_CITYS.search(text, max(0, a.start - 12), a.start) is not None
        if the_citys and (short := SHORT_DISTRICT.fullmatch(a.text)):
            # "a residential building in the city's Kyiv district" of Kharkiv: its Kyivskyi, not Kyiv Oblast
            # (or the city of a district named before it: "... in the Saltivskyi district and a residential
            # building in the city's Kyiv district")
            city = _city_just_before(text, result, i)
            seat = city.place if city is not None else _city_of_a_district_before(text, result, i, gaz)
            if seat is not None and (place := district_in_short(seat, short.group(1))) is not None:
                result[i] = Mention(a.text, a.start, a.end, place, a.score, f"a district of {seat.name}")
                continue
        # ("the Shevchenkiv district of the city": its adjective cut short)
        stem = a.text.endswith(STEM_ENDINGS)
        if not ((CITY_DISTRICT_ADJECTIVE.search(a.text) or stem) and _names_a_district(text, a)):
            continue
        if OF_THE_CITY.match(text, a.end) or the_citys:
            # "in Kharkiv, a drone hit a forest belt in the Shevchenkivskyi district of the city", "a missile
            # struck the center of Kharkiv, causing a fire in the city's Kyivskyi district"
            city = _city_just_before(text, result, i)
            if city is not None:
                result[i] = _district_of(a, city)
                continue
        if stem:
            continue  # ("Polohiv district" of a region: the raion, by its seat)
        city = next(
            (
                c
                for c in reversed(result[:i])
                if c.place is not None
                and _city_of_districts(c.place)
                and a.start - c.end <= CITY_THEN_DISTRICT_CHARS
                and "." not in text[c.end : a.start]
                and CITY_PARTS_IN.search(text, c.end, a.start)
            ),
            None,
        )
        if city is not None and (a.place is None or km_apart(a.place, city.place) > CITY_DISTRICT_FAR_KM):
            result[i] = _district_of(a, city)
            continue
        # the only big city the article has named: "Russian invaders struck Kharkiv with two drones. One of
        # them hit a house in the Shevchenkivskyi district" is Kharkiv's district, not Poltava's 130 km off
        # (a name with no pick stays unresolved: "the Pokrovskyi district" by Donetsk is the oblast's raion;
        # and "the Korenevsky district", read by its adjective, is the oblast's raion, not a city's part)
        # (but a raion's seat is a town or a large village: "the Slobidskyi district" in an article on
        # Kharkiv is no raion of a Slobidka of 500 people in Poltava oblast)
        if a.place is None:
            continue
        # (or, when the article names several, the one its paragraph names last: "Russian forces also
        # attacked Kharkiv with drones ... One drone hit near a high-rise building in the Shevchenkivsky
        # district", in a report on the Dnipropetrovsk region)
        paragraph = text.rfind("\n", 0, a.start) + 1
        # (not the capital a news agency files from: "Kyiv • UNN ... the Shevchenkivskyi district" of Kharkiv)
        # (nor a capital that stands for its government: "the governor of Crimea appointed by Moscow ...
        # from the Kirovsky District" is Crimea's raion, no quarter of Moscow)
        before = [
            m for m in result[:i] if not _dateline_capital(m, text) and not as_government(m.text, text, m.end)
        ]
        city_place = _the_only_big_city(before) or _the_only_big_city(
            [m for m in before if m.start >= paragraph][-1:]
        )
        if (
            city_place is not None
            and a.place.id != city_place.id
            and (district := district_of_city(city_place, a.text)) is not city_place
        ):
            # "In Kryvyi Rih, a missile hit the Saksahanskyi district": the city's own district, not the
            # village Saksahan whose adjective it shares
            reason = f"a district of {city_place.name}"
            result[i] = Mention(a.text, a.start, a.end, district, a.score or 0.6, reason)
            continue
        if (
            a.reason.startswith(("a district of ", "the district of "))
            and a.place.population >= SEAT_VILLAGE
            # (but not a seat in another oblast hundreds of km off: "a gas pipe in the Podilskyi district was
            # also damaged" in a report on Kyiv is Kyiv's Podilskyi, not Podilsk's raion in Odesa Oblast)
            and not (
                city_place is not None
                and a.place.admin1 != city_place.admin1
                and km_apart(a.place, city_place) > FAR_SEAT_KM
                and not in_war_zone(a.place)
            )
        ):
            continue
        if (
            city_place is not None
            and a.place.admin1 != city_place.admin1
            and km_apart(a.place, city_place) > CITY_DISTRICT_FAR_KM
            # (not a raion's adjective beside a city whose quarters the table knows, none of them this one:
            # "In Kherson, a power plant was destroyed. Fires blazed across the Synelnykivskyi district")
            and not (has_districts(city_place) and a.reason.startswith("the district of "))
        ):
            # (a district the table holds was placed above: this one stays at its city)
            reason = f"a district of {city_place.name}"
            result[i] = Mention(a.text, a.start, a.end, city_place, a.score or 0.6, reason)
    # one sense: "the city's Kyivskyi district ... the strike hit the Kyivskyi district" is Kharkiv's both
    # times
    cities: dict[str, tuple[Place, str]] = {}  # (the district's place, or its city's; the reason)
    for i, m in enumerate(result):
        name = m.text.lower().removesuffix(" district")
        if m.place is not None and m.reason.startswith("a district of "):
            cities.setdefault(name, (m.place, m.reason))
        elif (named := cities.get(name)) is not None and (
            m.place is None or km_apart(m.place, named[0]) > CITY_DISTRICT_FAR_KM
        ):
            result[i] = Mention(m.text, m.start, m.end, named[0], m.score, named[1])
    return _districts_named_again(text, _districts_the_data_lack(text, result))


# A word before "district(s)", perhaps in a list of them: "the Industrialnyi and Slobidskyi districts of
# Kharkiv", "Kherson's Korabelnyi district" (group 1: the word) ...
DISTRICT_NAME_WORD = re.compile(
    r"\b([A-Z][\w'’-]+)(?=(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’-]+)*\s+(?i:city\s+)?(?i:districts?)\b)"
)
# ... the rest of the list and "district(s) of", before the city's name ...
DISTRICTS_OF_CITY_AFTER = re.compile(
    r"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’-]+)*\s+(?i:city\s+)?(?i:districts?\s+(?:of|in)\s+)"
    r"(?:the\s+city\s+of\s+)?"
)
# ... or the city's name in the possessive before it: "in Kherson's Korabelnyi district".
CITYS_BEFORE = re.compile(r"['’]s\s+(?:the\s+)?$")


# A name and "district" as one mention: "the Dnipro district".
NAME_AND_DISTRICT = re.compile(r"([A-Z][\w'’-]+)\s+(?i:district)")
# How far around such a mention (characters) the oblast of the capital it reads as may be named: then it
# is that capital's raion after all ("In the Dnipropetrovsk region, the Dnipro district came under attack").
OBLAST_AROUND_CHARS = 200


def _districts_named_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """A city district the article has named, named again in short: "the Dniprovskyi district of Kherson
    ... A guided aerial bomb hit a high-rise building in the Dnipro district" (not the raion of Dnipro)."""
    districts = [m for m in mentions if m.place is not None and city_id_of(m.place) is not None]
    cities = [m for m in mentions if m.place is not None and has_districts(m.place)]
    if not districts and len(cities) < 2:
        return mentions  # most articles name no city district, nor two cities of them
    result = list(mentions)
    for i, m in enumerate(result):
        named = NAME_AND_DISTRICT.fullmatch(m.text)
        if named is None or (m.place is not None and city_id_of(m.place) is not None):
            continue
        before = [d for d in districts if d.end <= m.start and names_district(d.place, named.group(1))]
        if before:
            place = before[-1].place
            result[i] = Mention(m.text, m.start, m.end, place, m.score, f"the {place.name} named before")
            continue
        # ... or of the one other city of districts named before it, where the name read as the raion
        # round an oblast's capital: "a woman from Kherson ... caught in shelling in the Dnipro district"
        others = {c.place.id: c.place for c in cities if c.end <= m.start and c.place != m.place}
        oblast_word = m.place.admin1.split()[0] if m.place is not None and m.place.admin1 else ""
        if (
            CAPITAL_DISTRICT in m.reason
            and len(others) == 1
            # (not where the capital's oblast is named around it: "the Dnipro district of Dnipropetrovsk")
            and oblast_word not in text[max(0, m.start - OBLAST_AROUND_CHARS) : m.end + OBLAST_AROUND_CHARS]
        ):
            city = next(iter(others.values()))
            if (place := district_in_short(city, named.group(1))) is not None:
                result[i] = Mention(m.text, m.start, m.end, place, m.score, f"a district of {city.name}")
    return result


def _districts_the_data_lack(text: str, mentions: list[Mention]) -> list[Mention]:
    """The districts of a city the table holds whose names no place of the gazetteer has ("the
    Industrialnyi district of Kharkiv", "Kherson's Korabelnyi district"), at their points: of the city
    named after them or before them in the possessive, or of the one big city the text has named so far.
    A name the gazetteer does hold is the city's district when the text says whose it is: "the
    Dniprovskyi and Korabelnyi districts of Kherson" is no district of Dnipro."""
    result = list(mentions)
    added = []
    for word in DISTRICT_NAME_WORD.finditer(text):
        held = next((i for i, m in enumerate(result) if m.start < word.end() and word.start() < m.end), None)
        if held is not None and (
            not _word_or_its_district(text, word, result[held])
            # (but a name left unresolved as another city's quarter may be this city's district: "In
            # Kherson ... a bus stop in the Dniprovsky district", the data's one Dniprovskyi being Kyiv's)
            or (result[held].place is None and not result[held].reason.startswith("a quarter of "))
            or (result[held].place is not None and city_id_of(result[held].place) is not None)
        ):
            continue
        after = DISTRICTS_OF_CITY_AFTER.match(text, word.end())
        city = next(
            (
                m.place
                for m in result
                if m.place is not None
                and (
                    (after is not None and m.start == after.end())
                    or (m.end <= word.start() and CITYS_BEFORE.fullmatch(text, m.end, word.start()))
                )
            ),
            None,
        )
        if city is None and (held is None or DISTRICT_ADJECTIVE.search(word.group())):
            # (a name the gazetteer holds as another city's quarter, "Kyivskyi" of Donetsk or Poltava, is
            # the one big city's district too: "In the Kyivskyi district, a drone hit a private home" of a
            # Kharkiv report)
            before = [m for m in result if m.end <= word.start()]
            city = _the_only_big_city(before, word.group())
            if (
                held is not None
                and city is not None
                and result[held].place is not None
                and km_apart(result[held].place, city) <= CITY_DISTRICT_FAR_KM
            ):
                city = None  # the place held lies in the city anyway
        if city is None or (place := district_of_city(city, word.group())) is city:
            continue
        start, end = (result[held].start, result[held].end) if held is not None else word.span()
        district = Mention(text[start:end], start, end, place, 0.6, f"a district of {city.name}")
        if held is None:
            added.append(district)
        else:
            result[held] = district
    return sorted(result + added, key=lambda m: m.start)


# A district's adjective: "Kyivskyi", "Osnovianskyi", "Saltovsky".
DISTRICT_ADJECTIVE = re.compile(r"(?:sk(?:yi|iy|ii|y)|ck(?:yi|iy))$")
# "district" right after its name, in one mention with it: "the Kyivskyi district".
DISTRICT_WORD_AFTER = re.compile(r"\s+(?i:city\s+)?(?i:districts?)")


def _word_or_its_district(text: str, word: re.Match[str], mention: Mention) -> bool:
    """Whether ``mention`` is the district's name ``word`` itself, or the name and its "district"."""
    if mention.start != word.start():
        return False
    return (
        mention.end == word.end() or DISTRICT_WORD_AFTER.fullmatch(text, word.end(), mention.end) is not None
    )


def _oblast_of(place: Place) -> str:
    """The oblast a place is, or lies in."""
    return place.name if place.kind == "region" else place.admin1


def _raion_of_a_town_of_the_oblast(district: Mention, city: Mention) -> bool:
    """Whether "the X district of <city>" names the raion of a town of the oblast the city heads, far from
    it: "Russia attacked the Izmail district of Odesa" is Izmail's raion of Odesa Oblast, not a quarter."""
    seat, capital = district.place, city.place
    if seat is not None and capital is not None and seat.id.startswith(RAION_PREFIX):
        return seat.admin1 == capital.admin1  # the raion by its full name ("the Izmail district")
    return (
        seat is not None
        and capital is not None
        and seat.kind in ("city", "town")
        and seat.population >= RAION_SEAT_POPULATION
        and seat.admin1 == capital.admin1
        and km_apart(seat, capital) > CITY_DISTRICT_FAR_KM
    )


def _raion_of_russian_oblast(district: Mention, city: Mention) -> bool:
    """Whether "the X district of <city>" names a raion of the Russian oblast the city heads, by its seat
    far from the city: "the Glushkovsky district of Kursk" is Glushkovo's, 120 km from Kursk."""
    seat, capital = district.place, city.place
    return (
        seat is not None
        and capital is not None
        and capital.country == "RU"
        and district.reason.startswith("the district of ")
        and seat.admin1 == capital.admin1
        and km_apart(seat, capital) > CITY_DISTRICT_FAR_KM
    )


def _the_only_big_city(mentions: list[Mention], district: str = "") -> Place | None:
    """The one Ukrainian city with districts (_city_of_districts) that ``mentions`` name as a city (not
    as a district of it), or None when they name none or several (or a Russian one: "the Sudzhansky
    district" by Kursk is a raion of the oblast, not a part of the city). Given a ``district``'s name,
    only the cities that have one of that name count (Kharkiv's Kyivskyi, in an article naming Kyiv
    too)."""
    big = {
        m.place.id: m.place
        for m in mentions
        if m.place is not None
        and _city_of_districts(m.place)
        # (nor as a quarter named by its district's adjective: "the Saltivskyi district" is Kharkiv's
        # Saltivka)
        and not m.reason.startswith(("a district of ", "the district of "))
        and (not district or district_of_city(m.place, district) is not m.place)
    }
    if len(big) != 1:
        return None
    city = next(iter(big.values()))
    # (Moscow's and St Petersburg's districts, and the Moscow region's round the city, are the city's:
    # "drone wreckage damaged warehouses in the Leninsky district" is no quarter of Donetsk)
    return city if city.country == "UA" or city.admin1 in FEDERAL_CITIES else None


FEDERAL_CITIES = frozenset({"Moscow City", "Saint Petersburg City"})


def _named_as_a_sector(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` names a sector of the front: "the Zaporizhzhia axis"."""
    word = WORD_AFTER.match(text, end)
    return word is not None and word.group(1) in DIRECTION_WORDS


def _city_of_districts(place: Place) -> bool:
    """Whether the place is a city reports name districts of: CITY_DISTRICT_POPULATION people or more, or
    one whose districts the table of city_districts holds (Kherson, at 66,000 in GeoNames' count)."""
    return place.kind == "city" and (place.population >= CITY_DISTRICT_POPULATION or has_districts(place))


def _names_a_district(text: str, mention: Mention) -> bool:
    """Whether the mention is a district's name: "Kyivskyi district", or "Kyivskyi" before "district(s)",
    or before the rest of a list of them ("the Kyivskyi and Saltivskyi districts"), or in a list after
    the word ("two districts of the city - Komunarskyi and Shevchenkivskyi")."""
    window = max(0, mention.start - DISTRICTS_LIST_REACH)
    return (
        mention.text.lower().endswith(("district", "raion"))
        or DISTRICT_WORD.match(text, mention.end) is not None
        or DISTRICTS_AFTER_LIST.match(text, mention.end) is not None
        or (
            "istricts" in text[window : mention.start]
            and DISTRICTS_LIST_BEFORE.search(text, window, mention.start) is not None
        )
    )


def _district_of(district: Mention, city: Mention) -> Mention:
    """The district's mention placed at its own point, or at its city when the table has none."""
    place = district_of_city(city.place, district.text)
    return Mention(
        district.text, district.start, district.end, place, city.score, f"a district of {city.place.name}"
    )


def _as_put_in(
    mentions: list[Mention], proposal_of: dict[int, Proposal], put_in: dict[str, tuple[Place, float, str]]
) -> list[Mention]:
    """Every mention of a name the text once put in an oblast that has a place of the name, as that
    place: "Kamianske", the city, in a list, is the Zaporizhzhia village the article later puts "in
    the southeastern Zaporizhzhia region" (an article means one place by one name)."""
    result = []
    for i, m in enumerate(mentions):
        p = proposal_of.get(i)
        if p is not None and m.place is not None and (pick := put_in.get(p.match.key)) is not None:
            cue = p.hint.split("'")[1] if p.hint.startswith("'") else ""
            if (
                m.place.id != pick[0].id
                and any(c.id == pick[0].id for c in p.candidates)
                # "distinct from the Ukrainian city of Zaporizhzhia": a town the text says is one
                and not (cue in TOWN_CUES and pick[0].kind == "village" and m.place.kind in ("city", "town"))
            ):
                m = replace(m, place=pick[0], score=pick[1], reason=pick[2])
        result.append(m)
    return result


# A sector named after a town no nearer the war zone than this (degrees, ~150 km) is named after another.
OFF_FRONT_DEG = 1.5


def _unless_off_the_front(mention: Mention) -> Mention:
    """A sector's mention, or its name unresolved when the only town of the name lies far from the war:
    "the Alexandrov and GulaiPolsk fronts" name sectors after Oleksandrivka and Huliaipole, not the
    Aleksandrov of Vladimir Oblast (a front is where the fighting is)."""
    place = mention.place
    if place is None or place.kind not in ("town", "village"):
        return mention
    if near_war_zone(place.lon, place.lat, OFF_FRONT_DEG):
        return mention
    where = place.admin1 or place.country
    reason = f"no place of this name on the front (the {place.name} of {where} is far off)"
    return Mention(mention.text, mention.start, mention.end, None, 0.0, reason, direction=True)


def _as_direction(mention: Mention) -> Mention:
    """The mention marked as the name of a front sector: the place it is named after, but no place
    where something happened ("In the Kramatorsk sector, ... near Chasiv Yar" is an event at Chasiv Yar)."""
    return replace(mention, direction=True, reason=f"{DIRECTION_REASON}; {mention.reason}")


def _in_company(mention: Mention, mentions: list[Mention], alone: list[int]) -> bool:
    """Whether a small place named with no cue lies within VILLAGE_NEAR_KM of another place of the
    article that stands on its own: "Nevske" beside Terny counts; "Peskov" 300 km from Kyiv, a
    village of that name in Rivne Oblast, is the Kremlin's spokesman. The place itself, named
    elsewhere with a cue ("near the village of Robotyne ... recaptured Robotyne"), counts too: an
    article means one place by one name."""
    place = mention.place
    if place is None:
        return True
    return any(
        m.place is not None
        and m.place.kind in POINT_KINDS
        and (
            m.place.id == place.id
            or haversine_km(place.lon, place.lat, m.place.lon, m.place.lat) <= VILLAGE_NEAR_KM
        )
        for i, m in enumerate(mentions)
        if i not in alone
    )


def _rivals(candidates: tuple[Place, ...], place: Place) -> list[Place]:
    """The namesakes that make a pick of ``place`` a guess. The peninsula's hamlets (in the data for the
    strikes on Crimea's airfields and depots) are no rivals of a village elsewhere: a Nevske of Luhansk
    Oblast is as sure as before the Crimean one was added."""
    return [
        c
        for c in candidates
        if c.id != place.id
        and not (c.admin1 in PENINSULA and c.population == 0 and place.admin1 not in PENINSULA)
    ]


def _no_rival_of_note(candidates: tuple[Place, ...], place: Place) -> bool:
    """Whether no namesake makes the pick of ``place`` a guess: it has none, or it is a known village
    (KNOWN_VILLAGE_POPULATION) and they are hamlets the data gives no population."""
    rivals = _rivals(candidates, place)
    return not rivals or (
        place.population >= KNOWN_VILLAGE_POPULATION and all(r.population == 0 for r in rivals)
    )


# A town of the front this big whose namesake towns all lie far from the war is the war's town of the
# name (degrees from the war zone; 3: about 230 km east or west).
WARS_TOWN_POPULATION = 10_000
WARS_TOWN_RIVAL_DEG = 3.0


def _the_wars_town(candidates: tuple[Place, ...], place: Place) -> bool:
    """Whether ``place`` is a town of WARS_TOWN_POPULATION or more in the war zone and every other town
    or city of its name lies far from the war: "Volchansk" and "Seversk" in Putin's list of fronts are
    Vovchansk and Siversk, not the towns of the Urals and Siberia that bear the Russian spelling."""
    return (
        place.kind in ("town", "city")
        and place.population >= WARS_TOWN_POPULATION
        and in_war_zone(place)
        and not any(
            c.id != place.id
            and c.kind in ("town", "city")
            and near_war_zone(c.lon, c.lat, WARS_TOWN_RIVAL_DEG)
            for c in candidates
        )
    )


def _guessed_village(p: Proposal, place: Place, score: float) -> bool:
    """Whether the pick is one of several small places of the name, or a town that barely beat its
    namesakes (Katerynivka, Luhansk Oblast, among 23): a guess worth checking."""
    if len(p.candidates) < 2 or place.kind not in ("village", "town"):
        return False
    if not _rivals(p.candidates, place):
        return False
    return (place.kind == "village" and place.population < GUESS_POPULATION) or score < GUESS_CONFIDENCE


# The endings of the keys of a land's vernacular name (Kharkivshchyna "harkivschina", Donechchyna
# "donechina"): the oblast, never the hamlet of that name, unless the text calls it a village.
VERNACULAR_REGION_ENDINGS = ("schina", "china")
# Places farther apart than this (km), each put in its own oblast by the text, are on different fronts.
OTHER_FRONT_KM = 150.0
# A place this far (km) from a village is no neighbour to judge it by (the capital of the other side).
NO_NEIGHBOUR_KM = 600.0
# ... nor is a city a sector of the front is named after, when named as the sector (the word after it one
# of DIRECTION_WORDS).
WORD_AFTER = re.compile(r"\s+(\w+)")
# A village, the only one of its name, this far (km) from the point of every oblast the text names and
# from the places its other sentences name, is no place of the story (a town that far is looked at again).
NAMED_OBLASTS_FAR_KM = 250.0
# A town this far read instead as a town one letter off in a named oblast: this many people at least in
# the town read, and a name this long at least.
FAR_TOWN_KM = 400.0
FAR_TOWN_TYPO_TOWN = 5_000
FAR_TOWN_TYPO_LETTERS = 6


# A place told as lying elsewhere on the front: ", a village further west along the 1,000-km front".
FURTHER_ALONG_THE_FRONT = re.compile(
    r",\s+an?\s+(?:village|settlement|town)\s+(?:further|farther)\s+(?:north|south|east|west)\w*\s+"
    r"along\s+the\s+"
    r"(?:[\d,]+-(?:km|kilometre|kilometer)\s+|extensive\s+|long\s+)?front",
    re.IGNORECASE,
)


def _unless_far_from_its_passage(
    mention: Mention,
    mentions: list[Mention],
    guesses: list[int],
    ctx: ArticleContext,
    candidates: tuple[Place, ...] = (),
) -> Mention:
    """The mention, or the same name unresolved when its village lies far from every place around it
    (or, of its other ``candidates``, the namesake close to two or more of its list-mates).

    GeoNames lacks many front-line hamlets: "near Stepove and Berdychi" after "north-west of
    Avdiivka" means a Stepove by Avdiivka, not the one by Mykolaiv that the gazetteer holds.
    Reporting the name as unresolved is better than a pin 500 km off. In a list of villages (two or
    more other places in its sentence) the village must lie within LIST_NEAR_KM of one of them.
    """
    place = mention.place
    sentence = ctx.sentence_of(mention.start)
    if _said_to_be_its_countrys(place, mention.start, ctx.text):
        return mention  # "at Ukraine's Chernobyl", in a story of Enerhodar
    if (
        ("further" in ctx.text or "farther" in ctx.text)  # most texts tell no place further along the front
        and in_war_zone(place)
        and any(
            FURTHER_ALONG_THE_FRONT.match(ctx.text, at.end())
            for at in re.finditer(re.escape(mention.text), ctx.text)
        )
    ):
        # "Stupochky, east of Kostiantynivka, as well as Otradne, a village further west along the front": the
        # text says it lies away from the places around it, on the front (at this mention or another)
        return mention
    if (
        ctx.published is not None
        and candidates
        and _the_wars_town(candidates, place)
        and on_front_then(place, ctx.published)
    ):
        # "Ukrainian troops are trying to push forward around Lyman" in a story of referendums elsewhere:
        # the war's town of the name, on the front of the article's day
        return mention
    if _by_a_river_of_its_sentence(mention, mentions, ctx):
        return mention  # "In the Prydniprovske sector, ... near Krynky": the Krynky on the Dnipro
    if _community_in_its_mates_oblast(mention, mentions, ctx):
        return mention
    around = [
        m
        for i, m in enumerate(mentions)
        if i not in guesses
        and m.place is not None
        and m.place.kind in POINT_KINDS
        and m.start != mention.start
        and abs(m.start - mention.start) <= SAME_PASSAGE_CHARS
        and not _metonym(m, ctx)
        and not _dateline_capital(m, ctx.text)  # where the reporter files from, not the story's place
        and not _written_for_its_oblast(m, ctx)  # "X and Y in Zaporizhzhia": the oblast, no neighbour
        # a namesake the text tells apart ("distinct from the city of Zaporizhzhia") is no neighbour
        and (key(m.text) != key(mention.text) or m.place.id == place.id)
    ]
    # a city hundreds of km off is no neighbour a village could be near ("captured Dachne ..., where
    # Moscow has been vying to gain a foothold"): whether the village is far is judged by the others
    named = ctx.named_oblasts()
    around = [
        m
        for m in around
        if (km := haversine_km(place.lon, place.lat, m.place.lon, m.place.lat)) <= NO_NEIGHBOUR_KM
        # (nor, for a village of an oblast the text names, is a capital far off, where a government sits:
        # "with Moscow having repeatedly rejected calls for a ceasefire", after "the village of Yablunivka,
        # around nine kilometers from the Russian border" in a story of the Sumy region)
        and not (m.place.name in CAPITALS and km > GUESS_NEAR_KM and place.admin1 in named)
    ]
    if not around or all(m.place.kind == "city" and _named_as_a_sector(ctx.text, m.end) for m in around):
        # (a sector named after a city spans a front: "On the Zaporizhzhia axis, ... cleared the village of
        # Ternuvate", 70 km east of the city, is judged by nothing else; a town's sector, "Varvarivka on the
        # Huliaipole axis", lies by the town)
        return mention
    if place.admin1 and ctx.region_qualifying(mention.end) == place.admin1:
        # "Dovhenke in the eastern Kharkiv region and Novomykolaivka in the northeastern Sumy region":
        # the text put it in its oblast; places it put in others, on another front, are no neighbours
        # to be near (but a place it put nowhere is: "took Novosadove. They attacked near Novoyegorovka
        # in the Kharkov region"; and so is one of the same front: "Novoyegorovka in the Kharkov region,
        # Ternov, Torskoye and Krasny Liman in the DPR")
        # (nor is a place its sentence names another oblast for: "two villages in the Donetsk
        # region—Stupochky and Otradne—as well as Loknya, a village in the Sumy region")
        # (a place the text put in another oblast at any of its mentions: "captured Stupochky and Otradne
        # in Donetsk region ... Loknya, a village ... in the Sumy region. ... It referred to Stupochky")
        put = {
            o.place.id: region
            for o in mentions
            if o.place is not None and (region := ctx.region_qualifying(o.end)) is not None
        }
        around = [
            m
            for m in around
            if (
                (ctx.region_qualifying(m.end) or put.get(m.place.id)) in (None, place.admin1)
                # (a place of another oblast, on another front, is no neighbour either: "took control of
                # Otradne, a village further west along the front [Donetsk Oblast], and announced the
                # capture of Loknya, a village inside the Russian border in Sumy region")
                and m.place.admin1 in ("", place.admin1)
            )
            or haversine_km(place.lon, place.lat, m.place.lon, m.place.lat) <= OTHER_FRONT_KM
        ]
        if not around:
            return mention
        if (
            ctx.published is not None
            and all(m.place.kind == "city" for m in around)
            and on_front_then(place, ctx.published)
        ):
            # "the village of Dachne in Dnipropetrovsk Oblast" in 2025: the oblast's Dachne on the line
            # fought over that day, however far a city named beside it (Dnipro, 140 km off)
            return mention
    listed = [
        m for m in around if ctx.sentence_of(m.start) == sentence and _same_part_of_list(m, mention, ctx)
    ]
    nearest = min((haversine_km(place.lon, place.lat, m.place.lon, m.place.lat) for m in around), default=0.0)
    if len(listed) >= 2:
        # in a list, close to a list-mate; or close to a place of the passage ("In the Lyman
        # direction ... near Terny, Bilohorivka and Krasna Hora": Terny lies by Lyman)
        limit = _list_reach([m.place for m in listed])
        if (
            nearest <= limit
            or min(haversine_km(place.lon, place.lat, m.place.lon, m.place.lat) for m in listed) <= limit
            or _between_list_mates(place, [m.place for m in listed])
        ):
            return mention
        if place.kind in ("town", "city") and nearest <= GUESS_NEAR_KM:
            return mention  # a town, listed with far-apart towns ("the Kupiansk, Chuhuiv and Bohodukhiv
            # districts"), is held to no closer list than when named alone
    elif nearest <= GUESS_NEAR_KM:
        return mention
    if len(listed) < 2 and (namesake := _namesake_by_its_near(mention, around, candidates, ctx.text)):
        return _namesake_mention(mention, *namesake)
    if len(listed) >= 2 and (namesake := _namesake_near(candidates, place, [m.place for m in listed])):
        return _namesake_mention(mention, *namesake)
    if len(listed) >= 2:
        towns = [
            c
            for c in candidates
            if c.kind in ("town", "city")
            and c.population >= CUED_TOWN_POPULATION
            and all(m.place.admin1 == c.admin1 and m.place.country == c.country for m in listed)
        ]
        if len(towns) == 1:
            # "suffering from shelling: Chuhuiv, Derhachi, Zolochiv, Lozova": the oblast's town of the
            # name, when its namesake village by the list lies too far
            reason = f"the town of {towns[0].admin1} its list of that oblast's places names"
            return Mention(mention.text, mention.start, mention.end, towns[0], 0.6, reason)
    if place.population > 0 and not any(
        c.population > 0 and c.admin1 == place.admin1 and c.id != place.id for c in candidates
    ):
        # the oblast's one counted place of the name (not a Novoiehorivka of 500 people, when the one by
        # the front is a hamlet GeoNames does not count), 40 km or more from the places around it:
        if place.population >= OBLAST_TOWN_POPULATION and place.admin1 in ctx.regions_in_sentence(
            mention.start
        ):
            # "In Donetsk Oblast, Russian attacks killed one person in Bila Hora ... and another in
            # Ocheretyne": a sizeable place of the oblast its sentence names
            return mention
        if place.admin1 in ctx.named_oblasts() and all(m.place.admin1 == place.admin1 for m in around):
            # "two more villages in Ukraine's Donetsk region ... the villages of Terny and Neskuchne":
            # the article's oblast, in which all around it lies too (an oblast is 200 km across)
            return mention
    if len(listed) < 2 and (kept := _by_the_articles_places(mention, mentions, guesses, ctx, candidates)):
        return kept
    if _among_agreeing_guesses(mention, mentions, guesses, listed, ctx):
        return mention
    mates = [m.place for m in listed]
    if listed and (front := _front_namesake_of_a_named_oblast(place, candidates, mates, ctx)):
        # "captured settlements in Ukraine's Donetsk and Sumy regions ... the villages of Stupochky, Otradne
        # and Loknya": a claim over two fronts, its last village on the front of the other oblast named
        reason = f"the {front.name} by the front of {front.admin1}, which the text names (its list: another)"
        return Mention(mention.text, mention.start, mention.end, front, 0.5, reason)
    return _too_far(mention, candidates, "named around it")


def _front_namesake_of_a_named_oblast(
    place: Place, candidates: tuple[Place, ...], mates: list[Place], ctx: ArticleContext
) -> Place | None:
    """The one place of the name on the front of ``place``'s oblast, when the text names that oblast and
    every list-mate lies in another oblast it names; else None."""
    named = ctx.named_oblasts()
    if ctx.published is None or place.admin1 not in named:
        return None
    if not all(m.admin1 in named and m.admin1 != place.admin1 for m in mates):
        return None
    front = [c for c in candidates if c.admin1 == place.admin1 and on_front_then(c, ctx.published)]
    return front[0] if len(front) == 1 else None


def _among_agreeing_guesses(
    mention: Mention, mentions: list[Mention], guesses: list[int], listed: list[Mention], ctx: ArticleContext
) -> bool:
    """Whether the village lies by two or more other guessed villages of its list, more than the sure
    places of the list it is far from: "(Uspenivka, Stepova Novoselivka, Zlahoda, Solodke, and
    Okhotnyche)" is a cluster by Huliaipole that one far Stepova Novoselivka, the only one the data
    holds, does not outweigh."""
    place = mention.place
    sentence = ctx.sentence_of(mention.start)
    mates = [
        m
        for j in guesses
        if (m := mentions[j]).place is not None
        and m.start != mention.start
        and m.place.id != place.id
        and ctx.sentence_of(m.start) == sentence
        and _same_part_of_list(m, mention, ctx)
        and haversine_km(place.lon, place.lat, m.place.lon, m.place.lat) <= LIST_NEAR_KM
    ]
    return len({m.place.id for m in mates}) >= max(LIST_AGREEING_MATES, len(listed) + 1)


# Guessed villages of one list that, lying close together, keep each other against sure places far off.
LIST_AGREEING_MATES = 2


def _by_the_articles_places(
    mention: Mention,
    mentions: list[Mention],
    guesses: list[int],
    ctx: ArticleContext,
    candidates: tuple[Place, ...],
) -> Mention | None:
    """The mention of a village far from its passage, not one of a list, kept or moved by the article's
    other places: kept within LIST_NEAR_KM of a place the lead (first paragraph) names with no guess
    ("successes in the direction of Novodanylivka to Verbove", paragraphs after the lead's Robotyne,
    however far the places of its own passage); else moved to the one namesake, of the oblast the text
    puts it in, within LIST_NEAR_KM of two of its sentence's and the article's sure places ("outside the
    settlements of Dovhenke and Dmytrivka", after Izium); else None."""
    place = mention.place
    sure = _sure_places(mention, mentions, guesses, ctx)
    lead_end = ctx.text.find("\n\n")
    lead = [m.place for m in sure if lead_end < 0 or m.start < lead_end]
    if any(haversine_km(place.lon, place.lat, o.lon, o.lat) <= LIST_NEAR_KM for o in lead):
        return mention
    sentence = ctx.sentence_of(mention.start)
    mates = [
        m
        for m in mentions
        if m.place is not None
        and m.place.kind in POINT_KINDS
        and ctx.sentence_of(m.start) == sentence
        and key(m.text) != key(mention.text)
        # "Zelenyi Hai and Dobropillia in Zaporizhzhia": a capital written for its oblast is no neighbour
        and not _written_for_its_oblast(m, ctx)
    ]
    # (of the oblast the text puts it in: "the villages of Spirne and Novooleksandrivka in Ukraine's eastern
    # Donetsk region" is no Novooleksandrivka of Luhansk Oblast by Spirne)
    qualifying = ctx.region_qualifying(mention.end)
    put = {qualifying} if qualifying else ctx.regions_in_sentence(mention.start)
    kept = tuple(c for c in candidates if not put or c.admin1 in put)
    points = list({p.id: p for p in [*(m.place for m in mates), *(m.place for m in sure)]}.values())
    needed = 2
    if (
        qualifying
        and len(mates) == 1
        and mates[0].place.admin1 == qualifying
        and _pair_of_one_list(mention, mates[0], ctx)
    ):
        # "captured Zelenyi Hai and Dobropillia in Zaporizhzhia": the pair's other village, in the oblast
        # the text puts both in, is the one place to be near
        needed = 1
    namesake = _namesake_near(kept, place, points, needed)
    if namesake is None or _namesake_near(
        tuple(c for c in kept if c.id != namesake[0].id), place, points, needed
    ):
        return None  # (of the many Novoselivkas of an oblast, two by the places named are no answer)
    return _namesake_mention(mention, *namesake)


# Between the two names of a pair: "Zelenyi Hai and Dobropillia", "Zelenyi Hai, Dobropillia".
PAIR_JOINT = re.compile(r"\s*(?:,|and|&)\s*(?:the\s+villages?\s+of\s+)?", re.IGNORECASE)


def _pair_of_one_list(mention: Mention, mate: Mention, ctx: ArticleContext) -> bool:
    """Whether the two names stand next to each other in one list ("X and Y"), nothing else between."""
    first, second = sorted((mention, mate), key=_start)
    return PAIR_JOINT.fullmatch(ctx.text, first.end, second.start) is not None


def _written_for_its_oblast(mention: Mention, ctx: ArticleContext) -> bool:
    """Whether the mention is a capital the text writes for its oblast ("Dobropillia in Zaporizhzhia")."""
    place = mention.place
    return place.kind == "city" and ctx.region_at(mention.start) == place.admin1


def _sure_places(
    mention: Mention, mentions: list[Mention], guesses: list[int], ctx: ArticleContext
) -> list[Mention]:
    """The mentions of the article's places, other than the name's own, resolved with no guess: no
    government, no dateline."""
    return [
        m
        for i, m in enumerate(mentions)
        if i not in guesses
        and m.place is not None
        and m.place.kind in POINT_KINDS
        and key(m.text) != key(mention.text)
        and not _metonym(m, ctx)
        and not _dateline_capital(m, ctx.text)
    ]


def _in_the_oblast_written_after(mention: Mention, ctx: ArticleContext) -> bool:
    """Whether the mention's place lies in the oblast the text writes after it ("X in the Donetsk
    region"): far from the places around it or not, it is where the text says."""
    place = mention.place
    return bool(place.admin1) and (
        ctx.region_qualifying(mention.end) or ctx.region_around(mention.end)
    ) == place.admin1


def _list_reach(mates: list[Place]) -> float:
    """How close (km) to a list-mate a village of the list must lie: LIST_NEAR_KM, or as far apart as the
    list's own places typically lie from each other, up to LIST_REACH_KM. "The communities of
    Bilopillia, Khotin, ..., Seredyna-Buda, Esman and Myropillia" span Sumy Oblast's border, their
    neighbours 50 km apart: Esman, 47 km from Seredyna-Buda, is one of them."""
    distinct = list({m.id: m for m in mates}.values())
    if len(distinct) < 2:
        return LIST_NEAR_KM
    # two places far apart make a weaker list than many: "Donetsk ... Lyman and Kreminna" is no Lyman of
    # Luhansk Oblast 62 km off, but "in Illinivka, ... in Vyshneve, and one in Avdiivka" is the Vyshneve
    # 37 km from Avdiivka
    reach = LIST_REACH_KM if len(distinct) >= LIST_SPREAD_MATES else LIST_PAIR_REACH_KM
    gaps = sorted(
        min(haversine_km(a.lon, a.lat, b.lon, b.lat) for b in distinct if b.id != a.id) for a in distinct
    )
    spread = gaps[len(gaps) // 2] * LIST_SPREAD_FACTOR
    return min(max(LIST_NEAR_KM, spread), reach)


def _between_list_mates(place: Place, mates: list[Place]) -> bool:
    """Whether the place lies on the way between two of its list-mates (see LIST_LINE_KM): a list along a
    front line names its places in a line, not a cluster."""
    distinct = list({m.id: m for m in mates if m.id != place.id}.values())
    for i, a in enumerate(distinct):
        to_a = km_apart(place, a)
        for b in distinct[i + 1 :]:
            apart = km_apart(a, b)
            if apart <= LIST_LINE_KM and to_a + km_apart(place, b) <= apart * LIST_LINE_DETOUR:
                return True
    return False


def _towns_of_a_list_of_towns(
    mentions: list[Mention], proposal_of: dict[int, Proposal], ctx: ArticleContext
) -> set[int]:
    """In a list of towns and cities, a name picked as a hamlet is its town of the name.

    "Among them are Sloviansk, Siversk, Soledar, Bakhmut, Vuhledar, Stepne, Nikopol and Ochakiv": the
    list names towns across the fronts, and its Nikopol is the city of 105,000 on the Dnipro, not the
    hamlet of 588 by Sloviansk that lies nearer the others. A list counts as one of towns when
    TOWN_LIST_MATES or more, and half or more, of its other items are towns or cities; the hamlet (fewer than
    HAMLET_POPULATION people) gives way to a namesake town of TOWN_OF_LIST_POPULATION or more. Returns
    the mentions moved.
    """
    by_sentence, _ = _picks_by_sentence(mentions, proposal_of, ctx)
    moved: set[int] = set()
    for members in by_sentence.values():
        if len(members) <= TOWN_LIST_MATES:
            continue
        for i in members:
            place = mentions[i].place
            if (
                place.kind != "village"
                or place.population >= HAMLET_POPULATION
                or proposal_of[i].hint
                # "two nearby villages, Bogoyavlenka and Katerynivka, and the small town of Girnyk"
                or "village" in ctx.text[max(0, mentions[i].start - VILLAGE_WORD_REACH) : mentions[i].start]
                or VILLAGE_APPOSITION.match(ctx.text, mentions[i].end)
            ):
                continue
            towns = sum(mentions[j].place.kind in ("town", "city") for j in members if j != i)
            if towns < TOWN_LIST_MATES or 2 * towns < len(members) - 1:
                continue  # (a list of villages with a few towns among them keeps its hamlets)
            bigger = [
                c
                # (the list's oblast, named after one of its towns, does not hold them all: "Cherkassy,
                # Zaporozhye and Novomoskovsk (Dnepropetrovsk region)")
                for c in proposal_of[i].unnarrowed or proposal_of[i].candidates
                if c.kind in ("town", "city")
                and c.population >= TOWN_OF_LIST_POPULATION
                and c.country == "UA"
            ]
            if len(bigger) == 1:
                m = mentions[i]
                reason = f"the town of this name: the list it is in names towns ({towns} of its other items)"
                mentions[i] = Mention(m.text, m.start, m.end, bigger[0], m.score, reason)
                moved.add(i)
    return moved


def _neighbouring(mentions: list[Mention], proposal_of: dict[int, Proposal], ctx: ArticleContext) -> None:
    """Move a village the text calls neighbouring to its namesake beside a place of the article.

    "Ukrainian troops liberated the neighboring Blahodatne village" after Neskuchne: of 22
    Blahodatnes, the one 2 km from Neskuchne, not the larger one 15 km from Vuhledar, which the
    article also names. The namesake must lie within CLOSE_KM of a place the article names, and nearer
    one than the pick does.
    """
    for i, p in proposal_of.items():
        m = mentions[i]
        if (
            m.place is None
            or m.place.kind not in ("town", "village")
            or len(p.candidates) < 2
            or not NEIGHBOURING_BEFORE.search(ctx.text, max(0, m.start - 40), m.start)
        ):
            continue
        others = [
            o.place
            for o in mentions
            if o.place is not None and o.place.kind in POINT_KINDS and key(o.text) != p.match.key
        ]
        if not others:
            continue
        now = min(km_apart(m.place, o) for o in others)
        km, near, place = min(
            (
                (km_apart(c, o), o.name, c)
                for c in p.candidates
                if c.kind in ("town", "village")
                for o in others
            ),
            key=lambda found: found[0],
        )
        if km <= CLOSE_KM and km < now and place.id != m.place.id:
            reason = f"the {place.name} {km:,.0f} km from {near}: the text calls it neighbouring"
            mentions[i] = Mention(m.text, m.start, m.end, place, m.score, reason)


def _paired_guesses(
    mentions: list[Mention], guesses: list[int], proposal_of: dict[int, Proposal], ctx: ArticleContext
) -> None:
    """Place two guessed villages of one list together, when both were left unresolved as too far.

    "An offensive outside the settlements of Dovhenke and Dmytrivka": each first pick lay far from
    the places of its passage. Of four Dovhenkes and 47 Dmytrivkas, the pair the report means lies
    within LIST_NEAR_KM of each other, and of the pairs that do, it is the one of least spread (the km
    between the two, and from each to the nearest place the article is sure of: Izium, named three
    paragraphs on). The pair is taken when it lies within GUESS_NEAR_KM of such a place and no other
    pair's spread comes within PAIR_MARGIN_KM of its own.
    """
    sure = _sure_points(mentions, guesses, ctx)
    if not sure:
        return
    for i, j in _listed_guess_pairs(mentions, guesses, proposal_of, ctx):
        if mentions[i].place is not None or mentions[j].place is not None:
            continue
        settled = [
            [c for c in proposal_of[k].candidates if c.kind in ("town", "village")] for k in (i, j)
        ]
        # each candidate's nearest place the article is sure of, measured once
        nearest = {c.id: min((km_apart(c, s), s.name) for s in sure) for c in (*settled[0], *settled[1])}
        pairs = []
        for a in settled[0]:
            for b in settled[1]:
                if abs(a.lat - b.lat) > LIST_NEAR_DEGREES or (apart := km_apart(a, b)) > LIST_NEAR_KM:
                    continue
                (to_a, near_a), (to_b, near_b) = nearest[a.id], nearest[b.id]
                # the pair's spread: how far apart the two lie, and each from the article's places
                spread = apart + to_a + to_b
                pairs.append((spread, min((to_a, near_a), (to_b, near_b)), a, b))
        pairs.sort(key=lambda pair: pair[0])
        if not pairs or pairs[0][1][0] > GUESS_NEAR_KM:
            continue
        if len(pairs) > 1 and pairs[1][0] - pairs[0][0] < PAIR_MARGIN_KM:
            continue  # two pairs as close to the article's places: nothing to choose by
        _, (km, near), a, b = pairs[0]
        _place_the_pair(mentions, (i, j), (a, b), f"the pair {km:,.0f} km from {near}, named in the article")


def _sure_points(mentions: list[Mention], guesses: list[int], ctx: ArticleContext) -> list[Place]:
    """The places of the mentions that are no guess: points named with no government behind them."""
    guessed = set(guesses)
    return [
        m.place
        for i, m in enumerate(mentions)
        if i not in guessed and m.place is not None and m.place.kind in POINT_KINDS and not _metonym(m, ctx)
    ]


def _listed_guess_pairs(
    mentions: list[Mention], guesses: list[int], proposal_of: dict[int, Proposal], ctx: ArticleContext
) -> Iterator[tuple[int, int]]:
    """Each two guessed names next to each other in one list of one sentence, of different names."""
    for i, j in zip(guesses, guesses[1:], strict=False):
        one, two = mentions[i], mentions[j]
        if (
            ctx.sentence_of(one.start) == ctx.sentence_of(two.start)
            and LIST_GAP.fullmatch(ctx.text, one.end, two.start)
            and proposal_of[i].match.key != proposal_of[j].match.key
        ):
            yield i, j


def _place_the_pair(
    mentions: list[Mention], indices: tuple[int, int], pair: tuple[Place, Place], why: str
) -> None:
    """Put the two list-mates at ``indices`` at the namesakes of ``pair``, saying why."""
    (i, j), (a, b) = indices, pair
    for k, place, mate in ((i, a, b), (j, b, a)):
        m = mentions[k]
        km = km_apart(place, mate)
        reason = f"the {place.name} {km:,.0f} km from the {mate.name} listed with it, {why}"
        mentions[k] = Mention(m.text, m.start, m.end, place, GUESS_CONFIDENCE, reason)


def _paired_by_the_front(
    mentions: list[Mention], guesses: list[int], proposal_of: dict[int, Proposal], ctx: ArticleContext
) -> None:
    """Place two guessed villages of one list at the one pair of their namesakes that lie together by a
    front of the article's day, when their picks lie apart (or were left unresolved).

    "Fierce battles go on in Uspenivka and Solodke" in November 2025: of six Uspenivkas and their
    Solodkes, the two 6 km apart on the Huliaipole front are meant, not an Uspenivka of Odesa Oblast.
    Only a pair no other pair matches (within FRONT_PAIR_KM, both by the day's front, in an oblast the
    sentence names if it names any, near a place of the war the article is sure of if it is sure of
    any) is taken.
    """
    # (and near a place of the war the article is sure of, when it is sure of any: a list of Kursk villages
    # the data lacks is no pair 100 km north of the Sudzha the article tells of; Odesa, where a spokesman
    # spoke, is no such place)
    sure = [place for place in _sure_points(mentions, guesses, ctx) if in_war_zone(place)]
    for i, j in _listed_guess_pairs(mentions, guesses, proposal_of, ctx):
        one, two = mentions[i], mentions[j]
        if one.place is not None and two.place is not None and km_apart(one.place, two.place) <= LIST_NEAR_KM:
            continue
        named = ctx.regions_in_sentence(one.start)
        fronts = [
            [
                c
                for c in proposal_of[k].candidates
                if c.kind == "village"
                and (not named or c.admin1 in named)
                and on_front_then(c, ctx.published)
            ]
            for k in (i, j)
        ]
        pairs = [
            (a, b)
            for a in fronts[0]
            for b in fronts[1]
            if km_apart(a, b) <= FRONT_PAIR_KM
            and (not sure or min(km_apart(a, s) for s in sure) <= GUESS_NEAR_KM)
        ]
        if len(pairs) != 1:
            continue  # none, or several to choose between
        _place_the_pair(mentions, (i, j), pairs[0], "both by the front of the article's day")


# Two list-mates' namesakes this close (km), both by the day's front, are the pair a list means.
FRONT_PAIR_KM = 12.0


def _namesake_near(
    candidates: tuple[Place, ...], picked: Place, points: list[Place], needed: int = 2
) -> tuple[Place, Place, float] | None:
    """Of a name's other populated candidates, the one within LIST_NEAR_KM of ``needed`` (two) or more of
    ``points`` (its list-mates), with the nearest of them and the distance: the namesake its list points
    to, when the pick was made on other grounds (size, the article's theatre) and lies far from the list."""
    best = None
    for c in candidates:
        if c.id == picked.id or c.kind not in ("town", "village"):
            continue
        near = sorted((haversine_km(c.lon, c.lat, p.lon, p.lat), p.id, p) for p in points)
        if (
            len(near) >= needed
            and near[needed - 1][0] <= LIST_NEAR_KM
            and (best is None or near[0][0] < best[2])
        ):
            best = (c, near[0][2], near[0][0])  # among its list, not beside one stray pick of it
    return best


# Between a village and the place it is said to be near: "the village of Cherkaske near the regional center
# of Dnipro" (the anchor's name starts where this ends).
NEAR_ANCHOR = re.compile(
    r"\s+(?:near|outside|close\s+to)\s+(?:the\s+)?(?:(?:regional|district|oblast)\s+(?:center|centre)\s+of\s+"
    r"|(?:city|town|village)\s+of\s+)?"
)


def _namesake_by_its_near(
    mention: Mention, around: list[Mention], candidates: tuple[Place, ...], text: str
) -> tuple[Place, Place, float] | None:
    """Of a name's other villages and towns, the one within GUESS_NEAR_KM of the place the text says it is
    near, right after it ("the village of Cherkaske near the regional center of Dnipro": the Cherkaske of
    Dnipropetrovsk Oblast, not Donetsk Oblast's, when that was the first pick and lies too far)."""
    near = NEAR_ANCHOR.match(text, mention.end)
    anchor = near and next((m.place for m in around if m.start == near.end()), None)
    if anchor is None:
        return None
    fits = sorted(
        (haversine_km(c.lon, c.lat, anchor.lon, anchor.lat), c.id, c)
        for c in candidates
        if c.kind in ("town", "village") and c.id != mention.place.id
    )
    if not fits or fits[0][0] > GUESS_NEAR_KM:
        return None
    return fits[0][2], anchor, fits[0][0]


def _namesake_mention(mention: Mention, place: Place, point: Place, km: float) -> Mention:
    """The mention placed at the namesake near ``point``, with its reason."""
    reason = f"the {place.name} {km:,.0f} km from {point.name}, named beside it (the first pick lay too far)"
    return Mention(mention.text, mention.start, mention.end, place, 0.5, reason)


# Between a place and the river or reservoir that says where it lies: "Kamianske on the Kakhovka
# reservoir", "Vovchansk on the Vovcha", "villages along the Oskil".
ON_THE_RIVER = re.compile(
    r"\s*,?\s+(?:on|by|along|at)\s+(?:the\s+)?(?:(?:left|right|east(?:ern)?|west(?:ern)?|north(?:ern)?"
    r"|south(?:ern)?)\s+(?:bank|shore)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def _on_the_river_after(text: str, mentions: list[Mention], proposal_of: dict[int, Proposal]) -> None:
    """Put a name said to lie on the river named right after it ("Kamianske on the Kakhovka reservoir")
    at its namesake within RIVER_NEAR_KM of the river's course (one in the war zone first, then the most
    populous), when the pick (or no pick) lies farther: not the city of Kamianske 90 km up the Dnipro."""
    for i, p in proposal_of.items():
        m = mentions[i]
        river = next((r.place for r in mentions[i + 1 : i + 2] if r.place and r.place.kind == "river"), None)
        if river is None or not ON_THE_RIVER.fullmatch(text, m.end, mentions[i + 1].start):
            continue
        if m.place is not None and km_from_course(m.place, river) <= RIVER_NEAR_KM:
            continue
        course_km = {c: km_from_course(c, river) for c in p.candidates if c.kind in POPULATED}
        by_it = {c: km for c, km in course_km.items() if km <= RIVER_NEAR_KM}
        if by_it:
            place = max(by_it, key=lambda c: (in_war_zone(c), c.population, -by_it[c]))
            reason = f"on the {river.name}, as the text says (of {len(p.candidates)} places of this name)"
            mentions[i] = Mention(m.text, m.start, m.end, place, 0.6, reason)


def _by_a_river_of_its_sentence(mention: Mention, mentions: list[Mention], ctx: ArticleContext) -> bool:
    """Whether the mention's place lies within RIVER_NEAR_KM of a river its sentence names, or within
    GUESS_NEAR_KM of the point of a curated part of a country it names ("the bridgeheads on the east
    bank of the Dnipro near Krynky": the left bank's Krynky)."""
    sentence = ctx.sentence_of(mention.start)
    return any(
        m.place is not None
        and ctx.sentence_of(m.start) == sentence
        and (
            (m.place.kind == "river" and km_from_course(mention.place, m.place) <= RIVER_NEAR_KM)
            or (
                m.place.kind == "region"
                and m.place.id.startswith(CURATED_REGION)
                and km_apart(mention.place, m.place) <= GUESS_NEAR_KM
            )
        )
        for m in mentions
    )


def _unless_far_from_its_list(
    mention: Mention, mentions: list[Mention], ctx: ArticleContext, candidates: tuple[Place, ...] = ()
) -> Mention:
    """The mention, or the same name unresolved when its village lies more than LISTED_NEAR_KM from
    every other place its sentence names (two or more of them, for a town or a big village).

    "In the areas of Paraskoviivka, Heorhiivka, Krasnohorivka and Vodiane" names villages a few km
    apart; a Heorhiivka 100 km off in Luhansk Oblast is a namesake, and a pin there is worse than none.
    """
    place = mention.place
    if place is None or _community_in_its_mates_oblast(mention, mentions, ctx):
        return mention
    mates = _list_mates(mention, mentions, ctx)
    if _community_of_another_oblast(mention, mates, ctx):
        # "the Yunakivka, Mykolaiv, Bilopillia, ... communities" of Sumy Oblast: not the city of Mykolaiv
        if namesake := _namesake_near(candidates, place, mates):
            return _namesake_mention(mention, *namesake)
        reason = f"no community of this name in {mates[0].admin1}, where the communities listed with it are"
        return Mention(mention.text, mention.start, mention.end, None, 0.0, reason)
    if (place.kind == "town" or place.population >= GUESS_POPULATION) and (
        len(mates) < 2
        or place.admin1 in ctx.named_oblasts()
        # the one town of its name in a list of towns across the fronts ("... Vuhledar, Nikopol and
        # Ochakiv"): far from the others as they are from each other
        or (
            place.kind == "town"
            and place.country == "UA"
            and place.population >= TOWN_OF_LIST_POPULATION
            and len(candidates) <= 1
            and (
                sum(m.kind in ("town", "city") for m in mates) >= TOWN_LIST_MATES
                # ... or the only place of its name at all, a town of 10,000 or more: no namesake to be
                # mistaken for ("positions in Vovchansk and ... in the Kramatorsk and Toretsk sectors")
                or len(candidates) == 1
            )
        )
    ):
        # towns and big villages are checked in lists only: "near Zhovte, Novotroitske and Mykolaivka";
        # Krasnopillia (7,800) is 75 km from Bilopillia, which its sentence names with it; and never in
        # the oblast the text names ("the Myropillia, Krasnopillia and Bilopillia hromadas" of Sumy
        # Oblast's border span 75 km)
        return mention
    if (
        place.kind == "city"
        and key(place.name) != key(mention.text)
        and len(mates) >= LIST_CLUSTER
        and (oblast := _oblast_of_most(mates)) is not None
        and oblast != place.admin1
        and min(haversine_km(place.lon, place.lat, m.lon, m.lat) for m in mates) > NAMED_OBLASTS_FAR_KM
    ):
        # "Mylove, Novovorontsovka, Lvov, and Odradokamyanka" in Kherson Oblast: the village Lvove the
        # Russian spelling stands for, not Lviv 700 km off under its Russian name
        reason = f"no place of this name near the places of {oblast} listed with it"
        return Mention(mention.text, mention.start, mention.end, None, 0.0, reason)
    if place.kind == "city" and (
        len(mates) < LIST_CLUSTER
        # "the Chop - Lviv - Kharkiv - Barvinkove route" (of the war's two countries: not Zaria in Nigeria)
        or (place.population >= NEVER_FAR_CITY_POPULATION and place.country in ("UA", "RU"))
        # ... or one called by its own name ("airports suspended in Ivanovo, Pskov, Yaroslavl, and Kaluga":
        # the regional capitals of a list spread over Russia, not namesakes of hamlets by the list's others)
        or (
            place.population >= OWN_NAME_CITY_POPULATION
            and place.country in ("UA", "RU")
            and key(place.name) == key(mention.text)
        )
        or _metonym(mention, ctx)
        # a list of cities ("flights to Istanbul, Tel Aviv and Dubai"), not of front villages
        or (
            place.population >= LISTED_BIG_CITY_POPULATION
            and all(m.population >= LISTED_CITY_MATES for m in mates)
        )
    ):
        return mention  # a city is checked only among three or more others, and never as a government
    if (
        place.kind == "village"
        and in_war_zone(place)
        and (len(candidates) == 1 or _no_rival_of_note(candidates, place))
        and any(m.country == place.country for m in mates)
    ):
        # the only village of its name, where the fighting has been: a monitor's day lists gains on
        # two fronts in one sentence ("advanced near Stelmakhivka, Hirnyk, in Kalynivka and Lysivka");
        # not across the border from all its list-mates ("Goncharovka and Oleshnya" in Kursk Oblast)
        return mention
    limit = LISTED_CITY_KM if place.kind == "city" else LISTED_NEAR_KM
    if not mates or min(haversine_km(place.lon, place.lat, o.lon, o.lat) for o in mates) <= limit:
        return mention
    if len(mates) >= 2 and (namesake := _namesake_near(candidates, place, mates)):
        return _namesake_mention(mention, *namesake)
    if _in_the_oblast_written_after(mention, ctx):
        # "the Shcherbinovka and Iskra settlements in Ukraine's eastern Donetsk region": the oblast the
        # text puts it in holds it, and no namesake lies nearer its list-mates
        return mention
    if place.admin1 and place.admin1 in ctx.regions_in_sentence(mention.start):
        # "advanced in the Donetsk region - in the areas of Yablunivka and Nadiivka": in the oblast its
        # sentence names, however far a list-mate lies ("In Donetsk Oblast, Russian attacks killed one
        # person in Bila Hora ... and another in Ocheretyne", 40 km apart)
        return mention
    if (
        len(mates) == 1
        and place.admin1 in ctx.named_oblasts()
        and mates[0].admin1 == place.admin1
        and sum(c.admin1 == place.admin1 for c in candidates) == 1
    ):
        # "captured the villages of Terny and Neskuchne" after "two more villages in Ukraine's Donetsk
        # region": a pair in the article's oblast, however far apart, each the oblast's one of its name
        return mention
    if (
        place.kind == "town"
        and place.population >= TOWN_OF_LIST_POPULATION
        and in_war_zone(place)
        and not any(c.kind in ("town", "city") for c in candidates if c.id != place.id)
    ) or _the_wars_town(candidates, place):
        # a town of the war, the one town of its name, in a claim that spans two fronts ("the capture of
        # Huliaipole, Myrnohrad, Artemivka, Rodynske, Vilne, and Stepnohirsk"): no namesake hamlet lies
        # near its list-mates, and the town is what the text means
        return mention
    return _too_far(mention, candidates, "listed with it")


def _oblast_of_most(places: list[Place]) -> str | None:
    """The oblast that holds four in five or more of ``places``, or None."""
    oblast, count = Counter(p.admin1 for p in places).most_common(1)[0]
    return oblast if oblast and count * 5 >= len(places) * 4 else None


def _too_far(mention: Mention, candidates: tuple[Place, ...], around: str) -> Mention:
    """The name unresolved, its best place lying too far from the places named ``around`` it; or the
    region of the name, when one is among its places: "fighters from Chechnya fought near Popasna" is
    no village of Donetsk Oblast 56 km from Popasna, but the Chechen Republic."""
    place = mention.place
    where = f"{place.name} in {place.admin1 or place.country}"
    if region := next((c for c in candidates if c.id.startswith("admin1:")), None):
        reason = f"the region (no place of this name near the places {around}: {where} is too far)"
        return Mention(mention.text, mention.start, mention.end, region, LISTED_REGION_SCORE, reason)
    reason = f"no place of this name near the places {around} (the best, {where}, is too far)"
    return Mention(mention.text, mention.start, mention.end, None, 0.0, reason)


def _community_in_its_mates_oblast(mention: Mention, mentions: list[Mention], ctx: ArticleContext) -> bool:
    """Whether the mention names a community in a list of communities, in the oblast of two or more
    of its list-mates: "the Sumy, ..., Hlukhiv, Druzhba and Esman communities" span Sumy Oblast, so
    Hlukhiv 130 km from Sumy is no namesake."""
    if not COMMUNITY_LIST_REST.match(ctx.text, mention.end):
        return False
    place = mention.place
    same = [
        m
        for m in _list_mates(mention, mentions, ctx)
        if m.admin1 == place.admin1 and m.country == place.country
    ]
    return len(same) >= 2


def _community_of_another_oblast(mention: Mention, mates: list[Place], ctx: ArticleContext) -> bool:
    """Whether the mention names a community in a list of communities whose other items (two or more)
    all lie in one other oblast, LISTED_FAR_KM or more away: a regional administration lists its own."""
    place = mention.place
    if len(mates) < 2:
        return False
    if not COMMUNITY_LIST_REST.match(ctx.text, mention.end) and not COMMUNITY_LIST_OPENED.search(
        ctx.text, max(ctx.sentence_span(mention.start)[0], mention.start - LIST_OPENED_REACH), mention.start
    ):
        return False
    oblasts = {m.admin1 for m in mates}
    return (
        len(oblasts) == 1
        and place.admin1 not in oblasts
        and min(haversine_km(place.lon, place.lat, m.lon, m.lat) for m in mates) > LISTED_FAR_KM
    )


def _start(mention: Mention) -> int:
    return mention.start


def _list_mates(mention: Mention, mentions: list[Mention], ctx: ArticleContext) -> list[Place]:
    """The other places of the resolved mention's sentence that belong to its list."""
    place = mention.place
    start, end = ctx.sentence_span(mention.start)
    # (the mentions are in text order: only the sentence's are looked at)
    first = bisect.bisect_left(mentions, start, key=_start)
    last = bisect.bisect_left(mentions, end, lo=first, key=_start)
    return [
        m.place
        for m in mentions[first:last]
        if m.place is not None
        and m.place.kind in POINT_KINDS
        and m.place.id != place.id
        # "Odesa ... visits to leaders in London, Paris and Berlin": the war's places list with their own
        and (m.place.country in WAR_COUNTRIES or place.country not in WAR_COUNTRIES)
        and _same_part_of_list(m, mention, ctx)
        and not _metonym(m, ctx)
        # "Budarky of Chuhuiv district": the seat of the mention's own district only says where it is
        and not (m.start > mention.start and AREA_NAMED.match(ctx.text, m.end))
        # "told a press briefing in Moscow that the army captured the Lobkovoye settlement": where a
        # speaker spoke, not a place of the list
        and not SPOKEN_IN.search(ctx.text, max(0, m.start - SPOKEN_IN_REACH), m.start)
    ]


def _unless_far_from_its_named_mate(
    mention: Mention, mentions: list[Mention], ctx: ArticleContext
) -> Mention:
    """The mention, or its name unresolved when its place (the only one of the name, in no oblast the text
    names) is LISTED_FAR_KM or more from the one other place of its list, which is in such an oblast:
    "liberated Melovoy, Podol and Sudzha" in a report on Kursk Oblast is no Milove of Luhansk Oblast,
    300 km off."""
    place = mention.place
    # "blocked in Kupyansk and Pokrovsk": a town the war is known for is no village in the wrong list
    if place is None or (place.kind in ("city", "town") and in_war_zone(place)):
        return mention
    mates = _list_mates(mention, mentions, ctx)
    if (
        len(mates) != 1
        or mates[0].admin1 not in ctx.named_oblasts()
        or haversine_km(place.lon, place.lat, mates[0].lon, mates[0].lat) < LISTED_FAR_KM
    ):
        return mention
    reason = (
        f"no place of this name near {mates[0].name}, listed with it (the only one, in "
        f"{place.admin1 or place.country}, is too far)"
    )
    return Mention(mention.text, mention.start, mention.end, None, 0.0, reason)


def _unless_far_from_the_named_oblasts(
    mention: Mention, mentions: list[Mention], ctx: ArticleContext, gaz: Gazetteer, p: Proposal
) -> Mention:
    """The mention; or, when its village lies NAMED_OBLASTS_FAR_KM or more from every oblast the text
    names and no place of another sentence lies near it, its namesake in a named oblast (the only one),
    else its name unresolved: "Ukraine's retreat near Lyubimovka and Novoivankovka" in a story of the
    Kursk region is no Novoivankivka of Zaporizhzhia Oblast, 400 km off, however near its list-mate's
    namesake there; its Lyubimovka is the Kursk region's."""
    place = mention.place
    if (
        place is None
        or place.kind not in ("village", "town")
        or _said_to_be_its_countrys(place, mention.start, ctx.text)
    ):
        return mention
    oblasts = [r for name in ctx.named_oblasts() for r in gaz.candidates(key(name)) if r.kind == "region"]
    if not oblasts:
        return mention
    nearest = min(haversine_km(place.lon, place.lat, r.lon, r.lat) for r in oblasts)
    if nearest < NAMED_OBLASTS_FAR_KM:
        return mention
    if place.kind == "town":
        if nearest < FAR_TOWN_KM:
            return mention  # ("Ukraine's port of Chornomorsk" in a story that names Crimea: near enough)
        # "the Gaivoron City District" in a Belgorod governor's report: Grayvoron of the named oblast, one
        # letter off, not Hayvoron of Kirovohrad Oblast, 600 km off (a town far off with no such namesake
        # stays: towns are named far from the front)
        misprint = _town_one_letter_off(key(mention.text), gaz, ctx.named_oblasts())
        if misprint is None or misprint.admin1 == place.admin1:
            return mention
        reason = f"spelled {misprint.name} in the gazetteer, in {misprint.admin1}, which the article names"
        return Mention(mention.text, mention.start, mention.end, misprint, 0.5, reason)
    sentence = ctx.sentence_of(mention.start)
    if any(
        m.place is not None
        and m.place.kind in POINT_KINDS
        and ctx.sentence_of(m.start) != sentence
        and haversine_km(place.lon, place.lat, m.place.lon, m.place.lat) <= GUESS_NEAR_KM
        for m in mentions
    ):
        return mention
    if _near_the_anchor_it_names(mention, mentions, ctx.text):
        return mention
    named = ctx.named_oblasts()
    inside = [c for c in p.candidates if c.kind in POPULATED and c.admin1 in named]
    if len(inside) == 1:
        reason = f"in {inside[0].admin1}, which the article names (its namesake in {place.admin1} is far)"
        return Mention(mention.text, mention.start, mention.end, inside[0], 0.5, reason)
    reason = (
        f"no place of this name near the oblasts the text names (the best, in {place.admin1}, is too far)"
    )
    return Mention(mention.text, mention.start, mention.end, None, 0.0, reason)


def _town_one_letter_off(name_key: str, gaz: Gazetteer, oblasts: Iterable[str]) -> Place | None:
    """The one town or city of ``oblasts`` (or place of FAR_TOWN_TYPO_TOWN people or more) whose key is one
    letter off the name's, the first kept: "gaivoron" for Grayvoron."""
    if len(name_key) < FAR_TOWN_TYPO_LETTERS:
        return None
    wanted = set(oblasts)
    found = {
        place.id: place
        for edit in keys_one_letter_off(name_key)
        for place in gaz.candidates(edit)
        if place.admin1 in wanted
        and (place.kind in ("city", "town") or place.population >= FAR_TOWN_TYPO_TOWN)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _near_the_anchor_it_names(mention: Mention, mentions: list[Mention], text: str) -> bool:
    """Whether a direction right after the mention names a place near its village: "seized the village
    of Ivanivske west of Bakhmut" in a story of strikes on Lviv is the Ivanivske by Bakhmut, however far
    from the oblasts the text names."""
    read = read_locator(text, mention.end)
    if read is None:
        return False
    at = read[0].end()
    return any(
        m.start == at
        and m.place is not None
        and m.place.kind in POINT_KINDS
        and km_apart(m.place, mention.place) <= GUESS_NEAR_KM
        for m in mentions
    )


def _unless_across_the_border(mention: Mention, mentions: list[Mention], ctx: ArticleContext) -> Mention:
    """The mention, or its name unresolved when its village, in an oblast the text never names, lies
    across the border from two or more of its list-mates, which are in oblasts the text does name:
    "the villages of Malinovka, Politodelsky and Severny, ... Bessonovka, Dolbino, Zhuravlevka" in a
    report on Belgorod Oblast are Belgorod's villages, not the Malynivka and Zhuravlivka of Kharkiv
    Oblast a few km across the border (the data lacks many of Russia's)."""
    place = mention.place
    named = ctx.named_oblasts()
    mates = [m for m in _list_mates(mention, mentions, ctx) if m.country != place.country]
    if len(mates) < 2 or not all(m.admin1 in named for m in mates):
        return mention
    if any(m.country == place.country and m.admin1 in named for m in _list_mates(mention, mentions, ctx)):
        return mention  # a list that crosses the border itself (its mates' namesakes there are suspects too)
    where = mates[0].admin1
    reason = f"no place of this name in {where}, where its list-mates are (the best: {place.admin1})"
    return Mention(mention.text, mention.start, mention.end, None, 0.0, reason)


def _metonym(mention: Mention, ctx: ArticleContext) -> bool:
    """Whether the mention names a government by its seat ("Kyiv's troops", "Moscow’s forces"): a
    place, but not where the places around it are, so no list-mate and no guide to a river's stretch."""
    return mention.place is not None and _as_government(ctx.text, mention.end, mention.place)


def _dateline_capital(mention: Mention, text: str) -> bool:
    """Whether the mention is a capital opening a line in capitals, or before a colon or a dash, a
    dateline ("KYIV: Russia was attacking Avdiivka"): where the reporter files from, no guide to the
    stretch of a river the story is about, nor a neighbour a village must be near."""
    return (
        mention.place is not None
        and mention.place.name in CAPITALS
        # ("Kyiv: Russian troops left the Chernobyl nuclear site": a dateline in title case, then a colon)
        # ("Kyiv • UNN": a news agency's dateline, the capital then a bullet)
        and (mention.text.isupper() or text.startswith((": ", " – ", " — ", " • ", " · "), mention.end))
        and (mention.start == 0 or text[mention.start - 1] == "\n")
    )


def _as_government(text: str, end: int, place: Place) -> bool:
    """Whether the capital named up to ``end`` stands for its government: "Kyiv's troops",
    "Moscow said" (:mod:`gazetteer.capitals`)."""
    return as_government(place.name, text, end)


def _only_one_in_its_region(mention: Mention, p: Proposal, ctx: ArticleContext) -> bool:
    """Whether the text puts a village of GUESS_POPULATION or more in an oblast where it is the only
    place of its name: "near Bakhmut, Klishchiivka and Marinka in the Donetsk region" spans the
    oblast's front, 70 km, and Marinka is the town of 9,000 there, not a namesake to drop. A list that
    goes region by region ("X, Y of the Sumy region and Z of the Kharkiv region") spans a whole border,
    and there any village the text puts in an oblast with no namesake of it there is kept."""
    place = mention.place
    if place is None or sum(c.admin1 == place.admin1 for c in p.candidates) != 1:
        return False
    regions = ctx.regions_in_sentence(mention.start)
    if len(regions) >= 2 and place.admin1 in regions:
        return (
            True  # "shelling in the Chernihiv and Sumy regions the areas of X, Sopych, ...": a border's span
        )
    return place.population >= GUESS_POPULATION and place.admin1 == ctx.region_qualifying(mention.end)


# Where a speaker spoke, right before a place: "told a press briefing in Moscow", "said in Kyiv".
SPOKEN_IN = re.compile(
    r"\b(?:briefings?|(?:news |press )?conferences?|meetings?|speech|address|interview|summit|reporters"
    r"|journalists|said|says|speaking|spoke)\s+in\s+$",
    re.IGNORECASE,
)
SPOKEN_IN_REACH = 30
# A name with a phrase of place of its own: "in the village of X".
OWN_LOCATIVE = re.compile(r"\b[Ii]n\s+the\s+(?:village|town|settlement|city)\s+of\s+$")


def _same_part_of_list(mate: Mention, mention: Mention, ctx: ArticleContext) -> bool:
    """Whether a sentence's other place belongs to the same list as the mention: not when the text
    puts the two in different oblasts ("near Novodonetskoye in the DPR and Priyutnoye in the
    Zaporozhye region", "near Nevske, Luhansk region and near Bakhmutske in the Donetsk region")."""
    if OWN_LOCATIVE.search(ctx.text, max(0, mention.start - 30), mention.start) and OWN_LOCATIVE.search(
        ctx.text, max(0, mate.start - 30), mate.start
    ):
        # "In the village of Kucherivka, occupiers damaged a house, and in the village of Orishanka, ...":
        # a round-up's items, each in its own phrase of place, may lie a district apart
        return False
    first, second = sorted((mention, mate), key=_start)
    gap = ctx.text[first.end : second.start]
    if (" and " in gap or " but " in gap or " while " in gap) and NEXT_CLAUSE.search(gap):
        # "were occupying Lukyantski and Hlyboke and had retaken Robotyne, in the southern Zaporizhzhia
        # region": a clause of its own, with a list of its own (300 km off)
        return False
    mine = ctx.region_qualifying(mention.end)
    if mine is None:
        return True
    theirs = ctx.region_qualifying(mate.end)
    return theirs is None or theirs == mine


def _as_kept_before(mentions: list[Mention], checked: dict[int, Mention], ctx: ArticleContext) -> None:
    """Give back a name the checks against its neighbours left unresolved when another mention of
    its place is in the oblast its own sentence names: one sense per article. "Priyutnoye in the
    Zaporozhye region" is Pryiutne; a later "near Priyutnoye", beside a namesake of another name, is
    still Pryiutne. (A pick the text did not place anywhere is no warrant.)"""
    dropped = {before.place.id for i, before in checked.items() if mentions[i].place is None}
    if not dropped:
        return
    placed = {
        m.place.id
        for m in mentions
        if m.place is not None
        and m.place.id in dropped
        and (
            m.place.admin1 == ctx.region_qualifying(m.end)
            or m.place.admin1 in ctx.regions_in_sentence(m.start)
        )
    }
    for i, before in checked.items():
        if mentions[i].place is None and before.place.id in placed:
            mentions[i] = replace(before, reason=f"{before.reason}; where the article places it elsewhere")


def _picks_by_sentence(
    mentions: list[Mention], proposal_of: dict[int, Proposal], ctx: ArticleContext
) -> tuple[dict[int, list[int]], set[int]]:
    """The mentions resolved to a populated place, by sentence (what a sentence lists), and the sentences
    that name a direction of the front (its sector): what the two list checks below read."""
    by_sentence: dict[int, list[int]] = {}
    directed: set[int] = set()
    for i, p in proposal_of.items():
        place = mentions[i].place
        sentence = ctx.sentence_of(mentions[i].start)
        if p.direction:
            directed.add(sentence)
        elif place is not None and place.kind in POPULATED:
            by_sentence.setdefault(sentence, []).append(i)
    return by_sentence, directed


def _fit_to_their_lists(
    mentions: list[Mention], proposal_of: dict[int, Proposal], ctx: ArticleContext
) -> None:
    """Move a town or village picked far from the places listed with it to a namesake among them.

    A list of front-line villages names places a few dozen km apart: in "hit positions in
    Novomikhailovka, Konstantinovka and near Staromayorskoye", the town of Kostiantynivka 70 km north
    is the wrong one of twenty; the village of that name beside Novomykhailivka is meant. The list's
    cluster is the pick with the most other names of the sentence within LISTED_NEAR_KM, and those
    picks; a pick farther than that from every member moves to its namesake that lies within
    LIST_NEAR_KM of one member and LISTED_NEAR_KM of two. Cities, names the text qualifies by their
    oblast or calls a town, and sentences of fewer than LIST_CLUSTER names keep their pick.
    """
    by_sentence, _ = _picks_by_sentence(mentions, proposal_of, ctx)
    for members in by_sentence.values():
        if len({proposal_of[i].match.key for i in members}) < LIST_CLUSTER or not any(
            mentions[i].place.kind in ("town", "village") and len(proposal_of[i].candidates) > 1
            for i in members
        ):
            continue  # too short a list, or none of its picks has a namesake to move to
        places = {i: mentions[i].place for i in members}
        names = {i: proposal_of[i].match.key for i in members}
        close: dict[int, set[int]] = {i: set() for i in members}
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                a, b = places[i], places[j]
                if (
                    abs(a.lat - b.lat) <= LISTED_NEAR_DEGREES
                    and abs(a.lon - b.lon) <= LISTED_NEAR_DEGREES * 2
                    and km_apart(a, b) <= LISTED_NEAR_KM
                ):
                    close[i].add(j)
                    close[j].add(i)
        centre = max(members, key=lambda i: (len({names[j] for j in close[i]} - {names[i]}), -i))
        # (in a list of three, two that lie together are its cluster: "the Nikopol, Pokrovske, and
        # Marhanets communities"; the third then moves only to a namesake near both)
        need = 1 if len(set(names.values())) == LIST_CLUSTER else LIST_CLUSTER - 1
        if len({names[j] for j in close[centre]} - {names[centre]}) < need:
            continue
        cluster = {centre, *close[centre]}
        for i in members:
            # (a pick near another member that is no part of the cluster stays: a list may run over two
            # sectors, "near Kalynivka, Chasiv Yar, Hryhorivka, Vuhledar, Tsukuryne and Zolota Nyva")
            # (and so does a name the article settled before its list: "In addition to Torske, Russian forces
            # also captured the towns of Novoaleksandrovka and Zeleny Pole" after four paragraphs on Torske)
            if i not in cluster and not close[i] and not _settled_before(i, mentions, proposal_of, ctx):
                others = [mentions[j] for j in members if j != i]
                mentions[i] = _namesake_in_list(mentions[i], proposal_of[i], others, ctx) or mentions[i]


def _together_by_the_sentence_before(
    text: str, mentions: list[Mention], proposal_of: dict[int, Proposal], ctx: ArticleContext
) -> None:
    """Move a list of namesakes picked far from the sentence before to the namesakes that lie together
    by it.

    A General Staff paragraph names its sector once and then its villages, sentence after sentence: "In
    the Kupyansk sector ... near Stelmakhivka, Tverdokhlibove and Nevske. The enemy also fired unguided
    missiles near Andriivka, Serhiivka and Makiivka." Andriivka, Serhiivka and Makiivka have 90
    namesakes between them; the ones by Stelmakhivka lie within LIST_NEAR_KM of one another. When no pick
    of such a list (LIST_CLUSTER names or more, each with namesakes, in a sentence naming no sector of
    its own) lies within LISTED_NEAR_KM of the places of the sentence before in its paragraph, and one
    namesake of each lies within LIST_NEAR_KM of a namesake that does, the list moves there.
    """
    by_sentence, directed = _picks_by_sentence(mentions, proposal_of, ctx)
    for sentence, members in by_sentence.items():
        names = {proposal_of[i].match.key for i in members}
        if sentence in directed or len(names) < LIST_CLUSTER or len(names) != len(members):
            continue
        if any(len(proposal_of[i].candidates) < 2 for i in members):
            continue  # a name with one place fixes where the list is
        start = ctx.sentence_span(mentions[members[0]].start)[0]
        previous = ctx.sentence_span(start - 1)[0] if start else 0
        if "\n\n" in text[previous:start].strip():
            continue  # another paragraph
        before = [
            m.place
            for m in mentions
            if m.place is not None and m.place.kind in POPULATED and previous <= m.start < start
        ]
        picks = [mentions[i].place for i in members]
        if not before or any(km_apart(pick, b) <= LISTED_NEAR_KM for pick in picks for b in before):
            continue
        best: tuple[float, dict[int, Place]] | None = None
        for c in proposal_of[members[0]].candidates:
            if c.kind not in ("town", "village") or not any(km_apart(c, b) <= LISTED_NEAR_KM for b in before):
                continue
            chosen = {members[0]: c}
            for j in members[1:]:
                near = [d for d in proposal_of[j].candidates if km_apart(c, d) <= LIST_NEAR_KM]
                if not near:
                    break
                chosen[j] = min(near, key=lambda d: km_apart(c, d))
            else:
                spread = sum(km_apart(c, d) for d in chosen.values())
                if best is None or spread < best[0]:
                    best = (spread, chosen)
        if best is None:
            continue
        for i, place in best[1].items():
            near = min(before, key=lambda b: km_apart(place, b))
            reason = (
                f"lies with the other places of its list by {near.name}, named in the sentence before "
                f"({km_apart(place, near):.0f} km)"
            )
            mentions[i] = replace(mentions[i], place=place, reason=reason)


def _settled_before(
    i: int, mentions: list[Mention], proposal_of: dict[int, Proposal], ctx: ArticleContext
) -> bool:
    """Whether the name of mention ``i`` was resolved to the same place in an earlier sentence, where the
    text cued it ("the village of Torske")."""
    sentence = ctx.sentence_of(mentions[i].start)
    name = proposal_of[i].match.key
    return any(
        k < i
        and proposal_of[k].match.key == name
        and proposal_of[k].hint.startswith("'")
        and mentions[k].place == mentions[i].place
        and ctx.sentence_of(mentions[k].start) != sentence
        for k in proposal_of
    )


def _namesake_in_list(
    mention: Mention, p: Proposal, cluster: list[Mention], ctx: ArticleContext
) -> Mention | None:
    """The mention moved to the namesake of its pick that lies among the list's cluster, if any."""
    pick = mention.place
    if pick.kind == "city" or p.hint.startswith(tuple(f"'{cue}" for cue in TOWN_CUES)):
        return None
    qualifier = ctx.region_qualifying(mention.end)
    # a town that bears the name today moves to no place that has it only as another name ("the hottest
    # directions remain Lyman, Toretsk, Pokrovsk": the town of Lyman, not Rodynske by Pokrovsk, once Liman;
    # a village may: GeoNames still calls Kalynivka by Chasiv Yar "Kalinina")
    own_name = pick.kind == "town" and key(pick.name) == p.match.key
    best, best_count, best_km, by = None, 1, math.inf, None
    for c in p.candidates:
        if c.id == pick.id or c.kind not in ("town", "village") or (qualifier and c.admin1 != qualifier):
            continue
        if own_name and key(c.name) != p.match.key:
            continue
        distances = sorted(
            (haversine_km(c.lon, c.lat, m.place.lon, m.place.lat), m.place.name)
            for m in cluster
            if key(m.text) != p.match.key
        )
        count = sum(d <= LISTED_NEAR_KM for d, _ in distances)
        if not distances or distances[0][0] > LIST_NEAR_KM:
            continue
        if (count, -distances[0][0]) > (best_count, -best_km):
            best, best_count, (best_km, by) = c, count, distances[0]
    if best is None:
        return None
    reason = (
        f"{LISTED_REASON}: {best_km:.0f} km from {by} "
        f"(the likelier-looking {pick.name} in {pick.admin1 or pick.country} is far from them)"
    )
    return replace(mention, place=best, reason=reason)


def _in_named_region(place: Place, p: Proposal, ctx: ArticleContext) -> bool:
    """Whether the place lies in an oblast its sentence names ("Sudzha in Russia's Kursk region")."""
    return bool(place.admin1) and place.admin1 in ctx.regions_in_sentence(p.match.start)


def _town_of_a_named_oblast_abroad(place: Place, ctx: ArticleContext) -> bool:
    """Whether a place abroad is a town of the war in an oblast the article names: "Shelling was reported
    in the Sudzha district" counts in an article about the Kursk region although no other town is named
    beside it. Hamlets and Ukraine's villages of unknown population still need company: their names are
    also surnames and words."""
    return (
        place.country != "UA"
        and place.population >= TOWN_OF_A_NAMED_OBLAST
        and place.admin1 in ctx.named_oblasts()
        and in_war_zone(place)
    )


def _only_one_in_named_region(place: Place, p: Proposal, ctx: ArticleContext) -> bool:
    """Whether the place is the only one of its name in an oblast its sentence names, or in the one or
    two oblasts the whole article names: no guess. (Two Novoiehorivkas in Kharkiv Oblast leave
    "Novoyegorovka in the Kharkov region" a guess; "KYIV (Reuters) - Russia has captured two villages
    in the Dnipropetrovsk region ... now occupy the villages of Zaporizke and Novoheorhiivka" named the
    oblast paragraphs before, and Kyiv and Moscow around the names measure nothing.)"""
    if not place.admin1 or sum(c.admin1 == place.admin1 for c in p.candidates) != 1:
        return False
    if _in_named_region(place, p, ctx):
        return True
    named = ctx.named_oblasts()
    return place.admin1 in named and len(named) <= ARTICLE_OBLASTS


def _quarter_of_an_unnamed_city(place: Place, text: str, start: int) -> bool:
    """Whether ``place`` is a quarter of a capital whose oblast-level city GeoNames divides into them
    (Kyiv's Dniprovskyi, Pechersk, Obolon), in a passage that does not name that city: many Ukrainian
    cities have a Dniprovskyi or a Shevchenkivskyi district, and only the capitals' are in the data;
    and "Otradne" of the Donetsk front is no Vidradnyi of Kyiv because the article names Kyiv."""
    names = CITY_QUARTERS.get(place.admin1)
    if names is None or place.name in names:
        return False
    passage = text[max(0, start - SAME_PASSAGE_CHARS) : start + SAME_PASSAGE_CHARS]
    return not any(name in passage for name in names)


def _the_district_after_when_the_community_misses(
    text: str, p: Proposal, community: tuple[Place, float], gaz: Gazetteer, ctx: ArticleContext
) -> tuple[Place, float] | None:
    """The district named right after the community a name is put in ("X in the A hromada in the B
    district"), when no place of the name lies in the community and one lies in that district; else None."""
    seat, reach = community
    if reach != COMMUNITY_KM or any(km_apart(c, seat) <= reach for c in p.candidates):
        return None
    after = COMMUNITY_THEN.match(text, p.end)
    if after is None:
        return None
    district = district_seat(text, after.end(), gaz, ctx.km_from_theatre, FAR_START_KM)
    if district is None or not any(km_apart(c, district[0]) <= district[1] for c in p.candidates):
        return None
    return district


# A community named after a name, up to where the district after it is named: " in the Vilkhivka hromada".
COMMUNITY_THEN = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?\s+(?i:community|hromada)(?=,?\s+(?:in|of)\s)"
)


def _on_named_rivers(proposals: list[Proposal], resolved: dict) -> dict[str, str]:
    """The candidates of the proposals that lie on the course of a short river the first pass resolved
    (within ON_RIVER_KM, a river of at most SHORT_RIVER_KM), each with the river's name."""
    rivers = {
        place.id: place
        for place, _, _ in resolved.values()
        if place.kind == "river" and place.geometry and course_km(place) <= SHORT_RIVER_KM
    }
    if not rivers:
        return {}
    on: dict[str, str] = {}
    for p in proposals:
        if len(p.candidates) < 2:
            continue
        for c in p.candidates:
            if c.kind in POPULATED and c.id not in on:
                river = next((r for r in rivers.values() if km_from_course(c, r) <= ON_RIVER_KM), None)
                if river is not None:
                    on[c.id] = river.name
    return on


def _without_quarters_of_unnamed_cities(
    text: str, proposals: list[Proposal], quarters: dict[str, tuple[str, ...]]
) -> None:
    """Take off a name's candidates the quarters of cities its passage does not name, when the name has
    others: "fighting in Zarichny" by Lyman is no Zarichnyi quarter of Sumy, "Shevchenko" in Donetsk
    Oblast no quarter of Poltava (GeoNames lists them as towns of their own, with the quarter's
    population). A name the text calls a district is left to the reading of city districts."""
    for p in proposals:
        if not any(c.id in quarters for c in p.candidates) or _called_a_district(text, p):
            continue
        passage, towns = _passage(text, p), _towns_near(proposals, p)
        kept = tuple(
            c
            for c in p.candidates
            if not _quarter_unnamed(c, passage, towns, quarters)
            or _beside_a_sister_district(text, p, proposals, quarters, quarters[c.id])
        )
        if kept and len(kept) < len(p.candidates):
            p.candidates = kept


def _without_other_names_of_list_mates(text: str, proposals: list[Proposal]) -> None:
    """Take off a name's candidates the places its list names by their own names, when it has others:
    "Prydniprovske, Ivanivka, Berehove, Bilozerka" names two villages, not Bilozerka twice (GeoNames keeps
    Ivanivka, a name it once bore, among Bilozerka's). Only a list's mates: a name beside another
    name of one place ("Bakhmut (Artemivsk)", "Bakhmut, or Artemovsk") is no list."""
    spans = [(p.match.start, p.end) for p in proposals]
    for i, p in enumerate(proposals):
        if len(p.candidates) < 2:
            continue
        mates = [proposals[j] for j in _list_mate_indices(text, spans, i, or_ends=True)]
        own = {c.id for mate in mates for c in mate.candidates if key(c.name) == mate.match.key}
        kept = [c for c in p.candidates if c.id not in own or key(c.name) == p.match.key]
        if kept and len(kept) < len(p.candidates):
            p.candidates = kept


def _without_capital_quarters_off_its_streets(
    text: str, proposals: list[Proposal], ctx: ArticleContext
) -> None:
    """Take off a name's candidates the quarters of Kyiv when the passage names the capital only as its
    government ("Russian troops captured Voskresenka, officials in Kyiv said"), or when, after Kyiv's oblast
    was freed, the name's sentence tells of ground fought over: Kyiv's Voskresenka, Nyvky or Lypky are no
    front. The name keeps its other candidates. (Kyiv's alone: the other capitals' quarters are read after
    the pick, by _quarter_of_an_unnamed_city.)"""
    for p in proposals:
        quarters = [c for c in p.candidates if _capital_quarter(c)]
        if not quarters or len(quarters) == len(p.candidates):
            continue
        fought = (
            ctx.published is not None
            and ctx.published > CAPITAL_FREED
            and GROUND_WORDS.search(text, *ctx.sentence_span(p.match.start)) is not None
        )
        passage_from = max(0, p.match.start - SAME_PASSAGE_CHARS)
        passage = text[passage_from : p.end + SAME_PASSAGE_CHARS]
        if fought or not any(
            _names_the_capital(passage, passage_from, text, name) for name in CITY_QUARTERS[KYIV_CITY]
        ):
            p.candidates = tuple(c for c in p.candidates if not _capital_quarter(c))


# After this day no ground was fought over in Kyiv's oblast (freed on 2 April 2022).
CAPITAL_FREED = date(2022, 4, 30)


def _capital_quarter(place: Place) -> bool:
    """Whether the place is a quarter of Kyiv GeoNames lists as a town of its own (Obolon, Voskresenka)."""
    return place.admin1 == KYIV_CITY and place.name not in CITY_QUARTERS[KYIV_CITY]


KYIV_CITY = "Kyiv City"


def _names_the_capital(passage: str, offset: int, text: str, name: str) -> bool:
    """Whether ``passage`` (at ``offset`` in ``text``) names the capital as a city, not as its government."""
    at = passage.find(name)
    while at != -1:
        begin = offset + at
        end = begin + len(name)
        if not as_government(name, text, end) and not SEAT_BEFORE.search(text, max(0, begin - 30), begin):
            return True
        at = passage.find(name, at + 1)
    return False


def _passage(text: str, p: Proposal) -> str:
    """The text within SAME_PASSAGE_CHARS of a name: where its city would be named."""
    return text[max(0, p.match.start - SAME_PASSAGE_CHARS) : p.end + SAME_PASSAGE_CHARS]


def _towns_near(proposals: list[Proposal], p: Proposal) -> set[str]:
    """The names of the towns and cities the names within SAME_PASSAGE_CHARS of ``p`` may be, whatever
    the spelling the text gives them ("Kiev" is Kyiv)."""
    return {
        c.name
        for q in proposals
        if q is not p and abs(q.match.start - p.match.start) <= SAME_PASSAGE_CHARS
        for c in q.candidates
        if c.kind in ("city", "town")
    }


def _quarter_unnamed(
    place: Place, passage: str, towns: set[str], quarters: dict[str, tuple[str, ...]]
) -> bool:
    """Whether ``place`` is a quarter of a city (``quarters``) that neither ``passage`` names by the
    stem of the gazetteer's name ("Kharkov" for Kharkiv) nor a name near it may be (``towns``: "Kiev")."""
    cities = quarters.get(place.id)
    return cities is not None and not any(
        city in towns or _names_the_city(passage, city[: max(4, len(city) - 2)]) for city in cities
    )


# A word after a city's name that makes it its oblast's: "the Sumy, Chernihiv and Kharkiv regions".
OBLAST_AFTER_CITY = re.compile(r"[\w'’]*\s+(?:regions?|oblasts?|provinces?)\b", re.IGNORECASE)


def _beside_a_sister_district(
    text: str,
    p: Proposal,
    proposals: list[Proposal],
    quarters: dict[str, tuple[str, ...]],
    cities: tuple[str, ...],
) -> bool:
    """Whether a name the text calls a district of one of ``cities`` stands within SAME_PASSAGE_CHARS of
    the name: "In the Dniprovsky district, a house was destroyed, and in Shevchenkivsky a business center
    was damaged" names Kyiv's quarters, the city said paragraphs before."""
    return any(
        q is not p
        and abs(q.match.start - p.match.start) <= SAME_PASSAGE_CHARS
        and _called_a_district(text, q)
        and any(city in cities for c in q.candidates for city in quarters.get(c.id, ()))
        for q in proposals
    )


def _names_the_city(passage: str, stem: str) -> bool:
    """Whether ``passage`` names the city whose name starts with ``stem``, not only its oblast."""
    at = passage.find(stem)
    while at != -1:
        if not OBLAST_AFTER_CITY.match(passage, at + len(stem)):
            return True
        at = passage.find(stem, at + 1)
    return False


def _called_a_district(text: str, p: Proposal) -> bool:
    """Whether the text calls the name a district, in the name or right after it: "the Kyivskyi
    district", "Shevchenkivskyi raion" (left to the reading of city districts)."""
    return (
        DISTRICT_CALLED.search(text, p.match.start, p.end) is not None
        or DISTRICTS_AFTER_LIST.match(text, p.end) is not None
    )


DISTRICT_CALLED = re.compile(r"\b(?:district|raion|rayon|microdistrict)\b", re.IGNORECASE)
# ... after the name, or after the list it opens: "the Kyivskyi and Saltivskyi districts".
DISTRICTS_AFTER_LIST = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+)*\s+(?i:district|raion|rayon|microdistrict)s?\b"
)
# ... or named after the word, in a list it opens: "The attacks hit two districts of the city - Komunarskyi
# and Shevchenkivskyi", "in three districts: Kyivskyi, Saltivskyi and Slobidskyi".
DISTRICTS_LIST_BEFORE = re.compile(
    r"\b(?i:districts)(?:\s+of\s+(?:the\s+city|[A-Z][\w'’-]+))?\s*[:–—-]\s*"
    r"(?:[A-Z][\w'’-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$"
)
DISTRICTS_LIST_REACH = 120


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


def _local(place: Place, anchors: Anchors, ctx: ArticleContext) -> bool:
    """Whether the article is about one stretch of front: LOCAL_ANCHORS or more places it is sure of
    (capitals aside, ``place`` itself aside) all lie within LOCAL_KM of its theatre."""
    sure = [s for s in anchors.reachable if s.id != place.id and s.name not in GOVERNMENT_SEATS]
    return len(sure) >= LOCAL_ANCHORS and all(ctx.km_from_theatre(s) <= LOCAL_KM for s in sure)


# A country's possessive right before a name: "at Ukraine's Chernobyl", "Russia's Yelets".
COUNTRY_POSSESSIVE_BEFORE = re.compile(r"\b(Ukraine|Russia)['’]s\s+$")


def _said_to_be_its_countrys(place: Place, start: int, text: str) -> bool:
    """Whether the text names the place's country in the possessive right before it ("at Ukraine's
    Chernobyl"): then it is that country's place of the name however far the article's other places
    lie (not "Ukraine's Kursk incursion", a place of the other country)."""
    owner = COUNTRY_POSSESSIVE_BEFORE.search(text, max(0, start - 12), start)
    return owner is not None and place.country == ("UA" if owner.group(1) == "Ukraine" else "RU")


def _far_guess(
    place: Place,
    p: Proposal,
    anchors: Anchors,
    ctx: ArticleContext,
    local: bool = False,
) -> str | None:
    """Why a small place in an oblast the article never names is no pick, or None: one of several
    namesakes (a village, a town under FAR_SMALL_POPULATION) more than VILLAGE_NEAR_KM from every
    place the article is sure of, in a passage that names an oblast; or a village (or a town with
    namesakes) more than FAR_START_KM from them all, named within SAME_PASSAGE_CHARS of one of them.

    "Mirny, Bogdanovka, Martynovka and Pravda" listed after Sudzha and the Kursk region are not the
    Myrnyi, Bohdanivka and Pravda of Dnipropetrovsk Oblast, 300 km off; "near Dachne and Yantarnyy"
    by Kurakhove is not Kaliningrad's Yantarnyy, nor "near Netailove and Sokol" in the Pokrovsk
    direction the Sokol by Moscow. A wrong pin is worse than none. (With no sure place there is no
    yardstick: nothing is dropped.)"""
    if place.kind not in ("town", "village") or (place.admin1 and place.admin1 in ctx.named_oblasts()):
        return None
    if _said_to_be_its_countrys(place, p.match.start, ctx.text):
        return None  # "the worst nuclear disaster, at Ukraine's Chernobyl": the text says whose it is
    if place.population >= FAR_SMALL_POPULATION or (
        place.kind == "town"
        and (
            len(p.candidates) == 1
            # (or the one bearing it as its own name: Tikhoretsk, not the Parkovyy GeoNames also calls so)
            or (
                key(place.name) == p.match.key
                and not any(c.id != place.id and key(c.name) == p.match.key for c in p.candidates)
            )
        )
    ):
        return None  # a city, or a town that is the only one of its name ("a refinery in Tuapse")
    if place.kind == "town" and p.hint and place.population >= CUED_TOWN_POPULATION:
        return None  # "the Russian push in eastern Ukraine ... the city of Pokrovsk" in a story about Kursk
    if (
        place.kind == "town" and place.population >= CUED_TOWN_POPULATION and in_war_zone(place)
    ) or _the_wars_town(p.candidates, place):
        # "refuted Russian lies about the capture of Kupyansk, Pokrovsk, and Vovchansk" in a story about
        # Vovchansk: a town of the front this big is no namesake guess, however far the article's places
        return None
    if (
        place.kind == "town"
        and place.country == "UA"
        and place.population >= CUED_TOWN_POPULATION
        and all(c.id == place.id or c.population * 10 < place.population for c in p.candidates)
    ):
        # "attacks on Lozova, Synelnykove, and Koziatyn": a Ukrainian town of 23,000 among hamlets of its
        # name is the town, however far the rail junctions of a list lie apart (not "Azov says", the
        # brigade, for the Russian town)
        return None
    if place.kind == "village" and ctx.theatre_size >= FAR_VILLAGE_ANCHORS:
        km = ctx.km_from_theatre(place)
        if km > FAR_VILLAGE_KM:
            # "the settlements of Novaya Sorochina and Pokrovsky" by Sudzha: not a Pokrovskoye of Dagestan
            where = place.admin1 or place.country
            return f"no place of this name near where the article is (the best, in {where}, {km:,.0f} km off)"
    # a namesake is judged so where its passage (its sentence or the text just before) names an oblast:
    # with none named there, its list-mates ("Soloviove and Semenivka villages") are the better guide
    several = len(p.candidates) > 1 and ctx.region_in_passage(p.match.start, SAME_PASSAGE_CHARS)
    # in an article about one stretch of front ("local", asked for by the last check only), a small
    # place 200 km from all of it is a namesake of a village the data lacks: "from Yasnobrodivka and
    # Karlivka" by Pokrovsk is not the Karlivka of Poltava Oblast, nor "Storozhove" in a list of
    # villages freed on the Zaporizhzhia-Donetsk border the Poltava one
    limit = VILLAGE_NEAR_KM if several or (local and _local(place, anchors, ctx)) else FAR_START_KM
    box = limit / 111.0  # degrees of latitude; of longitude, twice that (cos 60° = 0.5)
    nearest, by = math.inf, ""
    for s in anchors.reachable:
        if s.name in GOVERNMENT_SEATS:
            continue  # a capital is a dateline or a government as often as a place: no yardstick
        if s.id == place.id or abs(s.lat - place.lat) > box or abs(s.lon - place.lon) > 2 * box:
            if s.id != place.id and not by:
                by = s.name  # too far to measure: named only for the reason
            continue
        km = anchors.km(place, s)
        if km <= limit:
            return None
        if km < nearest:
            nearest, by = km, s.name
    if not by:
        return None  # the only sure place is itself
    if not several and not any(  # a lone far place is named beside a sure one ("near Dachne and Yantarnyy")
        abs(offset - p.match.start) <= SAME_PASSAGE_CHARS
        for s in anchors.reachable
        if s.id != place.id and s.name not in GOVERNMENT_SEATS
        for offset, _ in anchors.offsets[s.id]
    ):
        return None
    return (
        f"no place of this name near the places the article is sure of (the best, {place.name} in "
        f"{place.admin1 or place.country}, is over {limit:,.0f} km from {by})"
    )


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the name stands in quotation marks of its own: '"Concord"', '«Alabuga»'."""
    return start > 0 and text[start - 1] in QUOTES_OPEN and text[end : end + 1] in QUOTES_CLOSE


QUOTES_OPEN = frozenset("\"“«'‘")
QUOTES_CLOSE = frozenset("\"”»'’")


def _near_enough(place: Place, ctx: ArticleContext) -> bool:
    """Whether a place may be meant without a cue: big, or within FAR_DROP_KM of the theatre."""
    return (
        place.kind not in POPULATED
        or place.population >= FAR_SMALL_POPULATION
        or ctx.km_from_theatre(place) <= FAR_DROP_KM
    )


# A sentence of its own that locates the village just named: "The village is located 14 kilometers
# southwest of the town of Guliaipole." (the locator phrase starts where this match ends)
BACK_LOCATED_NOUNS = ("village", "settlement", "hamlet")
BACK_LOCATED = re.compile(rf"\b(?:The|This) (?:{'|'.join(BACK_LOCATED_NOUNS)}) (?:is|lies)\b")
# ... a cheap test first: a text with none of these words has no such sentence
BACK_LOCATED_WORDS = tuple(f"{noun} {verb}" for noun in BACK_LOCATED_NOUNS for verb in ("is", "lies"))
# ... looked for this far (characters) back for the village it stands for.
BACK_LOCATED_REACH = 600


# A direction from a town, then the village it locates, as the Institute for the Study of War writes its
# days: "northeast of Kupyansk near Synkivka, southwest of Svatove near Makiivka" (groups: dir; the
# anchor's name starts at the match's end).
FORWARD_LOCATOR = re.compile(rf"\b(?P<dir>{DIRECTION})(?:ern)?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?")
# ... what joins the anchor to the village: "near", "in", "in the direction of", "toward", "at".
FORWARD_LINK = re.compile(
    r"\s+(?:near|around|in|at|toward|towards|in\s+the\s+(?:direction|area|vicinity)\s+of)\s+"
    r"(?:the\s+(?:villages?|settlements?)\s+of\s+)?"
)
# ... and the list it may open: "west of Kreminna near Terny and Dibrova".
FORWARD_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _locate_forward(text: str, proposals: list[Proposal]) -> None:
    """Narrow the namesakes of villages a direction from a town names next ("southwest of Svatove near
    Makiivka": the Makiivka southwest of Svatove, not the city by Donetsk) to those on that side of it,
    when the town has one place (or one town among namesakes) and some namesakes fit."""
    if " of " not in text:
        return
    by_start = {q.match.start: i for i, q in enumerate(proposals)}
    for found in FORWARD_LOCATOR.finditer(text):
        anchor_at = by_start.get(found.end())
        if anchor_at is None:
            continue
        anchor = proposals[anchor_at]
        i = _forward_target(text, anchor.end, proposals, by_start)
        if i is None:
            continue
        point = _measured_from(anchor.candidates)
        if point is None or point.kind not in POINT_KINDS:
            continue
        locator = Locator(point, None, bearing(found["dir"]), _phrase(text, found))
        while True:
            named = proposals[i]
            if not any(c.kind in POPULATED for c in named.candidates):
                break  # a list's next item that is no village ("..., Luhansk Oblast")
            # (with no distance said, a village near the town: not a city it is also the side of)
            near = [
                c
                for c in named.candidates
                if c.kind in POPULATED and locator.fits(c) and km_apart(c, point) <= UNSTATED_SLACK_KM
            ]
            if near and len(near) < len(named.candidates):
                named.candidates = near
            gap = FORWARD_LIST_GAP.match(text, named.end)
            if gap is None or gap.end() not in by_start:
                break  # (the next item with its own direction, "..., southwest of Svatove", starts no name)
            i = by_start[gap.end()]


def _forward_target(text: str, end: int, proposals: list[Proposal], by_start: dict[int, int]) -> int | None:
    """The index of the proposal that a direction's anchor, ending at ``end``, locates: the name right after
    "near", "in", "toward"... that may be a village ("southwest of Svatove near Makiivka"); None for none,
    or for an oblast ("southwest of Svatove in Luhansk Oblast")."""
    link = FORWARD_LINK.match(text, end)
    if link is None or (i := by_start.get(link.end())) is None:
        return None
    return i if any(c.kind in POPULATED for c in proposals[i].candidates) else None


def _locate_back(text: str, proposals: list[Proposal]) -> None:
    """Narrow the namesakes of a village the next sentences locate ("Mirnoye ... The village is
    located 14 kilometers southwest of the town of Guliaipole") to those that lie there, in every
    mention of the name; the anchor must be a name with one place, or one town among namesakes."""
    if not any(word in text for word in BACK_LOCATED_WORDS):
        return  # most texts locate no village in a sentence of its own
    for back in BACK_LOCATED.finditer(text):
        read = read_locator(text, back.end())
        if read is None:
            continue
        found, distance, toward = read
        anchor = next((q for q in proposals if q.match.start == found.end()), None)
        if anchor is None:
            continue
        before = [
            q
            for q in proposals
            if back.start() - BACK_LOCATED_REACH <= q.match.start < back.start()
            and len(q.candidates) > 1
            and any(c.kind == "village" for c in q.candidates)
        ]
        if before:
            _narrow_to_located(text, proposals, before[-1], anchor, found, distance, toward)


LOCATED_VERB = re.compile(r"\b(?:located|situated)\b")


# The places a sector's fighting is told at right after its name: "in the Lyman sector near Makiivka and
# Torske", "On the Kupiansk axis, around Synkivka".
SECTOR_THEN_PLACES = re.compile(
    r"\s+(?:sector|direction|axis|front)\s*,?\s+(?:[a-z]+\s+){0,6}?"
    r"(?:near|around|at|in|outside|by|close\s+to|in\s+the\s+(?:area|vicinity)\s+of)\s+(?:the\s+)?"
    r"(?:(?:villages?|settlements?|towns?)\s+(?:of\s+)?)?"
    r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:\s*,\s*|,?\s+and\s+))*$"
)
SECTOR_REACH = 120  # characters from a sector's name to the places told in it


def _sector_of(
    text: str, p: Proposal, sentence: list[Proposal], picked: dict[int, Place]
) -> Place | None:
    """The town a sector of the front named right before the name is named after ("the Lyman sector near
    Makiivka"), as settled so far, or None."""
    for q in reversed(sentence):
        if q.direction and q.end < p.match.start and p.match.start - q.end <= SECTOR_REACH:
            town = picked.get(q.match.start)
            if (
                town is not None
                and town.population < SECTOR_CITY_POPULATION
                and SECTOR_THEN_PLACES.fullmatch(text, q.end, p.match.start)
            ):
                return town
            return None
    return None


def _within_the_sector(p: Proposal, sector: Place, first: tuple[Place, float, str] | None) -> bool:
    """Whether the first pass's place for ``p`` lies in the sector (or no namesake does): only a pick
    outside it, with a namesake inside, is ranked again."""
    if first is not None and haversine_km(first[0].lon, first[0].lat, sector.lon, sector.lat) <= SECTOR_KM:
        return True
    return not any(in_sector(c, sector) for c in p.candidates)


# Between a place's name and another name of it: "Malynivka, a village in Donetsk known in Russia as
# Ulyanovka", "Bakhmut, which Russians call Artemovsk", "Toretsk (known as Dzerzhinsk)".
OTHER_NAME_GAP = re.compile(
    r"(?:,\s+(?:a|an|the)\s+[^,.;:()]{0,60}?)?,?\s*\(?\s*"
    r"(?:(?:also|still|formerly|previously|once)\s+)?(?:known|referred\s+to|called)\s+"
    r"(?:(?:in|by|to)\s+(?:the\s+)?(?:Russia|Russians|Russian|Moscow|Ukraine|Ukrainians|Ukrainian)\s+)?as\s+[\"“‘']?$"
    r"|,?\s+which\s+(?:the\s+)?(?:Russia|Russians|Moscow|Ukraine|Ukrainians|Kyiv)\s+"
    r"(?:still\s+)?(?:calls?|names?|refers?\s+to\s+as)\s+[\"“‘']?$"
)
OTHER_NAME_REACH = 100  # characters from a name to its other name


def _named_otherwise(text: str, proposals: list[Proposal]) -> None:
    """Narrow a name and the other name the text gives it right after ("Malynivka, a village in Donetsk
    known in Russia as Ulyanovka") to the places that bear both, when some do: the text says they are one
    place, and among 26 Malynivkas and 38 Ulyanovkas only the one renamed from the other is."""
    if " as " not in text and " call" not in text:
        return
    for i, p in enumerate(proposals):
        # (the other name may follow a few words on the place that name a third: "a village in Donetsk")
        q = next(
            (
                q
                for q in proposals[i + 1 : i + 4]
                if q.match.start - p.end <= OTHER_NAME_REACH
                and OTHER_NAME_GAP.fullmatch(text, p.end, q.match.start)
            ),
            None,
        )
        if q is None:
            continue
        shared = {c.id for c in p.candidates} & {c.id for c in q.candidates}
        if shared and (len(shared) < len(p.candidates) or len(shared) < len(q.candidates)):
            p.candidates = tuple(c for c in p.candidates if c.id in shared)
            q.candidates = tuple(c for c in q.candidates if c.id in shared)


def _locate_named(text: str, proposals: list[Proposal]) -> None:
    """Narrow the namesakes of a village the text locates by a distance where it names it again ("occupied
    the village of Novooleksandrivka ... The village of Novooleksandrivka is located approximately 20
    kilometers north of Avdiivka") to those that lie there, in every mention of the name: the stated
    distance says which, however the earlier mentions would have read; the anchor must be a name with
    one place, or one town among namesakes."""
    if " located " not in text and " situated " not in text:
        return  # (the locator in the name's own sentence settles that mention: resolve reads it there)
    by_start = {q.match.start: q for q in proposals}
    for named in proposals:
        if len(named.candidates) < 2 or not any(c.kind == "village" for c in named.candidates):
            continue
        read = read_locator(text, named.end)
        if read is None or read[1] is None or not LOCATED_VERB.search(read[0].group()):
            continue
        found, distance, toward = read
        if (anchor := by_start.get(found.end())) is not None:
            _narrow_to_located(text, proposals, named, anchor, found, distance, toward)


def _narrow_to_located(
    text: str,
    proposals: list[Proposal],
    named: Proposal,
    anchor: Proposal,
    found: re.Match[str],
    distance: float | None,
    toward: float,
) -> None:
    """Narrow ``named`` and every other mention of its name with the same namesakes to those the locator
    phrase ``found`` fits (``distance`` km, or unstated, towards ``toward`` from ``anchor``), when some fit
    and some do not; the anchor must be a name with one place, or one town among namesakes."""
    point = _measured_from(anchor.candidates)
    if point is None or point.kind not in POINT_KINDS:
        return
    locator = Locator(point, distance, toward, _phrase(text, found))
    near = [c for c in named.candidates if locator.fits(c)]
    if near and len(near) < len(named.candidates):
        namesakes = list(named.candidates)
        for q in proposals:
            if q.match.key == named.match.key and list(q.candidates) == namesakes:
                q.candidates = list(near)


def _break_ties(
    mentions: list[Mention], sense_of: dict[int, tuple], tied: dict[tuple, list[Place]], ctx: ArticleContext
) -> None:
    """Settle the picks that won only by the order of their ids: of the namesakes that scored alike,
    the one in the oblast named nearest the name, when they lie in different oblasts the text names
    (_in_the_oblast_named_nearest); else the one nearest a place the rest of the article names
    ("Zhuravka in the Sumy region", one of three hamlets of the name there, is the one by Basivka,
    which the article names later), when one lies within TIE_NEAR_KM of such a place."""
    by_sense: dict[tuple, list[int]] = {}
    for i, sense in sense_of.items():
        by_sense.setdefault(sense, []).append(i)
    for sense, indices in by_sense.items():
        divisions = [c for c in tied[sense] if c.id.startswith("admin1:")]
        if len(divisions) == 1 and all(c.kind == "region" for c in tied[sense]):
            # "in Crimea": the division, not the curated region of one outline and name, whichever lies
            # nearer the article's villages (a curated part of a country keeps villages by its point)
            _settle(mentions, indices, divisions[0], len(tied[sense]), "the division of the name")
            continue
        candidates = _in_the_oblast_named_nearest(tied[sense], mentions[indices[0]].start, ctx)
        if len(candidates) == 1:
            _settle(mentions, indices, candidates[0], len(tied[sense]), "in the oblast named nearest to it")
            continue
        others = [
            m.place
            for j, m in enumerate(mentions)
            if m.place is not None
            and m.place.kind in POINT_KINDS
            and sense_of.get(j) != sense
            and key(m.text) != sense[0]
            and ctx.km_from_theatre(m.place) <= FAR_START_KM
        ]
        if not others:
            continue
        nearest = {c.id: min(km_apart(c, o) for o in others) for c in candidates}
        best = min(candidates, key=lambda c: (nearest[c.id], c.id))
        if nearest[best.id] > TIE_NEAR_KM:
            continue
        # (a mention already at a namesake as near as the best stays)
        farther = {place_id for place_id, km in nearest.items() if km > nearest[best.id]}
        _settle(mentions, indices, best, len(tied[sense]), "nearest the rest", farther)


# Of namesakes that scored alike in different oblasts the article names, the one in the oblast named within
# this many characters of the name, nearer than any other of their oblasts.
TIE_OBLAST_CHARS = 400


def _in_the_oblast_named_nearest(tied: list[Place], start: int, ctx: ArticleContext) -> list[Place]:
    """The tied namesakes in the oblast the text names nearest the name at ``start`` (within
    TIE_OBLAST_CHARS), or all of them: "Russian forces have advanced on Dachnoye ... 'the first settlement
    in Dnipropetrovsk province'" is the Dachne of that oblast, not one of Donetsk or Kharkiv Oblast, which
    the article names farther on."""
    oblasts = {c.admin1 for c in tied}
    if len(oblasts) < 2:
        return tied
    gap = {
        oblast: min((abs(at - start) for at, region in ctx.regions if region == oblast), default=None)
        for oblast in oblasts
    }
    near = sorted((d, oblast) for oblast, d in gap.items() if d is not None and d <= TIE_OBLAST_CHARS)
    if not near or (len(near) > 1 and near[0][0] == near[1][0]):
        return tied
    return [c for c in tied if c.admin1 == near[0][1]]


def _settle(
    mentions: list[Mention],
    indices: list[int],
    place: Place,
    alike: int,
    why: str,
    movable: set[str] | None = None,
) -> None:
    """Put the mentions at ``indices`` at ``place``: of ``alike`` tied namesakes, the one ``why`` says
    (with ``movable``, only the mentions at a place of those ids)."""
    for i in indices:
        m = mentions[i]
        if m.place is not None and m.place.id != place.id and (movable is None or m.place.id in movable):
            reason = f"{m.reason}; of {alike} namesakes that scored alike, the one {why}"
            mentions[i] = replace(m, place=place, reason=reason)


def _anchor_out_of_the_named_oblast(ctx: ArticleContext, p: Proposal, located: Locator) -> bool:
    """Whether the text puts the name in an oblast where it has a place but the locator's anchor,
    read as its best-known namesake, lies elsewhere: "Hai in the Dnipropetrovsk region, 5 kilometers
    north of Vyshneve" measures from a Vyshneve of that oblast, not from the Kyiv suburb."""
    region = ctx.region_after(p.end)
    return (
        region is not None
        and located.anchor.admin1 != region
        and any(c.admin1 == region for c in p.candidates)
    )


def _measured_from(candidates: list[Place]) -> Place | None:
    """The place a locator's anchor name stands for before any ranking: its only place, or its one
    town among namesake villages (a distance is measured from a place of note, not from a hamlet)."""
    if len(candidates) == 1:
        return candidates[0]
    towns = sorted((c for c in candidates if c.kind in ("city", "town")), key=lambda c: -c.population)
    if len(towns) == 1:
        return towns[0]
    # ... or its one city among smaller namesake towns: "30 km west of Donetsk" is the regional capital,
    # not Rostov Oblast's Donetsk of 51,000
    if len(towns) > 1 and towns[0].population >= max(MEASURED_CITY_POPULATION, 5 * towns[1].population):
        return towns[0]
    return None


def _namesakes(p: Proposal) -> tuple[str, tuple[str, ...]]:
    """A name and every place it may be: what a first cued sense is kept under."""
    return p.match.key, tuple(c.id for c in p.match.candidates)


def _locator(
    text: str,
    p: Proposal,
    proposals: list[Proposal],
    by_start: dict[int, int],
    resolved: dict[int, tuple[Place, float, str]],
) -> tuple[Locator | None, int | None]:
    """Where the text explicitly puts a name: "Stepove, north of Avdiivka", "Orlivka, which is six
    miles northwest of Avdiivka"; and the index of the anchor's proposal when the locator itself
    settled which namesake the anchor is (then put in ``resolved``)."""
    nothing = None, None
    read = read_locator(text, p.end) or _list_locator(text, p, proposals, by_start)
    if read is None:
        return nothing
    found, distance, toward = read
    if found.end() not in by_start:
        return nothing
    if _anchor_of_a_direction(text, p.match.start):
        return nothing  # "north of Nikolskoye, west of Novodonetskoye": a list of directions, not a locator
    j, paired = by_start[found.end()], None
    if _forward_target(text, proposals[j].end, proposals, by_start) is not None:
        # "near Synkivka, southwest of Svatove near Makiivka": the direction locates the name after it
        return nothing
    if j in resolved:
        anchor = resolved[j][0]
    elif (measured := _measured_from(proposals[j].candidates)) is not None:
        anchor = measured
    elif distance is not None and (pair := _located_pair(p, proposals[j], distance, toward, found)):
        anchor, paired = pair, j  # both names ambiguous; one pair of namesakes lies as the text says
        name = text[p.match.start : p.end]
        reason = f"the namesake the text measures {name} from ('{_phrase(text, found)}')"
        resolved[j] = (anchor, PAIRED_SCORE, reason)
    else:
        return nothing
    if anchor.kind not in POINT_KINDS:
        return nothing
    return Locator(anchor, distance, toward, _phrase(text, found)), paired


# A town named right after a name as the one it lies by: "Kalynivka, closer to Debaltseve", "Zaitseve near
# Bakhmut", "Hrabovske, not far from Sumy" (a town's name must follow: "near the border" is no anchor).
NEAR_LOCATOR = re.compile(
    r",?\s+(?:(?:a|the)\s+(?:village|town|settlement)\s+)?(?:(?:just|right)\s+)?"
    r"(?:near|close\s+to|closer\s+to|not\s+far\s+from|next\s+to|outside)\s+"
    r"(?:the\s+(?:city|town)\s+of\s+)?"
    # ... or a distance with no direction: "Hrabovske, just 10 kilometres from the town of Krasnopillia",
    # "The border post at Marinovka lies just 90 kilometres from the regional city of Donetsk"
    rf"|,?\s+(?:(?:lies|is|sits|located|situated|lying)\s+)?(?:(?:just|only|about|some|around|roughly)\s+)?"
    rf"(?P<far>{DISTANCE})(?:away\s+)?from\s+(?:the\s+(?:[\w-]+\s+){{0,2}}?(?:city|town)\s+of\s+)?",
    re.IGNORECASE,
)
NEAR_LOCATOR_REACH = 40  # characters after a name within which such a phrase's "near" must start
# ... one of these words, looked for first (most names have none after them)
NEAR_WORDS = ("near", "close", "not far", "next to", "outside", " from ")
# How far (km) a namesake may lie from the town the text puts it near: a village, and a town or city.
NEAR_VILLAGE_KM = 30.0
NEAR_TOWN_KM = 60.0
# ... a village as big as a town is located as towns are, and "near" a city of a million (its oblast's
# towns: "Ivankiv near Kyiv", 70 km off) reaches this far (km).
NEAR_TOWN_POPULATION = 5_000
NEAR_BIG_CITY_POPULATION = 1_000_000
NEAR_BIG_CITY_KM = 100.0
# A distance with no direction chooses among namesakes only this close (km): "90 kilometres from Donetsk"
# is a ring around the city that a wrong namesake fits as well as the border post meant.
UNDIRECTED_MAX_KM = 40.0


def _near_its_anchor(
    text: str,
    p: Proposal,
    proposals: list[Proposal],
    by_start: dict[int, int],
    resolved: dict[int, tuple[Place, float, str]],
) -> list[Place] | None:
    """The namesakes of an ambiguous name that lie by the town the text puts it near ("Kalynivka, closer
    to Debaltseve": of 56 Kalynivkas, the one 8 km from Debaltseve, not the one by Mariupol the sentence
    names next), or at the distance it states with no direction, when short ("Kalynivka, 8 km from
    Debaltseve"); None when the name has one place, no such phrase follows it, or none or all of its
    namesakes lie there (the phrase then chooses nothing)."""
    if len(p.candidates) < 2 or not any(w in text[p.end : p.end + NEAR_LOCATOR_REACH] for w in NEAR_WORDS):
        return None
    found = NEAR_LOCATOR.match(text, p.end)
    if found is None or found.end() not in by_start:
        return None
    j = by_start[found.end()]
    anchor = resolved[j][0] if j in resolved else _measured_from(proposals[j].candidates)
    if anchor is None or anchor.kind not in ("city", "town"):
        return None
    if found["far"]:  # a reporter's round figure: as a locator's stated distance is read
        stated = distance_km(found)
        if stated > UNDIRECTED_MAX_KM:
            return None  # a ring that wide holds namesakes enough to choose none of them
        near = [
            c
            for c in p.candidates
            if c.kind in POINT_KINDS and at_stated_distance(km_apart(c, anchor), stated)
        ]
    else:
        near = [
            c for c in p.candidates if c.kind in POINT_KINDS and km_apart(c, anchor) <= _near_km(c, anchor)
        ]
    return near if near and len(near) < len(p.candidates) else None


def _near_km(place: Place, anchor: Place) -> float:
    """How far (km) ``place`` may lie from the town the text puts it near."""
    town = place.kind != "village" or place.population >= NEAR_TOWN_POPULATION
    if town and anchor.population >= NEAR_BIG_CITY_POPULATION:
        return NEAR_BIG_CITY_KM
    return NEAR_TOWN_KM if town else NEAR_VILLAGE_KM


def _anchor_of_a_direction(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows a direction's "of" ("west of Sudzha"): what a
    locator measures from, not the name it locates."""
    return DIRECTION_BEFORE.search(text, max(0, start - DIRECTION_BEFORE_REACH), start) is not None


def _list_locator(
    text: str, p: Proposal, proposals: list[Proposal], by_start: dict[int, int]
) -> tuple[re.Match[str], float | None, float] | None:
    """A direction said after the list a name opens, which puts every item of it: "the villages of
    Uspenovka and Annovka, south of Kurakhovo". A distance stays the last item's alone ("X and Y,
    5 km north of Z" measures Y)."""
    end = p.end
    for _ in range(LIST_LOCATOR_ITEMS):
        gap = LIST_GAP.match(text, end)
        if gap is None or gap.end() not in by_start:
            return None
        end = proposals[by_start[gap.end()]].end
        read = read_locator(text, end)
        if read is not None:
            return read if read[1] is None else None
    return None


def _phrase(text: str, found: re.Match[str]) -> str:
    return text[found.start() : found.end()].strip(" ,(\"”’'")


def _located_pair(
    p: Proposal, anchor: Proposal, distance: float, toward: float, found: re.Match[str]
) -> Place | None:
    """The one namesake of the anchor some namesake of the name lies from as the text says
    ("Pryvillia, located roughly 6 kilometers southwest of Verbove": of 8 Pryvillias and 10 Verboves,
    one pair lies so), or None when no pair or several do."""
    fitting = [
        a
        for a in anchor.candidates
        if a.kind in POINT_KINDS
        and any(Locator(a, distance, toward, found.group()).fits(c) for c in p.candidates)
    ]
    return fitting[0] if len(fitting) == 1 else None


SOLE_NAMESAKE_KM = 30.0  # how near the anchor the one place of a name lies, whatever side the text says


def _sole_namesake_nearby(p: Proposal, locator: Locator) -> bool:
    """Whether the name's one place lies within SOLE_NAMESAKE_KM of the anchor of a direction with no
    distance: the text got the side wrong ("Glushkovo and Zvannoe, southeast of Korenevo", both west of
    it), not the village; a name of several places still goes by the side."""
    return (
        locator.distance_km is None
        and len(p.candidates) == 1
        # (a village known only by its raion centre's point is better put where the text says)
        and not p.candidates[0].approximate
        and km_apart(p.candidates[0], locator.anchor) <= SOLE_NAMESAKE_KM
    )


def _placed_by_the_text(name: str, p: Proposal, locator: Locator) -> Mention:
    """A name none of whose namesakes lies where the text puts it: the point the text gives, when it
    gives a distance, else unresolved."""
    kind = next((k for k in ("town", "city") if k in p.hint), "village")
    place = located_place(name, locator, kind)
    if place is None:
        reason = f"no place of this name near {locator.anchor.name}, where the text puts it"
        return Mention(name, p.match.start, p.end, None, 0.0, reason)
    reason = f"no place of this name in the data lies there: put where the text puts it, {locator.describe()}"
    return Mention(name, p.match.start, p.end, place, 0.5, reason)


def _unresolved(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names the text marks as places ("the village of X") that no mention covers."""
    covered = [(m.start, m.end) for m in mentions]
    at = {m.start: m.place for m in mentions if m.place is not None and m.place.kind in POINT_KINDS}
    found = []
    for cue in UNRESOLVED_CUE.finditer(text):
        start, end = cue.span(1)
        if not any(s < end and start < e for s, e in covered) and key(cue.group(1)):
            mention = Mention(cue.group(1), start, end, None, 0.0, "not in the gazetteer")
            read = read_locator(text, end)
            if read is not None and (anchor := at.get(read[0].end())) is not None:
                # "the village of Novoselivka Persha, 12 km north of Avdiivka": where the text puts it
                locator = Locator(anchor, read[1], read[2], _phrase(text, read[0]))
                kind = "town" if "town of" in cue.group(0) else "village"
                place = located_place(cue.group(1), locator, kind)
                if place is not None:
                    reason = f"not in the gazetteer: put where the text puts it, {locator.describe()}"
                    mention = Mention(cue.group(1), start, end, place, 0.5, reason)
            found.append(mention)
    return found
