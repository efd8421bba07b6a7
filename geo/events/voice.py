"""Whose report a sentence is: Moscow's or Kyiv's.

Each side's statements name the war from their side: in the Russian Defence Ministry's daily
report "the enemy" is Ukraine and a "liberated" settlement was taken by Russia; in the Ukrainian
General Staff's, "the enemy" is Russia. A sentence that names its source speaks for it; otherwise
the article's outlet (Russian state media) or, failing that, the only side whose statements the
article quotes.
"""

from __future__ import annotations

import re

from geo.events.forces import RU_GROUPS, RU_GROUPS_EN
from geo.events.lowercase import lower_case, same_offsets

# Sources that speak for Moscow: its Defence Ministry, its spokesman, its battlegroups, its state media.
RU_VOICE = re.compile(
    r"\b(?:Russian (?:Ministry of Defen[cs]e|Defen[cs]e Ministry|MoD)|Russia['’]s (?:Ministry of Defen[cs]e"
    r"|Defen[cs]e Ministry|MoD)"
    r"|(?:Ministry of Defen[cs]e|Defen[cs]e Ministry) of (?:the )?Russia(?:n Federation)?"
    rf"|Konashenkov|TASS|Sputnik|RIA Novosti|Battle ?group {RU_GROUPS}"
    rf"|{RU_GROUPS}(?: \((?:{RU_GROUPS_EN}|Dnieper)\))?"
    r" (?:battle ?)?group|Kiev regime|Kyiv regime|special military operation"
    # the battlegroups in the ministry's English: "units of the Center group of forces"
    rf"|(?:{RU_GROUPS_EN}|Dnieper) (?:battle ?)?group of (?:forces|troops)"
    r"|Russian (?:officials|authorities|commanders?)"
    r"|Russia (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?"
    r"(?:claimed|claims|said|says)\b"
    # ("Russia's military announced on Wednesday that it had captured another village")
    r"|Russia['’]s military (?:announced|claimed|said|says|reported)\b"
    # the bodies that report and investigate strikes on Russia
    r"|(?:Russia['’]s|Russian) (?:(?:National )?Anti-?[Tt]erroris[mt] Committee|Investigative Committee|FSB"
    r"|Federal Security Service|Emergencies Ministry|Foreign Ministry)"
    # the occupation's and Moscow's officials who speak of the front
    r"|Pushilin|Saldo|Balitsky|Pasechnik|Shoigu|Gerasimov|Belousov|Peskov|Zakharova"
    # ... and of the occupied towns and their militias (Horlivka's Prikhodko, Donetsk's Kulemzin)
    r"|Pri[ck]?hodko|Prykhodko|Kulemzin|Miroshnik|Marochko|Basurin|Rogov|Kimakovsk(?:y|iy|ii|yi)"
    # the war's Russian military bloggers, who write "the enemy" for Ukraine ("Rybar revealed that the
    # enemy targeted the base of the Black Sea Fleet")
    r"|Rybar|WarGonzo|Two Majors"
    # the governors of Crimea, Sevastopol and Russia's border oblasts, who report the fire on them
    r"|Aksyonov|Aksenov|Razvozhayev|Gladkov|Khinshtein|Bogomaz|Starovoit)\b",
    re.IGNORECASE,
)
# Russia's military as the speaker of one sentence: "The Russian military said on Sunday that its artillery
# had hit a group near ..., adding that the enemy scattered" (a sentence's voice only: an article that
# once tells what the Russian military announced is not Moscow's account).
RU_MILITARY_SAID = re.compile(
    r"\b(?:the Russian (?:military|army) (?:also )?(?:announced|claimed|said|says|reported)"
    r"|according to (?:a |the )?Russian (?:military|army))\b",
    re.IGNORECASE,
)
# Sources that speak for Kyiv: its General Staff, commanders and groups of forces, its press.
UA_VOICE = re.compile(
    # (not Moscow's: "Chief of the General Staff Valery Gerasimov", "the General Staff of the Russian army")
    r"(?<!Russian )(?<!Russia's )\bGeneral Staff\b(?!,? (?:Valer[iy]y? )?Gerasimov\b)(?! of (?:the )?Russia)"
    r"|\b(?:Ukrainian (?:Ministry of Defen[cs]e|Defen[cs]e Ministry)"
    r"|Ukraine['’]s (?:Ministry of Defen[cs]e|Defen[cs]e Ministry|military|army)|Syrsk[iy]i?|Zaluzhn[iy]i?"
    r"|Khortyts[iy]a|Tavri[iy]?a|Kharti[iy]?a|occupiers|occupants|invaders|Ukrinform"
    # (Ukraine's "Defence Forces", not any side's air defence forces)
    r"|(?<!air )(?<!Air )Defen[cs]e Forces"
    r"|our defenders"
    r"|Ukrainska Pravda|Kyiv Independent|ruscists|rashists"
    r"|Ukrainian (?:officials|authorities|commanders?|police)|Ukraine['’]s (?:National )?Police"
    # ("The Ukrainian military also said its forces ... managed to repel a Russian assault despite enemy
    # artillery")
    r"|the Ukrainian (?:military|army) (?:also )?(?:announced|claimed|said|says|reported)"
    # ("was bombed again on August 27, as were nearby Soledar and Zaitseve, according to a Ukrainian
    # military report")
    r"|according to (?:a |the )?Ukrainian (?:military|army)\b"
    r"|Maliar|Zelensk(?:y|yy|yi|iy|i)|Budanov|Umerov"
    r"|Reznikov|Kuleba|Podolyak|Yermak|Tarnavsk[yi]+|Voloshyn|Lykhovyi|Shtupun|Trehubov"
    # ... and the spokesmen of its groups of forces, navy and air force
    r"|Cherevat(?:yi|yy|iy|y)|Humeniuk|Pletenchuk|Ihnat|Yevlash|Sarantsev|Bielskyi|Madyar|Brovdi"
    # the governors and mayors of the oblasts under fire
    r"|Syniehubov|Synehubov|Prokudin|Lysak|Filashkin|Kiper|Terekhov|Klitschko|Vilkul|Chaus|Hryhorov)\b",
    re.IGNORECASE,
)
# Outlets that speak for Moscow, by the host name of an article's URL or source (not Interfax-Ukraine,
# interfax.com.ua).
RU_MEDIA = re.compile(
    r"(?:^|[/.@])(?:sputnik\w*|tass|ria|rt|mil|interfax|lenta|rg|iz|ria-novosti|dan-news|news-front|news-pravda|pravda|tvbrics)"
    r"\.(?:ru|com|in|info)\b(?!\.ua\b)|"
    r"\b(?:sputnikglobe|sputniknews)\b",
    re.IGNORECASE,
)

# Ukrainian outlets, by host name or source: their own words call Russia's side the enemy.
UA_MEDIA = re.compile(
    r"(?:^|[/.@\s])(?:censor\.net|unn\.(?:ua|com\.ua)|ukranews\.com|pravda\.com\.ua|ukrinform\.\w+|rbc\.ua"
    r"|interfax\.com\.ua|suspilne\.media|nv\.ua|espreso\.tv|liga\.net|24tv\.ua|mil\.in\.ua|gwaramedia\.com"
    r"|hromadske\.(?:ua|radio)|babel\.ua|zn\.ua|armyinform\.com\.ua|mod\.gov\.ua|uawire\.org)\b"
    r"|\b(?:Censor\.NET|UNN|Ukrinform|Ukrainska Pravda|RBC-Ukraine|Interfax-Ukraine|Suspilne|Espreso"
    r"|Militarnyi|Gwara Media|Hromadske|ArmyInform|Ukrainian News)\b",
    re.IGNORECASE,
)

# Lower-case words one of which every match of RU_VOICE / UA_VOICE holds: a cheap first look, since
# most texts name neither source and the patterns are slow to scan a whole article with.
RU_HINTS = (
    "ministry", "mod", "konashenkov", "tass", "sputnik", "ria novosti", "battle", "group", "kiev regime",
    "special military", "russia", "pushilin", "saldo", "balitsky", "pasechnik", "shoigu", "gerasimov",
    "belousov", "peskov", "zakharova", "kyiv regime", "aksyonov", "aksenov", "razvozhayev", "gladkov",
    "khinshtein", "bogomaz", "starovoit", "rybar", "wargonzo", "two majors", "kimakovsk",
    "hodko", "kulemzin", "miroshnik", "marochko", "basurin", "rogov",
)  # fmt: skip
UA_HINTS = (
    "general staff", "ministry", "ukraine", "syrsk", "zaluzhn", "khortyts", "tavri", "kharti", "occup",
    "invaders",
    "ukrinform", "forces", "defenders", "pravda", "independent", "ruscist", "rashist", "ukrainian", "maliar",
    "zelensk", "budanov", "umerov", "reznikov", "kuleba", "podolyak", "yermak", "tarnavsk", "voloshyn",
    "lykhovyi", "shtupun", "trehubov", "syniehubov", "synehubov", "prokudin", "lysak", "filashkin", "kiper",
    "terekhov", "klitschko", "vilkul", "chaus", "hryhorov",
    "cherevat", "humeniuk", "pletenchuk", "ihnat", "yevlash", "sarantsev", "bielskyi", "madyar", "brovdi",
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
    """The side whose reporting the article is, ``"RU"`` or ``"UA"``; None when it quotes both or neither.

    A Russian outlet speaks for Russia whatever it quotes; otherwise the sources the text names decide,
    and a Ukrainian outlet whose text names both or neither speaks for Ukraine ("as a result of enemy
    fire, private houses were destroyed" in Censor.NET is Russia's fire)."""
    where = f"{source} {url}"
    if RU_MEDIA.search(where):
        return "RU"
    named = _named_voice(text)
    if named is None and UA_MEDIA.search(where):
        return "UA"
    return named


# An oblast's officials speak for the oblast's country: "Luhansk governor Serhiy Haidai", "the governor of
# Luhansk region", "the head of the Kharkiv regional military administration", "Belgorod governor
# Vyacheslav Gladkov"; a Russian-, Moscow- or Kremlin-installed one speaks for Russia. Found from the
# office's word (OFFICE, a quick literal scan) and the words around it, since few texts name one.
OFFICE = re.compile(r"governor|administration", re.IGNORECASE)
_UA_OBLASTS = (
    r"(?:Luhansk|Donetsk|Kharkiv|Zaporizhzhia|Zaporizhia|Kherson|Mykolaiv|Dnipropetrovsk|Dnipro|Sumy|Chernihiv"
    r"|Odesa|Odessa|Poltava|Kyiv|Kirovohrad|Zhytomyr|Vinnytsia|Khmelnytskyi|Lviv|Rivne|Volyn|Ternopil|Cherkasy"
    r"|Lugansk|Kharkov|Zaporozhye|Nikolaev|Dnepropetrovsk|Chernigov)"  # as the Russian spelling has them
)
# (and the oblasts deep in Russia that report drones: "The governor of Samara region stated that the region
# experienced an attack by enemy drones")
_RU_OBLASTS = (
    r"(?:Belgorod|Kursk|Bryansk|Voronezh|Rostov|Samara|Saratov|Ryazan|Tula|Kaluga|Oryol|Orel|Lipetsk|Tambov"
    r"|Smolensk|Tver|Yaroslavl|Volgograd|Astrakhan|Penza|Leningrad|Novgorod|Pskov|Nizhny Novgorod|Krasnodar"
    r"|Moscow)"
)
# Before the office's word: the oblast, and what may stand between ("Kharkiv regional military").
_OBLAST_BEFORE = (
    r"(?:\s+(?:region|oblast))?(?:['’]s)?\s+(?:(?:regional|oblast)\s+)?(?:(?:regional|state|city)\s+)?"
    r"(?:military\s+)?$"
)
OFFICE_OF = {
    side: (
        re.compile(rf"\b{oblasts}{_OBLAST_BEFORE}", re.IGNORECASE),
        re.compile(rf"\s+of\s+(?:the\s+)?{oblasts}\s+(?:region|oblast)\b", re.IGNORECASE),
    )
    for side, oblasts in (("UA", _UA_OBLASTS), ("RU", _RU_OBLASTS))
}
INSTALLED = re.compile(
    r"\b(?:Russian|Moscow|Kremlin)[- ](?:installed|appointed)\s+(?:[\w-]+\s+){0,3}?$"
    r"|\b(?:occupation|proxy)\s+$",
    re.IGNORECASE,
)
OFFICE_WINDOW = 60  # characters before the office's word looked at
# A governor named by no oblast ("local governor Ivan Fedorov said") is the one of the oblast the sentence
# names: '"... a day of mourning in Zaporizhzhia region ...," local governor Ivan Fedorov said'.
LOCAL_GOVERNOR = re.compile(r"\b(?:local|regional)\s+governor\b", re.IGNORECASE)
# A town's or oblast's military administration, which only Ukraine's are called (not "military-civilian").
# ("came under Russian military administration": the occupier's rule, no speaker of Ukraine's)
MILITARY_ADMINISTRATION = re.compile(
    r"(?<![-\w])(?<!russian )(?<!russia's )(?<!russia’s )military\s+administration\b", re.IGNORECASE
)
OBLAST_NAMED = {
    side: re.compile(rf"\b{oblasts}\s+(?:region|oblast)\b", re.IGNORECASE)
    for side, oblasts in (("UA", _UA_OBLASTS), ("RU", _RU_OBLASTS))
}


# The same patterns for lower-cased text (geo.events.lowercase), where lower-casing keeps offsets.
_OFFICE_LOWER = re.compile(OFFICE.pattern)  # already lower-case: a literal scan
_OFFICE_OF_LOWER = {
    side: (lower_case(before), lower_case(after)) for side, (before, after) in OFFICE_OF.items()
}
_INSTALLED_LOWER = lower_case(INSTALLED)


def _officials(text: str, lower: str) -> set[str]:
    """The sides whose oblast officials the text names (see OFFICE); ``lower`` is ``text.lower()``."""
    if same_offsets(text, lower):
        text, office_of, installed_at, offices = lower, _OFFICE_OF_LOWER, _INSTALLED_LOWER, _OFFICE_LOWER
    else:
        office_of, installed_at, offices = OFFICE_OF, INSTALLED, OFFICE
    sides = set()
    for office in offices.finditer(text):
        start, end = office.span()
        window = max(0, start - OFFICE_WINDOW)
        for side, (before, after) in office_of.items():
            found = before.search(text, window, start)
            if found or (text[start].lower() == "g" and after.match(text, end)):
                # "the Russian-installed governor of the Kherson region": Russia's
                opening = found.start() if found else start
                installed = installed_at.search(text, max(0, opening - OFFICE_WINDOW), opening)
                sides.add("RU" if installed else side)
        if installed_at.search(text, window, start):
            sides.add("RU")  # "the Moscow-installed governor Vladimir Saldo", "the occupation administration"
    if not sides and (military := MILITARY_ADMINISTRATION.search(text)):
        # "the head of Pokrovsk's military administration": a Ukrainian town's (Russia's occupation runs
        # "military-civilian" ones)
        if not installed_at.search(text, max(0, military.start() - OFFICE_WINDOW), military.start()):
            sides.add("UA")
    if not sides and (local := LOCAL_GOVERNOR.search(text)):
        named = {side for side, oblast in OBLAST_NAMED.items() if oblast.search(text)}
        window = max(0, local.start() - OFFICE_WINDOW)
        if len(named) == 1 and not installed_at.search(text, window, local.start()):
            sides |= named
    return sides


# A speaker named in the sentence before, referred back to: "it said", "the ministry added".
REFERS_BACK = re.compile(
    r"\b(?:it|(?:the|its) (?:(?:defen[cs]e )?ministry|military service|statement|report|briefing"
    r"|spokes(?:man|woman|person)"
    r"|department|military)"
    # "Russia claimed on Monday ... A statement by the Defense Ministry said": the ministry of the side before
    r"|(?:a |the )?statement by the (?:defen[cs]e )?ministry|the (?:defen[cs]e )?ministry(?= in a statement))"
    # ("The ministry detailed that enemy forces ... were targeted")
    r"(?: also)?(?: in a statement)? (?:said|says|added|adds|claimed|claims|reported|stated|announced"
    r"|detailed|details|noted|notes|specified|specifies|clarified|states|describes|described)\b",
    re.IGNORECASE,
)


# A ministry referred back to, and a side's ministry named before it: "the Kremlin Defense Ministry's".
MINISTRY_WORDS = re.compile(r"\b(?:ministry|department)\b", re.IGNORECASE)
SIDES_MINISTRY = re.compile(
    r"\b(?:(?P<ru>Russian|Russia['’]s|Kremlin|Moscow['’]s)|Ukrainian|Ukraine['’]s|Kyiv['’]s)\s+"
    r"(?:Defen[cs]e\s+)?Ministry\b(?!\s+of\s+(?!Defen[cs]e))",  # (not "Russia's Ministry of Foreign Affairs")
    re.IGNORECASE,
)


# The Ukrainian monitor DeepState as the sentence's speaker: its own words, as the article quotes them (not
# "according to DeepState" in a Russian report of a claim, which the article's voice reads).
MONITOR = re.compile(
    r"[\"”»],?\s+(?:the\s+)?DeepState\b|\bDeepState\b[^.;\"“]{0,80}?\b(?:wrote|writes|said|says)\b"
)
# A person referred back to: "he said", "she wrote".
PERSON_SAID = re.compile(r"\b(?:he|she) (?:said|says|added|adds|wrote|writes|told)\b")


QUOTE_OPENERS = ("“", '"', "«", "„")


def sentence_voice(
    sentence: str, article: str | None, previous: tuple[str, ...] = (), further: tuple[str, ...] = ()
) -> str | None:
    """The side a sentence speaks for: the source it names, else, when it refers back to a speaker
    ("Russia's Defence Ministry gave its account. It said the village had been liberated"), the
    source the nearest of the ``previous`` sentences (latest first) names, else the article's voice."""
    named = _named_voice(sentence)
    if named:
        return named
    if "Russian" in sentence and RU_MILITARY_SAID.search(sentence) and not UA_VOICE.search(sentence):
        return "RU"  # (a sentence that names both sides' sources speaks for neither)
    if "DeepState" in sentence and MONITOR.search(sentence):
        return "UA"  # '"The enemy advanced in Selydove," DeepState wrote': a Ukrainian monitor's words
    if previous and (back := REFERS_BACK.search(sentence)):
        if MINISTRY_WORDS.search(back.group()):
            # "the ministry said": the latest ministry named, though a sentence between names another
            # side's source ('... reporting the Kremlin Defense Ministry's comments ... "why the department
            # announced the seizure"'; "Ukraine's General Staff did not comment. The ministry states")
            for text in previous:
                if named := SIDES_MINISTRY.search(text):
                    return "RU" if named.group("ru") else "UA"
        for text in previous:
            if side := _named_voice(text):
                return side
    if previous and sentence.startswith(QUOTE_OPENERS) and (side := _named_voice(previous[0])):
        # 'Sergei Aksyonov wrote on Telegram that ... "The enemy launched a missile strike on the Chonhar
        # bridge."': a quote that opens right after a speaker is named is most often that speaker's
        return side
    if further and PERSON_SAID.search(sentence):
        # '"... massive shelling on Lysychansk," he said' after "the governor of Luhansk region,
        # Serhiy Haidai, said" (``further``: more sentences before, latest first): the official named
        # before speaks on
        for text in further:
            lower = text.lower()
            if "governor" in lower or "administration" in lower:
                officials = _officials(text, lower)
                if len(officials) == 1:
                    return officials.pop()
    return article


def _named_voice(text: str) -> str | None:
    """The one side whose sources the text names; None when it names both or neither."""
    lower = text.lower()
    russian = _names(RU_VOICE, _RU_VOICE_LOWER, RU_HINTS, text, lower)
    ukrainian = _names(UA_VOICE, _UA_VOICE_LOWER, UA_HINTS, text, lower)
    if "governor" in lower or "administration" in lower:  # most texts name no regional official
        officials = _officials(text, lower)
        russian, ukrainian = russian or "RU" in officials, ukrainian or "UA" in officials
    if russian != ukrainian:
        return "RU" if russian else "UA"
    return None
