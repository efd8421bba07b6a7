"""The Russian-style spellings the press uses for Ukrainian villages, derived from the Ukrainian name.

Russian statements and the reports that quote them name front-line villages in Russian:
Роботине is "Rabotino", Кліщіївка "Kleshcheevka", Старомайорське "Staromayorskoye". GeoNames lists
such spellings for its bigger places only; for the villages of the postal file they are derived here
by rule (the regular correspondences of Ukrainian and Russian spelling), then romanised the way the
press romanises Russian (BGN/PCGN-like: г g, х kh, е e or ye, ё yo). A derived spelling that no one
uses costs nothing: it is one more key in the index that no text matches.
"""

from __future__ import annotations

import re

from .names import romanise_ukrainian

# Whole-word correspondences: adjectives and given names the two languages spell differently.
WORDS = {
    "нова": "новая", "нове": "новое", "новий": "новый", "нові": "новые",
    "стара": "старая", "старе": "старое", "старий": "старый", "старі": "старые",
    "велика": "великая", "велике": "великое", "великий": "великий", "великі": "великие",
    "мала": "малая", "мале": "малое", "малий": "малый", "малі": "малые",
    "верхня": "верхняя", "нижня": "нижняя", "верхній": "верхний", "нижній": "нижний",
    "верхнє": "верхнее", "нижнє": "нижнее", "суха": "сухая", "червона": "красная",
    "червоне": "красное", "червоний": "красный", "зелена": "зеленая", "зелений": "зеленый",
    "біла": "белая", "білий": "белый", "чорна": "черная", "кам'яна": "каменная",
    "золота": "золотая", "золоте": "золотое", "золотий": "золотой", "весела": "веселая",
    "веселе": "веселое", "веселий": "веселый", "широка": "широкая", "широке": "широкое",
    "глибока": "глубокая", "глибоке": "глубокое", "тиха": "тихая", "тихе": "тихое",
    "вільне": "вольное", "вільна": "вольная", "вільний": "вольный",
    "перше": "первое", "перша": "первая", "перший": "первый", "друге": "второе", "друга": "вторая",
    "другий": "второй", "третє": "третье", "третя": "третья",
    "жовте": "желтое", "жовта": "желтая", "жовтий": "желтый",
}  # fmt: skip
# Stems at a word's start (or after a prefix such as ново-): given names behind many village names
# (Mykolaivka/Nikolaevka) and roots the two languages spell differently (Robotyne/Rabotino).
STEMS = (
    ("микола", "никола"), ("олександр", "александр"), ("олексі", "алексе"), ("олекс", "алекс"),
    ("олен", "елен"), ("катерин", "екатерин"), ("єлизавет", "елизавет"), ("андрі", "андре"),
    ("хрест", "крест"), ("харків", "харьков"), ("кам'ян", "камен"), ("робот", "работ"),
    ("дмитрі", "дмитрие"), ("василі", "василье"), ("сергії", "сергее"), ("вільн", "вольн"),
    ("костянтин", "константин"), ("микіль", "николь"), ("піща", "песча"),
    # Рівнопілля is Ровнополье ("Rovnopolye"): the і of a closed syllable was an о
    ("рівн", "ровн"),
)  # fmt: skip
# Stems whose Ukrainian form the press also keeps in a Russian-declined name: Новооленівка is written
# both "Novoyelenovka" (Russian Новоеленовка) and "Novoolenovka".
BOTH_STEMS = frozenset({"олен", "ганн", "катерин"})
# Roots Russian translates rather than respells: Відрадне (and Одрадне) is Отрадное ("Otradnoye"),
# Північне Северное ("Severnoye"), Південне Южное, Вовкове Волково ("Volkovo": the old l of вовк, волк).
# Kept apart from STEMS, whose Russian side the build also looks for inside Russian names (and "от" is
# inside many).
TRANSLATED_STEMS = (
    ("відрадн", "отрадн"), ("одрад", "отрад"), ("північн", "северн"), ("південн", "южн"),
    ("сонячн", "солнечн"), ("гірськ", "горськ"), ("вовк", "волк"), ("вовч", "волч"),
    # Ганна is Анна: Ганнівка is Анновка ("Annovka") as well as Ганновка ("Gannovka")
    ("ганн", "анн"),
)  # fmt: skip
TRANSLATED = frozenset(u for u, _ in TRANSLATED_STEMS)
PREFIXES = ("", "ново", "старо", "велико", "мало", "верхньо", "нижньо")
# Prefixes Russian spells otherwise: Верхньоторецьке is Верхнеторецкое ("Verkhnetoretskoye"), Нижньотепле
# Нижнетеплое.
RUSSIAN_PREFIXES = (("верхньо", "верхне"), ("нижньо", "нижне"), ("середньо", "средне"))
# Word endings, longest first: Ukrainian -> the Russian endings it may stand for (-ове is a
# possessive, Kurakhove/Kurakhovo, or an adjective, Stepove/Stepovoye).
ENDINGS = (
    ("іївка", ("еевка",)), ("ївка", ("евка",)), ("івка", ("овка", "евка")), ("ське", ("ское",)),
    ("цьке", ("цкое",)), ("ський", ("ский",)), ("цький", ("цкий",)), ("ська", ("ская",)),
    ("цька", ("цкая",)), ("ине", ("ино", "иное")), ("ове", ("ово", "овое")), ("еве", ("ево", "евое")),
    ("єве", ("ево", "еевое")), ("не", ("ное",)), ("ів", ("ов",)), ("іль", ("оль",)), ("ий", ("ый",)),
    ("иця", ("ица",)), ("ьке", ("ькое",)),
    # a feminine adjective, kept as well: Степова Новоселівка is Степовая Новоселовка ("Stepovaya
    # Novoselovka"), and the press writes "Stepova Novoselovka" too
    ("ова", ("овая", "ова")), ("ева", ("евая", "ева")),
    # Новопілля is Новополье ("Novopolye"), Запілля Заполье
    ("ілля", ("олье",)),
)  # fmt: skip
# Ukrainian letters Russian writes otherwise, inside a word; the apostrophe is Russian's soft sign
# (Дар'ївка is Дарьевка, "Daryevka"; the sign itself is not romanised).
LETTERS = str.maketrans({"є": "е", "ї": "и", "'": "ь", "’": "ь", "ʼ": "ь", "ґ": "г"})
# The press's romanisation of Russian.
_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i",
}  # fmt: skip
VOWELS = "аеёиоуыэюяіїє"
# After these (and at a word's start) the press writes Russian е as "ye": Новополье "Novopolye".
YE_AFTER = VOWELS + "ьъ"
# Possessive endings of a name's first word that speakers also turn into an adjective (Часів -> Часовий).
POSSESSIVE_ENDINGS = ("ів", "ов")


# A name's forms are the product of its words' forms; a cap keeps a long name from exploding.
MAX_FORMS = 6


def russian_forms(ukrainian: str) -> list[str]:
    """Return the Russian Cyrillic forms of a Ukrainian name: "Кліщіївка" -> ["Клещеевка", ...].

    Each word changes its ending, whole words and known stems; its stem's Ukrainian і is written
    both as и and as е (Піски/Пески, Сіверськ/Северск), where most of the remaining difference lies.
    """
    parts = re.split(r"([\w'’ʼ]+)", ukrainian)
    forms = [""]
    for i, part in enumerate(parts):
        options = _russian_word(part) if i % 2 else [part]
        forms = [f + o for f in forms for o in options][:MAX_FORMS]
    return list(dict.fromkeys(forms))


def adjectival_forms(ukrainian: str) -> list[str]:
    """Return the forms of a name whose possessive first word is read as an adjective: "Часів Яр"
    (Chasiv Yar) -> "Часовий Яр" (Chasovyi Yar), as Ukrainian speech and General Staff translations
    sometimes write it; the Russian forms of these (Часовый Яр) follow from :func:`russian_forms`."""
    first, sep, rest = ukrainian.partition(" ")
    if not sep or not rest[:1].isupper() or not first.lower().endswith(POSSESSIVE_ENDINGS):
        return []
    return [f"{first[:-2]}ов{ending} {rest}" for ending in ("ий",)]


def russian_spellings(ukrainian: str) -> list[str]:
    """Return the Latin spellings of a Ukrainian name's Russian forms, as the press writes them.

    "Роботине" gives "Rabotino"; "Старомайорське" "Staromayorskoye" and "Staromayorskoe";
    "Андріївка" "Andreyevka" and "Andreevka".
    """
    out = [_romanise_russian(form, ye) for form in russian_forms(ukrainian) for ye in (True, False)]
    # an outlet may translate or respell the root and keep the Ukrainian ending: Вовкове as "Volkove"
    if (hybrid := _translated_root(ukrainian)) is not None:
        out.append(romanise_ukrainian(hybrid))
    return list(dict.fromkeys(out))


def _translated_root(ukrainian: str) -> str | None:
    """The name with its first word's root translated (TRANSLATED_STEMS) and its ending kept, or None; a
    hyphenated first word's root also respelled (STEMS: the Anadolu Agency's "Aleksandro-Kalinove" for
    Олександро-Калинове, its first part a given name in Russian, its second the Ukrainian name)."""
    first, sep, rest = ukrainian.partition(" ")
    lower = first.lower()
    for u, r in (*TRANSLATED_STEMS, *(STEMS if "-" in first else ())):
        if lower.startswith(u) and len(lower) > len(u):
            # each part of a hyphenated word keeps its capital: "Aleksandro-Kalynove"
            parts = zip(first.split("-"), (r + lower[len(u) :]).split("-"), strict=True)
            return "-".join(_like(original, part) for original, part in parts) + sep + rest
    return None


def _russian_word(word: str) -> list[str]:
    # (one apostrophe for the stems: "Кам’янка" with a typographic one is Каменка too)
    lower = word.lower().replace("’", "'").replace("ʼ", "'")
    if lower in WORDS:
        return [_like(word, WORDS[lower])]
    lowers = [lower]
    for prefix in PREFIXES:
        rest = lower[len(prefix) :]
        if not lower.startswith(prefix):
            continue
        stem = next(
            (
                (u, r)
                for u, r in (*STEMS, *TRANSLATED_STEMS)
                if rest.startswith(u) and len(rest) > len(u) + (u not in TRANSLATED)
            ),
            None,
        )
        if stem:
            replaced = prefix + stem[1] + rest[len(stem[0]) :]
            lowers = [replaced, lower] if stem[0] in BOTH_STEMS else [replaced]
            break
    forms = []
    for lower in lowers:
        stem, endings = lower, ("",)
        for ukr, rus in ENDINGS:
            if lower.endswith(ukr) and len(lower) > len(ukr) + 1:
                stem, endings = lower[: -len(ukr)], rus
                break
        if stem.startswith("і"):
            stem = "и" + stem[1:]
        stems = [stem.replace("і", "и"), stem[:1] + stem[1:].replace("і", "е")]
        if "ї" in stem:  # Виїмка is Выемка ("Viyemka")
            stems.append(stem.replace("ї", "е"))
        forms += [(s + e).translate(LETTERS) for s in dict.fromkeys(stems) for e in endings]
    forms = [_russian_prefix(f) for f in forms]
    return [_like(word, f) for f in dict.fromkeys(forms)]


def _russian_prefix(lower: str) -> str:
    for ukrainian, russian in RUSSIAN_PREFIXES:
        if lower.startswith(ukrainian):
            return russian + lower[len(ukrainian) :]
    return lower


def _like(original: str, lower: str) -> str:
    return lower[:1].upper() + lower[1:] if original[:1].isupper() else lower


def _romanise_russian(name: str, ye: bool) -> str:
    """Romanise Russian: е as "ye" at a word's start, after a vowel or a sign when ``ye``, else "e"."""
    out = []
    for i, char in enumerate(name):
        lower = char.lower()
        latin = _LATIN.get(lower, char)
        if lower == "е" and ye and (i == 0 or not name[i - 1].isalpha() or name[i - 1].lower() in YE_AFTER):
            latin = "ye"
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


# The other way: how Ukrainian outlets write the villages of Russia's border oblasts. They decline a
# Russian name as a Ukrainian one: Коренево is "Koreneve", Званное "Zvanne", Мартыновка "Martynivka".
UKRAINIAN_WORDS = {russian: ukrainian for ukrainian, russian in WORDS.items()}
# Russian word endings and the Ukrainian ones they become, longest first.
UKRAINIAN_ENDINGS = (
    ("еевка", "іївка"), ("евка", "ївка"), ("ёвка", "ївка"), ("овка", "івка"), ("ское", "ське"),
    ("цкое", "цьке"), ("ский", "ський"), ("цкий", "цький"), ("ская", "ська"), ("цкая", "цька"),
    ("ино", "ине"), ("ово", "ове"), ("ево", "еве"), ("ное", "не"), ("ый", "ий"), ("ой", "ий"),
)  # fmt: skip
# Russian letters Ukrainian writes otherwise; и is і except after the hushing sounds and ц.
_UKRAINIAN_LETTERS = {"ы": "и", "э": "е", "ъ": "ʼ"}
_HARD_BEFORE_I = "жчшщц"


def ukrainian_forms(russian: str) -> list[str]:
    """Return the Ukrainian Cyrillic form of a Russian name: "Коренево" -> ["Кореневе"]."""
    parts = re.split(r"([\w'’ʼ]+)", russian)
    return ["".join(_ukrainian_word(part) if i % 2 else part for i, part in enumerate(parts))]


def ukrainian_spellings(russian: str) -> list[str]:
    """Return the spellings of a Russian name as Ukrainian outlets write it, the official Ukrainian
    romanisation of its Ukrainian form: "Глушково" gives "Hlushkove", "Мартыновка" "Martynivka"."""
    return list(dict.fromkeys(romanise_ukrainian(form) for form in ukrainian_forms(russian)))


def _ukrainian_word(word: str) -> str:
    lower = word.lower()
    if lower in UKRAINIAN_WORDS:
        return _like(word, UKRAINIAN_WORDS[lower])
    stem, ending = lower, ""
    for rus, ukr in UKRAINIAN_ENDINGS:
        if lower.endswith(rus) and len(lower) > len(rus) + 1:
            stem, ending = lower[: -len(rus)], ukr
            break
    letters = []
    for i, char in enumerate(stem):
        before = stem[i - 1] if i else ""
        if char in _UKRAINIAN_LETTERS:
            char = _UKRAINIAN_LETTERS[char]
        elif char == "и" and before not in _HARD_BEFORE_I:
            char = "і"
        elif char == "е" and before and before in VOWELS:
            char = "є"
        elif char == "ё":
            char = "йо" if not before or before in VOWELS else "ьо"
        letters.append(char)
    if ending.startswith("е") and stem[-1:] in VOWELS:
        ending = "є" + ending[1:]  # Гуево: Гуєве
    return _like(word, "".join(letters) + ending)
