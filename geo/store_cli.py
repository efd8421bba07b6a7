"""The store's commands (ingest, build, watch, export); filled in with the event store."""

from __future__ import annotations


def add_store_commands(commands) -> None:
    """Add the store's subcommands to the ``frontmap`` parser."""
