"""Sentences to events: what happened, who did it, where and when.

Owns the event rules (triggers, hedges, actors, placing, offsets, timing), the ``Event`` record and
the event table (a GeoDataFrame). Reads articles (``geo.articles``) and resolves places with the
gazetteer; must not import ``geo.read``, ``geo.store``, ``maps`` or the command line.
"""

from geo.events.extract import EVENT_TYPES, Event, extract_events
from geo.events.offsets import Offset, apply_offset, find_offset, move
from geo.events.sentences import Sentence, split_sentences

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
