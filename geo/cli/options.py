"""Options several ``frontmap`` commands share: a day, the store, and how a map is drawn.

One definition each, so ``map``, ``build``, ``watch`` and ``front`` read the same words the same way.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path


def iso_date(value: str) -> date:
    """An argparse type for YYYY-MM-DD (a usage error, exit 2, for anything else)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {value!r}") from None


def store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        default=None,
        help="the store: a GeoPackage or a postgresql:// URL (default: $FRONTMAP_STORE, else events.gpkg)",
    )


def map_options(
    parser: argparse.ArgumentParser,
    *,
    title: str | None = "frontmap",
    title_help: str | None = None,
    extras: bool = True,
) -> None:
    """Add where the map goes and how it is drawn; ``extras`` adds the fragment and static images."""
    parser.add_argument("-o", "--output", type=Path, default=Path("map.html"), help="default: map.html")
    parser.add_argument("--title", default=title, help=title_help)
    parser.add_argument(
        "--online",
        action="store_true",
        help="reference Leaflet on its CDN instead of inlining it (smaller file, needs the network)",
    )
    parser.add_argument("--offline", action="store_true", help="inline everything (the default)")
    parser.add_argument(
        "--no-front", action="store_true", help="leave out the estimated front line and control areas"
    )
    if extras:
        parser.add_argument(
            "--embed", action="store_true", help="write an HTML fragment and print an iframe snippet"
        )
        parser.add_argument("--png", action="store_true", help="also write a static PNG beside the map")
        parser.add_argument("--svg", action="store_true", help="also write a static SVG beside the map")
