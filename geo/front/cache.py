"""Built front geometry kept between runs, so a command pays for it once, not every time.

The baseline and the settlement cells take about a second to build (unions, a Voronoi diagram of
tens of thousands of sites); a pickle of them loads in a tenth of that. The file sits beside the
gazetteer's (``$FRONTMAP_CACHE`` or ``~/.cache/frontmap``), named by a hash of everything it is
built from: the gazetteer's data, the line of contact, this package's code and the shapely/GEOS
versions. Anything else (a missing, stale, corrupt or unwritable cache) means building it again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import shapely

log = logging.getLogger(__name__)
T = TypeVar("T")

_SOURCES = ("baseline.py", "settlements.py", "rules.py", "cache.py")


def cached(name: str, build: Callable[[], T]) -> T:
    """The value ``build()`` gives, from the cache file for ``name`` when there is a current one."""
    path = cache_folder() / f"front-{name}-{fingerprint()}.pickle"
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError, ImportError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as error:
        log.info("front cache not written (%s); it is built again next time", error)
    return value


def cache_folder() -> Path:
    """``$FRONTMAP_CACHE``, else ``~/.cache/frontmap`` (the gazetteer's cache folder too)."""
    return Path(os.environ.get("FRONTMAP_CACHE") or Path.home() / ".cache" / "frontmap")


@cache
def fingerprint() -> str:
    """A hash of what the cached geometry is built from."""
    digest = hashlib.sha256(f"{shapely.__version__} {shapely.geos_version_string}".encode())
    for entry in sorted(resources.files("gazetteer").joinpath("data").iterdir(), key=lambda e: e.name):
        if entry.is_file():
            digest.update(entry.read_bytes())
    digest.update((resources.files("geo.front") / "data" / "contact_line.geojson").read_bytes())
    for name in _SOURCES:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:16]
