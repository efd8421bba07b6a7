"""Reading article files (text, Markdown, HTML, RSS/Atom, JSON Lines) into Article records.

Every format ends in the same normalised text, so character offsets mean the same thing whatever
the file was. A file that yields no usable English article raises FrontmapError with one line
that names the file; parts of a file that cannot be read are skipped and listed in
``Reading.problems``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from geo.articles import Article
from geo.errors import FrontmapError
from geo.read.decode import decode_bytes
from geo.read.entries import Entry, build_article, normalise_text
from geo.read.jsonl import read_jsonl
from geo.read.language import non_english_reason
from geo.read.markdown import read_markdown
from geo.read.published import published_in_text

# The longest real news articles are about 200 KB of text, HTML pages and day-long feeds a few
# MB; a file of tens of MB is a database dump or the wrong file, and reading it would stall.
MAX_BYTES = 10 * 1024 * 1024

# A first line that is a headline: short and not a sentence ending in a full stop.
MAX_TITLE_CHARS = 200

_FORMATS_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# What to do when no entry of a many-article file could be read.
_ADVICE = {
    "feed": "the feed's entries need English text",
    "jsonl": "give one JSON object with an English 'text' per line",
}
_FEED_START = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:rdf)\b", re.DOTALL)
_HTML_START = re.compile(r"<(?:!doctype html|html|head|body|meta|title|article|div|p)\b")
_FRONT_MATTER_START = re.compile(r"---[ \t]*\n(?:.*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|$)")


@dataclass(frozen=True, slots=True)
class Reading:
    """What could be read from one file, and a line for every part that was skipped."""

    articles: list[Article]
    problems: list[str]


def read_articles(path: str | os.PathLike[str], published: date | None = None) -> Reading:
    """Read the articles in one file, its format chosen by extension or else by its content.

    Parameters
    ----------
    path
        A ``.txt``, ``.md``/``.markdown``, ``.html``/``.htm``, ``.xml``/``.rss``/``.atom`` feed or
        ``.jsonl``/``.ndjson`` file; other names are sniffed. Any text encoding is accepted.
    published
        The day to give every article, overriding what the file says (the CLI's ``--published``);
        relative dates in the text are resolved against it.

    Raises
    ------
    FrontmapError
        When nothing useful could be read: the file is missing, a directory, too large, empty,
        binary, not English, or of its format but with no readable article.
    """
    name = str(path)
    data = _read_bytes(Path(path), name)
    text = normalise_text(decode_bytes(data, name))
    if not text:
        raise FrontmapError(f"{name}: file is empty (nothing to read)")
    kind = _FORMATS_BY_SUFFIX.get(Path(path).suffix.lower()) or _sniff_format(text)
    if kind == "feed":
        from geo.read.feed import read_feed  # feedparser and trafilatura load only when needed

        entries, problems = read_feed(data, name)
    elif kind == "jsonl":
        entries, problems = read_jsonl(text, name)
    elif kind == "html":
        from geo.read.html import read_html

        entries, problems = read_html(text, name)
    elif kind == "markdown":
        entries, problems = read_markdown(text, name)
    else:
        entries, problems = [_read_plain(text)], []
    articles = []
    for entry in entries:
        article = _checked(entry, name, problems)
        if article is not None:
            day = published or article.published or published_in_text(article.text)
            articles.append(replace(article, path=name, published=day))
    if not articles:
        first = problems[0].removeprefix(f"{name}: ").removesuffix(" (skipped)")
        more = {1: "", 2: ", and 1 more problem"}.get(
            len(problems), f", and {len(problems) - 1} more problems"
        )
        raise FrontmapError(f"{name}: no article could be read ({first}{more}) ({_ADVICE[kind]})")
    return Reading(articles=articles, problems=problems)


def read_text(
    text: str, *, title: str = "", source: str = "", published: date | None = None, url: str = ""
) -> Article:
    """An Article from text already in memory, normalised as a file's text would be.

    For the Python API: no format is parsed (pass the plain text) and no check is made, so a
    caller can read what a file reader would refuse.
    """
    return build_article(text, title=title, source=source, published=published, url=url)


def _read_bytes(path: Path, name: str) -> bytes:
    """The file's bytes, after checking with stat that it is a file small enough to be an article."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise FrontmapError(f"{name}: no such file") from None
    except OSError as error:
        raise FrontmapError(f"{name}: cannot be read ({error.strerror}; check the path)") from None
    if path.is_dir():
        raise FrontmapError(
            f"{name}: is a directory (give an article file; folders are for 'frontmap ingest')"
        )
    if status.st_size > MAX_BYTES:
        raise FrontmapError(
            f"{name}: file is {status.st_size / 2**20:.1f} MB, more than the "
            f"{MAX_BYTES // 2**20} MB an article may be (split it)"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FrontmapError(f"{name}: cannot be read ({error.strerror}; check its permissions)") from None
    if not data.strip():
        raise FrontmapError(f"{name}: file is empty (nothing to read)")
    return data


def _sniff_format(text: str) -> str:
    """The format of a file whose name does not tell, from how its text begins."""
    head = text[:4096]
    lowered = head.lower()
    if _FEED_START.match(lowered):
        return "feed"
    if lowered.startswith("<") and _HTML_START.search(lowered):
        return "html"
    if _FRONT_MATTER_START.match(head):
        return "markdown"
    lines = head.split("\n")
    if len(text) > len(head):
        lines = lines[:-1]  # cut off at the 4096th character
    lines = [line.strip() for line in lines if line.strip()]
    objects = sum(line.startswith("{") for line in lines)
    if lines and lines[0].startswith("{") and 2 * objects >= len(lines):  # a broken line may be among them
        return "jsonl"
    return "text"


def _read_plain(text: str) -> Entry:
    """A plain-text article; its first line is the title when it reads like a headline."""
    first_line = text.split("\n", 1)[0].strip()
    is_headline = len(first_line) < MAX_TITLE_CHARS and not first_line.endswith(".")
    return Entry(build_article(text, title=first_line if is_headline else ""))


def _checked(entry: Entry, name: str, problems: list[str]) -> Article | None:
    """The entry's article if it is English; else a problem line, or an error for a lone article."""
    reason = non_english_reason(entry.article.text)
    if reason is None:
        return entry.article
    if not entry.where:
        raise FrontmapError(f"{name}: {reason}")
    problems.append(f"{name}: {entry.where}: {reason} (skipped)")
    return None
