"""Deciding which names in a text are places, and which place each one is.

Two passes. The first keeps the names that read as places (capitals, no "Post" after "Kyiv", no
surname after "Volodymyr") and resolves those with one plausible place; they become the article's
anchors. The second resolves the ambiguous rest with what the article says around them: a kind
word ("Dnipro River"), a region qualifier ("Lysychansk, Luhansk region"), closeness to the anchors,
and population. Every mention keeps a score and a reason, so a wrong pick can be understood.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from .context import (
    ARTICLE_KINDS,
    ATTRIBUTIVE_NOUNS,
    GIVEN_NAMES,
    KIND_SUFFIXES,
    NAME_PREFIXES,
    NOT_NAME_CONTINUATIONS,
    PLACE_CUES,
    REGION_CUES,
    RIVER_CONTEXT,
    WATER_CUES,
)
from .match import NameMatch, match_names
from .names import is_cyrillic, key, word_key
from .places import Gazetteer, load_gazetteer
from .records import Mention, Place

POPULATED = ("city", "town", "village")
POINT_KINDS = ("city", "town", "village", "bridge", "dam")
# Priors: how likely a reader means a place of this country (the articles are about the war in
# Ukraine; Russia is the other side; Belarus and Moldova border the war).
COUNTRY_PRIOR = {"UA": 0.25, "RU": 0.1, "BY": 0.05, "MD": 0.05}
# Curated features and regions have no population; this stands in for one (a city of ~100k).
FEATURE_PRIOR = 0.7
# A lower-case name is a place only for a big city of the war ("the kyiv troops" in a careless text).
LOWERCASE_MIN_POPULATION = 500_000
# Names that are common English words must be places of at least this size, or carry a cue.
COMMON_WORD_MIN_POPULATION = 100_000  # ten times that at the start of a sentence
# Proximity bonus fades to nothing at this distance from the nearest anchor (km): about the
# width of an oblast, the scale at which an article's places hang together.
NEAR_KM = 300.0
# A name that is a place's main name (not one of its alternate names) is likelier that place.
MAIN_NAME_BONUS = 0.3
# A name that is also another name of a place the article already names is that place.
SAME_AS_NAMED = 0.6
SAME_PASSAGE_CHARS = 300
# ", 20 km north-east of Avdiivka": a name placed explicitly by another place.
LOCATOR = re.compile(
    r",?\s+(?:(?:about|some|around|roughly)\s+)?(?:(\d+(?:\.\d+)?)\s*(km|kilometers|kilometres|miles|mi)\s+)?"
    r"(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
    r"(?:the\s+(?:city|town|village)\s+of\s+)?",
    re.IGNORECASE,
)
# How far beyond the stated distance (or from the anchor, with none stated) the place may lie.
LOCATOR_SLACK_KM = 60.0
MILE_KM = 1.609
UNRESOLVED_CUE = re.compile(
    r"\b(?:city|town|village|settlement|hamlet) of ((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+)?)"
)


# Prepositions that put a small place's name in a place slot ("in Hrakove", "near Robotyne").
PLACE_PREPOSITIONS = frozenset(
    "in near of from outside around toward towards to at into between and via".split()
)
# A village with no such cue must lie this close (km) to another place of the article.
VILLAGE_NEAR_KM = 150.0
SMALL_PLACE = 10_000
TITLES = re.compile(
    r"\b(?:President|General|Gen\.|Minister|Colonel|Col\.|Commander|Lieutenant|Lt\.|Mayor|Governor|Sergeant|"
    r"Major|Captain|Admiral|Marshal|spokesman|spokeswoman|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) ([A-Z][\w’'-]+)"
)
SENTENCE_OPENERS = '.!?:;“"«—–(\n'


@dataclass(slots=True)
class _Proposal:
    match: NameMatch
    end: int
    candidates: list[Place]
    hint: str
    weak: bool = False


def find_places(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Return the place mentions of ``text`` in text order, resolved, plus unresolved ones.

    Unresolved mentions (``place`` None) are names the text marks as places ("the village of
    Hrakove") that the gazetteer does not hold; they are reported, not dropped.
    """
    gaz = gazetteer or load_gazetteer()
    matches, spans = match_names(text, gaz)
    starts = {m.first_word for m in matches}
    ends = {m.last_word for m in matches}
    persons = _person_words(text, spans)
    proposals = [
        p for m in matches if (p := _propose(text, m, spans, starts, ends, persons, gaz)) is not None
    ]
    river_article = any(cue in text.lower() for cue in RIVER_CONTEXT)
    admin1_named = {
        c.name for p in proposals for c in p.candidates if len(p.candidates) == 1 and c.kind == "region"
    }

    resolved: dict[int, tuple[Place, float, str]] = {}
    for i, p in enumerate(proposals):
        ranked = _rank(p, text, river_article, admin1_named, anchors=[])
        if len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= 0.35:
            resolved[i] = _choice(ranked, len(p.candidates))
    anchors = [
        (proposals[i].match.start, place)
        for i, (place, _, _) in resolved.items()
        if place.kind in POINT_KINDS and not proposals[i].weak
    ]
    river_anchors = [
        (proposals[i].match.start, place)
        for i, (place, _, _) in resolved.items()
        if place.kind not in ("river", "country") and place.country == "UA" and not proposals[i].weak
    ]
    by_start = {p.match.start: i for i, p in enumerate(proposals)}
    mentions: list[Mention] = []
    for i, p in enumerate(proposals):
        locator = _locator(text, p, proposals, by_start, resolved)
        if locator is not None:
            anchor, radius = locator
            near = [c for c in p.candidates if _km(c, anchor) <= radius]
            if not near:
                reason = (
                    f"no place of this name within {radius:.0f} km of {anchor.name}, where the text puts it"
                )
                mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, None, 0.0, reason))
                continue
            p.candidates = near
            resolved.pop(i, None)
        if i in resolved:
            place, score, reason = resolved[i]
        else:
            ranked = _rank(p, text, river_article, admin1_named, anchors)
            place, score, reason = _choice(ranked, len(p.candidates))
        if p.weak and not any(_km(place, a) <= VILLAGE_NEAR_KM for _, a in anchors if a.id != place.id):
            continue  # a small place named with no cue, far from the article's places: a surname, a word
        if place.kind == "river":
            place = _on_river(place, p.match.start, river_anchors)
        mentions.append(Mention(text[p.match.start : p.end], p.match.start, p.end, place, score, reason))
    mentions.extend(_unresolved(text, mentions))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _locator(
    text: str,
    p: _Proposal,
    proposals: list[_Proposal],
    by_start: dict[int, int],
    resolved: dict[int, tuple[Place, float, str]],
) -> tuple[Place, float] | None:
    """The place and radius (km) a name is explicitly located by: "Stepove, north of Avdiivka"."""
    found = LOCATOR.match(text, p.end)
    if not found or found.end() not in by_start:
        return None
    j = by_start[found.end()]
    if j in resolved:
        anchor = resolved[j][0]
    elif len(proposals[j].candidates) == 1:
        anchor = proposals[j].candidates[0]
    else:
        return None
    if anchor.kind not in POINT_KINDS:
        return None
    distance = (
        float(found.group(1)) * (MILE_KM if (found.group(2) or "").startswith("mi") else 1)
        if found.group(1)
        else 0
    )
    return anchor, distance + LOCATOR_SLACK_KM


def _person_words(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """Keys of the words the text uses as surnames: after a given name or a title."""
    persons = {key(t.group(1)) for t in TITLES.finditer(text)}
    for (s1, e1), (s2, e2) in zip(spans, spans[1:], strict=False):
        first = text[s1:e1]
        if first[0].isupper() and first.lower() in GIVEN_NAMES and text[e1:s2] == " " and text[s2].isupper():
            persons.add(key(text[s2:e2]))
    return frozenset(persons)


def _propose(
    text: str,
    m: NameMatch,
    spans: list[tuple[int, int]],
    starts: set[int],
    ends: set[int],
    persons: frozenset[str],
    gaz: Gazetteer,
) -> _Proposal | None:
    """Keep a name that reads as a place, with the candidates its surroundings allow; else None."""
    raw = m.text
    if m.key in persons:
        return None  # Syrsky in "Oleksandr Syrsky said", and every later "Syrsky"
    cands = [c for c in m.candidates if _spelled_right(raw, gaz.spellings.get((m.key, c.id), raw))]
    if not cands:
        return None
    if not raw[0].isupper():
        if raw.lower() in gaz.common_words:
            return None
        cands = [
            c
            for c in cands
            if (c.kind == "city" and c.population >= LOWERCASE_MIN_POPULATION)
            or (c.kind in ARTICLE_KINDS and " " in m.key)  # "the left bank", "the crimean bridge"
        ]
        if not cands:
            return None
    before = text[max(0, m.start - 20) : m.start].lower()
    prev_word = _word(text, spans, m.first_word - 1)
    next_word = _word(text, spans, m.last_word + 1)
    gap_after = text[m.end : spans[m.last_word + 1][0]] if next_word else ""
    gap_before = text[spans[m.first_word - 1][1] : m.start] if prev_word else ""
    end, hint = m.end, ""

    if next_word and gap_after in (" ", "-") and next_word.lower() in KIND_SUFFIXES:
        kind = KIND_SUFFIXES[next_word.lower()]
        typed = [c for c in cands if c.kind == kind] or [
            c
            for k in (f"{m.key} {word_key(next_word)}", f"{m.key} oblast")
            for c in gaz.candidates(k)
            if c.kind == kind
        ]
        if typed:
            cands, end, hint = typed, spans[m.last_word + 1][1], f"'{next_word}' after the name"
    elif next_word and gap_after == " " and next_word[0].isupper() and not is_cyrillic(next_word):
        if next_word.lower() not in NOT_NAME_CONTINUATIONS:
            return None  # Kyiv Post, Moscow Komsomolets, Volodymyr Zelensky
    if prev_word and gap_before == " " and prev_word[0].isupper():
        if prev_word.lower() in GIVEN_NAMES or m.first_word - 1 in ends:
            return None  # a surname that is also a place; the second word of "Moscow Komsomolets"
        opener = text[: spans[m.first_word - 1][0]].rstrip()[-1:] in SENTENCE_OPENERS
        lower = prev_word.lower()
        if not opener and lower not in NAME_PREFIXES and lower not in gaz.common_words:
            return None  # "Ukrainska Pravda", "Novaya Gazeta": the name ends a longer proper noun
    if before.rstrip().endswith(WATER_CUES):
        return None  # "the Sea of Azov" is not the town of Azov
    if not hint and before.rstrip().endswith(REGION_CUES):
        regions = [c for c in gaz.candidates(f"{m.key} oblast") if c.kind == "region"]
        if regions:
            cands, hint = regions, "'region of' before the name"
    elif not hint and before.rstrip().endswith(PLACE_CUES):
        populated = [c for c in cands if c.kind in POPULATED]
        if populated:
            cands, hint = populated, "'city of' before the name"
    elif not hint and prev_word and prev_word.lower() == "the" and gap_before == " ":
        featured = [c for c in cands if c.kind in ARTICLE_KINDS]
        if featured:
            cands, hint = featured, "'the' before the name"
        else:
            # cities take no article: "the Duma" is not the Syrian town; but "the Bakhmut direction"
            # and "the Kyiv government" use a place of the war as an adjective
            attributive = gap_after == " " and next_word.lower() in ATTRIBUTIVE_NOUNS
            least = 0 if attributive else COMMON_WORD_MIN_POPULATION
            cands = [c for c in cands if c.country in COUNTRY_PRIOR and c.population >= least]
            if not cands:
                return None
    if not hint and " " not in m.key and raw.lower() in gaz.common_words:
        opener = text[: m.start].rstrip()[-1:] in SENTENCE_OPENERS or m.start == 0
        least = COMMON_WORD_MIN_POPULATION * 10 if opener else SMALL_PLACE
        cands = [c for c in cands if c.kind not in POPULATED or c.population >= least]
        if not cands:
            return None  # "Will", "Read", "An": common words that are also places
    weak = (
        not hint
        and all(c.kind in POPULATED and c.population < SMALL_PLACE for c in cands)
        and prev_word.lower() not in PLACE_PREPOSITIONS
    )
    return _Proposal(m, end, cands, hint, weak)


def _spelled_right(raw: str, spelling: str) -> bool:
    """Acronyms ("US", "РФ") match only in capitals; other names in any case."""
    letters = [c for c in spelling if c.isalpha()]
    if len(letters) <= 4 and all(c.isupper() for c in letters):
        return [c for c in raw if c.isalpha()] == letters
    return True


def _word(text: str, spans: list[tuple[int, int]], index: int) -> str:
    if 0 <= index < len(spans):
        start, end = spans[index]
        return text[start:end]
    return ""


def _rank(
    p: _Proposal,
    text: str,
    river_article: bool,
    admin1_named: set[str],
    anchors: list[tuple[int, Place]],
) -> list[tuple[float, Place, str]]:
    """Score every candidate of a proposal; best first. Each score comes with its main reason."""
    after = text[p.end : p.end + 60]
    ranked = []
    for c in p.candidates:
        if c.kind in POPULATED:
            score = math.log10(max(c.population, 10)) / 7
            reason = f"population {c.population:,}"
        else:
            score = FEATURE_PRIOR
            reason = f"the {c.kind}"
        score += COUNTRY_PRIOR.get(c.country, 0.0)
        if key(c.name) == p.match.key:
            score += MAIN_NAME_BONUS  # Mykolaiv the city, not a village that once had that name too
        if c.kind == "river" and river_article:
            score += 0.5
            reason = "the river (the article speaks of banks or crossings)"
        if c.admin1 and c.admin1 in admin1_named:
            score += 0.2
            reason = f"in {c.admin1}, which the article names"
        if c.admin1 and _qualified(after, c.admin1):
            score += 0.6
            reason = f"qualified by {c.admin1}"
        near = [
            (_nearness(_km(c, a), abs(start - p.match.start)), _km(c, a), a)
            for start, a in anchors
            if a.id != c.id and start != p.match.start
        ]
        if any(a.id == c.id for start, a in anchors if start != p.match.start):
            score += SAME_AS_NAMED
            reason = "a place the article names otherwise"  # "Bakhmut, which Russians call Artemovsk"
        elif near and c.kind in POINT_KINDS:
            bonus, km, anchor = max(near, key=lambda t: t[0])
            if bonus > 0:
                score += bonus
                reason = f"{km:.0f} km from {anchor.name}, named in the article"
        if p.hint:
            reason = f"{p.hint}; {reason}"
        ranked.append((score, c, reason))
    ranked.sort(key=lambda r: (-r[0], r[1].id))
    return ranked


def _nearness(km: float, chars_apart: int) -> float:
    """How much being ``km`` from a place named ``chars_apart`` characters away speaks for a candidate.

    Places named in the same stretch of text ("Stepove, north of Avdiivka") count fully, places
    elsewhere in the article a little over half.
    """
    weight = 1.0 if chars_apart <= SAME_PASSAGE_CHARS else 0.6
    return 0.5 * weight * max(0.0, 1 - km / NEAR_KM)


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


def _km(a: Place, b: Place) -> float:
    return _haversine_km(a.lon, a.lat, b.lon, b.lat)


def _haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _on_river(river: Place, start: int, anchors: list[tuple[int, Place]]) -> Place:
    """Put a river mention on the stretch the text is about: the vertex nearest the closest anchor.

    The closest anchor is the point place mentioned nearest in the text; with none, the river's
    own point (its middle course in the war zone) stays.
    """
    if not river.geometry or not anchors:
        return river
    _, anchor = min(anchors, key=lambda pair: abs(pair[0] - start))
    lon, lat = min(river.geometry, key=lambda v: _haversine_km(v[0], v[1], anchor.lon, anchor.lat))
    return dataclasses.replace(river, lon=lon, lat=lat)


def _unresolved(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names the text marks as places ("the village of X") that no mention covers."""
    covered = [(m.start, m.end) for m in mentions]
    found = []
    for cue in UNRESOLVED_CUE.finditer(text):
        start, end = cue.span(1)
        if not any(s < end and start < e for s, e in covered) and key(cue.group(1)):
            found.append(Mention(cue.group(1), start, end, None, 0.0, "not in the gazetteer"))
    return found
