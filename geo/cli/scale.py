"""``frontmap store migrate``: copy a store to another engine (a GeoPackage into PostGIS, or back).

Under a ``store`` command so that later store maintenance (vacuum, check) has a place beside it.
"""

from __future__ import annotations

import argparse
import sys


def add_migrate_command(commands) -> None:
    """Add ``store migrate`` to the ``frontmap`` parser's subcommands."""
    store = commands.add_parser("store", help="look after a store: copy it to another engine")
    actions = store.add_subparsers(dest="store_command", metavar="COMMAND", required=True)
    migrate = actions.add_parser(
        "migrate",
        help="copy a store to another one (events.gpkg to postgresql://..., or back); rerun to resume",
    )
    migrate.add_argument(
        "--from", dest="source", required=True, metavar="STORE", help="the store to copy (a .gpkg or a URL)"
    )
    migrate.add_argument(
        "--to", dest="target", required=True, metavar="STORE", help="the store to copy into (made if missing)"
    )
    migrate.set_defaults(run=_migrate)


def _migrate(args: argparse.Namespace) -> int:
    from geo.store.location import display_name
    from geo.store.migrate import migrate

    report = migrate(args.source, args.target)
    print(f"frontmap: {report.summary()} into {display_name(args.target)}", file=sys.stderr)
    return 0
