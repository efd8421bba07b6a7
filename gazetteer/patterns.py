"""Word alternations that Python's ``re`` can scan for quickly.

``re`` looks for a pattern by trying it at every position of the text, unless the pattern starts with
a known character (or set of characters): then it skips ahead to the next such character first. A
pattern that starts with a word boundary (``\\b(?:Russia|Moscow|Kremlin)``) gives it no such
character, so every position is tried. The same pattern written to start with its first letters,
the boundary checked just after them (``(?:R(?<!\\w.)ussia|M(?<!\\w.)oscow|K(?<!\\w.)remlin)``),
matches exactly the same text and lets ``re`` skip to the next R, M or K: worth it where the first
letters are rare, as capitals are (several times faster on news text), not where they are common.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_QUANTIFIERS = ("?", "*", "+", "{")
_BOUNDARY_AFTER_FIRST = r"(?<!\w.)"  # "\b before the letter just matched": no word character before it


def word_initial(source: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``source`` so that ``re`` can skip to its first letters; the matches are the same.

    ``source`` is an alternation whose every branch starts with ``\\b`` and then a letter, or a
    non-capturing group of such branches (``\\b(?:Russia|Russians?|Moscow)\\b(?!-)``). Raises
    ValueError for any other shape, and for a case-insensitive pattern (its first letters are not
    known) or one with capturing groups (the rewriting would number them otherwise), so a pattern
    this cannot speed up is never silently compiled otherwise.
    """
    if flags & re.IGNORECASE:
        raise ValueError("a case-insensitive pattern has no known first letters")
    branches = _branches(source)
    by_letter: dict[str, list[str]] = {}
    for branch in branches:
        for letter, rest in _letter_first(branch):
            by_letter.setdefault(letter, []).append(rest)
    parts = [
        f"{letter}{_BOUNDARY_AFTER_FIRST}" + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for letter, rests in by_letter.items()
    ]
    if re.compile(source, flags).groups:
        # branches are regrouped by first letter and what follows a group of them is copied into
        # each: capturing groups would be numbered otherwise, or more than once
        raise ValueError("a pattern with capturing groups cannot be rewritten")
    return re.compile("|".join(parts), flags)


def _letter_first(branch: str) -> list[tuple[str, str]]:
    """The (first letter, rest) pairs a ``\\b``-led branch stands for, in order."""
    if not branch.startswith("\\b"):
        raise ValueError(f"branch {branch[:30]!r} does not start with \\b")
    rest = branch[2:]
    if rest[:1].isalpha() and rest[1:2] not in _QUANTIFIERS:
        return [(rest[0], rest[1:])]
    if rest.startswith("(?:"):
        end = _group_end(rest)
        if rest[end : end + 1] in _QUANTIFIERS and end < len(rest):
            raise ValueError(f"branch {branch[:30]!r} starts with an optional group")
        after = rest[end:]
        return [
            (letter, f"{inner}{after}" if not after else f"(?:{inner}){after}")
            for sub in _branches(rest[3 : end - 1])
            for letter, inner in _letter_first("\\b" + sub)
        ]
    raise ValueError(f"branch {branch[:30]!r} does not start with a letter or a group of them")


def _branches(source: str) -> list[str]:
    """The top-level branches of a pattern's source."""
    branches, start = [], 0
    for i, char, depth in _structure(source):
        if char == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
    branches.append(source[start:])
    return branches


def _group_end(source: str) -> int:
    """The index just past the group that opens at ``source[0]``."""
    for i, char, depth in _structure(source):
        if char == ")" and depth == 0:
            return i + 1
    raise ValueError("unbalanced parentheses")


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """The parentheses and bars of a pattern's source (not escaped, not in a class), each with its
    offset and the depth of groups around it (a ")" with the depth it leaves)."""
    depth, i = 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
            continue
        if char in "()|":
            depth += char == "("
            depth -= char == ")"
            yield i, char, depth
        i += 1
    if depth:
        raise ValueError("unbalanced parentheses")


def _class_end(source: str, i: int) -> int:
    """The index just past the character class that opens at ``source[i]``."""
    j = i + 1
    if source[j : j + 1] == "^":
        j += 1
    if source[j : j + 1] == "]":
        j += 1  # a "]" first in a class is a literal
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1
