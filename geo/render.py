"""Drawing events for the command line: the top layer, where articles and the map meet.

``maps`` knows nothing of articles, so the places an article names are turned into a table here
and handed to ``maps.build_map`` (a full HTML map), ``maps.build_embed`` (a fragment) or
``maps.render_static`` (PNG or SVG). The map package is imported inside the functions, so commands
that draw nothing start without it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from gazetteer import find_places
from geo.articles import Article
from geo.events.extract import Event


def draw_map(args: argparse.Namespace, articles: Sequence[Article], events: Sequence[Event]) -> int:
    """Write the map (and the fragment or static images the options ask for) for these events."""
    from geo.events.table import events_frame, places_frame

    table = events_frame(events)
    places = places_frame([m for a in articles for m in find_places(a.text)])
    return write_outputs(args, table, places)


def write_outputs(args: argparse.Namespace, table, places) -> int:
    """Write what ``args`` asks for (``output``, ``embed``, ``png``, ``svg``, ``online``, ``title``)."""
    import maps

    out: Path = args.output
    if args.embed:
        snippet = maps.build_embed(table, out, places=places, title=args.title)
        print(snippet)
    else:
        maps.build_map(table, out, places=places, title=args.title, offline=not args.online)
        print(f"frontmap: wrote {out} ({len(table)} events)", file=sys.stderr)
    for suffix, wanted in ((".png", args.png), (".svg", args.svg)):
        if wanted:
            image = out.with_suffix(suffix)
            maps.render_static(table, image, places=places, title=args.title)
            print(f"frontmap: wrote {image}", file=sys.stderr)
    return 0
