"""Drawing events for the command line: the top layer, where articles and the map meet.

``maps`` knows nothing of articles, so the places an article names are turned into a table here
and handed to ``maps.build_map`` (a full HTML map), ``maps.build_embed`` (a fragment) or
``maps.render_static`` (PNG or SVG), with the estimated front (``geo.front``) of the same events
unless ``--no-front``. The map package is imported inside the functions, so commands that draw
nothing start without it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # records only: a map from the store needs neither the gazetteer nor the rules
    from gazetteer import Mention
    from geo.events.record import Event


def draw_map(args: argparse.Namespace, mentions: Sequence[Mention], events: Sequence[Event]) -> int:
    """Write the map (and the fragment or static images the options ask for) for these events and
    the places the articles name (``mentions``, as ``gazetteer.find_places`` gives them)."""
    from geo.events.table import events_frame, places_frame

    return write_outputs(args, events_frame(events), places_frame(mentions))


def write_outputs(args: argparse.Namespace, table, places) -> int:
    """Write what ``args`` asks for (``output``, ``embed``, ``png``, ``svg``, ``online``, ``title``,
    ``no_front``)."""
    import maps

    out: Path = args.output
    front = None if getattr(args, "no_front", False) else front_layer(table)
    if args.embed:
        snippet = maps.build_embed(table, out, places=places, title=args.title, front=front)
        print(snippet)
    else:
        maps.build_map(table, out, places=places, title=args.title, offline=not args.online, front=front)
        print(f"frontmap: wrote {out} ({len(table)} events)", file=sys.stderr)
    for suffix, wanted in ((".png", args.png), (".svg", args.svg)):
        if wanted:
            image = out.with_suffix(suffix)
            maps.render_static(table, image, places=places, title=args.title, front=front)
            print(f"frontmap: wrote {image}", file=sys.stderr)
    return 0


def front_layer(events):
    """The estimated front the map draws for ``events``: a snapshot for each day control changes
    (weekly past a few months of daily changes), stacked into one table (``geo.front.front_table``)."""
    from geo.front import front_snapshots, front_table

    return front_table(front_snapshots(events))


def with_front(draw: Callable) -> Callable:
    """``draw`` (``maps.build_map`` or alike) drawing the estimated front of the events it is given too,
    for callers that hand a draw function on (``frontmap watch``, ``geo.api.build``)."""

    def draw_with_front(events, out, **options):
        return draw(events, out, front=front_layer(events), **options)

    return draw_with_front
