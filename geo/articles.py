"""The article record: the text of one news article and where it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gazetteer import Gazetteer, Mention


@dataclass(frozen=True, slots=True)
class Article:
    """One article's plain text with its metadata.

    ``text`` is the body (for Markdown, without the front matter; for HTML, the extracted main
    text), and every character offset in frontmap (mentions, sentences) is into this text.
    ``published`` is the day the article was published, or None when unknown; relative dates
    ("last Tuesday") are resolved against it. ``path`` is the file it was read from (a feed or
    JSON Lines file gives several articles with the same path).
    """

    text: str
    title: str = ""
    source: str = ""
    published: date | None = None
    url: str = ""
    path: str = ""

    @property
    def article_id(self) -> str:
        """A content hash: the same text and metadata always give the same id."""
        digest = hashlib.sha256()
        for part in (self.title, self.source, str(self.published or ""), self.url, self.text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()[:16]


def places_in(article: Article, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """The place mentions of an article's text, its title read as the context over it.

    Every command and the store find an article's places here, so that a village the title alone
    locates ("... on Huliaipole front" over a body naming Uspenivka) is resolved alike everywhere.
    """
    # (here, not at the top: reading an article needs no gazetteer, and the command line starts fast)
    from gazetteer import find_places  # noqa: PLC0415

    return find_places(article.text, gazetteer, article.published, headline=article.title)


def headline_places(
    article: Article, body: list[Mention], gazetteer: Gazetteer | None = None
) -> list[Mention]:
    """The places the title names that the body does not ("... Fedorivka In Siversk Sector" over a body
    that names only Fedorivka), resolved as a reader does, with the body read after the title.

    Their offsets are into the title, not the text. A title that names nothing new, most of them, costs
    one short lookup.
    """
    if not article.title.strip():
        return []
    from gazetteer import find_places  # noqa: PLC0415

    told = {m.text.casefold() for m in body}
    if all(m.text.casefold() in told for m in find_places(article.title, gazetteer, article.published)):
        return []
    whole = find_places(f"{article.title}\n\n{article.text}", gazetteer, article.published)
    return [m for m in whole if m.end <= len(article.title) and m.text.casefold() not in told]
