"""Sentences to events: what happened, who did it, where and when.

Owns the event rules (triggers, hedges, actors, placing, offsets, timing), the ``Event`` record and
the event table (a GeoDataFrame). Reads articles (``geo.articles``) and resolves places with the
gazetteer; must not import ``geo.read``, ``geo.store``, ``maps`` or the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo.lazy import lazy_names

# Names load on first use: reading a store or drawing a map needs the Event record, not the rules.
_HOMES = {
    "EVENT_TYPES": "geo.events.record",
    "Event": "geo.events.record",
    "extract_events": "geo.events.extract",
    "Offset": "geo.events.offsets",
    "apply_offset": "geo.events.offsets",
    "find_offset": "geo.events.offsets",
    "move": "geo.events.offsets",
    "Sentence": "geo.events.sentences",
    "split_sentences": "geo.events.sentences",
}

if TYPE_CHECKING:
    from geo.events.extract import extract_events
    from geo.events.offsets import Offset, apply_offset, find_offset, move
    from geo.events.record import EVENT_TYPES, Event
    from geo.events.sentences import Sentence, split_sentences


__getattr__ = lazy_names(__name__, _HOMES, globals())

__all__ = [
    "EVENT_TYPES",
    "Event",
    "Offset",
    "Sentence",
    "apply_offset",
    "extract_events",
    "find_offset",
    "move",
    "split_sentences",
]
