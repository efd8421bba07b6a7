"""Publication dates as articles and feeds write them, turned into days."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# ISO 8601 day, optionally followed by a time: the form of front matter, JSON and <meta> tags.
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")
# Written-out forms seen in article bylines: "11 November 2022", "November 11, 2022", "11.11.2022".
_WRITTEN_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%Y/%m/%d",
    "%d.%m.%Y",
)
# "Nov. 11, 2022" is written with a dot after the month that strptime does not expect.
_ABBREVIATION_DOT = re.compile(r"\b([A-Za-z]{3,4})\.")


def parse_published(value: object) -> date | None:
    """The day ``value`` names, or None when it is not a date.

    A date with a time and a UTC offset keeps the day as written (the reporter's local day), not
    the UTC day. Callers turn None for a non-empty value into a problem line.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    written = _ABBREVIATION_DOT.sub(r"\1", " ".join(value.split())).replace("Sept ", "Sep ")
    iso = _ISO_DAY.fullmatch(written)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    for pattern in _WRITTEN_FORMATS:
        try:
            return datetime.strptime(written, pattern).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(written).date()
    except (TypeError, ValueError, IndexError):
        return None


# How far into an article a dateline's or byline's date may stand ("KYIV, Sept 12, 2022 (Reuters) -").
DATELINE_CHARS = 300


def published_in_text(text: str) -> date | None:
    """The day a dateline or byline near the top of the text names with its year, or None.

    For articles with no metadata (a pasted plain-text story): relative dates in it ("on Tuesday")
    need a publication day, and wire copy writes one in its first lines.
    """
    from geo.dates import resolve_date  # the date rules live with the events; only explicit days count here

    found = resolve_date(text[:DATELINE_CHARS], None, default_recent=False)
    return found.day if found.precision == "day" else None
