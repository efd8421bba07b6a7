"""Which date words date which event of a sentence.

"Russian forces withdrew from Izium, the town they had captured in April" reports a withdrawal of
this week and a capture of April: a date belongs to the event phrase it follows, not to every
event of the sentence. The sentence is cut at its event phrases; each phrase is dated by the
words of its own stretch first, then by the words before the first phrase ("On Saturday they took
control of Kupiansk"), then by a later stretch unless that stretch is a relative clause about
something else.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from geo.dates import EventDate, date_words, resolve_date
from geo.events.triggers import Trigger

# A sentence with no date reports the news of the days before publication: it is dated to the
# middle of the week before (precision "week"), which is off by three days at most.
UNDATED_DAYS_BEFORE = 3
# Vague words that still mean "the days before publication".
RECENT = re.compile(
    r"\b(?:recent(?:ly)?|lately|(?:past|last) (?:few |two |three |couple of |\d )?days|past week)\b",
    re.IGNORECASE,
)
PRECISION_RANK = {"day": 0, "week": 1, "month": 2}
# Words that open a clause about something else: its date is not the main event's.
RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|whom|where|when|that|the\s+(?:town|city|village|place)\s+\w+)\b"
    r"|\b(?:since|after|before|until)\s+(?:they|it|he|she|we|the\s+\w+|\w+\s+(?:forces|troops))\b"
    # "... since Russia abandoned an attempt to capture it in the early weeks", "since Kiev's shock August
    # 2024 attack": when a span began, not when the event was
    r"|\bsince\s+(?:Russia|Ukraine|Moscow|Kyiv|Kiev|the\s+Kremlin)(?:['’]s)?\b"
    # "a badly needed victory in the war he began on Feb. 24": when the war began
    r"|\b(?:war|invasion)\s+(?:that\s+|which\s+)?(?:he|Russia|Moscow|Putin|the\s+Kremlin)\s+"
    r"(?:began|launched|started|unleashed)\b",
    re.IGNORECASE,
)

# A bracket on a place's former name and when it changed: "(until 2016 Komsomolskoye)", "(renamed in 2024)".
RENAMED_ASIDE = re.compile(
    r"\((?:until|till|before|renamed\s+in|formerly\b[^()]{0,40}?\buntil)\s+\d{4}\b[^()]{0,60}\)"
    r"|\((?:renamed|known\s+as\s+[^()]{1,40}?\s+until)\s+[^()]{0,40}?\d{4}\)",
    re.IGNORECASE,
)

# Where a participle goes on with the clause before: after its comma, or an adverb after the comma
# ("... against five oblasts, mainly targeting energy infrastructure").
PARTICIPLE_OPENS = re.compile(r",(?:\s+(?:mainly|mostly|primarily|largely|chiefly|reportedly|again|also))?$")


def trigger_dates(sentence: str, triggers: list[Trigger], published: date | None) -> list[EventDate]:
    """Return the date of each trigger of ``sentence``, in the triggers' order."""
    if not triggers:
        return []
    if "(" in sentence:
        # "the village of Blagodatnoye (until 2016 Komsomolskoye)": when a place was renamed dates no event
        sentence = RENAMED_ASIDE.sub(lambda m: " " * len(m.group()), sentence)
    hints = date_words(sentence)
    if not hints:
        return [_undated(published)] * len(triggers)  # most sentences name no day: none to read
    cuts = [t.start for t in triggers] + [len(sentence)]
    lead = _dated(sentence, 0, cuts[0], hints, published)
    stretches = [sentence[cuts[i] : cuts[i + 1]] for i in range(len(triggers))]
    own = [
        _first_verbs_date(sentence, cuts[i], _own_clause(stretch), hints, published)
        for i, stretch in enumerate(stretches)
    ]
    dates = []
    for i in range(len(triggers)):
        found = (
            _finer(own[i], lead)
            or _going_on(sentence, triggers, own, i)
            or _cause_of(sentence, triggers, own, i)
            or _later(stretches, own, i)
        )
        if found is not None and found.day is None and RECENT.search(found.text):
            found = _undated(published, found.text)  # "in the past few days": this week's news
        dates.append(found or _undated(published))
    return dates


def _going_on(
    sentence: str, triggers: list[Trigger], own: list[EventDate | None], i: int
) -> EventDate | None:
    """The date of the phrase before, for a participle that goes on with its clause: "began a new
    offensive on May 10, pushing into the region towards Vovchansk" pushed on May 10."""
    if i == 0 or own[i - 1] is None:
        return None
    word = triggers[i].text.split()[0].lower()
    before = sentence[: triggers[i].start].rstrip()
    return own[i - 1] if word.endswith("ing") and PARTICIPLE_OPENS.search(before) else None


# Before a noun of fire, what makes it the cause of the phrase before it: "killed in Kharkiv on Tuesday in
# Russia's bombardment of the city", "injured during a drone attack" (not "after": a time of its own).
CAUSE_BEFORE = re.compile(r"\b(?:in|during|amid|by)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _cause_of(
    sentence: str, triggers: list[Trigger], own: list[EventDate | None], i: int
) -> EventDate | None:
    """The date of the phrase before, for the fire that caused it, named after it in the same clause:
    "Four people were killed in Kharkiv early on Tuesday in Russia's bombardment of the city's
    Osnovianskyi district" was bombarded on Tuesday."""
    if i == 0 or own[i - 1] is None:
        return None
    between = sentence[triggers[i - 1].end : triggers[i].start]
    if any(mark in between for mark in ",;:()"):
        return None
    return own[i - 1] if CAUSE_BEFORE.search(between) else None


# The next verb of a series that may have a date of its own: "took Crimea in 2014 and launched its
# full-scale assault in February 2022".
AND_NEXT_VERB = re.compile(r"\s+and\s+(?:then\s+|later\s+)?(?:launched|began|started|invaded|\w+ed)\b")


def _first_verbs_date(
    sentence: str, start: int, stretch: str, hints: list[tuple[int, str]], published: date | None
) -> EventDate | None:
    """The date of a phrase's own stretch, or of its first verb's part when that part names a date of its
    own before the next verb of a series ("took Crimea in 2014", not "in February 2022")."""
    if " and " in stretch and (then := AND_NEXT_VERB.search(stretch)):
        first = _dated(sentence, start, start + then.start(), hints, published)
        if first is not None:
            return first
    return _dated(sentence, start, start + len(stretch), hints, published)


def _own_clause(stretch: str) -> str:
    """A phrase's stretch up to a relative clause about something else: "attacked the bridge across
    the Seym in the Kursk region, where Kyiv mounted an incursion on August 6" is not dated August 6."""
    if not any(word in stretch for word in (",", "since", "war ", "invasion ")):
        return stretch
    clause = RELATIVE_CLAUSE.search(stretch)
    return stretch[: clause.start()] if clause and clause.start() > 0 else stretch


def _finer(own: EventDate | None, lead: EventDate | None) -> EventDate | None:
    """The phrase's own date, unless the sentence's opening words date it more finely.

    "On Wednesday night, Russian drones attacked Kyiv for the 12th time this month": the day, not
    the month.
    """
    if own is None or lead is None:
        return own or lead
    finer = PRECISION_RANK.get(lead.precision, 9) < PRECISION_RANK.get(own.precision, 9)
    return lead if finer and _within(lead, own) else own


def _within(day: EventDate, period: EventDate) -> bool:
    """Whether a finer date lies in a vaguer one: "on Tuesday" in "this month", not in "last month"
    ("said on Tuesday ... the town Ukraine retreated from last month" dates the retreat last month)."""
    if day.day is None or period.day is None:
        return True
    if period.precision == "month":
        return (day.day.year, day.day.month) == (period.day.year, period.day.month)
    return abs((day.day - period.day).days) <= UNDATED_DAYS_BEFORE + 1


def _dated(
    sentence: str, start: int, end: int, hints: list[tuple[int, str]], published: date | None
) -> EventDate | None:
    """The date named in ``sentence[start:end]``; ``hints`` are the sentence's date words (a piece
    with none of them is not read, unless it is cut inside a word, where a date word may start)."""
    first = bisect.bisect_left(hints, (start, ""))
    last = bisect.bisect_left(hints, (end, ""), first)
    if start > 0 and sentence[start - 1].isalnum():
        words = None  # cut inside a word: the piece's own first word may start a date
    elif first == last:
        return None
    else:
        words = {word for _, word in hints[first:last]}
    when = resolve_date(sentence[start:end], published, default_recent=False, words=words)
    return when if when.text else None


def _later(stretches: list[str], own: list[EventDate | None], i: int) -> EventDate | None:
    """The first date after stretch ``i``, unless a relative clause comes between."""
    between = stretches[i]
    for j in range(i + 1, len(stretches)):
        if RELATIVE_CLAUSE.search(between):
            return None
        if own[j] is not None:
            return own[j]
        between += stretches[j]
    return None


def _undated(published: date | None, text: str = "") -> EventDate:
    if published is None:
        return EventDate(None, None, text)
    return EventDate(published - timedelta(days=UNDATED_DAYS_BEFORE), "week", text)


def semicolon_clause_date(
    sentence: str, trigger_end: int, place_start: int, published: date | None
) -> EventDate | None:
    """The date the semicolon clause of a place after its trigger names, or None: "seized Verkhnokamianske
    by 9 October 2024; Bilohorivka by 23 February 2025" took Bilohorivka in February. (Only a clause of
    its own: a place before the first semicolon after the verb is dated with the verb.)"""
    start = sentence.rfind(";", trigger_end, place_start)
    if start < 0:
        return None
    end = sentence.find(";", place_start)
    end = len(sentence) if end < 0 else end
    when = _dated(sentence, start + 1, end, date_words(sentence), published)
    return when if when is not None and when.day is not None else None

