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

    NFC, ``\\n`` line ends, ordinary spaces for no-break ones, invisible characters removed and
    outer whitespace stripped; nothing else changes, so sentences read exactly as published.
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    return text.translate(_SPACES).translate(_INVISIBLE).strip()


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
