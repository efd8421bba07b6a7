"""The namesakes of a long list of villages, chosen so that the list runs along the front.

The General Staff and the regional administrations name the places shelled or fought over in long
lists, ordered along the line: "Spirne, Vesele, ... Ocheretyne, Krasnohorivka, Kostiantynivka,
Heorhiivka, Novomykhailivka, Vodiane, Urozhaine, Makarivka and Velyka Novosilka of Donetsk region".
Each name taken alone may point to a namesake 100 km from its neighbours (the town of Kostiantynivka
pulls Heorhiivka and Vodiane north with it), while the list read as a path picks the namesakes that lie
next to one another: Marinka's Krasnohorivka, Vuhledar's Kostiantynivka and Vodiane.

The choice is the path through the namesakes (of the same country and oblast as each name's first
answer) that is shortest, counting SWITCH_KM for each name moved off its first answer; it replaces the
first answers only when it is much shorter (CHAIN_GAIN), so a list whose first answers already lie
along one front is left as it was.
"""

from __future__ import annotations

from dataclasses import replace

from .distance import km_apart
from .estimates import list_runs
from .names import key
from .places import Gazetteer
from .records import Mention, Place

# The fewest names a list needs to be read as a path along the front.
CHAIN_MIN = 5
# What moving one name off the namesake it was first resolved to costs, in km of path.
SWITCH_KM = 10.0
# The path of the new answers must be at most this share of the first answers' path.
CHAIN_GAIN = 0.5
# The kinds of place such a list is made of.
CHAIN_KINDS = ("village", "town", "city")
CHAIN_REASON = "fits the path of its list"
# A city this big (people) is the list's item as first read, whatever namesakes lie nearer its neighbours.
CITY_STAYS = 100_000


def along_the_list(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` (in text order), each long list of villages resolved to the namesakes that make the
    shortest path through it when that path is much shorter than the first answers' one."""
    result = list(mentions)
    for run in _runs(text, result):
        options = [_namesakes(result[i], gazetteer) for i in run]
        if all(len(o) == 1 for o in options):
            continue
        first = [result[i].place for i in run]
        chosen = _shortest_path(options, first)
        if _length(chosen) > CHAIN_GAIN * _length(first):
            continue
        for i, place in zip(run, chosen, strict=True):
            m = result[i]
            if m.place is not None and place.id != m.place.id:
                was = f"was {m.place.name}, {m.place.admin1}"
                result[i] = replace(m, place=place, reason=f"{CHAIN_REASON} ({was})")
    return result


def _runs(text: str, mentions: list[Mention]) -> list[list[int]]:
    """The runs of CHAIN_MIN or more resolved populated places that only list separators join."""
    listed = list_runs(text, mentions, lambda m: m.place is not None and m.place.kind in CHAIN_KINDS)
    return [run for run in listed if len(run) >= CHAIN_MIN]


def _namesakes(m: Mention, gazetteer: Gazetteer) -> list[Place]:
    """The mention's answer first, then its namesakes of the same kind family, country and oblast (none for
    a city of CITY_STAYS people or more: "Sumy, Poltava, Kharkiv and Dnipro" name the cities, however far
    apart)."""
    assert m.place is not None
    if m.place.population >= CITY_STAYS:
        return [m.place]
    others = [
        p
        for p in gazetteer.candidates(key(m.text))
        if p.id != m.place.id
        and p.kind in CHAIN_KINDS
        and p.country == m.place.country
        and p.admin1 == m.place.admin1
    ]
    return [m.place, *others]


def _shortest_path(options: list[list[Place]], first: list[Place | None]) -> list[Place]:
    """The namesakes, one per name, whose path is shortest with SWITCH_KM for each one moved."""
    cost = [0.0 if p.id == first[0].id else SWITCH_KM for p in options[0]]
    back: list[list[int]] = []
    for step in range(1, len(options)):
        here, links = [], []
        for p in options[step]:
            switch = 0.0 if p.id == first[step].id else SWITCH_KM
            before = options[step - 1]
            best = min(range(len(before)), key=lambda j: cost[j] + km_apart(before[j], p))
            here.append(cost[best] + km_apart(before[best], p) + switch)
            links.append(best)
        cost = here
        back.append(links)
    at = min(range(len(cost)), key=cost.__getitem__)
    path = [at]
    for links in reversed(back):
        at = links[at]
        path.append(at)
    path.reverse()
    return [options[step][j] for step, j in enumerate(path)]


def _length(places: list[Place]) -> float:
    return sum(km_apart(a, b) for a, b in zip(places, places[1:], strict=False))
