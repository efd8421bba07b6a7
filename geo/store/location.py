"""Where a store lives: a GeoPackage file on this machine, or a PostgreSQL + PostGIS database.

A store is named by one string, so every command and API function takes the same ``--store`` /
``store=``: a path (``events.gpkg``) or a ``postgresql://user@host/db`` URL. When none is given,
``$FRONTMAP_STORE`` names it, so a team can point every command at one server without repeating
the URL; failing that, ``events.gpkg`` in the working directory.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

# The environment variable that names the store when a command or API call names none.
STORE_ENV = "FRONTMAP_STORE"
# The store used when neither --store nor $FRONTMAP_STORE says: a GeoPackage beside the user.
DEFAULT_STORE = "events.gpkg"
# URL schemes libpq accepts for a PostgreSQL connection.
SERVER_SCHEMES = ("postgresql://", "postgres://")

StoreLocation = str | os.PathLike[str]


def store_location(given: StoreLocation | None = None) -> StoreLocation:
    """The store to use: ``given``, else ``$FRONTMAP_STORE``, else ``events.gpkg``."""
    if given is not None and str(given) != "":
        return given
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


def is_server(location: StoreLocation) -> bool:
    """Whether ``location`` names a PostgreSQL server (a URL) rather than a GeoPackage file."""
    return isinstance(location, str) and location.lower().startswith(SERVER_SCHEMES)


def display_name(location: StoreLocation) -> str:
    """``location`` as it may be printed: a URL's password is replaced by ``***``."""
    if not is_server(location):
        return str(location)
    parts = urlsplit(str(location))
    if parts.password is None:
        return str(location)
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def local_files(location: StoreLocation) -> list[Path]:
    """The files a store occupies on this machine (none for a server), for folder walks to skip."""
    return [] if is_server(location) else [Path(location)]
