"""How place names are written, and the key that makes their spellings meet.

Readers meet the same place as Izyum, Izium, Izjum and Изюм; as Kupyansk and Kupiansk; as
Balakliya and Balakliia. Rather than listing every romanisation, every name (in the gazetteer and
in the text) is reduced to a *key*: Cyrillic is transliterated, diacritics and apostrophes dropped,
and the letters on which the romanisation systems disagree (y/i/j, kh/h, shch/sch, doubled letters) merged; a
Russian ё after a consonant is e whether written yo or e (Novosyolka/Novoselka). Ukrainian г is h
and Russian г is g, but g and h are not merged (Hanna is not Ghana): the build gives Ukrainian
names their g spellings (Horlivka/Gorlivka, Hryhorivka/Grigorivka).
Two spellings with the same key are the same name. Spellings that differ by more than that
(Kharkov/Kharkiv, Artemovsk/Bakhmut) come from GeoNames' alternate names and the curated file.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A word: letters, with apostrophes inside it (Dnipropetrovs'k, Kharkiv's). Digits are not names.
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*")
APOSTROPHES = "'’ʼ`´‘"

# Ukrainian and Russian Cyrillic to Latin, one letter at a time; only the key uses this, so it
# needs to be consistent, not pretty.
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}
_DOUBLES = re.compile(r"(.)\1+")
_ANY_DOUBLE = re.compile(r"(.)\1")
# Lower-case letters whose key needs no Unicode decomposition: ASCII, and Cyrillic letters without
# a diacritic (й, ї and ё decompose, so they take the slow path). They are translated in one step.
_PLAIN = re.compile(r"[a-z'`’ʼ\u0430-\u0438\u043a-\u044f\u0454\u0456\u0491]*")
_PLAIN_TO_LATIN = str.maketrans({**{c: latin for c, latin in _CYRILLIC.items()}, **dict.fromkeys("'`’ʼ", "")})
_YO = re.compile(r"(?<=[bcdfghklmnprstvzw])yo")
_DOUBLE_PAIRS = re.compile(r"(zh|sh|ch)\1")  # Zaporizhzhia / Zaporizhia


def words(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the words of ``text``, a possessive "'s" left outside.

    "Kharkiv's" gives the span of "Kharkiv"; "Dnipropetrovs'k" stays one word.
    """
    spans = []
    for match in WORD.finditer(text):
        start, end = match.span()
        if end - start > 2 and text[end - 1] in "sS" and text[end - 2] in APOSTROPHES:
            end -= 2
        spans.append((start, end))
    return spans


def fold(word: str) -> str:
    """Lower-case ``word`` and drop its diacritics and apostrophes (Dņipro -> dnipro)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    # NFKD splits й into и + breve and ї into і + diaeresis; both are dropped, consistently.
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in APOSTROPHES)


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """Return the spelling-independent key of a name: "Izyum", "Izium" and "Изюм" all give "izium".

    Multi-word names give their words' keys joined by single spaces ("Nova Kakhovka" ->
    "nova kahovka"), so a text's n-grams can be looked up directly.
    """
    return " ".join(word_key(name[s:e]) for s, e in words(name))


def skeleton(name_key: str) -> str:
    """The consonants of a key, g and h merged: "kiselivka" and "kislivka" both give "kslvk", and the
    Russian "orekhov" and the Ukrainian "orikhiv" both "rhv"."""
    return name_key.translate(_SKELETON)


_SKELETON = str.maketrans({"g": "h", **dict.fromkeys("aeiou")})


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """Return the key of one word (see :func:`key`)."""
    lower = word.lower()
    if _PLAIN.fullmatch(lower):  # ASCII or plain Cyrillic, most names: one C-speed translation
        latin = lower.translate(_PLAIN_TO_LATIN)
    else:
        latin = "".join(_CYRILLIC.get(c, c) for c in fold(word))
    if "yo" in latin:  # Russian ё after a consonant, written yo or e: Novosyolka/Novoselka, Tyotkino/Tetkino
        latin = _YO.sub("e", latin)
    latin = latin.replace("kh", "h").replace("y", "i").replace("j", "i")
    if "shch" in latin:  # щ written shch or, as German spelling has it, sch: Klishchiivka / Klischiivka
        latin = latin.replace("shch", "sch")
    if _ANY_DOUBLE.search(latin) or _DOUBLE_PAIRS.search(latin):
        latin = _DOUBLES.sub(r"\1", _DOUBLE_PAIRS.sub(r"\1", latin))
    return latin


def is_cyrillic(word: str) -> bool:
    """Whether ``word`` is written in Cyrillic (such words carry no capitalisation signal)."""
    return any("\u0400" <= c <= "\u04ff" for c in word)


# The official Ukrainian romanisation (Cabinet of Ministers resolution 55 of 2010), which gives the
# spellings Ukraine uses and most English newsrooms now follow: Izium, Kupiansk, Balakliia.
_KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_KMU = {c: latin for c, latin in _CYRILLIC.items() if c not in "ёъыэ"} | dict.fromkeys("'’ʼ", "")
# Towns renamed by Ukraine's 2016 decommunisation law and later, whose GeoNames main name may still
# be the old one. The old names stay searchable as alternate names.
RENAMED = {
    "Artemivsk": "Bakhmut",
    "Artemovsk": "Bakhmut",
    "Dzerzhynsk": "Toretsk",
    "Krasnoarmiisk": "Pokrovsk",
    "Krasnoarmeysk": "Pokrovsk",
    "Krasnyi Lyman": "Lyman",
    "Krasnyy Liman": "Lyman",
    "Kirovohrad": "Kropyvnytskyi",
    "Kirovograd": "Kropyvnytskyi",
    "Dnipropetrovsk": "Dnipro",
    "Komsomolsk": "Horishni Plavni",
    "Ordzhonikidze": "Pokrov",
    "Volodymyr-Volynskyi": "Volodymyr",
    "Stakhanov": "Kadiivka",
    "Kadiyevka": "Kadiivka",
    "Kirovske": "Khrestivka",
    "Yenakiyeve": "Yenakiieve",
    "Torez": "Chystiakove",
    "Krasnyi Luch": "Khrustalnyi",
    "Sverdlovsk": "Dovzhansk",
    "Rovenky": "Rovenky",
    "Bryanka": "Brianka",
    "Dimitrov": "Myrnohrad",
    "Dymytrov": "Myrnohrad",
    "Tsiurupynsk": "Oleshky",
    "Tsyurupinsk": "Oleshky",
    "Novohrad-Volynskyi": "Zviahel",
    "Siverskodonetsk": "Sievierodonetsk",  # a proposed name GeoNames adopted; the city's name is unchanged
}
UKRAINIAN_LETTERS = re.compile(r"[іїєґʼ'’]|ськ|цьк", re.IGNORECASE)


def romanise_ukrainian(name: str) -> str:
    """Romanise a Ukrainian name by the national system: "Ізюм" -> "Izium", "Київ" -> "Kyiv"."""
    out = []
    for i, char in enumerate(name):
        lower = char.lower()
        initial = i == 0 or not name[i - 1].isalpha() and name[i - 1] not in "'’ʼ"
        latin = _KMU_INITIAL.get(lower) if initial and lower in _KMU_INITIAL else _KMU.get(lower, char)
        if lower == "г" and i > 0 and name[i - 1].lower() == "з":
            latin = "gh"
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def ukrainian_name(name: str, alternates: list[str]) -> str:
    """The official romanisation of a Ukrainian place's name, when GeoNames lists it as an alternate.

    GeoNames often keeps the Russian-era spelling as the main name (Izyum, Kupyansk); readers of
    the war know the places by the Ukrainian one (Izium, Kupiansk).
    """
    if name in RENAMED:
        return RENAMED[name]
    known = None
    for cyrillic in alternates:
        if UKRAINIAN_LETTERS.search(cyrillic) and is_cyrillic(cyrillic):
            latin = romanise_ukrainian(cyrillic)
            known = known or {n.lower(): n for n in alternates}
            if latin.lower() in known and key(latin) == key(name):
                return known[latin.lower()]
    return name
