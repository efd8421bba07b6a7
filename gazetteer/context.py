"""The words around a name that say whether it is a place, and which kind.

Kept apart from the resolver so the word lists can be read and extended in one place.
"""

from __future__ import annotations

import re

from .names import word_key

# A word right after a name that names its kind: "Dnipro River", "Kharkiv region", "Kerch bridge".
KIND_SUFFIXES: dict[str, str] = {
    "river": "river",
    "oblast": "region",
    "region": "region",
    "province": "region",
    "oblasts": "region",
    "regions": "region",
    "provinces": "region",
    "raion": "region",
    "district": "region",
    "bridge": "bridge",
    "dam": "dam",
    "reservoir": "dam",
    "hpp": "dam",
}

# Words right after a name (or after a list of names: "occupied Soloviove and Semenivka villages")
# that make it a populated place; the name's span does not take them in.
POPULATED_SUFFIXES = frozenset(
    "village villages settlement settlements hamlet hamlets town towns city".split()
)

# Words after a name and a hyphen that make the compound an adjective of the government or of where
# someone is from ("Moscow-controlled", "Kyiv-backed", "Kharkiv-based"): no mention of the place.
COMPOUND_ADJECTIVE_WORDS = frozenset(
    """controlled held backed occupied based led installed appointed run allied aligned friendly leaning
    funded supported sponsored imposed annexed loyal born built made designed trained supplied linked
    affiliated connected""".split()
)

# Words right before a name that make it a populated place, or a region.
PLACE_CUES = (
    "city of", "town of", "village of", "settlement of", "hamlet of", "port of", "suburb of",
    "villages of", "settlements of", "towns of", "cities of", "hub of",
)  # fmt: skip
REGION_CUES = ("region of", "province of", "oblast of", "republic of")

# A capitalised word after a name usually means the name is part of a longer proper noun
# (Kyiv Post, Moscow Komsomolets, Volodymyr Zelensky); these capitalised words do not.
NOT_NAME_CONTINUATIONS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december on in at and or but as while after before since
    during near governor gov mayor regional military administration council direction front axis sector
    city oblast region province district raion airport station port offensive counteroffensive
    rma ova oda mva cma rva oil refinery depot terminal airfield airbase international border crossing
    checkpoint drama theater theatre""".split()
    # ("the head of the Dnipropetrovsk RMA": its military administration; "the Gubkin Oil Depot",
    # "the Tuapse Refinery", "the Sudzha International Automobile Border Crossing Point": a facility named
    # after its town, in the town; "the Mariupol Drama Theater")
)
# Capitalised words that may stand right before a place name without making it part of another
# name: directions and sizes ("Eastern Ukraine", "Greater Kharkiv"). Other capitalised words
# there ("Ukrainska Pravda", "Novaya Gazeta") mean the name is part of a longer proper noun.
NAME_PREFIXES = frozenset(
    """north south east west northern southern eastern western central greater upper lower old new
    occupied liberated""".split()
)
# Lower-case nouns that make "the X ..." a place used attributively: "the Bakhmut direction".
ATTRIBUTIVE_NOUNS = frozenset(
    """direction axis sector front frontline area areas district raion outskirts offensive
    counteroffensive bridgehead salient pocket garrison operation battle defenders grouping cauldron
    highway road railway railroad region oblast province suburb suburbs countryside agglomeration hub junction
    forest forests ledge bulge enclave perimeter approaches defence defense defences defenses line
    fortress stronghold airfield airbase refinery depot plant factory station sectors directions
    fronts axes counterattack assault campaign breakthrough encirclement siege dam reservoir bridge
    bridges crossing checkpoint community communities hromada hromadas municipality municipalities council
    districts raions regions oblasts provinces airport aviation base center centre terminal facility oil
    substation arsenal shipyard port zone park complex complexes works enterprise refineries depots plants
    factories stations airfields airports bases seaport harbour harbor terminals pipeline
    range ranges polygon compound barracks missile launch site cosmodrome testing""".split()
    # ("the Yavoriv military range", "the Kapustin Yar missile launch site")
)
# Lower-case nouns of a town's own buildings and offices: "the Kupiansk district administration building",
# "the Izium hospital". They make "the X ..." a town used attributively, as ATTRIBUTIVE_NOUNS do, but only
# a town with people counted: a surname names hospitals too ("the Pavlov hospital" of Kyiv).
FACILITY_NOUNS = frozenset(
    """administration hospital hospitals school schools university market prison church cathedral theatre
    theater museum hotel stadium clinic""".split()
)
# Words before "of X" that make X part of a water body's name: "the Sea of Azov".
WATER_CUES = ("sea of", "gulf of", "bay of", "strait of", "lake of")

# Given names that are also places (Volodymyr is a city in Volyn, Sofia a capital); before a
# capitalised surname, or as a preceding word, they mark a person.
GIVEN_NAMES = frozenset(
    """volodymyr vladimir oleksandr oleksandra aleksandr alexander alexandr serhii serhiy sergei sergey
    vyacheslav viacheslav
    dmytro dmitry dmitri andriy andrii andrei andrey mykola nikolai nikolay vitaliy vitalii vitaly
    oleksii oleksiy alexei alexey yevgeny yevhen evgeny mykhailo mikhail valerii valery valeriy
    denys denis daniil danylo petro pyotr pavlo pavel yuliia yulia sofia olena elena iryna irina
    kateryna ekaterina tetiana tatiana anatoliy anatoly ivan ihor igor roman ruslan kyrylo kirill
    maria mariia natalia nataliya anna viktor victor bohdan borys boris oleh oleg yurii yuri yury
    vasyl vasily hennadiy gennady ramzan rustem emmanuel antony joe donald garry sergiy hanna ganna
    taras olha olga oksana svitlana halyna galina liudmyla lyudmyla lyudmila larysa larisa tamara inna
    alla valentyna valentina maryna marina daria darya polina alina diana nina raisa sasha misha
    kostiantyn konstantin stepan fedir fyodor maksym maxim artem artyom yaroslav vadym vadim arsen
    rostyslav sviatoslav hryhorii grigory heorhii georgy semen semyon leonid anton yevhenii ilya illia
    yakiv yakov nazar orest ostap ulyana sofiia solomiia""".split()
)

# Words that, when a name follows "the", make a river (or a region) likelier than a city:
# cities do not take the article, "the Dnipro" and "the Oskil" are rivers.
ARTICLE_KINDS = ("river", "region", "bridge", "dam", "other")

# Words in an article that make a bare river-city name (Dnipro) the river.
RIVER_CONTEXT = re.compile(
    r"\bbanks? of the\b|\bcrossings?\b|\bupstream\b|\bdownstream\b"
    # (not "airstrikes across the country": a land, no water crossed)
    r"|\bacross the (?!country|nation|region|oblast|province|city|front|border|world|globe|continent|line"
    r"|board|spectrum|east|west|north|south)",
    re.IGNORECASE,
)

# The countries of the war: Ukraine, Russia, and Belarus and Moldova beside them. Their places may be named
# as adjectives ("the Bakhmut direction"), make up an article's theatre, and are the only ones a careless
# copy glues a word to.
WAR_COUNTRIES = ("UA", "RU", "BY", "MD")

# Cues that point to a village rather than a town of the same name ("the village of Pokrovske").
# ("settlement" is every populated place in Russian statements: "the settlement of Krasnoarmeysk".)
VILLAGE_CUES = ("village of", "hamlet of", "villages of", "village", "villages", "hamlet", "hamlets")
# ("near the cities of Zaporozhye and Artemovsk": the plural of a list too)
# ("the logistics hub of Lyman": a town, not a village of the name)
TOWN_CUES = ("city of", "town of", "port of", "suburb of", "cities of", "towns of", "hub of")

# Words that are names of something else in war reporting: news agencies and monitors quoted in
# every report (RIA, TASS, AP, AFP, ISW; Syria's SANA and India's ANI, which reprint them: not Sanaa
# or Yuncheng), short words a gazetteer holds as foreign places, the months
# as datelines shorten them ("said on Jan. 23": not Ya'an in China), Poland's parliament (the
# Sejm), whose key is the river Seym's, weapons some town is also called (a Pantsir system), and the
# Ukrainian acronyms of the occupied territories (TOT, TOR: not Tor, Sloviansk's name until 1784), and
# "Skhid" (East), the Air Command and Operational Command of that name, not a quarter of Luhansk.
NOT_PLACE_WORDS = frozenset(
    """ria tass ap afp isw unian interfax ukrinform reuters bbc cnn dpa efe ansa xinhua kyodo novosti
    sputnik izvestia kommersant rbc suspilne babel an al sejm duma jan feb mar apr jun jul aug sep sept oct
    nov dec pantsir iskander kinzhal kalibr shahed geran himars smerch uragan oniks onyx zircon tsirkon lancet
    krasnopol tor tot sana ani skhid""".split()
)
# ... by their spelling-independent key, for the words spelt many ways (Pantsir, Pantsyr, Панцирь)
NOT_PLACE_KEYS = frozenset(word_key(word) for word in ("pantsir", "kinzhal", "kalibr", "geran", "tsirkon"))
# A place name right before one of these names a military unit: "the Azov regiment", "Dnipro battalion",
# and its men as Moscow names them ("2,439 Azov nationalists", "Aidar militants").
UNIT_WORDS = frozenset(
    """regiment regiments battalion battalions brigade brigades division divisions corps battlegroup
    detachment squadron legion militia fleet nationalists militants""".split()
)
# A command of troops named for a place, right after its name: "the Dnipro operational and strategic
# group of troops", "the Khortytsia operational-tactical group", "the Dnipro group of forces", "OSGT".
UNIT_GROUP_AFTER = re.compile(
    r"\s+(?:(?:operational|operative)(?:[- ]and[- ]|[- ])(?:strategic|tactical)\s+group"
    r"|group\s+of\s+(?:troops|forces)|(?:OSGT|OSUV|OTG|OSG)\b)",
    re.IGNORECASE,
)
# Words after "X-Y" that make it two places joined by a route or an area ("the Marinka-Pavlivka road");
# otherwise "X-Y" is one name ("Kleban-Byk") and X alone is not it.
ROUTE_WORDS = frozenset(
    """road roads highway highways motorway railway railways railroad railroads rail line lines route axis
    direction directions front sector area areas border corridor section stretch frontline bridgehead
    salient pocket""".split()
)

# Words after a town's adjective that make it the name of a sector of the front ("Pokrovske front").
SECTOR_WORDS = frozenset(
    {"front", "direction", "axis", "sector", "ledge", "salient", "bulge", "pocket", "bridgehead", "cauldron"}
    | {"fronts", "directions", "axes", "sectors"}  # the last of a list: "the Lyman and Kupyansky directions"
)
# The rest of a list of sectors after its first name, up to their shared noun: ", Lyman and Kupyansky
# directions" (the first, "Pokrovsky", is a town's adjective as much as "the Pokrovsky direction" is).
SECTOR_LIST_AFTER = re.compile(
    r"(?:,\s*[A-Z][\w'’-]+){0,4},?\s+(?:and|or)\s+[A-Z][\w'’-]+\s+"
    r"(?:fronts|directions|axes|sectors|ledges|salients|bridgeheads)\b"
)
# Keys of the Ukrainian adjective endings -ське (neuter) and -ський (masculine: -sky, -skyi, -skiy).
TOWN_ADJECTIVE_ENDINGS = ("ske", "ski")
# ... and the key of one cut short by a translation ("the Lymansk direction"), read as -ski.
CUT_ADJECTIVE_ENDING = "sk"
# The words after a town's adjective cut back to its stem ("the Dobropil direction", "Polohiv district",
# "Synelnykiv region" for the raion), and how such stems end (-iv, -il, -yn, -ets: Polohivskyi,
# Dobropilskyi), so that few words are tried.
# ("the head of Kurakhiv city military administration", "the Kurakhiv reservoir dam")
STEM_AREA_WORDS = frozenset(
    {"direction", "front", "sector", "axis", "district", "raion", "region", "city", "community", "reservoir"}
)
STEM_ENDINGS = ("iv", "il", "yn", "ets")
# How a town's name changes in its adjective (keys, after -ski/-ske is cut off): Novopavliv-ka ->
# Novopavliv-skyi, Kurakhove -> Kurakhiv-skyi, Huliaipole -> Huliaipil-skyi, Sumy -> Sum-skyi.
ADJECTIVE_STEM_ENDINGS = (
    ("iv", "ivka"), ("iv", "ove"), ("ov", "ove"), ("ov", "ovka"), ("ev", "evka"), ("il", "ole"), ("", "i"),
    ("ov", "ivka"),  # a Russian stem with the Ukrainian ending: "Kostiantynovsky" is Kostiantynivka's
    ("iv", "i"),  # Polohy -> Polohiv-skyi
)  # fmt: skip
# "Pry-" (Ukrainian) or "Pri-" (Russian) before a river's adjective names the land along it: the
# Prydniprovskyi sector is the Dnipro's, in Kherson region, not the town of Prydniprovsk.
ALONG_RIVER_PREFIX = "pri"
# Words after a name that make it the name of a direction (sector) of the front, not the place of an
# event: "in the Kramatorsk sector", "the Pokrovsk and Toretsk directions".
DIRECTION_WORDS = frozenset("direction directions axis axes sector sectors front fronts".split())
# A mention that names a direction carries a reason starting with this (and Mention.direction).
DIRECTION_REASON = "names a direction of the front"
# Words after (or before) a name that make it the name of a group of forces, not a place: "the Vostok
# (East) group of forces", "the Tavria group", "the Odesa operational-strategic group", "Battlegroup Center".
GROUP_AFTER = (
    # ("the ‘Dnipro’ group": quoted; "the Seversk tactical and operational command's leadership")
    r"[’'\"”»]?\s*(?:\([^()\n]{1,30}\)\s*)?"
    r"(?:operational[- ](?:and[- ])?(?:strategic|tactical)\s+|tactical[- ](?:and[- ])?operational\s+"
    r"|operational\s+)?"
    r"(?:group|groups|grouping|groupings|command)\b"
)
GROUP_BEFORE = (
    # ("the Operational Command Skhid (East) reports": Ukraine's regional commands)
    r"\b(?:battle\s*group|group(?:ing)?\s+of\s+(?:forces|troops)|group|grouping|OSG|OTG|OSGT|OTU"
    r"|operational\s+command)"
    r"\s+[\"“«']?$"
)
# The occupier's names for oblasts ("the Donetsk People's Republic", "DPR") name its administration as
# often as the land: they are places only where a place may stand ("in the DPR", "across the
# self-proclaimed LPR", "(DPR)" after the full name), not in "an official representing the DPR".
OCCUPATION_STATE_KEYS = frozenset({"dpr", "lpr", "dnr", "lnr", "днр", "лнр"})
OCCUPATION_STATE_WORDS = "people republic"  # the key of "People's Republic"
LOCATIVE_BEFORE = (
    r"(?:\b(?:in|into|across|throughout|within|inside|to|near|of\s+the\s+so-called)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,2}|\("
    # "in the Kiev-controlled area of the DPR", "in the areas of … the Donetsk People's Republic"
    # ("on the front lines of the Donetsk People's Republic", "settlements of the DPR")
    r"|\b(?:areas?|parts?|territor(?:y|ies)|sections?|outskirts|lines|fronts?|borders?|settlements|villages"
    r"|towns|cities)\s+of\s+(?:…\s*|\.\.\.\s*)?(?:the\s+)?"
    # ground taken: "reported to Putin on the liberation of the Luhansk People's Republic", "control over
    # the entire LPR"
    r"|\b(?:liberation|capture|occupation|seizure|takeover|recapture)\s+of\s+(?:the\s+)?"
    r"(?:entire\s+|whole\s+)?"
    r"|\bcontrol\s+(?:of|over)\s+(?:the\s+)?(?:entire\s+|whole\s+)?)$"
)
