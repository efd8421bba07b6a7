"""Where an event happened: the place its verb governs, not every place in the sentence.

A sentence's places are its resolved mentions (countries and metonyms left out: "Kyiv's forces" is
an actor, not a location), plus back-references ("the city", "the town") that stand for the last
populated place named before them. For a trigger, the place after an active verb ("recaptured
Izyum", "withdrew from Kharkiv") or before a passive one ("the city of Izyum was recaptured") wins;
places joined to it by "and" come along ("the loss of Izyum and nearby Kupyansk").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from gazetteer import Mention, Place
from gazetteer.capitals import CAPITALS, SEAT_BEFORE, as_government
from gazetteer.city_districts import city_id_of
from gazetteer.context import WAR_COUNTRIES
from gazetteer.raions import RAION_PREFIX
from gazetteer.reading import DASHES
from geo.events.forces import FORCE_NOUNS
from geo.events.modality import DASHED_ASIDE, FEARED_AFTER
from geo.events.record import FIRE_TYPES
from geo.events.triggers import CAME_AS_AFTER, FACILITY_NOUNS, SIMULTANEOUS, Trigger

POPULATED = ("city", "town", "village")
# An oblast's possessive right before a name of it: "the Sumy region's Yunakivka".
POSSESSIVE_BEFORE = re.compile(r"['’]s\s+")
# Between two event phrases of one object, joined nouns: "shelling and an infantry incursion near Sudzha".
CONJOINED_PHRASE = re.compile(r"\s+and\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}")
# A place named as a district or community in the possessive: the places after it are in it.
AREA_POSSESSIVE = re.compile(r"\s+(?:district|raion|community|hromada|municipality)['’]s\s", re.IGNORECASE)
# The building of an office named after its town, hit: "the Kupiansk city military administration building".
_OFFICE_BUILDING = r"(?:buildings?|headquarters|premises|offices?)"
# "Kyiv's forces", "Moscow forces", "Kremlin's claim": a capital standing for its government or army.
METONYM_AFTER = re.compile(
    rf"(?:'s|’s|´s)?\s+(?:(?!(?:with|by|and|or|at|on|in|from|to|of|near|using|against|as)\b)[\w-]+\s+)?"
    rf"(?:{FORCE_NOUNS}|government|officials?|leadership|claims?|"
    r"invasion|counter-?offensive|offensive|regime|authorities|administration|command"
    # ("A Kyiv security source said the strike aimed to ...")
    r"|emergency services|rescuers|police|governor|mayor|sources?|gov(?=\.))\b"
    # not "the Morozovsk military airfield": a place of the army's is a place (with a word between: "the
    # Poltava Military Communications Institute")
    r"(?!(?:\s+[A-Z][\w-]+)?\s+(?:airfield|airbase|air base|airport|aerodrome|base|depot|facility|facilities"
    r"|hospital|academy"
    r"|institute|barracks|warehouse|enlistment|town|unit|installation|range|ranges|training|polygon|camp"
    # ... nor "the Smolensk Aviation Plant": a works named for the arm it builds for
    r"|plants?|factory|factories|works|enterprise"
    # ... nor "the Kapustin Yar missile launch site": a range named for its town
    r"|launch|launchers?|sites?|test|testing|cosmodrome))"
    # ... nor "the Kupiansk city military administration building": an office's building, where it was hit
    rf"(?!(?:\s+[\w-]+){{0,2}}\s+{_OFFICE_BUILDING}\b)",
    re.IGNORECASE,
)
# The oblast's capital, told by its title: "the regional center", "the regional capital".
REGIONAL_CENTRE = re.compile(r"\bthe\s+regional\s+(?:cent(?:re|er)|capital)\b(?!\s+of\b)", re.IGNORECASE)
# ... as a back reference: an oblast's city, so a Ukrainian or Russian one ("transfers to Chelm will be
# organised ... the regional centre and 44 settlements were de-energised" is no Polish town's news).
REGIONAL_CENTRE_WORD = "regional centre"
# The country's capital told by its title: "explosions were heard ... in the capital" (the capital the
# article named before; not "the capital region", Kyiv's oblast, nor "the capital of X").
# ("the capital Kyiv", "the capital, Kyiv": named right after, no reference)
THE_CAPITAL = re.compile(
    r"\bthe\s+capital\b(?!\s+(?:region|oblast|city\s+of|of)\b)(?!,?\s+(?-i:[A-Z]))", re.IGNORECASE
)
CAPITAL_WORD = "capital"
REGIONAL_COUNTRIES = ("UA", "RU")
# A base named for one town and placed in another: "the Saky military airfield in Novofedorivka".
BASE_IN = re.compile(
    r"\s+(?:military\s+|air\s+force\s+|naval\s+)?(?:airfield|air\s*base|aerodrome|naval\s+base"
    # ... or a works named for its oblast: "the Tambov Gunpowder Plant in Kotovsk"
    r"|(?:[A-Z][\w-]+\s+){1,2}(?:Plant|Factory|Works|Arsenal))\s+"
    r"(?:in|at|near)\s+(?:the\s+)?(?:(?:village|town|settlement)\s+of\s+)?"
)
# An opening that sets a place aside for the ones the sentence goes on to: "Besides Lozova, ...".
BESIDES = re.compile(r"\s*(?:besides|apart from|aside from|in addition to)\s+[^,;]{1,60},", re.IGNORECASE)
# A crossing named as shut: "the closure of the Crimean Bridge".
CLOSURE_BEFORE = re.compile(r"\b(?:closure|closing|reopening)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
CLOSED_AFTER = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?(?:shut(?:\s+down)?|closed|blocked)\b",
    re.IGNORECASE,
)
# A place's possessive before a city it ranks: "Zaporizhzhia's second largest city" is not Zaporizhzhia.
RANKED_CITY = re.compile(
    r"['’]s\s+(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest)\s+(?:city|town|settlement)\b",
    re.IGNORECASE,
)
# The war's countries and their neighbours, where its fire can land; elsewhere a place takes an event
# only as the verb's object, written within NEAR_VERB characters of it.
NEIGHBOURHOOD = frozenset({"UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU", "GE", ""})
NEAR_VERB = 25
# A far country's capital as the subject of a verb of policy: "since Washington started delivering the
# missiles".
GOVERNMENT_VERB_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|first\s+)*(?:started|began|agreed|approved|delivered"
    r"|decided|supplied|sent|provided|announced|said|says|pledged|allowed|authori[sz]ed|gave|imposed)\b"
)
# What a capital after it is a side of: "the latest gain for Kyiv", "a setback for Moscow".
GAIN_FOR = re.compile(
    r"\b(?:gains?|victory|victories|wins?|loss|losses|blow|setbacks?|success|boost|prize)\s+(?:for|to)\s+$",
    re.IGNORECASE,
)
# Events of ground fighting, whose place a strike told in a participle after them does not take.
GROUND_TYPES = ("advance", "retreat", "contact")
# A place in an official's title is where the speaker governs, not where the event was: "the governor
# of Luhansk region, Serhiy Haidai, said", "Kharkiv regional governor", "the Donetsk military administration".
# The occupied part of a region a title names: "emergency services of the annexed part of Zaporizhzhia".
_OCCUPIED_PART = r"(?:(?:annexed|occupied|Russian-controlled)\s+part\s+of\s+(?:the\s+)?)?"
TITLE_BEFORE = re.compile(
    # (a scare-quoted word too: 'head of the occupation “administration” of the Luhansk region')
    r"\b(?:governor|administration|head|mayor|governor-general)[”\"’']?\s+of\s+(?:the\s+)?"
    r"(?:(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern"
    r"|south-?western|northeastern|northwestern|southeastern|southwestern|frontline|front-line|border)\s+)?"
    # ("the Kremlin-appointed head of the partially occupied Kherson region", "emergency services of the
    # annexed part of Zaporizhzhia")
    r"(?:(?:partially\s+|temporarily\s+)?(?:occupied|annexed|Russian-occupied|Russian-controlled)\s+)?"
    rf"{_OCCUPIED_PART}$"
    # "the spokesman for the regional administration in Odessa, Serhiy Bratchuk, said"
    r"|\b(?:regional|military|state|city|oblast)\s+administration\s+in\s+$"
    # "the police of the Kharkiv region reported", "the State Emergency Service in the Kharkiv region"
    r"|\b(?:police|emergency\s+services?|prosecutor['’]?s?\s+office)\s+(?:of|in)\s+(?:the\s+)?"
    rf"{_OCCUPIED_PART}$",
    re.IGNORECASE,
)
TITLE_REACH = 60  # characters before a place that its title may take
# A capital's officials: "Kiev officials", "Moscow authorities" speak for the government there.
SERVED_FOR_BEFORE = re.compile(r"\bfor\s+$")
CAPITAL_OFFICIALS = re.compile(r"\s+(?:officials|authorities|government|leadership|politicians|diplomats)\b")
MAYOR_OF = re.compile(
    r"\bmayor\s+of\s+(?:the\s+)?(?:(?:partially\s+|temporarily\s+)?(?:occupied|Russian-occupied)\s+)?$",
    re.IGNORECASE,
)
TITLE_AFTER = re.compile(
    r"(?:\s+(?:region|oblast))?(?:['’]s)?\s+(?:(?:regional|oblast)\s+)?"
    r"(?:governor|gov(?=\.)|(?:(?:regional|state|city)\s+)?(?:military\s+)?administration"
    # (but not the office's building, hit: "drones hit the Kupiansk city administration building")
    rf"(?!\s+{_OFFICE_BUILDING}\b)"
    # ("the head of the Dnipropetrovsk RMA": a regional military administration, by its initials)
    r"|(?-i:RMA|OVA|ODA|MVA|CMA|RVA)"
    # "the Kharkiv regional prosecutor's office said"
    r"|(?:regional\s+|city\s+)?prosecutor['’]?s?(?:\s+office)?|(?:regional\s+|city\s+)police"
    # ("Dnipropetrovsk regional head Serhiy Lysak reported")
    r"|(?<=regional )(?:head|chief))\b",
    re.IGNORECASE,
)
# A governor's title before the office it heads: "The Governor of the Lviv Regional State Administration".
GOVERNOR_OF = re.compile(r"\bgovernor\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# The words of a title after a capital that make it the oblast's ("Cherkasy Governor"; not "Kharkiv city
# military administration").
OBLAST_TITLE = re.compile(r"\b(?:governor|gov|regional|oblast|region|RMA|OVA|ODA)\b", re.IGNORECASE)
TITLE_CUES = (
    "overnor", "dministration", "rosecutor", "police", "head of", "Head of", "ayor of", "MA", "OVA",
    "al head", "al chief", "mergency",
)  # fmt: skip
# Before a dateline's second city: the first and a slash ("KYIV/LVIV:").
JOINED_DATELINE = re.compile(r"\s?(?:[A-Z][\w'’.-]+/)+")
# After a dateline's city: an optional date, an optional agency, then a colon or a dash.
DATELINE = re.compile(
    r"(?:/[A-Z][\w'’.-]+)*"  # "KYIV/LVIV:": the cities of a story filed from two
    r"(?:,\s*(?:Russia|Ukraine|Belarus|Poland|Moldova|Türkiye|Turkey|Georgia|Romania))?"  # "MOSCOW, Russia -"
    # (a date with or without its commas: "Kyiv March 4 2022:")
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s*\d{4})?"
    r"|,?\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s*\d{4})?)?\s*"  # ("Kiev, 13 April 2025 (dpa/MIA) -")
    r"(?:\((?:Reuters|AP|AFP|Xinhua|dpa|UNIAN|Sputnik|TASS|RIA Novosti|Interfax|IANS|Anadolu|AA|Ukrinform"
    # any outlet's name: "Kyiv (Brussels Morning Newspaper) –"
    r"|[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})(?:/[A-Za-z.]+)*\))?"
    # ("KYIV >> At least 51 people were killed": a reprint's mark)
    r"\s*(?::|—|–|•|>>|»|-(?=\s)|(?<=\s)-)"  # "KYIV (Reuters) -Russia has captured": Reuters' web copy
    # ... or a full date and no mark at all: "Kyiv, July 28, 2014 Ukrainian Armed Forces troops occupied"
    r"|,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s+(?=[A-Z])"
    # ... or a city in capitals and its country, the mark lost in a copy: "KYIV, Ukraine Russian missiles"
    r"|(?<=[A-Z]{3}),\s*(?:Ukraine|Russia)\s+(?=[A-Z][a-z])"
)
# From a place to an event phrase in a clause that describes it: "the Kursk region in Russia, where
# Ukrainian troops launched" (a country after the place may stand between).
# ... or of areas it does not name: "near areas where Ukrainian forces have captured swaths of territory".
UNNAMED_WHERE = re.compile(
    r"\b(?:near|in|to|around|into|from|of)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:areas|territories|places|parts|zones|villages|settlements|positions)\s+where\s+[^,;:.()]*$"
)
WHERE_REACH = 120
WHERE_CLAUSE = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+)?,\s+where\s+[^,;:.()]*")
# A place that only measures where the event was: "The city is around 25 kilometres south from where Russia
# has taken a string of villages" (the villages lie 25 km north of it; the city was not taken).
MEASURED_FROM_WHERE = re.compile(
    r"\s+(?:is|lies|was|sits)\s+(?:only\s+|just\s+)?"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|approximately\s+)?"
    r"[\d.,]+\s*(?:km|kilometres|kilometers|miles)\b[^.;]{0,40}?\b(?:of|from)\s+where\b"
)
# The dead and wounded of a strike at a place: "one woman died in Vovchansk", "two were injured in the
# town of Nikopol" (looked for only in sentences with one of CASUALTY_WORDS).
CASUALTY_WORDS = ("died", "killed", "injured", "wounded", "killing", "injuring", "wounding")
CASUALTY_IN = re.compile(
    # ("continued to shell Donetsk Oblast ..., killing one person in Paraskoviivka")
    r"\b(?:died|killed|injured|wounded|killing|injuring|wounding)\s+"
    r"(?:(?:a|an|one|two|three|four|five|\d+)\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"in\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$"
)  # "injured a 56-year-old man in Prymorske"
# "the Pokrovsk direction", "on the Kupiansk axis": a stretch of front named after a town.
AXIS = re.compile(
    r"\s+(?:operational\s+)?(?:direction|axis|sector|front|salient|bulge|ledge)\b", re.IGNORECASE
)
# A direction named after a city this big is a whole front, not the city: "the Kharkiv front", "the
# Zaporizhzhia direction" (the Pokrovsk or Kupiansk direction is the fighting at the town's gates).
FRONT_CITY_POPULATION = 250_000
# A compass word before a sector's town: "the south Donetsk direction", "the South Donetsk area" (a
# front named after a region's part, not the town).
COMPASS_SECTOR = re.compile(
    r"\b(?:south|north|east|west|southern|northern|eastern|western)\s+$", re.IGNORECASE
)
# How what follows a name must start for AXIS to match: a cheap first look.
AXIS_STARTS = tuple(f" {c}" for c in "odasfblODASFBL")
# "in the same area": the place named last before.
SAME_AREA = re.compile(
    r"(?:\b(?:in|near|around|at)\s+|(?<=shelled )|(?<=struck )|(?<=attacked ))"
    r"(the\s+same\s+(?:areas?|locality|place|vicinity|district|settlement))\b",
    re.IGNORECASE,
)
# Where a side is heading, not where it is: "advancing towards the settlements of X and Y",
# "continue advancing south toward the Russian-occupied X", "as they push towards the city of X".
GOAL_BEFORE = re.compile(
    r"\b(?:towards?|in the direction of|closer to|on the (?:road|way|approaches?) to"
    # "captured another village in its advance on the eastern Ukrainian city of Pokrovsk"
    r"|(?:in|during|as part of) (?:its|their|the|a) (?:[\w-]+ )?(?:advance|push|drive|offensive|march) on)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:city|town|village|settlement|locality|capital|hub)s?\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# A push told done, in the past, towards a place named right after it: "its forces advanced towards the
# city of Pokrovsk", "have advanced fast towards Pokrovsk since the summer" (not "began advancing
# towards", "continue pushing toward", "advanced closer to", "advanced on").
PUSHED_PAST = re.compile(r"(?:advanced|pushed|moved|pressed|made advances|made gains)", re.IGNORECASE)
# ... or told going on by the side's own verb: "Russian forces are successfully advancing toward
# Lysychansk from the south", "are advancing toward Zakotnoye and Platonovka" (not "began advancing
# towards", "continue pushing toward": an aim)
PUSHING_NOW = re.compile(r"(?:advancing|pushing)", re.IGNORECASE)
# ... or by the noun after "making": "are reportedly making advances toward Kurakhove and Pokrovsk"
MAKING_BEFORE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:now|still|also|steadily|successfully|slowly|gradually|reportedly)\s+){0,2}"
    r"making\s+(?:(?:further|steady|rapid|slow|significant|small)\s+)?$",
    re.IGNORECASE,
)
BEING_BEFORE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:now|still|also|steadily|successfully|slowly|gradually|actively|reportedly)"
    r"\s+){0,2}$"
)
TOWARD_AFTER = re.compile(
    r"\s+(?:(?:fast|further|farther|steadily|quickly|rapidly|slowly|\w+ward|(?:north|south|east|west)\w*)\s+)?"
    # ("advanced north of Kharkiv in the direction of the village of Lyptsi": the town only measures)
    r"(?:(?:north|south|east|west)\w*(?:-\w+)?\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?"
    r"(?:towards?|in the direction of)\s+(?:the\s+)?"
    # ("towards the Ukrainian village of Lyptsi", "toward the key town of Pokrovsk")
    r"(?:(?:Ukrainian|Russian|key|strategic|important|embattled|frontline|front-line)\s+)?"
    r"(?:(?:city|town|village|settlement|hub)\s+of\s+)?",
    re.IGNORECASE,
)
# "advanced on Kupiansk", "made advances farther north on the town of Siversk": to advance on a
# place is to move against it.
ADVANCE_ON = re.compile(
    r"\s+(?:(?:farther|further|deeper|slowly|steadily|\w+ly)\s+)?(?:(?:north|south|east|west)\w*\s+)?"
    r"on\s+(?:the\s+)?(?:(?:city|town|village|settlement|capital)\s+(?:of\s+)?)?",
    re.IGNORECASE,
)
# Between a passive withdrawal and where the troops were sent: "were withdrawn to Belgorod".
WITHDRAWN_TO = re.compile(
    r"\s+(?:back\s+)?(?:to|towards?|into)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
)
# Troops cut off on a river's bank, up to the river: "15 battalions are blocked on the left bank of the Oskol
# River" places the pocket by the river's long course, not a stretch anyone took.
CUT_OFF = re.compile(r"surround|encircl|block|trapp|cut off", re.IGNORECASE)
ON_A_BANK = re.compile(r"\s+on\s+the\s+(?:\w+\s+)?bank\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Verbs of moving forward, for which "on X" is a goal ("began an attack on X" is fighting at X).
MOVING = re.compile(r"advanc|gain|push|mov|progress", re.IGNORECASE)
# "closing in on (the city of) Pokrovsk": nearing the town, not in it.
CLOSING_ON = re.compile(r"\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?")
# One of which every heading phrase holds.
HEADING_CUES = ("to", " on ", "behind")
# Where a side withdrew to, not where it withdrew from: "withdrawn to X", "pulled back to new
# positions near X", "fell back towards X".
RETREAT_TO = re.compile(
    r"(?<!close )(?<!next )(?<!due )(?<!adjacent )(?<!according )"
    # (not "pulled back to the outskirts of Maryinka": back to the edge of the town given up)
    r"\b(?:to|towards?|into|behind)\s+"
    r"(?!the\s+(?:(?:western|eastern|northern|southern)\s+)?(?:outskirts|edge|fringes?)\b)"
    # (nor "withdrew to the west of the villages of X and Y": past them, the villages given up)
    r"(?!the\s+(?:north|south|east|west)\w*\s+of\b)"
    # ("retreated to the area west of Kazachi Lageri": the village given up, its west the new line)
    r"(?!the\s+areas?\s+(?:north|south|east|west)\w*(?:-\w+)?\s+of\b)"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:near|outside|around|in|at)\s+(?:the\s+)?)?(?:(?:city|town|village|settlement)s?\s+of\s+)?$",
    re.IGNORECASE,
)
# "withdrawn to Lastochkyne, west of Avdiivka" with a destination the gazetteer lacks: the place
# after it only locates it.
UNNAMED_DESTINATION = re.compile(
    r"\b(?:to|towards?)\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?,?\s+(?:(?:about|some|around)\s+)?(?:[\d.]+\s*(?:km|kilomet\w+|miles)\s+)?"
    r"(?:north|south|east|west)\w*(?:-\w+)?\s+of\s+(?:the\s+)?$"
)
# "retreated to (new) positions west of Chasiv Yar": the place only locates where they went.
POSITIONS_NEAR = re.compile(
    r"\b(?:to|towards?)\s+(?:the\s+)?(?:new\s+|prepared\s+|fortified\s+|defensive\s+)?"
    r"(?:positions|lines|defen[cs]es|lines of defen[cs]e)\s+(?:(?:about|some)\s+)?"
    r"(?:[\d.]+\s*(?:km|kilomet\w+|miles)\s+)?(?:(?:north|south|east|west)\w*(?:-\w+)?\s+of|near|outside"
    r"|around|behind|closer to)\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
# A bridge said to cross a named water is that crossing, not the bridge told before: "the bridge
# across the Tonky Strait", "the bridge over the Seym".
CROSSING_NOUNS = frozenset({"bridge", "bridges", "crossing", "crossings"})
NAMED_WATER_AFTER = re.compile(r"\s+(?:across|over|spanning)\s+(?:the\s+)?[A-Z]")
# Between two places of one list with no preposition of its own: the second shares the first's.
BARE_LINK = re.compile(r"\s*,?\s*(?:and\s+|or\s+)?(?:the\s+)?")
# A crossing's town after it: " at the exit from Snihurivka", " in Mylove".
_CROSSING_PLACED = (
    r"\s+(?:in|at|near|outside)\s+(?:the\s+(?:exit|entrance|entry)\s+(?:from|to|of)\s+)?(?-i:[A-Z])"
)
BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:road|rail(?:way)?|railroad|automobile|motorway|key|main|same|strategic"
    # ("had been forced to withdraw from the critical city", "the embattled town")
    r"|critical|embattled|besieged|beleaguered|encircled|ruined|devastated|frontline|front-line|contested)\s+)?"
    # "the Donbas town": a region's name that only says where the town is (checked below)
    # ("withdrawn from the Donetsk Oblast town": the oblast's word too)
    r"(?P<region>(?-i:[A-Z])[\w'’-]+\s+(?:(?:Oblast|region)\s+(?=(?:city|town|village|settlement)\b))?)?"
    # not "the village of X", nor "the village Robotyne", nor "the city centre of Sudzha", which name theirs
    # ("the Russian army occupied the community": the town a hromada is named for)
    # ("withdrew from this area": the place just named; not "the area", which is mostly any)
    # ("retreated due to the district's complete destruction": the town whose quarter it is)
    # ("damaged a dam on the reservoir": the dam of the town the sentence before put on its shore)
    # ("Russia seized Snake Island ... The island has come under attack")
    r"(?P<noun>city|town|village|settlement|locality|bridge|dam|reservoir|region|oblast|island(?!\s+area)"
    r"|(?<!the )area"
    # ("hit the district centre and Marhanets community": the district's town, by its title)
    r"|district(?:\s+cent(?:re|er)(?!\s+of\b))?"
    # (not "the community hall", "the community's leaders": a community's thing or people)
    r"|(?:community|hromada)(?=\s*(?:[.,;:!?)]|$|(?:was|were|is|has|had|came|fell|remains|in|on|near|and|after"
    r"|since|with|from|by|where|which|that)\b)))\b"
    r"(?![\"”’']?\s+(?:(?:cent(?:re|er)|limits|outskirts|council|hall)\s+of\b|of\b|(?-i:[A-Z])))"
    # nor "the bridge at the exit from Snihurivka", "the bridge in Mylove": a crossing its town names
    rf"(?<!bridge(?={_CROSSING_PLACED}))(?<!dam(?={_CROSSING_PLACED}))",
    re.IGNORECASE,
)
# "The first village was captured after a battle, while the second was taken without a fight": an
# ordinal stands for that item of the list of places the sentence before (or this one) named. Bare,
# it must be the subject of a verb ("the first time", "the second largest" name no place).
ORDINAL_REFERENCE = re.compile(
    r"\b[Tt]he\s+(first|second|third|former|latter)(?:\s+(?:village|town|city|settlement|locality|one)\b"
    # (not a superlative's "the first settlement taken under control in 2024", "the first town to fall")
    r"(?!\s+(?:to|taken|captured|liberated|occupied|seized|retaken|recaptured|lost|since|in\s+\d{4}"
    r"|of\s+the)\b)"
    r"|(?=\s+(?:was|were|is|has|had|fell|remains)\b))"
)
# Quarters of the city just named: "drones hit three city districts".
CITY_DISTRICTS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|several|many|all|some)\s+(?:of\s+the\s+)?city\s+districts\b",
    re.IGNORECASE,
)
# Words of fire in a sentence whose only place is the oblast of an official's title: the fire is there.
OWN_FIRE = re.compile(
    r"\b(?:fires?|blaze|debris|drones?|missiles?|shell(?:ing|ed)|strikes?|struck|hit|explosions?)\b",
    re.IGNORECASE,
)
# An official's own oblast: "attacks on energy facilities in his region".
OWN_REGION = re.compile(r"\b(?:his|her|their)\s+(?:region|oblast)\b", re.IGNORECASE)
# "both villages", "the three settlements", "these villages": every village of the list just named (not
# "the villages of X and Y" or "villages near Kupiansk", which name their own).
PLURAL_REFERENCE = re.compile(
    r"\b(both|the|these|those|all)\s+(?:(two|three|four|five)\s+)?(?:villages|settlements|towns|localities)\b"
    r"(?![\"”’']?\s+(?:of|near|around|in|outside|along|close|by|on|north|south|east|west|(?-i:[A-Z]))\b)"
    # ... or "them" after a verb of taking: 'DeepState said on Tuesday that Russia had "occupied" them'
    r"|\b(?:captured|occupied|liberated|seized|took|retook|recaptured|taken|entered|abandoned|lost)"
    r"[\"”’']?\s+(them)\b",
    re.IGNORECASE,
)
# People a "them" may stand for instead: "surrounded the soldiers and captured them" took no villages.
PEOPLE_OBJECT = re.compile(
    r"\b(?:the|those|these|some|many|several|\d+)\s+(?:[\w-]+\s+)?(?:soldiers|troops|servicemen|fighters|men"
    r"|people|civilians|residents|prisoners|defenders|marines)\b",
    re.IGNORECASE,
)
PLURAL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
PLURAL_CUES = ("villages", "settlements", "towns", "localities", " them")
ORDINAL_INDEX = {"first": 0, "second": 1, "third": 2, "former": -2, "latter": -1}
ORDINAL_CUES = tuple(f"he {word}" for word in ORDINAL_INDEX)  # a quick look before the pattern
# What each back-reference word can stand for.
AREA_NOUNS = ("region", "oblast")
# "the Russians attacked the region with 17 Geran drones": fire on the oblast just named
SETTLEMENTS_STRUCK_IN = re.compile(
    r"\b(?:strikes?|attacks?|shelling|shelled|struck|attacked|fire|fired)\b[^.;]{0,60}?\b"
    r"(?:settlements|villages|towns|communities|localities|hromadas)\s+(?:of|in)\s+$",
    re.IGNORECASE,
)
REGION_STRUCK = re.compile(r"\b(?:attacked|struck|shelled|hit|targeted|bombed|pounded)\s+$", re.IGNORECASE)
CITY_MIN_VILLAGE = 3_000  # people: the least a place the gazetteer calls a village needs to be "the city"
# The back-reference words that stand for a populated place ("the city", "the settlement").
TOWN_WORDS = ("city", "town", "village", "settlement")
# An oblast written as one ("Kharkiv Oblast", "the Sumy region"), not a city's "Kyiv district".
OBLAST_WORD = re.compile(r"\b(?:oblast|region|province)\b", re.IGNORECASE)
REFERRED_KINDS = {
    "bridge": ("bridge",),
    "dam": ("dam",),
    "reservoir": ("dam",),
    "region": ("region",),
    "oblast": ("region",),
    "island": ("other",),  # (of the landmarks, only those named an island)
    REGIONAL_CENTRE_WORD: ("city", "town"),
    CAPITAL_WORD: ("city",),
    # "Kyiv had wrested control of the eastern village ... the village was back under Ukrainian control":
    # no city is "the village"
    "village": ("village", "town"),
    # "Snake Island captured world attention after Russia seized it": an island, a plant, a forest too
    "it": (*POPULATED, "other"),
}
# A preposition of place that may open each item of a list: "advanced near X and in Y and Z".
_POINT = r"(?:north|south|east|west)"
# A count of what each item of a list had: "four high-rise buildings in X", "one each in Y".
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_LIST_PREPOSITION = (
    # ("established control over X in Kharkiv Oblast and over Y in Donetsk Oblast")
    r"(?:(?:near|in|at|around|outside|towards?|into|over|on the outskirts of"
    rf"|in the (?:areas?|vicinity|direction) of|close to|{_POINT}(?:-?{_POINT})?(?:ern)? of)\s+)?"
)
# An oblast in the possessive before a name of it, as the General Staff writes: "the Sumy region's X".
_OBLASTS_OWN = r"(?:[A-Z][\w'’-]+\s+(?:[Rr]egion|[Oo]blast)['’]s\s+)?"
# What may stand between a list's item and its name: "the villages of", "eastern", "nearby", "the Sumy
# region's".
_ITEM = (
    # ("liberated the settlements of X, Y, and part of the village of Z")
    # ("out of the industrial area of Kupyansk and almost the entire village of Moskovka")
    r"(?:(?:a\s+)?parts?\s+of\s+|(?:(?:almost|nearly|virtually)\s+)?the\s+(?:entire|whole)\s+"
    # ("occupied the village of Staryi Saltiv, as well as the entire Vovchansk community": the name next)
    r"(?=(?:city|town|village|settlement)\s+of\b|$))?"
    rf"(?:the\s+|another\s+)?{_OBLASTS_OWN}(?:nearby\s+|neighbou?ring\s+)?"
    # "and the occupied eastern city of Lysychansk"
    # ("as well as the regional capital of Sumy")
    # ("and the former stronghold of Seversk")
    # ("five each in the Rostov region and annexed Crimea")
    r"(?:(?:occupied|annexed|embattled|besieged|front-?line|key|strategic|industrial|small|regional|former"
    r"|(?:Russian|Ukrainian)-held"
    rf"|{_POINT}(?:-?{_POINT})?ern|central)\s+){{0,2}}"
    # ("... and the capital Kyiv", "and the port city of Odesa")
    r"(?:(?:city|town|village|settlement)s?\s+of\s+|capital\s+(?:city\s+)?(?:of\s+)?|port\s+(?:city\s+)?(?:of\s+)?"
    r"|[a-z-]+\s+of\s+)?"
    rf"(?:(?:{_POINT}(?:-?{_POINT})?(?:ern)?|central)\s+)?"
)
# A date of one item of a list: "Marinka in December 2023 and Avdiivka in February".
_WHEN = r"(?:\s+(?:in|on|since|by)\s+(?:[A-Z][a-z]+|\d{1,2})(?:\s+(?:[A-Z][a-z]+|\d{1,4}))?(?:,?\s+\d{4})?)"
# Between two places that the same verb governs: "Izyum and nearby Kupyansk", "Donetsk and west of
# Kherson", "near Berdychi, in Semenivka and Novomykhailivka", "X, as well as Y".
# What opens an item of a tally after the place before it: "(region), and", "as well as".
# ("13 drones in the Volgograd region, in addition to five each in the Rostov region")
_TALLY_ITEM_OPENS = (
    r"^\s*(?:region|oblast)?(?:\s+(?:overnight|today|yesterday))?\s*,?\s*"
    r"(?:and\s+|as\s+well\s+as\s+|in\s+addition\s+to\s+)?"
)
# ... and a city and the other cities a clause names after a few words: "explosions rocked Kyiv and other
# Ukrainian cities across the country Monday morning, including Lviv and Dnipro"
_OTHERS_INCLUDING = (
    r"^\s*,?\s*and\s+(?:several\s+|many\s+)?other\s+(?:(?:[A-Z][a-z]+|major|big|large|regional)\s+)?"
    r"(?:cities|towns)(?:\s+[\w-]+){0,6}?\s*,\s*(?:including|such\s+as|among\s+them)\s+$"
)
OTHERS_INCLUDING = re.compile(_OTHERS_INCLUDING)
COORDINATED = re.compile(
    # the items of a list a line each (geo.events.sentences.with_list_items): "...district:\n- X;\n- Y"
    r"^\s*[;,.]?\s*\n\s*(?:[-–—•*]\s+|\d{1,2}[.)]\s+)?$|"
    # the two ends of a sector: "in the sectors of Mala Tokmachka-Novopokrovka and ..."
    r"^-$|^-[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?(?:,\s*|,?\s+and\s+)$|"
    rf"^\s*,?\s*(?:and\s+)?{_POINT}\w*(?:-{_POINT}\w*)?\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?"
    r"\s+(?:near|in the direction of)\s+(?:the\s+)?$"
    rf"|^\s*,\s*(?:(?:in|at|into)\s+)?(?:the\s+)?(?:(?:{_POINT}(?:-?{_POINT})?(?:ern)?|central)\s+)?$"
    # an item told with the region that owns it: "blasts heard in Kharkiv, Poltava, Kharkiv's Izium, ..."
    r"|^\s*,\s*(?:and\s+)?[A-Z][\w'’-]+['’]s\s+$"
    # a list of another kind of place after a comma: "The towns of X and Y, the villages of Z and W were
    # subjected to shelling"
    # (a plural: "120 kilometers south of Kharkiv, the city of Izyum was recaptured" is no list)
    # ("the town of Shebekino, the villages of Belyanka and Murom and the farmsteads Maryino and Mukhin")
    r"|^\s*(?:,|,?\s+and)\s*(?:the\s+)?(?:(?:nearby|neighbou?ring|small)\s+)?"
    # ("Avdiyivka, Maryinka and the villages of the Komarska community came under artillery fire")
    r"(?:(?:cities|towns|villages|settlements)\s+of(?:\s+the)?|farmsteads|khutors|hamlets)\s+$"
    # an item's relative clause between two items: "in Engels, where there is an airfield, in Kursk"
    r"|^\s*,\s*where\s+(?:there\s+(?:is|are)|[\w'’-]+\s+(?:is|are))\s+[^,;.()]{1,40},\s*(?:and\s+)?(?:in|at)\s+$"
    # "Lysychansk and several neighbouring towns, most notably X, Y and Z"
    # ("at Kharkiv, as well as other settlements in the region including Liubotyn, Derhachi and Zolochiv")
    # ("over Lisichansk and some nearby settlements, the largest of which are X, Y and Z")
    r"|^\s*,?\s*(?:and\s+|as\s+well\s+as\s+)?"
    r"(?:several|other|a number of|some|nearby|neighbou?ring|surrounding)"
    r"(?:\s+(?:other|nearby|neighbou?ring|surrounding|small))*\s+(?:villages|towns|settlements|localities)"
    r"(?:\s+(?:in|of)\s+the\s+(?:region|oblast|area|district))?"
    r"\s*,?\s*(?:including|most\s+notably|notably|such as|among them|in particular"
    # "... and a number of nearby settlements, the largest of which are X, Y and Z"
    r"|(?:the\s+)?(?:largest|biggest|main|most important)\s+(?:of\s+which|among\s+them)"
    r"\s+(?:are|were|being))\s+$"
    # "military airfields in cities to the east of Kremenchuk, including Poltava and Dnipro"
    r"|^\s*,\s*including\s+$"
    # a city and the other cities a clause names after a few words: "explosions rocked Kyiv and other
    # Ukrainian cities across the country Monday morning, including Lviv and Dnipro"
    rf"|{_OTHERS_INCLUDING}"
    # "two ammunition depots - one in Tikhoretsk, ..., and another in the town of Toropets"
    r"|^\s*,?\s*and\s+(?:another|the\s+other|a\s+second)\s+(?:one\s+)?(?:in|at|near)\s+"
    r"(?:the\s+(?:town|city|village|settlement)\s+of\s+)?$"
    # "shelling on its border areas - primarily Belgorod, but also Kursk and Bryansk"
    # ("hit not only Kiev but also the central regions of Cherkasy, Kirovohrad ...")
    r"|^\s*,?\s*but\s+also\s+(?:in\s+|on\s+)?(?:the\s+)?(?:(?:[a-z]+\s+)?(?:regions|oblasts|cities|towns)\s+of\s+)?$"
    # "near the villages of X and Y in the Kursk region, as well as 12 settlements in the Sumy region,
    # including Basivka": places of another oblast counted, then named
    r"|^\s*,?\s*as\s+well\s+as\s+(?:\d+|several|a\s+dozen|dozens\s+of|other)\s+(?:other\s+)?"
    r"(?:villages|towns|settlements|localities)\s+in\s+(?:the\s+)?$"
    # the communities of a district after it: "attacked the Pavlohrad district overnight, namely the Verbky
    # and Bohdanivka hromadas"
    r"|^\s*(?:(?:district|raion|region|oblast)\s*)?(?:[a-z][\w-]*\s*)?,\s*(?:namely|specifically|in\s+particular)"
    r"\s+(?:the\s+)?$"
    # ... and what an item of it includes: "3 – over the territory of the Moscow region, including 2 UAVs
    # flying towards Moscow, 1 – over the territory of Tver region"
    # ("four over the territory of the Moscow Region, including two en route to Moscow, three over ...")
    r"|^\s*,\s*including\s+(?:\d+|one|two|three|four|five)\s+(?:(?:drones?|UAVs?|missiles?)\s+)?"
    r"(?:flying|heading|en\s+route)\s+(?:towards?|to|for)\s+(?:the\s+)?$"
    # a tally of weapons downed, a count before each place: "destroyed 144 drones over nine regions: 72 over
    # the Bryansk Region, 20 over the Moscow Region and 14 over the Kursk Region"
    # ("21 over the Bryansk region and others over the Belgorod ... regions", "another two over the
    # Krasnodar Region, one each over the Tambov and Voronezh regions")
    rf"|{_TALLY_ITEM_OPENS}(?:others|the\s+rest|one\s+each"
    r"|(?:another|a\s+further)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))\s+(?:over|above|in)\s+"
    r"(?:the\s+)?$"
    rf"|{_TALLY_ITEM_OPENS}"
    # ("killing at least two people in the Sumy region and wounding three in the Kharkiv region")
    r"(?:(?:killing|wounding|injuring|and\s+wounding|and\s+injuring)\s+(?:at\s+least\s+)?)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight"
    r"|nine|ten"
    r"|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
    # ... or of people hit: "Twelve people were wounded in the Kharkiv region and two others in the southern
    # Kherson region"
    # ... or of drones: "six drones over the Tver Region", "three each over the Belgorod ... regions"
    # ("6 – over the territory of Bryansk region": the Russian Defence Ministry's tally, an item a line)
    r"(?:\s*[–—-]\s*|\s+)(?:(?:more|others?|other\s+people|people|civilians|residents|persons|drones?|UAVs?"
    r"|missiles?)\s+)?"
    r"(?:each\s+)?(?:over|above|in)\s+(?:the\s+)?(?:(?:territory|airspace)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:country|Russia|Ukraine)['’]s\s+)?"  # ("and one over the country's Belgorod region")
    r"(?:(?:north|south|east|west)\w*(?:-\w+)?\s+|central\s+)?$"
    # "Kupiansk and the surrounding areas of Kharkiv were recaptured": the areas around the second
    r"|^\s*,?\s*and\s+(?:the\s+)?(?:surrounding|nearby|neighbou?ring|adjacent)\s+(?:areas?|villages|towns|settlements)"
    r"\s+(?:of|around)\s+(?:the\s+)?$"
    # a second facility after the first's description: "hit the Ryazan refinery, with a processing capacity of
    # about 340,000 barrels of crude a day, and the Novokuibyshevsk plant"
    r"|^\s*(?:oil\s+)?(?:refinery|plant|depot|terminal|factory|station|airfield|air\s+base)\s*,\s+(?:with|which|that)\s+"
    r"(?:[^,;.()]|(?<=\d)[,.](?=\d)){1,80},\s+and\s+(?:the\s+|an?\s+)?$"
    # a second target with its own place: "strikes on a tower in X, as well as on an asphalt plant near Y"
    r"|^\s*,?\s*(?:and|as well as)\s+(?:on|at)\s+(?:an?|the)\s+(?:[\w-]+\s+){1,3}?(?:in|near|outside)\s+$"
    # what was damaged in each place, the verb elided: "Houses were damaged in Selydove, four high-rise
    # buildings in Kurakhove, and six private houses in Kurakhivka", "... and a house in Siversk"
    # ("damaged six homes in Vuhledar and three homes in Lyman")
    rf"|^\s*(?:,\s*(?:and\s+)?|and\s+)(?:{_COUNT}|a|an|several)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:houses?|buildings?|homes?|enterprises?|facilit(?:y|ies)|garages?|cars?|vehicles?"
    r"|schools?|shops?|sheds?|structures?|objects?|premises)\s+(?:were\s+|was\s+)?(?:damaged\s+)?in\s+$"
    # ... or person by person: "a 66-year-old woman in Novodanylivka, a 51-year-old man in Orikhove, and a
    # 66-year-old man in Mala Tokmachka"
    r"|^\s*,?\s*(?:and\s+)?an?\s+\d{1,3}-year-old\s+(?:[\w-]+\s+)?"
    r"(?:man|woman|boy|girl|person|resident|civilian)\s+in\s+$"
    # the dead and wounded counted town by town: "two in Kurakhove and one each in Toretsk, Yasenove"
    rf"|^\s*,?\s*(?:and\s+)?{_COUNT}\s+(?:each\s+)?"
    # ("taken 13 villages ... six in the Dnipropetrovsk region and seven in the Zaporizhzhia region")
    r"(?:more\s+)?(?:(?:people|persons|residents|civilians|men|women|children)\s+)?(?:each\s+)?"
    r"in\s+(?:the\s+)?$"
    # a count of shots at each list: "3 times on X and Y with rocket systems, and 40 times on Z"
    r"|^\s*(?:with\s+[\w\s-]{1,60}?)?,?\s*(?:and\s+)?(?:\d+|once|twice)\s*(?:times?\s+)?(?:on|at)\s+$"
    # ("Damage was reported in Pavlohrad itself, as well as in the X and Y communities")
    # ("took Terny back in October 2022 and Neskuchne in the summer of 2023": the verb gapped)
    rf"|^\s*(?:itself\s*|back\s*)?{_WHEN}?(?:,|\s[–—-])?\s*(?:and|or|as well as)\s+"
    r"(?:then\s+|later\s+|also\s+)?"
    rf"{_LIST_PREPOSITION}{_ITEM}$"
    # ("raising their flag over the village of Blahodatne, and elsewhere in Neskuchne")
    r"|^\s*,?\s*and\s+elsewhere\s+(?:in|near|around)\s+(?:the\s+(?:village|town|city)\s+of\s+)?$"
    # a share of each town: "Over 4/5 of the territory of Volchansk, and 70% of Krasnoarmeysk have been freed"
    r"|^\s*,?\s*(?:and\s+)?(?:over\s+|more\s+than\s+|about\s+|almost\s+)?(?:\d+\s*%|\d+/\d+|half|a\s+third"
    r"|two\s+thirds)\s+of\s+(?:the\s+(?:territory|city|town)\s+of\s+)?$"
    # ("targeted the city of Nikopol itself, Marhanets, Myrove and Chervonohryhorivka hromadas")
    rf"|^\s*itself\s*,\s*{_LIST_PREPOSITION}{_ITEM}$"
    # an item told with a few words on where it lies, then the next: "the capture of Otradne, a village
    # further west along the front line, and Loknya"
    r"|^\s*,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:settlement|village|town|city)\s+[a-z][a-z\s-]{0,60},"
    r"\s*(?:and|as\s+well\s+as)\s+$"
    # an item's aside on the border it lies by: "Zelenyi Hai, near the administrative border with
    # Dnipropetrovsk region, as well as Volodymyrivka" (the oblast only says where the item lies)
    r"|^\s*,\s+(?:near|close\s+to|along|by|on|at)\s+the\s+(?:administrative\s+)?(?:border|boundary)\s+"
    r"(?:with|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:[Rr]egion|[Oo]blast))?\s*,\s*(?:and|as\s+well\s+as)\s+$"
    # '"liberated the village of Robotyne" as well as Glyboke and Lukyantsi': the list goes on
    r"|^[\"”’]?\s*,?\s*as\s+well\s+as\s+$"
    # "occupied Kupiansk-Vuzlovyi along with Kupiansk", "together with", "along with the villages of"
    r"|^\s*,?\s*(?:along|together)\s+with\s+(?:the\s+)?"
    r"(?:(?:villages?|settlements?|towns?|cit(?:y|ies))\s+of\s+)?$"
    # a Defence Ministry list of units and where each is: "in X, the 72nd brigade in Y and Z"
    rf"|^\s*,\s*(?:and\s+)?(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[\w-]+\s+){{0,4}}?"
    rf"(?:brigades?|regiments?|battalions?|divisions?|units?)\s+{_LIST_PREPOSITION}{_ITEM}$"
)
# Right before a region that qualifies the item before it: "Dehtiarne of Sumy region".
QUALIFIED_BEFORE = re.compile(
    r"[A-Z][\w'’-]+\s(?:of|in)\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?ern\s+|central\s+)?$"
)
# Between a place and the region that qualifies it: "Nevske, Luhansk region", "Terny in the DPR".
# Between a town and the oblast it is in: " in Ukraine's ", " in the eastern ", ", ".
REGION_OF_PLACE = re.compile(
    r"\s*(?:,|\s+in)\s+(?:(?:Ukraine|Russia)['’]s\s+)?(?:the\s+)?(?:(?:north|south)?-?(?:east|west)?ern\s+|central\s+)?"
)
# Between a village and the oblast that locates it, the village's district: ", Kupiansk district, ".
DISTRICT_THEN_REGION = re.compile(
    r",\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:district|raion|community|hromada),\s*(?:the\s+)?"
)
QUALIFIER = re.compile(
    # ("Pokrovsk city in the Donetsk region and Vovchansk city in the Kharkiv region were also taken")
    # ("Tikhoretsk, located in Russia's southwestern Krasnodar region, and ...")
    # ("the Orsk refinery in the Orenburg region and the Azot plant in the Perm region": a facility's town)
    r"^\s*(?:(?:city|town|village|(?:oil\s+)?refinery|plant|(?:oil\s+|fuel\s+)?depot|terminal)\s+(?=in\b))?"
    r"(?:,\s*)?(?:(?:located|situated|lying)\s+(?=in\b))?"
    r"(?:(?:in|of)\s+)?(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?"
    r"(?:(?:north|south)?-?(?:east|west)?ern\s+|central\s+)?"
    # "Gornal, Guyevo, and Oleshnya in the border region of Kursk"
    r"(?:(?<=in the )(?:border\s+|frontline\s+|front-line\s+)?(?:region|oblast|province)\s+of\s+)?$"
)
# Between a place and a nearer one that only locates it: "Myrnohrad close to Pokrovsk and Kurakhove".
LOCATOR = re.compile(
    # ("Andriivka (a village neighbouring Kindrativka) was recaptured": in brackets too)
    r"^\s*[,(]?\s*"
    # "Irpin and Bucha, commuter towns outside Kyiv, ...": a noun phrase that says what they are
    r"(?:(?:(?:an?|the|two|three|four|both|several)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:towns?|cities|city|villages?|settlements?|suburbs?|communities|hamlets?)\s+)?"
    r"(?:(?:located|situated|lying)\s+)?"  # "the port city of Chornomorsk, located near Odesa, was hit"
    # ("Vremivka, a small town further south of Donetsk, and the village of Vozdvyzhenka")
    r"(?:(?:about|some|around|nearly|roughly|just|further|farther)\s+)?(?:[\d.,]+\s*(?:km|kilomet(?:er|re)s|miles)"
    rf"(?:\s*\([^()]{{1,30}}\))?\s+)?(?:close to|near|not far from|outside|neighbou?ring|next to|adjacent to"
    rf"|{_POINT}(?:-?{_POINT})?(?:ern)?\s+of"
    # ("killed in Antonivka, a suburb of Kherson, as a result of an explosive drop")
    r"|from|(?<=suburb )of|(?<=suburbs )of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:city|town|village|settlement)\s+of\s+)?$"
)
# Where an advance came from and where it went: "invaded the Kharkiv region from Belgorod".
# ("advanced from the settlement of Selydove ... to the outskirts of Pokrovsk")
_KIND_OF = r"(?:(?:village|town|city|settlement|outskirts|approaches|edge|suburbs)\s+of\s+)?"
FROM_BEFORE = re.compile(rf"\bfrom\s+(?:the\s+)?{_KIND_OF}$")
TO_BEFORE = re.compile(rf"\b(?:to|towards?|into)\s+(?:the\s+)?{_KIND_OF}$")
# Where a strike came from, not where it hit: "from the direction of Shebekino", "from the
# territory of the Belgorod region".
ORIGIN = re.compile(
    # ("three shells were fired from the direction of the village of Orlovka")
    # ("152 strike UAVs ... from directions including Orel, Kursk, Shatalovo")
    r"\bfrom\s+(?:the\s+)?(?:directions?|territory|area|side|skies)\s+(?:of|including)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement)\s+of\s+)?$"
    # "four Iskander missiles fired from annexed Crimea": where the weapons were launched
    # ("the missiles were launched from Russia's neighbouring Belgorod region")
    # ("The missiles came from Russia's Ryazan, Kursk and Belgorod regions")
    # ("guided missiles were launched by Kremlin forces from the occupied Donetsk and Kherson regions")
    r"|\b(?:fired|launched|carried\s+out|conducted|flew\s+in|flying|came|come|coming)"
    r"\s+(?:by\s+(?:[\w'’-]+\s+){1,3}?)?from\s+(?:the\s+)?"
    r"(?:(?:Russia|Ukraine)['’]s\s+)?(?:(?:annexed|occupied|Russian-occupied|neighbou?ring|nearby|border)\s+)?$"
    # ... with the weapons between: "the Russians fired two Iskander-M ballistic missiles from Crimea"
    # ("unleashed 174 UAVs — strike Shaheds and decoy drones — from Oryol, Shatalovo, Kursk")
    r"|\b(?:fired|launched|unleashed)\s+(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|drones?|UAVs?|shells?|bombs?)"
    r"(?:\s*[—–]\s*[^—–.;]{1,60}[—–])?\s+from\s+"
    r"(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?(?:(?:annexed|occupied|Russian-occupied|neighbou?ring|nearby"
    r"|border)\s+)?$"
    # ... or with no verb: "53 missiles, which included four Iskander ballistic missiles from Crimea"
    # ("attacked Ukraine with 17 Shahed attack UAVs from the Primorsko-Akhtarsk region")
    r"|\b(?:missiles?|rockets?|drones?|UAVs?)\s+from\s+(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?"
    r"(?:(?:annexed|occupied|Russian-occupied|neighbou?ring|nearby|border)\s+)?$"
    # ("stepped up ballistic missile attacks on Ukraine from Crimea")
    r"|\b(?:attacks?|strikes?)\s+(?:on|against)\s+(?:[\w-]+\s+){1,3}?from\s+(?:the\s+)?"
    r"(?:(?:annexed|occupied|Russian-occupied)\s+)?$"
    # ("Kh-101 missiles launched from aircraft located in Russia's Vologda and Astrakhan regions")
    # ("an aeroballistic Kinzhal missile from a MiG-31K fighter jet over Tambov")
    r"|\b(?:bombers?|aircraft|planes?|jets?|warships|ships|vessels|submarines|carriers|launchers|MiG-31K?"
    r"|Tu-\d+\w*|Su-\d+\w*)\s+"
    # ("cruise missiles air-launched from Tu-95MS bombers over the Caspian Sea and the Engels city area")
    r"(?:(?:located|based|stationed|deployed|positioned)\s+(?:in|over|near)|(?:flying\s+)?over)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?Sea\s+and\s+(?:the\s+)?)?"
    r"(?:(?:Russia|Ukraine)['’]s\s+)?$"
    # "cruise missiles launched from four Tu-95 bombers from the Saratov region": where the carriers flew
    r"|\b(?:bombers?|aircraft|planes?|jets?|warships|ships|vessels|submarines|carriers)\s+from\s+(?:the\s+)?"
    r"(?:(?:annexed|occupied|Russian-occupied)\s+)?$"
    # ... or a strike's verb: "the warplanes struck from the east, from Belbek", "struck Serhiivka from
    # Belbek"
    # ("started shelling the city of Popasna from the city of Irmino")
    r"|\b(?:struck|hit|attacked|bombed|shelled|shelling)\s+(?:[\w'’-]+\s+){0,5}?from\s+"
    r"(?:the\s+(?:north|south|east|west)\w*,\s+from\s+)?(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$"
    # ... or the fire's noun: "launching artillery barrages from Debaltsevo towards Mariupol"
    r"|\b(?:barrages?|shelling|fire)\s+from\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$"
    # where the people hit came from: "63 soldiers were killed, most of them mobilized residents of the
    # Samara and Saratov regions"
    r"|\b(?:residents|natives|conscripts|reservists)\s+(?:of|from)\s+(?:the\s+)?$"
    # ... or travellers hit far from home: "A father and mother from the Belgorod region were killed" (on the
    # Crimean bridge)
    r"|\b(?:father|mother|parents|couple|family|tourists|holidaymakers|passengers)\s+from\s+(?:the\s+)?$"
    # ... or by their posts: "a police lieutenant from the Kirovohrad region was also killed" (in Kherson)
    r"|\b(?:lieutenant|sergeant|officers?|policem[ae]n|police\s+officers?|rescuers?|firefighters?|volunteers?"
    r"|medics?|paramedics?|doctors?|nurses?|journalists?|reporters?|teachers?|workers?|soldiers?"
    r"|servicem[ae]n)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
ORIGIN_REACH = 80  # characters before a place that ORIGIN looks through
# An item of a tally of drones downed, over a sea: "..., 10 over the Sea of Azov".
TALLIED_OVER = re.compile(
    rf"(?:[,:]|\band)\s+{_COUNT}\s+(?:(?:drones?|UAVs?)\s+)?"
    r"(?:over|above)\s+(?:the\s+)?(?:(?:waters|water\s+area)\s+of\s+the\s+)?$"
)
TALLIED_OVER_REACH = 50
# ... nor are the residents of a town the fire killed or wounded from elsewhere: "Russian shelling killed two
# residents of Pokrovsk" (where they live and were hit).
RESIDENTS_HIT = re.compile(
    r"\b(?:killed|killing|injured|injuring|wounded|wounding|hurt)\s+(?:[\w-]+\s+){0,5}?residents\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# ... but what came from a place may be the news of a strike on it: "Reports of missile strikes came from
# Lviv, Krivoy Rog and Odessa".
NEWS_CAME_FROM = re.compile(
    r"\b(?:reports?|news|word|accounts?)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:came|come|comes|coming)\s+"
    r"(?:in\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ORIGIN's words of where the people hit came from (looked for only in a sentence with one of them).
PEOPLE_FROM_WORDS = (
    "residents", "natives", "conscripts", "reservists", "father", "mother", "parents", "couple", "family",
    "tourists", "holidaymakers", "passengers",
)  # fmt: skip
# Where things hit were on their way to: "stored for subsequent delivery to Ukrainian troops in Donbas"
# (looked for only in a sentence with one of ON_THE_WAY).
DELIVERED_TO = re.compile(
    r"\b(?:deliver(?:y|ies|ed|ing)?|bound)\s+(?:[\w-]+\s+){0,3}?(?:to|for)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:in|at)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
ON_THE_WAY = ("deliver", "bound ")
# ... or the people or vehicles hit were: "a bus heading to Sumy near Bilopillia" (a place of its own named:
# the convoy "heading to the town of Sloviansk" was hit on its way, Sloviansk the nearest named; looked for
# only in a sentence with one of HEADED_WORDS).
HEADED_TO = re.compile(
    r"\b(?:evacuating|heading|travell?ing|driving|en\s+route)\s+(?:back\s+)?(?:to|for|towards?)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$"
    # ("Russian military vehicles destroyed on the way to Kyiv")
    r"|\bon\s+(?:the|their|its|his|her)\s+way\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
HEADED_WORDS = ("evacuating", "heading", "travel", "driving", "en route", "way to")
# ... or where the wounded are treated: "about 17 are in serious condition in hospitals in Mariupol and
# Berdiansk" (not "hospitalized in the town of Ramenskoye", where they were hurt, nor "attacked a hospital
# in the town of Rylsk").
TREATED_WORDS = ("hospital", "clinic", "medical")
TREATED_IN = re.compile(
    r"\b(?:condition|treated|treatment|admitted|taken|rushed|brought|transported|delivered|evacuated)\b"
    r"[^.;]{0,25}?\b(?:in|to)\s+(?:an?\s+|the\s+)?(?:local\s+)?"
    r"(?:hospitals?|medical\s+facilit(?:y|ies)|clinics?)\s+"
    r"in\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# ... and a place fronted as where the fire comes from: "From the temporarily occupied Kinburn Spit, Russian
# forces continue to shell the southern parts of the Mykolaiv and Kherson regions" (up to the place; a comma
# must follow it and the trigger come after).
FRONTED_ORIGIN = re.compile(
    r"\W*From\s+(?:the\s+)?(?:(?:temporarily\s+)?(?:occupied|captured|annexed|Russian-(?:occupied|held))\s+)?",
    re.IGNORECASE,
)
# A road named by the towns at its ends: "the road connecting Lyman and Torske", "the highway between X
# and Y".
ROAD_BETWEEN = re.compile(
    # ("The targeted railway connected Moscow to Kursk Oblast")
    # ("sabotaged a key railway line linking Russia's Moscow and Kursk oblasts")
    r"\b(?:(?:road|highway|route|railway(?:\s+line)?|rail\s+line|supply\s+line)\s+(?:(?:that|which)\s+)?"
    r"(?:connecting|linking|between|connect(?:s|ed)|link(?:s|ed))"
    # ... or a train's or bus's run: "a civilian train travelling between the Ukrainian cities of Odesa and
    # Zaporizhzhia"
    r"|(?:trains?|bus(?:es)?)\s+(?:(?:that|which)\s+(?:was|were|is|are)\s+)?(?:travell?ing|running|going)\s+"
    # ... or a service: "limited train operations between Zaporizhzhia and Dnipro due to attacks"
    r"between(?:\s+the\s+(?:(?:Ukrainian|Russian)\s+)?(?:cities|towns)\s+of)?"
    r"|(?:train|rail|railway|bus)\s+(?:operations|services?|traffic|connections?)\s+between)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:,|and|to|with|-|–)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)
# An ellipsis that tells the same of one more place: ", and so has Drobysheve".
SO_HAS = re.compile(r",?\s+and\s+so\s+(?:has|have|was|were|had)\s+(?:the\s+(?:village|town|city)\s+of\s+)?")
# "and other settlements of Kharkiv, Kupyan and Chuguyiv districts": the areas of a list of places.
OTHER_PLACES_OF_AREAS = re.compile(
    r"\bother\s+(?:settlements|villages|towns|localities|communities)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+|,\s+and\s+))*[A-Z][\w'’-]+\s+"
    r"(?:districts?|raions?|communit(?:y|ies)|hromadas?|regions?|oblasts?)\b"
)
# An aside that says where the places just listed are: "X, Y and Z - all in Sumy -".
ALL_IN = re.compile(r"[-–—,(]\s*(?:all|both|each)\s+(?:of them\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
# Between two places a strike came from: "from annexed Crimea and Russia's southern Rostov region".
ORIGIN_LISTED = re.compile(
    # ("Russia's Ryazan, Kursk and Belgorod regions, as well as the occupied Crimean peninsula")
    # (past a name the data lacks: "from Oryol, Shatalovo, Kursk, Bryansk")
    r"(?:\s*,\s*[A-Z][\w'’-]+)*\s*(?:,|,?\s+and|,?\s+or|,?\s+as\s+well\s+as)\s+(?:(?:Russia|Ukraine)['’]s\s+)?(?:\w+ern\s+)?"
    r"(?:the\s+)?"
    r"(?:(?:annexed|occupied|Russian-occupied)\s+)?"
    # ... or the oblast of one: "launched cruise missiles from the area of Engels in Russia's Saratov Oblast"
    # ("from Belbek, on the Russian-occupied Crimean Peninsula")
    r"|,?\s+(?:in|on)\s+(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?(?:\w+ern\s+)?(?:the\s+)?"
    r"(?:(?:annexed|occupied|Russian-occupied)\s+)?"
)
# Between an oblast and the city that says where it lies: "the Kaluga region near Moscow".
REGION_NEAR = re.compile(r"\s+(?:near|close\s+to|next\s+to|bordering|outside)\s+(?:the\s+)?", re.IGNORECASE)
# "northeast of Kupiansk near Synkivka": a direction from a town, then the place itself.
DIRECTION_OF = re.compile(rf"\b{_POINT}\w*(?:-{_POINT}\w*)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# ("north of Kharkiv in the direction of the village of Lyptsi")
TOWARDS = re.compile(
    r"\s+(?:near|in the direction of|towards?)\s+(?:the\s+)?(?:(?:village|town|settlement|city)\s+of\s+)?"
)
# A direction right after a town, with no comma: "the villages of Hirske and Zolote south of
# Lysychansk also came under ...": the town after it only says where they are.
DIRECTION_NEXT = re.compile(
    rf"\s+(?:(?:about|some|around)\s+)?(?:[\d.,]+\s*(?:km|kilomet(?:er|re)s|miles)\s+)?"
    rf"{_POINT}(?:-?{_POINT})?(?:ern)?\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    # "The village of Synetskyi on the outskirts of Sievierodonetsk was severely damaged": Synetskyi's
    r"|\s+on\s+the\s+(?:[\w-]+\s+)?outskirts\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?",
    re.IGNORECASE,
)
# The name a verb governs, right after it: "withdrew from Berdychi", "captured the village of Orlivka".
UNKNOWN_OBJECT = re.compile(
    r"\s+(?:back\s+)?(?:(?:from|of|into|in|near|over|to)\s+)?(?:the\s+)?"
    rf"{_OBLASTS_OWN}"  # "the Donetsk region's X"
    # "the eastern Ukrainian village of X"
    r"(?:(?:(?:[a-z][\w-]*|Ukrainian|Russian)\s+){0,3}?(?:village|town|city|settlement)s?\s+of\s+)?"
    r"([A-Z][\w'’-]+)"
)
# After a name the gazetteer lacks, the town it is a part of: "the Kanal district (Novyi) in Chasiv Yar",
# "the Tsentralnyi neighbourhood of Toretsk".
CITY_PART = re.compile(
    r"\s+(?:(?:micro-?)?(?:district|neighbou?rhood|quarter)"
    # ... or a works there: "took control of the Knauf plant in Soledar", "the AZOM metallurgical plant in
    # the north of the city of Bakhmut"
    r"|(?:[\w-]+\s+){0,2}?(?:plant|factory|works|mine|combine))"
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:in|of)\s+(?:the\s+)?"
    # ("the Yuvileyny microdistrict in the southwest of Kupyansk": a side of the town, in it)
    r"(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+(?:part\s+)?of\s+(?:the\s+)?)?"
    r"(?:(?:embattled|besieged|frontline|front-line|eastern|ruined)\s+)?(?:(?:city|town)\s+of\s+)?",
    re.IGNORECASE,
)
# After a name the gazetteer lacks, the kind of place it names: "pushed back the Russians in Serebryanksky
# forestry in Luhansk Oblast and in Klishchiyivka" (the oblast qualifies the forest, the list goes on).
UNKNOWN_KIND = re.compile(r"\s+(?:forest(?:ry)?|woods?|grove|heights?|farm|ravine|gully)\b", re.IGNORECASE)
# After a name the gazetteer lacks, a town it lies off: "Voznesenka, north of Kurakhove",
# "Stupochky, located east of the town of Kostiantynivka", "X, 10 km south of Y".
LOCATED_FROM = re.compile(
    r"[^\S\n]*,\s+(?:(?:located|situated|lying|which lies|which is)\s+)?(?:(?:about|some|around)\s+)?"
    r"(?:[\d.]+\s*(?:km|kilomet\w+|miles)\s+(?:\([^)]{1,20}\)\s+)?)?"
    r"(?:north|south|east|west)\w*(?:-\w+)?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:city|town|village|settlement)\s+of\s+)?",
    re.IGNORECASE,
)
# Capitalised words after a verb that are no place names.
NOT_PLACE_WORDS = frozenset(
    """Russian Ukrainian Russia Ukraine Russians Ukrainians Moscow Kyiv Kiev Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September October November
    December Soviet Western NATO ISW DeepState Wagner The A An""".split()
)
# A sentence's opening phrase of place: "In the Pokrovsk direction, ...", "Near Toretsk, ...".
# (after a linking adverb: "Meanwhile, in the Nedryhailiv community, Russian forces attacked a farm")
FRONTED = re.compile(
    r"(?:(?:Meanwhile|Also|Separately|Earlier|Later|Additionally|In addition|At the same time),\s+)?"
    r"(?:In|Near|Around|On|At|Outside|Along|in|near|around|on|at|outside|along)\b[^,;]{1,60},"
)
# An oblast named by its city's name, which the gazetteer holds as the city: "Tver Oblast", "Rostov region".
OBLAST_WORD_AFTER = re.compile(r"\s+(?:[Oo]blast|[Rr]egion|[Kk]rai|[Pp]rovince)\b")
# A cross-border operation into the oblast just named: "launched a large-scale incursion into the region".
INCURSION_INTO = re.compile(r"\bincursions?\s+into\s+$", re.IGNORECASE)
# ... and troops gone from it: "The Russian troops withdrew from the region on April 1"
WITHDREW_FROM = re.compile(
    r"\b(?:withdr[ae]w\w*|withdrawing|retreat\w*|pulled\s+out)\s+from\s+$", re.IGNORECASE
)
# A place opening a clause of its own after "and": ", and in the village of Orishanka".
NEXT_CLAUSE_PLACE = re.compile(r",?\s+and\s+in\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?$")
# A tally that goes on without its verb, each place then its count: "In Hirske, the enemy damaged 16
# houses, in Lysychansk — 15, in Vrubivka — 9, Novodruzhesk — 4".
TALLY_ITEM_BEFORE = re.compile(
    r"[,;]\s*(?:and\s+)?(?:in\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?)?$"
)
TALLY_COUNT_AFTER = re.compile(rf"\s*[—–-]\s*{_COUNT}\b")
# What a side means to do, not what it did: the places after it are its aims.
PURPOSE = re.compile(
    # ("started a counteroffensive with the objective of retaking territories ..., including Bakhmut")
    r"\b(?:aim(?:ing|s|ed)? to|seek(?:ing|s)? to|in a bid to|in an attempt to|in order to|hoping to|"
    r"with the (?:objective|goal|aim|intention) of|"
    r"intend(?:ing|s|ed)? to|plann?(?:ing|s|ed)? to|with the aim of|so as to|to regroup"
    # "forces advancing from the Kharkiv axis are setting conditions to resume offensive operations
    # through the city of Slovyansk": what they prepare for
    r"|(?:setting|set|sets|creating|create|creates|preparing|prepare|prepares) (?:the )?(?:conditions|ground)"
    r" (?:to|for)|preparing to|prepare to|prepares to"
    # "withdrew to regroup for a major push in the Donbas": where the next move is meant to be
    r"|for an? (?:[\w-]+ ){0,2}?(?:push|offensive|assault|operation)"
    # "advancing on a wide front ... to encircle Ukrainian forces south of Kurakhove": what the push is for
    r"|to (?:encircle|surround|capture|seize|storm|outflank|cut off)"
    # ... and what a crossing was blown to stop: "blew up a bridge across the Irpin River to prevent an enemy
    # breakthrough toward Kyiv"
    r"|to (?:prevent|stop|halt|slow(?: down)?|curb|hamper|impede|block|delay|hold back))\b",
    re.IGNORECASE,
)
# A clause that opens after a comma with a conjunction: its places are not the next verb's.
SUBORDINATE = re.compile(r",\s*(?:while|whereas|although|though|but)\b", re.IGNORECASE)
# ... but "but" before the same subject's next verbs, a retreat's: "tried to unblock their troops in the area
# of Dobropillia, but failed and retreated" left Dobropillia's area.
SAME_SUBJECT_BUT = re.compile(r",\s*but\s+(?:then\s+)?(?:failed|suffered|were|was|had)\b", re.IGNORECASE)
# Between a subject and its verb: nothing, or an adverb ("Avdiivka finally fell").
SUBJECT_RIGHT_BEFORE = re.compile(r"\s*(?:\w+ly\s+)?")
# "settlements in Chernihiv, Sumy and Kharkiv oblasts": the names stand for their oblasts.
CITY_CUE_BEFORE = re.compile(r"\b(?:cit(?:y|ies)|towns?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
PLURAL_REGIONS = re.compile(r"\s+(?:oblasts|regions|provinces)\b", re.IGNORECASE)
PLURAL_NAME = re.compile(r"\s(?:oblasts|regions|provinces)$", re.IGNORECASE)
SINGULAR_NAME = re.compile(r"\s(?:oblast|region|province)$", re.IGNORECASE)
# Where words were spoken, right before the place: "the Defense Ministry said in Kyiv", "told reporters in".
SPOKEN_IN_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+briefing)|speaking|spoke"
    r"|stated|announced|wrote)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
    r"in\s+(?:the\s+(?:capital|city)\s*,?\s*)?$"
)
MOURNING_IN_BEFORE = re.compile(
    r"\bmourning\b[^.;]{0,50}?\b(?:declared|announced|observed|held)\s+in\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)
# The words of taking a place (not of crossing a river: "crossed the Oskil").
TAKING_WORD = re.compile(
    r"(?:re-?)?(?:captur|seiz|took|tak(?:en|ing)|liberat|occup)|re-?tak", re.IGNORECASE
)
# Areas named by the town they lie around, then one of them: "in a number of areas on the outskirts of Kyiv,
# including in the suburb of Irpin".
AREAS_AROUND_BEFORE = re.compile(
    r"\b(?:outskirts|suburbs|environs|vicinity|areas?\s+(?:around|near))\s+(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
INCLUDING_TOWN = re.compile(
    r"\s*,\s*including\s+(?:in\s+|at\s+|near\s+)?(?:the\s+)?(?:(?:suburbs?|towns?|villages?|cit(?:y|ies)"
    r"|settlements?)\s+of\s+)?",
    re.IGNORECASE,
)
# A place that opens its sentence as its subject (SUBJECT_OPENING), then a relative clause about it closed
# by a comma, then the verb: "Nikopol district, which borders the occupied part of the Zaporizhzhia region,
# came under fire".
RELATIVE_THEN_VERB = re.compile(
    r"(?:\s+(?:district|raion|region|oblast|community|hromada))?\s*,\s*(?:which|that|where)\b[^;:,]{0,160}?,\s*"
    r"(?:(?:has|have|had|was|were|is|are)\s+(?:also\s+|again\s+|\w+ly\s+)?(?:been\s+)?)?"
)
# A retreat told in a relative clause whose antecedent is the place left: "a region from which ... retreated".
FROM_WHICH = re.compile(r"\b(?:from|out of) which\b[^,;.]{0,60}$", re.IGNORECASE)
FROM_WHICH_REACH = 80
# "captured it", "withdrew from it": the pronoun stands for the place the article has been about.
IT_REFERENCE = re.compile(
    r"\b(?:captur\w*|seiz\w*|took|retook|retake|recaptur\w*|liberat\w*|occupied|lost|abandon\w*|entered"
    r"|control (?:of|over)|withdr\w+ from|retreat\w* from|pulled out of|out of|left|shell\w*|struck|hit"
    r"|bombed"
    r"|fall of)\s+(it)\b(?!\s*(?:was|is|had|has|would|will|to|as)\b)"
    r"|\b(it)\s+(?=(?:is|was)\s+(?:[\w-]+\s+){0,4}(?:gain|loss|capture|fall|victory|setback|withdrawal)\b)"
    r"|\b(it)\s+(?=(?:was|had been|has been)\s+(?:\w+ly\s+)?(?:captured|seized|liberated|occupied|recaptured"
    r"|retaken|taken|overrun)\b|fell\b)",
    re.IGNORECASE,
)
# "there" for the place just named, after a verb of leaving: "Ukraine confirmed that it was withdrawing its
# troops there", "the troops pulled out from there" (not the "there" of "there were strikes").
THERE_REFERENCE = re.compile(
    r"\b(?:withdr(?:aw|awn|awing|ew|aws)|retreat(?:ed|ing|s)?|pull(?:ed|ing|s)?\s+out|pull(?:ed|ing|s)?\s+back)"
    r"(?:\s+(?:its|their|the|our|all)\s+(?:[\w-]+\s+)?(?:troops|forces|units|soldiers|servicemen))?"
    r"\s+(?:from\s+)?(there)\b",
    re.IGNORECASE,
)
# A sentence telling what followed from the one before: "As a result, the Ukrainian military retreated".
CONSEQUENCE_OPENING = re.compile(r"^\s*(As a result|Consequently|As a consequence),\s")
# A community named before a border guards' tally, and what comes between the tally and its villages.
COMMUNITY_AFTER = re.compile(r"\s+(?:communit(?:y|ies)|hromadas?)\b", re.IGNORECASE)
TALLY_PLACED = re.compile(
    r"(?:\s+(?:was|were)\s+(?:recorded|registered|heard|reported))?(?:\s*\([^()]{0,80}\))?"
    # ("6 explosions were recorded, probably caused by 120-mm mortars, in the direction of Yasna Polyana")
    r"(?:,\s*(?:also\s+)?(?:possibly|probably|allegedly|presumably|likely)\b[^,;.()]{0,70})?,?"
    r"\s+(?:in\s+the\s+(?:vicinity|area|direction)\s+of|near|around)\s+(?:the\s+)?"
    r"(?:(?:villages?|settlements?)\s+of\s+)?"
)
# A dash that goes on to say more of what was just named: "in the Kharkiv region – an administrative
# building in the city of Dvorichna"; ELABORATION_REACH characters from the oblast at most.
# (an em dash set close, as American copy sets it: "two villages in the Donetsk region—Stupochky and")
ELABORATION = re.compile(r"\s[–—]\s|\s-\s|(?<=\w)—(?=\w)")
# Settlements counted "in" an oblast, then named after a dash: "two more settlements in the region – X and Y".
SETTLEMENTS_IN = re.compile(
    r"\b(?:settlements|villages|towns|localities)\s+in\s+(?:the\s+|Ukraine['’]s\s+|Russia['’]s\s+)?"
    r"(?:\w+(?:-\w+)?\s+)?$",
    re.IGNORECASE,
)
ELABORATION_REACH = 140
OBLASTS_LISTED = re.compile(r",\s*(?:and\s+)?|,?\s+and\s+")
# ... or named after the oblasts' list, as some of what was taken there: ", including the hubs of X and Y".
TOWNS_INCLUDED = re.compile(
    r"(?:\s+(?:regions|oblasts|provinces))?,\s+including\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}?of\s+)?",
    re.IGNORECASE,
)
# ... or the town where the fire in the oblast was told of, right before it.
TOLD_IN_TOWN = re.compile(
    r"\b(?:registered|recorded|reported|heard|occurred"
    # ("In the occupied Crimea, explosions are heard near the airfield Nytka, which is located in the
    # village of Novofedorivka")
    r"|(?:is|are|was|were)\s+(?:located|situated))\s+in\s+(?:the\s+)?(?:(?:city|town|village|settlement)"
    r"\s+of\s+)?$"
)
CLAUSE_BREAK = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|—|–")
# A clause joined by ", and" with a subject of its own in lower case, before its verb.
AND_CLAUSE = re.compile(r",\s+and\s+(?:the\s+)?(?!then\b|also\b|later\b)[a-z][\w'’-]*\s")
# A subordinate clause's opener and its subject, right before its verb.
SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:since|because|until|unless|although|though)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE
)
# Costs in characters of distance: how much less likely a place is in each position.
WRONG_SIDE = 40  # before an active verb, after a passive one
BROAD_KIND = (
    60  # a region or a river when a town is as near: "Balakliya, a town in the Kharkiv region that ..."
)
ACROSS_CLAUSE = 200
# A place farther than this (characters) from the event phrase is in another part of the sentence
# ("... in retaliation for an attack on the Crimean bridge"), not where this event happened.
# A place as where something was headed: "a Kyiv-bound train", "the Moscow-bound flight".
BOUND_FOR_AFTER = re.compile(r"[-–]bound\b", re.IGNORECASE)
BRIDGE_TOWARDS_BEFORE = re.compile(
    # (not "destroyed the bridges to Lysychansk": the crossings at the town, across the river from the other)
    r"\bbridges?\s+(?:towards?|leading\s+(?:to|towards?))\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
MAX_GAP = 120
# Blasts told as heard somewhere, right after their noun: " were heard in ", " were also reported in ".
BLASTS_HEARD_IN = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?"
    r"(?:heard|reported|recorded|registered)\s+(?:in|near|over|at)\s"
)
# The fire a strike set, told after it, and where: ", igniting a massive fire at the refinery in X".
FIRE_SPARKED = re.compile(
    r",\s+(?:igniting|sparking|causing|starting|triggering|setting\s+off)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:fires?|blazes?|explosions?)\s+(?:at|in|on)\s",
    re.IGNORECASE,
)
# ... and the fire a strike started, told as a clause of its own after it, where the strike is named only
# with an oblast: "In the Bryansk region, as a result of a drone attack, a fire started on the territory
# of an oil depot in the city of Klyntsy".
FIRE_STARTED = re.compile(
    r",\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:fire|blaze)\s+(?:started|broke\s+out|erupted|occurred)\s+(?:at|in|on)\s",
    re.IGNORECASE,
)
# Between a base and the fire it serves: "has been used by Russian warplanes to", "used as a base for".
LAUNCHED_FROM = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?used\s+(?:by\s+[^.;,]{1,40}?\s+to|as\s+an?\s+(?:\w+\s+)?"
    r"(?:base|platform|launch\s+site|launchpad|staging\s+(?:area|ground|post))\s+(?:for|to))\s+(?:launch\s+|carry\s+out\s+)?"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Words after a verb of fire that stand for the places its sentence listed before: "shelling these
# territories".
THESE_AREAS = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:these|those|both)\s+(?:territories|regions|areas|oblasts|districts|communities)\b",
    re.IGNORECASE,
)
# A sentence that opens in a town ("In Kramatorsk, ...") and the description set after it (", a city in ...").
FRONTED_IN = re.compile(r"\W{0,2}In\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?")
DESCRIBED_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:city|town|village|settlement|port|hub)\b[^;]*?,\s"
)
# A second target right after a passive verb of fire: ", as well as [the Kremniy plant in] Bryansk".
# ... or "as were": "Kramatorsk was shelled on Monday, as were Sloviansk and Druzhkivka".
ALSO_HIT_AFTER = re.compile(
    r"(?:\s+(?:on|in|at|overnight|yesterday|today|again)\b(?:\s+(?:[A-Z][a-z]+|\d{1,2})){0,2})*\s*,\s*"
    r"(?:as\s+well\s+as\s+(?:(?:in|at|on)\s+)?(?:(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at|near)\s+)?"
    r"|as\s+(?:were|was)\s+(?:(?:nearby|neighbou?ring|also)\s+)?)"
)
# A sentence's subject place, then a relative clause or its verb: "Bilogorivka, which had ...", "X was".
SUBJECT_CLAUSE = re.compile(r",\s+(?:which|that|a|an|the)\b|\s+(?:was|had|has|is)\b")
# A sentence's opening subject, a place (with its kind), an aside set off by commas, and the passive verb.
SUBJECT_OPENING = re.compile(r"\W{0,2}(?:the\s+(?:village|town|city|settlement)\s+of\s+)?", re.IGNORECASE)
# (its oblast may come first: "The city of Siversk in Donetsk region, where Russian troops began ...,")
ASIDE = re.compile(
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:region|oblast|province))?,\s+[^,;.:]{3,120},\s+", re.IGNORECASE
)
PASSIVE_VERB_OPENING = re.compile(
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)(?:\s+(?:\w+ly|first|then|almost|now)){0,2}\s+"
)
# A strike's object may run longer when it has no comma and ends in a preposition of place.
LONG_OBJECT = 260
# A verb joined to an earlier one by "and", right before it: "encircled ... Ilovaisk, and captured".
AND_THEN_VERB = re.compile(r",?\s+and\s+(?:also\s+|then\s+|later\s+)?$")
# What a fire's noun is on, then where that is: " an oil depot in the western ", " a fuel depot near ".
OBJECT_THEN_ITS_PLACE = re.compile(
    rf"\s+(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){{0,3}}?(?:{FACILITY_NOUNS}|enterprises?)\s+"
    r"(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?"
)
# A clause that times the one before it, opened after a comma: ", as Moscow's forces press on".
TIMING_CLAUSE = re.compile(
    r",\s+(?:even\s+)?(?:as|while)\s+(?!(?:well|part|a\s+result|of|if|long|soon|many|much)\b)"
)
# Words that name again a place told before: "the two cities", "the town", "it".
REFERS_BACK = re.compile(
    r"\b(?:it|them|there|the\s+(?:\w+\s+)?(?:city|cities|town|towns|village|villages|settlements?|area|region))\b",
    re.IGNORECASE,
)
# ... with an auxiliary: "attacking near Terny and is advancing"; and the sector right after a verb, its
# object.
CONJOINED_VERB_BEFORE = re.compile(r"\s+and\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:also\s+|now\s+)?$")
SECTOR_OBJECT = re.compile(r"\s+(?:in|on|along)\s+(?:the\s+)?")
LONG_OBJECT_GAP = re.compile(
    # (a list of units goes on after its commas: "of the 57th brigade, 82nd assault brigade, 125th and ...")
    r"(?:[^,;.:]|,\s+(?=\d+(?:st|nd|rd|th)\b))*"
    r"\s(?:in|near|at|around|outside|in the areas? of|in the vicinity of)\s+(?:the\s+)?"
    # ("in the outskirts of the southern town of Novoazovsk")
    r"(?:(?:outskirts|edge|centre|center|vicinity)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?"
    # ("captured the North Crimean Canal in the neighbouring city of Tavriysk")
    # ("... against production workshops and storage sites of unmanned boats in the districts of Odessa")
    r"(?:(?:(?:neighbou?ring|nearby|small|key|frontline|front-line)\s+)?"
    r"(?:city|town|village|settlement|district|area)s?\s+of\s+)?"
)
DESTINATION = re.compile(r"\b(?:toward|towards|to|into|onto)\s+(?:the\s+)?$", re.IGNORECASE)
DESTINATION_COST = 150
# A verb whose object is left out, as in a clause that describes a place ("the town Ukraine retreated
# from last month", "the city Russia captured in May"): a time or the clause's end right after it.
ELIDED_OBJECT = re.compile(
    r"(?:\s+(?:from|out\s+of|of|in))?\s*(?:[,.;:)\"”]|$|\s*(?:last|earlier|this|late|early|in|on|since|after"
    r"|before|during|a\s+(?:year|month|week)|(?:\w+\s+)?(?:days|weeks|months|years)\s+ago)\b)",
    re.IGNORECASE,
)
# "<place>, the (fiercely fought-over) town (that|which|where) Ukraine": the description, then the
# clause's subject, right before its verb.
DESCRIBED_HEAD = re.compile(
    r",\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,4}?(?:town|city|village|settlement|stronghold|hub)\s+"
    r"(?:(?:that|which|where)\s+)?(?:[\w'’-]+\s+){1,3}?(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# ... or the place's relative clause: "Severodonetsk, which Russian forces seized last week, ...".
RELATIVE_HEAD = re.compile(
    r",\s+(?:which|that)\s+(?:[\w'’-]+\s+){1,3}?(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE
)
# "This village is two kilometers from Lozuvatske and was claimed by Russia": a place that only
# locates another is less likely the event's own.
MEASURED_FROM = re.compile(
    r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s*(?:-\s*)?"
    # ("located approximately 23 kilometers away (14 miles) from Naslavcea": a word, then the miles)
    r"(?:km|kilomet(?:er|re)s?|miles?)\s+(?:away\s+)?(?:\([^()]{1,30}\)\s+)?(?:\w+\s+)?(?:from|of)\s+(?:the\s+)?"
    r"(?:\w+\s+of\s+|capital\s+(?:city\s+)?(?:of\s+)?"  # ("85 miles northwest of the capital Kyiv")
    # ("just ten miles from the Russian-controlled city of Makiivka")
    r"|[\w-]+\s+(?:city|town|village|hub)\s+of\s+)?$"
    # ... or a direction from it: "the village of Andriivka, also located south of the eastern Ukrainian
    # city of Bakhmut, had been retaken"
    r"|\b(?:located|situated|lying)\s+(?:\w+\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:city|town|village|hub)\s+of\s+)?$"
    # ... or a direction set off by a comma after the place it locates: "in the Nizhny Novgorod region,
    # east of Moscow"
    r"|\w,\s+(?:just\s+|far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"(?:(?:capital|city)\s+(?:of\s+)?)?$"
    # ... or one that opens the sentence: "East of Izyum a Russian assault ... captured it"
    r"|(?:^|(?<=[.!?] )|(?<=\n))(?:just\s+|far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
    r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?#?$"  # (a thread's hashtag: "East of #Izyum")
    # ... or two places that a thing lies between: "Debaltseve, a strategic railway hub between the main
    # rebel-held cities of Donetsk and Lugansk", "along the front line between Izyum and Barvenkovo"
    r"|\b(?:hub|junction|town|city|village|road|highway|railway|line|located|situated|lying|halfway|midway)"
    r"\s+between\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:cities|towns|villages)\s+of\s+)?(?:[\w'’-]+\s+and\s+)?$",
    re.IGNORECASE,
)
MEASURED_FROM_COST = 100
MEASURED_REACH = 60  # characters before a place that MEASURED_FROM looks through
OWN_RELATIVE = re.compile(r"\s*,\s+(?:which|that|where|whom)\b")
# Back-references: what a mention in the title, or in this or the previous sentence, is worth
# against one more mention of another place.
IN_TITLE = 3
SUBJECT_CHARS = 16  # how near the start of the previous sentence a name is its subject ("The town of X")
RECENT = 3
SAME_SENTENCE = 50
# ... and a place the text called by the same word, when none was named in the sentence before ("the
# nearby town of Dobropillya ... the town endured waves of drone attacks", where the title's Pokrovsk was
# "the eastern city")
SAME_WORD = 3
# Russian regions where ground has changed hands (the 2022 Belgorod raids, the 2024 Kursk incursion).
BORDER_REGIONS = ("Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast")


@dataclass(slots=True)  # not frozen: made for every sentence, and freezing triples the cost
class SentencePlace:
    """A place in a sentence, with its span relative to the sentence."""

    place: Place
    start: int
    end: int
    text: str
    back_reference: bool = False
    # the name of a front sector ("In the Kramatorsk sector, ..."): context, not where the event was
    direction: bool = False
    # the place itself, not a point measured from it: no offset applies ("withdrew to X, north of Y"
    # told as a withdrawal from Y)
    exact: bool = False
    # where an advance headed, the only place it names ("advanced towards Pokrovsk"): near it, not at it
    goal: bool = False


def sentence_places(
    text: str,
    sentence_start: int,
    sentence_end: int,
    mentions: list[Mention],
    *,
    recent_from: int = 0,
    title_ids: frozenset[str] = frozenset(),
    oblast_named: Callable[[str], Place | None] | None = None,
) -> list[SentencePlace]:
    """The places of one sentence that can be an event's location, in order.

    ``mentions`` are the article's, in text order; ``oblast_named`` gives the oblast a name stands for
    ("Cherkasy", "Kirovohrad"), or None, for the capitals named in a governor's title.

    A back-reference ("the city") stands for the populated place the article has been about: the
    one with the most of: mentions so far, a mention since ``recent_from`` (the previous sentence's
    start; worth ``RECENT``) and a mention in the title (worth ``IN_TITLE``).
    """
    sentence = text[sentence_start:sentence_end]
    titles = any(word in sentence for word in TITLE_CUES)  # most sentences name no official
    places = []
    own = mentions_within(mentions, sentence_start, sentence_end)
    titled: list[Mention] = []  # oblasts named only in an official's title ("Voronezh region Governor")
    # ... of them, those named by their capital ("Cherkasy Governor"), and whether a governor's title names it
    by_capital: dict[int, bool] = {}
    for m in own:
        if (
            m.place is None
            or m.place.kind == "country"
            or (m.place.sea and not TALLIED_OVER.search(text, max(0, m.start - TALLIED_OVER_REACH), m.start))
        ):
            # "Kalibr missiles from the Black Sea": a sea is where the weapon was, not what it hit (but "10
            # over the Sea of Azov" in a tally of drones downed is where some were)
            continue
        if (
            (area := area_after(text, m.text, m.start, m.end)) is not None
            and area.group(1)  # a district; a community is small enough to be where its villages are
            and IN_THE_BEFORE.search(text, max(0, m.start - 8), m.start)
            # (a city's own district is what was hit: "a building in the Holosiivskyi district of Kyiv")
            and city_id_of(m.place) is None
            and any(
                m.end < o.start < _clause_end(text, m.end, sentence_end)
                and (o.place is None or o.place.kind in POPULATED)
                # (not another district named by its town: "in Chuhuiv district, Barvinkovo district")
                and not _names_its_district(text, o.text, o.start, o.end)
                for o in own
            )
        ):
            continue  # "In the Valuisky district, the village of Dolgoye was shelled": the district locates
        if (
            area is not None
            and area.group(1)
            and not URBAN.search(area.group())
            and (comma := m.start - (2 if text.endswith(", ", 0, m.start) else 6)) >= 0
            and text[comma : m.start] in (", ", ", the ")
            and (
                any(o.end == comma and (o.place is None or o.place.kind in POPULATED) for o in own)
                or NAMED_PLACE_BEFORE.search(text, max(0, comma - 58), comma + 2)
            )
        ):
            # "attacked the town of Vovchansk, Chuhuiv district", "the outskirts of Kozacha Lopan, the
            # Kharkiv district": the district's seat only says where (a community, or an urban district, is
            # the town itself: "Krasnoye, Shebekinsky urban district")
            continue
        if (
            text[max(0, m.start - 2) : m.start] == ", "
            and m.place.kind in POPULATED
            and OBLAST_WORD_AFTER.match(text, m.end)
            and any(o.end == m.start - 2 and o.place is not None and o.place.kind in POPULATED for o in own)
        ):
            continue  # "a weapons depot in Toropets, Tver Oblast": the oblast (named by its city) locates it
        if (
            text[max(0, m.start - 2) : m.start] == ", "
            and m.place.kind == "city"
            and m.place.admin1.startswith(m.place.name + " ")
            and CAPITAL_QUALIFIER_AFTER.match(text, m.end) is not None
            and any(
                o.end == m.start - 2
                and o.place is not None
                and o.place.kind in POPULATED
                and o.place.id != m.place.id
                and o.place.admin1 == m.place.admin1
                for o in own
            )
        ):
            continue  # "had seized Vuhledar, Donetsk, on Wednesday": the oblast, named by its capital
        if titles and oblast_named is not None and (oblast := _capital_titled(text, m, oblast_named)):
            titled.append(replace(m, place=oblast))  # "Cherkasy Governor Ihor Taburets": the oblast's
            title = TITLE_AFTER.match(text, m.end)
            # (the governor's word may come first: "The Governor of the Lviv Regional State Administration")
            by_capital[m.start] = (
                title is not None and "gov" in title.group().lower()
            ) or GOVERNOR_OF.search(text, max(0, m.start - 30), m.start) is not None
            continue
        if m.place.kind in POPULATED and METONYM_AFTER.match(text, m.end):
            continue
        if (
            (base := BASE_IN.match(text, m.end)) is not None
            and any(
                o.start == base.end()
                and o.place is not None
                and o.place.kind in POPULATED
                # (but "the Vasilkov airfield near Kiev" is Vasylkiv's: the city only says where it is)
                and not (o.place.kind == "city" and " near " in base.group())
                for o in own
            )
        ):
            continue  # "the Saky military airfield in Novofedorivka": named for one town, it lies in another
        if m.place.kind in ("bridge", "dam") and (
            CLOSURE_BEFORE.search(text, max(0, m.start - 30), m.start) or CLOSED_AFTER.match(text, m.end)
        ):
            # "explosions in occupied Crimea and the closure of the Crimean Bridge", "amid which the Kerch
            # Bridge was shut down": shut, not hit
            continue
        if m.place.kind in POPULATED and text.startswith(("'s ", "’s "), m.end) and RANKED_CITY.match(
            text, m.end
        ):
            continue  # "Russia claims control of Zaporizhzhia's second largest city": another city, unnamed
        if m.place.kind == "city" and _time_zone(text, m):
            continue  # "at 08:00 Moscow time": a time zone, a mention of the city but no event's place
        if m.text in CAPITALS and GAIN_FOR.search(text, max(0, m.start - 30), m.start):
            continue  # "the latest gain for Kyiv": the side, not the city
        if m.text in CAPITALS and SEAT_BEFORE.search(text, max(0, m.start - 30), m.start):
            continue  # "as authorities in Kyiv and Russian media claimed": where the speakers sit
        if (
            m.place.kind == "region"
            and (owning := POSSESSIVE_BEFORE.match(text, m.end)) is not None
            and any(o.start == owning.end() for o in own)
        ):
            continue  # "strikes on the Sumy region's Yunakivka": the oblast only says where Yunakivka is
        if (
            m.place.kind == "city"
            and (owning := POSSESSIVE_BEFORE.match(text, m.end)) is not None
            and any(
                o.start == owning.end()
                and o.place is not None
                and o.place.kind in ("town", "village")
                and o.place.admin1 == m.place.admin1
                for o in own
            )
        ):
            continue  # "broke through near Zaporizhzhia's Verbove": the capital names its oblast
        if AREA_POSSESSIVE.match(text, m.end) or (
            area is not None and area.end() == m.end and text.startswith(("'s ", "’s "), m.end)
        ):
            continue  # "the Chuhuiv district's Okhrymivka", "its town of Vovchansk": where, not what
        if as_government(m.text, text, m.end):
            continue  # "following Kyiv's incursion", "what Moscow calls": the government, not the city
        if (
            (text.startswith(ROUTE_DASHES, m.end) or text.endswith(ROUTE_DASHES, 0, m.start))
            and (route := ROUTE_AFTER.match(text, m.end) or ROUTE_END.match(text, m.end))
            # (but a front line drawn through villages is where the fighting is: "advancing on a wide front
            # along the Shakhtarske-Trudove-Antonivka line")
            and not (m.place.kind == "village" and FRONT_LINE_NOUN.search(route.group()))
        ):
            continue  # "towards the E-50 (Donetsk-Pokrovsk) highway": a road's ends, not where it happened
        if JOURNEY_BEFORE.search(text, max(0, m.start - JOURNEY_REACH), m.start):
            continue  # "a train traveling from Odesa to Zaporizhzhia was damaged": the journey's ends
        if "airport" in sentence and (
            AIRPORTS_SHUT_BEFORE.search(text, max(0, m.start - AIRPORTS_SHUT_REACH), m.start)
            or (AIRPORTS_SHUT_AFTER.match(text, m.end) and not AIRPORT_HIT.search(sentence))
        ):
            continue  # "flights were suspended at airports in Kazan and Ulyanovsk": no strike there
        if EXCEPTED_BEFORE.search(text, max(0, m.start - EXCEPTED_REACH), m.start):
            continue  # "Russia controls most of Luhansk Oblast, save for the cities of X and Y": not there
        if OFF_FROM.search(text, max(0, m.start - OFF_FROM_REACH), m.start):
            continue  # "cutting the city off from Kyiv", "further away from Sumy": not where it happened
        if (text.startswith(ROUTE_DASHES, m.end + 1) or text.endswith(ROUTE_DASHES, 0, m.start - 1)) and any(
            c.start() <= m.start < c.end() for c in STOPS_CHAIN.finditer(text, max(0, m.start - CHAIN_REACH))
        ):
            continue  # "train No. 66/65 Uman - Cherkasy - Kharkiv is heading on a bypass route": its stops
        if (m.start - sentence_start <= 1 or JOINED_DATELINE.fullmatch(text, sentence_start, m.start)) and (
            DATELINE.match(text, m.end)
            or (m.start > 0 and text[m.start - 1] == "(" and text.startswith(")", m.end))
        ):
            continue  # "KYIV, Sept 12 (Reuters) -", "(Kyiv) Russian drones ...": where the story was filed
        if titles and (
            TITLE_AFTER.match(text, m.end)
            or TITLE_BEFORE.search(text, max(0, m.start - TITLE_REACH), m.start)
        ):
            if m.place.kind == "region":
                titled.append(m)
            continue  # "the governor of Luhansk region ... said": the speaker's office, not the event's place
        direction = getattr(m, "direction", False) or (
            text.startswith(AXIS_STARTS, m.end) and AXIS.match(text, m.end) is not None
        )
        if (
            direction or text.startswith(" area", m.end)
        ) and COMPASS_SECTOR.search(text, max(0, m.start - 12), m.start):
            continue  # "in the south Donetsk direction": a front of 100 km, not the city it is named for
        places.append(
            SentencePlace(m.place, m.start - sentence_start, m.end - sentence_start, m.text, False, direction)
        )
    references = (
        [
            (m.start(group), m.end(group), m.group(group))
            for m in IT_REFERENCE.finditer(sentence)
            for group in (1, 2, 3)
            if m.group(group)
        ]
        if " it" in sentence or sentence.startswith("It ")  # "pulled out of it." ends with no space
        else []
    )
    if " there" in sentence:
        references += [(m.start(1), m.end(1), m.group(1)) for m in THERE_REFERENCE.finditer(sentence)]
    if not places and not references and (consequence := CONSEQUENCE_OPENING.match(sentence)):
        # "... wedged into the defence near Vesele. As a result, the Ukrainian military retreated": what
        # followed from the sentence before happened where it did (read as "there")
        references.append((consequence.start(1), consequence.end(1), "there"))
    for m in BACK_REFERENCE.finditer(sentence):
        if m.group("noun").lower() in AREA_NOUNS and (
            m.group("region")
            or places
            or not (
                sentence.startswith(("'s", "’s"), m.end())
                # "Head of Lviv Oblast Military Administration ... said that the Russians had attacked energy
                # facilities in the region": the oblast of the official's title
                or (titled and m.group("noun").lower() in ("region", "oblast"))
                or REGION_STRUCK.search(sentence, max(0, m.start() - 30), m.start())
                # "launched about 400 strikes against seven settlements in the region": the oblast's places
                or SETTLEMENTS_STRUCK_IN.search(sentence, max(0, m.start() - 90), m.start())
                # "Ukraine launched a large-scale incursion into the region last August"
                or INCURSION_INTO.search(sentence, max(0, m.start() - 30), m.start())
                or WITHDREW_FROM.search(sentence, max(0, m.start() - 30), m.start())
            )
        ):
            # "the Kharkiv region" names its oblast; "a strike on the region", "two more settlements in
            # the region – X and Y" are mostly background or lists; "hit manpower in the region's border
            # areas", in a sentence with no other place, is where the oblast just named was hit
            continue
        if m.group("noun").lower() in CROSSING_NOUNS and NAMED_WATER_AFTER.match(sentence, m.end()):
            continue  # "also shelled the bridge across the Tonky Strait": a bridge the sentence places
        if m.group("region"):
            # (or the oblast's capital the name also is: "in the strategic Donetsk town", Toretsk)
            region = [
                p
                for p in places
                if p.start <= m.start("region") < p.end
                and (
                    p.place.kind == "region"
                    or (
                        p.place.kind == "city"
                        and p.place.admin1 == f"{p.place.name} Oblast"
                        and m.group("noun").lower() in TOWN_WORDS
                    )
                )
            ]
            if not region:
                continue  # "the Russian town": no region of ours; it may name a town far from the last
            if region[0].place.id.startswith(RAION_PREFIX):
                continue  # "struck the Nikopol district": the raion by its name, no district named before
            places.remove(region[0])
        references.append((m.start(), m.end(), m.group("noun")))
    if " city district" in sentence:
        # "drones hit three city districts": the city just named
        references += [(m.start(), m.end(), "city") for m in CITY_DISTRICTS.finditer(sentence)]
    if "regional cent" in sentence or "regional capital" in sentence:
        # "the Russians struck the territory of the regional center 13 times": the oblast's city just named
        references += [(m.start(), m.end(), REGIONAL_CENTRE_WORD) for m in REGIONAL_CENTRE.finditer(sentence)]
    if "the capital" in sentence:
        references += [(m.start(), m.end(), CAPITAL_WORD) for m in THE_CAPITAL.finditer(sentence)]
    if any(cue in sentence for cue in ORDINAL_CUES):
        places += _ordinal_references(sentence, sentence_start, mentions, places, recent_from)
    if "same " in sentence:
        places += _same_area(sentence, sentence_start, mentions, places, text)
    if " region" in sentence or " oblast" in sentence:
        # "Serhiy Borzov, governor of the Vinnytsia region, said Russia had carried out attacks on energy
        # facilities in his region": the official's own oblast, named in the title before
        for match in OWN_REGION.finditer(sentence):
            titled = [
                m
                for m in own
                if m.place is not None
                and m.place.kind == "region"
                and m.end <= sentence_start + match.start()
                and not any(p.start <= m.start - sentence_start < p.end for p in places)
            ]
            if titled:
                start, end = match.span()
                places.append(SentencePlace(titled[-1].place, start, end, match.group(), True))
    if any(cue in sentence for cue in PLURAL_CUES):
        places += _plural_references(sentence, sentence_start, mentions, places, recent_from, text)
    for start, end, word in references:
        if any(p.start <= start < p.end for p in places):
            continue
        kinds = REFERRED_KINDS.get(word.lower(), POPULATED)
        if kinds == ("region",) and titled and titled[-1].end <= sentence_start + start:
            # "The head of the Dnipropetrovsk RMA said that ... the Russian attack on the region's energy
            # infrastructure": the oblast of the official's title
            places.append(SentencePlace(titled[-1].place, start, end, sentence[start:end], True))
            continue
        before = mentions[: bisect_left(mentions, sentence_start + start, key=_mention_start)]
        earlier = [
            m
            for m in before
            if m.place is not None
            and (m.place.kind in kinds or _raion_as_the_district(word, m.place))
            and (word != REGIONAL_CENTRE_WORD or m.place.country in REGIONAL_COUNTRIES)
            and (kinds != ("region",) or m.place.id.startswith("admin1:"))  # "the region": an oblast
            and m.end <= sentence_start + start
            and not as_government(m.text, text, m.end)  # "Moscow said": no town "the town" stands for
            # ("according to both Kiev officials and pro-Russian rebels. ... attacking the town": the
            # capital's officials, not the town of the story)
            and not (m.place.name in CAPITALS and CAPITAL_OFFICIALS.match(text, m.end))
            # ("Avdeevka, which had served as a pivotal fortress for Kiev ... to withdraw from the town": the
            # side a town served, no town)
            and not (
                m.place.name in CAPITALS and SERVED_FOR_BEFORE.search(text, max(0, m.start - 5), m.start)
            )
            # "KYIV: Ukraine said ... raised the flag in the settlement" (but "KHERSON, Ukraine -- Russian
            # forces shelled the city": the city the story was filed from)
            and not (_dateline(text, m) and not (word.lower() == "city" and m.place.kind == "city"))
            and not TITLE_AFTER.match(text, m.end)  # "the head of the Dnipropetrovsk regional administration"
            # "the village of Velykyi Burluk in the Kupiansk district ... the central part of the settlement":
            # a district named for its town is no town
            and not (word.lower() in TOWN_WORDS and AREA_AFTER.match(text, m.end))
            # ("Vyacheslav Gladkov, the governor of Belgorod, said ... fire that was directed at the town":
            # the governor's oblast, no town the fire hit)
            and not (
                TITLE_BEFORE.search(text, max(0, m.start - TITLE_REACH), m.start)
                # (but a mayor's city is "the city": "the Mayor of Slavutych has said that the city is
                # occupied by Russian armed units")
                and not (
                    word.lower() in ("city", "town")
                    and MAYOR_OF.search(text, max(0, m.start - TITLE_REACH), m.start)
                )
            )
            and not _time_zone(text, m)  # "as of 6:30 a.m. Kyiv time ... other areas in the city"
            # "Makariv, a strategic town 30 miles west of Kyiv. ... regained control of the town": the town
            # a distance is measured from is not the one described
            and not MEASURED_FROM.search(text, max(0, m.start - MEASURED_REACH), m.start)
        ]
        if any(m.start >= sentence_start and not _dateline(text, m) for m in earlier):
            # "KYIV: Russian forces shelled the city of Kherson ... after Zelensky visited the city": the city
            # the sentence names, not the one it was filed from
            earlier = [m for m in earlier if not _dateline(text, m)]
        if word.lower() == "island":
            earlier = [m for m in earlier if "island" in m.place.name.lower()]
        if word == CAPITAL_WORD:
            earlier = [m for m in earlier if m.place.name in CAPITALS]
            countries = [
                m.place.country
                for m in own
                if m.place is not None and m.place.kind == "country" and m.end <= sentence_start + start
            ]
            if countries:
                # "Ukrainian drones hit Moscow. ... Russia bombarded Ukraine ..., killing four people in the
                # capital": the capital of the country the sentence last named, not the one named before
                earlier = [m for m in earlier if m.place.country == countries[-1]]
        if word.lower() == "city":
            # "pushed Russian forces out of the Kolisnykivka forest. ... missile attacks targeting the city":
            # no hamlet is "the city" (but a small town is: Rodynske of 9,000, a city by its charter)
            earlier = [
                m for m in earlier if m.place.kind != "village" or m.place.population >= CITY_MIN_VILLAGE
            ]
        if (word.lower() in TOWN_WORDS or word == REGIONAL_CENTRE_WORD) and (
            oblasts := {
                p.place.name
                for p in places
                if p.end <= start and p.place.id.startswith("admin1:") and OBLAST_WORD.search(p.text)
            }
        ):
            # "intensified its offensive in Kharkiv Oblast, launching missile attacks targeting the city": a
            # town of the oblast the sentence names, or none (not a town of another oblast named before; nor
            # is "In Kherson province, ... killed to the north of the regional capital" Zaporizhzhia)
            earlier = [m for m in earlier if m.place.admin1 in oblasts]
        if word.lower() == "there":
            # "there" is the place just named, in this sentence or the one before, and no other: not a
            # town named earlier when the last name was one the gazetteer lacks ("the city of Lysizansk")
            recent = [m for m in before if m.start >= recent_from]
            earlier = [m for m in earlier if m.start >= recent_from] if recent and recent[-1].place else []
        if (
            not earlier
            and kinds not in (POPULATED, REFERRED_KINDS["village"])
            and not places
            and word != CAPITAL_WORD  # (no capital but the one its sentence's country has)
        ):
            # "The village of Tetkino again got under fire. Strikes were carried out on the bridge": a
            # bridge the article never named is the town's, when the sentence before named the town
            earlier = [
                m
                for m in before
                if m.place is not None
                and m.place.kind in POPULATED
                and recent_from <= m.start < sentence_start
                and not as_government(m.text, text, m.end)
                and not AREA_AFTER.match(text, m.end)  # "in the Glushkovsky district": no town of its own
                and not TITLE_AFTER.match(text, m.end)
            ]
        if earlier:
            called = frozenset(m.place.id for m in earlier if _called(text, m, word.lower()))
            referent = _referent(earlier, recent_from, sentence_start, title_ids, called)
            places.append(SentencePlace(referent, start, end, sentence[start:end], True))
    if (
        not places
        and titled
        and OWN_FIRE.search(sentence)
        and not _attack_told_before_in(sentence, titled[-1].place, mentions, recent_from, sentence_start)
    ):
        # "Voronezh region Governor Alexander Gusev said debris from one of the drones caused a new fire at
        # a fuel depot": fire an official reports with no other place is in the oblast of the title
        # (an oblast named by its capital only when the official opens the report: not '"The invaders are
        # launching strikes," said the head of the Kharkiv Regional Military Administration', about the city)
        m = titled[-1]
        # (and a governor's only: "The Sumy Regional Military Administration clarified that the occupiers were
        # attacking the railway station" is the city's station)
        governor = by_capital.get(m.start)
        if governor is None or (governor and OWN_FIRE.search(sentence, m.end - sentence_start)):
            start = m.start - sentence_start
            places.append(SentencePlace(m.place, start, m.end - sentence_start, m.text, True))
    return sorted(places, key=lambda p: p.start)


# A sentence that opens on the attack the one before told of: "The attack happened on Saturday evening".
ATTACK_TOLD_BEFORE = re.compile(
    r"\s*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:attack|strike|shelling|bombing|airstrike|air\s+strike|blast"
    r"|explosion)s?\b"
)


# ... or named anywhere in it as the one told: "injured in the strike", "after the attack".
ATTACK_REFERRED = re.compile(
    # ("Ryazan Governor Pavel Malkov confirmed the drone strike": the refinery's, told before)
    r"\b(?:in|after|during|by|from|since|following|confirmed|acknowledged)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:attack|strike|shelling|bombing|airstrike|blast|explosion)\b"
)
ATTACK_REFERRED_REACH = 1_200  # characters before the sentence where that strike's town may be named


def _attack_told_before_in(
    sentence: str, oblast: Place, mentions: list[Mention], recent_from: int, sentence_start: int
) -> bool:
    """Whether the sentence goes on with an attack told before it at a town of the oblast an official's
    title names: the previous sentence named such a town ("Russian missiles hit Odesa overnight. Odesa
    governor Maksym Marchenko said three missiles had hit a residential district"; "... bombed a school in
    the village of Bilohorivka. The attack happened on Saturday evening, and Serhiy Gaidai -- governor of
    Luhansk region -- said ..."), or the sentence refers to the attack and a town of the oblast was named a
    few sentences before it. Either is that town's attack, not one on the whole oblast."""
    if _town_of_oblast_named(oblast, mentions, recent_from, sentence_start):
        return True
    # "A Russian missile that struck a hotel in ... Kryvyi Rih ... Fourteen of the 31 injured in the strike
    # were in a serious condition, said Serhiy Lysak, governor of Dnipropetrovsk region": the strike told
    # a few sentences before, at a town of the oblast (or opened on: "The strike resulted in a partial
    # destruction of an apartment building, according to Zaporizhzhia Oblast Governor Ivan Fedorov")
    told = ATTACK_REFERRED.search(sentence) is not None or ATTACK_TOLD_BEFORE.match(sentence) is not None
    return told and _town_of_oblast_named(
        oblast, mentions, sentence_start - ATTACK_REFERRED_REACH, sentence_start
    )


def _town_of_oblast_named(oblast: Place, mentions: list[Mention], start: int, end: int) -> bool:
    """Whether a mention from ``start`` to ``end`` names a town or village of ``oblast``."""
    return any(
        m.place is not None
        and m.place.admin1 == oblast.name
        and m.place.kind in POPULATED
        and start <= m.start < end
        for m in mentions
    )


def _capital_titled(text: str, m: Mention, oblast_named: Callable[[str], Place | None]) -> Place | None:
    """The oblast of a capital named in its governor's title ("Cherkasy Governor Ihor Taburets said ...",
    "Kirovohrad regional administration"), or None: a governor speaks for the oblast, not the city."""
    if m.place.kind != "city":
        return None
    title = TITLE_AFTER.match(text, m.end)
    if title is None or not OBLAST_TITLE.search(title.group()):
        return None
    oblast = oblast_named(m.text)
    return oblast if oblast is not None and m.place.admin1 == oblast.name else None


def _ordinal_references(
    sentence: str, sentence_start: int, mentions: list[Mention], places: list[SentencePlace], recent_from: int
) -> list[SentencePlace]:
    """ "The first village was captured ..., while the second was taken ...": each ordinal as the item
    of the list of places before it, in this sentence if it names two or more, else in the previous one.
    A place the gazetteer lacks keeps its slot in the list and is no referent."""
    found = []
    for match in ORDINAL_REFERENCE.finditer(sentence):
        start, end = match.span()
        if any(p.start <= start < p.end for p in places):
            continue
        at = sentence_start + start
        listed = [
            m
            for m in mentions[: bisect_left(mentions, at, key=_mention_start)]
            if m.start >= recent_from and (m.place is None or m.place.kind in POPULATED)
        ]
        own = [m for m in listed if m.start >= sentence_start]
        items = own if len(own) >= 2 else [m for m in listed if m.start < sentence_start]
        index = ORDINAL_INDEX[match.group(1).lower()]
        if len(items) < 2 or not -len(items) <= index < len(items):
            continue
        if (referent := items[index].place) is not None:
            found.append(SentencePlace(referent, start, end, match.group(0), True))
    return found


def _plural_references(
    sentence: str,
    sentence_start: int,
    mentions: list[Mention],
    places: list[SentencePlace],
    recent_from: int,
    text: str,
) -> list[SentencePlace]:
    """ "Moscow claimed both villages were now under its control", "The villages were recently
    liberated": each village of the list the sentence before named (its last two for "both", its last
    three for "the three villages"), when it named two or more and this sentence names none itself."""
    if any(p.place.kind in POPULATED for p in places):
        return []
    found = []
    for match in PLURAL_REFERENCE.finditer(sentence):
        start, end = match.span(3) if match.group(3) else match.span()
        if match.group(3) and PEOPLE_OBJECT.search(sentence, 0, start):
            continue
        at = sentence_start + start
        listed = [
            m
            for m in mentions[: bisect_left(mentions, at, key=_mention_start)]
            if recent_from <= m.start < sentence_start
            and m.place is not None
            and m.place.kind in POPULATED
            and not as_government(m.text, text, m.end)  # "Kyiv said X and Y were held": no town listed
        ]
        listed = list({m.place.id: m for m in listed}.values())
        opening, counted = (match.group(1) or "").lower(), (match.group(2) or "").lower()
        count = 2 if opening == "both" else PLURAL_COUNTS.get(counted)
        if len(listed) < 2 or (count is not None and len(listed) < count):
            continue
        for m in listed[-count:] if count else listed:
            found.append(SentencePlace(m.place, start, end, sentence[start:end], True))
    return found


def _same_area(
    sentence: str, sentence_start: int, mentions: list[Mention], places: list[SentencePlace], text: str
) -> list[SentencePlace]:
    """ "Fired in the same area and near X": the area is the last place named before, in this
    sentence or the previous ones, that is not a front sector (a General Staff summary's "In the
    Kramatorsk direction, ... near Chasiv Yar. ... in the same area" means Chasiv Yar)."""
    found = []
    for match in SAME_AREA.finditer(sentence):
        start, end = match.span(1)
        if any(p.start <= start < p.end for p in places):
            continue
        before = mentions[: bisect_left(mentions, sentence_start + start, key=_mention_start)]
        for m in reversed(before):
            if (
                m.place is not None
                and m.place.kind in POPULATED
                and not getattr(m, "direction", False)
                # ("Kiev's drone and artillery strikes ... In another incident in the same district": no
                # government's seat is the area)
                and not as_government(m.text, text, m.end)
            ):
                found.append(SentencePlace(m.place, start, end, match.group(1), True))
                break
    return found


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    """Where the clause holding ``start`` ends: at a semicolon, or with its sentence."""
    semicolon = text.find(";", start, sentence_end)
    return sentence_end if semicolon < 0 else semicolon


def _names_its_district(text: str, name: str, start: int, end: int) -> bool:
    """Whether a town's name from ``start`` to ``end`` names its district ("Barvinkovo district"), not the
    town (a community is small enough to be the town)."""
    area = area_after(text, name, start, end)
    return area is not None and bool(area.group(1))


def mentions_within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (in text order) that start at ``start`` or after and before ``end``."""
    first = bisect_left(mentions, start, key=_mention_start)
    return mentions[first : bisect_left(mentions, end, lo=first, key=_mention_start)]


def _mention_start(m: Mention) -> int:
    return m.start


def _dateline(text: str, m: Mention) -> bool:
    """Whether ``m`` is the city a story was filed from, opening its first line ("KYIV (Reuters) -")."""
    line = text.rfind("\n", 0, m.start) + 1
    return (m.start == line or JOINED_DATELINE.fullmatch(text, line, m.start) is not None) and (
        DATELINE.match(text, m.end) is not None
    )


def _time_zone(text: str, m: Mention) -> bool:
    """Whether ``m`` names a clock, not a place of the story: "at 6:30 a.m. Kyiv time"."""
    return text.startswith(" time", m.end)


# How a text calls a place by the word for its kind where it names it: "the town of X" (before), "X, a
# town" (after), for each word "the town" may later stand for.
CALLED_BY = {
    word: (
        re.compile(rf"\b{word}\s+of\s+(?:the\s+)?$"),
        re.compile(rf",\s+an?\s+(?:[\w-]+\s+){{0,2}}{word}\b"),
    )
    for word in ("city", "town", "village")
}


def _called(text: str, m: Mention, word: str) -> bool:
    """Whether the text calls the mention's place by ``word`` where it names it: "the town of X", "X, a
    town", "the Donbas town of X" (only for the words of towns: "city", "town", "village")."""
    if word not in CALLED_BY:
        return False
    before, after = CALLED_BY[word]
    return bool(
        before.search(text[max(0, m.start - 30) : m.start]) or after.match(text[m.end : m.end + 40])
    )


def _referent(
    earlier: list[Mention],
    recent_from: int,
    sentence_start: int,
    title_ids: frozenset[str],
    called: frozenset[str] = frozenset(),
) -> Place:
    scores: dict[str, float] = {}
    last: dict[str, int] = {}
    places: dict[str, Place] = {}
    subject: dict[str, bool] = {}
    for m in earlier:
        pid = m.place.id
        places[pid] = m.place
        scores[pid] = scores.get(pid, 0.0) + 1
        last[pid] = m.start
        subject[pid] = m.start >= recent_from and m.start - recent_from <= SUBJECT_CHARS
    for pid in scores:
        scores[pid] += IN_TITLE * (pid in title_ids) + RECENT * (last[pid] >= recent_from)
        scores[pid] += SAME_SENTENCE * (last[pid] >= sentence_start)
    if not any(at >= recent_from for at in last.values()):
        # (the word decides only among places named sentences ago: the last one named is what "the city"
        # after it stands for, whatever the word was before: "the outskirts of Lysychansk. The city was
        # captured in July", though Izyum was "the city of Izyum")
        for pid in called:
            scores[pid] += SAME_WORD
        if places[pid].country not in WAR_COUNTRIES:
            scores[pid] -= RECENT  # "said he had withdrawn from the city" is not about Washington
    # a tie goes to the place that opens the sentence it was last named in: its subject, what the
    # sentence was about ("Kreminna lies on the road to Svatove. Russian troops captured it")
    return places[max(scores, key=lambda pid: (scores[pid], subject.get(pid, False), last[pid]))]


def on_front(place: Place) -> bool:
    """Whether ground can change hands at a place: Ukraine, or the Russian regions on its border.

    "A setback for Moscow" names Moscow, but no advance happened there; strikes reach anywhere.
    """
    return place.country == "UA" or (
        place.country == "RU" and (place.admin1 in BORDER_REGIONS or place.name in BORDER_REGIONS)
    )


def places_for(
    sentence: str, trigger: Trigger, places: list[SentencePlace], others: tuple[Trigger, ...] = ()
) -> list[SentencePlace]:
    """The place a trigger governs, and the places coordinated with it; [] when the sentence has none.

    ``others`` are the sentence's other event phrases: a place after one of them is its object, not
    this trigger's ("a gain for Russian forces since they seized Bakhmut": Bakhmut was seized).
    """
    places = _without_oblasts_of_raions(sentence, places)
    if trigger.event_type == "retreat" and (
        whence := FROM_WHICH.search(sentence, max(0, trigger.start - FROM_WHICH_REACH), trigger.start)
    ):
        # "Sumy Oblast, a northern region of Ukraine from which Russian troops have now completely
        # retreated after their defeat at Kyiv": the relative clause's antecedent is what was left
        left = [p for p in places if p.end <= whence.start() and p.place.kind != "country"]
        if left:
            return [left[-1]]
    if (
        trigger.event_type in ("advance", "retreat")
        and TAKING_WORD.match(trigger.text)
        and any(p.place.kind in POPULATED for p in places)
    ):
        # "Dvorichna, located across the strategic Oskil river, was seized ... before being re-taken by
        # Kyiv": ground is taken in towns and villages, and the river only says where the town lies
        places = [p for p in places if p.place.kind != "river"]
    if " in " in sentence:
        # "Russian missiles hit an oil depot, the governor told reporters in Kyiv": where it was said; "a
        # day of mourning was declared in the Poltava region in memory of those killed": where it is kept
        places = [
            p
            for p in places
            if not SPOKEN_IN_BEFORE.search(sentence, max(0, p.start - 40), p.start)
            and not (
                "ourning" in sentence and MOURNING_IN_BEFORE.search(sentence, max(0, p.start - 70), p.start)
            )
        ]
    if " including " in sentence:
        # "pushed Russian troops back in areas on the outskirts of Kyiv, including in the suburb of Irpin":
        # the town the areas are named by only says where the one named after it lies
        places = [
            p
            for i, p in enumerate(places)
            if not (
                i + 1 < len(places)
                and AREAS_AROUND_BEFORE.search(sentence, max(0, p.start - 40), p.start)
                and INCLUDING_TOWN.fullmatch(sentence, p.end, places[i + 1].start)
            )
        ]
    if (
        trigger.event_type in FIRE_TYPES
        and places
        and trigger.start > places[0].end
        and SUBJECT_OPENING.fullmatch(sentence, 0, places[0].start)
        and RELATIVE_THEN_VERB.fullmatch(sentence, places[0].end, trigger.start)
    ):
        # "Nikopol, which lies across the river from Enerhodar, came under artillery fire": the sentence's
        # subject was hit; the places of its relative clause only say where it lies
        places = [places[0], *(p for p in places if p.start >= trigger.end)]
    if (
        trigger.event_type in FIRE_TYPES
        and (these := THESE_AREAS.match(sentence, trigger.end))
        and (before := [i for i, p in enumerate(places) if p.end <= trigger.start])
        and not any(these.end() <= p.start <= these.end() + 3 for p in places)
    ):
        # "the situation on the border of the Chernihiv, Kharkiv and Sumy regions is tense, the occupiers are
        # constantly shelling these territories": the list the words stand for
        last = before[-1]
        return [*reversed(_list_before(sentence, places, last)), places[last]]
    if trigger.event_type in FIRE_TYPES and "used " in sentence[: trigger.end]:
        # "The Saki base ... has been used by Russian warplanes to strike targets in southern Ukraine", "has
        # been used as a base for airstrikes": where the fire is launched from, not what it hit
        places = [p for p in places if not LAUNCHED_FROM.search(sentence, p.end, trigger.start)]
        if trigger.text.lower().startswith("used ") and sentence.startswith(" to ", trigger.end):
            # ("The airfield in Morozovsk was used by Russian aircraft to strike Kharkiv": the base's verb)
            places = [p for p in places if p.start > trigger.end]
    if trigger.event_type in ("advance", "retreat", "contact"):
        places = [p for p in places if on_front(p.place)]
        if (semicolon := sentence.find(";", trigger.end)) >= 0 and not sentence.startswith(";\n", semicolon):
            # "Ukrainians step up counter-attacks in south; Kharkiv hit, mayor says": Kharkiv is the next
            # clause's place, not the counter-attacks' (but a list a line each goes on: "- X;\n- Y"; and
            # one with no verb of its own: "seized X, 4 km east of Y, by 9 October; Z, by 23 February")
            cut = _verbless_lists_end(sentence, semicolon)
            places = [p for p in places if p.start < cut]
    if (
        trigger.event_type in ("advance", "retreat")
        and (timing := list(TIMING_CLAUSE.finditer(sentence, 0, trigger.start)))
        and not REFERS_BACK.search(sentence, timing[-1].end())
    ):
        # "A Russian attack killed three people in Zaporizhzhia region, the governor said, as Moscow's forces
        # press on with their slow advance westward": the clause that times the main one has places of
        # its own or none; those of the main clause before it are not its advance's (but "as Russian troops
        # push deeper into the two cities" names them again)
        places = [p for p in places if p.start >= timing[-1].end()]
    if (
        trigger.event_type in FIRE_TYPES
        and (timed := CAME_AS_AFTER.match(sentence, trigger.end))
        and timed.group("conjunction") in SIMULTANEOUS
    ):
        # "The strikes come as Putin meets Lukashenko in St. Petersburg": the clause that times the fire
        # tells where something else happened
        places = [p for p in places if p.start < timed.end(1)]
    places = [
        p
        for p in places
        # (nor a destination: "a second drone struck a Kyiv-bound train nearby")
        if not BOUND_FOR_AFTER.match(sentence, p.end)
        # (nor where a bridge leads: "blew up the bridge towards Kyiv to cut off the Russian columns")
        and not BRIDGE_TOWARDS_BEFORE.search(sentence, max(0, p.start - 40), p.start)
        and not _capital_acting(sentence, trigger, p)
        and not _capital_doing(sentence, p)
        and not _capital_as_source(sentence, p)
        and not _seat_of_a_mission(sentence, p)
        and not _where_one_spoke(sentence, p)
    ]
    if any(p.place.country not in NEIGHBOURHOOD for p in places):
        # "strikes on Ukraine's ports coincided with visits to leaders in London, Paris and Berlin": a
        # place far from the war is an event's only when the verb names it ("a drone crashed in Romania")
        # ("the first hit of its kind since Washington started delivering the missiles": a government, the
        # subject of its own verb, even near the verb of fire)
        places = [
            p
            for p in places
            if p.place.country in NEIGHBOURHOOD
            or (chars_between(trigger, p) <= NEAR_VERB and not GOVERNMENT_VERB_AFTER.match(sentence, p.end))
        ]
    if any(p.place.kind == "country" for p in places):
        # "the withdrawal of the Armed Forces of Ukraine from Krohmalne": the country names the army
        places = [
            p
            for p in places
            if p.place.kind != "country" or not FORCES_OF.search(sentence, max(0, p.start - 40), p.start)
        ]
    # "northeast of Kupiansk near Synkivka": Kupiansk only says where Synkivka is
    places = [p for i, p in enumerate(places) if not _reference(sentence, i, places)]
    # "in the village of Velykyi Burluk, Kupiansk district, Kharkiv region, a fire broke out ... following a
    # strike": the oblast only says where the village is, and stands for it where the sentence goes on
    places = [
        replace(p, place=places[i - 1].place, text=places[i - 1].text, exact=True)
        if (
            p.place.kind == "region"
            and i > 0
            and places[i - 1].place.kind in POPULATED
            and DISTRICT_THEN_REGION.fullmatch(sentence, places[i - 1].end, p.start)
        )
        else p
        for i, p in enumerate(places)
    ]
    if "border" in sentence:
        # "advances near the administrative border between Donetsk and Zaporizhzhia oblasts": a line
        # hundreds of km long, no place of the event
        places = [
            p for p in places if p.place.kind != "region" or not _on_a_border(sentence, p, trigger.event_type)
        ]
    if trigger.event_type == "strike" and (ends := ROAD_BETWEEN.search(sentence)):
        # "the road connecting Lyman and Torske is under heavy enemy fire": a road, not the towns at its ends
        places = [p for p in places if not ends.start() <= p.start < ends.end()]
    if " other " in sentence and (areas := OTHER_PLACES_OF_AREAS.search(sentence)):
        # "Kupyansk, Strelecha, Dvorichna and other settlements of Kharkiv, Kupyan and Chuguyiv districts were
        # under fire": the districts only say where the places listed before them lie
        inside = [p for p in places if areas.start() <= p.start < areas.end()]
        if inside and any(p.end <= areas.start() for p in places):
            places = [p for p in places if p not in inside]
    if "all in" in sentence or "both in" in sentence:
        # "the villages of Novenke, Basivka and Zhuravka - all in Sumy - had been occupied": where they are
        places = [
            p
            for p in places
            if not ALL_IN.search(sentence, max(0, p.start - 20), p.start)
            or not any(q.end <= p.start for q in places)
        ]
    if (
        trigger.event_type in FIRE_TYPES
        and (colon := sentence.rfind(": ", 0, trigger.start)) >= 0
        and any(p.start >= trigger.end for p in places)
        and any(p.end <= colon for p in places)
    ):
        # "The fleet is also feeling uneasy outside Crimea: explosions were heard last night in Novorossiysk":
        # the clause after the colon tells where its fire was
        places = [p for p in places if p.start > colon]
    if (
        (fronted := BESIDES.match(sentence)) is not None
        and fronted.end() <= trigger.start
        and any(p.start >= trigger.end for p in places)
    ):
        # "Besides Lozova, Russian forces also shelled the Zaporizhzhia, Odesa and Sumy regions": the place
        # told before, set aside for the new ones
        places = [p for p in places if p.start >= fronted.end()]
    if (
        trigger.event_type == "strike"
        and trigger.text.endswith("ing")
        and sentence[: trigger.start].rstrip().endswith(",")
        and any(o.event_type in (*GROUND_TYPES, "strike") and o.end <= trigger.start for o in others)
    ):
        # "attacked towards Bila Hora, targeting police buildings as they went": a participle that
        # tells what a ground move hit on its way takes its own object only, not the move's place
        places = [p for p in places if p.start >= trigger.end]
    if trigger.event_type in FIRE_TYPES and (
        "rom " in sentence or any(word in sentence for word in PEOPLE_FROM_WORDS)  # ("From ..." too)
    ):
        # "invaders from the direction of Shebekino launched an air strike": where it came from; and the
        # places listed with it ("fired from annexed Crimea and Russia's southern Rostov region")
        origins: list[SentencePlace] = []
        for p in places:
            if (
                (
                    ORIGIN.search(sentence, max(0, p.start - ORIGIN_REACH), p.start)
                    and not NEWS_CAME_FROM.search(sentence, max(0, p.start - ORIGIN_REACH), p.start)
                    and not RESIDENTS_HIT.search(sentence, max(0, p.start - ORIGIN_REACH), p.start)
                )
                or (origins and ORIGIN_LISTED.fullmatch(sentence, origins[-1].end, p.start))
                or (
                    FRONTED_ORIGIN.fullmatch(sentence, 0, p.start)
                    and sentence.startswith(",", p.end)
                    and p.end < trigger.start
                )
            ):
                origins.append(p)
        places = [p for p in places if p not in origins]
    if trigger.event_type in FIRE_TYPES and any(word in sentence for word in ON_THE_WAY):
        # "weapons stored in the area for subsequent delivery to Ukrainian troops in Donbas were hit": where
        # the things were going, not where they were hit
        places = [
            p for p in places if not DELIVERED_TO.search(sentence, max(0, p.start - ORIGIN_REACH), p.start)
        ]
    if trigger.event_type in FIRE_TYPES and any(word in sentence for word in HEADED_WORDS):
        headed = _cued_list(sentence, places, HEADED_TO)
        elsewhere = [p for p in places if p not in headed]
        if any(p.place.kind in POPULATED for p in elsewhere):
            places = elsewhere
    if trigger.event_type in FIRE_TYPES and any(word in sentence for word in TREATED_WORDS):
        treated = _cued_list(sentence, places, TREATED_IN)
        places = [p for p in places if p not in treated]
    if trigger.event_type == "advance" and not trigger.passive and " from " in sentence[trigger.end :]:
        # "invaded the Kharkiv region from Belgorod", "advanced from Ocheretyne to Novobakhmutivka":
        # where they came from, when the sentence names where they went
        came_from = [
            p
            for p in places
            if p.start > trigger.end
            and FROM_BEFORE.search(sentence, max(0, p.start - 30), p.start)
            # the place they went to is named before it, or after it with "to": not "advanced westward
            # from Pokrovsk in Donetsk Oblast", where the oblast only says where Pokrovsk is
            and any(
                trigger.end < o.start < p.start
                or (o.start > p.end and TO_BEFORE.search(sentence, max(0, o.start - 30), o.start))
                for o in places
                if o is not p
            )
        ]
        places = [p for p in places if p not in came_from]
    if trigger.role == "fallen" and trigger.passive:
        # "Avdiivka fell": the place is the verb's subject, right before it ("a drone fell" is no town),
        # with the places listed before it ("Terny and Neskuchne were reportedly taken")
        subject = [
            i
            for i, p in enumerate(places)
            if p.end <= trigger.start and SUBJECT_RIGHT_BEFORE.fullmatch(sentence, p.end, trigger.start)
        ]
        last = subject[-1] if subject else None
        also = [
            p for p in places if p.start > trigger.end and SO_HAS.fullmatch(sentence, trigger.end, p.start)
        ]
        places = [*reversed(_list_before(sentence, places, last)), places[last]] if last is not None else []
        if places and also:
            return [*places, *also]  # "Torske has been taken, and so has Drobysheve": both
    if trigger.event_type == "contact" and not trigger.passive:
        # "inflicted losses near X and Y, and repelled a counterattack": the contact is not at X;
        # but "In the Pokrovsk direction, ..." sets the scene for the whole sentence
        opening = FRONTED.match(sentence)
        places = [p for p in places if p.end > trigger.start or (opening and p.end <= opening.end())]
    if (
        trigger.event_type == "advance"
        and not trigger.passive
        and COUNTRY_OBJECT.match(sentence, trigger.end)
    ):
        return []  # "since his forces entered Russian territory": a country, no place named
    if trigger.event_type in ("advance", "retreat") and not trigger.passive:
        described = _described_by(sentence, trigger, places)
        if described is not None:
            return [described]
        unknown = UNKNOWN_OBJECT.match(sentence, trigger.end) if trigger.role != "taker" else None
        if (
            unknown
            and unknown.group(1) not in NOT_PLACE_WORDS
            and unknown.group(1) not in FORCE_WORDS  # "the withdrawal of the Armed Forces of Ukraine from X"
            and not unknown.group(1).endswith(("'s", "’s"))  # "into Russia's Kursk region"
            and not any(p.start == unknown.start(1) for p in places)
        ):
            # "withdrew from Berdychi", a village the gazetteer lacks: not some other place of the
            # sentence, only the places listed with it
            listed, end = [], unknown.end(1)
            kind = UNKNOWN_KIND.match(sentence, end)
            if kind:
                end = kind.end()
            for p in places:
                if p.start < end or sentence.count("(", end, p.start) > sentence.count(")", end, p.start):
                    continue  # "the Spornoye settlement (in the Donetsk region - TASS)": an aside
                gap = _without_unknown_items(_without_asides(sentence[end : p.start]))
                if p.place.kind == "region" and QUALIFIER.match(gap):
                    end = p.end  # "near the village of X in the Donetsk region and near Y": X's oblast
                    continue
                if not COORDINATED.match(gap):
                    if not listed and LOCATED_FROM.fullmatch(sentence, end, p.start):
                        # "had taken the village of Voznesenka, north of Kurakhove": where the
                        # text puts the village it names, the offset from the town (precision 2)
                        listed.append(p)
                    elif (
                        not listed
                        and p.place.kind in POPULATED
                        and CITY_PART.fullmatch(sentence, end, p.start)
                    ):
                        listed.append(p)  # "captured the Kanal district (Novyi) in Chasiv Yar": the town
                    break  # "from Krynky on the left bank of the Dnipro": the bank only locates it
                listed.append(p)
                end = p.end
            places = listed
    places = [
        p
        for p in places
        if not _elsewhere(sentence, trigger, p)
        and not any(
            trigger.end <= o.start
            and o.end <= p.start
            and not o.passive
            # (not a phrase joined to this one: "intensified shelling and an infantry incursion near Sudzha")
            and not CONJOINED_PHRASE.fullmatch(sentence, trigger.end, o.start)
            for o in others
        )
    ]
    places = [p for p in places if not answered(sentence, trigger, p)]
    if " of " in sentence:
        # "cleared the Graivoron district village of Kozinka": the district only says where the village is
        places = [p for p in places if not DISTRICT_OF_NEXT.match(sentence, p.end)] or places
    if trigger.event_type in ("advance", "retreat") and not trigger.passive:
        # where a side heads or withdrew to is not where ground changed hands
        heading = heading_to(sentence, trigger, places)
        if trigger.event_type == "advance" and heading:
            # "advanced near Synkivka and towards Kupiansk": only the places before the goal; "as its
            # forces advanced towards Pokrovsk" is an advance at no place named
            first_goal = places[min(heading)]
            before_goal = [p for p in places if trigger.end <= p.start < first_goal.start]
            pushing = (
                PUSHING_NOW.fullmatch(trigger.text)
                and BEING_BEFORE.search(sentence, max(0, trigger.start - 40), trigger.start)
            ) or (
                trigger.text.lower() in ("advances", "gains")
                and MAKING_BEFORE.search(sentence, max(0, trigger.start - 60), trigger.start)
            )
            # ("are actively advancing on the city of Artyomovsk": a push going on, as "towards" is)
            toward = TOWARD_AFTER.match(sentence, trigger.end) or (
                ADVANCE_ON.match(sentence, trigger.end) if pushing else None
            )
            pushed = PUSHED_PAST.fullmatch(trigger.text) or pushing
            if before_goal or not (pushed and toward and toward.end() == first_goal.start):
                places = before_goal
            else:
                # "its forces advanced towards the city of Pokrovsk": a push told by where it headed, the
                # first goal, drawn as near it (precision 2), not as ground taken there
                places = [replace(first_goal, goal=True)]
                heading = {}
        places = [
            p
            for i, p in enumerate(places)
            if i not in heading
            # "withdrawn to more favorable positions near Pokrovsk and Myrnohrad in Donetsk region": the
            # oblast only says where the goal is
            and not (
                p.place.kind == "region"
                and i - 1 in heading
                and QUALIFIER.match(sentence[places[i - 1].end : p.start]) is not None
            )
        ]
    elif trigger.event_type == "retreat" and trigger.passive:
        # "units ... were withdrawn to Belgorod for recovery": where they were sent is no ground left
        places = [
            p
            for p in places
            if p.place.kind not in POPULATED or not WITHDRAWN_TO.fullmatch(sentence, trigger.end, p.start)
        ]  # ("withdrawn to the eastern bank of the Dnipro" still tells of the river the line now follows)
    if trigger.event_type == "advance" and CUT_OFF.search(trigger.text):
        places = [
            p
            for p in places
            if p.place.kind != "river" or not ON_A_BANK.search(sentence, max(0, p.start - 40), p.start)
        ]
    if trigger.event_type in ("advance", "retreat") and " where " in sentence[: trigger.start]:
        # "The city is around 25 kilometres south from where Russia has taken a string of villages": no city
        # taken
        places = [
            p for p in places if p.end > trigger.start or not MEASURED_FROM_WHERE.match(sentence, p.end)
        ]
        if unnamed := UNNAMED_WHERE.search(sentence, max(0, trigger.start - WHERE_REACH), trigger.start):
            # "Sumy lies across the border from Russia's Kursk region, near areas where Ukrainian forces have
            # captured swaths of territory": the clause tells of areas it does not name, not of the places
            # before
            places = [p for p in places if p.start >= unnamed.end()]
    if ", where " in sentence[: trigger.start] and not any(
        trigger.end <= q.start and "," not in sentence[trigger.end : q.start] for q in places
    ):
        # "Sumy lies across the border from the Kursk region in Russia, where Ukrainian troops launched
        # an offensive": the clause tells of the place right before "where"
        where = [
            p
            for p in places
            if p.end <= trigger.start and WHERE_CLAUSE.fullmatch(sentence, p.end, trigger.start)
        ]
        if where:
            last = where[-1]
            before = [p for p in places if p.end <= last.start]
            if (
                _broad(last)
                and before
                and before[-1].place.kind in POPULATED
                and QUALIFIER.match(sentence[before[-1].end : last.start])
            ):
                return before[-1:]  # "Sudzha in Kursk Oblast, where Ukrainian forces entered": the town
            return where[-1:]
    if (
        places
        and places[0].place.kind in POPULATED
        and places[0].end < trigger.start
        and FRONTED_IN.fullmatch(sentence, 0, places[0].start)
        and DESCRIBED_AFTER.match(sentence, places[0].end)
        and all(_broad(p) for p in places[1:] if p.start < trigger.start)
    ):
        # "In Kramatorsk, a city in Donetsk province that is considered a likely target, one person was
        # killed in an air raid": the town the sentence opens in, not the oblast its description names
        return places[:1]
    if trigger.passive and (districts := _districts_of_the_subjects_city(sentence, trigger, places)):
        # "The Kirovsky and Petrovsky districts of Donetsk were shelled": the districts, each at its own
        # point, not the city that only says whose they are
        return districts
    if trigger.passive and trigger.event_type in GROUND_MOVES and "s of " in sentence[: trigger.start]:
        # "the villages of Sloboda and Lukashivka to the south of Chernihiv and located along one of the main
        # supply routes between the city and Kyiv had been retaken": the subject's villages, not the places
        # its modifiers name
        subject = _subject_list(sentence, trigger, places)
        if subject:
            return subject
    near = [p for p in places if chars_between(trigger, p) <= MAX_GAP]
    if (
        trigger.event_type == "strike"
        and trigger.text.lower().startswith(("explosion", "blast"))
        and (heard := BLASTS_HEARD_IN.match(sentence, trigger.end)) is not None
        and (after := [p for p in near if p.start >= heard.end()])
    ):
        # "Russia attacked Kyiv, and explosions were heard in Kharkiv and Odesa": where the blasts were
        # heard, not the place before them
        near = after
    if (
        not near
        and trigger.event_type in FIRE_TYPES
        and (sparked := FIRE_SPARKED.search(sentence, trigger.end, trigger.end + MAX_GAP))
    ):
        # "Ukrainian drones struck deep into Russian territory overnight on 3-4 November 2025, igniting a
        # massive fire at the Lukoil oil refinery in the city of Kstovo": the fire says where they struck
        near = _within_gap_after(places, sparked.end())
    if (
        near
        and trigger.event_type in FIRE_TYPES
        and all(_broad(p) for p in near if p.end <= trigger.start)
        and (started := FIRE_STARTED.match(sentence, trigger.end))
        and (burning := _within_gap_after(places, started.end()))
    ):
        near = burning
    if (
        trigger.event_type in ("advance", "retreat")
        and " and" in sentence[max(0, trigger.start - 12) : trigger.start]
        and AND_THEN_VERB.search(sentence, max(0, trigger.start - 12), trigger.start)
        and any(
            o.end <= p.start for o in others if o.end <= trigger.start for p in near if p.end <= trigger.start
        )
        and (after := [p for p in places if trigger.end <= p.start <= trigger.end + LONG_OBJECT])
        and LONG_OBJECT_GAP.fullmatch(sentence, trigger.end, after[0].start)
    ):
        # "had encircled Kiev's forces outside Ilovaisk ..., and captured the checkpoints and strongholds of
        # Ukrainian special forces in the outskirts of the southern town of Novoazovsk": the places before
        # are the first verb's; this one's is after its long object
        near = after[:1]
    if trigger.event_type in ("advance", "retreat") and near and all(p.end <= trigger.start for p in near):
        # "taken control of the village of Krokhmalne in Ukraine's Kharkiv region ..., and a spokesman
        # confirmed that Kyiv's forces had withdrawn": a move told with no object left the village, not
        # the oblast that only says where it is
        near = [_village_it_locates(sentence, places, p) or p for p in near]
    if (
        len(near) == 1
        and near[0].end <= trigger.start
        and _measured_from(sentence, near[0])
        # (but "southeast of Ukrainsk, which the Russian army captured": the clause is the anchor's own)
        and not OWN_RELATIVE.match(sentence, near[0].end)
    ):
        # "Vovchansk, located 74km from Kharkiv, has been bombed ... Russia is now targeting settlements":
        # the town a distance is measured from is no place of the sentence's events
        near = []
    if (
        trigger.passive
        and trigger.event_type in ("advance", "retreat")
        and places
        and places[0].start <= 2
        and places[0].place.kind in POPULATED
        and places[0] not in near
        and not any(q.place.kind in POPULATED for q in places[1:] if q.end <= trigger.start)
        and SUBJECT_CLAUSE.match(sentence, places[0].end)
    ):
        # "Bilogorivka, which had a population of about 800 people before the conflict, was a symbol of
        # resistance in Lugansk region and was retaken by Kyiv's forces": the subject, however long its
        # clauses
        near.append(places[0])
    elif (
        trigger.passive
        and trigger.event_type in ("advance", "retreat")
        and places
        and places[0].place.kind in POPULATED
        and SUBJECT_OPENING.fullmatch(sentence, 0, places[0].start)
        and (aside := ASIDE.match(sentence, places[0].end))
        and PASSIVE_VERB_OPENING.fullmatch(sentence, aside.end(), trigger.start)
        and not any(q.place.kind in POPULATED for q in places[1:] if q.end <= aside.start())
    ):
        # "The village of Krynky, opposite the major city of Kherson, was first grabbed by Ukrainian troops":
        # the subject, not the place its aside names
        near = [places[0]]
    if (
        near
        and trigger.event_type in FIRE_TYPES
        and trigger.text.lower().endswith((" on", " against"))
        and any(p.end <= trigger.start for p in near)
        and (after := [p for p in places if trigger.end <= p.start <= trigger.end + LONG_OBJECT])
        and OBJECT_THEN_ITS_PLACE.fullmatch(sentence, trigger.end, after[0].start)
    ):
        # "confirmed the attack on the Volgograd refinery, as well as attacks on an oil depot in the western
        # Kaluga region": the attacks' own object and where it is, not the place before them
        near = after[:1]
    if not near and trigger.event_type == "strike":
        # "hit staging areas and areas of concentration of personnel and equipment of the 79th
        # brigade in X": a long object, then where it was
        after = [p for p in places if trigger.end <= p.start <= trigger.end + LONG_OBJECT]
        if after and LONG_OBJECT_GAP.fullmatch(sentence, trigger.end, after[0].start):
            near = after[:1]
    if near and all(p.direction and p.place.population >= FRONT_CITY_POPULATION for p in near):
        return []  # "a new wave of offensive actions on the Kharkiv front": a front of 100 km, not the city
    if any(p.direction for p in near):
        # "regained lost positions in the Lyptsi direction (north of Kharkiv)": the brackets only say where
        # the direction runs
        near = [p for p in near if not _bracketed_after_direction(sentence, p, places)]
    if (
        any(p.direction for p in near)
        and (
            own := next(
                (p for p in near if p.direction and SECTOR_OBJECT.fullmatch(sentence, trigger.end, p.start)),
                None,
            )
        )
        and all(p.end <= trigger.start for p in near if not p.direction)
        and CONJOINED_VERB_BEFORE.search(sentence, max(0, trigger.start - 30), trigger.start)
    ):
        # "conducting attacks in the Lyman sector near Makiivka and Terny and is advancing in the Siverskyi
        # sector": the advance's own sector, not the villages of the verb before it
        places = near = [own]
    if any(p.direction for p in near) and not all(p.direction for p in near):
        # "In the Kramatorsk sector, ... in the area of Chasiv Yar": the sector is only context
        places = [p for p in places if not p.direction]
        near = [p for p in near if not p.direction]
    elif (
        near
        and all(p.direction for p in near)
        and "of " in sentence
        and any(
            not any(p.start <= cue.start(1) < p.end for p in places) for cue in NAMED_KIND.finditer(sentence)
        )
    ):
        # "breached the defence northwest of the village of Verbovo in the Orekhovo direction": the
        # village the data lacks is where it happened, not the town the sector is named after
        return []
    if not near:
        return []
    reach = trigger.end + LIST_COLON_REACH + 2  # the opener itself, and a space before it
    opens = any(sentence.find(mark, trigger.end, reach) >= 0 for mark in LIST_OPENERS)
    colon = LIST_COLON.match(sentence, trigger.end) if opens else None
    named = None
    if colon is None and ". " in sentence[trigger.end :]:
        named = NAMED_IN_NEXT.match(sentence, trigger.end)
    if named is not None:
        # "seized control of three settlements within the DPR, according to the ministry. The villages of
        # X, Y and Z are now ...": the places counted, named in the sentence after (read as one with it),
        # not the oblast they are in
        if not any(trigger.end <= p.start < named.end() and p.place.kind in POPULATED for p in places):
            colon = named
    if colon is None and ":" in sentence[trigger.end : trigger.end + COUNTED_COLON_REACH]:
        # "liberated ... eight settlements of the Beryslav district: X, Y, Z": the places counted, then named
        colon = COUNTED_COLON.match(sentence, trigger.end)
    if colon and any(
        trigger.end <= p.start < colon.end() and DIRECT_OBJECT.fullmatch(sentence, trigger.end, p.start)
        for p in places
    ):
        colon = None  # "seized Siversk — a town in Donetsk Oblast": the dash follows the verb's own object
    if colon and (listed := [p for p in places if colon.end() <= p.start <= colon.end() + LIST_COLON_GAP]):
        # "came under artillery fire by the occupiers: Hraniv of Kharkiv district, Budarky, ...": the list,
        # and the lists it goes on with after semicolons ("...; Bochkove, Budarky in Chuhuiv district")
        first = places.index(listed[0])
        chosen = _list_after(sentence, places, first)
        if first and places[first - 1].start >= trigger.end and OTHERS_INCLUDING.match(
            sentence[places[first - 1].end : listed[0].start]
        ):
            # "explosions rocked Kyiv and other cities on Monday, including Lviv and Dnipro": the city too
            chosen.insert(0, places[first - 1])
        if ";" in sentence[trigger.end :]:
            chosen += _lists_after_semicolons(sentence, trigger, places, chosen)
        return chosen
    if trigger.passive and trigger.event_type in ("advance", "retreat", "strike"):
        # "Bakhmut, a hub in the Donetsk region that was ... captured", "Bachivsk in Sumy region and
        # Tymofiivka in Kharkiv region were affected by artillery fire": the towns, not the regions that
        # only say where they are
        towns = [p for p in near if p.place.kind in POPULATED and p.end <= trigger.start]
        if towns:
            near = [p for p in near if p.place.kind in POPULATED or p.start >= trigger.end]
    opening = FRONTED.match(sentence) if trigger.event_type == "strike" and not trigger.passive else None
    if opening is not None and opening.end() <= trigger.start:
        fronted = [p for p in near if p.end <= opening.end()]
        later = [p for p in near if p.start >= trigger.end]
        if (
            fronted
            and later
            and all(NEXT_CLAUSE_PLACE.search(sentence, max(0, p.start - 40), p.start) for p in later)
        ):
            # "In the village of Kucherivka, occupiers damaged a house, and in the village of Orishanka,
            # grass burned": the verb's place is the one its clause opens with
            near = fronted
        elif fronted and (tallied := _tally_goes_on(sentence, later)):
            return [fronted[-1], *tallied]
    best = min(near, key=lambda p: _cost(sentence, trigger, p))
    if (
        trigger.event_type == "strike"
        and best.end <= trigger.start
        and COMMUNITY_AFTER.match(sentence, best.end)
        and (
            after := [
                p
                for p in near
                if p.start >= trigger.end and TALLY_PLACED.fullmatch(sentence, trigger.end, p.start)
            ]
        )
    ):
        # "in Semenivka community, 43 explosions were recorded (probably from a 120 mm mortar) in the
        # vicinity of Semenivka, Mykolaivka and Orlykivka": the villages say where in the community
        best = after[0]
    # "taken control of two more settlements in the Kharkiv region – Lukyantsi and Hlyboke –"
    counted = best.place.kind == "region" and SETTLEMENTS_IN.search(
        sentence, max(0, best.start - 40), best.start
    )
    if best.place.kind == "region" and (trigger.event_type in FIRE_TYPES or counted):
        # "a missile attack on a civilian object in the Kharkiv region – an administrative building in
        # the city of Dvorichna": the dash says where in the oblast
        best = next(
            (
                p
                for p in near
                if best.end < p.start <= best.end + ELABORATION_REACH
                and p.place.kind in POPULATED
                and p.place.admin1 == best.place.name
                and (
                    ELABORATION.search(sentence, best.end, p.start)
                    # "Explosions in the Ivano-Frankivsk region were registered in the town of Burshtyn"
                    or TOLD_IN_TOWN.search(sentence, best.end, p.start)
                )
                and ";" not in sentence[best.end : p.start]
            ),
            best,
        )
    if counted and best.place.kind == "region":  # (the oblast still: no town named after a dash)
        best = _town_included(sentence, places, best) or best
    index = places.index(best)  # a list goes on past MAX_GAP: "near X, Y, ... and Z"
    if (
        index > 0
        and sentence[places[index - 1].end : best.start].strip() == ","
        and _community_after(sentence, best)
        and not area_after(sentence, (before := places[index - 1]).text, before.start, before.end)
    ):
        # "the village of Mykolaivske, Shevchenkove community, was left ...": the village (but "Kharkiv
        # district, Tsyrkunivska community": the community, in the district)
        index -= 1
    elif (
        index > 0
        and best.end <= trigger.start
        and _broad(best)
        and _qualifies(sentence, places[index - 1], best)
    ):
        # "In the village of Bessonovka in the Belgorod region, ... equipment was damaged": the village
        index -= 1
    chosen = _list_after(sentence, places, index) + _list_before(sentence, places, index)
    if best.back_reference:  # "both villages": every village the words stand for
        span = (best.start, best.end)
        chosen += [q for q in places if q.back_reference and (q.start, q.end) == span and q not in chosen]
    if trigger.passive and best.end <= trigger.start and ", and " in sentence[trigger.end :]:
        chosen += _gapped_list(sentence, trigger, places)
    if (
        trigger.passive
        and best.end <= trigger.start
        and (also := ALSO_HIT_AFTER.match(sentence, trigger.end)) is not None
    ):
        # "the oil refinery in Ryazan had been hit, as well as the Kremniy plant in Bryansk": the second
        # target the passive verb goes on to, with its own place
        after = [q for q in places if q.start == also.end() and q not in chosen]
        if after:
            chosen += _list_after(sentence, places, places.index(after[0]))
    if trigger.event_type == "strike" and any(word in sentence for word in CASUALTY_WORDS):
        # "As a result of Russian shelling in Kharkiv, 22 people were injured, one woman died in
        # Vovchansk": the fire's dead and wounded elsewhere in its sentence say where else it fell
        chosen += [
            p
            for p in places
            if p.start > trigger.end
            and p not in chosen
            and CASUALTY_IN.search(sentence, max(0, p.start - 40), p.start)
            and not any(mark in sentence[trigger.end : p.start] for mark in (";", " who ", " earlier"))
        ]
    if ";" in sentence[trigger.end :]:
        chosen += _lists_after_semicolons(sentence, trigger, places, chosen)
    return chosen


# What a list with no verb of its own holds besides its places: names the data lacks, the oblasts and
# communities that qualify them, "and", counts in brackets.
VERBLESS_LIST = re.compile(
    # (a date and a dash before each: "hit; August 7 — Afipsky; August 10 - Saratov")
    r"(?:\s|[,.—–-]|['’]s\b|\band\b|\bas well as\b|\bof\b|\bin\b|\bthe\b|\bagain\b"
    # where and by when each was taken: "Bilohorivka, 10 kilometers northeast, by 23 February 2025"
    r"|\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b|\bby\b"
    r"|\b(?:kilometers?|kilometres?|km|miles?)\b|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b"
    r"|\b(?:regions?|oblasts?|districts?|raions?|communit(?:y|ies)|hromadas?)\b|[A-Z][\w'’-]*|\(\d+[^()]{0,30}\))*"
)

# Who said it, closing a sentence: " - wrote Syniehubov on Telegram.", ", the governor said."
ATTRIBUTION_TAIL = re.compile(
    # (after the quote closing it: '..., Kupiansk district," the report says.'; '..." the summary as of
    # 4:00 p.m. states.')
    r"\s*[-–—,]\s*[\"”’']?\s*(?:(?:the\s+)?[\w.:'’-]+\s+){0,6}?"
    r"(?:wrote|said|says|reported|reports|noted|added|stated|states)\b"
)


def _within_gap_after(places: list[SentencePlace], end: int) -> list[SentencePlace]:
    """The places that start within MAX_GAP after ``end``: where the fire a phrase there tells of burned."""
    return [p for p in places if end <= p.start <= end + MAX_GAP]


def _town_included(sentence: str, places: list[SentencePlace], region: SentencePlace) -> SentencePlace | None:
    """The first town named after ", including" that closes the list of oblasts ``region`` opens, when it
    lies in one of them: "capturing multiple settlements in Zaporozhye, Donetsk, Kharkov, Sumy, and
    Dnepropetrovsk regions, including the major logistics hubs of Krasnoarmeysk and Kupyansk" took the
    towns, not the oblasts (however far the list runs from the verb)."""
    index = places.index(region)
    oblasts = {region.place.name}
    last = region
    for p in places[index + 1 :]:
        if p.place.kind == "region" and OBLASTS_LISTED.fullmatch(sentence, last.end, p.start):
            oblasts.add(p.place.name)
            last = p
        elif p.place.kind in POPULATED and TOWNS_INCLUDED.fullmatch(sentence, last.end, p.start):
            return p if p.place.admin1 in oblasts else None
        else:
            return None
    return None


def _semicolon_clauses(sentence: str, semicolon: int) -> Iterator[tuple[int, int]]:
    """The clauses from the semicolon at ``semicolon`` on (none for -1), each as (the semicolon that opens
    it, where it ends: the next semicolon or the sentence's end)."""
    start = semicolon
    while start >= 0:
        end = sentence.find(";", start + 1)
        end = len(sentence) if end < 0 else end
        yield start, end
        start = end if end < len(sentence) else -1


def _verbless_lists_end(sentence: str, semicolon: int) -> int:
    """Where the clauses after ``semicolon`` stop being verbless lists of places (the semicolon that opens
    the first clause with a verb of its own), or the sentence's end."""
    for start, end in _semicolon_clauses(sentence, semicolon):
        clause = sentence[start + 1 : end]
        if end == len(sentence) and (said := ATTRIBUTION_TAIL.search(clause)):
            clause = clause[: said.start()]
        if not any(c.isupper() for c in clause) or not VERBLESS_LIST.fullmatch(clause):
            return start
    return len(sentence)


def _lists_after_semicolons(
    sentence: str, trigger: Trigger, places: list[SentencePlace], chosen: list[SentencePlace]
) -> list[SentencePlace]:
    """The places of the verbless lists that follow the trigger's own after a semicolon: the General
    Staff's "X, Y of the Chernihiv region were hit by artillery fire; Z, W of the Sumy region and U,
    V of the Kharkiv region" tells of fire on all of them."""
    if not chosen:
        return []
    more: list[SentencePlace] = []
    for start, end in _semicolon_clauses(sentence, sentence.find(";", max(trigger.end, chosen[-1].end))):
        listed = [p for p in places if start < p.start and p.end <= end]
        rest, at = [], start + 1
        for p in listed:
            rest.append(sentence[at : p.start])
            at = p.end
        tail = sentence[at:end]
        if end == len(sentence) and (said := ATTRIBUTION_TAIL.search(tail)):
            tail = tail[: said.start()]  # "...; Bochkove, Budarky in Chuhuiv district - wrote Syniehubov"
        rest.append(tail)
        if not all(VERBLESS_LIST.fullmatch(part) for part in rest):
            break
        if not listed and not any(c.isupper() for c in tail):
            break
        more += listed  # (an item the data lacks goes on the list too: "; August 7 — Afipsky;")
    return more


def _cued_list(sentence: str, places: list[SentencePlace], cue: re.Pattern[str]) -> list[SentencePlace]:
    """The places right after ``cue`` (looked for ORIGIN_REACH characters before each) and the items of the
    list that goes on from them: "en route to Moscow and St. Petersburg", "in hospitals in Mariupol and
    Berdiansk"."""
    found: list[SentencePlace] = []
    for p in places:
        if cue.search(sentence, max(0, p.start - ORIGIN_REACH), p.start) or (
            found and BARE_LINK.fullmatch(sentence, found[-1].end, p.start)
        ):
            found.append(p)
    return found


def _tally_goes_on(sentence: str, later: list[SentencePlace]) -> list[SentencePlace]:
    """The places after the verb that go on its tally without a verb of their own, each with its count
    after a dash ("in Lysychansk — 15, in Vrubivka — 9"); [] when the first place after it is not one."""
    tallied: list[SentencePlace] = []
    for p in later:
        if not (
            TALLY_ITEM_BEFORE.search(sentence[max(0, p.start - 40) : p.start])
            and TALLY_COUNT_AFTER.match(sentence, p.end)
        ):
            break
        tallied.append(p)
    return tallied


def _subject_list(sentence: str, trigger: Trigger, places: list[SentencePlace]) -> list[SentencePlace]:
    """The places a passive verb's subject lists after "the villages of" (or settlements, towns), when
    only modifiers of theirs, with places of their own, stand between the list and the verb (words of
    place, no comma: no clause of their own); [] when there is none."""
    lists = list(SUBJECT_KINDS_OF.finditer(sentence, 0, trigger.start))
    if not lists:
        return []
    opened = lists[-1]
    first = [i for i, p in enumerate(places) if p.start == opened.end()]
    if not first:
        return []
    listed = _list_after(sentence, places, first[0])
    gap = sentence[listed[-1].end : trigger.start]
    between = [p for p in places if opened.end() <= p.start < trigger.start]
    if len(listed) == len(between) or not MODIFIERS_ONLY.fullmatch(gap):
        return []  # nothing but the list before the verb: the usual reading holds
    return listed


def _districts_of_the_subjects_city(
    sentence: str, trigger: Trigger, places: list[SentencePlace]
) -> list[SentencePlace]:
    """The city districts a passive verb's subject lists with their city, when the city is the last place
    before the verb: "the Kirovsky and Petrovsky districts of Donetsk were shelled", "Donetsk, including
    Kuybyshevsky, Petrovsky and Kievsky districts, was shelled"; [] for any other subject."""
    before = [i for i, p in enumerate(places) if p.end <= trigger.start]
    if len(before) < 2:
        return []
    last = before[-1]
    if DISTRICTS_OF_CITY.fullmatch(sentence, places[last - 1].end, places[last].start):
        city = places[last]
        listed = [*reversed(_list_before(sentence, places, last - 1)), places[last - 1]]
    elif DISTRICTS_CLOSE.match(sentence, places[last].end):
        listed = [*reversed(_list_before(sentence, places, last)), places[last]]
        first = places.index(listed[0])
        if first == 0 or not CITY_INCLUDING.fullmatch(sentence, places[first - 1].end, listed[0].start):
            return []
        city = places[first - 1]
    else:
        return []
    if not all(city_id_of(p.place) == city.place.id for p in listed):
        return []
    return listed


# Between the last district of a subject's list and their city: " districts of ".
DISTRICTS_OF_CITY = re.compile(r"\s+districts?\s+of\s+(?:the\s+city\s+of\s+)?")
# After a city, the districts of it a subject names: "Donetsk, including the Kuybyshevsky, ... districts,".
CITY_INCLUDING = re.compile(r",\s+(?:including|especially|in particular|notably)\s+(?:the\s+|its\s+)?")
DISTRICTS_CLOSE = re.compile(r"\s+districts?\b")


GROUND_MOVES = ("advance", "retreat")
# A subject that lists places: "the villages of", "the settlements of".
# ("the two small villages of")
SUBJECT_KINDS_OF = re.compile(
    r"\bthe\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:(?:small|tiny|nearby|neighbou?ring|front-?line)\s+)?"
    r"(?:villages|settlements|towns)\s+of\s+"
)
# What may stand between a subject's list and its verb without a clause of its own: modifiers of place.
MODIFIERS_ONLY = re.compile(
    r"\s+(?:to\s+the\s+|located\s+|lying\s+|situated\s+|near\s|along\s|outside\s|north|south|east|west)"
    r"[^,;.()]*?\s+(?:had|have|has|were|was)\s+(?:been\s+)?(?:\w+ly\s+)?$"
    # ... or a clause that only says where they lie: "Druzhba and Krymskoye, which lie to the northeast of
    # Toretsk, have been taken"
    r"|,\s+which\s+(?:lie|lies|are|is)\s+(?:located\s+|situated\s+)?(?:to\s+the\s+|just\s+)?"
    r"(?:north|south|east|west|near|outside|along|close)[^,;.()]*?,\s+"
    r"(?:(?:had|have|has|were|was)\s+(?:been\s+)?(?:\w+ly\s+)?)?$"
)


def _village_it_locates(sentence: str, places: list[SentencePlace], p: SentencePlace) -> SentencePlace | None:
    """The town or village right before an oblast that only says where it is ("Krokhmalne in Ukraine's
    Kharkiv region"), or None."""
    i = places.index(p)
    if p.place.kind != "region" or i == 0 or places[i - 1].place.kind not in POPULATED:
        return None
    before = places[i - 1]
    return before if REGION_OF_PLACE.fullmatch(sentence, before.end, p.start) else None


def _capital_acting(sentence: str, trigger: Trigger, place: SentencePlace) -> bool:
    """Whether the place is a capital standing for its government as the verb's subject: "a handful of
    settlements Kyiv retook", "Moscow has captured" (where it happened is elsewhere)."""
    return (
        place.place.name in CAPITALS
        and trigger.role == "agent"
        and not trigger.passive  # "Kyiv came under attack": the city is what was hit
        and place.end <= trigger.start
        and CAPITAL_SUBJECT.fullmatch(sentence, place.end, trigger.start) is not None
    )


def _measured_from(sentence: str, place: SentencePlace) -> bool:
    """Whether a distance in the sentence is measured from the place ("located 74km from Kharkiv")."""
    return MEASURED_FROM.search(sentence, max(0, place.start - MEASURED_REACH), place.start) is not None


def _capital_doing(sentence: str, place: SentencePlace) -> bool:
    """Whether the place is a capital standing for its government as the subject of a verb of attack or
    of saying, whichever event phrase asks: "with Kyiv hitting Russian refineries", "that Kyiv targeted
    several western regions", "Kyiv was behind alleged attacks", "Kyiv, meanwhile, said that four people
    were wounded" (the city itself was not hit), as who is given arms ("ATACMS that Washington began to
    supply Kyiv"), or as the agent of a noun ("a push by Moscow to take territory")."""
    return place.place.name in CAPITALS and (
        CAPITAL_DOING.match(sentence, place.end) is not None
        or GOVERNMENT_WORD_BEFORE.search(sentence, max(0, place.start - 30), place.start) is not None
    )


# Right before a capital that stands for its government: a verb of giving arms ("began to secretly supply
# Kyiv"), or "by" after a noun it is the agent of ("amid a push by Moscow to take territory").
GOVERNMENT_WORD_BEFORE = re.compile(
    r"(?<=[a-z] )by\s+$"
    r"|\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|sen[dt]s?|sending|gave"
    r"|giv(?:e|es|en|ing)|s[eo]ll(?:s|ing)?|sold|transferr?(?:s|ed|ing)?)\s+(?:to\s+)?$",
    re.IGNORECASE,
)


# A foreign mission or an office named by the city it sits in: "The US Embassy in Kyiv condemned the
# Russian bombardment" (the embassy spoke; the bombardment fell elsewhere).
MISSION_IN = re.compile(
    # ("The US ambassador to Kyiv, Bridget Brink, condemned Russia's overnight missile attack")
    r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?|[Mm]issions?|[Rr]epresentative\s+[Oo]ffices?|[Bb]ureau"
    r"|[Aa]mbassadors?|[Ee]nvoys?)\s+"
    r"(?:in|to)\s+(?:the\s+)?$"
)


# Where a speaker spoke: "told reporters in Kyiv", "speaking at a news conference in Moscow".
SPOKE_IN_REACH = 60
SPOKE_IN = re.compile(
    r"\b(?:told|telling|briefed|briefing|addressed|addressing|speaking\s+to|spoke\s+to|speaking\s+at|spoke\s+at)"
    r"\s+(?:reporters|journalists|the\s+press|lawmakers|parliament|a\s+(?:news|press)\s+conference"
    r"|a\s+(?:news|press)\s+briefing)\s+in\s+(?:the\s+)?$"
    # ("Al Jazeera's Ali Hashem, reporting from Mariupol, said one of the bridges was damaged")
    r"|\b(?:reporting|speaking|writing)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _seat_of_a_mission(sentence: str, place: SentencePlace) -> bool:
    """Whether the place only says where an embassy or a mission sits ("the US Embassy in Kyiv")."""
    return MISSION_IN.search(sentence, max(0, place.start - 40), place.start) is not None


def _where_one_spoke(sentence: str, place: SentencePlace) -> bool:
    """Whether the place only says where someone spoke ("Zelenskyy told reporters in Kyiv on Monday")."""
    return SPOKE_IN.search(sentence, max(0, place.start - SPOKE_IN_REACH), place.start) is not None


def _capital_as_source(sentence: str, place: SentencePlace) -> bool:
    """Whether a capital closes a headline as its source: "Russian troops enter Ukraine's Dnipropetrovsk
    region for first time: Kiev" (Kyiv's government says so; nothing happened in Kyiv)."""
    return (
        place.place.name in CAPITALS
        and not sentence[place.end :].strip(" .\"'”’")
        and sentence[: place.start].rstrip().endswith((":", " -", "—", "–"))
    )


def _described_by(sentence: str, trigger: Trigger, places: list[SentencePlace]) -> SentencePlace | None:
    """The place a clause that describes it tells an event of: in "Avdiivka, the fiercely fought-over
    town Ukraine retreated from last month" the verb's object is left out (a time, or the clause's
    end, follows it) and is the town, which is Avdiivka. None for any other sentence."""
    if not ELIDED_OBJECT.match(sentence, trigger.end):
        return None
    head = DESCRIBED_HEAD.search(sentence, max(0, trigger.start - 90), trigger.start) or RELATIVE_HEAD.search(
        sentence, max(0, trigger.start - 60), trigger.start
    )
    if head is None:
        return None
    named = [p for p in places if p.end <= head.start() and not sentence[p.end : head.start()].strip(" ")]
    return replace(named[-1], exact=True) if named and named[-1].place.kind in POPULATED else None


def heading_to(sentence: str, trigger: Trigger, places: list[SentencePlace]) -> dict[int, str]:
    """The places after an active advance or retreat that are where the side heads or went, by
    index: ``goal`` ("advancing towards X and Y", "advanced on X"), ``destination`` ("withdrew to
    X"), and ``locator`` for a place that only locates a destination ("withdrawn to X, north of Y")."""
    found: dict[int, str] = {}
    if trigger.event_type == "advance" and LAUNCHED.match(trigger.text):
        return found  # "launched an offensive toward Lyptsi": the attack's target is where it began
    rest = sentence[trigger.end :].lower()
    if not trigger.text.lower().endswith(" on") and not any(cue in rest for cue in HEADING_CUES):
        return found  # most phrases head nowhere: no words of heading after them
    after = [i for i, p in enumerate(places) if p.start >= trigger.end]
    to = GOAL_BEFORE if trigger.event_type == "advance" else RETREAT_TO
    kind = "goal" if trigger.event_type == "advance" else "destination"
    previous = None
    for i in after:
        p = places[i]
        window = max(trigger.end, p.start - 80)
        if (
            kind == "destination"
            and previous is None
            and (
                UNNAMED_DESTINATION.search(sentence, window, p.start)
                or POSITIONS_NEAR.search(sentence, window, p.start)
            )
        ):
            found[i] = "locator"
        elif (
            (
                (goal := to.search(sentence, window, p.start))
                and not _taken_in_direction(goal, trigger)
                # "retreated to the west from the villages of X and Y": from X, not to it
                and " from " not in sentence[goal.start() : p.start]
            )
            or (
                previous is None
                and kind == "goal"
                and (
                    (MOVING.search(trigger.text) and ADVANCE_ON.fullmatch(sentence, trigger.end, p.start))
                    or (
                        (trigger.text.lower().endswith(" in on") or trigger.text.lower() == "approaching")
                        and CLOSING_ON.fullmatch(sentence, trigger.end, p.start)
                    )
                )
            )
        ):
            found[i] = kind
        elif previous in found and BARE_LINK.fullmatch(sentence, places[previous].end, p.start):
            found[i] = found[previous]  # "towards the settlements of X and Y": Y too
        elif previous in found and _locates(sentence[places[previous].end : p.start]):
            found[i] = "locator"  # "withdrawn to X, north of Y": Y only says where X is
        previous = i
    return found


def _taken_in_direction(goal: re.Match[str], trigger: Trigger) -> bool:
    """Whether "in the direction of X" only says where ground was taken: "regained lost positions in
    the direction of Lyptsi" (a General Staff sector), not "advancing in the direction of Lyptsi"."""
    text = trigger.text.lower()
    return "direction" in goal.group().lower() and (MOVING.search(text) is None or text.startswith("regain"))


def _locates(gap: str) -> bool:
    """Whether the words between two places make the second locate the first ("X, north of Y"),
    not name where the move began ("withdrawn to the Dnipro's bank from Kherson")."""
    gap = POSSESSIVE_NOUN.sub("", gap, count=1)  # "to Pokrovsk's outskirts, west of Y"
    return LOCATOR.match(gap) is not None and FROM_ONLY.fullmatch(gap) is None


FROM_ONLY = re.compile(r"\s*,?\s*from\s+(?:the\s+)?")
# Capitalised words that open the name of a force, not of a place.
FORCE_WORDS = frozenset(
    "Armed Ukrainian Russian Ukraine Russia General Defence Defense National Territorial Wagner".split()
)
# A country named as whose an institution is: "the Armed Forces of Ukraine", "the General Staff of Russia".
FORCES_OF = re.compile(
    r"\b(?:Forces|Army|Ministry|Staff|Guard|Navy|Service|Command|Defen[cs]e)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# What may stand between a capital and the verb it is the subject of.
# ("Kyiv has been attacking Russian air bases")
CAPITAL_SUBJECT = re.compile(r"\s+(?:(?:has|have|had|been|is|also|then|later|again|reportedly|finally)\s+)*")
# ... the verb of attack it is the subject of, active (not "Kyiv attacked by drones", a headline's passive).
CAPITAL_DOING = re.compile(
    # ("Kyiv and Moscow accuse each other of destroying the dam": two governments, one verb)
    r"(?:\s+and\s+(?:Kyiv|Kiev|Moscow|Washington|Minsk)\b)?"
    # ("Kyiv, meanwhile, said that four people were wounded by Russian attacks in the Kherson region")
    r"(?:,\s+(?:meanwhile|in\s+turn|for\s+its\s+part|however|too),|\s+in\s+turn)?"
    # ('Kyiv "likely used tactical surprise to advance": a quote may open after the capital)
    # ("Kyiv has consistently targeted Russia's air bases", "which Kyiv has long asked the US to provide")
    r"(?:\s+[“\"‘']?(?:has|have|had|also|then|later|again|reportedly|allegedly|repeatedly|likely|probably"
    r"|mostly|usually|often|regularly|long|[a-z]+ly)"
    r"(?=\s))*"
    # "as Kyiv appears to have retaken control of Kupiansk" ("Kyiv appears to be responding to ...")
    r"(?:\s+(?:appears?|appeared|seems?|seemed|claims?|claimed)\s+to\s+(?:have|be))?\s+"
    r"(?:(?:hitting|targeting|targeted|striking|struck|attacking|launched|launching|fired|firing|shelled"
    # ("Kyiv likely used tactical surprise to advance at least 20km into Russian-held territory")
    r"|shelling|sent|sending|retaken|retook|recaptured|captured|seized|liberated|regained|used|uses"
    # ("Last month, Kyiv destroyed more than 40 Russian planes stationed at ... airfields")
    r"|destroyed|damaged|hit|downed"
    # ("as Moscow unleashed massive overnight air attacks across the country")
    r"|unleashed|unleashes|unleashing|pounded|pounds|pounding|bombarded|bombards|bombarding"
    # "Kyiv lost control over 36 km² in the Kherson region": the government lost ground elsewhere
    r"|lost|loses|ceded|withdrew|abandoned"
    # ("Kyiv has greatly stepped up its shelling of Russian rear command centers")
    r"|(?:greatly\s+|sharply\s+)?(?:stepped|steps|stepping|ramped|ramps|ramping)\s+up"
    # ("as Kiev upped its aerial attacks on Russian energy")
    r"|upped|ups|intensified|escalated)\b(?!\s+by\b)"
    # governments that talk: "As Moscow and Kyiv talk of possible peace, ..."
    r"|(?:talk|talks|talked|negotiate|negotiated|negotiating|agreed|agree)\b"
    # ... or that is short of arms: "as Kyiv faces an ammunition shortage"
    r"|(?:faces|faced|is\s+facing|was\s+facing|struggles|struggled|grapples|grappled)\b"
    r"|(?:was|is|were|has\s+been)\s+behind\b"
    # ... or that uses its people: "Gerasimov claiming that Kiev is using its population as cannon fodder"
    r"|(?:is|was|has\s+been|keeps)\s+using\b"
    # a government that speaks: "Kyiv said that four people were wounded"
    r"|(?:said|says|claimed|claims|reported|reports|denied|denies|confirmed|confirms|announced|accused"
    r"|accuses|accuse|blame|blames|blamed|asked|asks|requested|urged|urges"
    # ("Moscow decried that assault as an act of terrorism and retaliated by bombarding Ukraine")
    r"|decried|decries|condemned|condemns|denounced|denounces|retaliated|retaliates|responded|vowed|warned"
    r"|responding|issue|issued|issues"
    # ... or its acts of state: "the occupied peninsula, which Moscow illegally annexed in 2014"
    # ("since Moscow quit a U.N.-brokered deal", "after Kyiv rejected the proposal")
    r"|annexed|annexes|quit|quits|withdrew\s+from|pulled\s+out|rejected|rejects|signed|signs|refused|refuses)\b)"
)
# The opening of an attack: "launched an offensive", "began storming".
LAUNCHED = re.compile(r"(?:launch|began|begun|start)", re.IGNORECASE)
# A town's name used for the district around it, right after another name: "Progres in the Pokrovsk
# district" (whether or not the gazetteer knows Progres, the event is not at the district's town).
# The same words decide an event's precision (geo.events.extract): a community (hromada) is the
# town's area, its district (group 1) a wider one.
AREA_AFTER = re.compile(
    r"\s+(?:(?:urban\s+|territorial\s+)?(?:community|hromada|municipality|(?-i:TG))"
    r"|(?:(?:urban|municipal|administrative|city)\s+)?(district|raion|rayon|okrug))\b",
    re.IGNORECASE,
)


def area_after(text: str, name: str, start: int, end: int) -> re.Match[str] | None:
    """The district or community word after the name from ``start`` to ``end``, or ending it: "Kozacha
    Lopan, Kharkiv district" (a raion named after its oblast's capital is one mention, up to
    "district") reads as the village's district, as "Izbytske, Chuhuiv district" does."""
    found = AREA_AFTER.match(text, end)
    if found is None and (cut := name.rfind(" ")) > 0:
        found = AREA_AFTER.fullmatch(text, start + cut, end)
    return found


# An advance into a whole country: "entered Russian territory", "crossed into Russia".
COUNTRY_OBJECT = re.compile(
    r"\s*(?:(?:in)?to\s+|on\s+|in\s+)?(?:the\s+)?(?:Russian|Ukrainian|Belarusian|its|their|his|our)\s+"
    r"(?:own\s+)?(?:territory|soil|land)\b"  # ("under pressure by a Kyiv counterattack on its territory")
    # "as Russian forces continue their advance in eastern Ukraine" (not "in eastern Ukraine's Donetsk
    # region")
    # ("before Moscow launched its military assault on Ukraine in February 2022")
    r"|\s+(?:in|on|against|into)\s+(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+)?(?:Ukraine|Russia)\b(?!['’])"
)
# A clause set against the verb's: "even though", "although", "though".
CONCESSION = re.compile(r",?\s+(?:even\s+though|although|though)\s+", re.IGNORECASE)
# A village named right before its district: "the village of Podoly, Kupyansk district".
NAMED_PLACE_BEFORE = re.compile(
    r"\b(?:village|town|settlement|city) of [A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?, $"
)
URBAN = re.compile(r"urban|municipal|city", re.IGNORECASE)
# "in the" before a district that only says where the places after it are.
IN_THE_BEFORE = re.compile(r"\b[Ii]n\s+(?:the\s+)?$")
# "the village of Progres in the Pokrovsk district", "In Rivne of Myrnohrad community".
DISTRICT_NAMED = (" district", " raion", " rayon", " hromada", " community")  # a name that ends so
# ... and "the Pokrovske community of Synelnykove district": the community's name before its locator
# (not a linking adverb that opens the sentence: "Meanwhile, in the Nedryhailiv community, ...")
LINKING_ADVERB = (
    r"(?!(?:Meanwhile|Also|Separately|Earlier|Later|Additionally|However|Overnight|Elsewhere|Then|Now"
    r"|Moreover|Furthermore|Besides|Previously|Yesterday|Today|Still)\b)"
)
NAMED_BEFORE = re.compile(
    # (and a list's: "In the Pokrovske and Mezhova communities of the Synelnykove district, homes were
    # damaged")
    rf"{LINKING_ADVERB}[A-Z][\w'’-]+(?:\s+(?:communit(?:y|ies)|hromadas?|villages?|towns?|settlements?))?,?\s+"
    r"(?:in|of)\s+"
    r"(?:the\s+)?$"
    # "in Novoosynove village, Kupiansk district, a garage was damaged"
    r"|[A-Z][\w'’-]+\s+(?:village|town|settlement),\s+$"
)
POSSESSIVE_NOUN = re.compile(r"^['’]s\s+[\w-]+")


# Between a named crossing and the town it is at: "the Antonivskyi bridge in Kherson".
CROSSING_AT = re.compile(
    r"\s*,?\s*(?:in|near|at|outside|by|over|across)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
)


# Before the oblasts a border runs between: "the border between Donetsk and Zaporizhzhia oblasts", "along
# the border of the Luhansk and Donetsk regions" (not "the border areas of Sumy Oblast": the oblast's own).
BORDER_BETWEEN = re.compile(
    # ("captured eight villages on the administrative border with the Dnipropetrovsk region": beside it)
    # ("10 kilometers from the border with northeastern Ukraine's Kharkiv region")
    r"\bborders?\s+(?:with\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|\w+ern)\s+)?"
    r"(?:(?:Ukraine|Russia)['’]s\s+)?"
    r"|between\s+(?:the\s+)?(?:[\w'’-]+\s+(?:and|or)\s+(?:the\s+)?)?"
    r"|of\s+(?:the\s+)?[\w'’-]+\s+(?:and|or)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
BORDER_OF_FIRST = re.compile(
    r"\b(?:(?:north|south|east|west)(?:ern)?\s+)?borders?\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
BORDER_REACHED = re.compile(
    r"\b(?:reach\w*|approach\w*|(?:advanc|mov|push|g[eo]t|c[ao]m)\w*\s+(?:up\s+)?to)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+|administrative\s+)?(?:border|boundary)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... and a region a place lies by: "near the border with the Dnipropetrovsk region", "closer to the
# administrative border of the northeastern Kharkiv region".
BORDER_NEAR = re.compile(
    r"\b(?:near|close\s+to|closer\s+to|along|by|next\s+to)\s+(?:the\s+)?(?:administrative\s+)?"
    r"(?:border|boundary)\s+(?:of|with)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$",
    re.IGNORECASE,
)
# (or the region crossed out of: "crossed the western border of Donetsk into the Dnipropetrovsk region")
SECOND_NAMED = re.compile(r"\s+(?:and|or|into)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")


def _on_a_border(sentence: str, p: SentencePlace, event_type: str) -> bool:
    """Whether a region is named as one of the two a border runs between, not as where something is, or
    as the line an advance reached."""
    before = max(0, p.start - 60)
    return (
        BORDER_BETWEEN.search(sentence, before, p.start) is not None
        or (
            BORDER_OF_FIRST.search(sentence, before, p.start) is not None
            and SECOND_NAMED.match(sentence, p.end) is not None
        )
        # "had reached the western border of Donetsk": the line got to, not ground inside it (but "tried to
        # reach the border of Luhansk region - they retreated everywhere": the region retreated in)
        or (event_type == "advance" and BORDER_REACHED.search(sentence, before, p.start) is not None)
        # "Seredne, closer to the administrative border of the northeastern Kharkiv region": where a place
        # lies, by the region, not in it
        or BORDER_NEAR.search(sentence, before, p.start) is not None
    )

# Between a city and a place by it that the city names: "the Kyiv suburb of Makariv".
SUBURB_OF = re.compile(
    r"\s+(?:suburbs?|satellite\s+towns?|commuter\s+towns?|outlying\s+(?:villages?|towns?))"
    r"\s+of\s+(?:the\s+)?"
)


# Between a district and the village named in it after: " in the village of ".
VILLAGE_OF_NEXT = re.compile(
    r",?\s+(?:in|near|at)\s+the\s+(?:village|town|settlement)\s+of\s+", re.IGNORECASE
)


def _reference(sentence: str, index: int, places: list[SentencePlace]) -> bool:
    """Whether a place is only the reference of a direction to another: "northeast of Kupiansk
    near Synkivka", "north of Chasiv Yar in the direction of Maiske"."""
    p = places[index]
    if (
        (AREA_AFTER.match(sentence, p.end) or p.text.lower().endswith(DISTRICT_NAMED))
        and (named := NAMED_BEFORE.search(sentence, max(0, p.start - 60), p.start))
        # (but "A drone struck Malomykhailivka hromada in the Synelnykove district" with no place for the
        # hromada: the district is all there is of where)
        and any(named.start() < q.end <= p.start for q in places[:index])
    ):
        return True  # "the village of Progres in the Pokrovsk district": the district only locates it
    if (
        index + 1 < len(places)
        and (area := area_after(sentence, p.text, p.start, p.end)) is not None
        and VILLAGE_OF_NEXT.fullmatch(sentence, area.end(), places[index + 1].start)
    ):
        return True  # "entered the Klimovsky district in the village of Lubechany": the village's district
    if (
        p.place.kind == "city"
        and index + 1 < len(places)
        and places[index + 1].place.kind in POPULATED
        and SUBURB_OF.fullmatch(sentence, p.end, places[index + 1].start)
    ):
        return True  # "recaptured the Kyiv suburb of Makariv": the city only says where the suburb is
    if index > 0 and places[index - 1].place.kind in ("bridge", "dam") and p.place.kind in POPULATED:
        if CROSSING_AT.fullmatch(sentence, places[index - 1].end, p.start):
            return True  # "the Antonivskyi bridge in Kherson was hit": the bridge, not the city
    if (
        index + 1 < len(places)
        and p.place.kind in POPULATED
        and places[index + 1].place.kind in POPULATED
        and NAMED_FACILITY_NEAR_TOWN.fullmatch(sentence, p.end, places[index + 1].start)
    ):
        return True  # "the Bryansk chemical plant near the town of Seltso": the plant is Seltso's
    if index > 0 and places[index - 1].place.kind in POPULATED and p.place.kind in POPULATED:
        gap = sentence[places[index - 1].end : p.start]
        if ("," in gap or "(" in gap) and LOCATOR.match(gap) and not SERIAL_AND.match(sentence, p.end):
            # (but "advanced in Chasiv Yar, near Ivanivske, and near Klishchiivka": a serial list of phrases)
            return True  # "the town of Myrnohrad, close to Pokrovsk, came under fire": Myrnohrad's
        if " of" in gap and DIRECTION_NEXT.fullmatch(gap):
            return True  # "Hirske and Zolote south of Lysychansk came under ...": Hirske's and Zolote's
        if FACILITY_NEAR.fullmatch(gap):
            return True  # "a strike on the Vasilkov airfield near Kiev": the airfield is Vasylkiv's
        if (
            PLAIN_NEAR.fullmatch(gap)
            and p.place.population > places[index - 1].place.population
            and not SERIAL_AND.match(sentence, p.end)
            and not CLAUSE_ABOUT_IT.match(sentence, p.end)
        ):
            # "the plant in the city of Merefa near Kharkiv was hit": Merefa's, the bigger town locates (but
            # "Novobakhmutivka near Ocheretyne, which was penetrated last week": a clause of its own)
            return True
    if (
        index > 0
        and places[index - 1].place.id.startswith("admin1:")
        and p.place.kind == "city"
        and (
            DIRECTION_NEXT.fullmatch(sentence, places[index - 1].end, p.start)
            or REGION_NEAR.fullmatch(sentence, places[index - 1].end, p.start)
        )
    ):
        # "a fire in Russia's Kaluga region south of Moscow", "In the Kaluga region near Moscow, debris
        # sparked a fire": the oblast's; the capital measures
        return True
    before = sentence[max(0, p.start - 30) : p.start]
    if "of " not in before or not DIRECTION_OF.search(before):
        return False
    hop = TOWARDS.match(sentence, p.end)
    return hop is not None and any(q.start == hop.end() for q in places)


def _bracketed_after_direction(sentence: str, p: SentencePlace, places: list[SentencePlace]) -> bool:
    """Whether a place stands in brackets right after a direction of the front: "the Lyptsi direction (north
    of Kharkiv)"."""
    opened = sentence.rfind("(", 0, p.start)
    if opened < 0 or sentence.rfind(")", 0, p.start) > opened:
        return False
    return any(q.direction and q.end <= opened and opened - q.end <= DIRECTION_BRACKET_GAP for q in places)


DIRECTION_BRACKET_GAP = 14  # characters from a direction's name to its bracket: " direction ("


def _elsewhere(sentence: str, trigger: Trigger, p: SentencePlace) -> bool:
    """Whether a place belongs to another clause than an active verb's: what the side aims at
    ("moved forward near three villages, aiming to encircle Pokrovsk"), or a clause set against the
    verb's own ("Russian troops entered Ocheretyne, while Ukrainian troops withdrew"). After "after"
    or "as" the place before is often the verb's too ("took Lyman, after Russian troops withdrew")."""
    if trigger.passive:
        return False
    if p.start >= trigger.end:
        gap = sentence[trigger.end : p.start]
        if "though" in gap and CONCESSION.search(gap):
            return True  # "advanced at their fastest rate, even though a Ukrainian incursion into Kursk ..."
        if "," in gap and RESULT_CLAUSE.search(gap):
            # "the enemy is forced to retreat ..., which allows our troops to strengthen the bridgehead in
            # the north of Sumy": what the move made possible, somewhere else
            return True
        return (" to " in gap or " of " in gap or "for a" in gap) and PURPOSE.search(gap) is not None
    gap = sentence[p.end : trigger.start]
    if trigger.event_type == "contact" or "," not in gap or (clause := SUBORDINATE.search(gap)) is None:
        return False
    return not (trigger.event_type == "retreat" and SAME_SUBJECT_BUT.match(gap, clause.start()))


# A district named to say where the village after it lies: "the Graivoron district village of Kozinka".
DISTRICT_OF_NEXT = re.compile(
    r"\s+(?:district|raion|region|oblast|community|hromada)(?:['’]s)?\s+(?:village|town|settlement|hamlet)"
    r"\s+of\s+[A-Z]",
    re.IGNORECASE,
)
# What a move made possible, in a clause of its own after it: ", which allows our troops to ...",
# ", allowing the enemy to ...".
RESULT_CLAUSE = re.compile(
    r",\s+(?:which|that)\s+(?:\w+\s+)?(?:(?:allows?|allowed|enables?|enabled|lets|gives?|gave|forces?"
    r"|forced|opens?|opened)\s+(?:\w+\s+){0,3}?to\b"
    r"|lets?\s+)"  # ", which lets our units strengthen ..."
    r"|,\s+(?:allowing|enabling|letting|forcing)\s+(?:\w+\s+){0,3}?to\b",
    re.IGNORECASE,
)
# A town's facility, then the city it lies near: " airfield near ", " military airfield outside ".
# ... and a facility named after one town, then put near another by its kind: "the Bryansk chemical plant
# near the town of Seltso".
NAMED_FACILITY_NEAR_TOWN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:plant|factory|refinery|depot|works|enterprise|terminal|arsenal)\s+"
    r"(?:located\s+)?near\s+the\s+(?:town|village|settlement|city)\s+of\s+",
    re.IGNORECASE,
)
# The words that put a place near a bigger one (FACILITY_NEAR, PLAIN_NEAR).
_NEAR = r"(?:near|outside|close\s+to|not\s+far\s+from)"
FACILITY_NEAR = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:airfield|air\s*base|airport|aerodrome|refinery|oil\s+depot|depot|arsenal)\s+"
    rf"(?:{_NEAR}|in\s+the\s+suburbs\s+of)\s+(?:the\s+)?(?:city\s+of\s+)?"
)
# A bigger town that locates the place before it, with no comma between: "Merefa near Kharkiv".
PLAIN_NEAR = re.compile(
    # ("Schastia and Stanytsia Luhanska towns near Luhansk are controlled by Russia")
    rf"\s+(?:(?:towns?|villages?|settlements?)\s+)?{_NEAR}\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
)
CLAUSE_ABOUT_IT = re.compile(r"\s*,?\s*(?:which|where|that)\b")
# A locator with a distance ("13 kilometers northeast of"), and the next phrase of a list after it.
MEASURED_LOCATOR = re.compile(r"\d\s*(?:km|kilomet|mi)")
NEXT_PHRASE = re.compile(r"\s*,\s+and\s+")
# ... with the anchor the gazetteer's place list leaves out between two items (a town a distance is
# measured from is no place of the event).
MEASURED_ASIDE_THEN = re.compile(
    r"\s*,\s*(?:(?:about|some|around|nearly|roughly)\s+)?[\d.,]+\s*(?:km|kilomet(?:er|re)s|miles)\s+"
    r"(?:north|south|east|west)\w*(?:-\w+)?\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r",\s+and\s+"
)


# A district's communities in brackets after it, the items of the list it is one of: "Buchanskyi district
# (Irpinska, Buchanska, Makarivska communities), Brovarskyi district (Velykodymerska community)".
COMMUNITIES_LISTED = re.compile(
    r"\((?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s*|,?\s+and\s+|\s+))+"
    r"(?:communit(?:y|ies)|hromadas?|villages|settlements)\)"
)
KIND_BEFORE_BRACKET = re.compile(r"\s*(?:district|raion|region|oblast)?\s*")
COMMUNITIES_CLOSED = re.compile(r"^\s*(?:communit(?:y|ies)|hromadas?|villages|settlements)\)")


# A list's next item that is no known name, then its other name in brackets: ", Sichneve (" before Yanvarske.
UNKNOWN_ITEM_ALIAS = re.compile(r",\s*(?:and\s+)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s*\(")


def _bracketed_alias(sentence: str, place: SentencePlace) -> bool:
    """Whether ``place`` is the other name, in brackets, of a list's item the gazetteer lacks."""
    comma = sentence.rfind(",", 0, place.start)
    return comma >= 0 and UNKNOWN_ITEM_ALIAS.fullmatch(sentence, comma, place.start) is not None


# A relative clause that locates a list's item by other places, then the next item: "Novozhelanne, which
# lies between the cities of Donetsk and Pokrovsk, Synkivka in the Kharkiv region and ...".
RELATIVE_ASIDE = re.compile(
    r"\s*,\s*(?:which|that)\s+(?:lies|is\s+(?:located|situated)|sits|stands)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:between|of|near|from|outside)\s+(?:the\s+)?(?:(?:cities|towns|villages|city|town|village)\s+of\s+)?"
)
RELATIVE_ASIDE_ON = re.compile(r"\s+and\s+")  # "between the cities of Donetsk and Pokrovsk"
RELATIVE_ASIDE_END = re.compile(
    r"\s*,\s*(?:and\s+)?(?:the\s+)?(?:(?:[a-z]+\s+)?(?:village|town|city|settlement)\s+of\s+)?"
)


CLOSING_QUOTES, OPENING_QUOTES = "\"”’»", "\"“‘«"


def _unquoted(gap: str) -> str:
    """The gap between two items in quotation marks, without them: 'air bases “Khalino”, “Savasleyka”
    and ...' (or only the first quoted: 'the airfields "Saki" and "Kacha" and the Tuapse refinery')."""
    # (not an apostrophe: "the city’s Osnovianskyi district")
    if len(gap) > 1 and gap[0] in CLOSING_QUOTES and not gap[1].isalpha():
        gap = gap[1:]
    if len(gap) > 1 and gap[-1] in OPENING_QUOTES and gap[-2].isspace():
        gap = gap[:-1]
    return gap


def _list_after(sentence: str, places: list[SentencePlace], index: int) -> list[SentencePlace]:
    """The place at ``index`` and the places listed after it, passing over places that only locate
    or qualify an item ("Myrnohrad close to Pokrovsk and Kurakhove"; "Nevske, Luhansk region and
    near Yakovlivka")."""
    chosen = [places[index]]
    aside = ""  # what the last place passed over was: a "locator" or a "qualifier", not an item
    qualified = _broad(places[index]) and QUALIFIED_BEFORE.search(
        sentence, max(0, places[index].start - 40), places[index].start
    )
    if qualified and sentence[: qualified.start()].strip():
        # "in the areas of Dehtiarne of Sumy region, Berestove, ...": the list goes on (an unknown name
        # before "of", not the sentence's first word: "Shelling in the Kharkiv region, the Donetsk region")
        aside = "qualifier"
    # "in the Mykolaiv, Kharkiv, Odesa and Sumy regions": bare oblast names that a plural closes are
    # items, not one oblast qualifying the next
    plural = any(
        PLURAL_NAME.search(p.text) or PLURAL_REGIONS.match(sentence, p.end) for p in places[index + 1 :]
    )
    left = places[index]
    located_by_comma = False  # the last locator followed a comma: "Svatove, near Avdiivka"
    located_by = ""  # ... and its words
    for right in places[index + 1 :]:
        opened = sentence.rfind("(", left.end, right.start)
        if opened > sentence.rfind(")", left.end, right.start):
            alias = UNKNOWN_ITEM_ALIAS.fullmatch(sentence, left.end, right.start)
            if alias is not None and sentence.startswith(")", right.end):
                # "Zaporizke, Sichneve (Yanvarske), Maliivka": an item the gazetteer knows only by the other
                # name in its brackets
                chosen.append(right)
                aside = ""
                left = right
                continue
            if not (
                COMMUNITIES_LISTED.match(sentence, opened)
                and KIND_BEFORE_BRACKET.fullmatch(sentence, left.end, opened)
            ):
                # "the Spornoye settlement (in the Donetsk region - TASS), the Zolotarevka": an aside
                continue
            # "Buchanskyi district (Irpinska, Buchanska, Makarivska communities)": the district's items
            chosen.append(right)
            aside = ""
            left = right
            continue
        gap = sentence[left.end : right.start]
        if gap.startswith(")") and _bracketed_alias(sentence, left):
            gap = gap[1:]  # (the bracket that held the item's other name closes)
        gap = _unquoted(gap)

        if aside == "relative":
            # "Novozhelanne, which lies between the cities of Donetsk and Pokrovsk, Synkivka ...": the
            # clause's places locate the item before; its closing comma opens the next item
            if RELATIVE_ASIDE_ON.fullmatch(gap):
                left = right
                continue
            aside = ""
            if not RELATIVE_ASIDE_END.fullmatch(gap):
                break
            chosen.append(right)
            left = right
            continue
        if not aside and RELATIVE_ASIDE.fullmatch(gap):
            aside = "relative"
            left = right
            continue
        if TOWN_PART_AFTER.fullmatch(gap) and (right.place is left.place or right.place.kind == "other"):
            # "in the Chasiv Yar's northeastern Kanal microdistrict": the town's part, then the list goes on
            if right.place is not left.place:
                chosen.append(right)
            left = right
            continue
        if FRONT_THEN_AND.fullmatch(gap) or (REFERRED_DIRECTION_ITEM.search(gap) and ";" not in gap):
            # "occupied Novoselydivka on the Kurakhove front and Petrivka on the Pokrovsk front": each item
            # with the front it lies on; "advancing in Chasiv Yar's northeastern Kanal microdistrict, east of
            # the town near Ivanivske, and southeast of it near Klishchiivka": each phrase of place an item,
            # placed from the town named
            chosen.append(right)
            aside = ""
            left = right
            continue
        gap = COMMUNITIES_CLOSED.sub("", gap, count=1)  # "..., Dmytrivska communities), Brovarskyi ..."
        gap = _without_unknown_items(
            _without_asides(gap) if "(" in gap or " in " in gap or ", a" in gap else gap
        )
        if aside == "locator" and located_by_comma and SERIAL_PHRASE.match(gap):
            # "advances northwest of Svatove, near Avdiivka, in Robotyne, and in Kherson Oblast": a serial
            # list of phrases of place, each an item, not a locator of the one before
            chosen += [left, right]
            aside = ""
            left = right
            continue
        if (
            (
                aside == "locator"
                and MEASURED_LOCATOR.search(located_by)
                and (phrase := NEXT_PHRASE.match(gap))
            )
            or (phrase := MEASURED_ASIDE_THEN.match(gap))
        ) and LOCATOR.match(gap[phrase.end() :]):
            # "south of X, 13 kilometers northeast of Avdiivka, and west of Y": a measured locator closed by
            # its comma, then the list's next phrase of place
            chosen.append(right)
            aside = ""
            left = right
            continue
        if (
            (_broad(right) or (right.place.kind in POPULATED and AREA_AFTER.match(sentence, right.end)))
            and (not _broad(left) or aside == "qualifier")
            and not (plural and _broad(left))
            and QUALIFIER.match(gap)
            # "Budarki in Chuhuiv district": Chuhuiv's district; "Mykolaivske, Shevchenkove community": its
            # hromada
            and (_broad(right) or " in " in gap or (gap.strip() == "," and _community_after(sentence, right)))
            and not _outside(left, right)
        ):
            # "Lysychansk, Luhansk region": a qualifier, not a second place; and after one region, items
            # the data lacks, then the next ("Dehtiarne of Sumy region, Berestove of Kharkiv region")
            aside = "qualifier"
        elif COORDINATED.match(gap) or (
            KIND_OF_ITEM.match(gap) and KINDS_OF_LIST.search(sentence, 0, left.start)
        ) or (aside == "qualifier" and AREA_THEN_AND.match(gap)) or FACILITY_THEN_AND.fullmatch(
            gap
        ) or OBJECT_THEN_PLACE.fullmatch(sentence, left.end, right.start):
            # "the cities of X, Y, the village of Z, the villages of W": each item with its kind; "X and Y
            # were shelled in the Lyman community, and Z and W in the Kostiantynivka community": the verb
            # goes on for the next community's list
            # ("12 settlements in the Sumy region, including Basivka": the oblast's town, named)
            plain = not any(word in gap for word in ("and", "or", "as well as", "including"))
            if aside == "locator" and _LOCATING.search(gap):
                left = right
                continue  # "east of Pokrovsk and near Ocheretyne": the locator goes on
            if plain and _broad(left) != _broad(right) and aside != "qualifier" and not _outside(left, right):
                break
            aside = ""
            chosen.append(right)
        elif LOCATOR.match(gap) and not aside:
            aside = "locator"
            located_by_comma = gap.lstrip().startswith(",")
            located_by = gap
        else:
            break
        left = right
    return chosen


def _outside(one: SentencePlace, other: SentencePlace) -> bool:
    """Whether a city and an oblast named side by side are two places, the city not in the oblast:
    "Kyiv, Kyiv region, Mykolaiv ... regions came under fire" (the capital is not in Kyiv Oblast), unlike
    "Lysychansk, Luhansk region", where the oblast says where the town is."""
    city, oblast = (one, other) if one.place.kind == "city" else (other, one)
    return (
        city.place.kind == "city"
        and oblast.place.kind == "region"
        and bool(city.place.admin1)
        and city.place.admin1 != oblast.place.name
    )


def _community_after(sentence: str, place: SentencePlace) -> bool:
    """Whether the place is named as a hromada ("Shevchenkove community"), not a district."""
    area = AREA_AFTER.match(sentence, place.end)
    return area is not None and area.group(1) is None


def _gapped_list(sentence: str, trigger: Trigger, places: list[SentencePlace]) -> list[SentencePlace]:
    """The second list of "X and Y were shelled in the Lyman community, and Z and W in the Kostiantynivka
    community": after the verb's community, ", and" and more places whose verb is left out."""
    for k, p in enumerate(places[:-1]):
        if p.start < trigger.end:
            continue
        if not (IN_THE.fullmatch(sentence, trigger.end, p.start) and AREA_AFTER.match(sentence, p.end)):
            return []
        if AREA_THEN_AND.match(sentence[p.end : places[k + 1].start]):
            return _list_after(sentence, places, k + 1)
        return []
    return []


IN_THE = re.compile(r"\s+(?:in|on)\s+(?:the\s+)?")
# Between two facilities named by their towns: "the Kushchyovskaya air base and the Slavyansk oil refinery".
FACILITY_THEN_AND = re.compile(
    r"\s+(?:military\s+)?(?:air\s?base|airfield|airport|(?:oil\s+)?refinery|(?:oil|fuel|ammunition)\s+depot"
    r"|(?:thermal\s+)?power\s+plant|port)\s*,?\s+(?:and\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# Between one object's place and the next object's, the verb left out: "hit an oil refinery in the Ryazan
# region and a section of railway in the Perm region".
OBJECT_THEN_PLACE = re.compile(
    r"\s+and\s+(?:a|an|another)\s+"
    r"(?:(?!(?:said|says|reported|told|added|wrote|was|were|is|are|had|has|have)\s)[\w'’-]+\s+){1,6}?"
    r"(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?"
    # ("to strike Yavoriv and a separate facility in the village of Starichi")
    r"(?:(?:village|town|city|settlement)\s+of\s+)?"
    # ... or the next object by its name: "the Orsk refinery in the Orenburg region and the Azot chemical
    # plant in the Perm region"
    r"|\s+and\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:plant|refinery|depot|terminal|factory|airfield|air\s+base|port|facility)\s+(?:in|near|outside)\s+"
    r"(?:the\s+)?"
)
# Between a community that qualifies a list and the next list, whose verb is left out.
AREA_THEN_AND = re.compile(r"\s+(?:community|hromada|district|raion)\s*,\s+and\s+$", re.IGNORECASE)


def _without_asides(gap: str) -> str:
    """The words between two items of a list without what only describes the first: its kind and an
    aside in brackets ("the Spornoye settlement (in the Donetsk region - TASS), the Zolotarevka ...")."""
    gap = APPOSITIVE.sub("", gap)  # "captured Pokrovsk, a major logistical hub, as well as Vovchansk"
    return ASIDE_THE.sub("", ITEM_KIND.sub("", PARENTHESES.sub("", COUNTRY_PART.sub("", gap))))


def _without_unknown_items(gap: str) -> str:
    """The words between two places of a list without the items the gazetteer does not know: in
    "in Vuhledar, Vodiane and northwest of Mykilske, the 68th brigade near Pavlivka", an unknown
    Vodiane does not end the list."""
    if gap.startswith(KIND_OPENINGS):  # "the Nikopol district, Marhanets, ...": the kind ends an item
        gap = LEADING_KIND.sub("", gap)
    if not UNKNOWN_ITEM_CUE.search(gap):
        return gap
    while True:
        item = UNKNOWN_ITEM.match(gap)
        if item is None or item.end() == len(gap):
            return gap
        gap = gap[item.end() :]


# An item of a list that names no known place, followed by the next connector ("..., as well as near
# Netailove and Sontsivka": Netailove is no end of the list).
UNKNOWN_ITEM = re.compile(
    rf"\s*,?\s*(?:(?:and|as well as)\s+)?{_LIST_PREPOSITION}{_ITEM}"
    rf"(?!(?:{'|'.join(sorted(NOT_PLACE_WORDS))})\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*,|\s+and\b|\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:north|south)?-?(?:east|west)?ern\s+|central\s+)?(?:[A-Z]|$))"
)
UNKNOWN_ITEM_CUE = re.compile(r"[,\s][A-Z]")
PARENTHESES = re.compile(r"\s*\([^()]*\)")
# Where in the country the items before lie: "Lviv, Ternopil and Zhytomyr in western Ukraine, Dnipro ...".
COUNTRY_PART = re.compile(
    r"^\s+in\s+(?:the\s+)?(?:(?:(?:north|south)-?)?(?:east|west)ern\s+|(?:north|south)ern\s+|central\s+)?"
    r"(?:Ukraine|Russia|(?:north|south|east|west)(?:-?(?:east|west))?|cent(?:re|er)"
    # "Lviv, Ternopil and Zhytomyr in Ukraine's west, Dnipro and Kremenchuk in central Ukraine"
    r"|(?:Ukraine|Russia)['’]s\s+(?:(?:north|south)-?)?(?:east|west|north|south|cent(?:re|er)))"
    r"\b(?=\s*(?:,|and\b))"
)
ITEM_KIND = re.compile(r"^\s+(?:settlements?|villages?|towns?)\b")
ASIDE_THE = re.compile(r"(?<=,)\s*the\s+$")
# What the item before is, told between commas, lower-case words only: ", a major logistical hub,".
APPOSITIVE = re.compile(
    r"^\s*,\s+an?\s+(?:[a-z][\w'’-]*\s+){0,4}"
    r"(?:[a-z][\w'’-]*"
    # ... or ending with where it lies: ", a small town further south of Donetsk,"
    r"|(?:(?:further|farther|just)\s+)?(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=\s*,)"
)
# What ends an item of a list of villages after its name: its kind ("the Nikopol district"), or the
# district or community it is in ("Budarky of Chuhuiv district").
KIND_OPENINGS = (" of ", " in ", " district", " communit", " hromada", " raion", " municipal")
LEADING_KIND = re.compile(
    r"^\s+(?:(?:of|in)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:districts?|communit(?:y|ies)"
    r"|hromadas?|raions?|municipalit(?:y|ies))\b"
)

# The last link of a serial list of phrases of place: ", and in", ", and near".
SERIAL_PHRASE = re.compile(r"\s*,\s+(?:(?:and|or)\s+)?(?:in|near|around|at|outside)\b", re.IGNORECASE)
# Between two items each told with its front: " on the Kurakhove front and ".
FRONT_THEN_AND = re.compile(
    r"\s+(?:on|in|along)\s+the\s+[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s+(?:front|direction|axis|sector)"
    r"\s*,?\s+(?:and|as well as)\s+(?:(?:the\s+)?(?:village|town|settlement)\s+of\s+)?"
)
# A list's next phrase of place, located from the town just named: ", east of the town near", ", and
# southeast of it near".
REFERRED_DIRECTION_ITEM = re.compile(
    rf",\s+(?:and\s+)?{_POINT}\w*(?:-{_POINT}\w*)?\s+of\s+(?:the\s+(?:town|city|village|settlement)|it)\s+"
    r"(?:near|in|at|around|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Between a town and a part of it named after its possessive: "Chasiv Yar's northeastern".
TOWN_PART_AFTER = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")
# ... with its "and": ", and near".
SERIAL_AND = re.compile(
    r"(?:\s*,\s+(?:in|near|around|at|outside)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*"
    r"\s*,\s+(?:and|or)\s+(?:in|near|around|at|outside)\b"
)
_LOCATING = re.compile(rf"\b(?:near|close to|outside|not far from|{_POINT}\w* of)\b", re.IGNORECASE)


# The description of a list's next item by its country, before it: "Ukraine's second-largest city, Kharkiv".
COUNTRY_DESCRIBES = re.compile(
    r"\b(?:Ukraine|Russia)['’]s\s+(?:[\w-]+\s+){0,3}?(?:city|town|port|capital|metropolis)\s*,\s*$"
)


def _list_before(sentence: str, places: list[SentencePlace], index: int) -> list[SentencePlace]:
    """The places listed before the one at ``index`` ("the loss of Izyum and nearby Kupyansk")."""
    chosen = []
    right, i = places[index], index - 1
    while i >= 0:
        left = places[i]
        gap = _without_unknown_items(_unquoted(sentence[left.end : right.start]))
        # "Kyiv and Ukraine's second-largest city, Kharkiv, ... came under attack": what the country's
        # name describes is the next item, and the list goes on before it
        gap = COUNTRY_DESCRIBES.sub("", gap)
        if not COORDINATED.match(gap):
            break
        if _broad(left) and not _broad(right) and i > 0 and _qualifies(sentence, places[i - 1], left):
            # "Seredyna Buda in Sumy region, Chasiv Yar and Kostiantynivka ... were shelled", "the airfields
            # of Priluki in the Chernigov region and Starokonstantinov ... were hit": the region only says
            # where the item before it is, and the list goes on past it
            left, i = places[i - 1], i - 1
        elif (
            "and" not in gap
            and "or" not in gap
            # (a town named as its district is an area too: "in Chuhuiv district, Barvinkovo district")
            and _broad(left)
            != (_broad(right) or _names_its_district(sentence, right.text, right.start, right.end))
            and not _outside(left, right)
        ):
            break  # "Lysychansk, Luhansk region": a qualifier, not a second place
        chosen.append(left)
        right, i = left, i - 1
    return chosen


# A facility named after its town, between the town and the region that locates both: "the Burshtyn thermal
# power plant in the Ivano-Frankivsk region" (the plant is at Burshtyn, the region only says where that is).
FACILITY_IN = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:plant|station|TPP|CHP|HPP|NPP|refinery|depot|airfield|airbase|port|terminal"
    r"|factory|substation|bridge|dam)\s+in\s+(?:the\s+)?$"
)


def _qualifies(sentence: str, item: SentencePlace, region: SentencePlace) -> bool:
    """Whether ``region`` is written right after ``item`` to say where it is ("Bachivsk in Sumy region")."""
    gap = sentence[item.end : region.start]
    if _broad(item):
        return False
    return (" in " in f"{gap} " and QUALIFIER.match(gap) is not None) or FACILITY_IN.match(gap) is not None


# The article that opens a list of oblasts after a list of cities ("... Lviv and the Zhytomyr, ... regions").
ARTICLE_OPENS = re.compile(r"\band\s+the\s+$")


def regions_of_lists(
    sentence: str, places: list[SentencePlace], region: Callable[[Place], Place | None]
) -> list[SentencePlace]:
    """Places named in a list that ends in "oblasts" or "regions" stand for their oblasts.

    "Settlements in Chernihiv, Sumy and Kharkiv oblasts came under fire" names three oblasts, not
    three cities; so does a tally of drones downed that names its first oblast by the capital ("nine
    drones over Belgorod and 13 over Russia's Kursk region"). ``region`` gives the oblast of a place
    (None when unknown).
    """
    result = list(places)
    for last, p in enumerate(places):
        if p.place.kind in POPULATED:
            if not PLURAL_REGIONS.match(sentence, p.end):
                continue
        elif p.place.kind != "region" or not PLURAL_NAME.search(p.text):
            continue  # "... Donetsk and Kherson Regions": the last name holds the plural itself
        first = last
        while (
            first > 0
            and COORDINATED.match(sentence[places[first - 1].end : places[first].start])
            # "Kyiv, Kyiv region, Mykolaiv, ... and Chernihiv regions": a region named as one closes the
            # list before it (Kyiv is the city)
            and not SINGULAR_NAME.search(places[first].text)
            # ... and so does an article that opens the oblasts' list: "in Kyiv, Dnipro, Lviv and the
            # Zhytomyr, Ternopil and Lviv regions" (the cities first)
            and not ARTICLE_OPENS.search(sentence, places[first - 1].end, places[first].start)
        ):
            first -= 1
        for i in range(first, last + 1):
            if CITY_CUE_BEFORE.search(sentence, max(0, places[i].start - 20), places[i].start):
                continue  # "the cities of Sumy as well as the Kyiv and Khmelnytskyi regions": Sumy the city
            oblast = region(places[i].place) if places[i].place.kind in POPULATED else None
            if oblast is not None:
                result[i] = SentencePlace(oblast, places[i].start, places[i].end, places[i].text)
    for i, p in enumerate(places[:-1]):
        after = places[i + 1]
        if (
            p.place.kind in POPULATED
            and after.place.kind == "region"
            and DOWNED_OVER_CITY.search(sentence, max(0, p.start - 60), p.start)
            and COORDINATED.match(sentence[p.end : after.start])
            and (oblast := region(p.place)) is not None
        ):
            # "shot down nine drones over Belgorod and 13 over Russia's Kursk region": a tally of drones
            # downed by oblast names the first by its capital
            result[i] = SentencePlace(oblast, p.start, p.end, p.text)
    return result


# A count of drones downed over a place right before it: "shot down nine Ukrainian aircraft-type drones over".
DOWNED_OVER_CITY = re.compile(
    rf"\b(?:shot\s+down|downed|destroyed|intercepted)\s+(?:{_COUNT}|[a-z]+teen|twenty)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?)\s+(?:over|above)\s+$"
)


# Between a raion (or a list of them) and the oblast that only says where it is: " district of the ",
# " districts of ", ", ", " in the ".
RAION_THEN_OBLAST = re.compile(
    r"(?:\s+(?i:districts?|raions?|rayons?))?(?:\s*,\s*|\s+(?:of|in)\s+)(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?"
)


def _without_oblasts_of_raions(sentence: str, places: list[SentencePlace]) -> list[SentencePlace]:
    """``places`` without an oblast named right after a raion of its own: "the Boryspil, Fastiv and Obukhiv
    districts of Kyiv region" were hit, not the oblast (as "Sudzha in Kursk Oblast" is Sudzha)."""
    return [
        p
        for i, p in enumerate(places)
        if not (
            i > 0
            and p.place.id.startswith("admin1:")
            and places[i - 1].place.id.startswith(RAION_PREFIX)
            and places[i - 1].place.admin1 == p.place.name
            and RAION_THEN_OBLAST.fullmatch(sentence, places[i - 1].end, p.start)
        )
    ]


def _raion_as_the_district(word: str, place: Place) -> bool:
    """Whether "the district" may stand for ``place``: a raion named before ("cleared the Romny district ...
    the northern part of the district")."""
    return word.lower() == "district" and place.id.startswith(RAION_PREFIX)


def _broad(p: SentencePlace) -> bool:
    """Whether a place is an area (an oblast, a city's district, a river), not a point: a town, or a curated
    site ("the Savasleyka, Borisoglebsk and Baltimore airbases" lists three points)."""
    return p.place.kind not in POPULATED and not p.place.id.startswith("other:")


def answered(sentence: str, trigger: Trigger, p: SentencePlace) -> bool:
    """Whether a place after the event phrase is where the event it answered happened: "fired cruise
    missiles at cities ..., in revenge for Ukrainian attacks including on a bridge to Crimea"."""
    return (
        ("revenge" in sentence or "retaliat" in sentence or "reprisal" in sentence)
        and CAUSE_BETWEEN.search(sentence, trigger.end, p.start) is not None
    )


def chars_between(trigger: Trigger, p: SentencePlace) -> int:
    """Characters between an event phrase and a place of its sentence, on either side."""
    return p.start - trigger.end if p.start >= trigger.end else trigger.start - p.end


# An item of a list that names its kind, in a list that opened so: not "south of Kharkiv, the city of Izium".
KIND_OF_ITEM = re.compile(r"^\s*,\s*the\s+(?:city|town|village|settlement)s?\s+of\s+$")
KINDS_OF_LIST = re.compile(r"\bthe\s+(?:cities|towns|villages|settlements)\s+of\s")
# Between a verb and the place that is its object: "seized Siversk", "took the town of Siversk".
DIRECT_OBJECT = re.compile(r"\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?")
# A list the event phrase opens with a colon: "came under fire by the occupiers: X, Y and Z".
# ... or ", including": "seven other settlements have been liberated, including Liubymivka, Biliaivka"
# ... or a next sentence that names the places a count left unnamed ("Five settlements were liberated.
# These are X, Y and Z"), read as one with it
# A line of an article that only names its source ("Source: Ukrainska Pravda sources in military circles").
SOURCE_LINE = re.compile(r"(?:Sources?|Quote):\s")
NAMED_NEXT = re.compile(
    r"(?:These|Those|They) (?:are|were|include|included)\b|(?:Among them|Namely)\b"
    # a General Staff report's "more than thirty settlements were damaged by fire. In particular, X, Y"
    r"|In particular,"
    # "The villages of Rusyn Yar, Katerinovka, and Vladimirovka are now under Russian military jurisdiction"
    r"|The (?:villages|settlements|towns|localities) (?:of|in question|concerned)\b"
    # "Russian forces captured two villages, the ministry said. The settlements were Ivanivka and Netailove"
    r"|The (?:two |three |four |five )?(?:villages|settlements|towns|localities)"
    r" (?:are|were|include|included)\b"
    # a spokesman's "We are talking about X"
    r"|(?:We are|We're|It is|It's) (?:talking|speaking) (?:about|of)\b"
    # Ukrainska Pravda's "Details: According to our information, these are the settlements of X and Y"
    r"|(?:Details:\s*)?According to [^,.;:]{1,60},\s*(?:these|those) (?:are|were)\b"
    # the Washington Post's "From the villages — Mirna Dolina, Podlisne, and Toshkivka — Russian troops ..."
    r"|(?:From|In|Of|With) (?:the|these|those|all three|both) (?:villages|settlements|towns"
    r"|localities)\s*[—–]"
)
LIST_COLON_REACH = 50  # characters from the event phrase to the colon or dash that opens its list
# What opens an aside between dashes, not a list: where the place lies, or how far.
# (but a tally by place is a list: "shot down 11 drones — 10 over the Kursk region and one over ...")
ASIDE_OPENING = (
    r"(?:located|situated|lying|which|about|some|around|roughly|approximately|just|\d(?![\d,]*\s+(?:over|above)\s))"
)
LIST_COLON = re.compile(
    # (past a line that only gives the source: "Source: Ukrainska Pravda sources in military circles")
    # (a dash with no spaces before a capital: "two settlements in the region—Lukyantsi and Hlyboke")
    # (not an aside between dashes: "a rocket attack on Zhytomyr Airport – located some 93 miles west of
    # Kiev –")
    rf"[^.:;,]{{0,{LIST_COLON_REACH}}}?(?::|\s[–—-](?!\s*{ASIDE_OPENING})|[–—](?=[A-Z])|,\s*including\b"
    rf"|\.\s+(?:{SOURCE_LINE.pattern}[^\n]*\n\s*)?"
    rf"(?:{NAMED_NEXT.pattern}))\s*"
)
LIST_COLON_GAP = 40  # characters from the colon to the list's first known place
# ... or the next sentence, after a count of places: "... three settlements within the DPR, according to
# the ministry. The villages of X, Y and Z are now under Russian control".
NAMED_IN_NEXT = re.compile(
    rf"[^.:;]{{0,160}}?\b(?:settlements|villages|localities|towns|hamlets)\b[^.:;]{{0,120}}?\.\s+"
    rf"(?:{NAMED_NEXT.pattern})\s*"
)
# ... or further from the verb, after a count of places: "restored the state flag of Ukraine in eight
# settlements of the Beryslav district:" then the list of them (geo.events.sentences.with_list_items)
COUNTED_COLON = re.compile(
    r"[^.:;]{0,140}?\b(?:settlements|villages|localities|towns|hamlets|communities)\b"
    r"[^.:;]{0,50}?:\s*(?:[-–—•*]\s+)?"
)
COUNTED_COLON_REACH = 200
LIST_OPENERS = (":", "–", "—", " - ", "including", ". ", ".\n")
# The two ends of a road or railway named for them: "the Bakhmut-Lysychansk road", "(Donetsk-Pokrovsk)
# highway", "the Kupiansk–Svatove railway" (the dashes of the gazetteer's chains of names).
ROUTE_DASHES = DASHES
# A vehicle's journey before a place: "a train traveling from Odesa to Zaporizhzhia", "the bus bound for
# Kherson"; where it set out or was going, not where it was hit.
JOURNEY_BEFORE = re.compile(
    r"\b(?:train|bus|car|vehicle|ship|vessel|convoy|flight|minibus|lorry|truck)\s+(?:that\s+was\s+)?"
    r"(?:travel+ing|heading|bound|going|running|en\s+route|sailing)\s+(?:(?:from|for)\s+[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?\s+)?(?:from|to|for|towards?)\s+(?:the\s+(?:city|town|port)\s+of\s+)?$"
)
JOURNEY_REACH = 80
# Airports closed to flights while drones fly: "flights were temporarily suspended at airports in Kazan,
# Nizhnekamsk, and Ulyanovsk"; the airports' towns are where flights stopped, not what was hit.
AIRPORTS_SHUT_BEFORE = re.compile(
    r"\b(?:suspend\w*|restrict\w*|halt\w*|closed|shut|restrictions|limitations)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:at|on)\s+(?:the\s+)?airports?\s+(?:in|of)\s+"
    r"(?:[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?(?:,\s+and\s+|,\s+|\s+and\s+))*$"
)
AIRPORTS_SHUT_REACH = 120
# ... or the airports named before the verb: "Moscow's Vnukovo, Domodedovo and Zhukovsky airports were shut
# down due to the drone attack".
AIRPORTS_SHUT_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+)*\s+(?:international\s+)?airports?\s+"
    r"(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?"
    r"(?:shut|closed|suspended|restricted|halted)\b"
)
# ... unless the sentence tells of a hit, somewhere the airport stands for: "Moscow's Vnukovo international
# airport was closed on Sunday after two drones hit buildings".
AIRPORT_HIT = re.compile(r"\b(?:hit|struck|damag\w*|fell|crashed|exploded)\b")
# What a place was cut off from: "bomb the motorway bridge across the Desna, cutting the city off from
# Kyiv" (the bridge is at the city, not at Kyiv).
# ... or pushed away from: "pushing Russian troops further away from the city of Sumy" (the front moved
# off from Sumy; nothing happened at it).
OFF_FROM = re.compile(
    r"\bcut(?:s|ting)?\s+(?:[\w'’-]+\s+){0,3}?off\s+from\s+(?:the\s+)?$"
    r"|\b(?:further|farther)\s+(?:away\s+)?from\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
OFF_FROM_REACH = 50
# The places a claim leaves out: "Russia controls most of the Luhansk Oblast, save for the cities of
# Sieveierodonetsk and Lyschansk", "every district except Kyivskyi".
EXCEPTED_BEFORE = re.compile(
    r"(?i:\b(?:save\s+for|except(?:\s+for)?|with\s+the\s+exception\s+of|excluding)\s+(?:the\s+)?"
    r"(?:(?:cities|towns|villages|settlements|city|town|village|settlement)\s+of\s+)?)"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+(?:and\s+)?|\s+and\s+))*$"
)
EXCEPTED_REACH = 90
# ("... along the Kupiansk-Svatove-Kreminna line": the towns a line of the front is named for)
_ROUTE_NOUN = r"\)?\s+(?:highway|road|motorway|route|railway|rail line|railroad|supply line|line|axis)\b"
# (a train named for its ends, in quotes or not: 'a section of the "Sumy–Kyiv" train was damaged')
_TRAIN_NOUN = r"[\"”’']?\s+(?:train|express)\b"
ROUTE_AFTER = re.compile(rf"(?:\s?[-–—]\s?[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)+(?:{_ROUTE_NOUN}|{_TRAIN_NOUN})")
ROUTE_END = re.compile(rf"{_ROUTE_NOUN}|{_TRAIN_NOUN}")
# Three names or more joined by spaced dashes, no route noun needed: a train's stops ("Uman - Cherkasy -
# Kharkiv"), not a town's hyphenated name.
_STOP = r"[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?"
STOPS_CHAIN = re.compile(rf"{_STOP}(?:\s[-–—]\s{_STOP}){{2,}}")
CHAIN_REACH = 80
FRONT_LINE_NOUN = re.compile(r"(?<!rail)(?<!supply)\s+line$")  # a line of the front, not a railway's
# What follows an oblast named by its capital after a town ("Vuhledar, Donetsk, on Wednesday"): the
# clause goes on or ends, no list (not "Kramatorsk, Donetsk, Sloviansk and Druzhkivka").
CAPITAL_QUALIFIER_AFTER = re.compile(
    r"[.;]|,\s+(?:on|in|at|last|this|earlier|late|a|an|the|which|where|who|said|says|according)\b"
)
# The words that make what follows the cause of an event, not its place.
CAUSE_BETWEEN = re.compile(r"\b(?:revenge|retaliation|reprisal)\s+(?:for|against)\b", re.IGNORECASE)
# A place named with its kind: "the village of Verbovo".
NAMED_KIND = re.compile(r"\b(?:village|town|settlement|city) of ([A-Z][\w'’-]+)")
# A place right after a verb, put there by a preposition of place: "came under fire near X".
# (an aside on the weapon first: "43 explosions were recorded (probably from a 120 mm mortar) in the
# vicinity of X", "one explosion, allegedly from an FPV drone, in X village")
TALLY_ASIDE = r"\s*\([^()]{0,80}\)|,\s*(?:possibly|probably|allegedly|presumably|likely)\b[^,;.()]{0,70}?,?"
PLACED_AFTER = re.compile(
    rf"({TALLY_ASIDE})?"
    # (the agent first: "a drone strike by the Armed Forces of Ukraine (AFU) on ...")
    r"(?:\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?:\([A-Z]{2,5}\)\s*)?(?=\s*(?:on|in|at|near)\s))?"
    # ("a civilian was injured as a result of a drone strike ... on the private sector of Vasilevka")
    r"\s+(?:near|in|at|outside|around|on)\s+(?:the\s+)?(?:(?:vicinity|area|outskirts|direction"
    r"|(?:private|residential)\s+(?:sector|area|quarter)s?)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:village|town|city|settlement)\s+of\s+)?"
)


# The word a name follows as its own ("the village of"): part of the name's phrase, not of the gap.
NAME_CUE_END = re.compile(r"\b(?:the\s+)?(?:village|town|city|settlement|hamlet)\s+of\s+$", re.IGNORECASE)


# A gap whose one break is the dash that closes an aside: "villages in the Donetsk region - Stavky, X and
# Y - were now under Moscow's control" (the aside opened by a dash before the place).
ASIDE_CLOSED = re.compile(r"[^;—–]*\s[—–]\s*")


def _aside_closed(sentence: str, p: SentencePlace, gap: str) -> bool:
    """Whether the only clause break between a place and the verb after it closes a dashed aside that
    opened before the place, the place a part of it."""
    if not ASIDE_CLOSED.fullmatch(gap) or "but" in gap or "while" in gap:
        return False
    before = sentence[: p.start]
    opened = max(before.rfind(" – "), before.rfind(" — "))
    return opened >= 0 and not CLAUSE_BREAK.search(before, opened + 3)


def _cost(sentence: str, trigger: Trigger, p: SentencePlace) -> float:
    after = p.start >= trigger.end
    gap = sentence[trigger.end : p.start] if after else sentence[p.end : trigger.start]
    if after and ("—" in gap or "–" in gap):
        # an aside between two dashes right after the verb is no break between the verb and its object:
        # "advanced into—and possibly past—the next settlement: X"
        gap = DASHED_ASIDE.sub(" ", gap)
    cost = float(len(gap))
    if after and (cue := NAME_CUE_END.search(gap)) is not None:
        # the name's own word is no distance: "attacked the Kharkiv region with drones, killing a man in the
        # village of Velykyi Burluk" is as near the village as "..., killing a man in Velykyi Burluk"
        cost -= len(cue.group())
    placed = PLACED_AFTER.fullmatch(gap) if after else None  # put there by a preposition of place
    if placed is not None and placed.group(1) and gap[:1] in ",(":
        # a tally's aside on the weapon, then where: "two explosions, probably from a 120-mm mortar in the
        # direction of Hremyachka village" after "Semenivska community:" is at the village
        cost = 0.0
    if after == trigger.passive and placed is None:
        # "a woman who came under fire near Pavlivka": a place put right after a passive verb is its place
        cost += WRONG_SIDE
    if p.place.kind in ("region", "river"):
        cost += BROAD_KIND
    if CLAUSE_BREAK.search(gap) and not (not after and _aside_closed(sentence, p, gap)):
        cost += ACROSS_CLAUSE
    elif not after and ", and " in gap and AND_CLAUSE.search(gap):
        # "Russian missiles hit Kyiv, and strikes also targeted the Dnipropetrovsk and Poltava oblasts": the
        # place before the comma is the first clause's
        cost += ACROSS_CLAUSE
    elif after and FEARED_AFTER.search(gap):
        # "have been ordered to withdraw, as fears grow that Kurakhove could also fall": the fear's town
        cost += ACROSS_CLAUSE
    elif not after and SUBORDINATE_SUBJECT.search(gap):
        # "Russian advances into Sumy have gained momentum since Ukrainian forces withdrew from ... Kursk
        # Oblast": the verb of a clause of its own, whose subject alone stands between it and its opener
        cost += ACROSS_CLAUSE
    if _measured_from(sentence, p) and (after or not OWN_RELATIVE.match(gap)):
        # (but "20 km southeast of Robotyne, which was liberated on Aug. 28": the clause is the anchor's)
        cost += MEASURED_FROM_COST
    if trigger.event_type == "retreat" and after and DESTINATION.search(gap):
        cost += DESTINATION_COST  # "withdrew toward the Luhansk region": where they went, not left
    return cost
