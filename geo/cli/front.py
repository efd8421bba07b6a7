"""``frontmap front``: the estimated control areas and front line on a day, as GeoJSON or GeoPackage.

Follows geo.cli.main's contract: bad input (a missing store, a day before the invasion or in the
future, an unknown output format) is one line on stderr and exit 1; a malformed date is argparse's
usage error, exit 2. The file is written atomically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.cli.options import iso_date, store_option
from geo.errors import FrontmapError

FORMATS = (".geojson", ".json", ".gpkg")


def add_front_command(commands) -> None:
    """Add ``front`` to the ``frontmap`` parser's subcommands."""
    front = commands.add_parser(
        "front", help="estimate who holds what on a day, and the front line, from the store's events"
    )
    store_option(front)
    front.add_argument(
        "--as-of",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the day to estimate (default: the latest event date in the store)",
    )
    front.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("front.geojson"),
        help="front.geojson or .gpkg (default: front.geojson)",
    )
    front.set_defaults(run=_front)


def _front(args: argparse.Namespace) -> int:
    if args.output.suffix.lower() not in FORMATS:
        raise FrontmapError(f"{args.output}: unknown front format (use .geojson or .gpkg)")
    from geo.front import check_as_of, estimate_front, write_front
    from geo.store.export import select_events

    if args.as_of is not None:
        check_as_of(args.as_of)  # before the store is read
    events, _ = select_events(args.store)  # every report: each counts as a source
    front = estimate_front(events, args.as_of)
    if front.n_reports == 0 or "baseline only" in front.note:
        store = args.store or "the store"
        print(f"frontmap: note: {store}: {front.note}", file=sys.stderr)
    write_front(front, args.output)
    print(f"frontmap: wrote {args.output} (as of {front.as_of.isoformat()}, {front.note})", file=sys.stderr)
    return 0
