"""Markdown articles: flat YAML front matter for the metadata, the body with its markup removed."""

from __future__ import annotations

import re

from geo.read.entries import Entry, build_article
from geo.read.published import parse_published

_FENCE = re.compile(r"---[ \t]*")
_FRONT_MATTER_END = re.compile(r"(?:---|\.\.\.)[ \t]*")
_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?")

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_SETEXT_UNDERLINE = re.compile(r"(?<=\S)([ \t]*\n) {0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)
_CODE_FENCE = re.compile(r"^ {0,3}(?:```|~~~).*\n?", re.MULTILINE)
_BLOCKQUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+", re.MULTILINE)
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE)
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*\n?", re.MULTILINE)
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`]+?)`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def read_markdown(text: str, path: str) -> tuple[list[Entry], list[str]]:
    """One article from a Markdown file; problems with its front matter are reported, not fatal.

    ``published`` is taken from the front matter's ``published`` or else ``date`` key; the title
    from ``title`` or else a heading that opens the body.
    """
    fields, body, problems = split_front_matter(text, path)
    key = "published" if "published" in fields else "date"
    published = None
    if fields.get(key):
        published = parse_published(fields[key])
        if published is None:
            problems.append(f"{path}: front matter {key!r} is not a date: {fields[key]!r} (ignored)")
    heading = _HEADING.match(body.lstrip())
    title = fields.get("title") or ((heading[1] or "") if heading else "")
    article = build_article(
        strip_markdown(body),
        title=strip_markdown(title),
        source=fields.get("source", ""),
        published=published,
        url=fields.get("url", ""),
    )
    return [Entry(article)], problems


def split_front_matter(text: str, path: str) -> tuple[dict[str, str], str, list[str]]:
    """The front matter's ``key: value`` fields (keys lower-cased), the body after it, and problems.

    Only flat keys are read, quoted or not; indented lines (lists, nested maps) are passed over, as
    frontmap uses no such keys. A file that opens with ``---`` but never closes it has no front
    matter: the ``---`` was a rule.
    """
    lines = text.split("\n")
    if not lines or not _FENCE.fullmatch(lines[0]):
        return {}, text, []
    end = next(
        (number for number, line in enumerate(lines[1:], 1) if _FRONT_MATTER_END.fullmatch(line)), None
    )
    if end is None:
        return {}, text, []
    fields: dict[str, str] = {}
    problems: list[str] = []
    for number, line in enumerate(lines[1:end], 2):
        if not line.strip() or line.lstrip().startswith("#") or line[:1] in " \t":
            continue
        match = _KEY_VALUE.fullmatch(line.rstrip())
        if match is None:
            problems.append(f"{path}: front matter line {number} is not 'key: value' (ignored)")
            continue
        fields[match[1].lower()] = _unquote(match[2] or "")
    return fields, "\n".join(lines[end + 1 :]), problems


def _unquote(value: str) -> str:
    """A YAML scalar's text: quotes removed (with their escapes), or a trailing `` # comment`` cut."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value.split(" #", 1)[0].rstrip()


def strip_markdown(body: str) -> str:
    """The prose of a Markdown body: heading marks, emphasis, link syntax and images removed.

    Links keep their text, images are dropped, quotes and list items keep their words; words and
    punctuation of the prose are left as written.
    """
    text = _HTML_COMMENT.sub("", body)
    text = _CODE_FENCE.sub("", text)
    text = _REFERENCE_DEFINITION.sub("", text)
    text = _SETEXT_UNDERLINE.sub(r"\1", text)
    text = _RULE.sub("", text)
    text = _HEADING.sub(lambda match: match[1] or "", text)
    text = _BLOCKQUOTE.sub("", text)
    text = _BULLET.sub(r"\1", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _STRIKE.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return _BLANK_RUN.sub("\n\n", text).strip()
