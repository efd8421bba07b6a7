"""From an article to the military events it reports.

For each sentence: find the event phrases (:mod:`geo.events.triggers`), drop the hedged ones
(:mod:`geo.events.modality`), decide who acted (:mod:`geo.events.actors`, in the voice of whoever
speaks: :mod:`geo.events.voice`), where (:mod:`geo.events.placing`, moved by
:mod:`geo.events.offsets`) and when (:mod:`geo.events.timing`). Fighting that moved no line is kept
as a ``contact`` whose actor holds the place. Rules, not a statistical model: every decision can be
read back from the sentence, and nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache, partial

from gazetteer import Gazetteer, Mention, Place, find_places, key, km_apart, load_gazetteer
from gazetteer.estimates import is_listed
from gazetteer.locators import is_located
from gazetteer.raions import RAION_PREFIX
from gazetteer.reading import regions_named
from gazetteer.war_zone import on_front_then
from geo.articles import Article, places_in
from geo.dates import INVASION_DAY, EventDate
from geo.events.actors import (
    CAPITAL,
    DOWNED_WORDS,
    OTHER_SIDE,
    PLACE_OWNER,
    REPORTER_NOUNS,
    RETALIATION,
    SAID_AFTER,
    ActorPhrase,
    agent_before,
    country_as_place,
    damaged_thing,
    decide_actor,
    find_actor_phrases,
    held_by,
    last_side,
    named_attacker,
)
from geo.events.calendar import with_known_days
from geo.events.held import held_by_russia, held_by_ukraine, in_crimea, side_against_holder
from geo.events.modality import denies_the_last, hedge
from geo.events.offsets import apply_offset, find_offset
from geo.events.placing import (
    AREA_AFTER,
    AXIS,
    BORDER_REGIONS,
    GROUND_TYPES,
    NAMED_NEXT,
    ORDINAL_REFERENCE,
    POPULATED,
    PURPOSE,
    SOURCE_LINE,
    SentencePlace,
    answered,
    area_after,
    chars_between,
    heading_to,
    mentions_within,
    places_for,
    regions_of_lists,
    sentence_places,
)
from geo.events.record import FIRE_TYPES, Event
from geo.events.sentences import Sentence, split_sentences, with_list_items
from geo.events.timing import semicolon_clause_date, trigger_dates
from geo.events.triggers import (
    CAME_AS_AFTER,
    CROSSING_AS_PLACE,
    CROSSINGS,
    FIRE_OF_ATTACK,
    LARGEST_OF_THEM,
    MILITARY,
    Trigger,
    crossing_struck,
    find_triggers,
)
from geo.events.voice import article_voice, sentence_voice

# Verbs that tell a gain and a loss at once: who drives someone out advances and the driven retreat;
# who loses a place retreats and the other side advances ("the loss of X" names only the loss).
TWO_SIDED = re.compile(
    # ("were knocked out of Rabotino", "were forced out of the village after a Ukrainian offensive")
    # (not "Russian forces drove towards Kyiv": a drive on a town, none left)
    r"\b(?:(?:drove|driven)(?!\s+(?:on\s+)?towards?\b)|drive(?=\s.*\b(?:out\s+of|from)\b)|ousted|expelled|ejected|dislodged|lost|losing|loses|lose"
    r"|knocked\s+out|forced\s+out)\b",
    re.IGNORECASE,
)
# ... and a loss the loser owns up to: "the Ministry of Defense of Russia recognized the loss of the towns of
# Izyum and Balaklia" (a loss told in passing, "the loss of Izyum threatens Russian supply lines", is the
# taker's gain only).
LOSS_NOUN = re.compile(r"(?:the\s+)?loss(?:es)?\s+of\b", re.IGNORECASE)
LOSS_OWNED = re.compile(
    r"\b(?:recogni[sz]ed|acknowledged|admitted|confirmed|reported|announced|conceded)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A sentence that opens on the strikes the one before told of, in the plural: "The attacks reportedly
# targeted areas near the villages of Gornal, Guyevo, and Oleshnya".
ATTACKS_TOLD_BEFORE = re.compile(
    r"\s*(?:The|These|Those)\s+(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|air\s+strikes|bombings)\b"
)
# ... and a place ceded to a side named: "they had ceded control of the village of Vuhlehirsk to
# Kremlin-backed forces" (a place ceded to nobody named is the leaver's retreat only).
CEDED = re.compile(r"ced(?:e|es|ed|ing)", re.IGNORECASE)
CEDED_TO = re.compile(
    r"[^.;]{0,80}?\bto\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:forces|troops|army|russians|ukrainians|russia|ukraine|separatists|rebels|militants|occupiers"
    r"|enemy)\b",
    re.IGNORECASE,
)
# ... and, told actively, the other verbs of driving a side out: "kicked out the Russian occupiers from the
# village of Sloboda", "forced Russian troops away from Kupiansk" (not "pushed Russian troops back in X",
# ground gained where the other side still is, nor "were pushed back from X", told as the loser's retreat)
DROVE_OUT = re.compile(
    # (not "pushed Russian troops further north from Kharkiv": which way they went, not a place left)
    # (nor "pushing towards Siversk from two directions": a push told by where it heads and whence)
    r"\b(?:kicked|forced|forcing|pushed|pushing|knocked|knocking|threw|squeezed|edged)\b"
    r"(?!.*\b(?:north|south|east|west)\w*\s+from\b)"
    r"(?!\s+(?:on\s+)?(?:towards?|into|in|on|forward|ahead)\b)"
    r".*\b(?:out|from|away|abandon|leave)\b",
    re.IGNORECASE,
)
# ... or back where they stood, by a finite verb: "pushed the enemy back near X", "pushed back Russian troops
# in Y" (the pushed side lost ground too; not "pushing back Ukrainian troops", a participle of another
# verb's advance)
PUSHED_BACK = re.compile(r"\b(?:pushed|drove|threw|knocked)\b.*\bback\b", re.IGNORECASE)
# ... but not which way they went: "pushed Russian artillery forces back north and east of Kharkiv".
COMPASS_AFTER = re.compile(r"\s+(?:further\s+|farther\s+)?(?:north|south|east|west)", re.IGNORECASE)
# What a push held off, not a side it drove back: "pushed back a Ukrainian unit's attempt to break out".
ATTEMPT_PUSHED = re.compile(r"\s*['’]s\s+(?:attempts?|efforts?|attacks?)\b")
# A town's name used for its crossing: "the Kakhovka bridge", "the Antonivskyi and Kakhovka bridges".
CROSSING_NOUN_AFTER = re.compile(r"\s+(?:bridges?|dam)\b", re.IGNORECASE)
# How many sentences after one that told of fire a sentence of damage or casualties with no weapon
# named still belongs to that round-up.
FIRE_REPORT_SENTENCES = 3
TOLL_HEADLINE = re.compile(
    r"\b(?:attacks?|strikes?|shelling|drones?|missiles?|bombs?)\b[^.]{0,20}?\b(?:kill|injure|wound)",
    re.IGNORECASE,
)
# Why an advance did not happen that still tells of fighting there: it becomes a contact.
FAILED = frozenset({"negated", "unconfirmed", "repelled"})
CROSSING_WORD = re.compile(r"\b(?:bridges?|crossings?|dams?)\b", re.IGNORECASE)
# "a smaller bridge near Zatoka", "the bridge in Kupiansk": a crossing placed by the town it is at.
BRIDGE_AT = re.compile(
    r"\b(?:bridges?|crossings?|dams?)\s+(?:(?!(?:bridges?|crossings?|dams?)\b)[\w-]+\s+){0,5}?"
    # ("a dam on the Seversky Donets River in the vicinity of the village of Stary Saltov")
    r"(?:near|in|at|outside|by|of|over|in\s+the\s+(?:vicinity|area)\s+of|close\s+to)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:city|town|village|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
# A count of the places taken: "more than 300 settlements", "several villages", "dozens of".
COUNTED = re.compile(
    r"\b(?:\d+|several|dozens|hundreds|more than|over|two|three|four|five|six|seven|eight|nine|ten|eleven"
    # ("recapturing nearly one dozen towns", "retook a dozen villages")
    # ("capturing multiple settlements in Zaporozhye, Donetsk, Kharkov, Sumy, and Dnepropetrovsk regions")
    r"|twelve|a number of|many|multiple|numerous|(?:a|one|half a)\s+dozen)\b",
    re.IGNORECASE,
)
# "seized village after village in their advance through Donetsk region", "captured villages in the
# region", "pulled out of a few small towns": no place named, and the region is not where it happened
# (unless the places are counted: see COUNTED).
GENERIC_OBJECT = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:(\w+) after \1\b|(?:villages|settlements|towns|localities|hamlets)\b"
    # not "towns such as Izium", "villages Bucha and Irpin"; but ", Deputy Defense Minister X said" after
    r"(?!\s+(?:of|such as|including|like)\b|,?\s+(?!(?:Deputy|Defen[cs]e|Minister|President|Governor"
    r"|General|Mayor|Head|Chief|Ukrainian|Russian)\b)(?-i:[A-Z])))",
    re.IGNORECASE,
)
# "advancing through the Donetsk region": a sweep, not a place where ground changed hands.
THROUGH = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?through\s+(?:the\s+|eastern\s+|western\s+|southern\s+|northern\s+)*"
)
# The sentence after a strike on a bridge that only names a region or river, telling where the
# bridge is: "The bridge, located near Glushkovo, lies about 15 miles north of the border".
BRIDGE_LOCATED = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:bridge|crossing|dam)\b[^.;]{0,60}?"
    r"\b(?:near|in|outside|at|by|close to)\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
# "captured another village in eastern Ukraine's Donetsk region": one place, not named here.
# (not "captured a village in the Donetsk region": the region's news unless the article names the
# village, which UNNAMED_GAIN leaves to the end of the article to tell)
ONE_UNNAMED = re.compile(
    # ("driven the Ukrainian army out of the biggest town in Russia's Kursk border region": Sudzha, named
    # elsewhere)
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:out\s+of|from)\s+)?the\s+(?:biggest|largest|main|last|second-largest)\s+"
    r"(?:town|city|village|settlement)\s+(?:in|of)\b",
    re.IGNORECASE,
)
# What a sentence puts in brackets: a round-up's counts, "(3 explosions)".
PARENTHESES = re.compile(r"\([^()]*\)")
# A place that dates a gain, not where it was made: "the first major gain since Bakhmut".
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$")
# The participles of a taking that a list of places follows: "among the settlements captured are X".
PARTICIPLES_OF_TAKING = frozenset({"captured", "seized", "taken", "liberated", "occupied"})
# Between a bridge and a town struck with it: " and the village of ", ", as well as ".
TOWN_ALSO = re.compile(
    r"(?:\s+bridges?|\s+dams?)?\s*(?:,\s*)?(?:and|as well as)\s+(?:the\s+)?(?:(?:village|town|city"
    r"|settlement)\s+of\s+)?",
    re.IGNORECASE,
)
# The lands a struck bridge joins are not where it was struck: "bridges connecting Crimea and Kherson region".
JOINED_BY = re.compile(r"\b(?:connecting|connects|linking|links|joining|between)\s+(?:[\w'’-]+\s+){0,4}$")
# A blast or an explosion: its cause is for a claim or a probe to say, not the sentence before.
# (not a count of explosions, the way an oblast tallies a day's shelling: "over 20 explosions occurred")
BLAST = re.compile(
    # (not "shattered by the blast wave": what any shell's explosion does)
    # ("the car of a writer was blown up": a blast too)
    r"(?<!\d )(?<!\d\d )\b(?:blasts?(?! waves?\b)|explosions?|exploded|detonat\w*|sabotage|fire broke out"
    r"|blown up)\b",
    re.IGNORECASE,
)
# A side's adjective on a kind of place: whose the place is, not who struck it.
OWNED_PLACE_AFTER = re.compile(
    r"\s+(?:(?:border|southern|northern|eastern|western|central|industrial|port|regional)\s+)?"
    # ("the Russian Black Sea port city of Temryuk", "the Russian Baltic port of Ust-Luga")
    r"(?:(?:Black\s+Sea|Baltic|Azov(?:\s+Sea)?|Caspian|Arctic)\s+(?:port\s+)?)?"
    r"(?:city|town|village|region|oblast|province|republic|port|capital|territory|soil)\s+(?:of\b|[A-Z])"
    # "the Russian Millerovo airfield", "the Russian Saky air base": a named facility of the side's
    r"|\s+[A-Z][\w'’-]+\s+(?:international\s+)?(?:air\s?field|air\s?base|airport|refinery|oil\s+depot"
    r"|naval\s+base)\b"
    # ... or an unnamed works of the side's: "hit the major Russian aircraft plant in Taganrog"
    r"|\s+(?:[a-z][\w-]+\s+){0,2}(?:plant|factory|refinery|oil\s+depot|fuel\s+depot|enterprise|works"
    r"|air\s?field|air\s?base|airport|shipyard)\b"
)
# A capital (geo.events.actors.CAPITAL) named as the place hit, not the government: "a drone attack on
# Moscow", "the Moscow Region".
PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|at|over|against|toward|towards|near|around)\s+$", re.IGNORECASE
)
REGION_WORD_AFTER = re.compile(r"\s+(?:[Rr]egion|[Oo]blast)\b")
# ... or after a direction from it: "50 kilometers southeast of the Kremlin" measures, it does not fire.
DIRECTION_OF_BEFORE = re.compile(
    # ("the Kostroma region, northeast of the capital Moscow")
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:Russian\s+)?capital,?\s+)?$",
    re.IGNORECASE,
)
# A side's media that report: "the Russian Telegram news channel Astra".
MEDIA_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:news\s+)?(?:channels?|agency|agencies|outlets?|media|broadcaster|newspapers?"
    # ("Russian resources confirm information about an explosion in ... Mariupol")
    rf"|{REPORTER_NOUNS}|(?:mil)?bloggers?|anchors?|resources|sources|publics)\b",
    re.IGNORECASE,
)
# After "explosive device": a drone's warhead, not a bomb planted ("the detonation of an explosive device from
# a downed drone").
_NOT_FROM_A_DRONE = (
    r"(?!\s+(?:from|of|on|dropped\s+(?:by|from)|carried\s+by)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:downed|shot-down|fallen|enemy|Ukrainian|Russian)\s+)?(?:drones?|UAVs?|unmanned)\b)"
)
# Sabotage, not fire from afar: "the bridge was blown up", "collapsed onto a passing train".
SABOTAGE = re.compile(
    r"\b(?:blown up|blew up|blow up|collaps\w*|derail\w*|sabotage|saboteurs?|explosive devices?"
    rf"{_NOT_FROM_A_DRONE})\b",
    re.IGNORECASE,
)
# How long after the invasion began an article still tells fire "since the first days of the war" as news.
WAR_YOUNG_DAYS = 60
# The year of the full-scale war: an event dated only by an earlier year is background.
WAR_YEAR = 2022
# The day the war began (Russia's seizure of Crimea): an event dated before it is history the article recalls.
WAR_BEGAN = date(2014, 2, 20)
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# Explosions heard, plural: a strike from afar, not one bomb planted.
EXPLOSIONS = re.compile(r"\bexplosions\b", re.IGNORECASE)
# A turn in a sentence, after which a place may have fallen to the other side ("Ukraine retook X, but Y
# fell").
CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though|yet|however)\b", re.IGNORECASE)
# The hold a side's phrase names after "under": "under Russian occupation", "under Ukrainian control".
HOLDING_AFTER = re.compile(r"\s+(?:occupation|control|rule)\b", re.IGNORECASE)
# A hit on a target, the noun: "A hit at the occupants' base ... has been recorded".
HIT_AT = re.compile(r"\b(?:a|the|one|two|three|direct)\s+hits?\s+(?:at|on)\b", re.IGNORECASE)
# Bombs and rockets from aircraft: "airstrikes", "an air raid", "aerial bombs", "warplanes".
AIRSTRIKE = re.compile(
    # ("Three other air bombs were dropped today on Illinivka")
    r"\b(?:air\s?-?strikes?|air raids?|aerial bomb\w*|air bombs?|(?:guided\s+)?glide bombs?|warplanes?"
    r"|fighter jets?|bombers?|aviation strikes?)\b",
    re.IGNORECASE,
)
# A weapon that flies from the other side (a drone, a missile, a shell): a fire or blast it caused in
# Russia was Ukraine's.
FIRED_WEAPON = re.compile(
    r"\b(?:drones?|UAVs?|missiles?|rockets?|shells?|shelling|artillery|mortars?)\b", re.IGNORECASE
)
# Between two verbs of fire that share a subject: "struck Ukrainian troops near Sudzha and hit ...".
SECOND_VERB_GAP = re.compile(
    r"(?:(?!\b(?:as|while|when|after|because|which|who|that|since|where|but)\b)[^,;:.!?]){1,120}?"
    r"\s+and\s+(?:also\s+|then\s+)?"
)
FIRED_VERB = re.compile(r"[a-z]+ed|hit|struck|shot", re.IGNORECASE)
# What a fire told by its noun did, in a relative clause after it: "waves of drone attacks in recent months
# that have sporadically damaged buildings" (the damage is the attacks' side's).
FIRE_RELATIVE_GAP = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:that|which)\s+(?:(?:have|has|had)\s+)?(?:also\s+|\w+ly\s+)?", re.IGNORECASE
)
# The attack a shoot-down was part of, told after it: "..., in an attack that damaged", "during the attack".
ATTACK_OF_THE_DOWNED = re.compile(
    r"\b(?:in|during|amid)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|raid|strike)s?"
    r"(?:\s+(?:that|which)\s+(?:also\s+)?(?:damaged|hit|struck|destroyed|injured|killed|wounded))?$"
    # ("officials said, adding that strikes caused damage in a district on the Danube")
    r"|\b(?:adding|saying)\s+that\s+(?:the\s+)?(?:attacks?|strikes?|raids?)$",
    re.IGNORECASE,
)
# A bridge's fall told without its cause: "a bridge collapsed", "gave way", "fell".
COLLAPSED = re.compile(r"collaps|gave way|\bfell\b", re.IGNORECASE)
# A count before "explosions" makes them a tally of fire, not a blast: "three explosions, allegedly by
# guided aerial bombs, in the village of X" (digits are left out by BLAST itself).
COUNTED_BLASTS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|many)\s+"
    r"(?:explosions?|blasts?)\b",
    re.IGNORECASE,
)
# An advance that closes round a place rather than takes it: "encircled", "surrounded", "blockaded".
CLOSED_ROUND = re.compile(r"\b(?:encircl|surround|blockad|besieg)", re.IGNORECASE)
# A hold told in the present and not as kept: "are under", "is in" (not "remains under", "is still in").
NOW_HELD = re.compile(r"(?:is|are)\s+(?!still\b)", re.IGNORECASE)
# The bases of a side that comes from around the event phrase, not from it.
FROM_CONTEXT = frozenset({"context", "voice", "owner"})
# Russia's oblasts where Ukraine's forces held ground (the incursions of 2023-2025), so that Russia's own fire
# falls there too.
GROUND_CHANGED_HANDS = tuple(region for region in BORDER_REGIONS if region != "Bryansk Oblast")
# ... where no town this size was ever held by Ukraine's forces (Sudzha, the largest they held, had 5,000).
NEVER_HELD_POPULATION = 10_000
# Each side blaming the other for the same fire: neither is its side.
BLAMED_ON_EACH_OTHER = re.compile(
    r"\b(?:each|either)\s+side\s+(?:has\s+)?(?:blam|accus)\w*\s+the\s+other"
    r"|\b(?:both\s+sides|the\s+two\s+sides|kyiv\s+and\s+moscow|moscow\s+and\s+kyiv|russia\s+and\s+ukraine"
    r"|ukraine\s+and\s+russia)\s+(?:have\s+)?(?:blamed|accused|blame|accuse)\s+(?:each\s+other|one\s+another)"
    r"|\btraded\s+(?:blame|accusations)\b",
    re.IGNORECASE,
)
# Fire both sides exchange: nobody's alone.
MUTUAL = re.compile(
    r"\b(?:mutual|reciprocal|exchanges? of (?:[\w-]+ )?(?:fire|shelling|strikes))\b", re.IGNORECASE
)
# A blast that may have been set off on the ground rather than fired: for a claim or a probe to say,
# wherever it was ("explosions were heard in Lviv" during an air raid are not it).
PLANTED = re.compile(
    # (not "secondary detonations": a depot's ammunition going off after a hit)
    # (nor "the detonation of an explosive device": the device says whose it was, "from a downed drone" a
    # drone's, below)
    r"\b(?:sabotage|saboteurs?|(?<!secondary )detonat\w*\b(?!\s+of\s+an?\s+explosive\s+device\b)|car bomb"
    rf"|planted|explosive device{_NOT_FROM_A_DRONE}|improvised|arson"
    r"|fire broke out|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:blast|explosion)"
    # a crossing demolished on the spot: "the military blew up a dam at the entrance to Demydiv"
    r"|(?:blew|blown|blowing|blow)\s+up)\b",
    re.IGNORECASE,
)


def _russian_air_bases_struck(events: list[Event], mentions: Sequence[Mention]) -> list[Event]:
    """Give Ukraine the strikes on Russia's military air bases that name no side: only Ukraine strikes
    them ("The four airbases hit were Belaya (Irkutsk, Siberia), Olenya (Murmansk) ..."); the basis is
    ``owner``, as for what a side holds."""
    bases = {
        m.place.id
        for m in mentions
        if m.place is not None and m.place.country == "RU" and m.place.name.endswith(" air base")
    }
    if not bases:
        return events  # most articles name no Russian air base
    return [
        replace(e, actor="UA", actor_basis="owner")
        if e.event_type == "strike" and e.actor == "unknown" and e.place_id in bases
        else e
        for e in events
    ]


# A plant named after its town, as the press names the refineries and power plants Ukraine's drones hit:
# "the Saratov refinery", "the Oryol TPP" (the town's name right before).
PLANT_AFTER = (
    r"\s+(?:oil\s+)?(?:refinery|oil\s+depot|fuel\s+depot|TPP|CHP|thermal\s+power\s+plant|power\s+plant"
    r"|petrochemical\s+plant|airfield|air\s+base|airport)\b"
)
REGION_SUFFIX = re.compile(r"\s+(?:Oblast|Krai|Region|Republic)$")


def _strikes_at_capitals_plants(events: list[Event], text: str, gazetteer: Gazetteer) -> list[Event]:
    """A strike the text places only in an oblast ("struck a major oil refinery in the southern Saratov
    region") moves to the oblast's capital when the text names the capital's plant ("the Saratov
    refinery", "the Oryol TPP"): the plant is the city's, where the drones hit, not somewhere in an oblast
    of 100,000 km². One city of the oblast's name, the biggest, in the oblast."""
    result = []
    for e in events:
        if e.event_type == "strike" and e.place_kind == "region":
            word = REGION_SUFFIX.sub("", e.place)
            city = _capital_of_plant(word, e.place, text, gazetteer) if word != e.place else None
            if city is not None:
                e = _moved_to(e, city)
        result.append(e)
    return result


def _moved_to(event: Event, place: Place) -> Event:
    """The event placed at ``place`` instead, near it (precision 2): a town the text ties the event to
    after the sentence that told it only at a region or river."""
    return replace(
        event,
        place=place.name,
        place_id=place.id,
        place_kind=place.kind,
        lon=round(place.lon, 5),
        lat=round(place.lat, 5),
        geo_precision=2,
    )


def _capital_of_plant(word: str, region: str, text: str, gazetteer: Gazetteer) -> Place | None:
    """The biggest town of ``region`` named ``word``, when the text names a plant of it; else None."""
    if re.search(rf"\b{re.escape(word)}{PLANT_AFTER}", text, re.IGNORECASE) is None:
        return None
    towns = [p for p in gazetteer.candidates(key(word)) if p.admin1 == region and p.kind in ("city", "town")]
    return max(towns, key=lambda p: p.population, default=None)


# A hold of a part only, in the words of "under control": "under partial Russian control", "partly under".
PART_HELD = re.compile(r"\bpart(?:ial(?:ly)?|ly)\b", re.IGNORECASE)


def _held_against_the_map(trigger: Trigger, holder: str, place: Place, day: date) -> bool:
    """Whether Russia is told to hold now ("are under the control of") a place that Ukraine held that day
    by the map of who held what (geo.events.held): then the news is of its taking. What a side still holds
    ("remains under Ukrainian control"), held once ("was under Russian control in June"), or holds in range
    of its guns ("under the fire control of") is no news; nor is Ukraine's word that it holds a town of the
    occupied land, mostly a denial ("The Donetsk airport is under control of Ukraine's military")."""
    return (
        holder == "RU"
        and place.kind in POPULATED  # (not "62.6 sq km of the Sumy Oblast border area")
        and trigger.role == "under"
        and NOW_HELD.match(trigger.text) is not None
        and "fire control" not in trigger.text
        # (nor a part held: "Zaporizhzhia, which is under partial Russian control", the oblast meant)
        and not PART_HELD.search(trigger.text)
        and held_by_ukraine(place, day)
    )


def _planted(text: str) -> bool:
    """Whether a sentence tells of a blast or fire set from near at hand (sabotage, a bomb, arson), which a
    claim or a probe must attribute; a fire that an attack set is not one."""
    return PLANTED.search(text) is not None and FIRE_OF_ATTACK.search(text) is None


# Verbs of going into a place: a group that did so in Russia came from Ukraine.
ENTERED = re.compile(
    r"(?:entered|enter|enters|entering|infiltrated|broke\s+into|crossed|raided)\b", re.IGNORECASE
)
# Russians named by no army of the state: volunteers and militias that cross into Russia fight for Ukraine.
RUSSIAN_IRREGULARS = re.compile(
    r"\bRussian\s+(?:volunteers|militias?(?:\s+(?:groups|units|formations))?|partisans|dissidents)\b"
)
# A participle that opens a clause after a comma: "..., ceding the entire region".
PARTICIPLE_AFTER_COMMA = re.compile(r",\s+[a-z]+ing$")
# Fire that a side's report tells of without naming who fired: the other side's.
SHELLED = re.compile(
    r"\bshell\w*|\bunder (?:\w+ )?(?:fire|shelling|bombardment)|\bbombard\w*|\b(?:dumping|dropping) of\b"
    r"|\b(?:most|worst|hardest|badly|heavily)[- ](?:affected|hit|damaged)\b",  # "the most affected were X"
    re.IGNORECASE,
)
# What a sentence that tells of an attack holds: only then is it asked who attacked.
STRIKE_WORDS = re.compile(
    r"\b(?:attack\w*|strik\w*|struck|shell\w*|missiles?|drones?|air-?strikes?|bomb\w*|rockets?|artillery"
    r"|destroyed|hit)\b",  # ("Ukrainian forces destroyed a munitions depot ... a video of the strike")
    re.IGNORECASE,
)
# A crossing named by a town and words between: "the Kakhovka hydroelectric dam".
NAMED_CROSSING = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:[a-z][\w-]*\s+){1,2}?(bridge|dam)\b")
# A relative clause on unnamed places, right before the event phrase: "settlements in Donetsk
# Oblast that Ukraine liberated", "territory in the region which Russian forces captured".
GENERIC_ANTECEDENT = re.compile(
    r"\b(?:villages|settlements|towns|localities|hamlets|areas|territor(?:y|ies)|ground|land)\b"
    r"[^,.;]{0,60}?\b(?:that|which)\s+(?:[\w'’-]+\s+){1,4}?$",
    re.IGNORECASE,
)
# A strike on a crossing told again without its side, placed this near the one told with it.
RETOLD_KM = 15.0
# A gain told in a fronted phrase, whose taker opens the main clause: "Following the capture of Avdiivka,
# Russia has intensified ..." (the side within SUBJECT_AFTER_COMMA characters of the comma).
FRONTED_GAIN = re.compile(
    r"\s*(?:After|Following|Since|Upon|With)\s+(?:the\s+|its\s+|their\s+)?[\w-]+\s+of\b"
)
SUBJECT_AFTER_COMMA = 6
# A participle clause opening the sentence, whose doer is the main clause's subject: "While initially
# gaining ground, the Russian offensive in northern Kharkiv Oblast has quickly bogged down".
FRONTED_PARTICIPLE = re.compile(
    r"\s*(?:(?:While|After|Before|Since|Despite|When)\s+)?(?:[a-z]+ly\s+)?[a-z]+ing\b"
)
# A participle before a place's name, told as background: "near the recently captured Avdiivka".
ATTRIBUTIVE_BEFORE = re.compile(
    # (not a verb's adverb: "troops have already liberated 30 settlements, including Kupyansk")
    r"\b(?:the|a|an|(?<!have )(?<!has )(?<!had )(?<!were )(?<!was )(?<!been )(?:newly|recently|already))\s+"
    r"(?:(?:recently|newly|already|just)\s+)?$",
    re.IGNORECASE,
)
FREED_WORDS = frozenset("liberated recaptured retaken de-occupied deoccupied freed".split())
ATTRIBUTIVE_TAKEN = PARTICIPLES_OF_TAKING | FREED_WORDS
# A country after a town and a comma, closing the clause: "in Novoshakhtinsk, Russia."
COUNTRY_CLOSING = re.compile(r"(?:Russia|Ukraine)(?=\s*(?:[.;,)]|$))")
# A whole oblast taken: "full control of Luhansk region", "the entire Kherson region".
WHOLE_REGION = re.compile(
    r"\b(?:full|complete|total)\s+control\s+(?:of|over)\s+(?:the\s+)?(?:entire\s+|whole\s+)?"
    r"[A-Z][\w'’-]+\s+(?:region|oblast|Oblast|Region)\b"
    r"|\b(?:the\s+)?(?:entire|whole)\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+\s+(?:region|oblast|Oblast|Region)\b"
)
# A gain told of places the sentence does not name, one or a few: "captured a settlement in the X region",
# "seized control of another village", "captured two more settlements", "the first village" (not "30
# settlements", a broad gain of its own).
UNNAMED_GAIN = re.compile(
    r"\b(?:an?|another|one|two|three|several|the first)(?: more)? (?:[\w-]+ ){0,2}?"
    r"(?:settlements?|villages?|towns?|cit(?:y|ies)|localities|locality|hamlets?)\b"
    r"(?! (?:of|called|named) [A-Z])",
    re.IGNORECASE,
)
# A headline's event at a region is told again at a town this near (km) to the region's point.
HEADLINE_REGION_KM = 150.0
# A bridge over a river, in a sentence that names one town this close (km) to the river's point, is the
# town's.
RIVER_TOWN_KM = 25.0
# An ongoing advance ("continue to advance around X, Y and Z") over at least this many towns this
# far apart names axes, not places gained.
# The plural noun after a list of sectors named for their towns: "in Melitopol and Berdiansk directions".
SECTORS_AFTER = re.compile(r"\s+(?:directions|sectors|axes|fronts)\b", re.IGNORECASE)
CONTINUE_TO = re.compile(r"\b(?:continu(?:e|es|ed|ing)|keep(?:s|ing)?)\s+(?:to\s+)?$", re.IGNORECASE)
AXES_MIN = 3
AXES_SPREAD_KM = 100.0
AXIS_CITY = 100_000  # one of them a city this big: an axis is named for the city it leads to
# The words whose side depends on who speaks.
ENEMY_WORDS = re.compile(r"[Ee]nemy|[Aa]dversary")
# A relative clause about the place itself: "..., which Russia captured in June 2022".
ABOUT_IT = re.compile(r"\s*,\s*(?:which|that|where)\b", re.IGNORECASE)
# A headline reports in the present tense ("Russian Forces Liberate Novosadove Settlement").
HEADLINE_MARK = re.compile(r"^\s*#+\s*")
HEADLINE_SLACK = 8  # characters a heading's marks ("# ") may add to the title
# Lines that link to other articles, not report events of this one.
LINK_LINE = re.compile(r"^\s*(?:read also|also read|read more|see also|related)\b", re.IGNORECASE)
# A compass adjective before a name, after "in", "across" ...: "took control in north-eastern Kharkiv".
COMPASS_PART_BEFORE = re.compile(
    r"\b(?:in|into|across|throughout)\s+(?:(?:north|south)-?(?:east|west)|north|south|east|west)ern\s+$",
    re.IGNORECASE,
)
# A trigger told by the noun "attack" ("launched an attack on"), which may be fire or a storming.
ATTACK_NOUN = re.compile(r"\battacks?\b", re.IGNORECASE)
# An attack tried, and the weapon that tried it before it in the sentence: "two Ukrainian drones
# attempted to attack the Kremlin".
TRIED_TO_ATTACK = re.compile(
    r"(?:tried|attempted|attempting|trying)\s+to\s+(?:attack|strike|hit)", re.IGNORECASE
)
WEAPON_TRIED = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|Shaheds?)\b", re.IGNORECASE)
# Places counted but not named ("Seven settlements were de-occupied"), and a next sentence that
# names them ("These are Lobkove, Levadne and Novodarivka"): the two tell one event.
COUNTED_PLACES = re.compile(r"\b(?:settlements|villages|towns|localities|hamlets)\b", re.IGNORECASE)
# ... or placed only by a town they lie near: "liberated a number of settlements south of Velyka Novosilka.
# These are Blahodatne, Neskuchne, Storozheve and Makarivka."
COUNTED_NEAR = re.compile(
    r"\b(?:settlements|villages|towns|localities|hamlets)\s+"
    # ("occupied several strategically important settlements in the vicinity of Volchansk. Among them ...")
    r"(?:(?:north|south|east|west)[\w-]*\s+of|near|around|(?:in\s+)?the\s+(?:vicinity|environs|area)\s+of)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# An unknown actor takes the article's side only when the article clearly tells one side's advance
# (at least this many events, and this many times the other side's) and the event is recent news.
CONTEXT_MIN_EVENTS = 1
CONTEXT_RATIO = 3
CONTEXT_MAX_DAYS = 14


def extract_events(
    article: Article, gazetteer: Gazetteer | None = None, mentions: Sequence[Mention] | None = None
) -> list[Event]:
    """Return the events ``article`` reports, in text order; [] when it reports none.

    ``mentions`` are the article text's places when the caller has found them already
    (``geo.articles.places_in(article, gazetteer)``), so they are not resolved
    twice.
    """
    gaz = gazetteer or load_gazetteer()
    if mentions is None:
        mentions = places_in(article, gaz)
    mentions = sorted(mentions, key=lambda m: m.start)
    title_ids = (
        frozenset(m.place.id for m in find_places(article.title, gaz, article.published) if m.place)
        if article.title
        else frozenset()
    )
    events: list[Event] = []
    previous_start, previous_side = 0, None
    voice = _Voice(article)
    article_id = article.article_id
    title = article.title.strip().casefold()
    pending: list[str] = []  # sentences with no event since the last side looked at
    sentences = with_list_items(split_sentences(article.text, article.title), article.text)
    sentence_of: dict[str, int] = {}  # an event's sentence, by index
    told_before: frozenset[str] = frozenset()  # the places the previous sentence's events are at
    previous_text = ""  # the sentence before: who attacked, for a strike that names nobody
    struck_regions: frozenset[str] = frozenset()  # the oblasts the sentence before placed its strikes at
    unnamed: Sentence | None = None  # the sentence before, if it told of places it did not name
    counted: list[Event] = []  # ... and the events at their oblast it told
    located: Sentence | None = None  # the sentence before, if it was only where (an itemised report's line)
    # the last sentence that told of fire on a place, and the side that fired: a round-up of shelling
    # goes on "In Siversk, 2 buildings were damaged" with no weapon or side named
    last_fire, fire_side = -FIRE_REPORT_SENTENCES - 1, None
    # the one side whose advances the sentence before told: "Among the settlements captured are X" goes on
    advanced_at, advanced_side = -2, None
    told_advance_at = -2  # ... and the last sentence that told an advance, whoever's
    # a headline of the day's toll of fire ("Russian attacks kill 7, injure 41 in Ukraine over past day"):
    # every place its article counts dead and wounded in was under that fire
    title_fire = bool(title) and TOLL_HEADLINE.search(article.title) is not None
    # an article of the invasion's first weeks: fire "since the first days of the war" is its news
    war_young = (
        article.published is not None
        and INVASION_DAY <= article.published <= INVASION_DAY + timedelta(days=WAR_YOUNG_DAYS)
    )
    # the ids of the events a headline, or a sentence counting places it did not name ("captured another
    # village in the Donetsk region"), placed at a region: told again at its towns, they give way
    headlined: set[str] = set()
    # fire told with its side and no place ("Russian missiles slammed into a town in southern Ukraine"):
    # the article's side of fire for strikes it tells later without one
    unplaced_fire = {"UA": 0, "RU": 0}
    for index, sentence in enumerate(sentences):
        text = sentence.text
        headline = (
            bool(title)
            and abs(len(text) - len(title)) < HEADLINE_SLACK
            and HEADLINE_MARK.sub("", text).strip().casefold() == title
        )
        under_fire = (
            index - last_fire <= FIRE_REPORT_SENTENCES
            or title_fire
            # ... or the weapons told right after, in the same paragraph: "Pokrovske and Myrove communities
            # were affected. The aggressor used drones and opened fire from artillery."
            or (
                index + 1 < len(sentences)
                and sentences[index + 1].paragraph == sentence.paragraph
                and "affected" in text
                and MILITARY.search(sentences[index + 1].text) is not None
            )
        )
        triggers = [] if LINK_LINE.match(text) else find_triggers(text, headline, under_fire, war_young)
        itemised = (
            bool(triggers)
            and located is not None
            and located.paragraph == sentence.paragraph
            and not _names_a_place(mentions, sentence)
        )
        if itemised:
            # "Kupiansk district, the village of Kivsharivka. The shelling damaged the school": an
            # itemised report names the place in a line of its own, then tells what happened there
            sentence = Sentence(
                article.text[located.start : sentence.end], located.start, sentence.end, sentence.paragraph
            )
            text = sentence.text
            triggers = find_triggers(text, False, under_fire, war_young)
        elif not triggers and unnamed is not None and NAMED_NEXT.match(text):
            # the oblast's event of the count gives way to the places named
            events = [e for e in events if e not in counted]
            # "Seven settlements were de-occupied. These are X, Y and Z": one event, told over two sentences
            named_from = sentence.start - unnamed.start  # where the names begin in the joined text
            sentence = Sentence(
                article.text[unnamed.start : sentence.end], unnamed.start, sentence.end, sentence.paragraph
            )
            text = sentence.text
            triggers = find_triggers(text, False, under_fire, war_young)
        else:
            named_from = None
        places = _event_places(article, sentence, triggers, mentions, previous_start, title_ids, gaz)
        if named_from is not None and any(p.start >= named_from for p in places):
            # "occupied several settlements in the vicinity of Volchansk. Among them are the villages of X and
            # Y": the town the count lies near says where, the names say what was taken
            places = [p for p in places if p.start >= named_from or not _counted_near(p.text, text)]
        found = []
        if places:
            # what "they" means: the side the sentences before last named, looked at only now
            previous_side = _side_named_in(pending, voice) or previous_side
            pending = []
            phrases = find_actor_phrases(text, voice.enemy_of(text, sentences, index))
            context = _Context(
                previous_side,
                phrases,
                partial(voice.of, text, sentences, index),
                article_id,
                triggers,
                places,
                told_before | title_ids if told_before else title_ids,
                previous_text,
                told_before,
                fire_side if under_fire else None,
                advanced_side if advanced_at == index - 1 else None,
                struck_regions=struck_regions,
                advance_told_before=told_advance_at == index - 1,
            )
            found = _sentence_events(article, sentence, context)
            if itemised and any(e.geo_precision == 1 for e in found):
                # "Kupiansk district, Kurylivka village": the district only says where the village is, and
                # so does the community ("Bohodukhiv district, Zolochivska TG, Ivashky village")
                # (but "Kharkiv district, Tsyrkunivska community": the community, the line's one place)
                areas = [_named_as_area(e.mention, sentence.text) for e in found]
                found = [
                    e
                    for e, area in zip(found, areas, strict=True)
                    if e.geo_precision != DISTRICT_PRECISION
                    and area != "district"
                    and (area is None or all(a is not None for a in areas))
                ]
            if index + 1 < len(sentences) and denies_the_last(sentences[index + 1].text):
                # "Russian troops had captured Klynove. The 11th Army Corps called this "a fake report."": a
                # claim denied at once moves no line
                found = [e for e in found if e.event_type not in ("advance", "retreat")]
            events.extend(found)
            if headline:
                headlined.update(e.event_id for e in found if e.place_kind == "region")
            elif UNNAMED_GAIN.search(text):
                # "Russia said it had captured a settlement in the Donetsk region": the village is the one
                # the article names elsewhere, as a headline's region is
                headlined.update(
                    e.event_id
                    for e in found
                    if e.place_kind == "region" and e.event_type in ("advance", "retreat")
                )
            fired = [e for e in found if e.event_type == "strike" and e.place_kind != "country"]
            if fired:
                last_fire = index
                sides = {e.actor for e in fired if e.actor != "unknown"}
                # (one side's fire: "Russian missiles hit Kyiv while Ukrainian drones struck Kursk" is no
                # round-up whose next blast is either's)
                if sides:
                    fire_side = next(iter(sides)) if len(sides) == 1 else None
                elif not under_fire:
                    fire_side = None
            for e in found:
                if e.event_type == "bridge_strike":
                    sentence_of[e.event_id] = index  # a later sentence may say where the bridge is
            told_before = frozenset([e.place_id for e in found]) if found else frozenset()
            # (and the oblasts its strikes were placed at: the next sentence's town in one is struck there)
            struck_regions = frozenset(
                e.place for e in found if e.place_kind == "region" and e.event_type in FIRE_TYPES
            )
            if any(e.event_type == "advance" for e in found):
                told_advance_at = index
            if len(context.advancing) == 1:
                # "its forces gained control of villages in the Donetsk region" tells whose the next
                # sentence's "settlements captured" are, though it placed no event itself
                advanced_at, advanced_side = index, next(iter(context.advancing))
            previous_side = last_side(phrases, text) or previous_side
        else:
            pending.append(text)
            if told_before:
                told_before = frozenset()
            struck_regions = frozenset()
        if last_fire != index and any(t.event_type == "strike" for t in triggers):
            # fire told of no place but the country ("Russian missiles and drones struck Ukrainian energy
            # facilities"): the tolls the next sentences count region by region are that fire's; its side
            # is read as the placed branch reads it ("the enemy" by the sentences before)
            said = phrases if places else find_actor_phrases(text, voice.enemy_of(text, sentences, index))
            last_fire = index
            told, agent = _sides_of_unplaced_fire(text, triggers, said)
            fire_side = told or last_side(said, text) or (fire_side if under_fire else None)
            if agent in unplaced_fire:
                unplaced_fire[agent] += 1
        # a count of places told without their names, their oblast at most: the next sentence may name them
        # (past a line that only gives the source: "Source: Ukrainska Pravda sources in military circles")
        if triggers or not SOURCE_LINE.match(text):
            counts = bool(triggers) and COUNTED_PLACES.search(text) is not None
            counted = [
                e for e in found if e.place_kind == "region" or (counts and _counted_near(e.mention, text))
            ]
            unnamed = sentence if counts and len(counted) == len(found) else None
        located = sentence if not triggers and _location_line(sentence, mentions) else None
        previous_start = sentence.start
        previous_text = text
    if any(e.event_type == "bridge_strike" for e in events):
        events = _one_strike_per_bridge(_bridges_located(events, sentences, sentence_of, mentions), mentions)
    events = _with_article_context(_same_event_same_actor(_on_the_same_day(events)), article.published)
    if headlined:  # (after the article's context has given the towns' events their side)
        events = _headline_told_again(events, headlined)
    if any(e.event_type == "strike" and e.actor == "unknown" for e in events):
        events = _strikes_of_article_side(_struck_again(events), mentions, article.published, unplaced_fire)
    events = _russian_air_bases_struck(events, mentions)
    events = _strikes_at_capitals_plants(events, article.text, gaz)
    events = with_known_days(_taken_long_ago(events, article.published, gaz), article.published)
    # "the Antonivskyi bridge near Kherson destroyed by retreating Russians": a retreat crosses a bridge or
    # blows it up behind it; the bridge is no ground it left
    events = [e for e in events if not (e.event_type == "retreat" and e.place_kind == "bridge")]
    unique: dict[str, Event] = {}
    for event in events:
        unique.setdefault(event.event_id, event)
    return list(unique.values())


# What may follow the last place of a line that only says where: "..., Velyka Shapkivka village, outside."
LINE_TAIL = re.compile(
    r"[\s,]*(?:(?:village|town|city|settlement|outside|garden association|outskirts|district|raion|community"
    r"|hromada|TG)[\s,]*)*\.?\s*"
)
# ... or a line that opens with the time of day: "09:00 p.m Kozacha Lopan village of Kharkiv district."
TIMED_LINE_WORDS = 10  # ... of this many words at most
TIME_OPENING = re.compile(r"[-–•]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?\s")
LINE_WORDS = 20  # at most this many words in such a line
SEGMENT_WORDS = 5  # ... and this many between two commas
DISTRICT_PRECISION = 3  # geo_precision of an event placed at a district


# Verbs no line of where has.
LINE_VERBS = frozenset("borders border lies lie is are was were has have had said says".split())


def _sides_of_unplaced_fire(
    text: str, triggers: list[Trigger], said: list[ActorPhrase]
) -> tuple[str | None, str | None]:
    """For fire a sentence tells at no place: the side its first strike phrase that names one is read
    as making (the round-up after it goes on with that side: "Russia's air defence forces shot down 35
    of 40 Ukrainian drones fired at the republic" told Ukraine's fire, not Russia's), and the side the
    first strike phrase with a subject has for its subject (what counts towards the article's side of
    fire: "destroyed a US supplied Abrams tank ... since Washington started delivering the Abrams to
    Ukraine" is the first subject's). None where no phrase names one."""
    strikes = [t for t in triggers if t.event_type == "strike"]
    told = next((actor for t in strikes if (actor := decide_actor(text, t, said)[0]) != "unknown"), None)
    agent = next((side for t in strikes if (side := agent_before(text, said, t.start)) is not None), None)
    return told, agent


def _subject_after(phrases: list[ActorPhrase], comma: int) -> ActorPhrase | None:
    """The side phrase that opens the main clause after the comma at ``comma``, if one does."""
    return next((p for p in phrases if 0 < p.start - comma <= SUBJECT_AFTER_COMMA), None)


def _location_line(sentence: Sentence, mentions: list[Mention]) -> bool:
    """Whether ``sentence`` only says where, as each item of an oblast's itemised report opens: "12-15,
    Kharkiv district, Dergachi community, Kozacha Lopan village." (a comma, few words, a place last)."""
    text = sentence.text
    if text.count(" ") >= LINE_WORDS:
        return False
    if any(word in LINE_VERBS for word in text.lower().split()):
        return False  # about the places: "Sumy Oblast borders Russia's Bryansk, Kursk, and Belgorod oblasts."
    if "," in text:
        if any(len(part.split()) > SEGMENT_WORDS for part in text.split(",")):
            # a clause, not a line of where: "Andriy Yermak, the president's chief of staff, added"
            return False
    elif not TIME_OPENING.match(text) or len(text.split()) > TIMED_LINE_WORDS:
        # with no comma, only a short line that opens with the time: "09:00 p.m X village of Y district."
        return False
    last = [m for m in mentions_within(mentions, sentence.start, sentence.end) if m.place is not None]
    if not last or last[-1].place.kind == "country":
        return False
    return LINE_TAIL.fullmatch(text, last[-1].end - sentence.start) is not None


def _names_a_place(mentions: list[Mention], sentence: Sentence) -> bool:
    """Whether a resolved place is named in ``sentence``."""
    return any(m.place is not None for m in mentions_within(mentions, sentence.start, sentence.end))


# How many sentences back a speaker referred to ("the ministry claimed") may have been named.
REFERS_BACK_SENTENCES = 5
PERSON_BACK_SENTENCES = 6  # ... and a regional official "he said" refers back to
MINISTRY_BACK_SENTENCES = 20  # ... and "the ministry"


class _Voice:
    """Whose report an article's sentences are, looked at only where it matters: "the enemy" and
    an agentless "liberated" (most sentences need neither, and the article's sources are a scan)."""

    def __init__(self, article: Article) -> None:
        self._article = article
        self._voice: str | None = None
        self._known = False

    def article(self) -> str | None:
        if not self._known:
            self._voice = article_voice(self._article.text, self._article.source, self._article.url)
            self._known = True
        return self._voice

    def of(self, sentence: str, sentences: Sequence[Sentence] = (), index: int = 0) -> str | None:
        """The side ``sentence`` speaks for; the REFERS_BACK_SENTENCES before it (MINISTRY_BACK_SENTENCES
        when it names a ministry) are where a speaker it refers back to ("it said", "the ministry claimed")
        is named."""
        # ("The ministry states that ...": the ministry named at the article's head, however far back)
        back = MINISTRY_BACK_SENTENCES if "inistry" in sentence else REFERS_BACK_SENTENCES
        before = tuple(s.text for s in reversed(sentences[max(0, index - back) : index]))
        if not before or (" he " not in sentence and " she " not in sentence):
            return sentence_voice(sentence, self.article(), before)
        # "he said" may stand for an official named a few sentences further back
        further = tuple(s.text for s in reversed(sentences[max(0, index - PERSON_BACK_SENTENCES) : index]))
        return sentence_voice(sentence, self.article(), before, further)

    def enemy_of(self, sentence: str, sentences: Sequence[Sentence] = (), index: int = 0) -> str | None:
        """The voice a sentence that says "the enemy" speaks in; None when it does not say it."""
        if "nemy" not in sentence and "dversar" not in sentence:  # most sentences: a substring test
            return None
        return self.of(sentence, sentences, index) if ENEMY_WORDS.search(sentence) else None


def _side_named_in(texts: list[str], voice: _Voice) -> str | None:
    """The side the latest of ``texts`` to name one last named (see :func:`last_side`)."""
    for text in reversed(texts):
        side = last_side(find_actor_phrases(text, voice.enemy_of(text)), text)
        if side:
            return side
    return None


@dataclass(slots=True)  # not frozen: made for every sentence, and freezing triples the cost
class _Context:
    """What a sentence's events need from the rest of the article."""

    previous_side: str | None  # the side the previous sentence last named: what "they" means
    phrases: list[ActorPhrase]  # this sentence's actor phrases
    voice: Callable[[], str | None]  # whose statement the sentence reports, looked at when asked
    article_id: str  # the article's content hash, made once: every event carries it
    triggers: list[Trigger]  # the sentence's event phrases
    places: list[SentencePlace]  # the sentence's places, with back-references and oblasts of lists
    # the places the previous sentence's events are at and the title names: a withdrawal "to X,
    # north of Y" is from Y when the article has just said Y was fought over or lost
    told_before: frozenset[str] = frozenset()
    previous_text: str = ""  # the sentence before, for the attacker of a strike that names none
    # the places the previous sentence's events are at (without the title's): where its attacker struck
    struck_before: frozenset[str] = frozenset()
    # the side that fired in the round-up of fire this sentence goes on with, if it is one
    fire_side: str | None = None
    # the one side whose advances the sentence before told, if it told some
    advanced_before: str | None = None
    # whether the sentence before told an advance at all, whoever's
    advance_told_before: bool = False
    # the sides this sentence's advances are told of (filled in as they are decided), placed or not
    advancing: set[str] = field(default_factory=set)
    # the oblasts the previous sentence placed its strikes at: a town of one was struck there too
    struck_regions: frozenset[str] = frozenset()


def _event_places(
    article: Article,
    sentence: Sentence,
    triggers: list[Trigger],
    mentions: list[Mention],
    previous_start: int,
    title_ids: frozenset[str],
    gazetteer: Gazetteer,
) -> list[SentencePlace]:
    """The places an event of the sentence may be at; [] when it has no event phrase or no place.

    ``previous_start`` is where the previous sentence starts (back-references look that far),
    ``title_ids`` the places the title names (what "the city" most likely means).
    """
    if not triggers:
        return []
    places = sentence_places(
        article.text,
        sentence.start,
        sentence.end,
        mentions,
        recent_from=previous_start,
        title_ids=title_ids,
        oblast_named=lambda name: _one_region_named(name, gazetteer),
    )
    if "bridge" in sentence.text or "dam" in sentence.text:
        places = _crossings_named(sentence.text, places, gazetteer)
    if places and "ern " in sentence.text and all(t.event_type in GROUND_TYPES for t in triggers):
        places = _compass_parts_of_oblasts(sentence.text, places, gazetteer)
    return regions_of_lists(sentence.text, places, lambda p: _oblast_named(p, gazetteer)) if places else []


def _compass_parts_of_oblasts(
    sentence: str, places: list[SentencePlace], gazetteer: Gazetteer
) -> list[SentencePlace]:
    """Ground fighting "in northeastern Kharkiv", "across eastern Donetsk": the part of the oblast the
    city names (the wire services' shorthand), not a quarter of the city. Fire stays the city's ("a
    missile hit a school in northern Kharkiv")."""
    result = []
    for p in places:
        oblast = (
            _oblast_named(p.place, gazetteer)
            if p.place.kind == "city" and COMPASS_PART_BEFORE.search(sentence, max(0, p.start - 30), p.start)
            else None
        )
        result.append(SentencePlace(oblast, p.start, p.end, p.text) if oblast is not None else p)
    return result


def _crossings_named(sentence: str, places: list[SentencePlace], gazetteer: Gazetteer) -> list[SentencePlace]:
    """Add a bridge or dam named in a longer form than the gazetteer's ("the Kakhovka hydroelectric
    dam" is the Kakhovka Dam) where no place of the sentence covers the name."""
    added = []
    for m in NAMED_CROSSING.finditer(sentence):
        inside = [p for p in places if m.start() <= p.start < m.end() or p.start <= m.start() < p.end]
        if any(p.place.kind in ("bridge", "dam") for p in inside):
            continue  # the gazetteer knows this crossing by this name already
        for place in gazetteer.candidates(key(f"{m.group(1)} {m.group(2)}")):
            if place.kind in ("bridge", "dam"):
                added.append(SentencePlace(place, m.start(), m.end(), m.group()))
                break
    if not added:
        return places
    kept = [p for p in places if not any(a.start <= p.start < a.end for a in added)]
    return sorted(kept + added, key=lambda p: p.start)


def _side_id(event_id: str, side: str) -> str:
    """The id of the other side's event of the same type at the same place in one sentence."""
    return hashlib.sha256(f"{event_id}|{side}".encode()).hexdigest()[:16]


def _before_the_war(when: EventDate, published: date | None) -> bool:
    """Whether the event is dated before the war began ("On April 26, 1986, an explosion ripped through
    Chernobyl's No. 4 reactor": history the article recalls), or only by a year before the full-scale war,
    in an article of the war: "Russia seized the Crimean Peninsula in 2014" is the background a wire story
    gives, not news to map (a liberation "in the fall 2022 counteroffensive" told in 2024 is the war's, and
    mapped)."""
    if when.day is not None:
        return when.day < WAR_BEGAN
    if published is None or published.year < WAR_YEAR:
        return False
    year = YEAR_IN.search(when.text)
    return year is not None and int(year.group()) < WAR_YEAR


def _sentence_events(article: Article, sentence: Sentence, context: _Context) -> list[Event]:
    triggers, places = context.triggers, context.places
    reasons: list[tuple[bool, str | None]] = []
    for i, trigger in enumerate(triggers):
        reason = hedge(
            sentence.text, trigger.start, tuple(t.start for t in triggers if t.start > trigger.start)
        )
        if not reason and i and reasons[-1][1]:
            # "the plan involves Ukraine withdrawing its forces from X, ceding the region": the
            # participle goes on with what the verb before said, hypothetical too
            if PARTICIPLE_AFTER_COMMA.search(sentence.text, 0, trigger.end):
                reason = reasons[-1][1]
        kept = not reason or (reason in FAILED and trigger.event_type in ("advance", "retreat", "contact"))
        reasons.append((kept, reason))
    if not any(kept for kept, _ in reasons):
        return []
    phrases, previous_side = context.phrases, context.previous_side
    dates = trigger_dates(sentence.text, triggers, article.published)
    bridge = crossing_struck(sentence.text)
    # the sides that blew the sentence's crossings: a strike of the other side beside them is a blow of its
    # own ("Ukraine said it had blown up a bridge to curb a Russian advance ... as missile strikes were heard
    # throughout Kyiv"), not the bridge's
    # (each decided once: the loop below takes them from here)
    decided = {
        i: decide_actor(sentence.text, t, phrases, previous_side, context.voice)
        for i, t in enumerate(triggers)
        if bridge and t.event_type == "bridge_strike"
    }
    bridge_sides = {actor for actor, _ in decided.values()} - {"unknown"}
    # One event per type and place in a sentence, told by the event phrase nearest the place:
    # "Russia launched missiles at cities, in retaliation for an attack on the Crimean bridge".
    nearest: dict[str, tuple[tuple[bool, int], Event]] = {}
    told_by_context: dict[str, tuple[str, str]] = {}  # a side the article's context gives an event
    admin1_of: dict[str, str] = {}  # the oblast of each event's place
    strikers: set[str] = set()  # the sides the sentence's strike phrases name, placed or not
    causes: set[str] = set()  # events told as the cause of another ("in retaliation for ...")
    # a bridge or dam blown up, collapsed or sabotaged, and a blast told outside brackets (a round-up's
    # "(3 explosions)" is no blast): asked of unclaimed strikes, once a sentence
    sabotaged = SABOTAGE.search(sentence.text) is not None
    blast_told = BLAST.search(PARENTHESES.sub("", sentence.text)) is not None
    last_fire: tuple[Trigger, str] | None = None  # the sentence's last active verb of fire and its side
    downed_side: str | None = None  # the side whose weapons the sentence's first shoot-down downed
    last_fire_told: tuple[Trigger, str] | None = None  # the sentence's last phrase of fire and its side
    for i, (trigger, when, (kept, reason)) in enumerate(zip(triggers, dates, reasons, strict=True)):
        if not kept or _before_the_war(when, article.published):
            continue
        event_type = trigger.event_type
        actor, basis = decided.get(i) or decide_actor(
            sentence.text, trigger, phrases, previous_side, context.voice
        )
        if (
            trigger.event_type in FIRE_TYPES
            and last_fire is not None
            and last_fire[1] == OTHER_SIDE.get(actor)
            and SECOND_VERB_GAP.fullmatch(sentence.text, last_fire[0].end, trigger.start)
            and FIRED_VERB.fullmatch(last_fire[0].text)
            and FIRED_VERB.fullmatch(trigger.text)
            and any(last_fire[0].end <= p.start < p.end <= trigger.start and p.side == actor for p in phrases)
        ):
            # "Russian aircraft struck Ukrainian troops near Sudzha and hit Ukrainian reserves near Sumy":
            # the second verb shares the first one's subject; the side between them is the first's target
            actor, basis = last_fire[1], "agent"
        if (
            downed_side is not None
            and trigger.event_type in FIRE_TYPES
            and actor == OTHER_SIDE.get(downed_side)
            and ATTACK_OF_THE_DOWNED.search(sentence.text, max(0, trigger.start - 40), trigger.end)
        ):
            # "Ukrainian forces shot down 17 Russian drones over the Odesa region, in an attack that damaged
            # buildings in Izmail": the attack is the drones' side's, not the defenders'
            actor, basis = downed_side, "agent"
        if (
            trigger.event_type in FIRE_TYPES
            and last_fire_told is not None
            and last_fire_told[1] != "unknown"
            and FIRE_RELATIVE_GAP.fullmatch(sentence.text, last_fire_told[0].end, trigger.start)
        ):
            # "drone attacks in recent months that have damaged buildings in Moscow": the attacks' side
            actor, basis = last_fire_told[1], basis if actor == last_fire_told[1] else "agent"
        if trigger.event_type in FIRE_TYPES:
            last_fire_told = (trigger, actor)
        if trigger.text.lower() in DOWNED_WORDS and actor != "unknown" and downed_side is None:
            downed_side = actor
        if trigger.event_type in FIRE_TYPES and actor != "unknown" and not trigger.passive:
            last_fire = (trigger, actor)
        other_blow = bool(bridge_sides) and actor not in bridge_sides | {"unknown"}
        if event_type == "strike" and bridge and not other_blow and not _fire_beside_a_named_crossing(
            sentence.text, trigger, places, triggers
        ):
            event_type = "bridge_strike"
        if event_type in FIRE_TYPES and actor != "unknown":
            strikers.add(actor)
        if event_type == "advance" and actor != "unknown" and not reason:
            context.advancing.add(actor)
        # "in retaliation for an attack on the Crimean bridge": another side's attack, which decide_actor
        # leaves unknown and the sentence's other strike phrase must not name (only unknown strikes ask)
        cause = (
            actor == "unknown"
            and event_type in FIRE_TYPES
            and (
                RETALIATION.search(sentence.text, max(0, trigger.start - 60), trigger.start) is not None
                # ("The strike on Novorossiysk came as Russia pounded Kyiv": nor the clause that times it)
                or CAME_AS_AFTER.match(sentence.text, trigger.end) is not None
            )
        )
        if (
            actor == "unknown"
            and event_type in FIRE_TYPES
            and _names_no_agent(sentence.text, trigger, phrases)
        ):
            # "64 settlements ... were shelled" after "Russian forces launched 27 airstrikes": the
            # attacker the sentence before named
            attacker = _attacker_before(context.previous_text, context.voice)
            if attacker:
                actor, basis = attacker, "context"
            elif SHELLED.search(trigger.text):
                # a side's own report of shelling that names nobody ("64 settlements came under
                # fire" in the General Staff's summary) tells of the other side's fire
                voice = context.voice()
                if voice in ("UA", "RU"):
                    actor, basis = OTHER_SIDE[voice], "voice"
        if reason and event_type != "contact":
            # "did not make any confirmed gains near X", "have not withdrawn from X": fighting
            # there, and the side that did not gain (or did not leave) tells who holds the place
            event_type = "contact"
            attacked = trigger.event_type == "advance" or reason == "repelled"  # the side that failed
            if attacked:
                actor = OTHER_SIDE[actor]
            basis = "attacker" if actor != "unknown" and attacked else basis
            basis = basis if actor != "unknown" else "none"
        targets = _crossings(sentence.text, places) if event_type == "bridge_strike" else []
        targets = [t for t in targets if not answered(sentence.text, trigger, t)]
        others = tuple(t for t in triggers if t is not trigger)
        if any(
            t.end <= trigger.start
            and any(o.end <= t.start and o.event_type in FIRE_TYPES for o in others)
            for t in targets
        ):
            # "blew up the Dariivskyi bridge, they also blew up the bridge at the exit from Snihurivka": a
            # crossing named after an earlier verb of fire is that verb's, when the later one has its own
            # place after it
            own = places_for(sentence.text, trigger, places, others)
            if own and all(t.start >= trigger.end for t in own):
                targets = own
        targets = targets or places_for(sentence.text, trigger, places, others)
        if targets and GENERIC_ANTECEDENT.search(sentence.text, max(0, trigger.start - 120), trigger.start):
            # "near a group of settlements in Donetsk Oblast that Ukraine liberated": what was
            # taken are the settlements, not a place named before them
            targets = [t for t in targets if t.start > trigger.start]
        if trigger.event_type in ("advance", "retreat") and SHARE_OF_COUNTRY.match(
            sentence.text, trigger.end
        ):
            continue  # "Russia, which has seized and occupied around a fifth of Ukraine": the war's sum
        if trigger.event_type == "advance" and _axes(sentence.text, trigger, targets):
            continue  # "continue to advance around Bakhmut, Melitopol and Berdiansk": the axes
        if (
            len(targets) > 1
            and all(t.direction for t in targets)
            and SECTORS_AFTER.match(sentence.text, max(t.end for t in targets))
        ):
            # "conduct offensive operations in Melitopol and Berdiansk directions, ... inflict artillery fire
            # damage": two sectors of the front, no event at the cities they are named for
            continue
        if LARGEST_OF_THEM.match(trigger.text) and not context.advance_told_before:
            continue  # "The largest of them are X and Y" lists the taken only after a taking told
        if not targets and trigger.event_type == "retreat" and not trigger.passive:
            targets = _left_behind(sentence.text, trigger, places, context.told_before)
        for target in targets:
            if (
                target.place.kind == "region"
                and event_type in ("advance", "retreat")
                and (
                    (
                        GENERIC_OBJECT.match(sentence.text, trigger.end)
                        # "liberated more than 300 settlements in the Kharkiv region": a count of them is
                        # the region's news (as the shared gold reads "recaptured several settlements")
                        and not COUNTED.search(sentence.text, trigger.end, target.start)
                    )
                    or ONE_UNNAMED.match(sentence.text, trigger.end, target.start)
                    or THROUGH.fullmatch(sentence.text, trigger.end, target.start)
                )
            ):
                continue  # "captured a village in the Donetsk region": the article names it elsewhere
            if event_type in ("advance", "retreat") and SINCE_BEFORE.search(
                sentence.text, max(0, target.start - 12), target.start
            ):
                continue  # "the first major territorial gain since Bakhmut": a time, not where
            # "strikes on the Antonivskyi and Kakhovka bridges": the town names its crossing
            crossing_of_town = target.place.kind in POPULATED and CROSSING_NOUN_AFTER.match(
                sentence.text, target.end
            )
            on_crossing = (
                event_type == "strike"
                and (target.place.kind in ("bridge", "dam") or crossing_of_town)
                # (not "destroyed a sabotage group near the Antonovka Bridge": a strike by the bridge)
                and not CROSSING_AS_PLACE.search(sentence.text, max(0, target.start - 50), target.start)
            )
            kind = "bridge_strike" if on_crossing else event_type
            if (
                kind == "bridge_strike"
                and target.place.kind in POPULATED
                and not crossing_of_town
                and (
                    _town_beside_crossing(sentence.text, target, places)
                    or _town_fired_on_apart(sentence.text, trigger, target, places, others)
                )
            ):
                kind = "strike"  # "the attack on the Chongar bridge and the village of Chongar": the village
            if (
                kind == "bridge_strike"
                and target.place.kind in ("region", "country")
                and JOINED_BY.search(sentence.text, max(0, target.start - 60), target.start)
            ):
                continue  # "a missile attack on bridges connecting Crimea and Kherson region"
            if (
                kind == "advance"
                and ATTACK_NOUN.search(trigger.text)
                and target.place.kind in ("city", "town")
                and target.place.country == "UA"
                and article.published is not None
                and article.published >= INVASION_DAY  # (the front's days are the full-scale war's)
                and not on_front_then(target.place, article.published)
            ):
                # "the Russians launched an attack on Odesa, deploying strike drones": a city far behind the
                # line that day is attacked by fire, not stormed
                kind = "strike"
            if (
                kind == "contact"
                and TRIED_TO_ATTACK.fullmatch(trigger.text)
                and WEAPON_TRIED.search(sentence.text, 0, trigger.start)
            ):
                # "A drone from Ukraine tried to attack an oil depot in Klintsy": a drone's attempt is fire
                # at the place (as one shot down over it is), not a ground attack that failed
                kind = "strike"
            who, why = actor, basis
            if (
                kind == "advance"
                and who == "UA"
                and SHARE_HELD.fullmatch(trigger.text)
                and target.place.country == "UA"
                and HOLDING_ON.search(sentence.text) is not None
            ):
                # "said Ukraine controlled half of Toretsk amidst heavy Russian assaults": a share of its own
                # town Ukraine still holds under attack is where the line runs through it, not a gain
                kind = "contact"
            attributive = (
                kind == "advance"
                and trigger.start < target.start
                and trigger.text.lower() in ATTRIBUTIVE_TAKEN
                and ATTRIBUTIVE_BEFORE.search(sentence.text, max(0, trigger.start - 30), trigger.start)
            )
            if attributive and target.place.kind == "region":
                continue  # "shelled the liberated Kherson region 40 times": its freed part, a state, not news
            if attributive and target.place.country in ("UA", "RU"):
                # "near the recently captured Avdiivka": background told by a participle, whose taker is
                # not the sentence's subject; a place taken is the other country's taking, a place
                # liberated its own (in Moscow's voice, liberation is Russia's)
                freed = trigger.text.lower() in FREED_WORDS and context.voice() != "RU"
                owner = target.place.country
                who, why = (owner if freed else OTHER_SIDE[owner]), "history"
            if (
                kind == "advance"
                and why != "agent"
                and trigger.text.lower().startswith("incursion")
                and target.place.country in ("UA", "RU")
            ):
                # an incursion crosses into the other side's land
                who, why = OTHER_SIDE[target.place.country], "owner"
            if who == "unknown" and kind == "advance" and FRONTED_GAIN.match(sentence.text):
                comma = sentence.text.find(",", target.end)
                subject = _subject_after(phrases, comma) if comma >= 0 else None
                if subject is not None and sentence.text.find(",", trigger.end) == comma:
                    # "Following the capture of Avdiivka, Russia has intensified its offensive": the side
                    # the main clause opens with took it
                    who, why = subject.side, "agent"
            if (
                who == "unknown"
                and kind == "advance"
                and (opening := FRONTED_PARTICIPLE.match(sentence.text)) is not None
                and trigger.start < opening.end()
                and (comma := sentence.text.find(",", trigger.end)) >= 0
                and (subject := _subject_after(phrases, comma)) is not None
            ):
                # "While initially gaining ground, the Russian offensive ...": the subject gained it
                who, why = subject.side, "agent"
            if (
                why == "context"
                and context.struck_before
                and target.place.id not in context.struck_before
                # ("destroyed a depot in Donetsk Oblast. ... a video of the strike near Selydove": a town of
                # the oblast struck)
                and target.place.admin1 not in context.struck_regions
                # (but "The attacks reportedly targeted areas near Gornal" goes on with the strikes told
                # before, in many places: the strikes named again, in the plural)
                and ATTACKS_TOLD_BEFORE.match(sentence.text) is None
            ):
                # "Ukrainian drones struck a refinery in Ryazan. A missile hit Kharkiv": the sentence
                # before struck elsewhere, so it does not say who struck here
                who, why = "unknown", "none"
                if SHELLED.search(trigger.text) and (side := context.voice()) in ("UA", "RU"):
                    who, why = OTHER_SIDE[side], "voice"  # but a side's own report of shelling does
            if (
                who == "unknown"
                # (and a dam hit in the round-up: "Local media reported that the Dniester Hydroelectric
                # Station ... was hit", after Russia's drones and missiles on ten regions; not one blown up,
                # and not a bridge, whose strike told again with no side is the one told before it)
                and (
                    kind == "strike"
                    or (
                        kind == "bridge_strike"
                        and target.place.kind == "dam"
                        and not sabotaged
                        and not blast_told
                    )
                )
                and context.fire_side
                and not phrases
                # a blast in an occupied town is anyone's (a round-up's counts "(3 explosions)" are no blast);
                # in a town Ukraine holds, under a round-up of Russia's fire, it is that fire's ("Russia
                # attacked Kyiv with drones. In Bucha, a fire broke out in a residential building")
                and (
                    not blast_told
                    or (context.fire_side == "RU" and not held_by_russia(target.place, when.day))
                )
                and not MUTUAL.search(sentence.text)
                and target.place.country in ("UA", "RU")
                and target.place.country != context.fire_side
                # (nor fire in Crimea, which Russia holds: "explosions were heard in Dzhankoi, Yevpatoria")
                and not (context.fire_side == "RU" and in_crimea(target.place))
                # (not explosions in a town the round-up's side holds: "12 explosions were heard in this
                # city", Luhansk; its toll, "five were injured in Donetsk", may be the oblast's)
                and not (
                    context.fire_side == "RU"
                    and EXPLOSIONS.search(sentence.text)
                    and held_by_russia(target.place, when.day)
                )
            ):
                # "In Siversk, 2 buildings were damaged" in a round-up of Russian fire: that fire (a
                # side's fire on its own country's towns would be news the sentence tells)
                who, why = context.fire_side, "report"
            # a town or crossing Russia held behind its lines that day (asked once, of unclaimed fire only)
            behind_lines = (
                who == "unknown"
                and kind in FIRE_TYPES
                and held_by_russia(target.place, when.day)
                # a bridge "blown up" or "collapsed" as Russia left the right bank: its own demolition, as
                # likely as fire from across the river; a dam's "destruction" or "breach" told as a noun
                and not sabotaged
                and not trigger.text.lower().startswith(("destruction", "breach", "collapse", "blowing"))
            )
            if (
                who == "unknown"
                and kind in FIRE_TYPES
                and (target.place.country == "RU" or in_crimea(target.place) or behind_lines)
                # a town, an air base ("the Olenya air base"), or an oblast or republic struck from afar
                # (not a bridge there blown up: the rail bridges of Bryansk and Kursk that fell on trains
                # were sabotage)
                and (
                    target.place.kind in (*POPULATED, "other")
                    or (target.place.kind == "region" and not sabotaged)
                    or behind_lines  # the Chonhar bridge, fired on across the front
                )
                # (nor a bridge that "collapsed" under a train with no weapon told: a blast is for a claim
                # or a probe to say, "in the Zheleznogorsk district, a bridge collapsed as a train passed")
                and not (
                    kind == "bridge_strike"
                    and COLLAPSED.search(trigger.text)
                    and not FIRED_WEAPON.search(sentence.text)
                )
                # (a Ukrainian phrase says no other: "Ukraine's Defense Ministry confirmed the drone attacks")
                # ("had hit helicopters and Russian equipment at airfields near Berdiansk": what was hit)
                # (a phrase before a colon the fire follows is of another clause: "The Russian Black Sea
                # Fleet is also feeling uneasy: explosions were heard last night in Novorossiysk")
                # (nor does the place struck, when its name is a government's: "drones attacked Moscow")
                and all(
                    p.side == "UA" or _speaker_or_enemy(sentence.text, p) or damaged_thing(sentence.text, p)
                    for p in phrases
                    if p.end > sentence.text.rfind(": ", 0, trigger.start)
                    and not (target.start <= p.start < target.end and not BLAST.search(trigger.text))
                    # (nor a side of the clause that times the fire: "The strike on Novorossiysk came as
                    # Russia pounded Kyiv")
                    and not (cause and p.start >= trigger.end)
                )
                # a blast is for a claim or a probe to say; a fire after a drone strike is the drone's
                and (
                    not BLAST.search(sentence.text)
                    or FIRED_WEAPON.search(sentence.text)
                    or FIRE_OF_ATTACK.search(sentence.text)  # "As a result of the attack, a fire broke out"
                    # "A hit at the ammunition depot at Mariupol airport was confirmed": a hit is from afar
                    or HIT_AT.search(sentence.text)
                    # "explosions rocked Sevastopol", "explosions rocked Belgorod overnight": the explosions
                    # of a strike from afar, on occupied ground or in Russia (a bomb planted stays a blast)
                    or (
                        EXPLOSIONS.search(sentence.text)
                        and not _planted(sentence.text)
                        and not sabotaged
                    )
                )
            ):
                # "the border crossing point of X was destroyed", X a town in Russia: fire on Russia
                # in a sentence that names no side at all is Ukraine's (a blast stays for a claim or
                # a probe to say; "Russia said a drone struck" leaves it to the reporter's word)
                who, why = "UA", "owner"
            if (
                who == "RU"
                and why in ("voice", "context")
                and kind == "strike"
                and target.place.country == "RU"
                # (not where ground changed hands, Kursk and Belgorod: Russia's fire lands there too; Bryansk
                # Oblast, raided but never held, is no such place: "the drone was downed in the Klintsy
                # district"; nor is a town no raid ever held: "The Russian city of Belgorod and its center
                # came under massive shelling", told by a Ukrainian outlet)
                and (
                    target.place.admin1 not in GROUND_CHANGED_HANDS
                    or target.place.population >= NEVER_HELD_POPULATION
                )
            ):
                # '"A drone was eliminated over the territory of Saratov overnight," the governor said' in a
                # story that opens with Ukraine's claim: a drone downed over Russia far from the border was
                # Ukraine's, whoever the sentence is read as told by (nor is "An energy facility was attacked
                # in the Voronezh region" Russia's for the Russia the sentence before named)
                who, why = "UA", "owner"
            if (
                who == "unknown"
                and kind == "strike"
                and target.place.country == "UA"
                and not in_crimea(target.place)
                and not behind_lines
                and AIRSTRIKE.search(sentence.text)
                and not MUTUAL.search(sentence.text)
            ):
                # "today airstrikes attacked Oskil": only Russia's air force bombs Ukraine's towns (Ukraine's
                # strikes on ground Russia held that day are left to the side the sentence names)
                who, why = "RU", "weapon"
            if (
                who == "unknown"
                and kind in FIRE_TYPES
                # (fire told with no day of its own, "pummelled for the last three days", is the news of
                # the article's day)
                and held_by_ukraine(target.place, when.day or article.published)
                # (a blast that missiles set off is no bomb planted: "Five missiles hit Dnepropetrovsk while
                # a strong blow with the subsequent detonation was registered in Krivoi Rog")
                and (not _planted(sentence.text) or FIRED_WEAPON.search(sentence.text))
                and not MUTUAL.search(sentence.text)
            ):
                # "the city of Nikopol was hit by artillery and rocket fire", "explosions were reported in
                # Lviv": fire on ground Russia never held is Russia's (sabotage stays for a probe to say)
                who, why = "RU", "owner"
            if (
                who == "unknown"
                and kind == "advance"
                and CLOSED_ROUND.search(trigger.text)
            ):
                # "Mariupol has been encircled and under constant attack": a town closed round by no side
                # named, by the side that does not hold it that day
                outside = side_against_holder(target.place, when.day or article.published)
                if outside:
                    who, why = outside, "owner"
            if (
                who == "unknown"
                and kind == "advance"
                and target.back_reference
                and trigger.passive
                and previous_side
                and ORDINAL_REFERENCE.match(target.text)
            ):
                # "The defence forces struck near X and Y. The first village was captured ...": taken
                # by the side the sentence before sent in
                who, why = previous_side, "context"
            if (
                who == "unknown"
                and kind == "advance"
                and not any(p.start < target.end for p in phrases)  # no side named before the place
                # "the settlements captured are", "The largest of them are"
                and (trigger.text.lower() in PARTICIPLES_OF_TAKING or LARGEST_OF_THEM.match(trigger.text))
                and context.advanced_before
                and not target.back_reference  # "The city was captured in July" is history
            ):
                # "Russia's Defence Ministry said its forces gained control of villages in the Donetsk region.
                # Among the settlements captured are X, Y and Z": taken by the side just told of
                who, why = context.advanced_before, "context"
            if why == "verb" and kind == "advance" and target.place.country == "RU" and who == "UA":
                who = "RU"  # a liberation of a village in Russia's Kursk region is Russia's
            if (
                who == "unknown"
                and kind == "advance"
                and target.place.country == "RU"
                and ENTERED.match(trigger.text)
                and not trigger.passive
            ):
                # "a sabotage group entered the territory of the Bryansk region of Russia": who crosses into
                # Russia comes from Ukraine
                who, why = "UA", "owner"
            if (
                who == "RU"
                and kind == "advance"
                and target.place.country == "RU"
                and ENTERED.match(trigger.text)
                and RUSSIAN_IRREGULARS.search(sentence.text, 0, trigger.start)
            ):
                # "Russian volunteers have entered the territory of the Belgorod Oblast", "the Russian militia
                # groups entered Russia's Belgorod and Kursk oblasts": Russians who fight for Ukraine
                who, why = "UA", "agent"
            if (
                kind in FIRE_TYPES
                and who != "unknown"
                and BLAMED_ON_EACH_OTHER.search(sentence.text)
            ):
                who, why = "unknown", "none"  # "each side blames the other for the destruction of the dam"
            if kind == "contact":
                holder = held_by(sentence.text, target.start)
                who, why = (holder, "agent") if holder else (actor, basis)
                if not target.back_reference and _held_against_the_map(
                    trigger, who, target.place, when.day or article.published
                ):
                    # "Today, the settlements of Novenke and Basivka ... are under the control of the Russian
                    # Federation": a side holds what the other held, the news of its taking
                    kind = "advance"
            own_day = when
            if ";" in sentence.text[trigger.end : target.start]:
                # "seized X by 9 October 2024; Y by 23 February 2025": Y's clause dates Y
                own_day = (
                    semicolon_clause_date(sentence.text, trigger.end, target.start, article.published) or when
                )
            event = _event(article, context.article_id, sentence, trigger, kind, who, why, target, own_day)
            # a side named beats none ("Avdiivka fell, and Russian forces raised their flag"; "explosions
            # rang out in Belgorod when drones of the Russian Volunteer Corps struck ..."), then nearness
            # ("Ukraine struck the headquarters of the Black Sea Fleet in Crimea, the building was damaged,
            # and a fire broke out": the strike named beats the damage told after it)
            unnamed = who == "unknown" and kind in ("advance", "retreat", "strike", "bridge_strike")
            rank = (unnamed, chars_between(trigger, target))
            if (
                event.event_id in nearest
                and kind in ("advance", "retreat")
                and trigger.role == "agent"
                and why == "agent"
                and (told := nearest[event.event_id][1].actor) != who
                and "unknown" not in (told, who)
            ):
                # "captured by Russian forces in the first months before being retaken by Ukraine": each
                # side's event at the place, the second under an id of its own
                event = replace(event, event_id=_side_id(event.event_id, who))
            if event.event_id not in nearest or rank < nearest[event.event_id][0]:
                nearest[event.event_id] = rank, event
                admin1_of[event.event_id] = target.place.admin1
            if cause:
                causes.add(event.event_id)
            if why in FROM_CONTEXT:
                told_by_context.setdefault(event.event_id, (who, why))
            if (
                who != "unknown"
                and kind in ("advance", "retreat")
                and (
                    TWO_SIDED.search(trigger.text)
                    or (not trigger.passive and DROVE_OUT.search(trigger.text))
                    or (
                        not trigger.passive
                        and PUSHED_BACK.search(trigger.text)
                        and not ATTEMPT_PUSHED.match(sentence.text, trigger.end)
                        and not COMPASS_AFTER.match(sentence.text, trigger.end)
                        and not target.back_reference  # ("pushed back the Russian forces in this area")
                    )
                    or (CEDED.fullmatch(trigger.text) and CEDED_TO.match(sentence.text, trigger.end))
                    or (
                        kind == "advance"  # (not "the loss of all their positions": a withdrawal, told alone)
                        and LOSS_NOUN.match(trigger.text)
                        and LOSS_OWNED.search(sentence.text, max(0, trigger.start - 30), trigger.start)
                    )
                )
            ):
                # "Russian invaders were driven out of Novodarivka", "We lost control over Loskutivka": one
                # side's loss is the other's gain, and a report may be read for either; both are told
                twin_kind = "retreat" if kind == "advance" else "advance"
                twin = _event(
                    article,
                    context.article_id,
                    sentence,
                    trigger,
                    twin_kind,
                    OTHER_SIDE[who],
                    "implied",
                    target,
                    when,
                )
                if twin.event_id not in nearest:
                    nearest[twin.event_id] = rank, twin
                    admin1_of[twin.event_id] = target.place.admin1
    events = [event for _, event in nearest.values()]
    if (
        len(strikers) == 1
        and not blast_told
        and not BLAMED_ON_EACH_OTHER.search(sentence.text)
    ):
        # "five missiles were shot down by Russian air defence responding to the attack on Sevastopol":
        # the attack the sentence names no side for is the one its other strike phrase does
        events = _with_side(events, next(iter(strikers)), "context", FIRE_TYPES, causes)
    if told_by_context:
        # "as a result of shelling in X, two houses were damaged": the nearer "damaged" names
        # nobody, and the shelling's side (from the report's voice) is the strike's
        events = [
            replace(e, actor=told_by_context[e.event_id][0], actor_basis=told_by_context[e.event_id][1])
            if e.actor == "unknown" and e.event_id in told_by_context
            else e
            for e in events
        ]
    sides = {e.actor for e in events if e.event_type == "strike" and e.actor != "unknown"}
    if (
        len(sides) == 1
        and not any(e.actor_basis == "agent" for e in events)
        and not blast_told
    ):
        # "Donetsk and the settlements of Gorlovka, Panteleymonovka, Vladimirovka, and Peski were
        # targeted": fire that names no side, its side found for some places (held by Russia, struck in
        # the article before), is that side's on every place of the sentence
        events = _with_side(events, next(iter(sides)), "list", ("strike",))
    takers = {e.actor for e in events if e.event_type == "advance" and e.actor_basis == "agent"}
    if len(takers) == 1 and "unknown" not in takers and not CONTRAST.search(sentence.text):
        # "saw Avdiivka and Vuhledar fall to the Russian onslaught, with last month Velyka Novosilka as well
        # as Kurakhove falling": places that fell, in one sentence with the side they fell to
        events = _with_side(events, next(iter(takers)), "list", ("advance",))
    # "Ukrainian troops retreated from Popasna, the governor said, confirming reports that it had been
    # taken": a place one side's troops left is taken by the other, when the taking names no side itself
    leavers = {
        (e.place_id, e.actor) for e in events if e.event_type == "retreat" and e.actor_basis == "agent"
    }
    events = [
        replace(e, actor=OTHER_SIDE[e.actor], actor_basis="implied")
        if e.event_type == "advance"
        and e.actor_basis in ("voice", "context")
        and (e.place_id, e.actor) in leavers
        else e
        for e in events
    ]
    # where the line moved, a contact at the same place adds nothing
    moved = {e.place_id for e in events if e.event_type in ("advance", "retreat")}
    events = [e for e in events if e.event_type != "contact" or e.place_id not in moved]
    if len(events) < 2 or not any(e.place_kind == "region" for e in events):
        return events
    # "advancing through the Donetsk region, capturing Novohrodivka": the town says where; the
    # region adds a second, vaguer pin for the same move
    # (only by towns of that region: in "advanced in northern Sumy Oblast and near Kupyansk and
    # Siversk" the Sumy Oblast move is one of its own)
    # (a raion is such a place too: "killed in Donetsk region by shelling of Pokrovsk district")
    local = [e for e in events if e.place_kind in POPULATED or e.place_id.startswith(RAION_PREFIX)]
    named = {(e.event_type, e.actor, admin1_of[e.event_id]) for e in local}
    # "During the counteroffensive in the Kherson region, the Armed Forces liberated X, Y and Z": the
    # region's move names no side of its own, and the towns taken are where it went
    named |= {(kind, "unknown", admin1) for kind, _, admin1 in named}
    # "In the northern Sumy region, a boy was killed ... by Russia firing on the city of Hlukhiv": fire
    # on a town of the region says where the region was hit
    struck_in = {(e.actor, admin1_of[e.event_id]) for e in local if e.event_type == "strike"}
    return [
        e
        for e in events
        if not (
            e.place_kind == "region"
            and e.event_type in ("advance", "retreat")
            and (e.event_type, e.actor, e.place) in named
            # (a whole region taken is news of its own: "captured Lysychansk and taken full control of
            # Luhansk region")
            and not WHOLE_REGION.search(e.sentence)
        )
        and not (e.place_kind == "region" and e.event_type == "strike" and (e.actor, e.place) in struck_in)
    ]


def _axes(sentence: str, trigger: Trigger, targets: list[SentencePlace]) -> bool:
    """Whether an ongoing advance names the axes it runs along, not places gained: "continue to
    advance around Bakhmut, Melitopol and Berdiansk" lists three towns far apart (a General Staff
    summary's directions, the farthest ones far behind the line, named for the big cities they
    lead to)."""
    if not targets or not CONTINUE_TO.search(sentence, max(0, trigger.start - 40), trigger.start):
        return False
    if all(t.direction for t in targets):
        return True  # "continue to advance ... in the Kupyansk and Vovchansk directions": sectors, no gain
    if len(targets) < AXES_MIN:
        return False
    if not any(t.place.population >= AXIS_CITY for t in targets):
        return False  # "continued advancing near Kupiansk, Bakhmut and Avdiivka": towns on the line
    return any(
        km_apart(a.place, b.place) > AXES_SPREAD_KM for i, a in enumerate(targets) for b in targets[i + 1 :]
    )


THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
STRIKE_NOUN = re.compile(r"(?:strike|attack|airstrike)s?", re.IGNORECASE)


def _names_no_agent(sentence: str, trigger: Trigger, phrases: list[ActorPhrase]) -> bool:
    """Whether a strike names no side but as a place's owner, and is fire (a blast or an explosion
    nobody owned up to stays unknown): "glide bombs struck five locations across the city"."""
    if BLAST.search(trigger.text) or (
        BLAST.search(sentence)
        and not SHELLED.search(trigger.text)
        # (nor "a video of the strike near Selydove — an initial explosion is followed by ...": the strike
        # told before, its explosions seen)
        and not (
            THE_BEFORE.search(sentence, max(0, trigger.start - 5), trigger.start)
            and STRIKE_NOUN.fullmatch(trigger.text)
        )
    ):
        return False  # (but "a fire broke out as a result of shelling" was shelling)
    return all(
        PLACE_OWNER.search(sentence, 0, p.start)
        # (nor the side that took the place: "at the Dzhankoi air base, on the peninsula seized by Moscow")
        or (p.start > trigger.end and TAKEN_BY_BEFORE.search(sentence, max(0, p.start - 25), p.start))
        # (nor does the speaker of the sentence's closing attribution: ", President Zelenskiy said.")
        or (
            p.start > trigger.end
            and CLOSING_SPEAKER_BEFORE.search(sentence, max(0, p.start - 30), p.start) is not None
            and CLOSING_SAID_AFTER.match(sentence, p.end) is not None
        )
        for p in phrases
    )


# After a strike, the side that took the place it hit: "on the peninsula seized by Moscow in 2014".
TAKEN_BY_BEFORE = re.compile(r"\b(?:annexed|occupied|seized|captured)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# A speaker's verb right after a phrase that closes its sentence: "..., President Volodymyr Zelenskiy said."
CLOSING_SPEAKER_BEFORE = re.compile(r",\s+(?:[A-Z][\w'’.-]+\s+){0,3}$")
CLOSING_SAID_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’.-]+){0,3}\s+(?:said|says|stated|added|wrote|told\s+\w+)\s*[.;]?\s*$"
)


# Before the side a report is told by: "according to Russia's Defense Ministry".
ACCORDING_TO = ("according to ", "according to the ")
# After a side's possessive, a region of its own: "Russia's Saratov Oblast", "Ukraine's Sumy region".
# A side named as who took or holds a place: "annexed by Russia", "occupied by Russian forces".
# ("Mikhail Razvozhaev, appointed by the Russian Federation": whose official, not who struck)
HELD_BY_BEFORE = re.compile(
    r"\b(?:annexed|occupied|held|controlled|appointed|installed)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)
OWNED_REGION_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:Oblast|[Rr]egion|Krai|Republic|[Pp]rovince)\b"
)


def _speaker_or_enemy(sentence: str, phrase: ActorPhrase) -> bool:
    """Whether a side's phrase is "the enemy" of whoever speaks ("a place where enemy aircraft are
    concentrated") or only speaks ("Ukraine's General Staff said", "several Russian governors claimed
    drone attacks on Belgorod and Kursk"): neither names another striker."""
    if ENEMY_WORDS.search(sentence, phrase.start, phrase.end):
        return True
    end = phrase.end + 2 if sentence[phrase.end : phrase.end + 2] in ("'s", "’s") else phrase.end
    if end > phrase.end and PLACE_OWNER.search(sentence, max(0, phrase.start - 30), phrase.start):
        return True  # "in Russia's southern Krasnodar Krai": where, not who
    if MEDIA_AFTER.match(sentence, end):
        return True  # "the Russian Telegram news channel Astra claimed": a reporter
    if sentence[max(0, phrase.start - 2) : phrase.start] == ", " and COUNTRY_CLOSING.match(
        sentence, phrase.start
    ):
        return True  # "drones attacked an oil refinery in Novoshakhtinsk, Russia.": where, not who
    if OWNED_PLACE_AFTER.match(sentence, end):
        return True  # "the Russian city of Novorossiysk", "the central Russian republic of Bashkortostan"
    if country_as_place(sentence, phrase):
        return True  # "In Russia, drones attacked", "the Rostov region of the Russian Federation": where
    if HELD_BY_BEFORE.search(sentence, max(0, phrase.start - 25), phrase.start):
        return True  # "Sevastopol, on the peninsula of Crimea annexed by Russia in 2014": whose, not who
    under = sentence[max(0, phrase.start - 6) : phrase.start].lower() == "under "
    if under and HOLDING_AFTER.match(sentence, end):
        return True  # "explosions in Luhansk, which has been under Russian occupation since 2014": whose
    if sentence[max(0, phrase.start - 17) : phrase.start].lower().endswith(ACCORDING_TO):
        return True  # "came under drone attack, according to Russia's Defense Ministry": who tells
    if end > phrase.end and OWNED_REGION_AFTER.match(sentence, end):
        return True  # "Russia's Saratov Oblast, including the cities of Saratov and Engels": whose region
    if DIRECTION_OF_BEFORE.search(sentence, max(0, phrase.start - 40), phrase.start):
        return True  # "the Ramenskoye district, about 50 kilometers southeast of the Kremlin": a landmark
    if CAPITAL.fullmatch(sentence, phrase.start, phrase.end) and (
        PLACE_PREPOSITION_BEFORE.search(sentence, max(0, phrase.start - 12), phrase.start)
        or REGION_WORD_AFTER.match(sentence, phrase.end)
    ):
        return True  # "a massive drone attack on Moscow and the Moscow Region": the city and its oblast
    return SAID_AFTER.match(sentence, end) is not None


# Air defence that downed what was fired, right before its verb: "The Air Defense Forces destroyed all enemy
# targets. The wreckage fell in ...": no attacker.
AIR_DEFENCE_BEFORE = re.compile(r"\bair[\s-]+defen[cs]es?\b[^.;]{0,40}$", re.IGNORECASE)


@lru_cache(maxsize=64)  # each strike of a sentence asks about the same sentence before
def _attacker_before(previous: str, voice: Callable[[], str | None]) -> str | None:
    """The one side that struck in the sentence before ("following a Russian attack on the
    Ukrainian city of Kharkiv"), or None when it names none, or both. ``voice`` is whose statement
    this sentence reports: the one before, in the same report, means by "the enemy" what it does
    ('"Overnight, the enemy attacked four municipal areas. Strikes have been carried out on
    Shchastye"' in an occupation head's statement is Ukraine's fire)."""
    if not previous or not STRIKE_WORDS.search(previous):
        return None
    phrases = find_actor_phrases(previous, voice() if ENEMY_WORDS.search(previous) else None)
    if not phrases:
        return None
    sides = set()
    for trigger in find_triggers(previous):
        if trigger.event_type in FIRE_TYPES and not AIR_DEFENCE_BEFORE.search(
            previous, max(0, trigger.start - 60), trigger.start
        ):
            side, _ = decide_actor(previous, trigger, phrases)
            if side != "unknown":
                sides.add(side)
    if not sides:
        side, _ = named_attacker(previous, phrases)
        if side != "unknown":
            sides.add(side)
    return sides.pop() if len(sides) == 1 else None


def _left_behind(
    sentence: str, trigger: Trigger, places: list[SentencePlace], told_before: frozenset[str]
) -> list[SentencePlace]:
    """ "Ukrainian forces have withdrawn to X, north of Y": X is where they went and the point
    north of Y is X again; the withdrawal is from Y only when the article has just told of Y (an
    event there in the sentence before, or the title), and then at Y itself."""
    heading = heading_to(sentence, trigger, places)
    return [
        replace(places[i], exact=True)
        for i, why in heading.items()
        if why == "locator" and places[i].place.id in told_before and places[i].place.kind in POPULATED
    ]


def _headline_told_again(events: list[Event], headlined: set[str]) -> list[Event]:
    """A headline's gain, loss or fire placed at a region ("Russia liberates key Donbass stronghold",
    "Ukrainian forces retreat from 3 villages in Donetsk Oblast", "Russians hit Chernihiv Oblast, killing
    two"), or a gain or loss a sentence told of places it did not name ("seized control of another
    village in the Donetsk region"), is the one the article goes on to place at its towns: dropped when
    the article places one of the same type and side within HEADLINE_REGION_KM of that region's point."""
    told = [e for e in events if e.event_id not in headlined and e.place_kind != "region"]
    return [
        e
        for e in events
        if not (
            e.event_id in headlined
            and e.event_type in ("advance", "retreat", "strike")
            and any(
                t.event_type == e.event_type and t.actor == e.actor and km_apart(t, e) <= HEADLINE_REGION_KM
                for t in told
            )
        )
    ]


def _bridges_located(
    events: list[Event], sentences: list[Sentence], sentence_of: dict[str, int], mentions: list[Mention]
) -> list[Event]:
    """A strike on a bridge placed only at a region or river moves near the town the next sentence
    puts the bridge at: "struck a key bridge in Russia's Kursk region. The bridge, located near
    Glushkovo, lies ..." is near Glushkovo (precision 2), if Glushkovo lies in that region."""
    result = []
    for e in events:
        index = sentence_of.get(e.event_id)
        if e.event_type == "bridge_strike" and e.place_kind in ("region", "river") and index is not None:
            if index + 1 < len(sentences):
                town = _bridge_town(sentences[index + 1], mentions, e)
                if town is not None:
                    e = replace(_moved_to(e, town.place), mention=town.text)
        result.append(e)
    return result


def _bridge_town(sentence: Sentence, mentions: list[Mention], event: Event) -> Mention | None:
    text = sentence.text
    if "bridge" not in text and "crossing" not in text and "dam" not in text:
        return None
    for m in mentions:
        if not sentence.start <= m.start < sentence.end or m.place is None or m.place.kind not in POPULATED:
            continue
        if event.place_kind == "region" and m.place.admin1 != event.place:
            continue  # the town must lie in the region the strike was reported in
        if BRIDGE_LOCATED.search(text, 0, m.start - sentence.start):
            return m
    return None


# A relative pronoun right before a verb of fire: ", which damaged a bridge" tells what the fire before did.
WHICH_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _fire_beside_a_named_crossing(
    sentence: str, trigger: Trigger, places: list[SentencePlace], triggers: list[Trigger]
) -> bool:
    """Whether a phrase of fire governs only oblasts while the sentence names its crossing elsewhere:
    "strikes targeted infrastructure in the Ivano-Frankovsk and Dnipropetrovsk regions, while ... struck
    the Srednedniprovskaya hydroelectric plant" is fire on the oblasts and a strike on the dam."""
    if not any(p.place.kind == "region" for p in places) or not any(
        p.place.kind in ("bridge", "dam") for p in places
    ):
        return False  # (most sentences of a crossing name no oblast beside it)
    others = tuple(t for t in triggers if t is not trigger)
    own = places_for(sentence, trigger, places, others)
    if not own or not all(p.place.kind == "region" for p in own):
        return False
    # ... by a phrase of fire of its own ("Russian troops struck the ... hydroelectric plant"), not one that
    # tells what this fire did ("a missile strike on Odesa Region, which damaged a bridge in Zatoka")
    return any(
        t.event_type in FIRE_TYPES
        and not WHICH_BEFORE.search(sentence, max(0, t.start - 20), t.start)
        and any(
            p.place.kind in ("bridge", "dam")
            for p in places_for(sentence, t, places, tuple(o for o in triggers if o is not t))
        )
        for t in others
    )


def _one_strike_per_bridge(events: list[Event], mentions: Sequence[Mention]) -> list[Event]:
    """One bridge near one town struck by one side is one event in an article, told again ("the
    attack on the bridge over the Seym River in the Glushkovo district"); a retelling that names no
    side is the same strike too, also when it is placed by another name nearby (the river the
    bridge crosses, beside the town it was placed at); and so is a strike on a bridge "in the Kursk
    region" (a headline's) by the side that struck one by a town of that oblast."""
    sides: dict[str, set[str]] = {}
    named: list[Event] = []
    for e in events:
        # (a side accused by the other is a claim: the news of the crossing's fall that names nobody stays)
        if e.event_type == "bridge_strike" and e.actor != "unknown" and e.actor_basis != "accused":
            sides.setdefault(e.place_id, set()).add(e.actor)
            named.append(e)
    admin1 = {m.place.id: m.place.admin1 for m in mentions if m.place is not None}
    placed_in = {(n.actor, admin1.get(n.place_id)) for n in named if n.place_kind != "region"}
    seen: set[tuple[str, str]] = set()
    result = []
    for e in events:
        if e.event_type == "bridge_strike":
            if e.actor == "unknown" and (e.place_id in sides or any(_near(e, n) for n in named)):
                continue
            if e.place_kind == "region" and (e.actor, e.place) in placed_in:
                continue
            if (e.place_id, e.actor) in seen:
                continue
            seen.add((e.place_id, e.actor))
        result.append(e)
    return result


def _near(a: Event, b: Event) -> bool:
    """Whether two events' points are within RETOLD_KM of each other."""
    return km_apart(a, b) <= RETOLD_KM


def _oblast(place: Place, gazetteer: Gazetteer) -> Place | None:
    """The oblast (a region of the gazetteer) a populated place lies in, or None."""
    if not place.admin1:
        return None
    for candidate in gazetteer.candidates(key(place.admin1)):
        if candidate.kind == "region" and candidate.country == place.country:
            return candidate
    return None


def _one_region_named(name: str, gazetteer: Gazetteer) -> Place | None:
    """The one first-order region a name stands for ("Kirovohrad": Kirovohrad Oblast), or None."""
    named = regions_named(key(name), gazetteer)
    return named[0] if len(named) == 1 else None


def _oblast_named(place: Place, gazetteer: Gazetteer) -> Place | None:
    """The oblast of a place that gives the oblast its name (Kharkiv, Dnipro for Dnipropetrovsk Oblast),
    or None: "the Balakliya and Izyum regions" are the districts round two towns, which pin better at
    the towns than at the whole of Kharkiv Oblast."""
    named = regions_named(key(place.name), gazetteer)
    if place.kind == "city" and len(named) == 1:
        return named[0]  # "the Kyiv, Chernihiv, Sumy regions": Kyiv Oblast, not the capital's own region
    oblast = _oblast(place, gazetteer)
    if oblast is None or not any(r.id == oblast.id for r in named):
        return None
    return oblast


# Between two towns of one list: ", ", " and ", ", and the village of ".
TOWN_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?")


def _crossings(sentence: str, places: list[SentencePlace]) -> list[SentencePlace]:
    """For a strike on bridges: the bridges or dams named and the towns a bridge is placed by ("a
    smaller bridge near Zatoka"), else the river they cross."""
    named = [p for p in places if p.place.kind in ("bridge", "dam")]
    found = list(named)
    for p in places:
        at = BRIDGE_AT.search(sentence, 0, p.start) if p.place.kind in POPULATED else None
        if at and not any(q.start <= at.start() <= q.end for q in named):
            found.append(p)  # "a smaller bridge near Henichesk"; not "the Antonivskyi bridge near Kherson"
        elif p.place.kind in POPULATED and named and _town_beside_crossing(sentence, p, places):
            found.append(p)  # "the attack on the Chongar bridge and the village of Chongar"
        elif (
            p.place.kind in POPULATED
            and found
            and found[-1].place.kind in POPULATED
            and TOWN_LIST_GAP.fullmatch(sentence, found[-1].end, p.start)
        ):
            found.append(p)  # "blew up 3 road bridges near the towns of Tsyrkuny and Ruski Tyshky": both
    if found:
        return found
    rivers = [p for p in places if p.place.kind == "river"]
    # (not a town the blow was meant to shield: "blew up a bridge across the Irpin River to prevent an enemy
    # breakthrough toward Kyiv")
    crossing = CROSSING_WORD.search(sentence)
    after = crossing.end() if crossing else len(sentence)
    towns = [p for p in places if p.place.kind in POPULATED and not PURPOSE.search(sentence, after, p.start)]
    if len(rivers) == 1 and len(towns) == 1 and km_apart(towns[0].place, rivers[0].place) <= RIVER_TOWN_KM:
        # "shelling ... in the Karyzh village: a third bridge over the Seim River was damaged": the
        # bridge is the town's, on the stretch of the river beside it
        return towns
    return rivers


def _event(
    article: Article,
    article_id: str,
    sentence: Sentence,
    trigger: Trigger,
    event_type: str,
    actor: str,
    basis: str,
    target: SentencePlace,
    when,
) -> Event:
    place = target.place
    lon, lat = place.lon, place.lat
    precision = 3 if place.kind in ("region", "river") else 1
    if is_located(place) or is_listed(place) or place.approximate:
        # a village the data lacks, put where the text says or among the villages listed with it; or
        # one the data knows only by its raion centre's point
        precision = 2
    if place.kind in POPULATED and (area := AREA_AFTER.match(sentence.text, target.end)):
        # "in the Lyman community": somewhere in the town's community (2), or its district (3)
        precision = max(precision, 3 if area.group(1) else 2)
    if event_type == "bridge_strike" and place.kind in POPULATED:
        precision = 2  # a bridge at a town: near the place, not the place itself
    if target.goal:
        precision = max(precision, 2)  # "advanced towards Pokrovsk": near the town it headed for
    if target.direction or AXIS.match(sentence.text, target.end):
        precision = 3  # "in the Pokrovsk direction": somewhere along the axis, not in the town
    offset = None if target.exact else find_offset(sentence.text, target.start, target.end)
    if offset is not None and ABOUT_IT.match(sentence.text, target.end) and trigger.start > target.end:
        offset = None  # "40 km north of Sievierodonetsk, which Russia captured": the capture is of the city
    if offset is not None:
        lon, lat = apply_offset(lon, lat, offset)
        precision = max(precision, offset.precision)
    digest = hashlib.sha256(f"{article_id}|{sentence.start}|{event_type}|{place.id}".encode()).hexdigest()[
        :16
    ]
    return Event(
        event_id=digest,
        event_type=event_type,
        actor=actor,
        place=place.name,
        place_id=place.id,
        place_kind=place.kind,
        lon=round(lon, 5),
        lat=round(lat, 5),
        geo_precision=precision,
        date=when.day.isoformat() if when.day else None,
        date_precision=when.precision,
        sentence=sentence.text,
        article_id=article_id,
        title=article.title,
        source=article.source,
        published=article.published.isoformat() if article.published else None,
        url=article.url,
        mention=target.text,
        actor_basis=basis,
    )


# A share of a whole country after a verb of taking: "seized and occupied around a fifth of Ukraine", "holds
# about 18% of Ukraine's territory".
SHARE_OF_COUNTRY = re.compile(
    r"(?:\s+and\s+\w+)?\s+(?:(?:around|about|nearly|almost|roughly|some|more\s+than|over|close\s+to)\s+)?"
    r"(?:(?:a|one|two)\s+(?:fifth|quarter|third|half|fifths|thirds)|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))"
    r"\s+of\s+(?:the\s+)?(?:Ukraine|Russia|the\s+country|Ukrainian\s+territory|Ukraine['’]s\s+territory)\b",
    re.IGNORECASE,
)
CROSSING_OBJECT_CHARS = 40  # a verb's crossing lies this near after it: "destroyed the remaining two bridges"


def _town_fired_on_apart(
    sentence: str,
    trigger: Trigger,
    target: SentencePlace,
    places: list[SentencePlace],
    others: tuple[Trigger, ...],
) -> bool:
    """Whether fire that names no crossing lands on a town before the crossing the sentence names:
    "Russia launched missiles at Kyiv in retaliation for an attack on the Crimean bridge" is a strike
    on Kyiv (the bridge is the other phrase's), and so is "shelled the towns of Pavlograd and Synetskyi,
    and destroyed bridges to Lysychansk", where the bridges have a verb of their own after the town."""
    if CROSSINGS.search(trigger.text) or target.start <= trigger.start:
        return False
    if any(p.place.kind in ("bridge", "dam") and p.start > target.end for p in places):
        return True
    # (not "striking a pontoon bridge over the Oskil near Kupiansk-Vuzlovyi": the town places the verb's own
    # crossing; nor "as a result of shelling of buildings in Karyzh, a bridge was damaged": the shelling's
    # damage, told in the passive)
    return CROSSINGS.search(sentence, trigger.end, target.start) is None and any(
        o.start >= target.end
        and o.event_type in FIRE_TYPES
        and not o.passive
        and CROSSINGS.search(o.text) is None
        and CROSSINGS.search(sentence, o.end, o.end + CROSSING_OBJECT_CHARS) is not None
        for o in others
    )


def _town_beside_crossing(sentence: str, target: SentencePlace, places: list[SentencePlace]) -> bool:
    """Whether a town is struck as a target of its own, joined by "and" to a bridge or dam the sentence
    names ("the attack on the Chongar bridge and the village of Chongar"), not the crossing's place."""
    crossings = [p for p in places if p.place.kind in ("bridge", "dam") and p.end <= target.start]
    return bool(crossings) and TOWN_ALSO.fullmatch(sentence, crossings[-1].end, target.start) is not None


def _same_event_same_actor(events: list[Event]) -> list[Event]:
    """An event the article reported before with a named agent keeps that agent when told again.

    "Russia's Defense Ministry said its forces had taken control of Soledar. 'The liberation of
    the city of Soledar was completed,' the spokesman said": the liberation is the same Russian
    advance, not the Ukrainian one a liberation usually is. (An event of another day is another
    event: "Ukrainian forces liberated Trostianets on March 26 ... It was occupied on March 6.")
    """
    named: dict[tuple[str, str], tuple[str, str | None]] = {}
    result = []
    for e in events:
        key = (e.event_type, e.place_id)
        if (
            e.actor_basis == "verb"
            and key in named
            and named[key][0] != e.actor
            and _same_days(e.date, named[key][1])
        ):
            e = replace(e, actor=named[key][0], actor_basis="article")
        elif e.actor_basis == "agent":
            named[key] = (e.actor, e.date)
        result.append(e)
    # "the withdrawal from the Kurakhove pocket", told again with nobody named, is the withdrawal the
    # article named a side for (when it named one side only)
    sides: dict[tuple[str, str], set[str]] = {}
    for e in result:
        if e.actor_basis == "agent" and e.actor != "unknown":
            sides.setdefault((e.event_type, e.place_id), set()).add(e.actor)
    return [
        replace(e, actor=next(iter(side)), actor_basis="article")
        if e.actor == "unknown"
        and e.actor_basis == "none"
        and e.event_type in ("advance", "retreat")
        and len(side := sides.get((e.event_type, e.place_id), set())) == 1
        else e
        for e in result
    ]


# A share of a place held ("controlled half of", "holds parts of", "now control most of").
SHARE_HELD = re.compile(r"(?:\w+\s+)*?(?:holds?|control(?:s|led)?|occup(?:y|ies))\b.*\bof", re.IGNORECASE)
# ... told of the side holding on: "still", "amid heavy Russian assaults", "despite".
HOLDING_ON = re.compile(
    r"\b(?:still|despite|amid(?:st)?\s+(?:[\w-]+\s+){0,3}?(?:assaults?|attacks?|offensives?|pressure|fighting))\b",
    re.IGNORECASE,
)

RETOLD_DAYS = 3  # an event told again may be dated this many days from its first telling


def _same_days(one: str | None, other: str | None) -> bool:
    """Whether two events' days may be one day told twice (a missing day fits any)."""
    if one is None or other is None:
        return True
    return abs((date.fromisoformat(one[:10]) - date.fromisoformat(other[:10])).days) <= RETOLD_DAYS


# A day told by the one before: "a guided bomb was used in an attack in Zaporizhzhia on the same night".
SAME_DAY = re.compile(
    r"\b(?:on\s+)?(?:the\s+same|that\s+same|later\s+that|earlier\s+that)\s+"
    r"(?:day|night|evening|morning|afternoon)\b",
    re.IGNORECASE,
)


def _on_the_same_day(events: list[Event]) -> list[Event]:
    """The events, each with no day of its own whose sentence says it came "on the same night" (or "later
    that day") dated to the day of the last event before it that has one."""
    result, last_day = [], None
    for e in events:
        if (
            e.date_precision == "week"
            and last_day
            and ("same" in e.sentence or " that " in e.sentence)
            and SAME_DAY.search(e.sentence)
        ):
            e = replace(e, date=last_day, date_precision="day")
        elif e.date_precision == "day":
            last_day = e.date
        result.append(e)
    return result


def _taken_long_ago(events: list[Event], published: date | None, gazetteer: Gazetteer) -> list[Event]:
    """A place said to have been taken months ago, by nobody named, was taken from its country.

    "The city was captured in July" in a September story is history the reader knows: a Ukrainian
    city taken is Russia's advance, a Russian village taken (Kursk, 2024) Ukraine's. Recent events
    are left to the article's context; the basis is recorded as ``history``.
    """
    if published is None:
        return events
    result = []
    for e in events:
        if e.actor == "unknown" and e.event_type == "advance" and e.date is not None:
            days = (published - date.fromisoformat(e.date)).days
            place = gazetteer.get(e.place_id)
            if (days > CONTEXT_MAX_DAYS or e.date_precision == "month") and place is not None:
                taker = {"UA": "RU", "RU": "UA"}.get(place.country)
                if taker:
                    e = replace(e, actor=taker, actor_basis="history")
        result.append(e)
    return result


def _with_side(
    events: list[Event], side: str, basis: str, kinds: tuple[str, ...], skip: Collection[str] = ()
) -> list[Event]:
    """The events, each of ``kinds`` that names no side (and whose id is not in ``skip``) given ``side``,
    decided on ``basis``."""
    return [
        replace(e, actor=side, actor_basis=basis)
        if e.actor == "unknown" and e.event_type in kinds and e.event_id not in skip
        else e
        for e in events
    ]


def _counted_near(mention: str, sentence: str) -> bool:
    """Whether the sentence names ``mention`` only as the town that unnamed places it counts lie near."""
    starts = [m.start() for m in re.finditer(re.escape(mention), sentence)]
    return bool(starts) and all(COUNTED_NEAR.search(sentence, max(0, s - 60), s) for s in starts)


def _named_as_area(mention: str, sentence: str) -> str | None:
    """"district" or "community" when the sentence names ``mention`` only as one ("Zolochivska TG",
    "Kharkiv district"; not "Borova TG, Borova village", which names the village too), else None."""
    found = re.finditer(re.escape(mention), sentence)
    words = [area_after(sentence, mention, m.start(), m.end()) for m in found]
    if not words or any(w is None for w in words):
        return None
    return "district" if any(w.group(1) for w in words) else "community"


def _struck_again(events: list[Event]) -> list[Event]:
    """A strike by nobody named on a place the article says one side struck, and no other, is that
    side's strike told again: "Ukrainian drones struck a refinery in the Saratov region ... The
    General Staff reported a series of explosions at the Saratov refinery". The basis is ``article``."""
    sides: dict[str, set[str]] = {}
    for e in events:
        if e.event_type == "strike" and e.actor != "unknown":
            sides.setdefault(e.place_id, set()).add(e.actor)
    return [
        replace(e, actor=next(iter(sides[e.place_id])), actor_basis="article")
        if e.event_type == "strike" and e.actor == "unknown" and len(sides.get(e.place_id, ())) == 1
        else e
        for e in events
    ]


def _strikes_of_article_side(
    events: list[Event],
    mentions: Sequence[Mention],
    published: date | None,
    unplaced_fire: dict[str, int] | None = None,
) -> list[Event]:
    """Give unknown-actor strikes the side the article clearly shows attacking, where they land in
    the country that side attacks.

    "Ukraine's air force said it tracked drones targeting the regions of Kharkiv and Dnipro" in a
    report of a Russian air attack is Russia's fire; "a refinery in Novoshakhtinsk was also hit" in
    a report of Ukrainian drones on Russia is Ukraine's. A blast stays for a claim or a probe to
    say, a strike in the attacker's own country ("drones were shot down over Belgorod" in a report
    of Russian fire) stays unknown, and so does every strike when both sides attack in the article.
    ``unplaced_fire`` counts the fire each side was told making with no place named ("Russian
    missiles slammed into a town in southern Ukraine, killing seven"). The basis is recorded as
    ``article``.
    """
    striking = dict(unplaced_fire or {"UA": 0, "RU": 0})
    for e in events:
        if e.event_type in FIRE_TYPES and e.actor in striking:
            striking[e.actor] += 1
    countries = {m.place.id: m.place.country for m in mentions if m.place is not None}
    if not any(striking.values()):  # no fire told by whom: the side that takes the other's ground
        striking = _invading(events, countries, published)
    side = max(striking, key=striking.get)
    if striking[side] < CONTEXT_MIN_EVENTS or striking[OTHER_SIDE[side]]:
        return events
    target_country = OTHER_SIDE[side]  # Russia's fire lands in Ukraine, Ukraine's in Russia
    result = []
    for e in events:
        if (
            e.event_type == "strike"
            and e.actor == "unknown"
            and countries.get(e.place_id) == target_country
            and _recent(e, published)
            and (not BLAST.search(e.sentence) or COUNTED_BLASTS.search(e.sentence))
            and not MUTUAL.search(e.sentence)  # "the intense mutual shelling near Verbove": both sides'
        ):
            e = replace(e, actor=side, actor_basis="article")
        result.append(e)
    return result


def _invading(events: list[Event], countries: dict[str, str], published: date | None) -> dict[str, int]:
    """The recent advances of each side into the other's country: "tanks, mortars and aircraft
    hammered Syrotyne and Lysychansk" in a report of Russia's gains in Luhansk Oblast is Russia's fire
    (and shelling in Kursk Oblast in a report of Ukraine's incursion Ukraine's). A side that takes
    back its own ground says nothing of whose the fire is."""
    invading = {"UA": 0, "RU": 0}
    for e in events:
        if e.event_type == "advance" and e.actor in invading and _recent(e, published):
            if countries.get(e.place_id) == OTHER_SIDE[e.actor]:
                invading[e.actor] += 1
    return invading if min(invading.values()) == 0 and max(invading.values()) >= 2 else {"UA": 0, "RU": 0}


def _recent(e: Event, published: date | None) -> bool:
    """Whether ``e`` is the article's news (within two weeks of it), not history."""
    if e.date is None or published is None:
        return True
    days = abs((published - date.fromisoformat(e.date)).days)
    return e.date_precision != "month" and days <= CONTEXT_MAX_DAYS


def _with_article_context(events: list[Event], published: date | None) -> list[Event]:
    """Give unknown-actor advances and retreats the side the article clearly shows advancing.

    "The loss of Kharkiv" in an article whose other events are Ukrainian advances and Russian
    withdrawals is a Ukrainian advance. Only recent events (the article's news, not history such
    as "captured in July") take the article's side, and the basis is recorded as ``article``.
    """
    advancing = {"UA": 0, "RU": 0}
    for e in events:
        if not _recent(e, published):
            continue
        if e.event_type == "advance" and e.actor in advancing:
            advancing[e.actor] += 1
        elif e.event_type == "retreat" and e.actor in advancing:
            advancing[OTHER_SIDE[e.actor]] += 1
    side = max(advancing, key=advancing.get)
    other = OTHER_SIDE[side]
    if advancing[side] < CONTEXT_MIN_EVENTS or advancing[side] < CONTEXT_RATIO * advancing[other]:
        return events
    result = []
    for e in events:
        if e.actor == "unknown" and e.event_type in ("advance", "retreat") and _recent(e, published):
            e = replace(e, actor=side if e.event_type == "advance" else other, actor_basis="article")
        result.append(e)
    return result
