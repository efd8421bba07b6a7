"""The day an event happened, from the date words in a news sentence.

An event's date is not the article's: "Russian forces withdrew on Wednesday" in a Saturday article
happened three days earlier. News reports the past, so every expression is resolved *backwards*
from the published day: a weekday is the most recent such day at or before it (AP and Reuters
name the weekday for the past six days, and the published day itself), a month without a year is
the most recent such month, a day-month later than the published day belongs to the previous year.

Only compiled regexes are used: dateparser and friends are far too slow for a hundred articles a
second, and the expressions of wire copy are few and regular.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, as well as the sentence lets us know it.

    ``day`` is None when the sentence gives no usable date (or one too vague: "in recent days",
    a bare year) and none can be assumed. ``precision`` is ``"day"``, ``"week"`` (``day`` is the
    Monday of the week, or the Saturday of a weekend) or ``"month"`` (``day`` is the 1st, 15th or
    20th of it), and None exactly when ``day`` is None. ``text`` is the words that gave the date,
    ``""`` when none did.
    """

    day: date | None
    precision: str | None
    text: str


_MONTH_NAMES = "january february march april may june july august september october november december"
_MONTHS = {name: n for n, name in enumerate(_MONTH_NAMES.split(), 1)}
_MONTHS |= {name[:3]: n for name, n in _MONTHS.items()} | {"sept": 9}
_WEEKDAYS = {
    name: n for n, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

# Month and weekday names are matched capitalised only, so "may" the verb and "march" are not dates.
# A month's full name (the event rules' "since March 2022", "in June 2014" use it too).
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH = MONTH_NAME + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b)"
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.,]\d|\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)"

_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
# ("overnight on March 20": the night of that day, not the night before the article)
_OVERNIGHT_ON = r"(?:(?i:overnight)\s+)?"
# Not a quarter or street named for a day or month: "the 8 March district of Berdiansk".
_NOT_A_STREET = r"(?!\s+(?:district|microdistrict|street|avenue|square|park|neighbou?rhood|quarter)\b)"
_DAY_MONTH = re.compile(
    rf"\b{_OVERNIGHT_ON}(?:(?i:on)\s+)?(?:the\s+)?{_DAY}(?:\s*(?:-|–|and|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+{_YEAR})?"
    rf"{_NOT_A_STREET}"
)
_MONTH_DAY = re.compile(
    rf"\b{_OVERNIGHT_ON}(?:(?i:on)\s+)?(?P<m>{_MONTH})\s+{_DAY}(?:\s*(?:-|–)\s*\d{{1,2}}\b)?(?:,?\s+{_YEAR})?"
)
_MONTH_ALONE = re.compile(
    r"(?:\b(?P<pre>(?i:in|last|since|during|by|until|from|through|throughout|at|this|early|late))\s+)?"
    r"(?:(?:the\s+)?(?P<part>early|mid|late|beginning\s+of|start\s+of|middle\s+of|end\s+of)[\s-]+)?"
    rf"\b(?P<m>{MONTH_NAME})\b(?:,?\s+(?:of\s+)?{_YEAR})?(?!\s*\d)"
    rf"{_NOT_A_STREET}"
)
_WEEKDAY = re.compile(
    r"(?:\b(?P<pre>(?i:last|this\s+past|past|on|late\s+on|early\s+on|late|early|overnight\s+(?:into|on|to)))\s+)?"
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?:\s+(?:morning|afternoon|evening|night)\b)?"
)
_DAY_WORD = re.compile(
    r"(?i)\b(?:(?:earlier\s+)?today|tonight|this\s+(?:morning|afternoon|evening)|(?:the\s+day\s+before\s+)?"
    r"yesterday|overnight|last\s+night)\b"
)
_AGO = re.compile(
    # ("almost exactly a year ago", "six months ago": a month's precision)
    r"(?i)\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven)\s+(?P<unit>day|week|month|year)s?\s+ago\b"
)
_WEEKEND = re.compile(
    r"(?i)\b(?:(?:at|over|during|on|through)\s+the\s+weekend|this\s+(?P<past>past\s+)?weekend"
    r"|(?P<last>last|previous)\s+weekend)\b"
)
_WEEK = re.compile(
    r"(?i)\b(?:(?:earlier|early|late|later)\s+(?:this|in\s+the)\s+week|this\s+week"
    r"|(?:at\s+)?the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+week"
    r"|(?:(?:early|earlier|late|later)\s+)?(?P<last>last|the\s+previous)\s+week"
    r"|(?:at\s+)?the\s+(?:beginning|start|end)\s+of\s+(?P<last2>last|the\s+previous)\s+week)\b"
)
_MONTH_RELATIVE = re.compile(
    r"(?i)\b(?:(?:earlier|early|late|later)\s+(?:this|in\s+the)\s+month|this\s+month"
    r"|(?:(?:early|earlier|late|later)\s+)?(?P<last>last|the\s+previous)\s+month)\b"
)
# The first days of the full-scale invasion, which began on 24 February 2022: "seized in the first hours of
# the war", "fell at the start of the invasion", "captured on the war's first day". A period "since" the
# start is no date ("Kharkiv has been shelled since the start of the war"), nor is "early in the war",
# which a text uses as often for what came before the news ("not seen even when Russian forces tried to
# take the capital early in the war").
INVASION_DAY = date(2022, 2, 24)
_WAR = r"(?:war|invasion|(?:special\s+)?military\s+operation)"
_WAR_START = re.compile(
    r"(?i)\b(?:(?:in|during|within|on|at)\s+(?:the\s+)?(?:very\s+)?(?P<first>first|opening|early|earliest)\s+"
    r"(?P<span>hours?|days?|weeks?|months?|stages?|phase)\s+of\s+(?:the\s+|its\s+|their\s+|Russia['’]s\s+|"
    r"Moscow['’]s\s+)?(?:full[\s-]scale\s+|all[\s-]out\s+)?"
    + _WAR
    + r"|(?:at|on)\s+the\s+(?:very\s+)?(?:start|beginning|outset|onset)\s+of\s+(?:the\s+|its\s+|their\s+"
    r"|Russia['’]s\s+|Moscow['’]s\s+)?(?:full[\s-]scale\s+|all[\s-]out\s+)?"
    + _WAR
    + r"|on\s+the\s+(?:first\s+day\s+of\s+the\s+(?:full[\s-]scale\s+)?"
    + _WAR
    + r"|(?:full[\s-]scale\s+)?(?:war|invasion)['’]s\s+first\s+day))\b"
)
# A daily summary's "over the past day": the day before it was published (a summary of the morning
# tells of the day before).
_PAST_DAY = re.compile(r"(?i)\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous)\s+day\b")
# Periods rather than dates: the event may have happened on any day in them, so they give no day.
_VAGUE = re.compile(
    r"(?i)\b(?:(?:in|over|during|within|for)\s+(?:the\s+)?(?:last|past|previous|recent)\s+"
    r"(?:(?:few|several|couple\s+of|\d+|\w+)\s+)?(?:days?|weeks?|months?|years?)"
    r"|in\s+recent\s+times|recently|lately|(?:earlier\s+)?(?:last|this)\s+year"
    r"|(?:in|last|this|during)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)"
    # "in the fall 2022 counteroffensive", "in the summer of 2023": a season of a year gives no day either
    r"(?:\s+(?:of\s+)?(?:19|20)\d\d)?)\b"
)
_BARE_YEAR = re.compile(
    # (not a birth year: "a woman born in 1937 was wounded")
    # ("one of the places Ukraine recaptured in its 2022 offensive"; not "before Moscow launched its 2022
    # offensive", the year of another clause)
    r"(?:(?<!born )\b(?i:in|since|from|until|by|during|after|before|of|the|in\s+(?:its|their))|['’]s)\s+"
    r"(?:(?i:early|mid|late)[\s-]+)?"
    + _YEAR
    + r"(?![-/])"
)
# A word that starts some date expression above; most sentences have none and skip all the patterns.
# Matched against the lowercased sentence: a case-insensitive alternation is twice as slow.
# A month is written whole or cut short before a full stop or a word's end, and a weekday whole, as
# the patterns want them: "Nova Kakhovka", "separatists" and "satellite" start no date.
_DATE_HINT = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\.|\b)"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight"
    r"|yesterday|night|overnight|morning|afternoon|evening|day|weekend|week|month|year|ago|recent|lately"
    r"|spring|summer|autumn|fall|winter|war|invasion|operation)|(?:19|20)\d\d"
)
# The words that stand for their first three letters: months (the patterns' _MONTH_WORDS) and weekdays.
_THREE_LETTER_WORDS = frozenset(
    "january february march april may june july august september october november december sept"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
# "(AP Photo/Evgeniy Maloletka, File)": dates in a photo credit date the photo, not the event.
_PHOTO_CREDIT = re.compile(r"\([^()]*\b(?:Photo|photo|Getty|AFP|File|Credit|credit)\b[^()]*\)")
# "The governor said Saturday that ...": the date of the statement, not of the event it reports.
_REPORTING_VERB_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|claimed|confirmed|stated|wrote|added|told\s+\w+(?:\s+\w+)?)\s+$"
)
_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")

# A month named alone ("in July") stands at its middle, so the day is off by half a month at most.
MID_MONTH = 15
# The day that stands for a part of a month: its first day, the middle, and the start of its last third.
_MONTH_PART_DAY = {"early": 1, "beginning of": 1, "start of": 1, "mid": 15, "middle of": 15}
_MONTH_PART_DAY |= {"late": 20, "end of": 20}


def _most_recent_weekday(published: date, weekday: int, *, skip_today: bool) -> date:
    """The latest day with that weekday at or before ``published`` (before it for "last Tuesday")."""
    delta = (published.weekday() - weekday) % 7
    return published - timedelta(days=7 if skip_today and delta == 0 else delta)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_start(published: date, months_back: int) -> date:
    index = published.year * 12 + published.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _year_for(month: int, day: int, published: date, year: str | None) -> int:
    """The explicit year, or the latest year that puts the day at or before ``published``."""
    if year:
        return int(year)
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _explicit_day(match: re.Match[str], published: date | None) -> EventDate | None:
    month = int(match["m"]) if match["m"].isdigit() else _MONTHS[match["m"].rstrip(".").lower()]
    day = int(match["d"])
    if published is None and not match["y"]:
        return EventDate(None, None, match[0])
    year = _year_for(month, day, published, match["y"]) if published else int(match["y"])
    try:
        return EventDate(date(year, month, day), "day", match[0])
    except ValueError:  # "February 30": not a date, look further
        return None


def _month_alone(match: re.Match[str], published: date | None) -> EventDate | None:
    pre = (match["pre"] or "").lower()
    bare = not (pre or match["part"] or match["y"])
    if bare and _CAPITALISED_WORD_BEFORE.search(match.string, 0, match.start()):
        return None  # "Theresa May", "Prime Minister May": a name, not a month
    if pre == "since":
        return EventDate(None, None, match[0])
    month = _MONTHS[match["m"].lower()]
    part = " ".join((match["part"] or "").lower().split())
    day = _MONTH_PART_DAY.get(part or pre, MID_MONTH)
    if match["y"]:
        when = date(int(match["y"]), month, day)
        if (
            (when.year, when.month) == (INVASION_DAY.year, INVASION_DAY.month)
            and not part
            and (published is None or published >= INVASION_DAY)
        ):
            when = (
                INVASION_DAY  # "fell to Russian forces in February 2022": the invasion's last five days of it
            )
        return EventDate(when, "month", match[0])
    if published is None:
        return EventDate(None, None, match[0])
    year = published.year if month <= published.month else published.year - 1
    if pre == "last" and month == published.month:
        year -= 1
    return EventDate(min(date(year, month, day), published), "month", match[0])


def _war_start(match: re.Match[str], published: date | None) -> EventDate | None:
    """The invasion's first day: to the week for its first hours or days, its start or outset; to the
    month for its first weeks, months or stages. In a text written before it, the war is another."""
    if published is not None and published < INVASION_DAY:
        return None
    span = (match["span"] or "day").lower()  # its start, its first day: a day of its first week
    return EventDate(INVASION_DAY, "week" if span.startswith(("hour", "day")) else "month", match[0])


def _weekday(match: re.Match[str], published: date | None) -> EventDate:
    if published is None:
        return EventDate(None, None, match[0])
    weekday = _WEEKDAYS[match["wd"].lower()]
    if (match["pre"] or "").lower() == "last":
        # "last Tuesday" is the Tuesday of last week (British and wire usage); "on Tuesday" the latest one.
        return EventDate(_monday(published) - timedelta(days=7 - weekday), "day", match[0])
    return EventDate(_most_recent_weekday(published, weekday, skip_today=False), "day", match[0])


def _day_word(match: re.Match[str], published: date | None) -> EventDate:
    if published is None:
        return EventDate(None, None, match[0])
    words = match[0].lower()
    if "before" in words:
        back = 2
    elif words.startswith("last") or words.split()[-1] in ("yesterday", "overnight"):
        back = 1
    else:
        back = 0
    return EventDate(published - timedelta(days=back), "day", match[0])


def _ago(match: re.Match[str], published: date | None) -> EventDate:
    n = match["n"].lower()
    count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
    if published is None:
        return EventDate(None, None, match[0])
    unit = match["unit"].lower()
    if unit == "day":
        return EventDate(published - timedelta(days=count), "day", match[0])
    if unit == "week":
        return EventDate(published - timedelta(weeks=count), "week", match[0])
    months = count * (12 if unit == "year" else 1)
    return EventDate(_month_start(published, months).replace(day=MID_MONTH), "month", match[0])


def _past_day(match: re.Match[str], published: date | None) -> EventDate:
    if published is None:
        return EventDate(None, None, match[0])
    return EventDate(published - timedelta(days=1), "day", match[0])


def _weekend(match: re.Match[str], published: date | None) -> EventDate:
    """The Saturday of the most recent weekend that ended on or before ``published``.

    "This weekend" in a Saturday article is the weekend under way; "last weekend" in a Sunday
    article is the weekend before the one just ending.
    """
    if published is None:
        return EventDate(None, None, match[0])
    saturday = _most_recent_weekday(published, 6, skip_today=False) - timedelta(days=1)
    if published.weekday() == 5 and match[0].lower().startswith("this") and not match["past"]:
        saturday = published
    if published.weekday() == 6 and match["last"]:
        saturday -= timedelta(days=7)
    return EventDate(saturday, "week", match[0])


def _week(match: re.Match[str], published: date | None) -> EventDate:
    if published is None:
        return EventDate(None, None, match[0])
    monday = _monday(published)
    if match["last"] or match["last2"]:
        monday -= timedelta(days=7)
    return EventDate(monday, "week", match[0])


def _month_relative(match: re.Match[str], published: date | None) -> EventDate:
    if published is None:
        return EventDate(None, None, match[0])
    if match["last"]:  # "last month": its middle, as for a month named alone
        return EventDate(_month_start(published, 1).replace(day=MID_MONTH), "month", match[0])
    return EventDate(_month_start(published, 0), "month", match[0])


_Resolver = Callable[[re.Match[str], date | None], EventDate | None]

# The _DATE_HINT words (as _hint_word gives them: months and weekdays by their first three letters)
# one of which every match of a pattern holds; _A_YEAR for one of its years. A sentence is run only
# through the patterns whose words it holds.
_A_YEAR = "year digits"
_MONTH_WORDS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
_WEEKDAY_WORDS = frozenset(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
_DAY_WORDS = frozenset(
    ("today", "tonight", "yesterday", "night", "overnight", "morning", "afternoon", "evening")
)
_YEAR_WORDS = frozenset((_A_YEAR,))
_PERIOD_WORDS = frozenset(
    ("day", "week", "month", "year", "recent", "lately", "spring", "summer", "autumn", "fall", "winter")
)
_WAR_WORDS = frozenset(("war", "invasion", "operation"))

# Order breaks ties between matches that start at the same character and are equally long.
_PATTERNS: tuple[tuple[re.Pattern[str], _Resolver, frozenset[str]], ...] = (
    (_ISO, _explicit_day, _YEAR_WORDS),
    (_DAY_MONTH, _explicit_day, _MONTH_WORDS),
    (_MONTH_DAY, _explicit_day, _MONTH_WORDS),
    (_MONTH_ALONE, _month_alone, _MONTH_WORDS),
    (_WEEKDAY, _weekday, _WEEKDAY_WORDS),
    (_DAY_WORD, _day_word, _DAY_WORDS),
    (_AGO, _ago, frozenset(("ago",))),
    (_WEEKEND, _weekend, frozenset(("weekend",))),
    (_WEEK, _week, frozenset(("week",))),
    (_MONTH_RELATIVE, _month_relative, frozenset(("month",))),
    (_PAST_DAY, _past_day, frozenset(("day",))),
    (_WAR_START, _war_start, _WAR_WORDS),
    (_VAGUE, lambda m, p: EventDate(None, None, m[0]), _PERIOD_WORDS),
    (_BARE_YEAR, lambda m, p: EventDate(None, None, m["y"]), _YEAR_WORDS),
)


# Vague periods and bare years date a sentence only when nothing more precise does ("which until
# recently were stationed in Izyum ... at the weekend" is dated by the weekend).
_FIRST_VAGUE = len(_PATTERNS) - 2


def date_words(text: str) -> list[tuple[int, str]]:
    """The words of ``text`` that start some date expression, as (offset, the word's stem), in order.

    A piece of the text with none of them (and not cut inside a word) names no date, so it need not
    be resolved; a piece's words are the ``words`` :func:`resolve_date` takes.
    """
    return [(m.start(), _hint_word(m.group())) for m in _DATE_HINT.finditer(text.lower())]


def _hint_word(found: str) -> str:
    """The stem a date word found by _DATE_HINT stands for in the patterns' word sets."""
    if not found[0].isalpha():
        return _A_YEAR
    word = found.rstrip(".")
    return word[:3] if word in _THREE_LETTER_WORDS else word  # "nov" and the like are their own stem


def resolve_date(
    sentence: str, published: date | None, *, default_recent: bool = True, words: set[str] | None = None
) -> EventDate:
    """Resolve the first date expression in ``sentence`` against the article's ``published`` day.

    Parameters
    ----------
    sentence
        One sentence of the article, as written.
    published
        The day the article was published; relative expressions ("last Tuesday", "in July") need
        it and give ``day=None`` without it. Explicit dates with a year do not.
    default_recent
        When the sentence has no date expression at all, take the event to be recent news:
        ``(published, "week", "")``. With False, or no ``published``, ``(None, None, "")``.
    words
        The stems of the sentence's date words (:func:`date_words`) when the caller has them already;
        more stems than the sentence holds only cost time, fewer would miss dates.

    The first expression in the sentence wins (the longest where several start at the same word),
    except inside a photo credit; one that dates a statement ("said on Saturday") only when no
    other expression dates the event. Vague periods ("in recent days", "since July", "in 2014") count
    only when nothing more precise is there, and give ``day=None``: the sentence does say when,
    only not which day.
    """
    hints = words if words is not None else {_hint_word(w) for w in _DATE_HINT.findall(sentence.lower())}
    candidates = []
    credits: list[tuple[int, int]] | None = None
    for order, (pattern, resolver, words) in enumerate(_PATTERNS if hints else ()):
        if words.isdisjoint(hints):
            continue
        for match in pattern.finditer(sentence):
            if credits is None:
                credits = [m.span() for m in _PHOTO_CREDIT.finditer(sentence)]
            if not any(start <= match.start() < end for start, end in credits):
                reporting = _REPORTING_VERB_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
                vague = order >= _FIRST_VAGUE
                candidates.append(
                    (reporting is not None, vague, match.start(), -match.end(), order, match, resolver)
                )
    for *_, match, resolver in sorted(candidates, key=lambda c: c[:5]):
        result = resolver(match, published)
        if result is not None:
            return result
    if default_recent and published is not None:
        return EventDate(published, "week", "")
    return EventDate(None, None, "")
