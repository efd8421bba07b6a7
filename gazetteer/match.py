"""Finding the gazetteer's names in a text.

The text's words are reduced to keys (:func:`gazetteer.names.word_key`) and every run of up to
``longest_name`` adjacent words is looked up in the gazetteer's key index, longest run first. That
is a multi-pattern match over all names at once, one dictionary probe per word and length,
independent of how many names the gazetteer holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import (
    ADJECTIVE_STEM_ENDINGS,
    ALONG_RIVER_PREFIX,
    CUT_ADJECTIVE_ENDING,
    SECTOR_LIST_AFTER,
    SECTOR_WORDS,
    STEM_AREA_WORDS,
    STEM_ENDINGS,
    TOWN_ADJECTIVE_ENDINGS,
    WAR_COUNTRIES,
)
from .names import word_key, words
from .places import Gazetteer
from .records import Place

# The words of a power plant after the feminine adjective of its town (Ukrainian "електростанція"):
# "the Burshtynska TPP", "the Kurakhivska thermal power plant".
PLANT_WORDS = frozenset({"tpp", "tes", "hpp", "ges", "chp", "thermal", "hydroelectric", "power"})
PLANT_ADJECTIVE_ENDING = "ska"
# What may stand between two words of one name: "Nova Kakhovka", "Bilhorod-Dnistrovskyi", "U.S."
# Words that lose their space in badly converted text: "Kharkivin", "Zelenskysaid".
GLUED_WORDS = ("said", "says", "and", "the", "in", "on", "at", "of", "to")
GLUED_MIN_POPULATION = 100_000  # ... of the war's countries: "a Russian Bastion missile" is no Basti, India
# Endings of Russian and Ukrainian adjectives made from place names, longest first:
# харьков-ское, харків-ська, запорож-ская, херсон-ский.
ADJECTIVE_ENDINGS = (
    "ського", "ської", "ского", "ская", "ское", "ский", "ской", "ском", "ские", "ских",
    "ська", "ське", "ський", "ські",
)  # fmt: skip
# and a possessive inside a name: "Donetsk People's Republic"; and a quoted name before its kind: the
# "Kanal" micro-district.
# ("Gulyai–Pole" with an en dash, too; and Russian quotes: the «Belaya» airfield)
JOINER = re.compile(r"[ \-–.]?|\.? ?|['’]s |[\"”»] ")


@dataclass(slots=True)
class NameMatch:
    """A run of words in the text that is a name in the gazetteer, with every place it may be.

    Not frozen: a text has hundreds of matches, and a frozen dataclass is three times dearer to make.
    """

    start: int
    end: int
    text: str
    key: str
    candidates: tuple[Place, ...]
    first_word: int
    last_word: int
    adjective: bool = False  # a Cyrillic adjective of a place ("харьковское" направление)


# After the first of two names that share a crossing's noun: "the Antonivskyi and Kakhovka bridges".
# ("the Kanevskaya and Dniester hydroelectric plants": two dams by the plants on them)
SHARED_CROSSING = re.compile(
    r"\s+and\s+(?:the\s+)?[A-Z][\w'’-]+\s+(bridges|dams|HPPs|hydroelectric\s+(?:power\s+)?(?:plants|stations)"
    r"|hydropower\s+(?:plants|stations))\b"
)


# The plural nouns of crossings whose singular ends a name: "Dniester hydroelectric plants" (keys).
PLURAL_CROSSING_KEYS = frozenset(word_key(w) for w in ("bridges", "dams", "plants", "stations", "HPPs"))


# After the first of two or more names that share their noun: "Velyka and Mala Komyshuvakha", "Verkhnia,
# Serednia and Nyzhnia Syrovatka", "Bolshaya and Malaya Loknya"; the noun may be plural ("Burluks").
SHARED_NOUN = re.compile(
    r"(?:\s*,\s*|\s+(?:and|or)\s+)(?:[A-Z][\w'’]+(?:\s*,\s*|\s+(?:and|or)\s+))*[A-Z][\w'’]+\s+([A-Z][\w'’-]+)"
)


# What may follow the first of names sharing a noun, and how far " base" may lie after a name (cheap looks
# before the patterns below).
LIST_JOINTS = (",", " and ", " or ")
BASE_REACH = 25
# A base of another kind after a name of an air base: "the Belaya military base", "the Engels base".
BASE_AFTER = re.compile(r"[»\"”]? (?:military |strategic |bomber )?base\b")


# Lower-case words of kind that open a name's alias ("City of Sevastopol") but, in running text, are the
# cue before the name.
CUE_WORDS = frozenset({"city", "town", "village", "port"})


def match_names(text: str, gazetteer: Gazetteer) -> tuple[list[NameMatch], list[tuple[int, int]]]:
    """Return the names found in ``text`` (longest first, not overlapping) and the text's word spans.

    The word spans come back too because deciding whether a match is really a place looks at the
    words around it (capitals, "the city of", "Kyiv Post").
    """
    spans = words(text)
    keys = [word_key(text[s:e]) for s, e in spans]
    index, prefixes, joiner = gazetteer.index, gazetteer.prefixes, JOINER.fullmatch
    count = len(spans)
    # The words worth a look: a name or the first word of one, or a word with a capital or a Cyrillic
    # ending (the other readings); most words are none of these, and are passed over in one sweep.
    looked_at = [
        i
        for i, ((start, end), word_key_) in enumerate(zip(spans, keys, strict=True))
        if word_key_ in index
        or word_key_ in prefixes
        or text[start].isupper()
        or "\u0400" <= text[end - 1] <= "\u04ff"
    ]
    found: list[NameMatch] = []
    free = 0  # the first word that no match has taken yet
    for i in looked_at:
        if i < free:
            continue
        first = keys[i]
        if first not in prefixes:  # most names: no longer name starts here, so one probe decides
            places = index.get(first)
            if places:
                start, end = spans[i]
                found.append(NameMatch(start, end, text[start:end], first, places, i, i))
            else:
                _other_readings(text, spans, i, first, gazetteer, found)
            continue
        # extend the run while some name still fits and the next word may continue it; the longest
        # run that is a name wins
        run, n = first, 1
        longest = (1, first, places) if (places := index.get(first)) else None
        while (
            run in prefixes
            and i + n < count
            and joiner(text, spans[i + n - 1][1], spans[i + n][0]) is not None
        ):
            run = f"{run} {keys[i + n]}"
            n += 1
            if places := index.get(run):
                longest = (n, run, places)
            elif keys[i + n - 1] in PLURAL_CROSSING_KEYS and (places := index.get(run[:-1])):
                longest = (n, run[:-1], places)  # the last of "the Kaniv and Dniester hydroelectric plants"
        word_end = spans[i][1]
        if (
            (longest is None or longest[0] == 1)
            and text[spans[i][0]].isupper()
            # (most words are followed by neither a list's joint nor a base: one look decides)
            and (text.startswith(LIST_JOINTS, word_end) or "base" in text[word_end : word_end + BASE_REACH])
        ):
            shared = _shared_noun(text, word_end, first, gazetteer)
            if shared is not None:
                longest = (1, *shared)
            elif (base := BASE_AFTER.match(text, word_end)) and (
                air_base := index.get(f"{first} air base")
            ):
                # "the Belaya military base": the air base of that name, called a base of another kind (its
                # words counted by the text's own word spans: a closing quote is no word)
                n = 1
                while i + n < count and spans[i + n][1] <= base.end():
                    n += 1
                longest = (n, f"{first} air base", air_base)
        if longest is None:
            _other_readings(text, spans, i, first, gazetteer, found)
            continue
        n, name_key, places = longest
        start, end = spans[i][0], spans[i + n - 1][1]
        if n > 1 and text[start].islower() and text[start:spans[i][1]] in CUE_WORDS:
            # "the Crimean city of Sevastopol": the cue before the name, not the alias "City of Sevastopol"
            # (the name itself is matched from its own word)
            continue
        found.append(NameMatch(start, end, text[start:end], name_key, places, i, i + n - 1))
        free = i + n
    return found, spans


def _shared_noun(text: str, end: int, first_key: str, gazetteer: Gazetteer):
    """The name's key and places when the word ending at ``end`` is the first of several names that
    share the noun after the last ("Velyka and Mala Komyshuvakha": Velyka Komyshuvakha), else None."""
    if crossing := _shared_crossing(text, end, first_key, gazetteer):
        # "the Kanevskaya and Dniester hydroelectric plants": the first dam by the noun they share, however
        # the word alone reads (Kanevskaya is also a village)
        return crossing
    shared = SHARED_NOUN.match(text, end)
    if shared is None:
        return None
    if word_key(text[: shared.start(1)].split()[-1]) == first_key:
        # "struck Kyiv, Kyiv Oblast, and Kharkiv": the city, then its own oblast by its full name
        return None
    noun = word_key(shared.group(1))
    for name_key in (f"{first_key} {noun}", f"{first_key} {noun[:-1]}" if noun.endswith("s") else ""):
        if name_key and (places := gazetteer.index.get(name_key)):
            return name_key, places
    return None


def _shared_crossing(text: str, end: int, first_key: str, gazetteer: Gazetteer):
    """The key and places of the crossing the word ending at ``end`` names by the plural noun it shares
    with the name after it ("the Antonivskyi and Kakhovka bridges": the Antonivskyi bridge), else None."""
    shared = SHARED_CROSSING.match(text, end)
    if shared is None:
        return None
    name_key = f"{first_key} " + " ".join(word_key(word) for word in shared.group(1)[:-1].split())
    places = gazetteer.index.get(name_key)
    return (name_key, places) if places else None


def _other_readings(
    text: str,
    spans: list[tuple[int, int]],
    i: int,
    word_key_: str,
    gazetteer: Gazetteer,
    found: list[NameMatch],
) -> None:
    """Add the readings of word ``i`` that is no name itself: a name glued to the next word, a town's
    adjective before "front", a Cyrillic adjective of a city. They need a capital (glued, sector) or a
    Cyrillic ending (adjective), which most words lack."""
    start, end = spans[i]
    if text[start].isupper():
        glued = _unglued(text, spans[i], gazetteer)
        if glued is not None:
            g_start, g_end, name_key, places = glued
            found.append(NameMatch(g_start, g_end, text[g_start:g_end], name_key, places, i, i))
        sector = _sector_adjective(text, spans, i, word_key_, gazetteer)
        if sector is not None:
            found.append(NameMatch(start, end, text[start:end], word_key_, sector, i, i))
        elif crossing := _shared_crossing(text, end, word_key_, gazetteer):
            # "strikes on the Antonivskyi and Kakhovka bridges": the first crossing by the noun they share
            found.append(NameMatch(start, end, text[start:end], word_key_, crossing[1], i, i))
    if "\u0400" <= text[end - 1] <= "\u04ff":
        adjective = _adjective_of_place(text, spans[i], gazetteer)
        if adjective is not None:
            a_start, a_end, name_key, places = adjective
            found.append(
                NameMatch(a_start, a_end, text[a_start:a_end], name_key, places, i, i, adjective=True)
            )


def _sector_adjective(text: str, spans: list[tuple[int, int]], i: int, word_key_: str, gazetteer: Gazetteer):
    """The towns a capitalised Ukrainian adjective before "front" or "direction" names, when the
    adjective itself is no name in the gazetteer: "the Bakhmutskyi direction" is Bakhmut's.
    (match_names asks only for capitalised words.)"""
    if i + 1 >= len(spans):
        return None
    after = text[spans[i + 1][0] : spans[i + 1][1]].lower()
    if after in PLANT_WORDS and word_key_.endswith(PLANT_ADJECTIVE_ENDING):
        # "the Kurakhivska Thermal Power Plant", "the Burshtynska TPP": a plant named after its town
        # (a plant that stands elsewhere has its own name in the curated file: the Zmiivska TPP)
        return tuple(town_of_plant_adjective(word_key_, gazetteer)) or None
    if not word_key_.endswith((*TOWN_ADJECTIVE_ENDINGS, CUT_ADJECTIVE_ENDING)):
        if after in STEM_AREA_WORDS and word_key_.endswith(STEM_ENDINGS):
            # "In the Dobropil direction", "a village in Polohiv district": the adjective cut back to its
            # stem (Dobropilskyi, Polohivskyi), the word no name of its own
            return tuple(town_of_adjective(word_key_ + "ski", gazetteer)) or None
        return None
    if after not in SECTOR_WORDS and not SECTOR_LIST_AFTER.match(text, spans[i][1]):
        return None
    if word_key_.endswith(CUT_ADJECTIVE_ENDING):
        # "the Lymansk, Kostiantynivsk and Huliaipilsk directions": a translation that cuts the adjective's
        # ending off (the word is no name: a town named so, Pokrovsk or Kupiansk, is matched as itself)
        word_key_ += "i"
    return tuple(town_of_adjective(word_key_, gazetteer)) or None


def town_of_plant_adjective(name_key: str, gaz: Gazetteer) -> list[Place]:
    """The towns a power plant's feminine adjective names ("Burshtynska" TPP: Burshtyn), read as the
    town's neuter adjective is by :func:`town_of_adjective`; [] for a word of another ending."""
    if not name_key.endswith(PLANT_ADJECTIVE_ENDING):
        return []
    return town_of_adjective(name_key[: -len(PLANT_ADJECTIVE_ENDING)] + "ske", gaz)


def town_of_adjective(name_key: str, gaz: Gazetteer) -> list[Place]:
    """The towns a Ukrainian adjective names: "Pokrovske" (front) is Pokrovsk's, "Lymanske" Lyman's,
    "Siversky" (ledge) Siversk's, "Kurakhivskyi" Kurakhove's, "Huliaipilskyi" Huliaipole's; or the
    river a "Pry-" adjective is along ("Prydniprovskyi": by the Dnipro).

    Ukrainian reports name a sector by the adjective of its town (Покровський напрямок), and
    translations keep it; before "front" or "direction" the adjective is the town, not a village
    that happens to bear the same name.
    """
    if not name_key.endswith(TOWN_ADJECTIVE_ENDINGS):
        return []
    stem = name_key[:-3]  # bahmut(ski), liman(ske), novopavliv(ski)
    if stem.startswith(ALONG_RIVER_PREFIX):  # pri-dniprov(ski), pri-dneprov(ski): along the Dnipro
        river = stem[len(ALONG_RIVER_PREFIX) :]
        rivers = {c.id: c for k in (river[:-1], river[:-2]) for c in gaz.candidates(k) if c.kind == "river"}
        if rivers:
            return list(rivers.values())
    stems = [name_key[:-1], stem]  # pokrovsk(e), siversk(i)
    stems += [stem[: len(stem) - len(cut)] + end for cut, end in ADJECTIVE_STEM_ENDINGS if stem.endswith(cut)]
    places = {c.id: c for k in stems for c in gaz.candidates(k)}.values()
    towns = [c for c in places if (c.kind, c.country) in (("city", "UA"), ("town", "UA"), ("city", "RU"))]
    return towns or [c for c in places if c.kind == "village" and c.country == "UA"]  # Novopavlivskyi


def _adjective_of_place(text: str, span: tuple[int, int], gazetteer: Gazetteer):
    """A Russian or Ukrainian adjective made from a big place's name: "харьковское направление"
    (the Kharkiv direction), "Херсонська область". Quotes and tweets in English articles use them.
    (match_names asks only for words that end in a Cyrillic letter, as the endings below do.)
    """
    start, end = span
    word = text[start:end].lower()
    for suffix in ADJECTIVE_ENDINGS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            places = tuple(
                p
                for p in gazetteer.candidates(word_key(word[: -len(suffix)]))
                if p.population >= GLUED_MIN_POPULATION and p.kind == "city"
            )
            if places:
                return start, end, word_key(word[: -len(suffix)]), places
    return None


def _unglued(text: str, span: tuple[int, int], gazetteer: Gazetteer):
    """A big place's name glued to the next word by a careless copy ("the region of Kharkivin").

    Only capitalised words (match_names asks for no others), only the small words that get glued, and
    only places of at least ``GLUED_MIN_POPULATION`` (or regions), so ordinary words are never split.
    """
    start, end = span
    word = text[start:end]
    if len(word) < 6:
        return None
    for suffix in GLUED_WORDS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem_end = end - len(suffix)
            name_key = word_key(text[start:stem_end])
            places = tuple(
                p
                for p in gazetteer.candidates(name_key)
                if p.kind == "region" or (p.population >= GLUED_MIN_POPULATION and p.country in WAR_COUNTRIES)
            )
            if places:
                return start, stem_end, name_key, places
    return None
