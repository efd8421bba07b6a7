"""Built front geometry kept between runs, so a command pays for it once, not every time.

The baseline and the settlement cells take about a second to build (unions, a Voronoi diagram of
tens of thousands of sites); a pickle of them loads in a tenth of that. The file sits beside the
gazetteer's (``$FRONTMAP_CACHE`` or ``~/.cache/frontmap``), named by a hash of everything it is
built from: the gazetteer's data, the line of contact, this package's code and the shapely/GEOS
versions. Anything else (a missing, stale, corrupt or unwritable cache) means building it again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import shapely

from gazetteer.cache import cache_folder
from gazetteer.cache import cached as cached_value

__all__ = ["cache_folder", "cached", "fingerprint"]

T = TypeVar("T")

_SOURCES = ("baseline.py", "settlements.py", "rules.py", "cache.py")


def cached(name: str, build: Callable[[], T]) -> T:
    """The value ``build()`` gives, from the cache file for ``name`` when there is a current one."""
    return cached_value(f"front-{name}", fingerprint(), build)


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
