"""Case-insensitive patterns run as case-sensitive ones over lower-cased text.

Python's ``re`` runs a case-insensitive alternation of many words two to three times slower than
the same alternation matched case-sensitively, and the event rules run dozens of such patterns on
every sentence. Lower-casing the sentence once and matching a lower-cased copy of each pattern gives
the same matches. Where lower-casing changes a text's length (a handful of letters, such as the
Turkish dotted capital I, lower-case to two characters), offsets in the copy would not be offsets in
the text, and the caller falls back to the case-insensitive pattern.
"""

from __future__ import annotations

import re

# What lower-casing a pattern would break: an upper-case escape (\S, \W, \D, \B), a group name, or a
# part switched back to case-sensitive matching.
_UNSAFE = re.compile(r"\\[A-Z]|\(\?P<|\(\?[a-z]*-")


def lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-insensitive ``pattern`` as a case-sensitive pattern for lower-cased text.

    Raises ValueError for a pattern that is not case-insensitive or that lower-casing would change
    (see ``_UNSAFE``): such a pattern must be matched as it is.
    """
    if not pattern.flags & re.IGNORECASE:
        raise ValueError(f"pattern {pattern.pattern[:40]!r} is case-sensitive: match it as it is")
    if _UNSAFE.search(pattern.pattern):
        raise ValueError(f"pattern {pattern.pattern[:40]!r} cannot be lower-cased safely")
    return re.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE)


def same_offsets(text: str, lower: str) -> bool:
    """Whether offsets in ``lower`` (``text.lower()``) are offsets in ``text``: lower-casing only ever
    lengthens a letter, so equal lengths mean no letter changed length."""
    return len(text) == len(lower)
