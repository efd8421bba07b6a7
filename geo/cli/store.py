"""The store's commands: ingest, build, watch and export.

They follow geo.cli.main's contract: bad input raises FrontmapError (printed as one line, exit 1), a
folder with some bad files still ingests the good ones and exits 1, usage errors exit 2. Heavy
libraries load inside the commands, so ``frontmap --help`` stays fast.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from geo.cli.options import iso_date, map_options, store_option
from geo.errors import FrontmapError
from geo.events.record import EVENT_TYPES

ACTORS = ("UA", "RU", "unknown")


def add_store_commands(commands) -> None:
    """Add the store's subcommands to the ``frontmap`` parser."""
    ingest = commands.add_parser("ingest", help="read articles, feeds or folders into the event store")
    ingest.add_argument("paths", type=Path, nargs="+", metavar="ARTICLE|FEED|FOLDER")
    store_option(ingest)
    ingest.add_argument(
        "--published",
        type=iso_date,
        help="the day every article was published (YYYY-MM-DD), overriding the files",
    )
    ingest.add_argument(
        "--no-progress", action="store_true", help="no progress bar (it is off when not a terminal)"
    )
    ingest.add_argument(
        "--workers", type=_count, metavar="N", help="extract on N local processes (needs frontmap[scale])"
    )
    ingest.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786)",
    )
    ingest.set_defaults(run=_ingest)

    build = commands.add_parser("build", help="draw the map of the events in the store")
    store_option(build)
    map_options(build)
    _filter_options(build)
    build.add_argument(
        "--reports", action="store_true", help="one point per report instead of per merged event"
    )
    build.set_defaults(run=_build)

    watch = commands.add_parser("watch", help="ingest articles as they land in a folder and redraw the map")
    watch.add_argument("folder", type=Path)
    store_option(watch)
    map_options(watch, extras=False)
    watch.add_argument(
        "--interval", type=_positive, default=5.0, metavar="SECONDS", help="between polls (default 5)"
    )
    watch.add_argument("--once", action="store_true", help="poll once, draw the map and exit")
    watch.add_argument("--iterations", type=int, metavar="N", help="stop after N polls")
    _filter_options(watch)
    watch.set_defaults(run=_watch)

    export = commands.add_parser("export", help="write the store's events as GeoJSON, CSV, KML or GeoPackage")
    store_option(export)
    export.add_argument(
        "-o", "--output", type=Path, required=True, help="events.geojson, .csv, .kml or .gpkg"
    )
    export.add_argument("--merged", action="store_true", help="one row per merged event, with its sources")
    _filter_options(export)
    export.set_defaults(run=_export)

    from geo.cli.scale import add_migrate_command

    add_migrate_command(commands)


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="events on or after this day")
    parser.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="events on or before this day")
    parser.add_argument(
        "--type",
        action="append",
        type=_choices(EVENT_TYPES),
        default=[],
        metavar="TYPE",
        help=f"only these event types ({', '.join(EVENT_TYPES)}); repeat or separate with commas",
    )
    parser.add_argument(
        "--actor",
        action="append",
        type=_choices(ACTORS),
        default=[],
        metavar="ACTOR",
        help="only these actors (UA, RU, unknown); repeat or separate with commas",
    )
    parser.add_argument(
        "--bbox", type=_bbox, metavar="MINLON,MINLAT,MAXLON,MAXLAT", help="only events inside"
    )


def _count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes (1 or more): {value!r}")
    return int(value)


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number > 0:
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {value!r}")
    return number


def _choices(allowed: tuple[str, ...]):
    def parse(value: str) -> tuple[str, ...]:
        items = tuple(v.strip() for v in value.split(",") if v.strip())
        wrong = [v for v in items if v not in allowed]
        if wrong or not items:
            raise argparse.ArgumentTypeError(f"{value!r}: use {', '.join(allowed)}")
        return items

    return parse


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in value.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r}: give four numbers, minlon,minlat,maxlon,maxlat"
        ) from None
    if not (-180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90):
        raise argparse.ArgumentTypeError(f"{value!r}: need minlon < maxlon and minlat < maxlat, in degrees")
    return min_lon, min_lat, max_lon, max_lat


def event_filter(args: argparse.Namespace):
    """The EventFilter the command's --since/--until/--type/--actor/--bbox options describe."""
    from geo.store.database import EventFilter

    if args.since and args.until and args.since > args.until:
        raise FrontmapError(f"--since {args.since} is after --until {args.until} (swap them)")
    return EventFilter(
        since=args.since,
        until=args.until,
        types=tuple(t for group in args.type for t in group),
        actors=tuple(a for group in args.actor for a in group),
        bbox=args.bbox,
    )


def _print_report(report) -> None:
    for line in report.failed:
        print(f"frontmap: {line}", file=sys.stderr)


def _ingest(args: argparse.Namespace) -> int:
    from geo.store.ingest import ingest_files

    progress = not args.no_progress and sys.stderr.isatty()
    report = ingest_files(
        args.store,
        args.paths,
        published=args.published,
        progress=progress,
        workers=args.workers,
        scheduler=args.scheduler,
    )
    _print_report(report)
    print(f"frontmap: {report.summary()}", file=sys.stderr)
    return 1 if report.failed else 0


def _build(args: argparse.Namespace) -> int:
    from geo.render import write_outputs
    from geo.store.export import select_events

    # Reading 100,000 stored reports makes millions of small objects and no reference cycle: the cycle
    # collector, left on, walks them again and again (a tenth of a build's time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        events, places = select_events(args.store, event_filter(args), merged=not args.reports, ordered=False)
    finally:
        if collecting:
            gc.enable()
    if events.empty:
        from geo.store.location import display_name, store_location

        store = display_name(store_location(args.store))
        raise FrontmapError(f"{store}: no events match (ingest articles first, or loosen the filters)")
    return write_outputs(args, events, places)


def _watch(args: argparse.Namespace) -> int:
    from geo.render import with_front
    from geo.store.watch import watch
    from maps import build_map

    if not args.folder.is_dir():
        raise FrontmapError(f"{args.folder}: not a folder (watch takes the folder articles arrive in)")
    failed: set[str] = set()

    def show(poll) -> None:
        new = [line for line in poll.report.failed if line not in failed]  # a bad file is named once
        failed.update(new)
        for line in new:
            print(f"frontmap: {line}", file=sys.stderr)
        if poll.drawn is not None:
            print(
                f"frontmap: {poll.report.summary()}; wrote {args.output} ({poll.drawn} events)",
                file=sys.stderr,
            )

    iterations = 1 if args.once else args.iterations
    try:
        watch(
            args.folder,
            args.store,
            args.output,
            build_map if args.no_front else with_front(build_map),
            interval=args.interval,
            iterations=iterations,
            where=event_filter(args),
            on_poll=show,
            title=args.title,
            offline=not args.online,
        )
    except KeyboardInterrupt:
        print("frontmap: watch stopped", file=sys.stderr)
        return 0
    return 1 if failed else 0


def _export(args: argparse.Namespace) -> int:
    from geo.store.export import EXPORT_FORMATS, select_events, write_table

    if args.output.suffix.lower() not in EXPORT_FORMATS:
        raise FrontmapError(f"{args.output}: unknown export format (use .geojson, .csv, .kml or .gpkg)")
    events, _ = select_events(args.store, event_filter(args), merged=args.merged)
    write_table(events, args.output)
    print(f"frontmap: wrote {args.output} ({len(events)} events)", file=sys.stderr)
    return 0
