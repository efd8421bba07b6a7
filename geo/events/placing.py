"""Where an event happened: the place its verb governs, not every place in the sentence.

A sentence's places are its resolved mentions (countries and metonyms left out: "Kyiv's forces" is
an actor, not a location), plus back-references ("the city", "the town") that stand for the last
populated place named before them. For a trigger, the place after an active verb ("recaptured
Izyum", "withdrew from Kharkiv") or before a passive one ("the city of Izyum was recaptured") wins;
places joined to it by "and" come along ("the loss of Izyum and nearby Kupyansk").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gazetteer import Mention, Place
from geo.events.forces import FORCE_NOUNS
from geo.events.triggers import Trigger

POPULATED = ("city", "town", "village")
# "Kyiv's forces", "Moscow forces", "Kremlin's claim": a capital standing for its government or army.
METONYM_AFTER = re.compile(
    rf"(?:'s|’s)?\s+(?:(?!(?:with|by|and|or|at|on|in|from|to|of|near)\b)[\w-]+\s+)?"
    rf"(?:{FORCE_NOUNS}|government|officials?|leadership|claims?|"
    r"invasion|counter-?offensive|offensive|regime|authorities|administration|command)\b",
    re.IGNORECASE,
)
# After a dateline's city: an optional date, an optional agency, then a colon or a dash.
DATELINE = re.compile(
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\((?:Reuters|AP|AFP|Xinhua|dpa|UNIAN)\))?"
    r"\s*(?::|—|–|-(?=\s))"
)
BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that)\s+(city|town|village|settlement|bridge|dam)\b(?!\s+of\b)", re.IGNORECASE
)
# What each back-reference word can stand for.
REFERRED_KINDS = {"bridge": ("bridge",), "dam": ("dam",)}
# Between two places that the same verb governs: "Izyum and nearby Kupyansk", "Donetsk and west of Kherson".
COORDINATED = re.compile(
    r"^\s*,\s*$|^\s*,?\s*(?:and|or)\s+(?:the\s+)?(?:nearby\s+|neighbouring\s+|neighboring\s+)?"
    r"(?:(?:city|town|village|settlement)\s+of\s+|[a-z-]+\s+of\s+)?$"
)
CLAUSE_BREAK = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|—|–")
# Costs in characters of distance: how much less likely a place is in each position.
WRONG_SIDE = 40  # before an active verb, after a passive one
BROAD_KIND = (
    60  # a region or a river when a town is as near: "Balakliya, a town in the Kharkiv region that ..."
)
ACROSS_CLAUSE = 200
# A place farther than this (characters) from the event phrase is in another part of the sentence
# ("... in retaliation for an attack on the Crimean bridge"), not where this event happened.
MAX_GAP = 120
DESTINATION = re.compile(r"\b(?:toward|towards|to|into|onto)\s+(?:the\s+)?$", re.IGNORECASE)
DESTINATION_COST = 150
# Back-references: what a mention in the title, or in this or the previous sentence, is worth
# against one more mention of another place.
IN_TITLE = 3
RECENT = 3
SAME_SENTENCE = 5
WAR_COUNTRIES = ("UA", "RU", "BY", "MD")
# Russian regions where ground has changed hands (the 2022 Belgorod raids, the 2024 Kursk incursion).
BORDER_REGIONS = ("Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast")


@dataclass(frozen=True, slots=True)
class SentencePlace:
    """A place in a sentence, with its span relative to the sentence."""

    place: Place
    start: int
    end: int
    text: str
    back_reference: bool = False


def sentence_places(
    text: str,
    sentence_start: int,
    sentence_end: int,
    mentions: list[Mention],
    *,
    recent_from: int = 0,
    title_ids: frozenset[str] = frozenset(),
) -> list[SentencePlace]:
    """The places of one sentence that can be an event's location, in order.

    A back-reference ("the city") stands for the populated place the article has been about: the
    one with the most of: mentions so far, a mention since ``recent_from`` (the previous sentence's
    start; worth ``RECENT``) and a mention in the title (worth ``IN_TITLE``).
    """
    sentence = text[sentence_start:sentence_end]
    places = []
    for m in mentions:
        if not (sentence_start <= m.start < sentence_end) or m.place is None or m.place.kind == "country":
            continue
        if m.place.kind in POPULATED and METONYM_AFTER.match(text, m.end):
            continue
        if m.start - sentence_start <= 1 and DATELINE.match(text, m.end):
            continue  # "KYIV, Sept 12 (Reuters) -": where the story was filed, not where it happened
        places.append(SentencePlace(m.place, m.start - sentence_start, m.end - sentence_start, m.text))
    for ref in BACK_REFERENCE.finditer(sentence):
        if any(p.start <= ref.start() < p.end for p in places):
            continue
        kinds = REFERRED_KINDS.get(ref.group(1).lower(), POPULATED)
        earlier = [
            m
            for m in mentions
            if m.place is not None and m.place.kind in kinds and m.end <= sentence_start + ref.start()
        ]
        if earlier:
            referent = _referent(earlier, recent_from, sentence_start, title_ids)
            places.append(SentencePlace(referent, ref.start(), ref.end(), ref.group(), True))
    return sorted(places, key=lambda p: p.start)


def _referent(
    earlier: list[Mention], recent_from: int, sentence_start: int, title_ids: frozenset[str]
) -> Place:
    scores: dict[str, float] = {}
    last: dict[str, int] = {}
    places: dict[str, Place] = {}
    for m in earlier:
        pid = m.place.id
        places[pid] = m.place
        scores[pid] = scores.get(pid, 0.0) + 1
        last[pid] = m.start
    for pid in scores:
        scores[pid] += IN_TITLE * (pid in title_ids) + RECENT * (last[pid] >= recent_from)
        scores[pid] += SAME_SENTENCE * (last[pid] >= sentence_start)
        if places[pid].country not in WAR_COUNTRIES:
            scores[pid] -= RECENT  # "said he had withdrawn from the city" is not about Washington
    return places[max(scores, key=lambda pid: (scores[pid], last[pid]))]


def on_front(place: Place) -> bool:
    """Whether ground can change hands at a place: Ukraine, or the Russian regions on its border.

    "A setback for Moscow" names Moscow, but no advance happened there; strikes reach anywhere.
    """
    return place.country == "UA" or (place.country == "RU" and place.admin1 in BORDER_REGIONS)


def places_for(sentence: str, trigger: Trigger, places: list[SentencePlace]) -> list[SentencePlace]:
    """The place a trigger governs, and the places coordinated with it; [] when the sentence has none."""
    if trigger.event_type in ("advance", "retreat"):
        places = [p for p in places if on_front(p.place)]
    places = [p for p in places if chars_between(trigger, p) <= MAX_GAP]
    if not places:
        return []
    best = min(places, key=lambda p: _cost(sentence, trigger, p))
    chosen = [best]
    index = places.index(best)
    for step in (1, -1):
        i = index
        while 0 <= i + step < len(places):
            left, right = sorted((places[i], places[i + step]), key=lambda p: p.start)
            gap = sentence[left.end : right.start]
            if not COORDINATED.match(gap):
                break
            if "and" not in gap and "or" not in gap and _broad(left) != _broad(right):
                break  # "Lysychansk, Luhansk region": a qualifier, not a second place
            i += step
            chosen.append(places[i])
    return chosen


def _broad(p: SentencePlace) -> bool:
    return p.place.kind not in POPULATED


def chars_between(trigger: Trigger, p: SentencePlace) -> int:
    """Characters between an event phrase and a place of its sentence, on either side."""
    return p.start - trigger.end if p.start >= trigger.end else trigger.start - p.end


def _cost(sentence: str, trigger: Trigger, p: SentencePlace) -> float:
    after = p.start >= trigger.end
    gap = sentence[trigger.end : p.start] if after else sentence[p.end : trigger.start]
    cost = float(len(gap))
    if after == trigger.passive:
        cost += WRONG_SIDE
    if p.place.kind in ("region", "river"):
        cost += BROAD_KIND
    if CLAUSE_BREAK.search(gap):
        cost += ACROSS_CLAUSE
    if trigger.event_type == "retreat" and after and DESTINATION.search(gap):
        cost += DESTINATION_COST  # "withdrew toward the Luhansk region": where they went, not left
    return cost
