"""Articles to events: reading (``geo.read``), event extraction (``geo.events``), the store
(``geo.store``), the command line (``geo.cli``) and the Python API (``geo.api``).

The layers, bottom to top: the shared pieces here (``geo.errors``, ``geo.files``, ``geo.articles``,
``geo.dates``, ``geo.lazy``), which import nothing of frontmap but the gazetteer; then ``geo.read`` and
``geo.events``; then ``geo.store`` and ``geo.front``; then ``maps``; then ``geo.cli``, ``geo.api``
and ``geo.render`` at the top. ``tests/test_layers.py`` holds the tree to it.

Every name below loads on first use (``geo.lazy``), so ``maps`` can import ``geo.errors`` without loading the
event rules, and the command line starts fast.
"""

from __future__ import annotations

from geo.lazy import lazy_names

_LAZY = {
    "Article": "geo.articles",
    "EventDate": "geo.dates",
    "resolve_date": "geo.dates",
    "FrontmapError": "geo.errors",
    "Event": "geo.events",
    "extract_events": "geo.events",
    "Offset": "geo.events",
    "apply_offset": "geo.events",
    "find_offset": "geo.events",
    "move": "geo.events",
    "Sentence": "geo.events",
    "split_sentences": "geo.events",
    "events_frame": "geo.events.table",
    "places_frame": "geo.events.table",
    "Reading": "geo.read",
    "read_articles": "geo.read",
    "read_text": "geo.read",
}

__all__ = sorted(_LAZY)


__getattr__ = lazy_names(__name__, _LAZY, globals())
