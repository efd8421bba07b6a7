"""Whose report a sentence is: Moscow's or Kyiv's.

Each side's statements name the war from their side: in the Russian Defence Ministry's daily
report "the enemy" is Ukraine and a "liberated" settlement was taken by Russia; in the Ukrainian
General Staff's, "the enemy" is Russia. A sentence that names its source speaks for it; otherwise
the article's outlet (Russian state media) or, failing that, the only side whose statements the
article quotes.
"""

from __future__ import annotations

import re

from geo.events.lowercase import lower_case, same_offsets

# The oblasts whose officials speak for each side: "Luhansk governor Serhiy Haidai", "the head of the Donetsk
# regional military administration", "Belgorod governor Vyacheslav Gladkov" (not a Russian-installed one).
_UA_OBLASTS = (
    r"(?:Luhansk|Donetsk|Kharkiv|Zaporizhzhia|Zaporizhia|Kherson|Mykolaiv|Dnipropetrovsk|Dnipro|Sumy|Chernihiv"
    r"|Odesa|Odessa|Poltava|Kyiv|Kirovohrad|Zhytomyr|Vinnytsia|Khmelnytskyi|Lviv|Rivne|Volyn|Ternopil|Cherkasy)"
)
_RU_OBLASTS = r"(?:Belgorod|Kursk|Bryansk|Voronezh|Rostov)"
_NOT_INSTALLED = r"(?<!installed )(?<!appointed )(?<!backed )(?<!occupation )(?<!proxy )"


def _official_of(oblasts: str) -> str:
    return (
        rf"{_NOT_INSTALLED}\b{oblasts}(?:\s+(?:region|oblast))?(?:['’]s)?\s+(?:(?:regional|oblast)\s+)?"
        r"(?:governor|(?:(?:regional|state|city)\s+)?(?:military\s+)?administration)"
        rf"|{_NOT_INSTALLED}\bgovernor\s+of\s+(?:the\s+)?{oblasts}\s+(?:region|oblast)"
    )


# Sources that speak for Moscow: its Defence Ministry, its spokesman, its battlegroups, its state media.
RU_VOICE = re.compile(
    r"\b(?:Russian (?:Ministry of Defen[cs]e|Defen[cs]e Ministry|MoD)|Russia['’]s (?:Ministry of Defen[cs]e"
    r"|Defen[cs]e Ministry|MoD)"
    r"|(?:Ministry of Defen[cs]e|Defen[cs]e Ministry) of (?:the )?Russia(?:n Federation)?"
    r"|Konashenkov|TASS|Sputnik|RIA Novosti|Battle ?group (?:Zapad|Yug|Tsentr|Vostok|Sever|Dnepr)"
    r"|(?:Zapad|Yug|Tsentr|Vostok|Sever|Dnepr)(?: \((?:West|South|Cent(?:re|er)|East|North|Dnieper)\))?"
    r" (?:battle ?)?group|Kiev regime|special military operation)\b"
    r"|\b(?:Russian|Moscow|Kremlin)[- ](?:installed|appointed|backed)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:governor|head|officials?|authorities|administration|leader)\b"
    rf"|{_official_of(_RU_OBLASTS)}",
    re.IGNORECASE,
)
# Sources that speak for Kyiv: its General Staff, commanders and groups of forces, its press.
UA_VOICE = re.compile(
    r"(?<!Russian )(?<!Russia's )\bGeneral Staff\b"
    r"|\b(?:Ukrainian (?:Ministry of Defen[cs]e|Defen[cs]e Ministry)"
    r"|Ukraine['’]s (?:Ministry of Defen[cs]e|Defen[cs]e Ministry|military|army)|Syrsk[iy]i?|Zaluzhn[iy]i?"
    r"|Khortyts[iy]a|Tavri[iy]?a|occupiers|occupants|invaders|Ukrinform|Defen[cs]e Forces|our defenders"
    r"|Ukrainska Pravda|Kyiv Independent|ruscists|rashists)\b"
    rf"|{_official_of(_UA_OBLASTS)}",
    re.IGNORECASE,
)
# Outlets that speak for Moscow, by the host name of an article's URL or source.
RU_MEDIA = re.compile(
    r"(?:^|[/.@])(?:sputnik\w*|tass|ria|rt|mil|interfax|lenta|rg|iz|ria-novosti)\.(?:ru|com|in)\b|"
    r"\b(?:sputnikglobe|sputniknews)\b",
    re.IGNORECASE,
)


# Lower-case words one of which every match of RU_VOICE / UA_VOICE holds: a cheap first look, since
# most texts name neither source and the patterns are slow to scan a whole article with.
RU_HINTS = (
    "ministry", "mod", "konashenkov", "tass", "sputnik", "ria novosti", "battle", "group", "kiev regime",
    "special military", "installed", "appointed", "backed", "governor", "administration",
)  # fmt: skip
UA_HINTS = (
    "general staff", "ministry", "ukraine", "syrsk", "zaluzhn", "khortyts", "tavri", "occup", "invaders",
    "ukrinform", "forces", "defenders", "pravda", "independent", "ruscist", "rashist", "governor",
    "administration",
)  # fmt: skip


# The same patterns for lower-cased text (geo.events.lowercase): articles are scanned whole with them.
_RU_VOICE_LOWER, _UA_VOICE_LOWER = lower_case(RU_VOICE), lower_case(UA_VOICE)


def _names(
    pattern: re.Pattern[str], lowered: re.Pattern[str], hints: tuple[str, ...], text: str, lower: str
) -> bool:
    if not any(hint in lower for hint in hints):
        return False
    if same_offsets(text, lower):
        return lowered.search(lower) is not None
    return pattern.search(text) is not None


def article_voice(text: str, source: str = "", url: str = "") -> str | None:
    """The side whose reporting the article is, ``"RU"`` or ``"UA"``; None when it quotes both or neither."""
    if RU_MEDIA.search(f"{source} {url}"):
        return "RU"
    return _named_voice(text)


# A speaker named in the sentence before, referred back to: "it said", "the ministry added".
REFERS_BACK = re.compile(
    r"\b(?:it|(?:the|its) (?:ministry|military service|statement|report|briefing|spokes(?:man|woman|person)"
    r"|department|military))(?: also)? (?:said|says|added|adds|claimed|claims|reported|stated|announced)\b",
    re.IGNORECASE,
)


def sentence_voice(sentence: str, article: str | None, previous: tuple[str, ...] = ()) -> str | None:
    """The side a sentence speaks for: the source it names, else, when it refers back to a speaker
    ("Russia's Defence Ministry gave its account. It said the village had been liberated"), the
    source the nearest of the ``previous`` sentences (latest first) names, else the article's voice."""
    named = _named_voice(sentence)
    if named:
        return named
    if previous and REFERS_BACK.search(sentence):
        for text in previous:
            if side := _named_voice(text):
                return side
    return article


def _named_voice(text: str) -> str | None:
    """The one side whose sources the text names; None when it names both or neither."""
    lower = text.lower()
    russian = _names(RU_VOICE, _RU_VOICE_LOWER, RU_HINTS, text, lower)
    ukrainian = _names(UA_VOICE, _UA_VOICE_LOWER, UA_HINTS, text, lower)
    if russian != ukrainian:
        return "RU" if russian else "UA"
    return None
