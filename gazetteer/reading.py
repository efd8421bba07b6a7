"""Which names in a text read as places, and which of their places the words around them allow.

A name in the gazetteer is not yet a place: "Kyiv Post" is a newspaper, "Volodymyr Zelensky" a
person, "Will" at the start of a sentence a verb, "the Duma" a parliament. This module keeps the
names that read as places and narrows their candidates by the words around them ("Dnipro River",
"the city of Izyum", "the region of Kharkiv"); :mod:`gazetteer.resolve` then picks among what is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .capitals import COMPOUND_CAPITALS
from .context import (
    ARTICLE_KINDS,
    ATTRIBUTIVE_NOUNS,
    COMPOUND_ADJECTIVE_WORDS,
    DIRECTION_WORDS,
    FACILITY_NOUNS,
    GIVEN_NAMES,
    GROUP_AFTER,
    GROUP_BEFORE,
    KIND_SUFFIXES,
    LOCATIVE_BEFORE,
    NAME_PREFIXES,
    NOT_NAME_CONTINUATIONS,
    NOT_PLACE_KEYS,
    NOT_PLACE_WORDS,
    OCCUPATION_STATE_KEYS,
    OCCUPATION_STATE_WORDS,
    PLACE_CUES,
    POPULATED_SUFFIXES,
    REGION_CUES,
    ROUTE_WORDS,
    SECTOR_LIST_AFTER,
    SECTOR_WORDS,
    UNIT_GROUP_AFTER,
    UNIT_WORDS,
    VILLAGE_CUES,
    WAR_COUNTRIES,
    WATER_CUES,
)
from .distance import km_apart
from .match import PLANT_WORDS, NameMatch, match_names, town_of_adjective, town_of_plant_adjective
from .names import is_cyrillic, key, word_key
from .oblasts import oblasts_called
from .places import Gazetteer
from .raions import RAION_PREFIX
from .records import Place
from .variants import misprint_of
from .war_zone import in_war_zone, in_war_zone_box

POPULATED = ("city", "town", "village")
# The endings of the adjectives that open outlets' names: Ukrainska Pravda, Komsomolskaya Pravda.
OUTLET_ADJECTIVE_ENDINGS = ("ska", "skaya", "skaia")
# A lower-case name is a place only for a big city of the war ("the kyiv troops" in a careless text);
# "new territories" is a phrase, not Hong Kong's New Territories.
LOWERCASE_MIN_POPULATION = 500_000
# Names that are common English words must be places of at least this size, or carry a cue.
COMMON_WORD_MIN_POPULATION = 100_000  # ten times that at the start of a sentence
# Prepositions that put a small place's name in a place slot ("in Hrakove", "near Robotyne").
PLACE_PREPOSITIONS = frozenset(
    "in near of from outside around toward towards to at into between and via".split()
)
# Verbs whose object is a place: a small place right after one needs no other place beside it.
TAKING_VERBS = frozenset(
    "liberated captured recaptured retook seized occupied stormed shelled bombed liberating capturing "
    "recapturing seizing occupying storming shelling attacked struck targeted entered reached hit encircled "
    "surrounded raided".split()
)
# Nouns of fire whose "on" names what was hit: "an attack on Sudzha", "strikes on Grayvoron".
ATTACK_NOUNS = frozenset("attack attacks strike strikes raid raids assault assaults shelling bombing".split())
# Below this population a place outside Ukraine named with no cue is weak: kept only near the
# article's other places ("Syrsky said" is not the Russian village of Syrskoye).
SMALL_PLACE = 10_000
# Nouns after "X-Y" that make it two places joined ("the Robotyne-Verbove line", "the Pokrovsk-Myrnohrad
# agglomeration") rather than one name ("Orikhovo-Vasylivka").
JOINING_NOUNS = ROUTE_WORDS | ATTRIBUTIVE_NOUNS
# The nouns that close two oblasts joined by a hyphen: "the Donetsk-Zaporizhzhia Oblast border".
REGION_NOUNS = frozenset({"oblast", "oblasts", "region", "regions"})
# The link of a town's name to its river: Rostov-on-Don, Slavyansk-na-Kubani, Novhorod-nad-... .
RIVER_LINKS = frozenset({"on", "na", "nad", "upon"})
# A Ukrainian or European road number right before a highway's first end, or before its first end and
# dash (the second end): "the N15 Zaporizhzhia-Donetsk highway", "the H-20 Sloviansk–Donetsk road", "E40".
# What stands right before a highway's end: its number's last digit, or the dash between its ends.
ROAD_NUMBER_ENDS = "0123456789-–—"
ROAD_NUMBER_BEFORE = re.compile(r"\b[MNHRTE]-?\d{1,2}(?:-?\d{2})?\s+(?:[A-Z][\w'’]+\s*[-–—]\s*)?$")
# Ukraine's groups of forces named after a region, not after the villages of the name: "the joint press
# centre of the Tavria defense forces", "air strikes on the Tavriia front".
FORCE_GROUP_NAMES = frozenset({"tavria", "tavriia", "tavriya"})
FORCE_GROUP_AFTER = re.compile(
    # ("advanced 7 km in the Tavriia direction": the whole southern front, not the village of Tavriia)
    # ("liberated on the Donetsk and Tavriia fronts": the plural of a list of them too)
    r"\s+(?:defen[cs]e\s+forces|forces|fronts?|operational|troops|grouping|directions?|sectors?|axis|axes)\b",
    re.IGNORECASE,
)
DASHES = ("-", "–", "—")  # between the names of a chain, with or without spaces
# The rest of a list of oblasts after one of its names: ", Sumy and Kharkiv oblasts".
_LIST_ITEM = r"(?:the\s+)?[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
LIST_OF_REGIONS = re.compile(
    # (the last item after a comma too: "retreating from the Kyiv, Chernihiv, Sumy regions")
    rf"(?:,\s+{_LIST_ITEM})*(?:,?\s+(?:and|or)\s+|,\s+){_LIST_ITEM}\s+(?i:oblasts|regions|provinces)\b"
)
# ... and two oblasts' names under one singular noun: "the Zaporizhzhia and Kherson region".
PAIR_OF_REGIONS = re.compile(rf"\s+and\s+({_LIST_ITEM})\s+(?i:region|oblast)\b")
# "the villages of Pogrebki and" before a name: it is a village too (matched up to the name).
# (group 1: the noun that opens it, since "settlements" may be cities: "the larger settlements of Sumy and")
VILLAGES_OF_LIST = re.compile(
    rf"\b(villages|settlements|hamlets) of\s+(?:{_LIST_ITEM}(?:,\s*|,?\s+(?:and|or)\s+))+$"
)
# ... and "the cities of": "the cities of Druzhkivka, Kostiantynivka, Lyman, Pokrovsk".
CITIES_OF_LIST = re.compile(rf"\b(?:cities|towns) of\s+(?:{_LIST_ITEM}(?:,\s*|,?\s+(?:and|or)\s+))+$")
# ... or a colon after them: "resulted in the liberation of four settlements: Alexandria, Leonidovo".
SETTLEMENTS_LIST = re.compile(
    rf"\b(?:villages|settlements|hamlets|localities)(?: of|:)\s+(?:{_LIST_ITEM}(?:,\s*|,?\s+(?:and|or)\s+))*$"
)
VILLAGE_LIST_WINDOW = 150  # characters before a name searched for a list that opens before it
# "the frontline eastern regions of Kharkiv and Dnipro", "the oblasts of Sumy, Chernihiv and" before
# a name: it names an oblast (matched up to the name).
REGIONS_OF_LIST = re.compile(
    # ("other western regions including Lviv and Ivano-Frankivsk were also hit")
    # ("energy facilities in Ukraine's western oblasts, particularly in Lviv and Ivano-Frankivsk")
    # ("Oblasts in western Ukraine, including Ternopil, Khmelnytskyi, Ivano-Frankivsk, and Lviv")
    rf"\b(?:(?:regions?|oblasts?|provinces?) of|(?i:regions|oblasts|provinces)"
    rf"(?:\s+(?:in|of)\s+(?:[\w-]+\s+){{0,2}}?Ukraine)?,? (?:including|such as"
    rf"|(?:particularly|especially|notably|namely|mostly|mainly)(?: in)?)"
    # ("deaths and injuries in several regions — Kyiv, Zhytomyr, Khmelnytskyi, and Mykolaiv")
    rf"|(?i:regions|oblasts|provinces)\s*[—–:]"
    # ("not one of the five Ukrainian regions, Donetsk, Kherson, Lugansk, Zaporizhzhia and Crimea, that")
    rf"|\b(?:the\s+)?(?:two|three|four|five|six)\s+(?:[\w-]+\s+)?(?i:regions|oblasts|provinces)\s*(?:,|--))\s+"
    rf"(?:{_LIST_ITEM}(?:,\s*|,?\s+(?:and|or)\s+))*$"
)
# TITLES and SPEAKERS are written without a leading \b, which keeps re from using their first letters to
# skip ahead (four times faster over a whole text); _at_word_start checks the boundary instead.
TITLES = re.compile(
    r"(?:President|General|Gen\.|Minister|Colonel|Col\.|Commander|Lieutenant|Lt\.|Mayor|Governor|Sergeant|"
    r"Major|Captain|Admiral|Marshal|Secretary|Chancellor|Senator|spokesman|spokeswoman|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)"
    # (the surname after a given name too: "US Defense Secretary Lloyd Austin said", no Texas city)
    r" ([A-Z][\w’'-]+)(?: ([A-Z][a-z][\w’'-]*)(?= (?:said|says|told|added|noted|stated|wrote|announced)\b))?"
)
# A line is a Title Case headline when at least TITLE_SHARE of its TITLE_MIN_WORDS or more words
# of TITLE_WORD_MIN letters or more are capitalised ("in", "of" and "the" stay lower case in titles).
TITLE_WORD_MIN = 4
TITLE_MIN_WORDS = 4
TITLE_SHARE = 0.8
TITLE_MAX_CHARS = 250
# A capitalised word that says or reports something, or that something is according to, is a speaker.
SPEAKERS = re.compile(
    r"([A-Z][\w’'-]+) (?:said|says|told|added|noted|stated|wrote|reported|announced|explained|claimed)\b"
    # (not a headline's passive report: "Berdychi reported captured", "Avdiivka claimed taken")
    r"(?! (?:as )?(?:[a-z]+ed|taken|lost|hit|seized|shot down|overrun|retaken)\b)"
)
ACCORDING_TO = re.compile(r"[Aa]ccording to ([A-Z][\w’'-]+)\b(?! (?:region|oblast|direction))")
# ... or after the verb, closing a quote: '"It's impossible to live there," said Nikolaieva, adding'
SPEAKER_AFTER = re.compile(r"(?<=[,”\"])\s+(?:said|says|added|wrote|explained)\s+([A-Z][\w’'-]+)(?=[,.])")
# ... or in apposition before the verb: "one man, Volodymyr, told ERR"
SPEAKER_APPOSED = re.compile(r"([A-Z][\w’'-]+), (?:said|says|told|added|explained)\b")
# A given name in a couple or a family: "Volodymyr and his wife Vera".
KIN_AFTER = re.compile(
    r"([A-Z][\w’'-]+) and (?:his|her|their) (?:wife|husband|son|daughter|mother|father|children|family)\b"
)
# ... or named in apposition after a word of kin: "Only their father, Yaroslav, survived", "the father of the
# family, Yaroslav".
KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|son|daughter|mother|father|brother|sister|grandmother|grandfather|widow|widower)"
    r"(?: of the family)?,\s+([A-Z][\w’'-]+)(?=,|\.|\s+(?:was|is|survived|said|told|died)\b)"
)
# A town's name before one of these (lower case) names a street of another town: "Komsomolska street" of
# Horlivka is no Komsomolsk (Horishni Plavni).
STREET_WORDS = frozenset(
    "street streets avenue avenues boulevard boulevards lane lanes prospekt prospect embankment".split()
)
# ... but not the town's own streets: "entered Kupiansk street by street", "Pokrovsk street fighting".
STREET_AFTER = re.compile(
    rf" (?:{'|'.join(sorted(STREET_WORDS))})\b(?! (?:by|fighting|fights?|battles?|clashes|combat|of)\b)"
)
# A city this big keeps a given name that speaks ("Sofia said" may be Bulgaria's government).
GIVEN_NAME_CITY = 500_000
SENTENCE_OPENERS = '.!?:;“"«—–(\n'
# How near the war zone's box (degrees) the town a district is named after must lie.
DISTRICT_ZONE_DEGREES = 4.0
DISTRICT_WORDS = frozenset({"district", "districts", "raion", "raions", "rayon", "rayons"})
# A list of the front's directions by their towns: "the hottest directions on the front remain Lyman,
# Toretsk, Pokrovsk, and Novopavlivka", "the main axes are Kupiansk and Lyman".
DIRECTIONS_LISTED_BEFORE = re.compile(
    r"\b(?:directions|axes|sectors)\b[^.;:]{0,40}?\b(?:remain|remained|are|were|include|included|being)\s+"
    r"(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,?\s+(?:and\s+)?)*$"
)
DIRECTIONS_LIST_REACH = 160
# The first word of the noun an air base's name comes before: "the Belaya and Olenya air bases".
AIR_BASE_WORDS = frozenset({"air", "airbase", "airbases", "airfield", "airfields"})
# ... or the noun before the list, which names the bases one by one, each with its region in brackets.
# ("strikes were carried out on Russian airfields Belaya, Dyagilevo, Olenya, and Ivanovo": the noun right
# before the names)
AIR_BASES_LISTED_BEFORE = re.compile(
    r"\b(?:air\s*bases|airbases|airfields)\b(?:[^.;:]{0,30}?(?:\b(?:were|are|included|include|including|namely)"
    r"|:))?\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*\([^()]{1,40}\))?,?\s+(?:and\s+)?)*$"
)
AIR_BASES_LIST_REACH = 200
# One side of the line round a region, right before its name: "the western border of Donetsk" (a town's
# edge is its own: "on the edge of Kharkiv"; and "the border of Donetsk and Dnipropetrovsk region" is left to
# the region word after the list).
BORDER_OF_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:ern|-?(?:east|west)ern)|administrative)\s+"
    r"(?:border|borders|boundary|boundaries)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
BORDER_OF_REACH = 40
# The rest of a list of places before the noun they share: "(the Pokrovsk) and Toretsk directions",
# "(the Kupiansk), Lyman and Siversk sectors", "(the Marhanets), Myrove, Pokrovske communities"; group 1 is
# the noun.
# (past the kind of area before its noun: "the Marganets and Pokrovsk territorial communities")
COORDINATED = re.compile(
    rf"(?:,\s+{_LIST_ITEM})*(?:,?\s+(?:and|or)|,)\s+{_LIST_ITEM}\s+"
    r"(?:(?:territorial|urban|rural|village|settlement|municipal)\s+(?=[a-z]))?([a-z]+)"
)
GROUP_NAME_AFTER = re.compile(GROUP_AFTER, re.IGNORECASE)
LOCATIVE = re.compile(LOCATIVE_BEFORE, re.IGNORECASE)
GROUP_NAME_BEFORE = re.compile(GROUP_BEFORE, re.IGNORECASE)


# The hint of a raion named after its oblast's capital ("Kharkiv district"): placed at the city, it
# still names the oblast it lies in.
CAPITAL_DISTRICT = "the district of the oblast's capital, at its seat"


@dataclass(slots=True)
class Proposal:
    """A name that reads as a place, the places it may be, and what in the text said so.

    ``end`` may reach past the name to take in a kind word ("Oskil River"). ``weak`` marks a small
    place named with no cue at all, kept only if it lies near the article's other places.
    """

    match: NameMatch
    end: int
    candidates: list[Place]
    hint: str
    weak: bool = False
    direction: bool = False  # the name of a direction of the front: "the Kramatorsk sector"
    # the candidates before the oblast the text puts the name in narrowed them (empty if it did not)
    unnarrowed: tuple[Place, ...] = ()


def propose_places(text: str, gaz: Gazetteer) -> list[Proposal]:
    """Return the names of ``text`` that read as places, in text order, with their candidates."""
    matches, spans = match_names(text, gaz)
    starts = {m.first_word for m in matches}
    ends = {m.last_word for m in matches}
    persons = _person_words(text, spans, gaz) | _unit_names(text, gaz) | _ship_names(text) | _firm_names(text)
    headlines = _title_case_lines(text)
    village_lists = any(words in text for words in ("villages of", "settlements of", "hamlets of"))
    town_lists = "cities of" in text or "towns of" in text
    ships = SHIP_WORDS.search(text) is not None  # most texts name no ship
    named_things = ships or CAMP_WORDS.search(text) is not None  # ... nor a holiday camp
    proposals = [
        p
        for m in matches
        if (
            p := _propose(
                text,
                m,
                spans,
                starts,
                ends,
                persons,
                gaz,
                _inside(m.start, headlines),
                village_lists,
                named_things,
                town_lists,
                ships,
            )
        )
        is not None
    ]
    if " in " in text:
        _oblasts_after_villages(text, proposals, gaz)
    if " of " in text:
        _oblasts_by_share(text, proposals, gaz)
    return proposals


def _oblasts_by_share(text: str, proposals: list[Proposal], gaz: Gazetteer) -> None:
    """Read an oblast's capital after a share of ground as the oblast, where the article names that oblast
    as a region too: "Ukrainian forces had held parts of the Kursk region ... the troops have since
    retreated from most of Kursk", "seized almost 1,400 square km of Kursk" (ground is taken in the oblast,
    not in its city)."""
    for p in proposals:
        if (
            SHARE_OF_BEFORE.search(text, max(0, p.match.start - SHARE_REACH), p.match.start)
            and any(c.kind == "city" for c in p.candidates)
            and not REGION_WORD_AFTER.match(text, p.end)
            and re.search(rf"\b{re.escape(p.match.text)}\s+(?:[Rr]egion|[Oo]blast)\b", text)
            and (regions := regions_named(p.match.key, gaz))
        ):
            p.candidates, p.hint = regions, "an oblast named by its capital after a share of ground"


# A share of ground right before a name: "most of", "parts of", "1,400 square km of", "(540 square miles) of".
SHARE_OF_BEFORE = re.compile(
    r"\b(?:most|much|all|parts?|half|the\s+rest|(?:square\s+)?(?:km|kilometers|kilometres|miles)"
    r"(?:\s+\([^()]{1,30}\))?)\s+of\s+$"
)
SHARE_REACH = 45


def _oblasts_after_villages(text: str, proposals: list[Proposal], gaz: Gazetteer) -> None:
    """Read an oblast's capital named right after a village as the oblast: "Robotyne village in
    Zaporizhzhia is liberated" names Zaporizhzhia Oblast, 60 km from the city (the press drops
    "region" as people do). Only a village the data knows nothing bigger of, so "an embassy in Kyiv" or
    "Bucha in Kyiv" keeps its city."""
    for before, p in zip(proposals, proposals[1:], strict=False):
        if (
            before.candidates
            and all(c.kind == "village" for c in before.candidates)
            and VILLAGE_IN.fullmatch(text, before.end, p.match.start)
            and any(c.kind == "city" for c in p.candidates)
            and (regions := regions_named(p.match.key, gaz))
            and not REGION_WORD_AFTER.match(text, p.end)
        ):
            p.candidates, p.hint = regions, "a village's oblast, named by its capital after 'in'"


# The words that close an oblast's name as written: nothing of a longer proper noun follows them.
REGION_WORD_ENDINGS = (" oblast", " region", " krai", " province")
# ... or a town's name that ends an office's title does: "Mayor of Lozova Serhiy Zelensky".
OFFICE_OF = ("mayor of ", "governor of ", "head of ")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """The spans of lines written in Title Case (headlines), where capitals say nothing about names.

    "Russian Forces Liberate Novosadovoye Settlement in Donetsk Region": every word is capitalised,
    so "Liberate" before a name does not make it part of a longer proper noun.
    """
    spans = []
    offset = 0
    for line in text.split("\n"):
        if len(line) > TITLE_MAX_CHARS:  # a paragraph, not a headline
            offset += len(line) + 1
            continue
        long_words = [w for w in line.split() if len(w) >= TITLE_WORD_MIN and w[0].isalpha()]
        capitalised = sum(w[0].isupper() for w in long_words)
        if len(long_words) >= TITLE_MIN_WORDS and capitalised >= TITLE_SHARE * len(long_words):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


# A village said to be in a place, with at most a country's possessive and a compass word between:
# the place is an oblast ("a village in eastern Donetsk").
VILLAGE_IN_OBLAST = re.compile(
    r"\b(?:villages?|settlements?|hamlets?|towns?)\s+in\s+(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?"
    r"(?:(?:north|south|east|west)\w*(?:-\w+)?\s+)?$",
    re.IGNORECASE,
)
# ... unless it opens a list of districts or communities, each named after its centre.
DISTRICTS_AFTER = re.compile(
    r"(?:\s*,?\s*(?:and\s+)?[A-Z][\w'’-]+){0,6}\s+(?:districts?|raions?|rayons?|hromadas?|communit(?:y|ies))\b"
)
# A place preposition and "the" right before a name: "in the Krynki".
PLACE_THE_BEFORE = re.compile(r"\b(?:in|near|at|outside|into|around|of|from)\s+the\s+$", re.IGNORECASE)
# An oblast named later in a sentence: "... on the Left Bank in the Kherson region".
OBLAST_LATER = re.compile(
    r"[^.;!?]{0,100}?\bin\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?"
    r"([A-Z][\w'’-]+)\s+(?:[Rr]egion|[Oo]blast)\b"
)
# An oblast with its word right after a name, no comma between: "Tyotkino Kursk Oblast".
OBLAST_RIGHT_AFTER = re.compile(r"\s([A-Z][\w'’-]+)\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince)\b")


def _oblast_named_right_after(text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether an oblast with its word follows the name ending at ``end``: "Tyotkino Kursk Oblast"."""
    after = OBLAST_RIGHT_AFTER.match(text, end)
    return after is not None and bool(regions_named(key(after.group(1)), gaz))


def _oblast_later_in_sentence(text: str, end: int, gaz: Gazetteer) -> Place | None:
    """The Ukrainian oblast the sentence names "in the X region" within 100 characters after ``end``."""
    later = OBLAST_LATER.match(text, end)
    if later is None:
        return None
    return next((r for r in regions_named(key(later.group(1)), gaz) if r.country == "UA"), None)


# An oblast named right after a name: "Hai in the Dnipropetrovsk region", "Mine in Ukraine's Donetsk oblast".
IN_REGION_AFTER = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?(?:(?:north|south|east|west)\w*\s+)?"
    r"([A-Z][\w'’-]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)\b"
)
# A town that a name one letter off it, put in the town's oblast, may be written for ("the city of Samara in
# Dnipropetrovsk Oblast" for Samar): this many people at least, and a name this long at least (shorter than
# a misprint with no oblast named needs: the oblast says much of where).
OBLAST_TYPO_TOWN = 10_000
OBLAST_TYPO_LETTERS = 5
# The initials of an oblast's (regional) military or state administration after its name.
REGIONAL_OFFICES = frozenset({"RMA", "OVA", "ODA"})
# Words after a renamed capital's old name that make it its oblast's ("two other Dnipropetrovsk villages").
OBLAST_WORDS_AFTER = ("villages", "settlements", "towns", "regional")
# Endings of the Slavic adjectives that open outlets' names (Ukrainska, Novaya, Ekonomichna Pravda).
ADJECTIVE_ENDINGS = ("ska", "aya", "ichna")
# What a name right after is the name of, not a place: a ship ("the large landing ship Rostov-on-Don",
# "the Russian warship Novocherkassk", "the cruiser Moskva") or a thing named after someone.
_SHIPS = (
    "ship|warship|vessel|submarine|frigate|corvette|cruiser|destroyer|tanker|tug|tugboat|ferry|icebreaker"
    "|minesweeper|flagship"
)
NAMED_THING_BEFORE = re.compile(
    rf"(?:\b(?:{_SHIPS})(?:\s+of\s+the\s+enemy)?(?:\s+(?:project\s+\d+|class))?|\bnamed\s+after)"
    r"\s+[\"“'‘]?$"
    # a holiday camp by its name: "targeted the recreation centers Khimiki and Vesna" (not a village Vesna)
    r"|\b(?:recreation|holiday|health|leisure)\s+(?:cent(?:er|re)s?|camps?|bases?|complex(?:es)?)\s+"
    r"(?:[\"“'‘]?[A-Z][\w-]*[\"”’']?,?\s+(?:and\s+)?)?[\"“'‘]?$",
    re.IGNORECASE,
)
# ... or set off by commas: "destroyed a landing warship, the Novocherkassk, in the port", "a large
# landing ship, Novocherkassk, in the port of Feodosia" (not "hit a tanker, the Odesa port authority
# said": the name must close the apposition).
SHIP_APPOSITIVE = re.compile(
    # ("a large Russian landing ship of the Black Sea Fleet, the "Orsk", was destroyed")
    rf"\b(?:{_SHIPS})(?:\s+(?:of|the|[A-Z][\w-]*)){{0,5}},\s+(?:the\s+)?[\"“'‘]?$", re.IGNORECASE
)
# ... or named in a list the ships open, or as what a ship was dubbed or named as: "Big landing ships –
# Orsk, Caesar Kunikov, Novocherkask – were damaged", "ships dubbed the Kunikov and Novocherkassk", "named
# the landing ship as the Orsk".
SHIPS_NAMED_BEFORE = re.compile(
    rf"\b(?:{_SHIPS})s?\s*(?:[–—:]|--)\s*(?:[\"“'‘]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[\"”'’]?,\s+)*$"
    rf"|\b(?:{_SHIPS})s?\s+(?:dubbed|named|called)\s+(?:as\s+)?(?:the\s+)?"
    r"(?:[\"“'‘]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[\"”'’]?(?:,\s+|\s+and\s+))*[\"“'‘]?$"
    rf"|\b(?:{_SHIPS})\s+as\s+(?:the\s+)?[\"“'‘]?$",
    re.IGNORECASE,
)
# ... or named again, in a text that names ships, as "the X" closing its clause ("followed the Moskva!").
SHIP_NAMED_AGAIN = re.compile(r"[\"”’']?(?:[!?.,;:]|\s+(?:was|sank|had|which)\b)")
# ... looked for only in texts that hold one of its words anywhere (a single scan per text).
# A works named after its town, in title case: "the Sevastopol Marine Plant", "the Kharkiv Tractor Plant",
# "the Avdiivka Coke and Chemical Plant" (group 1: the last capitalised word of the name after the town's).
NAMED_WORKS_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|and|&)){0,3}\s+([A-Z][\w'’-]*)\b")
WORKS_WORDS = frozenset(
    {"plant", "factory", "works", "shipyard", "refinery", "airport", "port", "depot", "terminal", "airfield"}
    # ... and a base: "two hangars at Borisoglebsk Air Base", "the Sevastopol Naval Base"
    | {"base"}
    # ... and the chemical makers Russia names after their towns: "Nevinnomyssk Azot", "Novomoskovsk Azot",
    # "Novocheboksarsk Khimprom", "Salavat Neftekhim"
    | {"azot", "khimprom", "neftekhim"}
)
# A pact or a forum named after the town it was signed or first met in: no place of the story (a summit or
# talks in a town are held there, and stay places).
PACT_AFTER = re.compile(
    r"\s+(?:peace\s+)?(?:agreements?|accords?|protocols?|format|memorandum)\b", re.IGNORECASE
)
# A pipeline named after a word that is also a town's name: "a station of the Transneft Druzhba oil pipeline"
# (Druzhba, friendship, is no village of Dnipropetrovsk Oblast; "the Unecha pipeline station" is Unecha's).
PIPELINE_AFTER = re.compile(
    r"\s+(?:(?:oil|gas|crude|ammonia)\s+)?pipeline\b(?!\s+(?:station|hub|junction|node|facility|terminal))",
    re.IGNORECASE,
)
# The first words of companies and football clubs whose names end in a place: Motor Sich (Zaporizhzhia's
# engine maker, not the village of Sich), Shakhtar Donetsk, Dynamo Kyiv, Zorya Luhansk.
# (and a station's: "according to Radio Svoboda", RFE/RL's Ukrainian service, no village Svoboda)
NAMED_FOR_A_PLACE = frozenset(
    {"Motor", "Shakhtar", "Dynamo", "Zorya", "Metalist", "Chornomorets", "Karpaty", "Radio"}
)
SHIP_WORDS = re.compile(rf"{_SHIPS}|named after", re.IGNORECASE)
CAMP_WORDS = re.compile(r"(?:recreation|holiday|health|leisure) ", re.IGNORECASE)
# A name this short (key length) is a place outside the war's countries only where the text spells it
# as that place's name ("Bay" is no Bayji).
SHORT_ALIAS = 3
# A headline's capitalised common word is a place only this near the war zone's box (degrees, 200-300 km).
HEADLINE_WORD_DEGREES = 2.5
# A preposition of place right before a "speaker": the word is a place ending a relative clause.
PLACE_BEFORE_SPEAKER = re.compile(r"\b(?:into|in|near|from|at|to|outside|around|towards?)\s+$")


def _person_words(text: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> frozenset[str]:
    """Keys of the words the text uses as surnames: after a given name or a title, or a speaker
    ("Syrskyi said", "according to Syrskyi") that is no big place ("Kyiv said" stays Kyiv)."""
    persons = {
        key(word)
        for t in TITLES.finditer(text)
        if _at_word_start(text, t.start())
        for word in t.groups()
        if word is not None
    }
    speakers = [
        *SPEAKERS.finditer(text),
        *ACCORDING_TO.finditer(text),
        *SPEAKER_AFTER.finditer(text),
        # (a given name only: "near Ivanivka, said the spokesman" keeps the village)
        *(m for m in SPEAKER_APPOSED.finditer(text) if m.group(1).lower() in GIVEN_NAMES),
    ]
    for speaker in speakers:
        if not _at_word_start(text, speaker.start()):
            continue
        if PLACE_BEFORE_SPEAKER.search(text, max(0, speaker.start() - 12), speaker.start()):
            continue  # "a commander who led troops into Robotyne said": the place, then the clause's verb
        word = speaker.group(1)
        cands = gaz.candidates(key(word))
        if all(c.kind in POPULATED and c.population < SMALL_PLACE for c in cands) or (
            # a given name that speaks is a man or a woman, whatever town bears it ("Volodymyr explained"),
            # unless a city of GIVEN_NAME_CITY people does ("Sofia said": Bulgaria's capital)
            word.lower() in GIVEN_NAMES and all(c.population < GIVEN_NAME_CITY for c in cands)
        ):
            persons.add(key(word))
    # ... and one in a couple or a family: "Volodymyr and his wife Vera"
    for kin in (*KIN_AFTER.finditer(text), *KIN_BEFORE.finditer(text)):
        if kin.group(1).lower() in GIVEN_NAMES and _at_word_start(text, kin.start()):
            persons.add(key(kin.group(1)))
    # the capitalised given names, picked in one sweep; then the word after each, if capitalised too
    given = [
        i
        for i, (start, end) in enumerate(spans[:-1])
        if text[start].isupper() and text[start:end].lower() in GIVEN_NAMES
    ]
    for i in given:
        (_, e1), (s2, e2) = spans[i], spans[i + 1]
        if text[e1:s2] == " " and text[s2].isupper():
            persons.add(key(text[s2:e2]))
    return frozenset(persons)


# ... or a name in quotes right after a unit's word: 'the 24th separate assault battalion "Aidar"'.
QUOTES = "\"“”'‘’«»"
QUOTED_UNIT_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(UNIT_WORDS))})\s+[\"“'‘«]$", re.IGNORECASE)
QUOTED_NAME = re.compile(r"[\"“'‘«]([A-Z][\w’'-]+)[\"”'’»]")  # (quotes are rare: looked for first)


# A name in apposition to a military unit, as a sentence's subject: "Azov, Ukraine's 12th special purpose
# brigade, said". The unit is its name's in every other mention of the article too ("Azov's report",
# "'Azov' managed"). Not inside a sentence: "near Novomikhailovka, the 72nd brigade near Nikolskoye".
UNIT_APPOSITION = re.compile(
    r"(?m)(?:^|(?<=[.!?]\s)|(?<=[“\"‘']))([A-Z][\w’'-]+)[’'\"]?\s?,\s+(?:Ukraine['’]s|Russia['’]s|the|a|an)\s+"
    r"(?:[\w’'-]+\s+){0,4}?"
    rf"(?:{'|'.join(sorted(UNIT_WORDS))})\b"
)


# ... or, unquoted, right after a numbered unit's title: "the 93rd Mechanised Brigade Kholodnyi Yar, with
# the help of territorial defence forces" (its honorific, not the village of the name).
TITLED_UNIT_NAME = re.compile(
    r"\b\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]+\s+){0,3}(?:Brigade|Regiment|Battalion)\s+"
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?=\s*[,.;)]|\s+(?:with|and|said|says|has|have|had|was|were)\b)"
)


# Words one of which a text that names a unit holds.
UNIT_TEXT_WORDS = (
    "brigade", "regiment", "battalion", "unit", "corps", "division", "Brigade", "Regiment", "Battalion"
)


def _unit_names(text: str, gaz: Gazetteer) -> frozenset[str]:
    """Keys of the names the text gives a military unit in apposition, or in quotes or title case after
    its word (the unit, not a place, in every mention: 'battalion "Aidar"' ... "Glory to Aidar!"); a
    quoted or titled one only when no place of the name is a town of SMALL_PLACE or more."""
    if not any(word in text for word in UNIT_TEXT_WORDS):
        return frozenset()
    quoted = {
        key(m.group(1))
        for m in QUOTED_NAME.finditer(text)
        if QUOTED_UNIT_BEFORE.search(text, max(0, m.start() - 20), m.start() + 1)
    } | {key(m.group(1)) for m in TITLED_UNIT_NAME.finditer(text)}
    return frozenset(
        {key(m.group(1)) for m in UNIT_APPOSITION.finditer(text)}
        | {k for k in quoted if all(c.population < SMALL_PLACE for c in gaz.candidates(k))}
    )


# A company's name after its owner's possessive: "in an audio message published by his Concord firm"
# (Prigozhin's catering company, not the Californian town), "its Antonov company". The firm is its name's
# in every later mention of the article too ("Concord's Telegram channel").
FIRM_OWNED = re.compile(
    r"\b(?:his|her|its|their)\s+[\"“'‘]?([A-Z][\w’'-]+)[\"”’']?\s+"
    r"(?:firm|company|companies|corporation|holding|conglomerate|concern|group of companies)\b"
)
# ... looked for only in a text with one of these words.
FIRM_WORDS = ("firm", "compan", "corporation", "holding", "conglomerate", "concern")


def _firm_names(text: str) -> frozenset[str]:
    """Keys of the names the text gives a company after its owner's possessive (FIRM_OWNED)."""
    if not any(word in text for word in FIRM_WORDS):
        return frozenset()
    return frozenset(key(m.group(1)) for m in FIRM_OWNED.finditer(text))


# A warship's name before its class ("The Novocherkassk large landing ship was damaged", "the Azov landing
# ship"), or after it ("the large landing ship Novocherkassk", "the warship 'Ivanovets'"): a ship, not the
# town it is named after, in every mention of the article ("destroying the 'Novocherkassk'").
# (_SHIPS' warships with their plurals and boats: not tankers, tugs or ferries, whose "Odesa" is a port's)
_WARSHIPS = (
    r"(?:ship|ships|warship|warships|flagship|frigate|corvette|submarine|cruiser|destroyer|minesweeper|boat)"
)
SHIP_BEFORE_CLASS = re.compile(
    r"\b(?:the\s+)?[\"“'‘]?([A-Z][\w-]+)[\"”’']?\s+(?:(?:large|small|big|missile|landing|patrol"
    rf"|amphibious|reconnaissance|rescue|hydrographic|Russian)\s+){{1,3}}{_WARSHIPS}\b"
    rf"|\b[\"“'‘]?([A-Z][\w-]+)[\"”’']?\s+{_WARSHIPS}\b"
)
SHIP_AFTER_CLASS = re.compile(
    rf"\b(?:landing|missile|patrol|large)\s+(?:[\w-]+\s+)?{_WARSHIPS}\s+(?:the\s+)?[\"“'‘]?([A-Z][\w-]+)"
    # ("Russia's Black Sea flagship Moskva towed to port"; "Moskva, the flagship of Russia's Black Sea Fleet")
    r"|\bflagship\s+(?:the\s+)?[\"“'‘]?([A-Z][\w-]+)"
    r"|\b([A-Z][\w-]+)[\"”’']?,\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?flagship\b"
)


def _ship_names(text: str) -> frozenset[str]:
    """Keys of the names the text gives a warship, before or after its class (see SHIP_BEFORE_CLASS)."""
    if "ship" not in text and "boat" not in text and "frigate" not in text and "corvette" not in text:
        return frozenset()
    names = {m.group(1) or m.group(2) for m in SHIP_BEFORE_CLASS.finditer(text)}
    names |= {m.group(1) or m.group(2) or m.group(3) for m in SHIP_AFTER_CLASS.finditer(text)}
    # ... and the quoted names listed right after the class: 'landing ships, "Yamal" and "Azov,"'
    for listed in SHIPS_LISTED.finditer(text):
        names |= {q.group(1) for q in QUOTED_CAPITAL.finditer(listed.group(1))}
    # ... and the bare names listed right after it: "landing ships Saratov, Tsezar Kunikov and Minsk"
    for listed in SHIPS_NAMED.finditer(text):
        names |= {item.strip() for item in LIST_SEPARATOR.split(listed.group(1))}
    return frozenset(key(name) for name in names if name and name.lower() not in SHIP_NAME_STOPWORDS)


SHIPS_LISTED = re.compile(rf"\b{_WARSHIPS}\b[,:]?\s+([^.;()]{{0,60}})")
_SHIP_NAME = r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
SHIPS_NAMED = re.compile(
    rf"\b(?:landing|missile|patrol|large|small|amphibious)\s+(?:[\w-]+\s+)?{_WARSHIPS}\s+"
    rf"({_SHIP_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_SHIP_NAME})+)"
)
LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
QUOTED_CAPITAL = re.compile(r"[\"“'‘]([A-Z][\w-]+)[,.]?[\"”’']")
# Capitalised words before a ship's class that are no ship's name: "The Russian ship", "Ukrainian boats".
SHIP_NAME_STOPWORDS = frozenset(
    {"the", "a", "russian", "ukrainian", "enemy", "navy", "naval", "fleet", "sea", "black", "another", "one",
     "two", "three", "this", "that", "its", "their", "landing", "large", "missile", "patrol", "cargo",
     "civilian", "grain", "merchant", "war", "every", "each", "nato", "turkish", "foreign"}
)


def _group_word_in(window: str) -> bool:
    """Whether ``window`` holds a word GROUP_BEFORE needs (a quick look before the pattern's scan)."""
    lower = window.lower()
    return "group" in lower or "osg" in lower or "otg" in lower or "otu" in lower or "command" in lower


def _at_word_start(text: str, offset: int) -> bool:
    """Whether a word starts at ``offset`` (what a leading \b would check)."""
    return offset == 0 or not (text[offset - 1].isalnum() or text[offset - 1] == "_")


# A name between a quotation's end and "said" is its speaker: '"... and Novozlatopol," Chekhov said'.
SAID_AFTER = (" said", " says", " told", " added", " stated", " wrote")
QUOTE_BEFORE = re.compile(r"[,.!?][\"”’']\s+$")


# A capitalised word joined to a name by a hyphen: the two are one name ("Seredyno-Buda").
GLUED_BEFORE = re.compile(r"[A-Z][a-z’']+$")  # the end of the word before the hyphen
GLUED_AFTER = re.compile(r"[A-Z][a-z]")  # the start of the word after it


def _propose(
    text: str,
    m: NameMatch,
    spans: list[tuple[int, int]],
    starts: set[int],
    ends: set[int],
    persons: frozenset[str],
    gaz: Gazetteer,
    headline: bool = False,
    village_lists: bool = False,
    named_things: bool = True,
    town_lists: bool = False,
    ships: bool = True,
) -> Proposal | None:
    """Keep a name that reads as a place, with the candidates its surroundings allow; else None."""
    raw = m.text
    if m.adjective:  # "харьковское направление": the oblast of the city the adjective is made from
        regions = oblasts_called(gaz, m.key)
        return Proposal(m, m.end, regions or list(m.candidates), "an adjective of the name")
    if GROUP_NAME_AFTER.match(text, m.end) or (
        _group_word_in(text[max(0, m.start - 30) : m.start])
        and GROUP_NAME_BEFORE.search(text, max(0, m.start - 30), m.start)
    ):
        return None  # "the Vostok (East) group of forces", "the Tavria group", "Battlegroup Center"
    if PACT_AFTER.match(text, m.end):
        return None  # "the terms of the Minsk agreements", "the Ramstein format": a pact named after a town
    if PIPELINE_AFTER.match(text, m.end):
        return None  # "the Druzhba oil pipeline"
    if m.key in FORCE_GROUP_NAMES and FORCE_GROUP_AFTER.match(text, m.end):
        return None  # "the Tavria defense forces", "on the Tavriia front": Ukraine's group of forces
    if (m.key in OCCUPATION_STATE_KEYS or OCCUPATION_STATE_WORDS in m.key) and not LOCATIVE.search(
        text, max(0, m.start - 50), m.start
    ):
        return None  # "an official representing the Donetsk People's Republic": its administration
    if (
        text.startswith(SAID_AFTER, m.end)
        and QUOTE_BEFORE.search(text, max(0, m.start - 4), m.start)
        and raw not in COMPOUND_CAPITALS
    ):
        return None  # '"... near Novodonetskoye," Chekhov said': who speaks after a quote is a person
    if m.key in persons:
        return None  # Syrsky in "Oleksandr Syrsky said", and every later "Syrsky"; Azov the brigade
    if named_things and (
        NAMED_THING_BEFORE.search(text, max(0, m.start - 40), m.start)
        or (
            SHIP_APPOSITIVE.search(text, max(0, m.start - 70), m.start)
            and text.startswith((",", '",', "”,"), m.end)
        )
        or SHIPS_NAMED_BEFORE.search(text, max(0, m.start - 80), m.start)
    ):
        return None  # "the large landing ship Rostov-on-Don", "the plant named after Ordzhonikidze"
    if (
        ships  # (a text of ships, not only of holiday camps)
        and " " not in raw
        and text[max(0, m.start - 4) : m.start].lower() == "the "
        and SHIP_NAMED_AGAIN.match(text, m.end)
        and all(c.kind in ("city", "town") for c in m.candidates)
    ):
        return None  # "another ship has followed the Moskva!": a town is never "the" town alone
    if raw.lower() in NOT_PLACE_WORDS or m.key in NOT_PLACE_KEYS:
        return None  # RIA, TASS, AP: news agencies, not Riga or a village abroad; a Pantsyr system
    prev_word = _word(text, spans, m.first_word - 1)
    next_word = _word(text, spans, m.last_word + 1)
    gap_after = text[m.end : spans[m.last_word + 1][0]] if next_word else ""
    gap_before = text[spans[m.first_word - 1][1] : m.start] if prev_word else ""
    # one part of a hyphenated name ("the Seredyno-Buda community", "Buda-Kosheliovo") the data lacks
    glued = (gap_before == "-" and GLUED_BEFORE.search(prev_word) is not None) or (
        gap_after == "-" and GLUED_AFTER.match(next_word) is not None
    )
    spellings = gaz.spellings  # only acronyms have one (see _spelled_right)
    cands = [c for c in m.candidates if (s := spellings.get((m.key, c.id))) is None or _spelled_right(raw, s)]
    if glued:  # ... is at most a place of the war's countries, not Budapest's Buda
        cands = [c for c in cands if c.country in WAR_COUNTRIES]
    if len(m.key) <= SHORT_ALIAS:
        # "the South Bay area": a short word is a far place only as that place's own spelling (not Bayji)
        cands = [c for c in cands if c.country in WAR_COUNTRIES or c.name.casefold() == raw.casefold()]
    if not cands:
        return None
    if (
        headline
        and raw.lower() in gaz.common_words
        and not any(
            c.country in WAR_COUNTRIES and in_war_zone_box(c.lon, c.lat, HEADLINE_WORD_DEGREES) for c in cands
        )
    ):
        # "Helicopters Destroyed in Surprise Attack": a headline's capital, not Surprise, Arizona; nor is
        # "Drone Attack ... Marks First Casualties" the Volga town of Marks
        return None
    if not raw[0].isupper():
        if raw.lower() in gaz.common_words:
            return None
        cued = text[max(0, m.start - 20) : m.start].lower().rstrip().endswith(PLACE_CUES)
        cands = [
            c
            for c in cands
            if (c.kind == "city" and c.population >= LOWERCASE_MIN_POPULATION and c.country in WAR_COUNTRIES)
            or (cued and c.kind in POPULATED and c.population >= SMALL_PLACE)  # "the city of kherson"
            or (c.kind in ARTICLE_KINDS and " " in m.key)  # "the left bank", "the crimean bridge"
        ]
        if not cands:
            return None
    before = text[max(0, m.start - 20) : m.start].lower()
    end, hint = m.end, ""
    coordinated = COORDINATED.match(text, m.end)
    shared_noun = coordinated.group(1) if coordinated else ""  # "the Pokrovsk and Toretsk directions"
    direction = (
        (gap_after == " " and next_word.lower() in DIRECTION_WORDS)
        or shared_noun in DIRECTION_WORDS
        or (gap_after == "-" and _word(text, spans, m.last_word + 2).lower() in DIRECTION_WORDS)
        # "the hottest directions on the front remain Lyman, Toretsk, Pokrovsk, and Novopavlivka" (looked for
        # only after a comma or "and" in the words right before: the list's later items)
        or (
            ("direction" in before or "," in before or "and" in before)
            and DIRECTIONS_LISTED_BEFORE.search(text, max(0, m.start - DIRECTIONS_LIST_REACH), m.start)
            is not None
        )
    )  # "the Kramatorsk sector", "the Pokrovsk and Toretsk directions", "the Pokrovsk-Kurakhove axis"

    if (gap_after == " " and next_word.lower() in STREET_WORDS and STREET_AFTER.match(text, m.end)) or (
        shared_noun in STREET_WORDS and STREET_AFTER.match(text, coordinated.start(1) - 1)
    ):
        return None  # "at the intersection of Pushkinska and Komsomolska streets": streets, no Komsomolsk
    compound = gap_after == "-" and next_word.lower() in COMPOUND_ADJECTIVE_WORDS
    if compound and raw not in COMPOUND_CAPITALS:
        return None  # "the Kharkiv-based outlet", "Russian-occupied": an adjective, not the city (a capital's
        # government, "a Moscow-installed official", is kept as the capital: capitals.as_government)
    # "the Robotyne-Verbove line", "the Pokrovsk-Myrnohrad agglomeration": two places joined by a
    # hyphen before a word that joins them; "Kleban-Byk", "Orikhovo-Vasylivka": one name we lack
    if (gap_after == "-" and next_word[:1].isupper() and _community_adjective(next_word)) or (
        gap_before == "-" and prev_word[:1].isupper() and _community_adjective(raw)
    ):
        return None  # "the Novhorod-Siverska community": one town's adjective (districts.areas_by_adjective)
    if (
        gap_before == "-"
        and prev_word[:1].isupper()
        and _cut_short(f"{prev_word}-{raw}", gaz.candidates(key(prev_word)))
    ):
        # "the Novhorod-Siversk district": Novhorod-Siverskyi cut short (its first word names it), no Siversk
        # of Donetsk Oblast
        return None
    if (
        gap_after == "-"
        and next_word.lower() in RIVER_LINKS
        and _word(text, spans, m.last_word + 2)[:1].isupper()
    ):
        return None  # "Slovyansk-on-Kuban", a town on a river the gazetteer spells otherwise: not Sloviansk
    if gap_before == "-" and prev_word.lower() in RIVER_LINKS:
        return None  # ... nor the Kuban region
    if (gap_before == "-" and prev_word[:1].isupper() and all(c.kind == "river" for c in cands)) or (
        gap_after == "-"
        and next_word[:1].isupper()
        and all(c.kind in POPULATED for c in cands)
        and (after := gaz.candidates(key(next_word)))
        and all(c.kind == "river" for c in after)
    ):
        # "the Belgorod-Dniester region" (Bilhorod-Dnistrovskyi's, translated): a town joined to a river's
        # name is a name of its own, neither the town nor the river (a canal or road names the river first)
        return None
    joined_place = gap_after == "-" and next_word[:1].isupper() and next_word.lower() not in KIND_SUFFIXES
    chain = (joined_place or (gap_before == "-" and prev_word[:1].isupper())) and (
        _chain_of_towns(text, spans, m, gaz)
        or _long_chain(text, spans, m)
        or _chain_of_names(text, spans, m, gaz)
    )
    # "in the sectors of Novodanylivka-Balka Shyroka and Mala Tokmachka-Novopokrovka": pairs of places
    sector = (joined_place or gap_before == "-") and (
        SECTOR_PAIRS_BEFORE.search(text, max(0, m.start - SECTOR_PAIRS_REACH), m.start)
        or SECTOR_PAIRS_AFTER.match(text, m.end)
    )
    if (
        gap_after == " "
        and next_word.lower() == "border"
        # (not "Russia's Belgorod border region", read with its noun)
        and _word(text, spans, m.last_word + 2).lower() not in (*REGION_NOUNS, "area", "areas", "districts")
        and any(c.kind == "city" for c in m.candidates)
        and (regions := regions_named(m.key, gaz))
    ):
        # "reached the area near the Donetsk border": the oblast's border, not the city's
        return Proposal(m, m.end, regions, "an oblast's name before 'border'", False, False)
    if gap_after == " " and next_word in REGIONAL_OFFICES and (regions := regions_named(m.key, gaz)):
        # "the head of the Chernihiv RMA": the oblast's military administration, by its initials
        return Proposal(m, m.end, regions, "an oblast's administration by its initials", False, False)
    if (
        joined_place
        and _word(text, spans, m.last_word + 2).lower() in REGION_NOUNS
        and (regions := regions_named(m.key, gaz))
    ):
        # "along the Donetsk-Zaporizhzhia Oblast border": the first of two oblasts the noun closes
        return Proposal(m, m.end, regions, "an oblast joined by a hyphen to the next one", False, False)
    if joined_place and _word(text, spans, m.last_word + 2).lower() not in JOINING_NOUNS and not chain:
        if not sector:
            return None  # the first half of a name the gazetteer lacks
    if gap_before == "-" and prev_word[:1].isupper() and next_word.lower() not in JOINING_NOUNS and not chain:
        if not sector:
            return None  # its second half
    if (
        gap_after == " "
        and next_word.lower() in KIND_OF_NOUNS
        and _word(text, spans, m.last_word + 2) == "of"
        # (not "a warehouse in Dnipro city of Ukraine": the city, of its country)
        and _word(text, spans, m.last_word + 3) not in ("Ukraine", "Russia")
        and (regions := regions_named(m.key, gaz))
    ):
        # "the Donetsk town of Toretsk", "the Kharkiv village of Lyptsi": the oblast, used as an adjective
        return Proposal(m, m.end, regions, f"an oblast's name before '{next_word} of'", False, False)
    if (
        m.last_word > m.first_word
        and next_word == "of"
        and raw.rsplit(None, 1)[-1].lower() in POPULATED_NOUNS
    ):
        return None  # "the Donbas city of Sievierodonetsk" (GeoNames lists "Donbas City" for Donetsk)
    if (
        m.candidates[0].kind == "region"
        and "capital of" in text[max(0, m.start - 20) : m.start]
        and CAPITAL_OF.search(text, max(0, m.start - 20), m.start)
        and (capital := _capital_of(m.candidates, gaz))
    ):
        return Proposal(m, m.end, [capital], "the capital of the oblast the text names", False, False)
    if gap_after == " " and NUCLEAR_PLANT.match(text, m.end) and (plant := _nuclear_plant(m.candidates, gaz)):
        # "the Zaporozhye nuclear facility came under fire": the plant by Enerhodar, not the city
        return Proposal(m, m.end, [plant], "the nuclear plant named after the place", False, False)
    if gap_after == " " and next_word.lower() == "governor":
        # "Rostov Governor Vasily Golubev": a governor's land is an oblast or its big city, not a village
        seats = [c for c in cands if c.kind in ("region", "city")]
        cands = seats or cands
    if gap_after == " " and next_word.lower() in TOWN_PART_WORDS:
        return None  # "the Zhovtnevyi microdistrict of Toretsk": a part of a town, not a place of the name
    if (
        gap_after[:1] in QUOTES
        and gap_after[1:] == " "
        and text[m.start - 1 : m.start] in QUOTES
        and next_word.lower() in QUOTED_TOWN_PART_WORDS
    ):
        return None  # 'storm Chasiv Yar towards the "Novyi" district': a quarter's name, in quotes
    if next_word and gap_after == " " and next_word.lower() in UNIT_WORDS:
        return None  # "the Azov regiment", "Dnipro battalion": a unit named for a place
    if prev_word in ("Battalion", "Regiment", "Brigade", "Corps") and gap_before == " ":
        return None  # "Battalion Azov advances": the unit's name after its capitalised kind
    if prev_word in NAMED_FOR_A_PLACE and gap_before == " ":
        return None  # "the Motor Sich plant", "Shakhtar Donetsk": a company's or a club's name
    # ('the "Azov" fighters': men of a unit, in quotes, as the other side's press writes them; not
    # "Moscow’s fighters", an apostrophe)
    if (
        gap_after[:1] in QUOTES
        and (next_word.lower() in UNIT_WORDS or next_word == "fighters" and gap_after.strip() in QUOTES)
    ) or (
        m.start > 0
        and text[m.start - 1] in QUOTES
        and QUOTED_UNIT_BEFORE.search(text, max(0, m.start - 20), m.start)
    ):
        return None  # 'the 24th separate assault battalion "Aidar"', 'the "Aidar" battalion': its name
    if gap_after == " " and UNIT_GROUP_AFTER.match(text, m.end):
        return None  # "the Dnipro operational and strategic group of troops": a command, not the city
    if (
        gap_after == " "
        and next_word.lower() in ("district", "raion", "rayon")
        and AREA_ADJECTIVE.search(raw)
        and not any(c.kind == "region" or key(c.name) == m.key for c in cands)
    ):
        # "the Klimovsky district of the Bryansk region": the district of Klimovo, read by its adjective
        # (gazetteer.districts), not Klimovsk by Moscow, which GeoNames also spells "Klimovsky"
        return None
    if (next_word.lower() in SECTOR_WORDS or SECTOR_LIST_AFTER.match(text, m.end)) and (
        towns := town_of_adjective(m.key, gaz)
    ):
        hint = "an adjective of the town (or river) before 'front' or 'direction'"
        return Proposal(m, m.end, towns, hint, False, direction)
    if (
        gap_after == " "
        and next_word.lower() in PLANT_WORDS
        and key(raw) == m.key  # the match is the adjective itself, no name of the gazetteer
        and (towns := town_of_plant_adjective(m.key, gaz))
    ):
        # "the Burshtynska TPP", "the Kurakhivska Thermal Power Plant": the plant by its town
        return Proposal(m, m.end, towns, "an adjective of the town before the name of its power plant")
    if LIST_OF_REGIONS.match(text, m.end) and (regions := regions_named(m.key, gaz)):
        cands, hint = regions, "one of a list of oblasts"  # "Chernihiv, Sumy and Kharkiv oblasts"
    elif (
        (pair := PAIR_OF_REGIONS.match(text, m.end))
        and (regions := regions_named(m.key, gaz))
        and regions_named(key(pair.group(1)), gaz)
    ):
        # "in the Zaporizhzhia and Kherson region": two oblasts under one noun, not a village of the second
        cands, hint = regions, "one of a pair of oblasts"
    elif _in_regions_of_list(text, m.start) and (regions := regions_named(m.key, gaz)):
        cands, hint = regions, "'regions of' before the name"  # "the eastern regions of Kharkiv and Dnipro"
    elif BORDER_OF_BEFORE.search(text, max(0, m.start - BORDER_OF_REACH), m.start) and (
        regions := regions_named(m.key, gaz)
    ):
        # "crossed the western border of Donetsk into the adjacent Dnipropetrovsk region": a region has a
        # western border, the city of its name does not
        cands, hint = regions, "'border of' before the name"
    elif (
        next_word.lower() == "border"
        and gap_after == " "
        and _word(text, spans, m.last_word + 2).lower() in ("region", "regions", "oblast", "province")
        and (regions := regions_named(m.key, gaz))
    ):
        # "Russia's Belgorod border region": the oblast, its mention up to "region"
        cands, end, hint = regions, spans[m.last_word + 2][1], "'border region' after the name"
    elif (
        ((next_word.lower() in DISTRICT_WORDS and gap_after == " ") or shared_noun in DISTRICT_WORDS)
        and all(c.kind in POPULATED for c in cands)
        and not any(in_war_zone_box(c.lon, c.lat, DISTRICT_ZONE_DEGREES) for c in cands)
        # (a Ukrainian town's raion anywhere is one: "hits in the Drohobych and Stryi districts")
        and not any(c.country == "UA" for c in cands)
    ):
        # "settlements in the Belgorod and Krasnoyarsk districts" (Krasnoyaruzhsky, mistranslated): a
        # district of the war's border, never the Siberian city 4,000 km off
        return None
    elif shared_noun == "rivers" or (next_word.lower() == "rivers" and gap_after == " "):
        # "between the small Lozovatka and Dubovka rivers": each a river, or one the data lacks (not the
        # villages of the names)
        rivers = [c for c in cands if c.kind == "river"] or [
            c for c in gaz.candidates(f"{m.key} river") if c.kind == "river"
        ]
        if not rivers:
            return None
        cands, hint = rivers, "'rivers' after its list"
        if next_word.lower() == "rivers":
            end = spans[m.last_word + 1][1]
    elif (
        (next_word.lower() in AIR_BASE_WORDS and gap_after == " ") or shared_noun in AIR_BASE_WORDS
    ) and (bases := gaz.candidates(f"{m.key} air base")):
        # "planes parked at the Belaya, Diaghilev, Olenya, and Ivanovo air bases": each base of the list
        # (its name alone is a village, or the city it is named after)
        cands, hint = list(bases), "'air bases' after its list"
        if next_word.lower() in AIR_BASE_WORDS:  # the last of the list: its mention up to the noun
            noun_words = 2 if _word(text, spans, m.last_word + 2).lower() in ("base", "bases") else 1
            end = spans[m.last_word + noun_words][1]
    elif AIR_BASES_LISTED_BEFORE.search(text, max(0, m.start - AIR_BASES_LIST_REACH), m.start) and (
        bases := gaz.candidates(f"{m.key} air base")
    ):
        # "The four airbases hit were Belaya (Irkutsk, Siberia), Olenya (Murmansk, northwest Russia)":
        # each base of the list the noun opens
        cands, hint = list(bases), "'air bases' before its list"
    elif next_word and gap_after in (" ", "-") and next_word.lower() in KIND_SUFFIXES:
        kind = KIND_SUFFIXES[next_word.lower()]
        typed = [c for c in cands if c.kind == kind] or [
            c
            for k in (f"{m.key} {word_key(next_word)}", f"{m.key} {kind}", f"{m.key} oblast")
            for c in gaz.candidates(k)
            if c.kind == kind
        ]
        if typed:  # once each: "Sumy regions" finds Sumy Oblast under "regions", "region" and "oblast"
            typed = list({c.id: c for c in typed}.values())
            cands, end, hint = typed, spans[m.last_word + 1][1], f"'{next_word}' after the name"
            if next_word.lower() in DISTRICT_WORDS and (capital := _capital_of(tuple(typed), gaz)):
                if not in_war_zone_box(capital.lon, capital.lat, DISTRICT_ZONE_DEGREES):
                    # a district is no oblast, and no oblast far from the war has districts in its reports:
                    # "the Russian army attacked the Samara district" is the raion renamed from
                    # Novomoskovsk's, which the gazetteer does not hold (nor Samara of the Volga)
                    return None
                # "Kharkiv district, Tsyrkunivska community": the raion round the oblast's capital, at
                # its seat, the city (a raion is no oblast, and the oblast's middle lies 50-80 km off)
                cands, hint = [capital], CAPITAL_DISTRICT
        elif kind == "region" and all(c.country not in ("UA", "RU") for c in cands):
            return None  # "in the Borisov district" of Belgorod Oblast: no Barysaw of Belarus
    elif (
        gap_after == " "
        and next_word.lower() in ("settlements", "villages", "towns")
        and _word(text, spans, m.last_word + 2).lower() == "of"
        and (regions := regions_named(m.key, gaz))
    ):
        # "in the nearby Donetsk settlements of Blahodatne and Neskuchne": the oblast's, not the city's
        cands, hint = regions, f"'{next_word} of' after the name"
    elif (suffix := _populated_suffix(next_word, gap_after, shared_noun)) and (
        populated := [c for c in cands if c.kind in POPULATED]
    ):
        if raw.lower() in gaz.common_words and not shared_noun:
            return None  # "Many villages in the occupied Buchansky district": a quantity, not Mani
        cands, hint = populated, f"'{suffix}' after the name"  # "Soloviove and Semenivka villages"
    elif (
        next_word
        and gap_after == " "
        and next_word[0].isupper()
        and not is_cyrillic(next_word)
        # (an oblast's name with its word ends before a person's: "Governor of the Belgorod Oblast Vyacheslav
        # Gladkov"; not "the Ternopil Region Defence Council")
        and not (
            (text[m.start : m.end].lower().endswith(REGION_WORD_ENDINGS) or before.endswith(OFFICE_OF))
            and next_word.lower() in GIVEN_NAMES
        )
    ):
        if (
            next_word.lower() not in NOT_NAME_CONTINUATIONS
            and not headline
            # (a village with its oblast after it, no comma between: "the village of Tyotkino Kursk Oblast")
            and not _oblast_named_right_after(text, m.end, gaz)
            # (a plant named after its town is in it: "the Sevastopol Marine Plant was attacked")
            and not ((run := NAMED_WORKS_AFTER.match(text, m.end)) and run.group(1).lower() in WORKS_WORDS)
        ):
            return None  # Kyiv Post, Moscow Komsomolets, Volodymyr Zelensky
    if (
        (not hint or next_word.lower() in OBLAST_WORDS_AFTER)
        and cands[0].kind == "city"
        and all(c.kind == "city" and key(c.name) != m.key for c in cands)
        and not before.rstrip().endswith(CITY_CUES)
        and (regions := regions_named(m.key, gaz))
        and all(
            c.admin1 == regions[0].name and key(c.admin1.removesuffix(" Oblast")) != key(c.name)
            for c in cands
        )
        and (
            next_word.lower() in OBLAST_WORDS_AFTER
            or re.search(rf"\b{re.escape(raw)}\s+(?:region|oblast|province)\b", text, re.IGNORECASE)
            is not None
        )
    ):
        # "their first village in Dnipropetrovsk" in an article that names the Dnipropetrovsk region,
        # "the Dnipropetrovsk Regional Military Administration", "Kirovohrad regional governor",
        # "two other Dnipropetrovsk villages": the oblast kept the name its capital dropped (Dnipro since
        # 2016, and Kropyvnytskyi, once Kirovohrad); "the city of Dnipropetrovsk" is the city, and so is
        # "had taken Dnipropetrovsk" where the article never names the oblast
        cands, hint = regions, "the oblast's name, which its capital no longer bears"
    if (
        not hint
        and ("illage" in before or "ettlement" in before or "own" in before or "amlet" in before)
        and VILLAGE_IN_OBLAST.search(text, max(0, m.start - 40), m.start)
        # (not "settlements in the Kharkiv, Chuhuiv and Izyum districts": each district's centre)
        and not DISTRICTS_AFTER.match(text, m.end)
        and (regions := regions_named(m.key, gaz))
    ):
        # "recapture of 4th village in eastern Donetsk", "Russia Says Village in Ukraine's Kharkiv
        # 'Liberated'": a village is in the oblast, not in the city it is named after
        cands, hint = regions, "a village in it: the oblast"
    if (
        not hint
        and m.start > 3
        and (text[m.start - 2] in ROAD_NUMBER_ENDS or text[m.start - 1] in ROAD_NUMBER_ENDS)
        and ROAD_NUMBER_BEFORE.search(text, max(0, m.start - 40), m.start)
        and (towns := [c for c in cands if c.kind in ("city", "town")])
    ):
        # "the N15 Zaporizhzhia-Donetsk highway", "the M03 Kharkiv-Kyiv motorway": a numbered highway
        # runs between towns, not the hamlets of the name near the article's villages
        cands, hint = towns, "an end of a numbered highway"
    if (
        prev_word
        and gap_before == " "
        and prev_word[0].isupper()
        # (the oblast after a village with no comma: "the village of Tyotkino Kursk Oblast")
        and not (
            raw.lower().endswith(REGION_WORD_ENDINGS)
            and m.first_word - 1 in ends
            and prev_word.lower() not in GIVEN_NAMES
            and _oblast_named_right_after(text, spans[m.first_word - 1][1], gaz)
        )
    ):
        if prev_word.lower() in GIVEN_NAMES or m.first_word - 1 in ends:
            return None  # a surname that is also a place; the second word of "Moscow Komsomolets"
        opener = text[: spans[m.first_word - 1][0]].rstrip()[-1:] in SENTENCE_OPENERS
        lower = prev_word.lower()
        if (
            (not opener or lower.endswith(ADJECTIVE_ENDINGS))
            # (a title-case line too, after a "-ska" adjective: "in a comment to Ukrainska Pravda; BBC
            # News Ukrainian; DeepState" is a source line, not a headline of places)
            and (not headline or lower.endswith(OUTLET_ADJECTIVE_ENDINGS))
            and lower not in NAME_PREFIXES
            and lower not in gaz.common_words
            # (not a name led by its kind in lower case: "the North Caucasus republic of Dagestan")
            and not raw[0].islower()
        ):
            # "Ukrainska Pravda", "Novaya Gazeta": the name ends a longer proper noun (also at a line's
            # start, "Source: Ukrainska Pravda", when the word before is a Slavic adjective)
            return None
    if before.rstrip().endswith(WATER_CUES):
        return None  # "the Sea of Azov" is not the town of Azov
    reach = max(0, m.start - COUNTRY_CUE_REACH)
    window = text[reach : m.start]
    if (
        ("Russia" in window or "Ukrain" in window)  # (cheap: most names have no country before them)
        and (country := COUNTRY_OF_KIND_BEFORE.search(text, reach, m.start))
        and (
            own := [
                c
                for c in cands
                if c.kind in POPULATED and c.country == COUNTRY_OF_CUE[country.group(1)[:6].lower()]
            ]
        )
    ):
        # "the Russian port of Primorsk", "Russia's largest oil-loading port, Primorsk": the country's
        # town of the name, not a namesake across the border (Prymorsk of Zaporizhzhia Oblast)
        cands = own
        if not country.group().endswith("of "):  # ("... of": the cue's own hint follows)
            hint = hint or f"a place of {'Russia' if own[0].country == 'RU' else 'Ukraine'}, as the text says"
    if not hint and before.endswith(PORT_OF) and (ports := gaz.candidates(key(f"port {m.text}"))):
        # "a ferry in the port of Kavkaz": the port the data knows by that name (Port Kavkaz on the Chushka
        # spit), not a village of the name
        cands, hint = list(ports), "'port of' before the name"
    if not hint and before.rstrip().endswith(REGION_CUES):
        # (or the region among the name's places: "the North Caucasus republic of Chechnya")
        regions = oblasts_called(gaz, m.key) or [c for c in cands if c.id.startswith("admin1:")]
        if regions:
            cands, hint = regions, "'region of' before the name"
    elif not hint and before.rstrip().endswith(PLACE_CUES):
        cue = next(c for c in PLACE_CUES if before.rstrip().endswith(c))
        populated = [
            c for c in cands if c.kind in POPULATED and (cue not in VILLAGE_CUES or c.kind != "city")
        ]
        raions = [c for c in cands if c.id.startswith(RAION_PREFIX)]
        if raions and not populated:
            # "shelled villages of Izium raion": the raion by its full name, which the villages are in
            cands, hint = raions, f"'{cue}' before a raion's name"
        elif not populated and cue in VILLAGE_CUES:
            return None  # "the village of Gorlovka" in the Kursk region is no city of 240,000
        if populated:
            cands, hint = populated, f"'{cue}' before the name"
    elif not hint and village_lists and (village_list := _later_in_village_list(text, m.start)):
        villages = [c for c in cands if c.kind in ("village", "town")]
        if villages:
            cands, hint = villages, "'villages of' before its list"
        elif village_list.group(1) != "settlements":
            return None  # "the villages of Pogrebki and Gorlovka": not the city of Horlivka
        # (but "settlements" may be cities: "between the larger settlements of Sumy and Kharkiv")
    elif (
        not hint
        and town_lists
        and _in_list_opened_by(text, m.start, ("cities", "towns"), CITIES_OF_LIST)
        and (towns := [c for c in cands if c.kind in ("city", "town")])
    ):
        cands, hint = towns, "'cities of' before its list"  # not the villages named like Lyman
    elif not hint and prev_word and prev_word.lower() == "the" and gap_before == " " and not compound:
        featured = [c for c in cands if c.kind in ARTICLE_KINDS]
        if featured:
            cands, hint = featured, "'the' before the name"
        else:
            # cities take no article: "the Duma" is not the Syrian town; but "the Bakhmut direction"
            # and "the Kyiv government" use a place of the war as an adjective
            attributive = (
                # (a quote may open before the noun: 'the Kurakhove "pocket"')
                (gap_after.rstrip("\"“«'‘") == " " and next_word.lower() in ATTRIBUTIVE_NOUNS)
                or _attributive_noun_after(text, spans, m.last_word)
                or shared_noun in ATTRIBUTIVE_NOUNS
                or (gap_after == "-" and _word(text, spans, m.last_word + 2).lower() in ROUTE_WORDS)
                # a translation's possessive: "advancing in the Chasiv Yar's northeastern Kanal microdistrict"
                or text.startswith(("'s ", "’s "), m.end)
                or joined_place
                or (gap_after.strip() in DASHES and _long_chain(text, spans, m))
                # "the Bakhmut- Lysychansk road", "the Bakhmut – Lysychansk highway": a dash with spaces
                or (
                    gap_after.strip() in DASHES
                    and next_word[:1].isupper()
                    and _word(text, spans, m.last_word + 2).lower() in JOINING_NOUNS
                )
            )  # "the Bakhmut direction", "the Marinka-Vuhledar road", "the Pokrovsk-Myrnohrad area"
            the_before = PLACE_THE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
            in_oblast = _oblast_later_in_sentence(text, m.end, gaz) if the_before else None
            own = [c for c in cands if in_oblast and c.admin1 == in_oblast.name and c.kind in POPULATED]
            own_hint = "a village of the oblast its sentence names, after 'in the'"
            if (
                not own
                and the_before
                and raw[:1].isupper()
                and re.search(rf"\b(?:in|near|of|from|to|at|outside|around) {re.escape(raw)}\b", text)
            ):
                # "told the troops still fighting in parts of the Vuhledar to pull back": a town the article
                # also names as a place ("the defence of Vuhledar", "in Vuhledar") is that town
                own = [c for c in cands if c.kind in POPULATED and c.country in WAR_COUNTRIES]
                own_hint = "'the' before a name the article also gives as a place"
            least = (
                0
                if attributive or own
                # "the Kupiansk administration building": a town's own office, a town with people counted
                else 1
                if _attributive_noun_after(text, spans, m.last_word, FACILITY_NOUNS)
                else COMMON_WORD_MIN_POPULATION
            )
            if own:
                # a translation's "raised the flag on the water tower in the Krynki on the Left Bank in the
                # Kherson region": a village of the oblast its sentence names, whatever the article says
                cands, hint = own, own_hint
            cands = [c for c in cands if c.country in WAR_COUNTRIES and c.population >= least]
            if not cands:
                return None
    # the oblast the text names right after the name: "Hai in the Dnipropetrovsk region"
    in_region = IN_REGION_AFTER.match(text, m.end)
    oblast = next(iter(regions_named(key(in_region.group(1)), gaz)), None) if in_region else None
    if (
        not hint
        and oblast is not None
        and raw.lower() in gaz.common_words
        and (own := [c for c in cands if c.admin1 == oblast.name and c.kind in POPULATED])
    ):
        # "claimed control of Hai in the Dnipropetrovsk region": a word that names a village of the
        # oblast said right after it is that village
        cands, hint = own, "a village of the oblast named right after it"
    if (
        oblast is not None
        and oblast.country == "UA"
        and not any(c.admin1 == oblast.name for c in cands)
        and (
            misprint := misprint_of(
                raw,
                gaz,
                frozenset({oblast.name}),
                [],
                towns_from=OBLAST_TYPO_TOWN,
                min_letters=OBLAST_TYPO_LETTERS,
            )
        )
        is not None
    ):
        # "the city of Samara in Dnipropetrovsk Oblast": Samar (Novomoskovsk until 2024), one letter off,
        # not Samara on the Volga; a name the text puts in a Ukrainian oblast is a place of that oblast
        cands, hint = [misprint], f"spelled {misprint.name} in the gazetteer, in the oblast named after it"
    if not hint and " " not in m.key and raw.lower() in gaz.common_words and raw not in COMPOUND_CAPITALS:
        # (the capitals that stand for governments open sentences as speakers: "Washington and Moscow
        # have not confirmed ...")
        opener = text[: m.start].rstrip()[-1:] in SENTENCE_OPENERS or m.start == 0
        least = COMMON_WORD_MIN_POPULATION * 10 if opener else SMALL_PLACE
        cands = [
            c
            for c in cands
            if (c.kind not in POPULATED or c.population >= least)
            # "a Ukrainian and a Syrian": a word that only spells like a far place's name (Sirjan) is the word
            and (c.country in WAR_COUNTRIES or c.name.casefold() == raw.casefold())
        ]
        if not cands:
            return None  # "Will", "Read", "An": common words that are also places
    if (
        not hint
        and raw.lower() in GIVEN_NAMES
        and prev_word.lower() not in PLACE_PREPOSITIONS
        and not any(c.country in WAR_COUNTRIES and c.population >= SMALL_PLACE for c in cands)
    ):
        return None  # "Hanna said", "by Taras": a first name, not Khanna or Taraz (Volodymyr stays)
    if (
        direction
        and len(cands) > 1
        and (towns := [c for c in cands if c.kind in ("city", "town") and in_war_zone(c)])
    ):
        cands = towns  # "the Vasilyevka direction": a front's sector is named after a town of the front
    weak = (
        not hint
        and all(c.kind in POPULATED and c.population < SMALL_PLACE and _weak_alone(c) for c in cands)
        and prev_word.lower() not in PLACE_PREPOSITIONS
        # ("Ukraine's forces liberated Robotyne": what a verb of taking or fire takes is a place)
        # (a village where the fighting has been, not Piskiv in Rivne Oblast for "captured Peskov")
        and not (
            gap_before == " "
            and (
                prev_word.lower() in TAKING_VERBS
                # "a Ukrainian drone attack on Sudzha": what an attack is on is a place
                or (prev_word == "on" and _word(text, spans, m.first_word - 2).lower() in ATTACK_NOUNS)
            )
            and any(in_war_zone(c) for c in cands)
        )
    )
    return Proposal(m, end, cands, hint, weak, direction)


def _populated_suffix(next_word: str, gap_after: str, shared_noun: str) -> str:
    """The word after a name, or after the list it ends, that calls it a village; else ''."""
    if gap_after == " " and next_word in POPULATED_SUFFIXES:
        return next_word
    return shared_noun if shared_noun in POPULATED_SUFFIXES else ""


def _later_in_village_list(text: str, start: int) -> re.Match[str] | None:
    """The list that "the villages of" (or "settlements", "hamlets") opens, when the name at ``start`` is a
    later item of it."""
    return _in_list_opened_by(text, start, ("villages", "settlements", "hamlets"), VILLAGES_OF_LIST)


def in_settlement_list(text: str, start: int) -> bool:
    """Whether the name at ``start`` is an item of a list of villages: "the villages of X, Y", "four
    settlements: X, Y and Z"."""
    before = text[max(0, start - VILLAGE_LIST_WINDOW) : start]
    if not any(noun in before for noun in ("villages", "settlements", "hamlets", "localities")):
        return False
    return SETTLEMENTS_LIST.search(before) is not None


def _in_regions_of_list(text: str, start: int) -> bool:
    """Whether the name at ``start`` is an item of a list that "the regions of" opens."""
    return _in_list_opened_by(text, start, ("region", "oblast", "province"), REGIONS_OF_LIST) is not None


def _in_list_opened_by(
    text: str, start: int, nouns: tuple[str, ...], pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """The match of ``pattern`` (a list that one of ``nouns`` and "of" open, matched up to the name)
    ending at the name at ``start``, within VILLAGE_LIST_WINDOW characters; None for none."""
    before = text[max(0, start - VILLAGE_LIST_WINDOW) : start]
    cues = (" of ", " including ", " such as ", "ly ", "—", "–", ":")
    if not any(cue in before for cue in cues) or not any(
        noun in before or noun.capitalize() in before for noun in nouns  # ("Oblasts in western Ukraine")
    ):
        return None  # most names: no such words before them, and the pattern is dear
    return pattern.search(before)


# A country's adjective or possessive before the kind of place a name is: "the Russian port of Primorsk",
# "the eastern Ukrainian city of Donetsk", "Russia's largest oil-loading port, Primorsk".
COUNTRY_OF_KIND_BEFORE = re.compile(
    # (only words that qualify the kind between: not "Russian positions near the city of Artyomovsk")
    r"\b(Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+"
    r"(?:(?:(?:north|south|east|west|central)[\w-]*|border|frontline|front-line|largest|biggest"
    r"|second-largest|key|small|major|strategic|oil-loading|industrial|coastal|Black\s+Sea|Baltic|Azov|Arctic)\s+){0,3}"
    r"(?:(?:city|town|village|port|settlement|hamlet)\s+of\s+|(?:city|town|port)\s*,\s*"
    # ("Russia's largest oil terminal, the Port of Primorsk")
    r"|(?:oil\s+)?(?:port|terminal|refinery)\s*,\s*the\s+(?:[Pp]ort|[Tt]own|[Cc]ity)\s+of\s+)$"
)
# The words before a name that make it a port's: "the port of Kavkaz".
PORT_OF = "port of "
COUNTRY_CUE_REACH = 60  # characters before a name looked at for a country's cue
COUNTRY_OF_CUE = {"russia": "RU", "ukrain": "UA"}  # the cue's first six letters: its country
# Words before a name that make it a city: "the city of Dnipropetrovsk", "the town of Kirovohrad".
CITY_CUES = ("city of", "town of", "mayor of", "city")
# A nuclear plant named after a place, and the towns of the theatre's plants the gazetteer has no
# feature of.
NUCLEAR_PLANT = re.compile(
    r"\s+(?:nuclear\s+(?:power\s+)?(?:plant|facility|station)|NPP|atomic power plant)\b"
)
NUCLEAR_TOWNS = {
    key(name): key(town)
    for name, town in (
        ("Kursk", "Kurchatov"),
        ("South Ukraine", "Pivdennoukrainsk"),
        ("Rivne", "Varash"),
        ("Khmelnytskyi", "Netishyn"),
        ("Novovoronezh", "Novovoronezh"),
    )
}
# Before an oblast's name: its capital, not the oblast ("the capital of the Belgorod region was hit").
# ("Ukrainian shelling of the capital of Russia's Belgorod Region")
CAPITAL_OF = re.compile(
    r"\b(?:regional\s+)?capital\s+of\s+(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?$", re.IGNORECASE
)
# The words after a name that make it a part of a town ("the Zhovtnevyi microdistrict of Toretsk").
TOWN_PART_WORDS = frozenset({"microdistrict", "micro-district", "neighbourhood", "neighborhood", "quarter"})
# ... and, after a name in quotes, a district too: a raion is not named in quotes.
QUOTED_TOWN_PART_WORDS = TOWN_PART_WORDS | {"district", "districts"}
# Nouns of kind between an oblast's name and a place's: "the Donetsk town of Toretsk".
KIND_OF_NOUNS = frozenset({"city", "town", "village", "settlement", "port", "region"})
# ... and those of them that end a nickname no gazetteer should read ("the Donbas city of X").
POPULATED_NOUNS = frozenset({"city", "town", "village", "settlement"})


# The ending of an adjective made from a town's name: "Novhorod-Siverska", "Pokrovsky".
AREA_ADJECTIVE = re.compile(r"s['’]?k(?:a|yi|iy|ii|y|ij)$")  # not -ske: Torske, Pokrovske are villages


# The words that open a list of pairs of places named as the ends of sectors: "in the sectors of A-B and
# C-D", "the Bila Hora-Andriivka direction" has its noun after (JOINING_NOUNS).
SECTOR_PAIRS_BEFORE = re.compile(
    # ("Success was developed near towns of Novosvitlivka-Khriaschuvate": a plural noun of places)
    r"\b(?:sectors|directions|axes|sector|direction|axis|areas?|towns|villages|settlements)"
    r"(?:\s+(?:of|as|like)\s+|:\s*)(?:the\s+)?"
    r"(?:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?-[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?(?:,\s*|,?\s+and\s+))*"
    r"(?:[A-Z][\w'’]*\s+)?(?:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?-)?$"
)
SECTOR_PAIRS_REACH = 120
# ... or with their plural noun after the last pair: "in the Mala Tokmachka-Novopokrovka and Velyka
# Novosilka-Urozhaine directions" (matched from the end of a name of the first pair).
_PAIR_NAME = r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?"
SECTOR_PAIRS_AFTER = re.compile(
    rf"(?:-{_PAIR_NAME})?(?:(?:,\s*|,?\s+and\s+){_PAIR_NAME}-{_PAIR_NAME})+\s+(?:directions|sectors|axes)\b"
)


CUT_SHORT_LETTERS = 3  # the most letters of a two-word name's ending a translation cuts off ("-yi")


def _cut_short(joined: str, places: Iterable[Place]) -> bool:
    """Whether two hyphened words are a place's two-word name with its ending cut off, as translations cut
    an adjective ("Novhorod-Siversk" for Novhorod-Siverskyi): the second word then names no place alone."""
    written = key(joined)
    return any(
        (name := key(place.name)).startswith(written) and 0 < len(name) - len(written) <= CUT_SHORT_LETTERS
        for place in places
    )


def _community_adjective(word: str) -> bool:
    """Whether a word joined to a name before it by a hyphen is an adjective, so the pair one
    adjective ("the Novhorod-Siverska community", "the communities: Novhorod-Siverska, ..."): the
    gazetteer would have matched a place's whole name ("Kamianka-Dniprovska")."""
    return AREA_ADJECTIVE.search(word) is not None


CHAIN_KM = 200.0  # every town of a hyphened chain lies this close (km) to another of its towns


CHAIN_NEAR_KM = 40.0  # ... and a chain with a name of two words or a village: each this close to a neighbour
CHAIN_NAME_WORDS = 3  # the most words of one name in such a chain ("Chasiv Yar", "Velyka Novosilka")


def _chain_of_names(text: str, spans: list[tuple[int, int]], m: NameMatch, gaz: Gazetteer) -> bool:
    """Whether the name is one of a chain of neighbouring places joined by hyphens, some of whose names
    are two words or villages: "the Bakhmut-Chasiv Yar road", "[Chasiv Yar-Khromove-Bakhmut]". Each
    link is the longest run of capitalised words (joined by spaces) that names a populated place, and
    each place lies within CHAIN_NEAR_KM of the one before it: the halves of one name the gazetteer
    lacks ("Kleban-Byk") are no two neighbours of these names."""
    links = [[c for c in m.candidates if c.kind in POPULATED]]
    if not links[0]:
        return False
    last = m.last_word  # links after the name
    while last + 1 < len(spans) and text[spans[last][1] : spans[last + 1][0]] == "-":
        found = _link(text, spans, last + 1, 1, gaz)
        if found is None:
            break
        places, last = found
        links.append(places)
    first = m.first_word  # ... and before it
    while first > 0 and text[spans[first - 1][1] : spans[first][0]] == "-":
        found = _link(text, spans, first - 1, -1, gaz)
        if found is None:
            break
        places, first = found
        links.insert(0, places)
    if len(links) < 2:
        return False
    # two one-word halves with no noun that joins them may be one name the gazetteer lacks ("Gora-Podil")
    multiword = last - first + 1 > len(links)
    if len(links) == 2 and not multiword and _word(text, spans, last + 1).lower() not in JOINING_NOUNS:
        return False
    joined = key(text[spans[first][0] : spans[last][1]])
    if any(key(c.name).startswith(joined) for c in [*gaz.candidates(joined.split(" ")[0]), *links[0]]):
        return False  # "Novhorod-Siversk": a shortening of Novhorod-Siverskyi, one town
    return all(
        any(km_apart(a, b) <= CHAIN_NEAR_KM for a in here for b in there)
        for here, there in zip(links, links[1:], strict=False)
    )


def _link(
    text: str, spans: list[tuple[int, int]], at: int, step: int, gaz: Gazetteer
) -> tuple[list[Place], int] | None:
    """The populated places named by the longest run of capitalised words from word ``at`` on (step 1)
    or back (step -1), joined by spaces, and the index of its far end; None without one."""
    for n in range(CHAIN_NAME_WORDS, 0, -1):
        far = at + step * (n - 1)
        lo, hi = min(at, far), max(at, far)
        if lo < 0 or hi >= len(spans):
            continue
        if not all(text[spans[i][0]].isupper() for i in range(lo, hi + 1)):
            continue
        if any(text[spans[i][1] : spans[i + 1][0]] != " " for i in range(lo, hi)):
            continue
        name = " ".join(word_key(_word(text, spans, i)) for i in range(lo, hi + 1))
        places = [c for c in gaz.candidates(name) if c.kind in POPULATED]
        if places:
            return places, far
    return None


def _chain_of_towns(text: str, spans: list[tuple[int, int]], m: NameMatch, gaz: Gazetteer) -> bool:
    """Whether the one-word name is part of a chain of towns joined by hyphens ("along the
    Kupiansk-Svatove-Kreminna line", "the Rylsk-Lgov-Kursk"): each word a town or city of the
    gazetteer, so each a place, not the halves of one name it lacks ("Kleban-Byk")."""
    if m.first_word != m.last_word:
        return False
    first = last = m.first_word
    while first > 0 and text[spans[first - 1][1] : spans[first][0]] == "-":
        first -= 1
    while last + 1 < len(spans) and text[spans[last][1] : spans[last + 1][0]] == "-":
        last += 1
    towns = [
        [c for c in gaz.candidates(word_key(_word(text, spans, i))) if c.kind in ("city", "town")]
        if text[spans[i][0]].isupper()
        else []
        for i in range(first, last + 1)
    ]
    joined = key(text[spans[first][0] : spans[last][1]])
    if any(key(c.name).startswith(joined) for c in towns[0]):
        # "Novhorod-Siversk": a shortening of the town whose first word it is (Novhorod-Siverskyi)
        return True
    # the towns of a chain are neighbours: "Kupyansk-Uzlovaya" is no chain of Kupiansk and a town by Tula
    return all(towns) and all(
        any(km_apart(a, b) <= CHAIN_KM for a in here for other in towns if other is not here for b in other)
        for here in towns
    )


def _long_chain(text: str, spans: list[tuple[int, int]], m: NameMatch) -> bool:
    """Whether the name is one of three or more joined by dashes before (or after) a noun that joins
    them: "along the Novomykolaivka–Varachyne–Yablunivka–Yunakivka axis". Three names and a route's noun
    make a chain of places, villages too; two could be the halves of one name the gazetteer lacks
    ("Kleban-Byk")."""
    first, last = m.first_word, m.last_word
    while (
        first > 0
        and text[spans[first - 1][1] : spans[first][0]].strip() in DASHES
        and _capital(text, spans, first - 1)
    ):
        first -= 1
    while last + 1 < len(spans) and text[spans[last][1] : spans[last + 1][0]].strip() in DASHES and _capital(
        text, spans, last + 1
    ):
        last += 1
    words = last - first + 1 - (m.last_word - m.first_word)
    # ... or after it, as a Russian report writes it: "along the line Vladimirovka-Vodolagi-Belovody"
    return words >= 3 and (
        _word(text, spans, last + 1).lower() in JOINING_NOUNS
        or (first > 0 and _word(text, spans, first - 1).lower() in JOINING_NOUNS)
    )


def _capital(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    return text[spans[index][0]].isupper()


def _nuclear_plant(candidates: tuple[Place, ...], gaz: Gazetteer) -> Place | None:
    """The nuclear plant named like one of ``candidates``: the gazetteer's own (Zaporizhzhia, Chornobyl),
    else the town it stands by (Kursk: Kurchatov)."""
    for c in candidates:
        base = key(c.name.removesuffix(" Oblast"))
        if plants := [p for p in gaz.candidates(f"{base} nuclear power plant") if p.kind == "other"]:
            return plants[0]
        if (town_key := NUCLEAR_TOWNS.get(base)) is not None:
            return max(gaz.candidates(town_key), key=lambda t: t.population, default=None)
    return None


def _capital_of(regions: tuple[Place, ...], gaz: Gazetteer) -> Place | None:
    """The biggest city named like the one oblast meant ("Belgorod" of Belgorod Oblast), if there is one."""
    if len(regions) != 1 or " " not in regions[0].name:
        return None
    region = regions[0]
    cities = [
        c
        for c in gaz.candidates(key(region.name.rsplit(" ", 1)[0]))
        if c.kind in ("city", "town") and c.admin1 == region.name
    ]
    return max(cities, key=lambda c: c.population, default=None)


# Between a village and its oblast's capital: "Robotyne village in Zaporizhzhia", "Robotyne, in Zaporizhzhia".
VILLAGE_IN = re.compile(r"(?:\s+(?:village|settlement))?,?\s+in\s+")
REGION_WORD_AFTER = re.compile(r"\s+(?:region|oblast|province|city)\b", re.IGNORECASE)


def regions_named(name_key: str, gaz: Gazetteer) -> list[Place]:
    """The first-order regions of this name: "Sumy" Oblast, and Russia's krais, which the press calls
    regions too ("the Stavropol and Samara regions")."""
    regions = oblasts_called(gaz, name_key)
    regions = regions or [c for c in gaz.candidates(f"{name_key} krai") if c.kind == "region"]
    if regions:
        return regions
    # "the Poltava, Nikolayev and Odessa regions": a spelling of the oblast's city its own aliases lack
    return [
        r
        for c in gaz.candidates(name_key)
        if c.kind == "city"
        for r in oblasts_called(gaz, key(c.name))
        if r.name == c.admin1
    ]


def _weak_alone(place: Place) -> bool:
    """Whether a small place needs company to count when named with no cue or preposition: one
    abroad, or a hamlet of the postal file (population unknown), whose names are often surnames and
    words too ("Peskov", "Bar"): "captured Robotyne" counts beside Verbove, "Peskov" alone does not."""
    return place.country != "UA" or place.population == 0


def _spelled_right(raw: str, spelling: str) -> bool:
    """Acronyms ("US", "РФ") match only in capitals; other names in any case."""
    letters = [c for c in spelling if c.isalpha()]
    if len(letters) <= 4 and all(c.isupper() for c in letters):
        return [c for c in raw if c.isalpha()] == letters
    return True


# Lower-case words that may stand between a place used as an adjective and its noun: "the Ladyzhyn
# thermal power plant", "the Zaporizhzhia nuclear power plant".
ATTRIBUTIVE_WORDS_MAX = 3
# ... and the words of a works' name in title case, its "and" too: "the Avdiivka Coke and Chemical Plant".
TITLED_WORDS_MAX = 4


def _attributive_noun_after(
    text: str, spans: list[tuple[int, int]], last_word: int, nouns: frozenset[str] = ATTRIBUTIVE_NOUNS
) -> bool:
    """Whether one of the few lower-case words right after a name is a noun (of ``nouns``) that makes the
    name an adjective: "the Bakhmut direction", "the Ladyzhyn thermal power plant"."""
    end = spans[last_word][1]
    titled = True  # every word so far a title-case word of a works' name, or its "and"
    for index in range(last_word + 1, min(last_word + 1 + TITLED_WORDS_MAX, len(spans))):
        start, next_end = spans[index]
        word = text[start:next_end]
        # (a works' capitalised name too: "the Dobrotvir Thermal Power Plant")
        if text[end:start] != " " or not (word.islower() or word.istitle()):
            return False
        titled = titled and (word.istitle() or word == "and")
        if index - last_word > ATTRIBUTIVE_WORDS_MAX and not titled:
            return False
        if word.lower() in nouns:
            return True
        end = next_end
    return False


def _word(text: str, spans: list[tuple[int, int]], index: int) -> str:
    if 0 <= index < len(spans):
        start, end = spans[index]
        return text[start:end]
    return ""
