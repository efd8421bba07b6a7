"""What a format reader hands back: articles built with one text normalisation for every format."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from geo.articles import Article

# Spaces that look like a space but stop word matching ("Kherson\u00a0region"): no-break space,
# figure space, narrow no-break space.
_SPACES = {ord(char): " " for char in "\u00a0\u2007\u202f"}
# Invisible characters pasted in from web pages and word processors: zero-width space, non-joiner
# and joiner, word joiner, a byte-order mark left mid-text, and the soft hyphen ("Kher\u00adson").
_INVISIBLE = {ord(char): None for char in "\u200b\u200c\u200d\u2060\ufeff\u00ad"}
_LINE_BREAKS = re.compile(r"\r\n?")
# Letters Latin and Cyrillic draw alike, which sloppy pages mix inside one word ("Mеловoe": a Latin M and
# o among Cyrillic letters): a word of both scripts is read in the script of its letters that look like
# no other script's, or in Latin when every Cyrillic letter of it has a Latin twin ("Kherсon").
_LATIN_TWINS = "aeopcyxiAEOPCXIKMTBH"
_CYRILLIC_TWINS = "аеорсухіАЕОРСХІКМТВН"
_TO_LATIN = str.maketrans(_CYRILLIC_TWINS, _LATIN_TWINS)
_TO_CYRILLIC = str.maketrans(_LATIN_TWINS, _CYRILLIC_TWINS)
_MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0400-\u04ff])\w+\b")
_CYRILLIC_ONLY = re.compile(rf"[\u0400-\u04ff](?<![{_CYRILLIC_TWINS}])")


@dataclass(frozen=True, slots=True)
class Entry:
    """One article a format reader found, and where it sits in the file for problem lines.

    ``where`` is empty for formats that hold a single article (text, Markdown, HTML) and names the
    place otherwise ("line 3", "entry 2 ('Kherson retaken')"), so a problem with this entry skips
    it instead of failing the whole file.
    """

    article: Article
    where: str = ""


def normalise_text(text: str) -> str:
    """Return ``text`` in the one form every offset in frontmap is counted in.

    NFC, ``\\n`` line ends, ordinary spaces for no-break ones, invisible characters removed, words that
    mix Latin and Cyrillic look-alikes in one script, and outer whitespace stripped; nothing else changes
    (each character keeps its place), so sentences read as published.
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    if _MIXED_WORD.search(text):
        text = _MIXED_WORD.sub(_one_script, text)
    return text.translate(_SPACES).translate(_INVISIBLE).strip()


def _one_script(word: re.Match[str]) -> str:
    """The word in one script: Cyrillic when it has a letter only Cyrillic has, else Latin."""
    text = word.group()
    return text.translate(_TO_CYRILLIC if _CYRILLIC_ONLY.search(text) else _TO_LATIN)


def build_article(
    text: str,
    *,
    title: str = "",
    source: str = "",
    published: date | None = None,
    url: str = "",
    path: str = "",
) -> Article:
    """An Article with its text and metadata normalised; a datetime ``published`` keeps its day."""
    if isinstance(published, date) and hasattr(published, "date"):
        published = published.date()
    return Article(
        text=normalise_text(text),
        title=" ".join(normalise_text(title).split()),
        source=" ".join(normalise_text(source).split()),
        published=published,
        url=url.strip(),
        path=path,
    )
