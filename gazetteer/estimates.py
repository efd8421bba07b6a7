"""Villages the data lacks, put at the middle of the places listed with them.

Front-line reporting names villages in lists: "Russian forces advanced near Berdychi, Semenivka and
Novomykhailivka". The gazetteer lacks many hamlets (their postal rows carry only a raion centre's
point), and an unresolved name leaves the event it carries off the map. When a name the text lists
is one of a tight cluster of places the gazetteer does know (two or more, all within
CLUSTER_KM of one another), the name is put at their middle: a guess an analyst can see is one
(``geo_precision`` 2 on its events, the reason names the places it was put among), and within a few
km of the truth, since a list of this kind names neighbouring villages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import combinations

from .distance import km_apart
from .locators import LOCATED_PREFIX
from .names import key
from .places import Gazetteer
from .records import Mention, Place

LISTED_PREFIX = "listed:"
# Villages smaller than this are the ones picked among namesakes by guesswork (a town of 9,000 such as
# Bilozerka is the one a reader means): a name the data has a bigger place of is that place, not a guess
# put among its list. (The resolver's list checks use the same line.)
GUESS_POPULATION = 5_000
# Every two known places of the list lie at most this far apart (km): the list is of neighbours.
CLUSTER_KM = 25.0
# The kinds of known place a list of villages is made of.
LISTED_KINDS = ("village", "town")
# Between two items of a list: a comma, "and", "or" (and an optional "the village of" before an item).
LIST_LINK = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*,?\s*as well as\s+)"
    r"(?:(?:the\s+)?(?:villages?|settlements?)\s+of\s+)?",
    re.IGNORECASE,
)


def placed_among_its_list(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` (in text order) with each unresolved name of a list of neighbours put at the middle
    of the places the list names that the gazetteer knows; other mentions unchanged. A name the data
    has a town of (GUESS_POPULATION or more) is left as it is: "Huliaipole" in a list of Donetsk villages
    is the town the list check found too far, not a hamlet beside them."""
    if all(m.place is not None for m in mentions):
        return mentions
    result = list(mentions)
    estimated: dict[str, Mention] = {}
    for chain in _lists(text, result):
        known = [result[i].place for i in chain if _known(result[i].place)]
        if len(known) < 2 or any(km_apart(a, b) > CLUSTER_KM for a, b in combinations(known, 2)):
            continue
        for i in chain:
            m = result[i]
            if m.place is None and (name_key := key(m.text)) and not _a_town_of_the_name(name_key, gaz):
                result[i] = estimated[name_key] = _among(m, known)
    if estimated:  # the name again, outside the list: the same guess
        for i, m in enumerate(result):
            if m.place is None and (guess := estimated.get(key(m.text))) is not None:
                result[i] = replace(guess, text=m.text, start=m.start, end=m.end)
    return result


def is_listed(place: Place) -> bool:
    """Whether ``place`` is a guess from the places listed with its name, not taken from the data."""
    return place.id.startswith(LISTED_PREFIX)


def _lists(text: str, mentions: list[Mention]) -> list[list[int]]:
    """The runs of three or more mentions that only list separators join, with an unresolved name among
    them."""
    return [
        run
        for run in list_runs(text, mentions)
        if len(run) > 2 and any(mentions[j].place is None for j in run)
    ]


def list_runs(
    text: str, mentions: list[Mention], member: Callable[[Mention], bool] = lambda m: True
) -> list[list[int]]:
    """The indices of the runs of ``member`` mentions (in text order) that only list separators
    (LIST_LINK) join; a mention that is no member ends a run."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, m in enumerate(mentions):
        if not member(m):
            if run:
                runs.append(run)
            run = []
        elif run and LIST_LINK.fullmatch(text, mentions[run[-1]].end, m.start):
            run.append(i)
        else:
            if run:
                runs.append(run)
            run = [i]
    if run:
        runs.append(run)
    return runs


def _a_town_of_the_name(name_key: str, gaz: Gazetteer) -> bool:
    return any(c.population >= GUESS_POPULATION for c in gaz.candidates(name_key))


def _known(place: Place | None) -> bool:
    """A place of the data (not a point the text or a list put a name at) of a list's kind."""
    return (
        place is not None
        and place.kind in LISTED_KINDS
        and not place.id.startswith((LOCATED_PREFIX, LISTED_PREFIX))
    )


def _among(m: Mention, known: list[Place]) -> Mention:
    lat = sum(p.lat for p in known) / len(known)
    lon = sum(p.lon for p in known) / len(known)
    oblasts = {p.admin1 for p in known}
    place = Place(
        f"{LISTED_PREFIX}{key(m.text)}:{lat:.4f}:{lon:.4f}",
        m.text,
        "village",
        round(lat, 5),
        round(lon, 5),
        known[0].country,
        oblasts.pop() if len(oblasts) == 1 else "",
    )
    names = ", ".join(p.name for p in known)
    reason = f"not in the data: put at the middle of the places listed with it ({names}), a guess"
    return Mention(m.text, m.start, m.end, place, 0.3, reason)
