"""RSS and Atom feeds: every entry an article, its HTML summary or content reduced to text."""

from __future__ import annotations

import io
from datetime import date
from html.parser import HTMLParser

import feedparser

from geo.errors import FrontmapError
from geo.read.entries import Entry, build_article
from geo.read.published import parse_published

# Elements that end a paragraph when a feed entry's HTML is turned into text.
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header "
    "hr li ol p pre section table td th tr ul".split()
)
# A paragraph break and a line break while collecting text; neither occurs in real text.
_PARAGRAPH, _LINE = "\x1e", "\x1f"


class _TextCollector(HTMLParser):
    """Collects the text of an HTML fragment, marking where paragraphs and lines end.

    feedparser has already removed scripts and styles from entry HTML, so all data is text.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.pieces.append(_PARAGRAPH)
        elif tag == "br":
            self.pieces.append(_LINE)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.pieces.append(_PARAGRAPH)

    def handle_data(self, data: str) -> None:
        self.pieces.append(data)


def html_fragment_to_text(fragment: str) -> str:
    """The text of an HTML fragment: tags gone, entities decoded, paragraphs split by blank lines."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    paragraphs = []
    for block in "".join(collector.pieces).split(_PARAGRAPH):
        lines = (" ".join(line.split()) for line in block.split(_LINE))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def read_feed(data: bytes, path: str) -> tuple[list[Entry], list[str]]:
    """The entries of an RSS or Atom feed, with problems for entries and for a damaged feed.

    The raw bytes go to feedparser, which honours the feed's own encoding declaration; it reads
    from memory, never from the network. Raises FrontmapError when the file is not a feed (or so
    damaged that no entry with text is left) or has no entries.
    """
    feed = feedparser.parse(io.BytesIO(data))
    reason = " ".join(str(feed.get("bozo_exception", "")).split())
    if not feed.entries:
        if feed.bozo:
            raise FrontmapError(f"{path}: not an RSS or Atom feed ({reason})")
        if not feed.version:
            raise FrontmapError(f"{path}: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)")
        raise FrontmapError(f"{path}: the feed has no entries (nothing to read)")
    damaged = feed.bozo and not isinstance(feed.bozo_exception, feedparser.CharacterEncodingOverride)
    problems = []
    if damaged:
        problems.append(f"{path}: the feed is not well-formed ({reason}); kept the entries it could read")
    source = feed.feed.get("title", "")
    entries = []
    for number, entry in enumerate(feed.entries, 1):
        title = entry.get("title", "")
        where = f"entry {number}" + (f" ({title!r})" if title else "")
        text = _entry_text(entry)
        if not text:
            problems.append(f"{path}: {where}: no text (skipped)")
            continue
        article = build_article(
            text, title=title, source=source, published=_entry_day(entry), url=entry.get("link", "")
        )
        entries.append(Entry(article, where))
    if damaged and not entries:
        raise FrontmapError(f"{path}: not an RSS or Atom feed ({reason})")
    return entries, problems


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    """The longest text an entry carries: its full content if given, else its summary."""
    candidates = [*entry.get("content", [])]
    if entry.get("summary_detail"):
        candidates.append(entry.summary_detail)
    texts = []
    for candidate in candidates:
        value = candidate.get("value", "")
        is_html = "html" in candidate.get("type", "text/html")
        texts.append(html_fragment_to_text(value) if is_html else value.strip())
    return max(texts, key=len, default="")


def _entry_day(entry: feedparser.FeedParserDict) -> date | None:
    """The entry's publication day as written (else its update day), or None."""
    for key in ("published", "updated"):
        day = parse_published(entry.get(key, ""))
        if day is not None:
            return day
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return parse_published(f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}")
    return None
