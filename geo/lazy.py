"""Package names loaded on first use.

``geo``, ``geo.events``, ``geo.store`` and ``maps`` name far more than most commands use: drawing a
map from the store needs neither the event rules nor the readers, and ``frontmap --help`` none of
them. Each package lists where its names live and gets its module ``__getattr__`` from here.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_names(package: str, homes: dict[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """The module ``__getattr__`` of ``package``: it imports each name of ``homes`` (name -> module,
    ``.module`` relative to the package) on first use and keeps it in ``namespace`` (the package's
    globals), so later uses are plain lookups."""

    def __getattr__(name: str) -> Any:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(homes[name], package), name)
        namespace[name] = value
        return value

    return __getattr__
