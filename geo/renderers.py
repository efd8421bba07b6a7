"""Drawing events, without geo depending on the map package.

``maps`` sits above ``geo`` (it draws the event table geo makes), so geo's command line finds the
drawing functions through the ``frontmap.renderers`` entry points that ``maps`` declares in
pyproject.toml: ``interactive`` (a full HTML map), ``embed`` (an HTML fragment) and ``static``
(PNG or SVG). A build without the map package gets a clear error instead of an import failure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from pathlib import Path

from gazetteer import find_places

from .articles import Article
from .errors import FrontmapError
from .events import Event

GROUP = "frontmap.renderers"


def renderer(name: str) -> Callable:
    """Return the drawing function registered under ``name`` (interactive, embed or static)."""
    found = entry_points(group=GROUP, name=name)
    for entry in found:
        return entry.load()
    raise FrontmapError(f"no '{name}' map renderer is installed (reinstall frontmap: pip install -e .)")


def draw_map(args: argparse.Namespace, articles: Sequence[Article], events: Sequence[Event]) -> int:
    """Write the map (and the fragment or static images the options ask for) for these events."""
    from .table import events_frame, places_frame

    table = events_frame(events)
    places = places_frame([m for a in articles for m in find_places(a.text)])
    return write_outputs(args, table, places)


def write_outputs(args: argparse.Namespace, table, places) -> int:
    """Write what ``args`` asks for (``output``, ``embed``, ``png``, ``svg``, ``online``, ``title``)."""
    out: Path = args.output
    if args.embed:
        snippet = renderer("embed")(table, out, places=places, title=args.title)
        print(snippet)
    else:
        renderer("interactive")(table, out, places=places, title=args.title, offline=not args.online)
        print(f"frontmap: wrote {out} ({len(table)} events)", file=sys.stderr)
    for suffix, wanted in ((".png", args.png), (".svg", args.svg)):
        if wanted:
            image = out.with_suffix(suffix)
            renderer("static")(table, image, places=places, title=args.title)
            print(f"frontmap: wrote {image}", file=sys.stderr)
    return 0
