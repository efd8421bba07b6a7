"""JSON Lines files: one article object a line, the way scrapers and exports write them."""

from __future__ import annotations

import json

from geo.read.entries import Entry, build_article
from geo.read.published import parse_published


def read_jsonl(text: str, path: str) -> tuple[list[Entry], list[str]]:
    """An article per line with a ``text`` (and optional ``title``, ``published``, ``url``, ``source``).

    A line that is not JSON, not an object or has no text is skipped with a problem naming its
    line number; blank lines are passed over. An unreadable ``published`` is a problem too, but
    the article is kept without a date.
    """
    entries: list[Entry] = []
    problems: list[str] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            problems.append(f"{path}: {where}: not valid JSON (skipped)")
            continue
        if not isinstance(record, dict):
            problems.append(f"{path}: {where}: not a JSON object (skipped)")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            problems.append(f"{path}: {where}: no 'text' (skipped)")
            continue
        raw_date = record.get("published")
        published = parse_published(raw_date)
        if raw_date not in (None, "") and published is None:
            problems.append(f"{path}: {where}: 'published' is not a date: {raw_date!r} (ignored)")
        article = build_article(
            body,
            title=_field(record, "title"),
            source=_field(record, "source"),
            published=published,
            url=_field(record, "url"),
        )
        entries.append(Entry(article, where))
    return entries, problems


def _field(record: dict[str, object], key: str) -> str:
    """A metadata field as text: missing or null is empty, numbers are written out."""
    value = record.get(key)
    return "" if value is None else str(value)
