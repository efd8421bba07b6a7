"""From an article to the military events it reports.

For each sentence: find the event phrases (:mod:`geo.triggers`), drop the hedged ones
(:mod:`geo.modality`), decide who acted (:mod:`geo.actors`), where (:mod:`geo.placing`, moved by
:mod:`geo.offsets`) and when (:mod:`geo.dates`). Rules, not a statistical model: every decision can
be read back from the sentence, and nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date

from gazetteer import Gazetteer, Mention, find_places, load_gazetteer
from geo.articles import Article
from geo.events.actors import OTHER_SIDE, ActorPhrase, decide_actor, find_actor_phrases, last_side
from geo.events.modality import hedge
from geo.events.offsets import apply_offset, find_offset
from geo.events.placing import SentencePlace, chars_between, places_for, sentence_places
from geo.events.sentences import Sentence, split_sentences
from geo.events.timing import trigger_dates
from geo.events.triggers import Trigger, crossing_struck, find_triggers

EVENT_TYPES = ("advance", "retreat", "strike", "bridge_strike")
# Lines that link to other articles, not report events of this one.
LINK_LINE = re.compile(r"^\s*(?:read also|also read|read more|see also|related)\b", re.IGNORECASE)
# An unknown actor takes the article's side only when the article clearly tells one side's advance
# (at least this many events, and this many times the other side's) and the event is recent news.
CONTEXT_MIN_EVENTS = 1
CONTEXT_RATIO = 3
CONTEXT_MAX_DAYS = 14


@dataclass(frozen=True, slots=True)
class Event:
    """One reported event, placed and dated. ``lon``/``lat`` in EPSG:4326.

    ``actor_basis`` says how the actor was decided: ``agent`` (named in the sentence), ``verb``
    (implied by a passive verb: a recapture is Ukraine's), ``article`` (the article's clear
    direction of advance) or ``none`` (actor unknown).
    """

    event_id: str
    event_type: str
    actor: str
    place: str
    place_id: str
    place_kind: str
    lon: float
    lat: float
    geo_precision: int
    date: str | None
    date_precision: str | None
    sentence: str
    article_id: str
    title: str
    source: str
    published: str | None
    url: str
    mention: str
    actor_basis: str
    source_count: int = 1


def extract_events(article: Article, gazetteer: Gazetteer | None = None) -> list[Event]:
    """Return the events ``article`` reports, in text order; [] when it reports none."""
    gaz = gazetteer or load_gazetteer()
    mentions = find_places(article.text, gaz)
    title_ids = (
        frozenset(m.place.id for m in find_places(article.title, gaz) if m.place)
        if article.title
        else frozenset()
    )
    events: list[Event] = []
    previous_start, previous_side = 0, None
    for sentence in split_sentences(article.text):
        phrases = find_actor_phrases(sentence.text)
        if not LINK_LINE.match(sentence.text):
            context = _Context(mentions, previous_start, title_ids, previous_side, phrases)
            events.extend(_sentence_events(article, sentence, context))
        previous_start = sentence.start
        previous_side = last_side(phrases) or previous_side
    events = _with_article_context(_same_event_same_actor(events), article.published)
    unique: dict[str, Event] = {}
    for event in events:
        unique.setdefault(event.event_id, event)
    return list(unique.values())


@dataclass(frozen=True, slots=True)
class _Context:
    """What a sentence's events need from the rest of the article."""

    mentions: list[Mention]
    previous_start: int  # where the previous sentence starts: back-references look that far
    title_ids: frozenset[str]  # places the title names: what "the city" most likely means
    previous_side: str | None  # the side the previous sentence last named: what "they" means
    phrases: list[ActorPhrase]  # this sentence's actor phrases


def _sentence_events(article: Article, sentence: Sentence, context: _Context) -> list[Event]:
    triggers = find_triggers(sentence.text)
    if not triggers:
        return []
    places = sentence_places(
        article.text,
        sentence.start,
        sentence.end,
        context.mentions,
        recent_from=context.previous_start,
        title_ids=context.title_ids,
    )
    if not places:
        return []
    phrases, previous_side = context.phrases, context.previous_side
    dates = trigger_dates(sentence.text, triggers, article.published)
    bridge = crossing_struck(sentence.text)
    # One event per type and place in a sentence, told by the event phrase nearest the place:
    # "Russia launched missiles at cities, in retaliation for an attack on the Crimean bridge".
    nearest: dict[str, tuple[int, Event]] = {}
    for trigger, when in zip(triggers, dates, strict=True):
        if hedge(sentence.text, trigger.start):
            continue
        event_type = "bridge_strike" if bridge and trigger.event_type == "strike" else trigger.event_type
        actor, basis = decide_actor(sentence.text, trigger, phrases, previous_side)
        targets = _crossings(places) if event_type == "bridge_strike" else []
        for target in targets or places_for(sentence.text, trigger, places):
            on_crossing = event_type == "strike" and target.place.kind in ("bridge", "dam")
            kind = "bridge_strike" if on_crossing else event_type
            event = _event(article, sentence, trigger, kind, actor, basis, target, when)
            distance = chars_between(trigger, target)
            if event.event_id not in nearest or distance < nearest[event.event_id][0]:
                nearest[event.event_id] = distance, event
    return [event for _, event in nearest.values()]


def _crossings(places: list[SentencePlace]) -> list[SentencePlace]:
    """For a strike on bridges: the bridges or dams named, else the river they cross."""
    for kinds in (("bridge", "dam"), ("river",)):
        found = [p for p in places if p.place.kind in kinds]
        if found:
            return found
    return []


def _event(
    article: Article,
    sentence: Sentence,
    trigger: Trigger,
    event_type: str,
    actor: str,
    basis: str,
    target: SentencePlace,
    when,
) -> Event:
    place = target.place
    lon, lat = place.lon, place.lat
    precision = 3 if place.kind in ("region", "river") else 1
    offset = find_offset(sentence.text, target.start, target.end)
    if offset is not None:
        lon, lat = apply_offset(lon, lat, offset)
        precision = max(precision, offset.precision)
    article_id = article.article_id
    digest = hashlib.sha256(f"{article_id}|{sentence.start}|{event_type}|{place.id}".encode()).hexdigest()[
        :16
    ]
    return Event(
        event_id=digest,
        event_type=event_type,
        actor=actor,
        place=place.name,
        place_id=place.id,
        place_kind=place.kind,
        lon=round(lon, 5),
        lat=round(lat, 5),
        geo_precision=precision,
        date=when.day.isoformat() if when.day else None,
        date_precision=when.precision,
        sentence=sentence.text,
        article_id=article_id,
        title=article.title,
        source=article.source,
        published=article.published.isoformat() if article.published else None,
        url=article.url,
        mention=target.text,
        actor_basis=basis,
    )


def _same_event_same_actor(events: list[Event]) -> list[Event]:
    """An event the article reported before with a named agent keeps that agent when told again.

    "Russia's Defense Ministry said its forces had taken control of Soledar. 'The liberation of
    the city of Soledar was completed,' the spokesman said": the liberation is the same Russian
    advance, not the Ukrainian one a liberation usually is.
    """
    named: dict[tuple[str, str], str] = {}
    result = []
    for e in events:
        key = (e.event_type, e.place_id)
        if e.actor_basis == "verb" and key in named and named[key] != e.actor:
            e = replace(e, actor=named[key], actor_basis="article")
        elif e.actor_basis == "agent":
            named[key] = e.actor
        result.append(e)
    return result


def _with_article_context(events: list[Event], published: date | None) -> list[Event]:
    """Give unknown-actor advances and retreats the side the article clearly shows advancing.

    "The loss of Kharkiv" in an article whose other events are Ukrainian advances and Russian
    withdrawals is a Ukrainian advance. Only recent events (the article's news, not history such
    as "captured in July") take the article's side, and the basis is recorded as ``article``.
    """

    def recent(e: Event) -> bool:
        if e.date is None or published is None:
            return True
        days = abs((published - date.fromisoformat(e.date)).days)
        return e.date_precision != "month" and days <= CONTEXT_MAX_DAYS

    advancing = {"UA": 0, "RU": 0}
    for e in events:
        if not recent(e):
            continue
        if e.event_type == "advance" and e.actor in advancing:
            advancing[e.actor] += 1
        elif e.event_type == "retreat" and e.actor in advancing:
            advancing[OTHER_SIDE[e.actor]] += 1
    side = max(advancing, key=advancing.get)
    other = OTHER_SIDE[side]
    if advancing[side] < CONTEXT_MIN_EVENTS or advancing[side] < CONTEXT_RATIO * advancing[other]:
        return events
    result = []
    for e in events:
        if e.actor == "unknown" and e.event_type in ("advance", "retreat") and recent(e):
            e = replace(e, actor=side if e.event_type == "advance" else other, actor_basis="article")
        result.append(e)
    return result
