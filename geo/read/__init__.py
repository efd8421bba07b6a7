"""Files to articles: text, Markdown with front matter, HTML, RSS/Atom feeds and JSON Lines.

Owns decoding, format sniffing and the publication date of an article. Gives ``geo.articles.Article``
records; must not import ``geo.events``, ``geo.store``, ``maps`` or the command line.
"""

from geo.read.reading import MAX_BYTES, Reading, read_articles, read_text

__all__ = ["MAX_BYTES", "Reading", "read_articles", "read_text"]
