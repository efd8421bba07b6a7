"""HTML pages: the article's main text and metadata, page furniture (menus, footers) dropped."""

from __future__ import annotations

import logging
from urllib.parse import urlparse

import trafilatura

from geo.errors import FrontmapError
from geo.read.entries import Entry, build_article
from geo.read.published import parse_published

# A news article has at least one paragraph that is a sentence of ten words or more. What
# trafilatura keeps from a login form or an index page is labels and short headlines.
MIN_PARAGRAPH_WORDS = 10

# trafilatura warns on stderr for every page it finds little in; frontmap reports that itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_html(html: str, path: str) -> tuple[list[Entry], list[str]]:
    """One article from an HTML page, read with trafilatura; broken markup is repaired as it goes.

    Paragraphs are separated by blank lines. The date comes from the page's metadata
    (``article:published_time``, ``<time datetime>``, JSON-LD), never from a guess at today's date;
    the source is the site's name, or its domain.
    """
    document = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    paragraphs = [line.strip() for line in (document.text or "").splitlines()] if document else []
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if not any(len(paragraph.split()) >= MIN_PARAGRAPH_WORDS for paragraph in paragraphs):
        raise FrontmapError(f"{path}: no article text found in the HTML (is it a login or index page?)")
    url = document.url or ""
    source = document.sitename or document.hostname or urlparse(url).hostname or ""
    article = build_article(
        "\n\n".join(paragraphs),
        title=document.title or "",
        source=source,
        published=parse_published(document.date) if document.date else None,
        url=url,
    )
    return [Entry(article)], []
