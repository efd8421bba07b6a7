"""The ``frontmap`` command line: the top layer, which may import every other part, maps included."""

from geo.cli.main import main

__all__ = ["main"]
