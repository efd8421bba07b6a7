"""The ``frontmap`` command line.

Exit status: 0 on success, 1 on bad input (one line on stderr naming the file and the problem),
2 on usage errors (argparse's own). Heavy libraries (geopandas, the map) load only in the
commands that need them, so ``frontmap places`` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from geo.cli.options import iso_date, map_options
from geo.errors import FrontmapError

if TYPE_CHECKING:  # the readers and the gazetteer load with the commands that use them
    from gazetteer import Mention
    from geo.articles import Article


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (the console script exits with it)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except FrontmapError as error:
        print(f"frontmap: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontmap", description="Turn war reporting into maps: places, events and an offline map."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    places = commands.add_parser("places", help="the places an article names, resolved to coordinates")
    places.add_argument("article", type=Path)
    places.add_argument("--format", choices=("json", "table"), default="table")
    _published_option(places)
    places.set_defaults(run=_places)

    extract = commands.add_parser("extract", help="the events an article reports")
    extract.add_argument("article", type=Path)
    extract.add_argument("--format", choices=("geojson", "csv", "table"), default="table")
    _published_option(extract)
    extract.set_defaults(run=_extract)

    draw = commands.add_parser("map", help="draw the events of articles on an interactive HTML map")
    draw.add_argument(
        "articles", type=Path, nargs="+", metavar="ARTICLE", help="article files, feeds or folders of them"
    )
    map_options(draw, title=None, title_help="the map's title (default: the article's title, or 'frontmap')")
    _published_option(draw)
    draw.set_defaults(run=_map)

    from geo.cli.store import add_store_commands

    add_store_commands(commands)
    from geo.cli.front import add_front_command

    add_front_command(commands)
    return parser


def _published_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published",
        type=iso_date,
        help="the day the article was published (YYYY-MM-DD), overriding what the file says",
    )


def read_all(paths: Sequence[Path], published: date | None) -> list[Article]:
    """Read every article of every file; skipped parts are reported on stderr, one line each."""
    from geo.read.reading import read_articles

    articles = []
    for path in paths:
        reading = read_articles(path, published)
        for problem in reading.problems:
            print(f"frontmap: warning: {problem}", file=sys.stderr)
        articles.extend(reading.articles)
    return articles


def _places(args: argparse.Namespace) -> int:
    from geo.articles import headline_places, places_in

    articles = read_all([args.article], args.published)
    # (article, mention, whether only the title names it: its offsets are then into the title)
    found: list[tuple[Article, Mention, bool]] = []
    for article in articles:
        body = places_in(article)
        found += [(article, m, True) for m in headline_places(article, body)]
        found += [(article, m, False) for m in body]
    if not any(m.place for _, m, _ in found):
        raise FrontmapError(f"{args.article}: no places found (is it an article about places at war?)")
    unresolved = sorted({m.text for _, m, _ in found if m.place is None})
    if unresolved:
        print(
            f"frontmap: note: {len(unresolved)} names not in the gazetteer: {', '.join(unresolved)}",
            file=sys.stderr,
        )
    if args.format == "json":
        rows = [_place_row(a, m, in_title) for a, m, in_title in found if m.place is not None]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        _print_table(
            ["mention", "place", "kind", "country", "admin1", "lat", "lon", "score", "reason"],
            [
                [
                    m.text,
                    m.place.name,
                    m.place.kind,
                    m.place.country,
                    m.place.admin1,
                    f"{m.place.lat:.4f}",
                    f"{m.place.lon:.4f}",
                    f"{m.score:.2f}",
                    m.reason,
                ]
                if m.place
                else [m.text, "(unresolved)", "", "", "", "", "", "0.00", m.reason]
                for _, m, _ in found
            ],
        )
    return 0


def _place_row(article: Article, m: Mention, in_title: bool) -> dict:
    p = m.place
    return {
        "mention": m.text,
        "name": p.name,
        "kind": p.kind,
        "lat": p.lat,
        "lon": p.lon,
        "country": p.country,
        "admin1": p.admin1,
        "population": p.population,
        "place_id": p.id,
        "start": m.start,
        "end": m.end,
        "score": m.score,
        "reason": m.reason,
        "direction": m.direction,  # names a sector of the front ("the Kramatorsk sector"), no event's place
        "approximate": p.approximate,  # the point is the village's raion centre, not its own
        "article_id": article.article_id,
        "in_title": in_title,  # named only in the title: ``start`` and ``end`` are offsets into it
    }


def _extract(args: argparse.Namespace) -> int:
    from geo.articles import places_in
    from geo.events.extract import extract_events
    from geo.events.table import events_frame

    articles = read_all([args.article], args.published)
    events = []
    for article in articles:
        mentions = places_in(article)
        if not any(m.place for m in mentions):
            raise FrontmapError(f"{args.article}: no places found (is it an article about places at war?)")
        events.extend(extract_events(article, mentions=mentions))
    if not events:
        print(f"frontmap: note: {args.article}: no events found", file=sys.stderr)
    table = events_frame(events)
    if args.format == "geojson":
        print(table.to_json(drop_id=True, ensure_ascii=False, na="null"))
    elif args.format == "csv":
        flat = table.drop(columns="geometry").assign(lon=table.geometry.x, lat=table.geometry.y)
        sys.stdout.write(flat.to_csv(index=False))
    else:
        _print_table(
            ["type", "actor", "place", "prec", "date", "sentence"],
            [
                [e.event_type, e.actor, e.place, str(e.geo_precision), e.date or "?", _short(e.sentence, 70)]
                for e in events
            ],
        )
    return 0


def _map(args: argparse.Namespace) -> int:
    from geo.articles import places_in
    from geo.events.extract import extract_events
    from geo.render import draw_map
    from geo.store.ingest import article_files

    files = article_files(args.articles, exclude=[args.output])
    articles, failed = [], 0
    for path in files:
        try:
            articles.extend(read_all([path], args.published))
        except FrontmapError as error:
            if len(files) == 1:
                raise
            print(f"frontmap: {error}", file=sys.stderr)  # the other articles are still drawn
            failed += 1
    mentions = [places_in(article) for article in articles]
    events = []
    for article, found in zip(articles, mentions, strict=True):
        events.extend(extract_events(article, mentions=found))
    if not events:
        names = ", ".join(str(p) for p in args.articles)
        raise FrontmapError(
            f"{names}: no events found to map (the articles report no advances, retreats or strikes)"
        )
    if args.title is None:
        titles = {a.title for a in articles if a.title}
        args.title = titles.pop() if len(titles) == 1 else "frontmap"
    drawn = draw_map(args, [m for found in mentions for m in found], events)
    return 1 if failed else drawn


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [min(40, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(header)]
    line: Callable[[list[str]], str] = lambda cells: "  ".join(  # noqa: E731
        _short(c, w).ljust(w) for c, w in zip(cells, widths, strict=True)
    ).rstrip()
    print(line(header))
    for row in rows:
        print(line(row))


if __name__ == "__main__":
    sys.exit(main())
