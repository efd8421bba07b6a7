"""Articles to events: reading, sentences, event extraction, the event table and store, the CLI.

Light names import at once; the ones that need geopandas load on first use, so the command line
starts fast.
"""

from __future__ import annotations

from .articles import Article
from .dates import EventDate, resolve_date
from .errors import FrontmapError
from .events import Event, extract_events
from .offsets import Offset, apply_offset, find_offset, move
from .read import Reading, read_articles, read_text
from .sentences import Sentence, split_sentences

_LAZY = {"events_frame": "table", "places_frame": "table"}

__all__ = [
    "Article",
    "Event",
    "EventDate",
    "FrontmapError",
    "Offset",
    "Reading",
    "Sentence",
    "apply_offset",
    "events_frame",
    "extract_events",
    "find_offset",
    "move",
    "places_frame",
    "read_articles",
    "read_text",
    "resolve_date",
    "split_sentences",
]


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'geo' has no attribute {name!r}")
