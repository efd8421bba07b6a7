"""Whether an article is written in English, judged by the script of its letters."""

from __future__ import annotations

import unicodedata
from collections import Counter

# frontmap's gazetteer matching and event phrases are English. An English article is nearly all
# Latin letters even when it quotes a Cyrillic tweet or names a place in Ukrainian; a Russian or
# Ukrainian article is nearly all Cyrillic. Half is far from both.
MIN_LATIN_SHARE = 0.5


def _script(letter: str) -> str:
    """The script a letter belongs to, from its Unicode name ("CYRILLIC SMALL LETTER A")."""
    return unicodedata.name(letter, "UNKNOWN").split(" ")[0]


def non_english_reason(text: str) -> str | None:
    """Why ``text`` is not an English article, or None when it is (or has no letters to judge).

    The reason names the share of the most common non-Latin script, so a user sees at once that
    the file is, say, a Russian article rather than a damaged one.
    """
    letters: Counter[str] = Counter()
    for char, count in Counter(text).items():
        if char.isalpha():
            letters[_script(char)] += count
    total = sum(letters.values())
    latin = letters.pop("LATIN", 0)
    if total == 0 or latin / total >= MIN_LATIN_SHARE:
        return None
    script, count = letters.most_common(1)[0]
    return (
        f"text is not in English (frontmap reads English articles; "
        f"{round(100 * count / total)}% of letters are {script.title()})"
    )
