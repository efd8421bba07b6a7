"""A last try for a name the text marks as a place but the gazetteer lacks: a nearby village spelled a
little otherwise.

The name key (:func:`gazetteer.names.key`) merges the letters on which romanisations disagree, and
:mod:`gazetteer.spellings` derives the Russian forms of Ukrainian names; reporters still write names
that neither reaches: a vowel heard otherwise (Kysylivka or Kyslivka for Kyselivka), a Russian
ending on a Ukrainian stem (Nevelskoye, Karlovka), g for h (Georgiyevka). Such a spelling keeps the
consonants of the name and changes only vowels and the ending, so the gazetteer's villages are
indexed once by their consonant skeleton (vowels dropped, g and h merged), and a name the text
cues as a place ("the village of X", "near X", an item of a list of places) is looked up there.

A wrong pin is worse than none, so a match must be close (an ending of the same kind and at most a
couple of vowels changed, inserted or dropped), must lie where the text is (in the oblast its
sentence names, else near a place the article names), and must be the only such place. Names
that are English words or given names and surnames of the common-words list are never tried.
Nothing here runs for a name the gazetteer holds: it looks only at what the resolver left over.

A longer name may also carry a misprint no romanisation explains: one letter typed for another,
left out, doubled or swapped with its neighbour (Nevekske for Nevelske, Belgorov for Belgorod).
Such a name is looked up by edit distance (rapidfuzz's optimal string alignment, in C, over the keys
of the front's countries that share its first letter and its length or one letter either side: a
few hundred, well under a millisecond), only when no vowel variant fits,
only for names of TYPO_MIN_LETTERS letters or more with the first letter kept (and never for the
first word of a longer name: "Vovchanski Khutir" is no misprint of Vovchansk), and under the same
bounds of place and uniqueness; the reason says it is a misprint read as a name. An oblast's name
written with such a misprint before "region" or "oblast" is read the same way.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .distance import haversine_km
from .names import key, skeleton
from .oblasts import oblasts_called
from .places import Gazetteer, keys_of_places
from .records import Mention, Place

# Where a spelling variant may be meant: Ukraine and Russia's oblasts along the front and the border.
VARIANT_COUNTRIES = frozenset({"UA"})
VARIANT_RUSSIAN_OBLASTS = frozenset({"Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast"})
VARIANT_KINDS = frozenset({"city", "town", "village"})
VARIANT_OUT_OF_SCOPE = "Kyiv City"  # the capital's quarters, named with the capital or not at all
# A variant must lie this close (km) to a place the article names, when its sentence names no oblast.
VARIANT_NEAR_KM = 50.0
# A town or village abroad this far (km) from every place of the war the text names, and this small, may be
# a spelling of a Ukrainian village (then looked for as a variant).
FAR_ABROAD_KM = 500.0
FAR_ABROAD_POPULATION = 100_000
# ... or at a small place of the front this far (km) from every one of at least STRAY_ANCHORS other places
# of the text, when the name is a spelling of a place near them.
STRAY_KM = 100.0
STRAY_POPULATION = 20_000
STRAY_ANCHORS = 2
# ... and this close, when the gazetteer has the name, but far from the places named with it.
STRICT_NEAR_KM = 30.0
# A name this many places of the front's countries bear is too common to be missing from the gazetteer.
COMMON_NAME_PLACES = 3
# At most this many vowel edits (after the endings are made alike); names with a skeleton shorter
# than SHORT_SKELETON consonants allow one only (Nove, Tykhe: too many short names look alike).
MAX_VOWEL_EDITS = 2
SHORT_SKELETON = 5
MIN_SKELETON = 4
# Of two places as like the name, the one this many times nearer the article's places is meant.
CLEARLY_NEARER = 2.0
SCORE = 0.4
REASON = "spelled {name} in the gazetteer (a spelling variant), in {where}"
# A misprint: one letter off (optimal string alignment), in a name of at least this many letters.
TYPO_MIN_LETTERS = 7
TYPO_SCORE = 0.35
TYPO_REASON = "spelled {name} in the gazetteer (one letter off: read as a misprint), in {where}"
# A town named with no cue is read as misprinted only when it is this big (and near the article's places).
TOWN_TYPO_POPULATION = 20_000
TOWN_TYPO_NEAR_KM = 100.0  # ... within this many km of a place the article resolved
# An oblast written right after a misspelt town, which says where to look for it (group 1: its name).
OBLAST_NAMED_AFTER = re.compile(
    r"(?:,\s*|\s+in\s+(?:the\s+)?)([A-Z][\w'’-]+)\s+(?:Oblast|oblast|[Rr]egion|[Pp]rovince)\b"
)
# ... or the word for an oblast itself: the misspelt name is the oblast's ("In Dontesk Oblast").
OBLAST_WORD_AFTER = re.compile(r"\s+(?:Oblast|oblast|[Rr]egion|[Pp]rovince)\b")
TYPO_THING_AFTER = re.compile(
    r"\s*(?:\([^()]{1,30}\))?\s+(?:mine|reservoir|dam|street|avenue|square|plant|factory|station|hydroelectric|thermal|power|TPP|HPP|NPP|nuclear"
    r"|CHP|community|hromada|district|raion|microdistrict|quarter|forest|forestry|canal|bridge|airfield)\b",
    re.IGNORECASE,
)
TOWN_TYPO_REASON = "spelled {name} in the gazetteer (one letter off a town near the article's places)"
# An oblast's name with a misprint, before the word for an oblast: "the Belgorov region".
REGION_TYPO = re.compile(r"\b([A-Z][a-z’'-]{5,}) ([Rr]egion|[Oo]blast|[Pp]rovince)\b")
REGION_TYPO_REASON = "spelled {name} in the gazetteer (one letter off: read as a misprint); the region"

# The vowels the two languages and their romanisations trade (Ukrainian i for Russian o or e, akanye's
# a for o, ё written e or o) and the unstressed ones a reporter drops or adds (Kyslivka, Kyselivka).
_SWAPS = frozenset({"ei", "ie", "oi", "io", "ao", "oa", "eo", "oe"})
_DROPPED = frozenset("eio")
UNRELATED = 99  # the edits vowel_edits gives two keys that differ by more than vowels
# Russian and Ukrainian endings of one kind, made alike before the vowels are compared.
_ENDINGS = (
    (re.compile(r"(?:ii|ie|i|e|o)vka$"), "ivka"),  # Kyslovka, Kyselevka / Kyselivka, Andriivka
    (re.compile(r"(?:skoie|skoe|ske)$"), "ske"),  # Nevelskoye / Nevelske
    (re.compile(r"(?:skaia|ska)$"), "ska"),
    (re.compile(r"(?:skii|skoi|ski)$"), "ski"),
    (re.compile(r"(?:oie|oe|ie)$"), "e"),  # Tonenkoye / Tonenke
    (re.compile(r"aia$"), "a"),  # Ternovaya / Ternova
    (re.compile(r"(?:ino|ine)$"), "ine"),  # Ocheretino / Ocheretyne
    # (-ove and -eve are one ending, hard or soft: Kotliarove / Kotliareve, Storozhove / Storozheve)
    (re.compile(r"(?:ovo|ove|evo|eve)$"), "ove"),
    (re.compile(r"e$"), "e"),  # Tonenke, Nove: the Ukrainian neuter of -oie above
    (re.compile(r"(?<=n)ii?$"), "e"),  # Zelenyy, Yantarnyy: the Russian masculine of Zelene, Yantarne
    (re.compile(r"a$"), "a"),
    (re.compile(r"i$"), "i"),
    (re.compile(r"o$"), "o"),
)
# What cues a capitalised word the gazetteer lacks as a place: a kind word, a preposition of place,
# a verb of taking ground, right before it (tested with str.endswith: a regex over the whole text
# would cost more than the rest of this module) ...
CUES = tuple(
    f"{cue} "
    for cue in (
        "village of", "villages of", "settlement of", "settlements of", "hamlet of", "town of", "city of",
        "near", "Near", "outside", "around", "captured", "recaptured", "liberated", "seized",
        "entered", "took", "toward", "towards", "in the area of", "areas of", "vicinity of", "direction of",
        "outskirts of",
        "capture of", "occupation of", "liberation of", "liberating", "capturing", "seizing", "retook",
        # ("clearing the territory of Belohorivka", "retain control of Belohorivka")
        "territory of", "control of", "clean-up of", "clearing of", "fighting for", "battle for",
        # ("the Russian forces have advanced in areas west of Verbovye")
        "west of", "east of", "north of", "south of", "northwest of", "northeast of", "southwest of",
        "southeast of",
    )
)  # fmt: skip
# ... or a kind word in an aside right after it: "the attack took place in Golovichino, a village located
# around 10 kilometers from the border".
_KIND_AFTER = re.compile(
    r", an? (?:(?:small|tiny|border|frontline|front-line|nearby|rural) )?(?:village|settlement|hamlet)\b"
)
# (a hyphen may join a second capitalised part: "Rai-Olekandrivka")
_CAPITALISED = re.compile(
    r"(?:[A-Z][a-z’']+-[A-Z][a-z’'-]*[a-z]|[A-Z][a-z’'-]{2,}[a-z])(?: [A-Z][a-z’'-]{1,}[a-z])?"
)  # no hyphen at its end
_BEFORE_CAPITAL = re.compile(r" (?=[A-Z][a-z’'-]{3})")  # the space before a capitalised word
_NAME = r"((?:[A-Z][a-z’']+-[A-Z][a-z’'-]*[a-z]|[A-Z][a-z’'-]{2,}[a-z])(?: [A-Z][a-z’'-]{1,}[a-z])?)"
# ... or a list it continues after a resolved place.
_LIST_NEXT = re.compile(rf"(?:,\s*|,?\s+and\s+|,?\s+or\s+){_NAME}")
_LIST_NEXT_STARTS = (",", " and ", " or ")
# An area's adjective before its noun, alone or in a list: "the Nikopolskyi and Kryvorizkyi districts" names
# the districts of Nikopol and Kryvyi Rih, never a village spelled a little otherwise (Kryvorizke).
_AREA_ADJECTIVE = re.compile(r"[sz]['’]?k(?:yi|iy|ii|y|i|ij|a)$")
_AREA_NOUN_AFTER = re.compile(
    r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]+)*\s+(?:districts?|raions?|communit(?:y|ies)|hromadas?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class VariantIndex:
    """Places of the variant countries by the consonant skeleton of each of their keys."""

    by_skeleton: dict[str, list[tuple[str, Place]]]
    # the keys of the places above by first letter and length, for the misprint lookup: a misprint keeps
    # the first letter and changes the length by one at most, so it is looked for among a few hundred
    by_initial: dict[tuple[str, int], list[str]]
    by_key: dict[str, list[Place]]


def _alike_endings(name_key: str) -> tuple[str, str]:
    """The key (g and h merged) split into its stem and its ending made alike ("" for none); a first
    word's adjective ending is made alike too ("Mirnaya Dolina" is Myrna Dolyna, "Novoye" Nove)."""
    merged = FIRST_WORD_ADJECTIVE.sub(_first_word_ending, name_key.replace("g", "h"))
    for pattern, ending in _ENDINGS:
        found = pattern.search(merged)
        if found:
            return merged[: found.start()], ending
    return merged, ""


# The Russian feminine and neuter endings of an adjective that opens a two-word name, and the Ukrainian
# ones they stand for.
FIRST_WORD_ADJECTIVE = re.compile(r"(?:aia|oie|oe)(?= )")


def _first_word_ending(found: re.Match[str]) -> str:
    return "a" if found.group() == "aia" else "e"


def vowel_edits(a: str, b: str) -> int:
    """Edits (substitutions, insertions, deletions of vowels) between two keys with the same skeleton
    after their endings are made alike; UNRELATED for keys that differ otherwise."""
    (a, ending_a), (b, ending_b) = _alike_endings(a), _alike_endings(b)
    if (
        ending_a != ending_b  # Nikolsky (a man's -sky) is not Mykilske (-ske)
        or skeleton(a) != skeleton(b)
        or a[:1] != b[:1]  # Olenivka is not Illinivka
        or (a[-1:] in "aeiou") != (b[-1:] in "aeiou")  # nor Pokrovske Pokrovsk
    ):
        return UNRELATED
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            substitute = previous[j - 1] + (0 if ca == cb else (1 if ca + cb in _SWAPS else UNRELATED))
            delete = previous[j] + (1 if ca in _DROPPED else UNRELATED)
            insert = current[j - 1] + (1 if cb in _DROPPED else UNRELATED)
            current[j] = min(substitute, delete, insert)
        previous = current
    return min(previous[-1], UNRELATED)


def _in_scope(place: Place) -> bool:
    # (not Kyiv's quarters: "Otradne" of the Donetsk front is no misspelt Vidradnyi of Kyiv)
    return (
        place.kind in VARIANT_KINDS
        and place.admin1 != VARIANT_OUT_OF_SCOPE
        and (place.country in VARIANT_COUNTRIES or place.admin1 in VARIANT_RUSSIAN_OBLASTS)
    )


# What is built from a gazetteer on first need, by (what, the gazetteer's id): kept with the gazetteer,
# so that its id cannot be reused by another.
_BUILT: dict[tuple[str, int], tuple[Gazetteer, object]] = {}
T = TypeVar("T")


def _once_per_gazetteer(what: str, gaz: Gazetteer, build: Callable[[Gazetteer], T]) -> T:
    """``build(gaz)``, made on first need (most texts never need it) and once per gazetteer."""
    kept = _BUILT.get((what, id(gaz)))
    if kept is not None and kept[0] is gaz:
        return kept[1]
    if len(_BUILT) >= 8:
        _BUILT.clear()
    built = build(gaz)
    _BUILT[(what, id(gaz))] = (gaz, built)
    return built


def _index(gaz: Gazetteer) -> VariantIndex:
    return _once_per_gazetteer("index", gaz, _build_index)


def _build_index(gaz: Gazetteer) -> VariantIndex:
    by_skeleton: dict[str, list[tuple[str, Place]]] = {}
    by_key: dict[str, list[Place]] = {}
    in_scope = {p.id for p in gaz.places.values() if _in_scope(p)}
    for name_key, places in gaz.index.items():
        kept = [(name_key, p) for p in places if p.id in in_scope]
        if kept:
            by_skeleton.setdefault(skeleton(name_key), []).extend(kept)
            by_key[name_key] = [p for _, p in kept]
    by_initial: dict[tuple[str, int], list[str]] = {}
    for name_key in sorted(by_key):
        by_initial.setdefault((name_key[0], len(name_key)), []).append(name_key)
    return VariantIndex(by_skeleton, by_initial, by_key)


def variant_of(
    name: str,
    gaz: Gazetteer,
    regions: frozenset[str],
    near: list[Place],
    most_edits: int = MAX_VOWEL_EDITS,
    near_km: float = VARIANT_NEAR_KM,
    near_in_region: bool = False,
) -> tuple[Place, int] | None:
    """The one place the name may be a spelling of, with its vowel edits, or None.

    ``regions`` are the oblasts the text puts the name in (then the place must lie in one); with
    none, or with ``near_in_region``, the place must lie within ``near_km`` of one of ``near``.
    """
    name_key = key(name)
    if not name_key or name_key in gaz.common_words or name.lower() in gaz.common_words:
        return None
    # the name's own places were weighed, and rejected, by the resolver; not again by another spelling
    weighed = {p.id for p in gaz.candidates(name_key)}
    best: dict[str, tuple[int, float, Place]] = {}
    for place in gaz.candidates(_english_j(name)) if "j" in name.lower() else ():
        if (km := _km_if_it_fits(place, weighed, regions, near, near_km, near_in_region)) is not None:
            best[place.id] = (0, km, place)  # "Sudja" is Sudzha, spelled as English writes дж
    if best:
        return _unique(best)
    bones = skeleton("".join(_alike_endings(name_key)))
    if len(bones.replace(" ", "")) < MIN_SKELETON:
        return None
    allowed = 1 if len(bones) < SHORT_SKELETON else most_edits
    for place_key, place in _index(gaz).by_skeleton.get(bones, ()):
        if (km := _km_if_it_fits(place, weighed, regions, near, near_km, near_in_region)) is None:
            continue
        edits = vowel_edits(name_key, place_key)
        if edits <= allowed and (edits, km) < best.get(place.id, (math.inf, math.inf))[:2]:
            best[place.id] = (edits, km, place)
    if not best:
        return None
    return _unique(best)


def _english_j(name: str) -> str:
    """The key of ``name`` with its j read as English reads it, дж (dzh): "Sudja", "Djankoy" (the key
    reads j as the й of a German or Polish spelling: Izjum)."""
    return key(name.lower().replace("dj", "dzh").replace("j", "dzh"))


def _km_if_it_fits(
    place: Place,
    weighed: set[str],
    regions: frozenset[str],
    near: list[Place],
    near_km: float,
    near_in_region: bool = False,
) -> float | None:
    """How far ``place`` lies from the nearest of ``near`` (infinite with none), when it may be the name's
    place: not one the resolver weighed already, in ``regions`` when the text names any, else within
    ``near_km`` of one of ``near``; None when it may not."""
    if place.id in weighed or (regions and place.admin1 not in regions):
        return None
    km = min((haversine_km(place.lon, place.lat, p.lon, p.lat) for p in near), default=math.inf)
    return km if (regions and not near_in_region) or km <= near_km else None


def _unique(best: dict[str, tuple[int, float, Place]]) -> tuple[Place, int] | None:
    """The best of (edits, km, place) by fewest edits, then nearest; None when two are as good."""
    ranked = sorted(best.values(), key=lambda t: t[:2])
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0] and not ranked[0][1] * CLEARLY_NEARER < ranked[1][1]:
        return None  # two places as like it, neither clearly nearer the article's places: no unique best
    return ranked[0][2], ranked[0][0]


def _unique_mention(m: Mention, best: dict[str, tuple[int, float, Place]], reason: str) -> Mention | None:
    """``m`` put at the unique best of ``best`` (see _unique), its reason ``reason`` filled with the place's
    name and oblast; None when there is none."""
    found = _unique(best) if best else None
    if found is None:
        return None
    place = found[0]
    return Mention(m.text, m.start, m.end, place, SCORE, reason.format(name=place.name, where=place.admin1))


# The letters a key one edit off another may have gained or changed (keys are lower-case Latin).
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def keys_one_letter_off(name_key: str) -> set[str]:
    """The keys one edit off ``name_key``, its first letter kept: a letter dropped, added, changed, or two
    swapped ("gaivoron" -> "graivoron"). A few hundred keys to look up one by one: no index to build, as
    :func:`misprint_of` builds on first use, for a check made once in a while."""
    head, tail = name_key[:1], name_key[1:]
    edits = {head + tail[:i] + tail[i + 1 :] for i in range(len(tail))}
    edits |= {head + tail[:i] + tail[i + 1] + tail[i] + tail[i + 2 :] for i in range(len(tail) - 1)}
    for i in range(len(tail) + 1):
        edits |= {head + tail[:i] + letter + tail[i:] for letter in LETTERS}
        if i < len(tail):
            edits |= {head + tail[:i] + letter + tail[i + 1 :] for letter in LETTERS}
    edits.discard(name_key)
    return edits


def misprint_of(
    name: str,
    gaz: Gazetteer,
    regions: frozenset[str],
    near: list[Place],
    near_km: float = VARIANT_NEAR_KM,
    towns_from: int = 0,
    min_letters: int = TYPO_MIN_LETTERS,
) -> Place | None:
    """The one place of the front's countries whose key is one letter off the name's (the first
    letter kept), in ``regions`` when the text names any, else within ``near_km`` of ``near``; with
    ``towns_from``, only towns and cities and villages of that many people or more; names shorter than
    ``min_letters`` are no misprints."""
    name_key = key(name)
    if (
        len(name_key) < min_letters
        or name_key in gaz.common_words
        or name.lower() in gaz.common_words
        or (not regions and not near)
    ):
        return None
    index = _index(gaz)
    weighed = {p.id for p in gaz.candidates(name_key)}
    best: dict[str, tuple[int, float, Place]] = {}
    initial, length = name_key[0], len(name_key)
    keys = [k for n in (length - 1, length, length + 1) for k in index.by_initial.get((initial, n), ())]
    close = process.extract(name_key, keys, scorer=OSA.distance, score_cutoff=1, limit=None)
    for place_key, edits, _ in close:
        for place in index.by_key[place_key]:
            if towns_from and place.kind not in ("city", "town") and place.population < towns_from:
                continue
            if (km := _km_if_it_fits(place, weighed, regions, near, near_km)) is not None:
                best[place.id] = (edits, km, place)
    found = _unique(best) if best else None
    return found[0] if found else None


def misspelt_towns(text: str, mentions: list[Mention], gaz: Gazetteer, near: list[Place]) -> list[Mention]:
    """Capitalised words no mention covers that are one letter off the name of a town of
    TOWN_TYPO_POPULATION people or more within TOWN_TYPO_NEAR_KM of the article's places: a hurried
    reporter's "Kramadorsk and Siwersk", "Kupianisk", "Shbekino", named with no cue to say they are places.

    Only towns, and only near the places the article resolved: a misprint of a hamlet, or of a town far
    from the story, is more likely a name of something else. The first letter is kept, as
    :func:`misprint_of` keeps it, and a word the language uses is no misprint.
    """
    if not near and "blast" not in text and "egion" not in text:  # (an oblast named may say where: below)
        return []
    # (a name left unresolved may be read again: "the cities Kypyansk and Vovchansk")
    covered = sorted((m.start, m.end) for m in mentions if m.place is not None)
    named = {m.start for m in mentions if m.place is not None}
    towns = _once_per_gazetteer("towns", gaz, _build_town_keys)
    found: list[Mention] = []
    for space in _BEFORE_CAPITAL.finditer(text):
        start = space.end()
        if start in named or _covered(covered, start):
            continue
        capitalised = _CAPITALISED.match(text, start)
        if capitalised is None:
            continue
        words = capitalised.group()
        first = words.split(" ")[0]
        # (the whole, its first word, and that word up to a hyphen; not the first word of two, a name of
        # its own the data lacks: "Chervona Zirka" is no "Chervona" one letter off a spelling of Kherson;
        # but "Dontesk Oblast": a word for an oblast after it is no second word of a name)
        two_words = " " in words and not OBLAST_WORD_AFTER.match(text, start + len(first))
        ends = (capitalised.end(),) if two_words else (capitalised.end(), start + len(first.split("-")[0]))
        for end in dict.fromkeys(ends):
            if TYPO_THING_AFTER.match(text, end):
                break  # "the Ternivska Dam", "Tsentralna (Central) Street": an adjective of a thing
            oblast = _oblast_named_after(text, end, gaz)
            place = _misspelt_town(text[start:end], gaz, towns, near, oblast)
            if place is not None and oblast is None and OBLAST_WORD_AFTER.match(text, end):
                # "In Dontesk Oblast, Russian attacks killed one civilian": the oblast of the town misspelt
                place = next(iter(oblasts_called(gaz, key(place.name))), None)
            if place is not None:
                # (the name as the article spells it elsewhere is the place it resolved to there: "Kamanske"
                # in a story of the Kamianske of the Zaporizhzhia front, not the city of that name)
                spelt_right = [
                    m.place for m in mentions if m.place is not None and key(m.text) == key(place.name)
                ]
                place = spelt_right[0] if spelt_right else place
                reason = TOWN_TYPO_REASON.format(name=place.name)
                found.append(Mention(text[start:end], start, end, place, TYPO_SCORE, reason))
                break
    return found


def _typo_town(place: Place) -> bool:
    """Whether a place is a town whose misprint is read with no cue (see :func:`misspelt_towns`)."""
    return place.population >= TOWN_TYPO_POPULATION and _in_scope(place)


def _build_town_keys(gaz: Gazetteer) -> dict[tuple[str, int], list[str]]:
    """The keys of the front's towns of TOWN_TYPO_POPULATION people or more, by first letter and length."""
    keys: dict[tuple[str, int], list[str]] = {}
    for name_key in keys_of_places(gaz, _typo_town):
        keys.setdefault((name_key[0], len(name_key)), []).append(name_key)
    return keys


def _oblast_named_after(text: str, end: int, gaz: Gazetteer) -> str | None:
    """The oblast written right after a word ("Torestsk, Donetsk Oblast", "Torestsk in the Donetsk region"),
    or None."""
    named = OBLAST_NAMED_AFTER.match(text, end)
    if named is None:
        return None
    regions = oblasts_called(gaz, key(named.group(1)))
    return regions[0].name if regions else None


def _misspelt_town(
    name: str,
    gaz: Gazetteer,
    towns: dict[tuple[str, int], list[str]],
    near: list[Place],
    oblast: str | None = None,
) -> Place | None:
    """The one town of TOWN_TYPO_POPULATION people or more within TOWN_TYPO_NEAR_KM of ``near`` (or in the
    ``oblast`` the text names right after it) whose key is one letter off."""
    name_key = key(name)
    if (
        len(name_key) < TYPO_MIN_LETTERS
        or name_key in gaz.common_words
        or name.lower() in gaz.common_words
        or gaz.candidates(name_key)
    ):
        return None
    length = len(name_key)
    keys = [k for n in (length - 1, length, length + 1) for k in towns.get((name_key[0], n), ())]
    if not keys:
        return None
    best: dict[str, tuple[int, float, Place]] = {}
    close = process.extract(name_key, keys, scorer=OSA.distance, score_cutoff=1, limit=None)
    for place_key, edits, _ in close:
        for place in gaz.candidates(place_key):
            if _typo_town(place):
                if oblast is not None:
                    if place.admin1 == oblast:  # "Torestsk, Donetsk Oblast": Toretsk, however far the rest
                        best[place.id] = (edits, 0.0, place)
                    continue
                km = min((haversine_km(place.lon, place.lat, p.lon, p.lat) for p in near), default=math.inf)
                if km <= TOWN_TYPO_NEAR_KM:
                    best[place.id] = (edits, km, place)
    found = _unique(best) if best else None
    return found[0] if found else None


def region_misprints(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Oblasts named with a misprint before the word for an oblast ("the Belgorov region"), that no
    mention covers: the one region of the front's countries whose key is one letter off."""
    if " region" not in text and " oblast" not in text.lower() and " province" not in text:
        return []
    starts = sorted((m.start, m.end) for m in mentions)
    found = []
    for named in REGION_TYPO.finditer(text):
        name = named.group(1)
        name_key = key(name)
        if (
            _covered(starts, named.start(1))
            or len(name_key) < TYPO_MIN_LETTERS - 1
            or name_key in gaz.common_words
            or gaz.candidates(name_key)
        ):
            continue
        # the gazetteer names an oblast with its word: "belgorod region", "belgorod oblast"
        written = f"{name_key} {named.group(2).lower()}"
        regions = {
            p.id: p
            for region_key, _, _ in process.extract(
                written, _region_keys(gaz), scorer=OSA.distance, score_cutoff=1, limit=None
            )
            if region_key[0] == name_key[0]
            for p in gaz.candidates(region_key)
            if p.id.startswith("admin1:") and p.country in ("UA", "RU", "BY")
        }
        if len(regions) == 1:
            (region,) = regions.values()
            reason = REGION_TYPO_REASON.format(name=region.name)
            found.append(Mention(named.group(), named.start(), named.end(), region, TYPO_SCORE, reason))
    return found


def _region_keys(gaz: Gazetteer) -> list[str]:
    """The keys that name a first-order division, once per gazetteer."""
    return _once_per_gazetteer("region keys", gaz, _build_region_keys)


def _build_region_keys(gaz: Gazetteer) -> list[str]:
    return sorted(k for k, places in gaz.index.items() if any(p.id.startswith("admin1:") for p in places))


def cued_names(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of capitalised words no mention covers that the text cues as places: after a cue word,
    or after a resolved place and a comma or "and" ("near Robotyne, Kyslivka and Verbove")."""
    named = {m.start for m in mentions}  # most capitalised words are mentions: one set lookup each
    spans = []
    asides = ", a" in text  # (most texts have no aside after a name: no match tried for each word)
    for space in _BEFORE_CAPITAL.finditer(text):
        start = space.end()
        if start in named:
            continue
        if text.endswith(CUES, max(0, start - 16), start):
            spans.append(_own_part(text, _CAPITALISED.match(text, start).span(), named))
        elif (
            asides
            and (found := _CAPITALISED.match(text, start)) is not None
            and text.startswith(", a", found.end())
            and _KIND_AFTER.match(text, found.end())
        ):
            spans.append(_own_part(text, found.span(), named))  # "in Golovichino, a village 10 km from"
    for m in mentions:  # a list's first item follows a cue ("near X, Y and Z"): only later ones here
        if m.place is not None and text.startswith(_LIST_NEXT_STARTS, m.end):
            after = _LIST_NEXT.match(text, m.end)
            if after and after.start(1) not in named:
                spans.append(_own_part(text, after.span(1), named))
    if not spans:
        return []
    starts = sorted((m.start, m.end) for m in mentions)
    return sorted({span for span in spans if not _covered(starts, span[0])})


def _own_part(text: str, span: tuple[int, int], named: set[int]) -> tuple[int, int]:
    """A hyphenated name up to its hyphen when a mention starts right after it: "Metiolkine-Voronove" is
    two villages (a sector between them), "Rai-Olekandrivka" one."""
    hyphen = text.find("-", span[0], span[1])
    return (span[0], hyphen) if hyphen != -1 and hyphen + 1 in named else span


def _covered(starts: list[tuple[int, int]], offset: int) -> bool:
    """Whether a mention (of ``starts``, sorted (start, end) pairs) covers ``offset``."""
    i = bisect.bisect_right(starts, (offset, math.inf)) - 1
    return i >= 0 and starts[i][0] <= offset < starts[i][1]


def spelled_otherwise(
    text: str,
    mentions: list[Mention],
    gaz: Gazetteer,
    region_of,
    region_around,
    article_oblasts: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The mentions, with unresolved ones and cued names the gazetteer lacks resolved to a spelling
    variant where exactly one fits; ``region_of(start, end)`` gives the oblast the text puts a name
    in (or None); ``region_around(start)`` the oblasts its sentence names; ``article_oblasts`` those
    the whole text names (of Ukraine, at most ARTICLE_OBLASTS of them), where a name whose own places
    all lie elsewhere is looked for when its sentence names none: "the villages of Zaporizhzhia and
    Novogeorgievka" in a story of the Dnipropetrovsk region are its Novoheorhiivka, not Mykolaiv
    Oblast's Novogeorgiyevka."""
    in_scope = [m.place for m in mentions if m.place is not None and _in_scope(m.place)]
    # (a misprint of a town only, cued or not: read before the cued names, which may hold the same word)
    towns = misspelt_towns(text, mentions, gaz, in_scope)
    if towns:
        spans = {(m.start, m.end) for m in towns}
        mentions = [m for m in mentions if m.place is not None or (m.start, m.end) not in spans] + towns
    unresolved = [i for i, m in enumerate(mentions) if m.place is None and m.text[:1].isupper()]
    cued = cued_names(text, mentions)
    regions = region_misprints(text, mentions, gaz)
    if regions:
        mentions = [*mentions, *regions]
    near = [*in_scope, *(m.place for m in towns)]  # (the oblasts of region_misprints are in no scope)
    far = [i for i, m in enumerate(mentions) if _far_abroad(m, near)]
    stray = [i for i, m in enumerate(mentions) if i not in far and _stray(m, near)]
    across = [
        i
        for i, m in enumerate(mentions)
        if i not in far and i not in stray and _across_the_border(m, gaz, region_around)
    ]
    stray += across  # (read as the strays are: the variant where one fits, else the place kept)
    if not unresolved and not cued and not far and not stray:
        return mentions
    out = list(mentions)
    settled: set[str] = set()  # names a later stray mention already found the variant of
    for i in reversed(stray):
        m = mentions[i]
        if m.place is None or m.text in settled:
            continue  # (the last mention that finds a variant speaks for every mention of the name)
        others = [p for p in near if p.id != m.place.id]
        found = _try(m.text, m.start, m.end, gaz, region_of, region_around, others, misprints=False)
        if found is not None and found.place is not None and found.place.id != m.place.id:
            # "liberated Georgiyevka" in a story of the Kurakhove front: the Heorhiivka beside Kurakhove that
            # the Russian spelling stands for, not Luhansk Oblast's, which GeoNames lists under that spelling
            settled.add(m.text)
            out = [replace(found, start=o.start, end=o.end) if o.text == m.text else o for o in out]
    for i in far:
        m = mentions[i]
        if found := _try(m.text, m.start, m.end, gaz, region_of, region_around, near, misprints=False):
            # "the village of Novosergievka" in a story of the DPR: Novoserhiivka, not a town of Orenburg
            # Oblast 1,400 km off that bears the name as written
            out[i] = found
        elif found := _namesake_near(m, gaz, near):
            # ... and "Ukrainian forces have withdrawn from Alekseyevka" after Andriivka and Kindrativka: the
            # Oleksiivka beside them (which the name spells in Russian), not a town by Moscow
            out[i] = found
    for i in unresolved:
        m = mentions[i]
        if _area_adjective(text, m.start, m.end):
            continue
        own = gaz.candidates(key(m.text))
        # the text's oblasts stand for the sentence's when it names none and the name's places lie elsewhere
        fallback = _only_the_text_names_oblasts(
            article_oblasts, region_of, region_around, m.start, m.end
        ) and not any(p.admin1 in article_oblasts for p in own)
        around = _always(article_oblasts) if fallback else region_around
        strictness = _lacked(m, gaz, region_of, around)
        if strictness is not None:
            # (a name is no anchor of its own variant: its other mention's namesake lies beside that one)
            own_ids = {o.id for o in own}
            anchors = [p for p in near if p.id not in own_ids]
            # (over a whole oblast the text names, a spelling variant only: no misprint of one letter)
            found = _try(
                m.text, m.start, m.end, gaz, region_of, around, anchors, *strictness, misprints=not fallback
            ) or _without_size_word(m, gaz, region_of, around, anchors)
            if fallback:
                found = _own_spelling(found)  # ... and of the place's own name, not of an alternate name
            out[i] = found or m
            if found is not None and fallback:
                # ... and so is every other mention of the name the resolver put out of those oblasts
                out = [
                    replace(out[i], start=o.start, end=o.end, reason=f"{out[i].reason}; named so again")
                    if o.text == m.text and o.place is not None and o.place.admin1 not in article_oblasts
                    else o
                    for o in out
                ]
            if out[i].place is not None:
                out += _named_again(text, out[i], out)
    for start, end in cued:
        if _area_adjective(text, start, end):
            continue
        found = _try(text[start:end], start, end, gaz, region_of, region_around, near)
        if found is None and " " in text[start:end]:  # "Kyslivka Kherson": the first word alone
            end = text.index(" ", start)
            found = _try(text[start:end], start, end, gaz, region_of, region_around, near, misprints=False)
        if found is None and _only_the_text_names_oblasts(
            article_oblasts, region_of, region_around, start, end
        ):
            # "near Stelmakhivka and Belogorivka" in a story of the Luhansk region: its Bilohorivka, 55 km
            # from the places named, looked for over the oblasts the text names as a variant of its name
            over_oblasts = _always(article_oblasts)
            found = _own_spelling(
                _try(text[start:end], start, end, gaz, region_of, over_oblasts, near, misprints=False)
            )
        if found is not None:
            out.append(found)
            out += _named_again(text, found, out)
    return out


def _far_abroad(m: Mention, near: list[Place]) -> bool:
    """Whether ``m`` was put at a town or village abroad, far from every place of the war the text names:
    a Russian spelling of a Ukrainian village that a place deep in Russia happens to bear."""
    place = m.place
    return (
        place is not None
        and place.kind in ("town", "village")
        and place.population < FAR_ABROAD_POPULATION
        and not _in_scope(place)
        and bool(near)
        and min(haversine_km(place.lon, place.lat, p.lon, p.lat) for p in near) > FAR_ABROAD_KM
    )


def _across_the_border(m: Mention, gaz: Gazetteer, region_around) -> bool:
    """Whether ``m`` was put at a village of Russia's border oblasts while its sentence names oblasts of
    Ukraine only: "along the Sumy region's frontline, from Yunakivka to ... Kondrativka" is Sumy Oblast's
    Kindrativka misspelt, not Kursk Oblast's Kondratovka, which Ukrainian outlets spell so too (checked
    by the caller, who keeps the village where no variant lies in those oblasts)."""
    place = m.place
    if place is None or place.country != "RU" or place.kind != "village":
        return False
    regions = region_around(m.start)
    countries = {p.country for region in regions for p in gaz.candidates(key(region)) if p.kind == "region"}
    return countries == {"UA"}


def _stray(m: Mention, near: list[Place]) -> bool:
    """Whether ``m`` was put at a small place of the front's countries far from every other place the
    text names, where the name as written is a spelling of another place (checked by the caller)."""
    place = m.place
    if place is None or place.kind not in ("town", "village") or place.population >= STRAY_POPULATION:
        return False
    others = [p for p in near if p.id != place.id]
    return (
        len(others) >= STRAY_ANCHORS
        and _in_scope(place)
        # (most places have a neighbour among the first few: stop at it)
        and not any(haversine_km(place.lon, place.lat, p.lon, p.lat) <= STRAY_KM for p in others)
    )


NAMESAKE_REASON = "{name} of {where}, the one place of the name near the article's places (not a far town)"


def _namesake_near(m: Mention, gaz: Gazetteer, near: list[Place]) -> Mention | None:
    """The one place of the front's countries that bears ``m``'s name within VARIANT_NEAR_KM of ``near``
    (clearly nearer than any other), for a name the resolver put at a far town; else None."""
    best: dict[str, tuple[int, float, Place]] = {}
    for place in gaz.candidates(key(m.text)):
        if not _in_scope(place):
            continue
        others = [p for p in near if p.id != place.id]
        km = min((haversine_km(place.lon, place.lat, p.lon, p.lat) for p in others), default=math.inf)
        if km <= VARIANT_NEAR_KM:
            best[place.id] = (0, km, place)
    return _unique_mention(m, best, NAMESAKE_REASON)


def _only_the_text_names_oblasts(
    article_oblasts: frozenset[str], region_of, region_around, start: int, end: int
) -> bool:
    """Whether the text names oblasts but neither the name nor its sentence is put in one: where the text's
    oblasts may stand for the sentence's."""
    return bool(article_oblasts) and region_of(start, end) is None and not region_around(start)


def _own_spelling(found: Mention | None) -> Mention | None:
    """``found`` when its name spells its place's own name (a vowel variant of it), not one of the place's
    alternate names: what a look over a whole oblast may take; else None."""
    if found is not None and vowel_edits(key(found.text), key(found.place.name)) > MAX_VOWEL_EDITS:
        return None
    return found


def _always(oblasts: frozenset[str]) -> Callable[[int], frozenset[str]]:
    """A ``region_around`` that gives the same oblasts wherever a name is: the whole text's."""
    return lambda _start: oblasts


def _area_adjective(text: str, start: int, end: int) -> bool:
    adjective = _AREA_ADJECTIVE.search(text, start, end) is not None
    return adjective and _AREA_NOUN_AFTER.match(text, end) is not None


def _named_again(text: str, found: Mention, mentions: list[Mention]) -> list[Mention]:
    """The later bare mentions of a name the text cued once and a variant resolved: "the village of
    Kisilevka" is Kyselivka, and so is "retreated from Kisilevka" two sentences on (one sense)."""
    taken = [(m.start, m.end) for m in mentions]
    again = []
    for match in re.finditer(rf"\b{re.escape(found.text)}\b", text[found.end :]):
        start, end = found.end + match.start(), found.end + match.end()
        if not any(s < end and start < e for s, e in taken):
            again.append(replace(found, start=start, end=end, reason=f"{found.reason}; named so again"))
    return again


def _lacked(m: Mention, gaz: Gazetteer, region_of, region_around) -> tuple | None:
    """How far (vowel edits, km, and whether it must be that near even in the oblast the text names) a
    variant of an unresolved name may be, or None to try none.

    Where the gazetteer has no place of the name in Ukraine or the border oblasts, or none in the
    oblast the text names, the usual bounds. Where it has one but the resolver judged it too far
    from the places named with it ("Posad-Pokrovske, Kyslivka and Chornobaivka": the Kyslivka it
    knows is in Kharkiv Oblast), the text's own village may be missing from the gazetteer, so only a
    one-vowel variant close to those places is taken. Where it has the name in the oblast the text
    names, the name was too common there to choose, and no variant is tried."""
    if m.reason.startswith("no place of this name within"):
        return None  # located by the text ("north of Y") where no place of the name lies: keep that
    own = [p for p in gaz.candidates(key(m.text)) if _in_scope(p)]
    if not own:
        return MAX_VOWEL_EDITS, VARIANT_NEAR_KM
    regions = _regions_put_in(region_of, region_around, m.start, m.end)
    if regions:
        if in_region := [p for p in own if p.admin1 in regions]:
            # "Stavky, Novoselivka and Maslyakivka" in the Donetsk region, which has ten Novoselivkas: the
            # name is there, only too common to tell which; another name's village is no answer, unless
            # it is one vowel off and beside the places named ("near Olenivka and Mayak in Crimea")
            return None if len(in_region) > COMMON_NAME_PLACES else (1, STRICT_NEAR_KM, True)
        return MAX_VOWEL_EDITS, VARIANT_NEAR_KM
    if len(own) > COMMON_NAME_PLACES:
        return None  # a name of many villages (63 Novoselivkas) is one of them, not a missing one
    return 1, STRICT_NEAR_KM


# "Velyka Rohan": the "Great" of a village the gazetteer knows by its bare name (Rohan), beside a Mala Rohan.
SIZE_WORD = re.compile(r"(?:Velyk[aeyi]+|Velik[aiy]+[eyj]?|Bolsh[aoei][yje]?a?)\s+(?=[A-Z])")
SIZE_REASON = "named {name} in the gazetteer (without the word for 'great'), in {where}"


def _without_size_word(m: Mention, gaz: Gazetteer, region_of, region_around, near) -> Mention | None:
    """The place of an unresolved "Velyka X" that the gazetteer holds as plain X, under the bounds of a
    spelling variant (in the oblast the text names, else near its places), or None."""
    size = SIZE_WORD.match(m.text)
    if size is None:
        return None
    regions = _regions_put_in(region_of, region_around, m.start, m.end)
    best = {
        p.id: (0, km, p)
        for p in gaz.candidates(key(m.text[size.end() :]))
        if p.kind in VARIANT_KINDS
        and (km := _km_if_it_fits(p, set(), regions, near, VARIANT_NEAR_KM)) is not None
    }
    return _unique_mention(m, best, SIZE_REASON)


def _regions_put_in(region_of, region_around, start: int, end: int) -> frozenset[str]:
    """The oblasts the text puts the name at ``start:end`` in: the one written with it, else those of
    its sentence."""
    region = region_of(start, end)
    return frozenset([region] if region else region_around(start))


def _try(
    name,
    start,
    end,
    gaz,
    region_of,
    region_around,
    near,
    most_edits=MAX_VOWEL_EDITS,
    near_km=VARIANT_NEAR_KM,
    near_in_region=False,
    misprints=True,
) -> Mention | None:
    regions = _regions_put_in(region_of, region_around, start, end)
    found = variant_of(name, gaz, regions, near, most_edits, near_km, near_in_region)
    if found is None:
        misprint = None
        if misprints and not near_in_region:
            misprint = misprint_of(name, gaz, regions, near, near_km)
        if misprint is None:
            return None
        reason = TYPO_REASON.format(name=misprint.name, where=misprint.admin1)
        return Mention(name, start, end, misprint, TYPO_SCORE, reason)
    place, _ = found
    return Mention(name, start, end, place, SCORE, REASON.format(name=place.name, where=place.admin1))
