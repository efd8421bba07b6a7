"""One sense per article: a name the resolver left unresolved in one place and resolved in another.

"Retreated from the village of Krynky" early in an article may have no cue to settle which Krynky
it is, while "Krynky in Kherson Oblast" later does: an article means one place by one name. The
earlier mention takes the later sense when that fits the places named around it. So does a mention
resolved far from the war where the same name is a town of the war elsewhere in the article ("the
Seversk City Hospital" in a story of Seversk in the DPR is Siversk's, not Seversk's in Siberia).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from statistics import median

from .distance import km_apart
from .reading import POPULATED
from .records import Mention, Place
from .war_zone import in_war_zone

# The sense a name has elsewhere in the article is taken only if it lies in a region named within this
# many characters of the unresolved mention, or this near (km) a town named there.
NEIGHBOURS_CHARS = 200
NEIGHBOUR_KM = 50.0
SAME_NAME_REASON = "the same name elsewhere in the article"
UNPLACED_REASON = (
    "no place of this name fits: the same name is a place the data lacks elsewhere in the article"
)
# A sense outside the war zone this far (km) from the name's sense inside it is no sense of the article.
FAR_SENSE_KM = 500.0
# Two spellings of one name ("Sergiivka" and the ministry's "Sergeevka") resolved to two namesakes of one
# oblast are one village: the one whose distance (median, km) to the article's other towns is this many
# times shorter.
SPELLINGS_NEARER = 2.0
SPELLINGS_REASON = "the {name} the article names as {other} too (two spellings of one village)"
# How gazetteer.resolve's reason starts for a village it placed by the places listed with it; a mention of
# the same name with no town within LONE_CHARS of it takes that village too ("liberated eight
# settlements, including Piatykhatky" before the list that names them).
LISTED_REASON = "fits the places listed with it"
# A name whose mentions are resolved to one village this many times as often as to another namesake is that
# village in the other's mentions too, where each of those was only the resolver's guess by distance.
MOST_MENTIONS = 2
GUESS_REASON = "best of "
LONE_CHARS = 100


def one_sense(mentions: list[Mention]) -> list[Mention]:
    """The mentions (in text order), each unresolved name that the article resolves elsewhere to one
    town resolved to it too, where that fits its neighbours; and a name resolved outside the war zone,
    FAR_SENSE_KM from its one other sense in the article, which lies inside it, resolved to that one."""
    mentions = _by_the_most_mentions(_in_the_named_oblast(_one_village_per_name(mentions)))
    if any(m.reason.startswith(LISTED_REASON) for m in mentions):
        mentions = _as_listed(mentions)
    senses: dict[str, set[Place]] = {}
    for m in mentions:
        if m.place is not None and m.place.kind in POPULATED:
            senses.setdefault(m.text, set()).add(m.place)
    if all(m.place is not None for m in mentions) and all(len(s) == 1 for s in senses.values()):
        return mentions
    unplaced = {m.text for m in mentions if m.place is None}
    result = []
    for m in mentions:
        sense = senses.get(m.text, ()) if m.place is None else ()
        if m.place is not None and len(named := senses.get(m.text, ())) == 2 and not in_war_zone(m.place):
            local = next(p for p in named if p != m.place)
            if in_war_zone(local) and km_apart(local, m.place) > FAR_SENSE_KM:
                m = replace(m, place=local, reason=SAME_NAME_REASON)
        if m.place is not None and m.text in unplaced and _far_from_the_rest(m, mentions):
            # "the village of Artyom ... In Artyom, houses were damaged": a village the data lacks, named
            # again bare, is not the city of its name 7,000 km off
            m = replace(m, place=None, score=0.0, reason=UNPLACED_REASON)
        if len(sense) == 1:
            place = next(iter(sense))
            if _fits_neighbours(place, m, mentions):
                # as sure as the mention it was settled at (an unresolved one scored 0)
                score = max(o.score for o in mentions if o.text == m.text and o.place == place)
                m = replace(m, place=place, score=score, reason=SAME_NAME_REASON)
        result.append(m)
    return result


def _far_from_the_rest(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether the mention's place lies outside the war zone and FAR_SENSE_KM from every other town the
    article names."""
    if in_war_zone(mention.place):
        return False
    towns = [
        o.place
        for o in mentions
        if o.place is not None and o.text != mention.text and o.place.kind in POPULATED
    ]
    return bool(towns) and all(km_apart(mention.place, t) > FAR_SENSE_KM for t in towns)


def _fits_neighbours(place: Place, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a place fits the places named around a mention: in a region named beside it, or
    near a town named beside it (the resolver may have left the name unresolved because its
    other sense lies far from them: "in Konstantinovka, Vodyanoye and northwest of Nikolskoye")."""
    around = [
        n.place
        for n in mentions
        if n.text != mention.text and n.place is not None and abs(n.start - mention.start) <= NEIGHBOURS_CHARS
    ]
    towns = [p for p in around if p.kind in POPULATED]
    regions = [p for p in around if p.kind == "region"]
    if not towns and not regions:
        return True
    return (
        any(r.name == place.admin1 for r in regions)
        or any(km_apart(place, t) <= NEIGHBOUR_KM for t in towns)
        # "Russia took over both settlements ... the Ukrainian army took Terny back and Neskuchne": the
        # other villages named beside it are of the oblast of its sense too, however far across it
        or (not regions and bool(place.admin1) and all(t.admin1 == place.admin1 for t in towns))
    )


def _one_village_per_name(mentions: list[Mention]) -> list[Mention]:
    """The mentions, two spellings of one name resolved to two namesakes of one oblast made one place:
    the namesake that lies clearly nearer the article's other towns. A reporter who quotes a
    ministry's Russian spelling beside the Ukrainian one means one village, however differently each
    spelling was cued."""
    by_spelling = _towns_by_spelling(mentions)
    written: dict[str, str] = {}
    for m in mentions:
        written.setdefault(m.text.lower(), m.text)
    by_name: dict[str, dict[str, Place]] = {}
    for spelling, places in by_spelling.items():
        if len(places) == 1:
            place = next(iter(places))
            by_name.setdefault(place.name, {})[spelling] = place
    moved: dict[str, tuple[Place, str]] = {}
    for name, spellings in by_name.items():
        places = {p.id: p for p in spellings.values()}
        if len(places) != 2 or len({p.admin1 for p in places.values()}) != 1:
            continue  # (namesakes of two oblasts may be two places: "Serhiivka in the Odesa region")
        others = [
            m.place
            for m in mentions
            if m.place is not None and m.place.kind in POPULATED and m.place.name != name
        ]
        if not others:
            continue
        spread = {i: median(km_apart(p, o) for o in others) for i, p in places.items()}
        near, far = sorted(places, key=lambda i: spread[i])
        if spread[far] < SPELLINGS_NEARER * max(spread[near], 1.0):
            continue
        kept = next(s for s, p in spellings.items() if p.id == near)
        for spelling, place in spellings.items():
            if place.id == far:
                moved[spelling] = (places[near], kept)
    if not moved:
        return mentions
    result = []
    for m in mentions:
        if m.place is not None and (to := moved.get(m.text.lower())) and m.place.name == to[0].name:
            m = replace(m, place=to[0], reason=SPELLINGS_REASON.format(name=to[0].name, other=written[to[1]]))
        result.append(m)
    return result


def _towns_by_spelling(mentions: list[Mention]) -> dict[str, set[Place]]:
    """The populated places each spelling of the article (lower case) was resolved to."""
    by_spelling: dict[str, set[Place]] = {}
    for m in mentions:
        if m.place is not None and m.place.kind in POPULATED:
            by_spelling.setdefault(m.text.lower(), set()).add(m.place)
    return by_spelling


def _by_the_most_mentions(mentions: list[Mention]) -> list[Mention]:
    """The mentions, a village name resolved to two namesakes made one place where the mentions of one
    outnumber the other's MOST_MENTIONS times over and each of the other's was only a guess by distance
    ("best of 53 places of this name: 58 km from Verbove"): "liberated Andriyivka" three times by
    Klishchiivka and Bakhmut, then "the liberation of Andriyivka" once, is one village."""
    counts = Counter((m.text, m.place) for m in mentions if m.place is not None and m.place.kind == "village")
    moved: dict[tuple[str, Place], Place] = {}
    for (text, place), count in counts.items():
        rivals = [(p, n) for (t, p), n in counts.items() if t == text and p != place]
        if len(rivals) == 1 and rivals[0][1] >= MOST_MENTIONS * count:
            guesses = [m for m in mentions if m.text == text and m.place == place]
            if all(m.reason.startswith(GUESS_REASON) for m in guesses):
                moved[(text, place)] = rivals[0][0]
    if not moved:
        return mentions
    return [
        replace(m, place=to, reason=f"{SAME_NAME_REASON}, named so most often")
        if (to := moved.get((m.text, m.place))) is not None
        else m
        for m in mentions
    ]


def _in_the_named_oblast(mentions: list[Mention]) -> list[Mention]:
    """The mentions, a name written alike and resolved to two namesakes made one place: the namesake in an
    oblast the article names, when the other lies in none and its mention had no oblast to go by. "Ukraine
    takes control of Piatykhatky village on Zaporizhzhia front" and a later "the settlement of
    Piatykhatky" are one village, though the later cue alone would have made it the town of another oblast."""
    named = {m.place.name for m in mentions if m.place is not None and m.place.kind == "region"}
    moved: dict[str, Place] = {}
    for spelling, places in _towns_by_spelling(mentions).items():
        inside = [p for p in places if p.admin1 in named]
        if len(places) == 2 and len(inside) == 1:
            moved[spelling] = inside[0]
    if not moved:
        return mentions
    return [
        replace(m, place=to, reason=f"{m.reason}; {SAME_NAME_REASON}, in an oblast it names")
        if (to := moved.get(m.text.lower())) is not None
        and m.place is not None
        and m.place != to
        and "Oblast" not in m.reason
        # (nor one placed by a town named beside it: "liberated Andriyivka ... near Bakhmut" is the Andriivka
        # 11 km from Bakhmut, though the article names Zaporizhzhia Oblast, where another lies)
        and " km from " not in m.reason
        # ("the small settlement of Zaporizhzhia ... distinct from the city of Zaporizhzhia": a city stays)
        and m.place.kind != "city"
        else m
        for m in mentions
    ]


def _as_listed(mentions: list[Mention]) -> list[Mention]:
    """Each mention of a name the resolver placed elsewhere by the places listed with it, at that place, when
    no town is named near the mention itself and the name is not named more often otherwise: the list is
    the article's word on which village it is."""
    listed = {m.text: m.place for m in mentions if m.place is not None and m.reason.startswith(LISTED_REASON)}
    # (not where the article names the name more often otherwise: the list is then the odd one out)
    counts = Counter((m.text, m.place == listed[m.text]) for m in mentions if m.text in listed)
    listed = {name: place for name, place in listed.items() if counts[(name, True)] >= counts[(name, False)]}
    result = []
    for m in mentions:
        place = listed.get(m.text)
        if (
            place is not None
            and m.place is not None
            and m.place != place
            and m.place.kind in POPULATED
            # (a pick the oblast the article names spoke for stays: "Dachnoye ... the first settlement in
            # Dnipropetrovsk province")
            and "Oblast" not in m.reason
            and not any(
                n.text != m.text
                and n.place is not None
                and n.place.kind in POPULATED
                and abs(n.start - m.start) <= LONE_CHARS
                for n in mentions
            )
        ):
            m = replace(m, place=place, reason=SAME_NAME_REASON)
        result.append(m)
    return result
