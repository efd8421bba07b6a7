"""The one error type frontmap's command line catches and prints as a single line."""

from __future__ import annotations


class FrontmapError(Exception):
    """A problem a user can act on; the message names the file and the problem.

    Raise it as ``FrontmapError(f"{path}: file is empty (nothing to read)")``. The command line
    prints ``str(error)`` on one line and exits 1; it never shows a traceback for this type.
    """
