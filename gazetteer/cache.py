"""Pickled values kept between runs in frontmap's cache folder, rebuilt when what they came from changes.

The gazetteer's index and the front's geometry each take a second or so to build and a tenth of
that to load. Each is kept in ``$FRONTMAP_CACHE`` (else ``~/.cache/frontmap``) in a file named by
a kind and a fingerprint of what it is built from, so changed data or code simply misses the cache.
A missing, stale, corrupt or unwritable cache is never an error: the value is built again.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

# What a cache file written by another Python, pickle or library version can raise when loaded.
_UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError, ImportError)


def cache_folder() -> Path:
    """``$FRONTMAP_CACHE``, else ``~/.cache/frontmap``."""
    return Path(os.environ.get("FRONTMAP_CACHE") or Path.home() / ".cache" / "frontmap")


def cached(kind: str, fingerprint: str, build: Callable[[], T]) -> T:
    """The value ``build()`` gives, loaded from ``<kind>-<fingerprint>.pickle`` when that file is readable.

    A newly written file replaces the older fingerprints of the same kind, so the folder holds one
    file per kind rather than one per data version ever seen.
    """
    path = cache_folder() / f"{kind}-{fingerprint}.pickle"
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except _UNREADABLE:
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as error:
        log.info("%s cache not written (%s); it is built again next time", kind, error)
        return value
    for old in path.parent.glob(f"{kind}-*.pickle"):
        if old != path and len(old.stem) == len(path.stem):
            old.unlink(missing_ok=True)
    return value
