"""Who acted: the Ukrainian side, the Russian side, or unknown.

Actor phrases are found by pattern ("Ukrainian ground forces", "Kyiv's troops", "the Armed
Forces", "ZSU"; "Russian troops", "Moscow's forces", "Wagner", "DPR units", "the occupiers"). A
*strong* phrase names a military body (forces, troops, army, artillery); a *weak* one only a side
("Ukraine said it had recaptured"). The agent of a verb is the nearest strong phrase before it in
the sentence, else the nearest weak one, else a "by ..." phrase after a passive verb.
:func:`decide_actor` puts these together with what the event phrase implies (a recapture is
Ukraine's, "the loss of X" is the other side's gain, "X came under fire" names the target).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from gazetteer.patterns import word_initial
from geo.events.forces import FORCE_NOUNS, RU_GROUPS, RU_GROUPS_EN
from geo.events.lowercase import lower_case, same_offsets
from geo.events.record import FIRE_TYPES
from geo.events.triggers import BY_MEASURE, CAME_AS_AFTER

if TYPE_CHECKING:
    from geo.events.triggers import Trigger

# (and the press's slip "Ukranian": "claimed that Ukranian forces hit Berdiansk")
_UA_SIDE = r"(?:Ukrain(?:e|ian)(?:'s|’s)?|Ukranian|Kyiv(?:'s|’s)?|Kiev(?:'s|’s)?)"
# ("The RF Armed Forces liberated Bakhmutskoye": the Russian Federation's, as its statements abbreviate it)
_RU_SIDE = r"(?:Russia(?:n)?(?:'s|’s)?|Moscow(?:'s|’s)?|Kremlin(?:'s|’s)?|Putin(?:'s|’s)|pro-Russian|RF)"

# Up to two words between a side and its force ("Ukrainian ground forces"), none of them a verb or a
# function word (GAP_WORDS): "Russia said a drone struck" names no Russian drone.
# (no preposition among them: "Ukrainian hangars with strike drones" are no Ukrainian drones)
# ("Russia hits two trains at Shostka station in Ukraine during drone attack": no Ukrainian drone)
_MODIFIERS = r"(?:(?!(?:with|at|in|on|near|from|by|for|during|amid|after|over|into|against)\s)[\w-]+\s+){0,2}"
SIDE_FIRST = re.compile(rf"{_UA_SIDE}|{_RU_SIDE}", re.IGNORECASE)
GAP_WORDS = re.compile(
    r"\s(?:said|says|say|reported|reports|report|claimed|claims|calls|called|warns|warned|and|or|that|was|were|is|are"
    r"|has|had|have|a|an|the|came|comes|under"  # ("Russia came under drone attack": no Russian drone)
    # ("messages from Russia confirm drone attacks at Olenya": what is told of, no Russian drone)
    r"|confirms?|confirmed|shows?|showed|indicates?|indicated|suggests?|suggested|denies|denied|blames?|blamed"
    r"|of|in|on|at|by|with|from|to|its|their|--|-|—|–)\s",  # a dash: "KHERSON, Ukraine -- Russian forces"
    re.IGNORECASE,
)
# A side's air defence, named as the subject before a verb of fire: it fires at the other side's weapons.
AIR_DEFENCE_AT = re.compile(
    r"(?:the\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:air[- ]defen[cs]es?|anti-aircraft|missile defen[cs]es?)\b",
    re.IGNORECASE,
)
# A side's verb of downing weapons, right after it: "Ukraine managed to shoot down 21 cruise missiles".
SHOT_DOWN_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|managed\s+to|was\s+able\s+to|were\s+able\s+to)\s+)*"
    r"(?:sh(?:oo|o)t\s+down|intercept(?:ed|s)?|downed)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:missiles?|drones?|UAVs?|rockets?|Shaheds?)\b",
    re.IGNORECASE,
)
# Between a side's forces and a noun of fire, the passive verb that says the fire hit them.
HIT_BY_GAP = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[\w-]+ly\s+)?"
    r"(?:[\w-]+ed|hit|struck|shot|caught)\s+(?:by|with)\s+(?:the\s+|an?\s+|their\s+)?",
    re.IGNORECASE,
)
# Between a side and a noun of fire, the losses it suffered from that fire: "The occupiers suffered losses in
# Krokhmalne as a result of shelling".
LOSSES_FROM_GAP = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?suffer(?:ed|s)\s+(?:heavy\s+|significant\s+|serious\s+|major\s+)?"
    r"(?:losses|casualties)\b[^.;]{0,60}?(?:\b(?:as\s+a\s+result\s+of|from|due\s+to|under)\s+"
    r"(?:the\s+|an?\s+|their\s+)?(?:[\w-]+\s+){0,2}?)?",  # (the cause may open the trigger itself)
    re.IGNORECASE,
)
# Between a side and the verb of a relative clause it is the subject of: "Russian troops who had advanced",
# "an advance by Russian forces, who have taken control of 40% of the town".
RELATIVE_SUBJECT = re.compile(
    r",?\s+(?:who|that|which)\s+(?:(?:had|have|has|were|was|are|is)\s+)?(?:(?:\w+ly|also|since|then)\s+)?"
    # ("the Russian troops who managed to cross the Siversky Donets")
    r"(?:(?:managed|were\s+able|was\s+able)\s+to\s+)?"
)
# A side word that opens a later word of a phrase: the phrase runs over two sides' names.
SECOND_SIDE = re.compile(rf"\s(?:{_UA_SIDE}|{_RU_SIDE})\b", re.IGNORECASE)
# Russia's battlegroups (RU_GROUPS, RU_GROUPS_EN) and Ukraine's groups of forces.
_UA_GROUPS = r"(?:Khortyts[iy]a|Tavri[iy]?a|Odesa|Pivnich|Pivden|Siverskyi)"
# Russians of the units that fight on Ukraine's side: "Russian volunteers from the Siberian Battalion".
_RUSSIANS_FOR_UKRAINE = (
    r"Russian\s+(?:volunteers|fighters|soldiers|troops|partisans)\s+(?:from|of)\s+the\s+"
    r"(?:Siberian Battalion|Freedom of Russia Legion|Russian Volunteer Corps)\b"
    # "a group of Russian volunteer forces fighting with Ukraine have captured the village of Tyotkino"
    r"|Russian\s+(?:volunteer\s+)?(?:forces|fighters|volunteers|troops|units|groups?|militias?)\s+"
    r"(?:fighting\s+(?:with|for|alongside|on\s+the\s+side\s+of)|allied\s+with|loyal\s+to)\s+"
    r"(?:Ukraine|Kyiv|Kiev)\b"
)
# Russia's defence ministry named before a sentence's "the armed forces" (lower case): its own forces.
# ("Russia's defense minister asserted that the armed forces of the country have seized Marinka")
RUSSIAN_MINISTRY_BEFORE = re.compile(
    r"\b(?:Russian|Russia['’]s)\s+(?i:Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Ministry|MoD"
    r"|Defen[cs]e\s+Minister|Minister\s+of\s+Defen[cs]e)\b"
)
STRONG = {
    "UA": re.compile(
        # (not "the country's armed forces" after "Russia's defense minister": the country named before)
        # (nor "the Russian army and the Luhansk armed forces": the occupied republics' own)
        rf"\b{_UA_SIDE}\s+{_MODIFIERS}{FORCE_NOUNS}\b|(?<!country's )(?<!country’s )"
        r"(?<!Luhansk )(?<!Lugansk )(?<!Donetsk )(?<!LPR )(?<!DPR )(?<!LNR )(?<!DNR )"
        r"\b(?:the )?Armed Forces\b"
        r"(?! of (?:the )?Russia)|"
        r"\bZSU\b|\bAFU\b|\bUAF\b|\bAPU\b|"
        # ("The army of Kiev has announced that it has liberated four settlements")
        r"\b(?:army|troops|forces|military|soldiers|units) of (?:Kyiv|Kiev|Ukraine)\b|"
        # the wires' words for Ukraine's forces in 2014-2015: "government soldiers pulled out of the town",
        # "ATO forces" (the "anti-terrorist operation")
        r"\bgovernment (?:forces|troops|soldiers|army)\b"
        r"|\bATO (?:forces|troops|units)\b|"
        # ("Anti-Terrorism Operation forces have taken control of Komsomolskoye", "the Joint Forces' units")
        r"\bAnti-?Terror(?:ist|ism) Operation (?:forces|troops|units)\b|\bJFO (?:forces|troops|units)\b|"
        r"\b(?:the )?Joint Forces(?! (?:Operation|Command|Staff|headquarters))\b|"
        # Russians fighting on Ukraine's side in the border raids
        r"\bRussian Volunteer Corps\b|\bFreedom of Russia Legion\b|\bSiberian Battalion\b|\bRDK\b|"
        # ... under their joint name of 2024, with the Chechens of Ichkeria who fight beside them
        # ("On 17 March, Russian volunteer soldiers took control of the village of Gorkovskii", "Russian
        # volunteer formations fighting on the side of Ukraine")
        r"\bRussian volunteer (?:soldiers|fighters|units|formations|groups|corps)\b|"
        # ("The volunteer corps writes on Telegram that they bombarded the town hall of Shebekino")
        r"\b(?<=the )volunteer corps\b|"
        r"\bRussian liberation (?:forces|army)\b|\b(?:volunteers|fighters|battalions?) of (?:the )?Chechen "
        r"Republic of Ichkeria\b|"
        # ... and the Russians of those units: "Russian volunteers from the Siberian Battalion"
        rf"\b{_RUSSIANS_FOR_UKRAINE}|"
        # (Ukraine's brigades are "separate", окрема: "the 14th Separate Motorized Rifle Brigade")
        # ("The third Separate Assault Brigade announced ... the liberation of Andriyivka")
        r"\b(?:\d+(?:st|nd|rd|th)"
        r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?= (?:Separate )?Assault))"
        r" (?:Separate (?:Motori[sz]ed (?:Rifle|Infantry) )?|Mechani[sz]ed |Assault "
        r"|Airmobile |Air Assault |Territorial Defen[cs]e )*"
        r"Brigade\b"
        # (not a brigade of Russia's corps, fleets or districts: "the 200th Separate Motorized Rifle Brigade
        # from the 14th Army Corps of the Northern Fleet")
        r"(?!\s+(?:of|from)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+(?:Guards\s+)?"
        r"(?:Army\s+Corps|Combined[- ]Arms\s+Army|Tank\s+Army)"
        r"|(?:Northern|Black\s+Sea|Pacific|Baltic)\s+Fleet"
        r"|(?:Western|Southern|Central|Eastern|Leningrad|Moscow)\s+Military\s+District))",
        re.IGNORECASE,
    ),
    "RU": re.compile(
        rf"\b{_RU_SIDE}\s+(?!liberation\s+(?:forces|army)\b){_MODIFIERS}{FORCE_NOUNS}\b|\bWagner\b|\b[“\"]?(?:DPR|LPR|DNR|LNR)[”\"]?\b|"
        r"\b(?:the )?(?:occupiers|occupants|(?:occupying|occupation|invading|invasion) (?:forces|troops|army)"
        # ("the racists also attacked the community": Ukrainian officials' rashysty, Russia's forces)
        # ("Orcs have just fired at School No. 2": Ukrainians' word for the invaders)
        r"|invaders|enemy|enemies|aggressors?|racists|rashists|ruscists|orcs)\b|"
        r"\bseparatists?\b|\b(?:Donetsk|Luhansk|Lugansk)\s+(?:People['’]s\s+)?Republics?\b|"
        # "had fallen under the control of Moscow-backed forces", "Russian-backed forces said"
        r"\b(?:Moscow|Kremlin|Russian?)-(?:backed|led|controlled)\s+(?:[\w-]+\s+)?(?:forces|troops|fighters|militants"
        r"|units)\b|"
        r"\bKadyrov\w*\b|\bAkhmat\b|\bChechen (?:fighters|forces|units|troops)\b|"
        r"\bGuards (?:Tank |Combined Arms )?Army\b|\bMotor(?:i[sz]ed)? Rifle\b|\bVDV\b|\bRosgvardi[ay]\b|"
        # "the 42nd Guards Mechanized Division": a numbered Guards unit, Russia's honorific (Ukraine's
        # National Guard is "Guard")
        r"\b\d+(?:st|nd|rd|th) Guards (?:[A-Z][\w-]+ ){0,3}(?:Division|Brigade|Regiment|Corps|Army)\b|"
        # "the 138th brigade of the 6th combined arms army of the Western Military District"
        r"\bcombined[- ]arms army\b"
        r"|\b(?:Western|Southern|Central|Eastern|Northern|Leningrad|Moscow) Military District\b"
        # the naval infantry and motor rifles of the Northern Fleet fight on land ("the 200th brigade ... of
        # the Northern Fleet"); the Black Sea Fleet is named mostly as a target, so not here
        r"|\bNorthern Fleet\b"
        # TASS's word for the Russian and Donetsk forces fighting together: "the allied forces had gained
        # control of the village of Kodema"
        r"|\ballied (?:forces|troops)\b"
        # the forces of the "republics" as the reports of 2014-2015 name them: "rebels stormed the town",
        # "insurgents armed with rocket-propelled grenades", "the militants launched an assault", "militia
        # fighters" and "self-defense troops" (Russian media); not the Russians who fight for Ukraine ("anti-
        # Kremlin rebels", "Russian rebels", "a Kremlin-opposing militia") nor Russia's word for Ukraine's
        # ("Ukrainian militants"): OTHER_SIDES_GROUP, read in _actor_phrases
        r"|\b(?:rebels?|insurgents?)\b"
        r"|\b(?:militants|militia(?:s|men)?|bandits|terrorists)\b"  # ("the terrorists opened fire at")
        r"(?! (?:from|of) (?:the )?(?:Kyiv|Kiev|Ukrain))"
        r"|\bself-defen[cs]e (?:forces|troops|fighters|units)\b"
        r"|\b(?:army|troops|forces|military|soldiers|units) of (?:Moscow|Russia|the Russian Federation)\b"
        # ... and Kyiv's of 2014-2021: "illegal armed formations shelled the JFO units outside Hnutove"
        r"|\billegal armed (?:formations?|groups?)\b",
        re.IGNORECASE,
    ),
}
# The words of 2014-2015 for the sides (STRONG), and what before them makes them another side's: the
# Russians who fight for Ukraine, Moscow's word for Ukraine's forces, another country's army (lower case;
# looked for only where one of the words opens a phrase, so the patterns keep their literal openings).
GROUP_WORDS_2014 = ("rebel", "insurgent", "militant", "militia", "bandit", "terrorist", "government")
OTHER_SIDES_GROUP = re.compile(
    r"(?:(?<!pro-)(?<!pro )russian|-kremlin|-putin|-ukrainian|pro-kyiv|pro-kiev|-opposing|opposition"
    r"|ukrainian|kyiv|kiev|regime"  # ("the Kiev regime terrorists": Moscow's word for Ukraine's forces)
    r"|zelensk(?:y|yy|iy|yi)?['’]s"  # ("Zelensky's militants were driven out of the village")
    r"|nationalist|syrian)\s+$"
)
# ... or after them: "the militants of the criminal regime", "terrorists of the Kyiv regime" (Moscow's
# words for Ukraine's forces; not Putin's or the Kremlin's regime).
# (The side's own word is skipped in any case: Ukrainian officials write "the russian regime".)
OTHERS_REGIME = r"of\s+the\s+(?!(?i:putin|russian|kremlin|moscow)\b)(?:[\w-]+\s+){0,2}regime\b"
KYIV_REGIME_AFTER = re.compile(r"\s+" + OTHERS_REGIME)
RUSSIANS_FOR_UKRAINE_NAMED = re.compile(
    r"freedom of russia legion|russian volunteer corps|siberian battalion|anti-kremlin|anti-putin|pro-kyiv"
    r"|pro-kiev|pro-ukrainian|fighting (?:on the side of|for|with|on behalf of) (?:ukraine|kyiv|kiev)"
)
GROUP_AS_OBJECT = re.compile(
    # ("sweeping roadblocks of terrorists, entered the town")
    r"\b(?:attacked|attacking|killed|killing|destroyed|eliminated|surrounded|encircled|against|of)\s+(?:the\s+)?$"
)
# Russians of the units that fight on Ukraine's side, named as Russians first (a side, then a gap word
# and a second side, which no other phrase may hold).
RUSSIANS_FOR_UKRAINE = lower_case(re.compile(_RUSSIANS_FOR_UKRAINE, re.IGNORECASE))  # on lower-cased text
# Between "advancing" as an adjective and the side it describes: "against advancing pro-Russian rebels".
ADJECTIVE_GAP = re.compile(r"\s+(?:the\s+)?(?:pro-)?")
# Groups of forces and other names that only some reports use: looked for where a cue word is.
GROUPS = {
    "UA": re.compile(
        # Russians fighting on Ukraine's side, as the wires call them: "anti-Kremlin Russian fighters"
        r"\b(?:anti-Kremlin|anti-Putin|pro-Ukrainian|pro-Kyiv|pro-Kiev)\s+(?:[\w-]+\s+){0,2}?(?:rebels|fighters"
        r"|militias?|groups?|forces|troops|units|nationals|volunteers|partisans|saboteurs|battalions?"
        # (not "pro-Russian rebels")
        r"|detachments?)\b|(?<!pro-)(?<!pro )\bRussian (?:rebels|partisans|dissidents)\b|"
        rf"\b{_UA_GROUPS}\s+(?:operational[- ](?:strategic|tactical)\s+)?(?:group|forces)\b|"
        r"\b(?:the )?(?<!air )Defen[cs]e Forces\b|\bdefenders\b"  # not "air defence forces": anyone's
        # Moscow's words for the groups that cross its border: "a “sabotage and reconnaissance group” from
        # Ukraine", "a group of saboteurs from Ukraine"
        r"|\b(?:sabotage(?:\s+and\s+reconnaissance)?\s+(?:groups?|units?)|saboteurs|DRGs?)[”\"’']?\s+"
        r"from\s+Ukraine\b"
        # Ukraine's units known by their names: "the “Azov” and “Bureviy” brigades advanced"
        r"|[“\"']?\b(?:Azov|Bureviy|Burevii|Aidar|Kraken|Khartiia|Khartia|Lyut)\b[”\"']?\s+"
        r"(?:and\s+[“\"']?[\w-]+[”\"']?\s+)?(?:brigades?|regiments?|battalions?|corps|units?)\b"
        # ... and after their kind: "Battalion Azov advances and liberates four settlements"
        r"|\b(?:battalion|regiment)\s+[“\"']?(?:Azov|Aidar|Kraken|Donbas|Dnipro-1)\b"
        r"|\b(?:the\s+)?[“\"']?(?:Donbas|Dnipro-1)[”\"']?\s+(?:volunteer\s+)?battalion\b"
        # the legions of foreigners and Russians that fight for Ukraine: "The legion also reports on the
        # 'liberation' of the village of Gora-Podil", "the International Legion"
        r"|\b(?:International\s+|Georgian\s+)?legion\b",
        re.IGNORECASE,
    ),
    "RU": re.compile(
        # ("the Vostok (East) group of forces": the ministry's name with its English in brackets)
        rf"\b{RU_GROUPS}\s+(?:\((?:{RU_GROUPS_EN}|Dnieper)\)\s+)?"
        r"(?:battle ?group|group(?:ing)?)\b"
        # Moscow's groupings in English: "the Western military group", "the Central group" (not "the
        # Eastern Group of Forces", a Ukrainian command of 2022)
        r"|\b(?:Western|Southern|Central|Eastern|Northern|Dnepr)\s+(?:military\s+)?group(?:ing)?\b(?!\s+of\s+forces)"
        # ("The ‘North’ military grouping was credited with ...")
        rf"|[‘'\"“]{RU_GROUPS_EN}[’'\"”]\s+(?:military\s+)?"
        r"(?:battle ?)?group(?:ing)?\b"
        # the ministry's English unquoted: "the North grouping now controls most of Volchansk", "thanks to the
        # active actions of the Center group of forces", "the troops of the Center group seized")
        rf"|\b{RU_GROUPS_EN}\s+(?:grouping\b|group\s+of\s+(?:forces|troops)\b)"
        rf"|\b(?:troops|units|forces|servicemen)\s+of\s+the\s+{RU_GROUPS_EN}\s+group\b"
        rf"|\bBattle ?group\s+(?:{RU_GROUPS}|{RU_GROUPS_EN})\b"
        # ("The group of forces Vostok (East) advanced in the Zaporizhzhia region")
        rf"|\bgroup\s+of\s+(?:forces|troops)\s+[‘'\"“]?{RU_GROUPS}\b"
        # the Russian "GRV" (group of troops) of a direction: 'the assault groups of the GRV "South"'
        rf"|\bGRV\s+[‘'\"“]?(?:{RU_GROUPS}|{RU_GROUPS_EN})\b"
        r"|\b(?:Armed Forces|army) of (?:the )?Russia(?:n Federation)?\b",
        re.IGNORECASE,
    ),
}
_STRONG_LOWER = {side: lower_case(pattern) for side, pattern in STRONG.items()}
_GROUPS_LOWER = {side: lower_case(pattern) for side, pattern in GROUPS.items()}
GROUP_CUES = (
    "group", "defen", "of russia", "of the russia", "anti-", "pro-", "rebels", "partisans", "dissidents",
    "brigade", "regiment", "battalion", "corps", " unit", "legion",
)  # fmt: skip
# (gazetteer.patterns.word_initial: the same matches, found by skipping to the names' capitals)
# What a side's adjective describes when it names a place, not an actor: "attacks Ukrainian territory",
# "fired cruise missiles at the Ukrainian capital".
PLACE_NOUNS = (
    # ("Kyiv Oblast came under a massive drone and missile attack": the oblast, not Kyiv's side; "the Kyiv
    # HPP was hit": a plant named after the city)
    r"| (?:Oblast|Region|Raion|District)s?\b"
    r"| (?:HPP|TPP|CHPP?|NPP|hydroelectric|thermal power|nuclear power|power plant|airport|reservoir|dam)\b"
    r"| (?:territory|territories|soil|land|lands|capital|city|cities|town|towns|village|villages|hamlets?"
    r"|settlements?|regions?|oblasts?|border(?! guards?| service| troops| units)|borderlands?|coast|ports?"
    r"|airspace|skies"
    # ("the head of the Russian republic of Tatarstan")
    r"|republics? of"
    r"|sky|time|war)\b"  # (and "at 4:52 PM Kyiv time": a time zone; "Ukraine war: ...", a topic)
    # ("the Russian Baltic Sea port of Ust-Luga", "the Russian Black Sea resort of Sochi")
    r"| (?:Black|Baltic|Azov|Caspian|Barents|White) Sea (?:ports?|coast|cit(?:y|ies)|towns?|resorts?)\b"
    # "the governor of Russia's Rostov region": the country owns the place named after it
    # ("crossing into Ukraine's northern Kharkiv Oblast")
    r"|(?: Federation)?['’]s (?:(?:(?:north|south)-?(?:east|west)?|east|west|central)(?:ern)? )?"
    r"(?:[A-Z][\w-]+ ){1,2}(?:[Rr]egion|[Oo]blast|[Kk]rai|[Rr]epublic)\b"
    # "Kharkiv, Ukraine's second largest, regularly comes under attack": the country's city
    r"|['’]s (?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest)\b"
    # "has continued to attack Ukraine's cities": the country's places, not its side
    r"|['’]s (?:[\w-]+ )?(?:cities|towns|villages|territory|soil|capital|infrastructure|energy|power grid)\b"
    # "outside Ukraine's southern city of Kherson": the country's city
    r"|['’]s (?:[\w-]+ )?(?:city|town|village|port) of\b"
)
WEAK = {
    "UA": word_initial(
        r"\b(?:Ukraine|Ukrainians?|Kyiv|Kiev|Zelensk[iy]y?|Zelenskyi)\b(?!-| (?:\w+ )?flags?\b"
        + PLACE_NOUNS
        + ")"
        # how Moscow's statements name Ukraine's side ("Nazi extremists in Ukraine blew up a bridge")
        r"|\b(?:nationalists|neo-Nazis|(?:neo-Nazi|Nazi) (?:extremists|militants|formations|units)"
        # ("ultra-detachments blew up a bridge across the Seversky Donets": Moscow's word for Ukraine's units)
        r"|ultra-?(?:detachments|nationalists)"
        # ("subjected to shelling by the militants of the criminal regime")
        r"|(?:militants|terrorists|fighters|formations)\s+" + OTHERS_REGIME + ")"
        # Ukraine's intelligence services and the partisans of occupied towns
        r"|\b(?:Partisans|partisans|HUR|GUR|SBU|Atesh)\b"
        # ("a special operation by the local resistance movement and the Defense Intelligence of Ukraine")
        r"|\b(?:Resistance movement|resistance movement"
        r"|Defen[cs]e Intelligence(?: of Ukraine| Directorate)?)\b"
    ),
    "RU": word_initial(
        # (Ukrainian officials write "russians" and "russia" in lower case on purpose)
        r"\b(?:Russia|Russians?|russians|Moscow|Kremlin|Putin)\b(?!-| (?:\w+ )?flags?\b" + PLACE_NOUNS + ")"
    ),
}
# The enemy is the other side of whoever speaks: Ukraine's in a Ukrainian report, Russia's in a
# Russian Defence Ministry statement (see geo.events.voice).
ENEMY = re.compile(r"\b(?:the )?(?:enemy|enemies|adversary|adversaries)\b", re.IGNORECASE)
# The words before a side inside a strike phrase that make it the phrase's agent: "attack of the", "by".
OF_OR_BY_BEFORE = re.compile(r"\b(?:of|by)\s+(?:the\s+)?$")
# A strike called terror: the speaker's enemy's ("the terrorist act damaged the bridge").
TERROR = re.compile(r"\bterror(?:ist|ism)?\b", re.IGNORECASE)
# People and papers of a side's press who tell of a strike ("the Russian publication Astra writes", "Russian
# state TV anchor Vladimir Solovyov"); REPORTER_AFTER here and extract.MEDIA_AFTER share them.
# ("Russian official: Debris from drone strike causes fire at oil depot")
REPORTER_NOUNS = (
    r"publications?|journalists?|correspondents?|presenters?|commentators?|propagandists?|officials?"
)
# A side that tells of, investigates or blames a strike did not strike: "Russia's Investigative
# Committee opened a criminal case after a blast damaged the bridge".
REPORTER_AFTER = re.compile(
    # (with no comma between: "Ukrainian fighters holed up in the steel plant that represents the last pocket
    # of resistance said concentrated bombing overnight killed more people")
    # (but "claims to have destroyed", "claimed on Friday to have hit": the claimer did it)
    # (but a person named in apposition: "Ukraine's president, Volodymyr Zelenskyy, denounced the attack")
    r"(?:['’]s)?(?:,(?=\s+(?:said|says|denounced|condemned|stated|added|told|wrote|shared|posted"
    r"|published)\b))?"
    r"\s+(?:\(?[\w-]+\)?\s+){0,14}?(?:said|says|reported|reports|stated|states|announced"
    # a headline's plural: "Russians report attack on Chonhar Bridge"
    r"|report(?=\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:attacks?|strikes?|explosions?|blasts?|drones?|missiles?|shelling)\b)"
    r"|(?:claimed|claims)(?!(?:\s+[\w-]+){0,3}?\s+to\s+have\b)"
    # ("the Russian Ministry of Defense issued an official report on the incident in Makiivka")
    r"|(?:issued|released|published|posted)\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:official\s+|daily\s+|new\s+)?"
    r"(?:reports?|statements?|update|summary|bulletin)\b"
    r"|accused|accuses|blamed|blames|alleged|denounced|denounces|condemned|condemns|decried|decries"
    r"|opened(?! fire)"
    r"|(?:launched|ordered|began|started) (?:a |an )?(?:criminal|terrorism|investigation|inquiry"
    r"|probe|case)|investigat\w*|confirmed|denied|told|added|called|described|quoted|quotes|cited|citing"
    r"|acknowledged|acknowledges|admitted|admits"
    # ("the General Staff of the Armed Forces clarified that the Russians fired ... at Kyiv")
    r"|clarified|clarifies|specified|explained|noted|informed"
    # ("Ukraine has not yet commented on the strike, which coincided with Russian drone attacks on Kyiv")
    r"|commented|comments|(?:declined|refused)\s+to\s+comment"
    # ("Pushilin ... shared a video on his Telegram channel detailing recent attacks on Horlivka")
    r"|(?:shared|posted|published)\s+(?:a\s+|the\s+)?(?:video|footage|photos?|images?)"
    r"|warned|warns"  # "the Air Force of the Armed Forces of Ukraine warned about a glide bomb heading to"
    # a side's news agency or media tells of a strike: "Russian state-owned news agency TASS"
    rf"|(?:news )?agency|media|outlets?|television|TV|newspapers?|broadcaster|{REPORTER_NOUNS}"
    r"|(?:war )?(?:mil)?bloggers?|(?:Telegram )?channels?|writes|wrote|posted|(?:TV )?anchors?"
    # a side's officials who tell of or visit a strike: "Ukraine Interior Minister Ihor Klymenko examines"
    r"|(?:interior |foreign |prime |defen[cs]e )?minister|president|mayor|governor|spokes(?:man|woman|person)"
    # "Ukrainian presidential adviser Mykhailo Podolyak said", "deputy chief of staff to President Zelensky"
    r"|advis[eo]rs?|aides?|chief\s+of\s+staff"
    r"|ombudsman|prosecutors?)\b",
    re.IGNORECASE,
)
# How far past the verb of fire a report's word may end and still come first ("Russians report attack on").
REPORT_PAST_VERB = 10
# ... and what REPORTER_AFTER's words miss, right after a side's name: its officials by a title however
# long ("The Kremlin head of its Kherson government, Kirill Stremousov, confirmed"), its press and officials
# in the plural ("Russian state news agencies", "Ukrainian governors").
OFFICE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:state|state-owned|state-run|independent|online|pro-Kremlin|government)\s+)?"
    r"(?:news\s+agencies|broadcasters|governors|mayors|head\s+of|chief\s+of)\b",
    re.IGNORECASE,
)
# A side's adjective on who watches the front, not who fights: "the Ukrainian analytical project
# DeepState wrote about the capture of Vuhledar" tells of the other side's capture as often as its own.
MONITOR_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:analytical|monitoring|mapping|OSINT|open-source|project|monitors?|analysts?"
    r"|think[- ]tanks?|researchers?)\b",
    re.IGNORECASE,
)
# Who owned up to, or was blamed for, a blast or a strike: "Ukraine's military intelligence said it
# was behind the blast", "Russian officials blamed Ukraine".
CLAIMED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?(?:claimed|took|has claimed|have claimed) responsibility\b"
    r"|(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?(?:was|were|is|are|said (?:it|they) (?:was|were)) behind\b",
    re.IGNORECASE,
)
BLAMED_BEFORE = re.compile(
    r"\b(?:blamed|blames|accused|accuses|blaming|accusing)\s+(?:the\s+)?$"
    r"|\b(?:blamed|blames|blaming)\s+(?:it\s+)?on\s+(?:the\s+)?$",  # "an attack it blamed on Ukraine"
    re.IGNORECASE,
)
# "near Ukrainian-held Siversk", "in Russian-occupied Tokmak": who holds the place of a contact.
HELD_BY = {
    "UA": re.compile(r"\b(?:Ukrainian|Kyiv)[- ](?:held|controlled)\s+(?:\w+\s+){0,3}$", re.IGNORECASE),
    "RU": re.compile(
        r"\b(?:Russian|Moscow)[- ](?:held|controlled|occupied)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
    ),
}
# A place freed from a side: "the liberation of the town of Sudzha from the Russian military" (the words
# after the event phrase, up to the side).
FREEING_WORDS = ("liberat", "the liberation", "freed", "clear", "de-occup", "deoccup")
FREED_FROM = re.compile(
    r"(?:\s+of)?\s+(?:the\s+)?(?:(?:city|town|village|settlement|region)\s+of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:region|oblast|district))?\s+from\s+(?:the\s+)?",
)
# ... and the place freed before its verb: "Kupyansk was only liberated from Russian occupation last year".
FREED_BY_ITSELF = re.compile(r"\s+from\s+(?:the\s+)?(?=(?:Russian|Ukrainian|Russia|Ukraine)\b)")
# A capture told as a noun that opens its sentence, then what it let a side do: "The liberation of the village
# of Paraskoviyevka allowed the Wagner PMC units to take an important height" (Wagner's liberation).
TAKING_OPENS = ("the liberation", "liberation", "the capture", "capture", "the seizure", "the taking")
LET_A_SIDE = re.compile(r"[^.;:]{0,80}?\b(?:allowed|enabled|let|helped)\s+(?:the\s+)?", re.IGNORECASE)
# What a side lost, right before its side's name: "destroyed Russian Kalibr-KN cruise missiles", "the
# destruction of several Russian cruise missiles", "a shipment of Russian missiles".
# The remains of a weapon shot down: "debris from a destroyed Ukrainian drone".
DEBRIS_OF_DOWNED = re.compile(
    r"\b(?:debris|wreckage|fragments)\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:destroyed|downed|intercepted)\b",
    re.IGNORECASE,
)
# ... and the side after a unit told destroyed: "the destruction of the 72nd brigade of Russia".
DESTROYED_UNIT_OF = re.compile(
    r"\b(?:destruction|defeat|rout)\s+of\s+(?:the\s+)?[^,;.]{0,80}?\s$", re.IGNORECASE
)
DESTROYED_OBJECT = re.compile(
    # ("had successfully crushed a large Ukrainian force and liberated X": the crushed force liberated
    # nothing; "after isolating roughly 200 Russian soldiers and clearing Russian positions": nor cleared)
    r"\b(?:destroy(?:ed|ing|s)?|destruction\s+of|shipment\s+of|crush(?:ed|ing)|rout(?:ed|ing)"
    # ("were not only unable to surround the Ukrainian defenders in Kupyansk, but were also losing control")
    r"|defeat(?:ed|ing)|smash(?:ed|ing)|annihilat(?:ed|ing)|isolat(?:ed|ing)|surround(?:ed|ing)?"
    r"|encircl(?:e|ed|ing))\s+"
    r"(?:the\s+|a\s+|an\s+|several\s+|[“\"]several[”\"]\s+)?"
    r"(?:(?:roughly|about|some|around|nearly|almost|over|more\s+than|up\s+to)\s+)?(?:\d[\d,]*\s+)?"
    r"(?:(?:large|major|big|sizeable|strong)\s+)?$",
    re.IGNORECASE,
)
# ... or whose military place a side is named as: "The Melitopol airfield as a military base of the Russian
# invaders no longer exists, it was destroyed by precision shelling", "positions of the Ukrainian army".
PROPERTY_OF = re.compile(
    r"\b(?:(?:military\s+)?bases?|airfields?|air\s*bases?|positions|depots?|headquarters|command\s+posts?"
    r"|barracks|warehouses?)\s+of\s+(?:the\s+)?(?:Russian\s+|Ukrainian\s+)?$",
    re.IGNORECASE,
)
# "with Kyiv claiming to have seized": after "with", a side that claims or says (an absolute clause).
WITH_CLAIMING = re.compile(r"with\s+")
CLAIMING_AFTER = re.compile(r"\s+(?:claiming|saying|reporting|announcing)\b")
# ... and forces doing something: "with Russian forces carving out a chunk of the Sumy region and entering
# the Dnipropetrovsk region" (an absolute clause: the forces are the participles' subject).
DOING_AFTER = re.compile(r"\s+(?:(?:now|also|still|steadily)\s+)?[a-z]+ing\b")
# Phrases that name a side without making it the agent: what was taken "from" someone, attacks "on"
# someone, hyphenated adjectives ("Russian-occupied", "Moscow-installed").
NOT_AGENT_BEFORE = re.compile(
    # ("units from Russia's North force grouping" are its own: the units are the subject)
    r"\b(?:(?<!units )(?<!troops )(?<!soldiers )(?<!fighters )from"
    # (but who works a weapon fires it: "Russian drones operated by Ukraine's military intelligence")
    r"|against|on|to|(?<!operated )(?<!piloted )(?<!controlled )(?<!flown )(?<!manned )by|for|with|surprised"
    r"|towards?)"
    r"\s+(?:the\s+)?$"
    # a cause: "The enemy, thanks to our Armed Forces, is leaving the Chernigov region"
    r"|\b(?:thanks|due|owing)\s+to\s+(?:the\s+|our\s+|their\s+|its\s+)?$"
    # a source: "As per the Kyiv government, the attack targeted power facilities in ..."
    r"|\b(?:as\s+per|according\s+to)\s+(?:the\s+)?$"
    # the loser of a rout told as a noun: "ended in the defeat of Ukrainian troops and the liberation of X"
    # ("the defeat of the surrounded enemy is being completed in the city")
    r"|\b(?:defeat|rout|routing|encirclement|expulsion)\s+of\s+(?:the\s+)?"
    r"(?:surrounded\s+|encircled\s+|remaining\s+)?$"
    # the side whose lines were broken: "have broken through the defenses of the Ukrainian Armed Forces
    # and are advancing at a rapid pace"
    r"|\b(?:defen[cs]es?|defensive\s+lines?|lines)\s+of\s+(?:the\s+)?$"
    # who answers a strike: "the first official reaction of the Ukrainian side to the attack on Myrhorod"
    r"|\b(?:reactions?|responses?)\s+of\s+(?:the\s+)?$"
    # a country's capital: "In the capital of Ukraine, debris fell in the Dniprovskyi district"
    r"|\bcapital\s+of\s+$"
    # the object of a purpose: "in order to weaken the Russian offensive capabilities, strikes were ..."
    # ... or of a stop: "Russian troops halt a Ukrainian counteroffensive ..., regain control of X"
    r"|\b(?:weaken|disrupt|degrade|undermine|hamper|stop(?:s|ped)?|halt(?:s|ed)?|slow|deter|repel(?:s|led|ling)?"
    r"|repuls(?:es?|ed|ing)|thwart(?:s|ed|ing)?|fend(?:ing)? off|fended off)\s+(?:the\s+|an?\s+)?"
    # ("soldiers repel about 30 enemy assaults every day")
    r"(?:(?:about|over|more\s+than|up\s+to|nearly|some|around|almost)\s+)?(?:\d[\d,]*\s+)?$"
    # the object of a driving out: "pushed Russian troops from the right bank ... and liberated X"
    r"|\b(?:pushed|pushing|drove|driven|expelled|ejected|ousted|dislodged|knocked|kicked|threw"
    r"|knocks?|kicks?|drives?|push(?:es)?|expels?|ousts?)\s+(?:(?:back|out)\s+)?"  # (a headline's present)
    r"(?:the\s+)?$"
    # the counted object of a kill: in "Ukrainian forces have eliminated 159 occupiers and destroyed two
    # depots", the occupiers destroyed nothing (uncounted, "destroy Ukrainian units surrounded" tells whose)
    r"|\b(?:eliminat|kill|destroy|neutrali[sz]|wound|liquidat|shot\s+down|downed|defeat|rout|ambush)\w*\s+"
    r"(?:(?:up\s+to|about|over|more\s+than|some|around|nearly)\s+)?"
    # ("Russian strikes destroyed four Ukrainian Mi-24 helicopters and hit a Mi-8")
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of"
    r"|(?:a|an|one|two|three)\s+(?:platoon|company|squad|battalion|regiment|brigade|column|convoy)s?\s+of)\s+"
    r"(?:(?:Russian|Ukrainian)\s+)?$"  # "destroyed about 160 Russian occupiers": the occupiers too
    # the object of a rout or an encirclement: 'Kyiv had "broken the enemy grouping into two parts and
    # encircled ..."' (not the side that broke it)
    r"|\b(?:broken|broke|split|splitting|crushed|routed|surrounded|encircled|encircling|surrounding)\s+"
    r"(?:the\s+)?$"
    # things counted: "60 units of enemy equipment" (not "units of the Defense Forces repulsed")
    r"|\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+(?:units|pieces|items)\s+of\s+$",
    re.IGNORECASE,
)
# ... looked for this far (characters) before the side: "destroyed about 160 Russian occupiers"
NOT_AGENT_REACH = 40
# ... or "of" right after the fire: "has been under shelling of the Ukrainian armed forces"
FROM_AGENT = re.compile(r"\s*(?:(?:\w+\s+){0,3}?(?:by|from)|of)\s+(?:a\s+|an\s+|the\s+)?", re.IGNORECASE)
PASSIVE_AGENT = re.compile(
    r"[\"”’']?\s*(?:\w+\s+){0,3}?"
    # ("blown up thanks to a special operation by the local resistance movement")
    r"(?:(?:thanks\s+to|as\s+a\s+result\s+of|during|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:operation|attack|strike|actions?|raid|work)\s+)?"
    r"by\s+(?:a\s+|an\s+|the\s+)?",
    re.IGNORECASE,
)
ARTICLE_ENDING = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)
# A participle of taking between a verb and a by-phrase: the by-phrase's own verb ("retaken three villages
# seized by Ukraine").
OTHER_PARTICIPLE_BY = re.compile(
    r"\s(?:seized|captured|taken|occupied|held|liberated|controlled)\s+by\s", re.IGNORECASE
)
# A place named after a noun of fire, before the fire's "by ...": "the shelling of the village of Tetkino
# by the Ukrainian Armed Forces" (too many words for PASSIVE_AGENT).
OBJECT_THEN_BY = re.compile(
    r"(?:\s+of)?\s+(?:the\s+)?(?:(?:village|town|city|settlement|outskirts)\s+of\s+(?:the\s+)?)?"
    r"[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?"
    # "the liberation of the settlement of X in the Donetsk People's Republic (DPR) by Russia's ..."
    r"(?:,?\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:region|oblast|republic|krai)?\s*(?:\([A-Z]+\)\s*)?)?"
    r"(?=\s*by\b)"
)
# Forces named by no side as the subject of a move: in a side's own statement, its forces.
GENERIC_FORCES = re.compile(
    r"(?<!the )(?<!these )(?<!those )(?<!their )(?<!its )(?<!assembled )"  # not forces named before
    r"\b(?:troops|forces|units|servicemen|fighters|soldiers|assault (?:groups|teams|units))"
    r"(?:\s+(?!(?:and|but|who|which|that)\b)[\w'’-]+){0,6}?\s+$",
    re.IGNORECASE,
)
GENERIC_FORCES_CHARS = 70
# ... or the army, told by a speaker: "told a press briefing that the army captured".
THE_ARMY_BEFORE = re.compile(
    r"\bthat\s+the\s+(?:army|military|troops|forces)\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE
)
# An attack and the side it is made on, right before that side's name.
ATTACKED_BEFORE = re.compile(
    r"\b(?:attacks?|strikes?|assaults?|offensive|invasion|war|shelling|bombardment)\s+(?:on|against|of|into)\s+$",
    re.IGNORECASE,
)
# ... and a strike's target right after its noun: "strike against a Russian missile storage facility".
FIRE_TARGET_BEFORE = re.compile(
    r"\b(?:attacks?|strikes?|shelling|bombardment)\s+(?:on|against)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE
)
# The passive of fire between a side and the weapons that hit it: "Ukraine was fired upon by more than 40
# missiles".
FIRED_ON_BY_GAP = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|again\s+|also\s+)?"
    r"(?:fired\s+(?:up)?on|hit|struck|attacked|shelled|targeted|bombed|pounded)\s+(?:again\s+)?by\s+"
    r"(?:(?:more\s+than|over|about|nearly|almost|up\s+to|at\s+least|some)\s+)?(?:[\w-]+\s+){0,4}",
    re.IGNORECASE,
)
# The side that held what was lost, after a participle: "positions held by Ukraine".
HELD_BY_BEFORE = re.compile(
    r"\b(?:held|controlled|occupied|defended|manned)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)
HELD_BY_REACH = 25
# A sentence whose subject is a pronoun (a participle clause after a comma goes on with that subject).
PRONOUN_OPENING = re.compile(r"\s*(?:They|It)\s")
# ... and the forces the sentence before named, as the subject: "The same forces ... had captured Kherson".
SAME_FORCES = re.compile(
    # ("Earlier this month, the same unit reported clearing Novoekonomichne and Udachne")
    r"\s*(?:[A-Z][\w\s]{0,30},\s*)?(?:[Tt]he|[Tt]hese|[Tt]hose)\s+same\s+"
    r"(?:forces|troops|units?|soldiers|brigades?|regiments?|battalions?)\b"
)
PRONOUN_BEFORE = re.compile(
    # "The SBU said its drones hit Dyagilevo": the weapons of the side the pronoun stands for
    r"\b(?:they|it|its\s+(?:forces|troops|units|drones|missiles|aircraft|warplanes|jets)"
    # ... and the side's troops named again with no side: "the troops have since retreated from most of Kursk"
    # (the sentence's subject, after an adverb that joins it to the one before: not "shelled the troops")
    r"|(?:^|(?<=^However )|(?<=^However, )|(?<=^But )|(?<=^Now )|(?<=^Later )|(?<=^Meanwhile, )"
    r"|(?<=^Since then, ))"
    r"(?:the|these|those)\s+(?:troops|forces|soldiers|units))\s+"
    # ("They are advancing alongside the main defence line", "they have been advancing")
    r"(?:(?:have|had|has|are|were)\s+)?(?:been\s+)?(?:(?:\w+ly|also|then|again|later|since|now|already|just)\s+)?"
    r"[\"“‘']?$",
    re.IGNORECASE,
)
# A speaker's own forces, in a participle of saying after a comma: ", saying his forces".
SPEAKERS_FORCES_BEFORE = re.compile(
    r",\s+(?:saying|adding|noting|stating|claiming|explaining)\s+(?:that\s+)?(?:his|her|their|its)\s+"
    r"(?:forces|troops|units|soldiers|men|fighters|defenders)\s+(?:(?:had|have|has)\s+)?$",
    re.IGNORECASE,
)
# A move named as a noun, its forces after "of": "the advance of Ukrainian troops", "the withdrawal of
# Russian troops from Kherson" (not "the capture of": what follows is what was taken).
ADVERB_GAP = re.compile(r"\s*(?:\w+ly\s+)?")
# Nothing, or an adverb, between a comma and a participle: ", briefly seizing positions".
ADVERB_ONLY = re.compile(r"\s*(?:[a-z]+ly\s+)?")
MOVE_NOUNS = frozenset(
    {"advance of", "advancement of", "withdrawal", "retreat", "pullout", "pull-out", "surrender", "transfer"}
)
# ("the surrender of the last Ukrainian fighters in the Azovstal steelworks", "the transfer of units of
# Russian troops to the left bank")
MOVE_OF = re.compile(
    r"\s*(?:of\s+)?(?:the\s+)?(?:(?:units|elements)\s+of\s+)?(?:(?:last|remaining|besieged|encircled|trapped)\s+)?",
    re.IGNORECASE,
)
# A relative clause that opens before a side's name: ", parts of which Russian forces", ", which Kyiv".
# ("Siversk, where Russian troops began infiltrating in October, has been lost": where, too)
RELATIVE_OPEN = re.compile(r",\s*(?:(?:[\w-]+\s+){1,3}of\s+)?(?:which|whom|whose|where)\b", re.IGNORECASE)
# A participle clause after a comma: an aside ("Moscow's forces, outnumbering and outgunning the Ukrainian
# army, have advanced") or the sentence going on ("They crossed the border ..., capturing X").
PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\b(?:\s+(?:and|or)\s+[a-z]+ing\b)?")
# ... and the end of such an aside that follows an object, where verbs joined by "and" take up the
# subject again: "the enemy captured the southern part of X, taking advantage of the replacement of
# Ukrainian units, and also occupied Y".
ASIDE_THEN_AND = re.compile(r"[^,]*,\s+and\s")
# ... and the subject such an aside interrupts, right before its comma.
SUBJECT_BEFORE_ASIDE = re.compile(
    r"(?:forces|troops|army|units|soldiers|Russia|Ukraine|Moscow|Kyiv|Kiev|Russians|Ukrainians)\s*$"
)
# A relative clause whose subject speaks of the event, not does it: "hit by an explosion which
# Russian authorities said was caused by a car bomb".
RELATIVE_SPEAKER = re.compile(r"\b(?:which|that)\s+(?:the\s+)?$", re.IGNORECASE)
SAID_AFTER = re.compile(
    # ("Sergiy Popko, head of the Kyiv city military administration, said": an apposition's comma)
    r"(?:,\s+|(?:\s+[\w-]+){0,2}?\s+)(?:said|say|says|claimed|claim|claims|blamed|blame|called|described|reported"
    # ("the Russian Defense Ministry announced that Crimea had been hit by a large-scale drone attack")
    r"|attributed|acknowledged|admitted|reports?|announced|announces|stated|states|confirmed|confirms)\b",
    re.IGNORECASE,
)
# A side's claim, then the pronoun that stands for the side: "the Russian claim on July 14 that it".
CLAIM_THAT = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:claims?|statements?|announcements?|assertions?|reports?)\b"
    r"[^,;.]{0,40}?\bthat\s+"
    # "reports from Russia claiming it has captured the villages of ...": the claimer's "it"
    r"|\s+(?:claim(?:s|ed|ing)|say(?:s|ing)|said|announc(?:es|ed|ing)|insist(?:s|ed|ing))\s+(?:that\s+)?",
    re.IGNORECASE,
)
# What may stand between a subject and its verb: "Russia abandoned", "Russian forces have since withdrawn".
SUBJECT_GAP = re.compile(r"\s*(?:[’'\w-]+\s+){0,3}", re.IGNORECASE)
# Between a side after "for" and the verb it is the subject of: "for Ukrainians to withdraw".
INFINITIVE_SUBJECT_GAP = re.compile(r"(?:\s+(?:troops|forces|units|soldiers))?\s+to\s+")
# Civilians, officials or captives right after a side's adjective: "a Ukrainian mayor", "Russian prisoners".
PEOPLE_AFTER = re.compile(
    r"\s+(?:mayors?|governors?|officials?|civilians?|residents?|journalists?|children|people|citizens"
    r"|famil(?:y|ies)|wom[ae]n|priests?|volunteers?|hostages?|prisoners?|POWs?"
    # ("A Ukrainian rescuer helps an injured woman after shelling in downtown Kyiv": a photo's caption)
    r"|rescuers?|firefighters?|policem[ae]n|police\s+officers?|medics?|doctors?|nurses?|paramedics?"
    # ... nor its supply lines, which move nothing: "threatening Ukrainian supply lines and gaining a
    # foothold"
    r"|supply\s+(?:lines|routes)|logistics?(?:\s+routes)?)\b"
)
# ... and the public figure a side's adjective describes, a word between allowed ("the car of Russian
# propagandist Zakhar Prilepin", "a pro-Russian war blogger"): no side of a blast that hit them. (Read
# only of the sides inside a phrase of fire, where PEOPLE_AFTER's wider list of people is not asked.)
PERSON_OF_SIDE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:propagandists?|writers?|bloggers?|officials?|generals?|journalists?|politicians?"
    r"|deput(?:y|ies)|collaborators?|businessm[ae]n|lawmakers?|mayors?|governors?|judges?|prosecutors?)\b",
    re.IGNORECASE,
)
# A lower-case stem of every phrase above (kept in step by a test), for a quick first look.
SIDE_HINTS = (
    "russia", "ukrain", "ukran", "kyiv", "moscow", "kiev", "zelensk", "armed forces", "zsu", "afu", "uaf",
    "apu",
    "brigade", "battalion", "regiment", "legion",  # ("The Azov Battalion said it had taken the town")
    "kremlin", "putin", "wagner", "dpr", "lpr", "dnr", "lnr",
    "occup", "invad", "enemy", "aggressor", "separatist", "republic", "kadyrov", "guards",
    "motor rifle", "motorized rifle", "motorised rifle", "vdv", "rosgvardi", "group", "battle", "grv",
    "khortyts", "tavri", "odesa", "pivnich", "pivden", "defen", "nationalist", "nazi", "ultra",
    "partisan", "hur", "gur", "sbu", "atesh", "rdk", "siberian", "akhmat", "chechen", "allied",
    "rebel", "insurgent", "militant", "militia", "self-defen", "government", "ato ", "bandit",
    "illegal armed", "terrorists", "orcs", "terror", "jfo", "joint forces",
)  # fmt: skip
# Whose flag was raised: the actor of "the Ukrainian flag flying over the village".
FLAGS = {
    "UA": re.compile(r"\b(?:Ukrainian|blue[- ]and[- ]yellow)\s+flags?\b", re.IGNORECASE),
    "RU": re.compile(r"\b(?:Russian|tricolou?r)\s+flags?\b", re.IGNORECASE),
}
# An attack named as a noun: "in what Russia called a Ukrainian attack with sea drones".
ATTACKS = {
    side: re.compile(
        # (not weapons a thing is made for: "produces components for Russian missile and artillery systems")
        rf"(?<!\bfor )\b{adjective}\s+"
        r"(?:(?!(?:with|on|at|in|against|from|by|and|territory|soil|capital|city|town|village"
        # nor a speaker and the verb of speech: "Russian governor claims drone attack on a refinery"
        r"|positions?|governors?|officials?|authorities|ministry|media|said|says|claims?|claimed|reports?|reported"
        r"|accused|accuses|blamed|blames|confirms?|confirmed|shows?|showed|denies|denied)\b)[\w-]+\s+){0,2}"
        r"(?:attacks?|strikes?|missiles?|drones?|shelling|bombardment|shells?|"
        # ("The attack on Konotop was part of a larger Russian operation involving 64 drones")
        r"artillery|air ?strikes?|rockets?|(?:air |drone |missile )?operations?(?= involving\b))\b"
        # (not "facilities used by Russian drone teams": the people who fly them, a target)
        r"(?!\s+(?:teams?|operators?|crews?|pilots?|launch\s+sites?|bases?|depots?|warehouses?|storage"
        r"|production|factor(?:y|ies)|plants?|positions?))",
        re.IGNORECASE,
    )
    # "as a result of Russia's strike against the city of X": a possessive names the attack's side too
    for side, adjective in (
        # (and the headline's bare country: "destroyed in Ukraine Army attack")
        ("UA", r"(?:Ukrainian|(?:Ukraine|Kyiv)['’]s|Ukraine)"),
        ("RU", r"(?:Russian|(?:Russia|Moscow)['’]s|Russia)"),
    )
}
# Right after a verb of damage, the attack that did it: "destroyed in a Ukrainian drone attack".
IN_AN_ATTACK = re.compile(r"\s+(?:in|by|during)\s+(?:an?\s+|the\s+)?(?=[A-Z])")
# Nouns of a taking or a leaving that a side's possessive can own: "Ukraine's seizure of", "Russia's capture
# of".
TAKING_NOUNS = (
    "seizure",
    "capture",
    "takeover",
    "occupation",
    "liberation",
    "recapture",
    "withdrawal",
    "retreat",
)
TAKING_NOUN_FORMS = frozenset(TAKING_NOUNS) | {f"{noun}s" for noun in TAKING_NOUNS}
# ... and the nouns of moving forward, whose side is the adjective before them: "a target for Russian
# advances".
ADVANCE_NOUN_FORMS = frozenset(("advance", "advances", "gains", "offensive", "offensives", "breakthrough"))
# Weapons only one side fires, named for a strike whose side the sentence does not say.
WEAPONS = {
    "UA": re.compile(
        r"\b(?:Storm Shadows?|SCALP|ATACMS|HIMARS|GMLRS|Neptunes?|Flamingo(?: missiles?)?|Liutyi|Lyutyi"
        r"|Magura|Sea Baby|Bayraktars?"
        # the sea drones of Ukraine's raids on the Black Sea Fleet and the Crimean Bridge ("the Russian naval
        # base in Novorossiysk was attacked by surface drones")
        r"|(?i:(?:sea|naval|surface|maritime|marine|water)\s+drones?|unmanned\s+surface\s+(?:vessels?|boats?)))\b"
    ),
    "RU": re.compile(
        r"\b(?:Iskanders?|Iskander-M|Kalibrs?|Kinzhals?|Kh-\d+\w*|Shaheds?|Shahed-\d+|Gerans?|Geran-\d+"
        r"|Lancets?|Tornado-S|Oniks|Onyx|Zircons?|KABs?|FAB-\d+"
        r"|(?i:glide bombs?|guided (?:aerial |air )?bombs?))\b"
    ),
}
# ... unless they are what was hit: "destroyed a large cache of Iskander and Tochka-U missiles", "a depot
# storing Shaheds" (a weapon whose store or launcher was struck names the side struck, not the striker).
WEAPONS_STRUCK = re.compile(
    r"\b(?:(?:caches?|stockpiles?|stocks?|depots?|warehouses?|arsenals?|storage|supplies|shipments?"
    # ... or made there: "damaged the manufacture of 'Shahed' type strike drones", "a key location for the
    # production of Shahed drones"
    r"|production|manufacture|manufacturing|assembly|makers?|producers?)"
    r"\s+(?:of|for|storing|containing|with)"
    # ("the Savasleyka airbase ..., which houses the Kinzhal missile carrier, MiG-31K")
    r"|storing|stored|stores|containing|housing|housed|houses|hosts|hosting|home\s+to|destroy(?:ed|ing|s)"
    r"|hit(?:ting)?"
    # ("The Smolensk Aviation Plant, which produces Kh-55 and Kh-59 missiles used against Ukraine")
    # (not an adjective: "attacked by domestically-produced Magura V5 naval drones")
    r"|(?<!-)(?:produc(?:es|ed|ing)|mak(?:es|ing)|manufactur(?:es|ed|ing)|assembl(?:es|ed|ing)"
    r"|repair(?:s|ed|ing)))"
    r"\s+(?:(?!with\b|using\b|by\b)[\w,-]+\s+){0,8}[\"“‘']?$",
    re.IGNORECASE,
)
# ... or told as made there after their name: "Yelabuga, where Shahed drones are assembled".
WEAPONS_MADE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:are|were|is|was|have\s+been|being)\s+(?:\w+ly\s+)?"
    r"(?:assembled|produced|made|manufactured|built|stored|kept|developed)\b",
    re.IGNORECASE,
)
# ... or named as what a site struck makes or keeps: "a Shahed (Geran-2) drone manufacturing facility".
WEAPONS_SITE_AFTER = re.compile(
    r"(?:-\w+)?[\"”’')]?\s*(?:\([^()]{1,20}\)\s*)?(?:[\w-]+\s+){0,2}?"
    r"(?:manufacturing|production|assembly|factory|factories|plants?|facility|facilities|workshops?|storage"
    r"|depots?|warehouses?)\b",
    re.IGNORECASE,
)
# What one side built or holds, when struck by nobody named, was struck by the other: "the
# crossing built by the occupiers", "the Moscow-controlled area", "Russian-held Nova Kakhovka".
_RU_OWNER = (
    r"(?:the )?(?:occupiers|occupants|invaders|Russians?|Russia|Moscow|Russian (?:forces|troops|army))"
)
_UA_OWNER = r"(?:the )?(?:Ukrainians?|Ukraine|Kyiv|Ukrainian (?:forces|troops|army))"
OWNED_BY = {
    side: re.compile(
        rf"\b(?:built|held|controlled|occupied|used|installed|erected) by {owner}\b"
        rf"|\b{adjective}[- ](?:held|controlled|occupied)\b",
        re.IGNORECASE,
    )
    for side, owner, adjective in (
        ("RU", _RU_OWNER, r"(?:Russian|Moscow|Russia)"),
        ("UA", _UA_OWNER, r"(?:Ukrainian|Kyiv|Ukraine)"),
    )
}
# A place said to be near what a side holds: where, not what was struck.
LANDMARK_BEFORE = re.compile(
    r"\b(?:near|outside|beside|next\s+to|close\s+to|across\s+from|opposite)\s+(?:the\s+)?$"
    # "on the opposite bank of the Dnipro from the Russian-held nuclear plant"
    r"|\b(?:opposite|across)\s+(?:[\w'’-]+\s+){0,5}?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LANDMARK_REACH = 60
# The side one accuses of the strike its verb tells: "has accused Ukraine of destroying it".
_ACCUSED_OF_DOING = (
    r"of\s+(?:\w+ly\s+)?"
    r"(?:destroy|blow|blew|shell|strik|struck|attack|bomb|hit|target|damag|sabotag|fir)\w*\b"
)
ACCUSED_OF = re.compile(
    rf"\baccus(?:ed|es|ing)\s+(?P<side>(?:[\w'’-]+\s+){{1,3}}?){_ACCUSED_OF_DOING}", re.IGNORECASE
)
# ... and the side accused told first: "Russian forces, who have had control over it since February 2022,
# are accused by Ukraine of blowing up the dam".
ACCUSED_BY_OF = re.compile(
    rf"\b(?:is|are|was|were|been|being)\s+accused\s+(?:by\s+(?:[\w'’-]+\s+){{1,3}}?)?{_ACCUSED_OF_DOING}",
    re.IGNORECASE,
)
# The cause a retreat is told as the result of, right before the side whose fire it was.
RETREAT_CAUSE_BEFORE = re.compile(
    r"\b(?:as\s+a\s+result\s+of|due\s+to|because\s+of|under)\s+(?:the\s+)?(?:heavy\s+|constant\s+)?$",
    re.IGNORECASE,
)
# A crossing's fall told as a noun: "the destruction of the Russian-controlled Kakhovka dam" says no
# more who did it than a blast does.
FALL_OF = re.compile(r"\b(?:destruction|breach|collapse|blowing up)\s+of\b", re.IGNORECASE)
BLAST_WORDS = re.compile(r"\b(?:blasts?|explosions?|exploded|sabotage|blown\s+up|derailed)\b", re.IGNORECASE)
# How far after a strike's verb its object may name the side hit; what ends the object.
TARGET_REACH = 200
# A side as the object of a verb of driving out or beating (lower or upper case).
DRIVEN_OUT_BEFORE = re.compile(
    r"\b(?:expelled|drove\s+(?:out|back)|pushed\s+(?:out|back)|ousted|routed|defeated|repelled|kicked\s+out"
    r"|forced\s+out|encircled|surrounded|destroyed|eliminated)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A verb between a noun of fire and a side: the side is that verb's object ("the shelling north of
# Siversk is allowing Russian forces to advance"), not what the fire hit.
VERB_BETWEEN = re.compile(
    r"\b(?:is|are|was|were|has|have|had)\s+(?:\w+ing|been)\b|\b(?:allow|enabl|help)\w*\b"
    # the fire told as what a side did: "The shelling of Ochakov is a reaction of the occupiers"
    r"|\b(?:is|are|was|were)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:reaction|response|revenge|retaliation|work)\b"
)
# A subordinate clause that opens right before the side: its subject, not the strike's object.
CLAUSE_OPENER_END = re.compile(
    # ("posted a video of the Russian attack on the town and confirmed that Russian troops had ...")
    r"\b(?:after|as|when|while|before|since|because|until|once|that|which|where|whom)\s+(?:the\s+)?$"
)
UNIT_LIST_COMMA = re.compile(r",(?=\s+\d+(?:st|nd|rd|th)\b)")
CLAUSE_BREAK_AFTER = re.compile(
    r"[;,:]|\b(?:and|but|while|as|after|when)\s+(?:the\s+)?(?:\w+\s+)?(?:said|says)\b"
    # "experienced shelling and that the invaders also deployed drones": a second thing reported
    r"|\b(?:and|but)\s+that\b"
)
FORCE_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,4}}?{FORCE_NOUNS}\b", re.IGNORECASE)
# A side's military site hit: "a strike on a Russian command post in Novohrodivka".
MILITARY_SITE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:command posts?|headquarters|deployment points?|(?:ammunition|ammo|fuel)"
    # ("two of its naval drones attacked a Russian warship near the port of Novorossiysk")
    r" depots?|air defen[cs]e (?:systems?|units?)|radars?|launchers?|positions|(?:war|landing )?ships?"
    r"|vessels?|frigates?|corvettes?|submarines?|patrol boats?)\b",
    re.IGNORECASE,
)
# A Guards unit, Russia's honorific: "Guardsmen of the 64th Separate Motorized Rifle Brigade" (lower case).
GUARDS_BEFORE = re.compile(
    r"\bguards(?:men)?\s+(?:of\s+)?(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:separate\s+)?$"
)
# A side's facility as the subject of a passive strike: "a Russian oil refinery was attacked", "the
# Ukrainian power plant was hit" (the other side struck it).
FACILITY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:refiner(?:y|ies)|factor(?:y|ies)|plants?|airfields?|air ?bases?|depots?"
    r"|warehouses?|substations?|terminals?|power stations?)\b",
    re.IGNORECASE,
)
# ("the destruction caused by (Russian troops)": an editor's brackets)
BY_BEFORE = re.compile(r"\b(?:by|from|with)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?[(\[]?$", re.IGNORECASE)
# Weapons told with who launched them, and a clause of what some of them did: "drones launched by Russia
# overnight, with most targeting".
LAUNCHED_BY = re.compile(
    r"\b(?:drones|UAVs|missiles|rockets|Shaheds|shells)\s+(?:[\w-]+\s+){0,2}?(?:launched|fired|sent)\s+by\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
WITH_SOME_OF_THEM = re.compile(
    r",\s+with\s+(?:most|some|many|several|all|one|two|three|the\s+rest|others)\s+(?:of\s+them\s+)?$",
    re.IGNORECASE,
)
# What a blast is said to have been, then the side whose work it was: "was the result of a Ukrainian guerilla
# operation", "was the work of Russian saboteurs".
RESULT_OF_SIDE = re.compile(
    r"\b(?:was|were|is)\s+(?:the\s+)?(?:result|work|outcome)\s+of\s+(?:an?\s+|the\s+)?"
)
# ... or an operation of a side's service: "the Crimean Bridge was attacked by surface drones at night — it
# was allegedly a special operation of the Security Service of Ukraine and the Ukrainian Navy".
OPERATION_OF = re.compile(
    r"\b(?:was|were|is)\s+(?:allegedly\s+|reportedly\s+|probably\s+|likely\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:special|joint|covert|sabotage)\s+)?operation\s+(?:of|by)\s+(?:the\s+)?"
)
# How far (characters) from "operation of" the side it names may start: "the Security Service of Ukraine".
OPERATION_OF_REACH = 30
# What a blast is said to have been, by the words that cue each phrasing, and how far (characters) after it
# the side's name may start.
DEEDS_OF_SIDES = (
    (("result", "work of"), RESULT_OF_SIDE, 5),
    (("operation",), OPERATION_OF, OPERATION_OF_REACH),
)
# An attack named with where it came from: "as a result of a strike from Ukraine", "shelling from
# the Russian side".
ATTACK_FROM = {
    side: re.compile(
        r"\b(?:attacks?|strikes?|shelling|fire|bombardment)\s+(?:from|by)\s+(?:the\s+)?"
        rf"(?:{name})\b",
        re.IGNORECASE,
    )
    for side, name in (
        ("UA", r"Ukraine|Kyiv|Ukrainian (?:side|forces|army|military|troops)"),
        ("RU", r"Russia|Moscow|Russian (?:side|forces|army|military|troops)"),
    )
}
# The words that open a sentence with a participle clause, and the comma before the main clause's subject.
FRONTED = ("after ", "before ", "while ", "since ", "upon ", "having ")
# ("..., servicemen of Ukrainian armed formations have been laying mines": the people of a side too)
MAIN_SUBJECT = re.compile(
    r",\s*(?:the\s+)?(?:(?:servicemen|soldiers|troops|units|fighters|members|militants)\s+of\s+(?:the\s+)?)?$"
)
MAIN_SUBJECT_CHARS = 40
FRONTED_CLAIM = re.compile(
    r"(?:after|before|since|upon)\s+(?:claiming|saying|announcing|reporting)\s+to\s+have\s+(?:\w+ly\s+)?",
    re.IGNORECASE,
)
# "a territorial gain for Russian forces": the side after "for" gained.
GAIN_FOR = re.compile(r"\s+for\b", re.IGNORECASE)
# A side named as where something is: "in eastern Ukraine's Donetsk region".
PLACE_OWNER = re.compile(
    r"\b(?:in|of|on|at|near|from|into|across|throughout|over)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$",
    re.IGNORECASE,
)
# A country named as where something is: "in southeastern Ukraine", "across Russia".
COUNTRIES = ("Ukraine", "Russia")
# A country's own name, not its adjective: "the area of the Russian soldiers who crossed" names forces.
COUNTRY_NAME = re.compile(r"(?:Ukraine|Russia|Russian\s+Federation)\b")
COUNTRY_AS_PLACE = re.compile(
    # ("intercepted 43 Ukrainian drones over southern Russia")
    r"\b(?:in|at|near|into|across|throughout|inside|over)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$"
    # "the western frontier of the Donetsk region in the east of Ukraine"
    r"|\b(?:in|to)\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern\s+part)?\s+of\s+$"
    # "in the Voronezh region of Russia", "attacked the Ryazan and Voronezh regions of Russia": the country
    # the region is in
    # ("in the Donetsk region of eastern Ukraine")
    r"|\b(?:regions?|oblasts?|provinces?|krai|republics?|city|cities|towns?|villages?|areas?)\s+of\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$"
    # a place's apposition: "an oil tank near an airfield in Kursk, western Russia caught fire"
    r"|(?-i:[A-Z])[\w'’-]+,\s+(?:north|south|east|west|central)\w*\s+$"
    # ... or the country a region borders: "The governor of the Voronezh region, also bordering Ukraine"
    r"|\b(?:bordering|borders|bordered\s+by|adjoining|neighbou?ring)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# ... or the country a side invaded or attacked: "Russia invaded Ukraine, seizing Kherson", "its full-scale
# invasion of Ukraine" (the invader acts, not the country invaded; the country's name only, not "Russian
# positions")
COUNTRY_INVADED = re.compile(
    r"\b(?:invaded|invades|invasion\s+of|war\s+(?:on|against)|assault\s+on|attack\s+on"
    # ... or attacked: "Russia attacked Ukraine with 100 drones overnight, hitting Kharkiv and Odesa"
    r"|attacked|struck|hit|shelled|bombed|targeted|pounded"
    # ... or the country whose part a verb reached: "shut off electricity to much of Ukraine and targeted air
    # bases"
    r"|\b(?:much|most|parts?|all|half|swaths?|swathes)\s+of)\s+$",
    re.IGNORECASE,
)
# A verb of damage right before its object: "damaged Russian warships", "destroyed two Russian jets".
DAMAGED_BEFORE = re.compile(
    # (a headline's present too: "Ukraine Targets Russian Ammunition Depot in Bryansk Region")
    r"\b(?:damag(?:ed|ing|es)|destroy(?:ed|ing|s)|hits?|struck|strikes|sank|sunk|downed|shot\s+down"
    r"|target(?:ed|ing|s)|attack(?:ed|ing|s)|derail(?:ed|ing|s)|blew\s+up|blown\s+up"
    r"|t(?:ook|aken|ake|akes|aking)\s+out"
    # ... or a noun of it: "announced the destruction of 5 Ukrainian Su-27 fighters"
    r"|(?:destruction|elimination|downing)\s+of)\s+"
    r"(?:(?:at\s+least|up\s+to|some|about|over|more\s+than)\s+)?"
    r"(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|several\s+|\d+\s+)?"
    # ... after another thing hit: "had hit helicopters and Russian equipment at airfields"
    r"(?:[\w-]+\s+(?:and|as\s+well\s+as)\s+)?$",
    re.IGNORECASE,
)
# Things a side owns that fire hits: "Russian warships", "a Russian air defense system".
# An aircraft's model inside a side's phrase: "Ukrainian Su-27 fighters" are jets, not fighting men.
AIRCRAFT_MODEL = re.compile(r"\b(?:Su|MiG|Tu|Il|Ka|Mi|Yak|F|A)-\d+\w*\b")
DAMAGED_THING_AFTER = re.compile(
    # (a quoted list: 'destroyed Russian "equipment, personnel, and fortifications"')
    # (the side's possessive too: "destroyed a Ukrainian military's pontoon bridge")
    # (a model's name between: "a Russian SA-22 Greyhound anti-aircraft system")
    # (not a clause between: "Ukraine claims that the warship was hit")
    r"(?:['’]s)?\s+[\"“]?(?:(?!(?:that|which|who|says|said|claims|claimed|reports|reported|and|but|when|as)\b)"
    r"[\w-]+\s+){0,3}?(?:warships?|ships?|vessels?|submarines?|aircraft|jets?|planes?"
    r"|helicopters?"
    r"|(?:pontoon\s+)?bridges?|crossings?"
    r"|bombers?|fighters?"  # ("the destruction of 5 Ukrainian Su-27 fighters")
    r"|air\s+defen[cs]e|radars?|launchers?|tanks?|equipment|trains?|echelons?|trucks?|convoys?"
    # ("six Russian fuel tankers were destroyed near Novovasylivka")
    r"|tankers?|vehicles?|howitzers?|boats?"
    # the places of war long-range strikes hit: "targets Russian ammunition depot", "hit Russian airfields"
    r"|depots?|arsenals?|refiner(?:y|ies)|airfields?|air\s*bases?|warehouses?|command\s+posts?"
    # ("hit three Russian surface-to-air missile systems", "a Russian munitions dump is hit")
    r"|systems?|dumps?"
    # ("Russian forces take full control of Izyum, 60 Ukrainian military targets destroyed")
    r"|targets)\b",
    re.IGNORECASE,
)
DAMAGED_PASSIVE_AFTER = re.compile(
    r"\s+(?:were|was|is|are|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:destroyed|damaged|hit|struck|sunk"
    r"|downed|shot\s+down)\b"
    # ... or a headline's, its verb left out: "60 Ukrainian military targets destroyed"
    r"|\s+(?:destroyed|damaged|sunk|downed|shot\s+down)(?=\s*(?:[.,;:]|$))"
)
# A side's weapons right before the participle that says where they were fired: "Ukrainian drones (UAVs)
# fired at the republic".
WEAPONS_FIRED_BEFORE = re.compile(
    r"\b(?:Ukrainian|Russian|enemy)\s+(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles"
    r"|missiles?|rockets?|shells?)(?:\s+\([^()]{1,20}\))?\s+$",
    re.IGNORECASE,
)
# Towns that are the subject of their own encirclement, in a clause of their own: "Volchansk is under
# Russian control, Krasnoarmeysk (Pokrovsk) and Dimitrov are completely surrounded" names no side that is
# surrounded (the side before is another clause's; who holds the towns says, in extract).
PLACES_SURROUNDED = re.compile(
    r"(?:^|[,;]\s+(?:and\s+|while\s+|but\s+)?)(?:the\s+(?:towns?|city|cities|villages?)\s+of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+\([^()]{1,30}\))?(?:(?:,\s+|,?\s+and\s+)[A-Z][\w'’-]+(?:\s+\([^()]{1,30}\))?)*"
    r"\s+(?:are|is|was|were|(?:has|have|had)\s+been)\s+$"
)
PLACES_SURROUNDED_CHARS = 120
# A side's possessive and at most two words before its loss: "Ukraine's alleged loss of".
LOSER_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}")
# A possessive right after a side's name: "Russia's Kursk region".
POSSESSIVE = re.compile(r"['’]s\b")
# Where a clause starts: after a comma or semicolon, or a conjunction that opens one.
CLAUSE_START = re.compile(
    r"[,;]|\b(?:after|before|as|while|when|since|because|although|though|whereas|but|until)\b", re.IGNORECASE
)
# A capital after a preposition of place is the city, not its government: "the centre of Kyiv".
CAPITAL = re.compile(r"Kyiv|Kiev|Moscow", re.IGNORECASE)
IN_PLACE = re.compile(
    # (not "the defence ministry in Moscow", "officials in Kyiv": the government there)
    r"(?<!ministry )(?<!government )(?<!officials )(?<!authorities )(?<!command )"
    # ("Beyond Kyiv, Russian strikes were reported in ...": a place the strikes went past)
    r"\b(?:in|of|on|at|near|from|into|over|across|around|outside|beyond|besides|toward|towards)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A capital in a list of places is a place: "against Lviv, Ivano-Frankivsk, Kyiv, and Vinnytsia oblasts".
LISTED_BEFORE = re.compile(r"\b[A-Z][\w'’-]+,\s+$")
LISTED_AFTER = re.compile(r",?\s+and\s+[A-Z]|,\s+[A-Z][\w'’-]+,")
# ... and the first of a list of oblasts: "The main targets were Kyiv, Kharkiv, Dnipropetrovsk and Odesa
# oblasts".
OBLASTS_LISTED_AFTER = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w'’-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
    r"[A-Z][\w'’-]+\s+(?:oblasts|regions|provinces)\b"
)
# ... and a capital opening the sentence before a colon or a dash: a dateline ("Kyiv: A deadly overnight
# assault by Russian forces targeted ...").
DATELINE_AFTER = re.compile(r"\s*(?::|[-–—]\s)")
# ... and so is a capital that takes fire: "Kyiv was subjected to another large-scale air strike".
STRUCK_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+ly\s+|again\s+|also\s+)?"
    r"(?:subjected|hit|struck|attacked|targeted|shelled|bombed|pounded)|came\s+under|comes\s+under)\b",
    re.IGNORECASE,
)
# A capital right after a verb of fire is what was fired on: "Russia pummels Kyiv with drones".
STRUCK_BEFORE = re.compile(
    r"\b(?:pummel|pound|batter|strik|struck|hit|attack|bomb|shell|target|blast|rock)\w*\s+"
    # (past the other places struck: "Russia attacked Kharkiv and Kyiv, Cherkasy, Khmelnytskyy, and Lviv")
    r"(?:(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:,\s+(?:and\s+)?|\s+and\s+))+)?$",
    re.IGNORECASE,
)
# A capital as the object of a taking, or named as the capital: "tried to take the capital Kyiv".
TAKEN_BEFORE = re.compile(
    r"\b(?:(?:take|took|taken|taking|captur\w*|seiz\w*|encircl\w*|surround\w*|besieg\w*|occup\w*|storm\w*"
    r"|reach\w*|enter\w*)\s+(?:the\s+)?(?:capital\s+(?:city\s+)?(?:of\s+)?)?"
    r"|\bthe\s+capital\s+(?:city\s+)?(?:of\s+)?)$",
    re.IGNORECASE,
)
# The side that tried something, after "attempts by": "attempts by the Russians to storm and bombard it".
ATTEMPT_BY = re.compile(r"\b(?:attempts?|efforts?|tries|bids?)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
TO_DO_GAP = re.compile(r"\s+to\s+(?:\w+\s+(?:and|or)\s+)?", re.IGNORECASE)
# An event named as the cause of another is not the sentence subject's: "in retaliation for an
# attack on the Crimean bridge".
RETALIATION = re.compile(
    r"(?:\b(?:retaliation|response|revenge|reprisal|reply)\s+(?:for|to|over)"
    # ("his promise to avenge the Crimean Bridge attack")
    r"|\baveng(?:e|es|ed|ing)"
    # ... and a cause a side gives: "Russia left the deal, citing the drone boat attack on Sevastopol"
    r"|\bcit(?:ing|ed))\s+(?:the\s+|an?\s+|his\s+|its\s+|their\s+)?(?:[\w£$€-]+\s+){0,3}$",
    re.IGNORECASE,
)
OTHER_SIDE = {"UA": "RU", "RU": "UA", "unknown": "unknown"}
# Verbs of taking ground that Ukraine's own reports use for the enemy's gains only.
TAKEN_WORDS = frozenset({"captured", "seized"})
# Who an act was carried out by, said after the damage it did.
# Fire named as a noun, then who sent it: "drone attack from Russian units", "shelling by the occupiers".
FIRE_FROM = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?")
# A force after "of" right after a noun of fire is who fired (not "the shelling of the Russian border
# village").
FORCES_OF_FIRE = re.compile(
    r"\s+of\s+(?:the\s+)?(?=(?:Armed\s+Forces|AFU|(?:Ukrainian|Russian)\s+(?:army|troops|forces|military|Armed))\b)"
)
# The words between a side's adjective and its noun of fire: "Russian air strikes", "Ukrainian drone attacks".
FIRE_MODIFIERS = re.compile(
    r"(?:['’]s)?\s+(?:(?:air|drone|missile|artillery|rocket|massive|massed|combined|overnight|new|heavy|"
    r"deadly|latest|mortar|aerial|UAV|kamikaze)\s+){0,2}",
    re.IGNORECASE,
)
FIRE_NOUN_PHRASE = re.compile(
    r"(?:(?:air|drone|missile|artillery|rocket|massive|massed|combined|overnight|heavy|mortar|aerial|UAV|kamikaze)"
    r"\s+){0,2}(?:strikes?|attacks?|shelling|bombardments?|bombing|airstrikes?)",
    re.IGNORECASE,
)
FIRE_NOUNS = ("strike", "strikes", "attack", "attacks", "shelling", "bombardment", "bombing", "fire")
COMMITTED_BY = re.compile(r"\b(?:committed|carried out|perpetrated|organi[sz]ed|staged|conducted)\s+by\s+")
COMMITTED_BY_REACH = 120
# Weapons in the air, and the words for destroying them: a report of shoot-downs (see decide_actor).
AERIAL = (
    r"(?:drones?|UAVs?|unmanned aerial vehicles?|Shaheds?|Shahed-[\w/-]+|missiles?|rockets?"
    r"|aircraft(?![-\s]+type)|helicopters?|jets?|planes?)"
)
# (not "destroyed an automobile with several drones": the thing destroyed carried them)
# ("intercepted or destroyed more than 100 Ukrainian air and seaborne drones")
DOWNED_OBJECT = re.compile(rf"(?!\s+by\b)\s+(?:(?!with\b)[\w\"“”-]+\s+){{0,7}}?{AERIAL}\b", re.IGNORECASE)
DOWNED_SUBJECT = re.compile(
    rf"\b(?:[\w-]+\s+){{0,2}}{AERIAL}\b[^.;:]{{0,60}}?\b(?:was|were|been|are|is)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Manned aircraft "destroyed" are mostly struck where they stood (an air base); "over X" makes it a
# shoot-down.
# ("aircraft-type UAVs" are drones: the Russian Defence Ministry's word for fixed-wing ones)
GROUNDED_AIRCRAFT = re.compile(
    r"\b(?:aircraft(?![-\s]+type)|helicopters?|jets?|planes?|warplanes?)\b", re.IGNORECASE
)
# ... and so is a missile's launcher or system: "destroyed an Iskander missile system".
LAUNCHER_AFTER = re.compile(
    r"\s+(?:systems?|launchers?|complex(?:es)?|batter(?:y|ies)|launch(?:ing)?\s+(?:pads?|sites?|vehicles?)"
    r"|carriers?|depots?|storage)\b",
    re.IGNORECASE,
)
IN_THE_AIR = re.compile(r"\s+(?:over|in the air|in the sky|above)\b", re.IGNORECASE)
DOWNED_WORDS = frozenset({"destroyed", "eliminated", "downed", "shot down", "intercepted", "neutralized"})
WEAPON_NOUN = re.compile(rf"(?:{AERIAL}|shells?)", re.IGNORECASE)
WEAPON_DOWNED = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:was|were|had been|have been|has been)\s+(?:\w+\s+)?"
    r"(?:shot down|destroyed|downed|intercepted|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
# ... or a verb of downing right before the weapon: "the air defence took down the rest of the missiles".
DOWNING_BEFORE = re.compile(
    r"\b(?:(?:shot|took|taken|brought) down|intercepted|downed|neutrali[sz]ed"
    r"|repelled|repulsed|thwarted|foiled"
    # a headline's present: "Russian Military Successfully Neutralizes Drone Attack in Taganrog"
    r"|(?:shoots|takes|brings) down|intercepts|downs|neutrali[sz]es|repels|repulses|thwarts|foils)"
    r"\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
# An attack from the air named as a noun: "a drone attack", "the missile strikes".
AIR_ATTACK_NOUN = re.compile(rf"{AERIAL}\s+(?:attacks?|strikes?|raids?)", re.IGNORECASE)
# Whose control a place is in, said by a pronoun: the side that says so.
OWN_CONTROL = re.compile(r"(?:its|their) (?:full |complete )?control\b")


@dataclass(slots=True)  # not frozen: made for every sentence, and freezing triples the cost
class ActorPhrase:
    side: str
    start: int
    end: int
    strong: bool


def find_actor_phrases(sentence: str, voice: str | None = None) -> list[ActorPhrase]:
    """Return the actor phrases of a sentence in order (strong ones hide weak ones inside them).

    ``voice`` is the side whose report the sentence is (``geo.events.voice``): "the enemy" is the
    other side of it, Russia's unless a Russian statement speaks.
    """
    return list(_actor_phrases(sentence, voice))


@lru_cache(maxsize=256)  # a sentence is asked about again: for its voice, its "they", the next one's attacker
def _actor_phrases(sentence: str, voice: str | None) -> tuple[ActorPhrase, ...]:
    lower = sentence.lower()
    if not any(hint in lower for hint in SIDE_HINTS):
        return ()  # names no side at all: most sentences are done with here
    same = same_offsets(sentence, lower)
    patterns = list((_STRONG_LOWER if same else STRONG).items())
    if any(cue in lower for cue in GROUP_CUES):
        patterns += (_GROUPS_LOWER if same else GROUPS).items()
    found = [
        ActorPhrase(side, m.start(), m.end(), True)
        for side, pattern in patterns
        for m in pattern.finditer(lower if same else sentence)
        if (not _side_then_gap(sentence[m.start() : m.end()]) or RUSSIANS_FOR_UKRAINE.match(lower, m.start()))
        # not "Russia said its armed forces": the armed forces of the side the pronoun stands for
        and not (sentence.endswith(PRONOUNS_OF, 0, m.start()) and lower.startswith("armed", m.start()))
        # nor "The Russian Ministry of Defense announced that the armed forces have liberated": in lower
        # case, the armed forces of the ministry that speaks
        and not (
            sentence.startswith(("the armed forces", "armed forces"), m.start())
            and RUSSIAN_MINISTRY_BEFORE.search(sentence, 0, m.start())
        )
        and not (
            (sentence.startswith(POSSESSIVES, m.end()) or lower.endswith(BARE_SIDES, 0, m.end()))
            and OWNER_OF_THING.match(sentence, m.end())
        )
        and not _republic_as_place(sentence, m.start())
        # "Ukraine's Mirgorod Military Airfield Hit": "military" naming a base (or an administration), not the
        # side's army
        and not (lower.endswith("military", 0, m.end()) and MILITARY_BASE_AFTER.match(sentence, m.end()))
        # ("anti-Kremlin rebels", "government forces" of Syria: a word of 2014 after a word that makes it
        # the other side's, or no side's)
        and not (
            lower.startswith(GROUP_WORDS_2014, m.start())
            and (
                OTHER_SIDES_GROUP.search(lower, max(0, m.start() - 20), m.start())
                or KYIV_REGIME_AFTER.match(lower, m.end())
                # (nor the object of a verb or a noun: "security forces attacked terrorists and entered
                # Ilovaisk")
                or GROUP_AS_OBJECT.search(lower, max(0, m.start() - 20), m.start())
                # (nor "the militia group" after the Russians who fight for Ukraine are named: "the Freedom
                # of Russia Legion posted a video ... Tyotkino, which the militia group claimed to have
                # captured")
                or RUSSIANS_FOR_UKRAINE_NAMED.search(lower, 0, m.start())
            )
        )
        # "the 14th Separate Motorized Rifle Brigade" is Ukraine's (its strong phrase hides this one),
        # but a Guards unit is Russia's: "Guardsmen of the 64th Separate Motorized Rifle Brigade"
        and not (
            side == "RU"
            and lower.endswith("separate ", 0, m.start())
            and not GUARDS_BEFORE.search(lower, 0, m.start())
        )
        and not (
            side == "UA"
            and lower.endswith("brigade", 0, m.end())
            and GUARDS_BEFORE.search(lower, 0, m.start())
        )
    ]
    # "the Russian Armed Forces" is Russia's, not the Armed Forces (Ukraine's) inside it
    phrases: list[ActorPhrase] = []
    for p in sorted(found, key=lambda p: (p.start, p.start - p.end)):
        if phrases and phrases[-1].start <= p.start and p.end <= phrases[-1].end and p != phrases[-1]:
            continue
        phrases.append(p)
    if voice == "RU":
        phrases = [
            ActorPhrase("UA", p.start, p.end, True) if ENEMY.fullmatch(sentence, p.start, p.end) else p
            for p in phrases
        ]
    war_names = (
        [w.span() for w in WAR_NAMED.finditer(sentence)]
        if any(word in sentence for word in ("war", "War", "conflict", "Conflict", "crisis", "Crisis"))
        else []
    )
    for side, pattern in WEAK.items():
        for m in pattern.finditer(sentence):
            if m.group() in ("Ukrainian", "Russian") and THING_AFTER.match(sentence, m.end()):
                continue  # "penetrated Ukrainian defences": a thing of the side, not the side acting
            if OPPOSED_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
                continue  # "fighting against Putin's regime, they seized": whom they fight, not who
            if (
                m.group() in ("Ukrainian", "Russian")
                and OWNED_TOWN_AFTER.match(sentence, m.end())
                and LOCATIVE_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
            ):
                continue  # "The refinery in Russian Orsk is under attack": the town's country, no side
            if m.group() in ("Kyiv", "Kiev", "Moscow") and CAPITAL_NAMED_BEFORE.search(
                sentence, max(0, m.start() - 30), m.start()
            ):
                continue  # "In the capital, Kyiv, damage was recorded": the city, no side
            if (
                m.group() in ("Ukraine", "Russia")
                and DATELINE_CITY_BEFORE.fullmatch(sentence, 0, m.start())
                and DATELINE_MARK_AFTER.match(sentence, m.end())
            ):
                continue  # "HROZA, Ukraine (AP) — A missile strike ...": where the story was filed, no side
            if m.group() in ("Ukraine", "Russia") and COMPASS_COUNTRY_BEFORE.search(
                sentence, max(0, m.start() - 20), m.start()
            ):
                continue  # "strikes on southeastern Ukraine", "in southern Ukraine": part of the land
            if sentence.startswith(POSSESSIVES, m.end()) and CIVIL_BODY_AFTER.match(sentence, m.end()):
                continue  # "Ukraine's state railway operator confirmed that a drone strike damaged its plant"
            if sentence.startswith(POSSESSIVES, m.end()) and OWNER_OF_THING.match(sentence, m.end()):
                continue  # "its troops had broken through Russia's defenses and liberated": the side hit
            if any(start <= m.start() < end for start, end in war_names):
                continue  # "Russia Ukraine War: shelling Nikopol": the war's name, no side that shelled
            if not any(p.start <= m.start() < p.end for p in phrases):
                phrases.append(ActorPhrase(side, m.start(), m.end(), False))
    return tuple(sorted(phrases, key=lambda p: p.start))


# The war named by its two countries: "Russia Ukraine War", "the Russia-Ukraine conflict".
WAR_NAMED = re.compile(
    r"\b(?:Russia|Ukraine)\s*(?:[-–—/]|\s|\s+and\s+|\s+vs\.?\s+)\s*(?:Russia|Ukraine)n?\s+(?i:war|conflict|crisis)\b"
)
# The capital named as a place before its name: "In the capital, Kyiv, ...", "over the Russian capital
# Moscow".
CAPITAL_NAMED_BEFORE = re.compile(
    r"\b(?:in|on|over|at|near|around|across)\s+the\s+(?:[\w-]+\s+)?capital,?\s+$", re.IGNORECASE
)


# A dateline's country: the city the story was filed from opens the sentence, the agency and a dash or a
# colon follow ("KYIV, Ukraine (AP) —", "BELGOROD, Russia:").
DATELINE_CITY_BEFORE = re.compile(r"\s*[A-Z][\w'’.-]+(?:[ /-][A-Z][\w'’.-]+){0,3},\s*")
DATELINE_MARK_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?::|—|–|-\s)")
OPPOSED_BEFORE = re.compile(r"\bagainst\s+(?:the\s+)?$")
# A compass word before a country: a part of its land ("southern Ukraine", "northwestern Russia").
COMPASS_COUNTRY_BEFORE = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+$|\bcentral\s+$", re.IGNORECASE
)
# ("Sergiy Popko, head of the Kyiv city military administration": the civil authority that tells of fire)
MILITARY_BASE_AFTER = re.compile(
    r"\s+(?:air\s*fields?|air\s*(?:base|port)s?|bases?|(?:-?civilian\s+)?administrations?)\b", re.IGNORECASE
)
# A side's adjective as a town's country: "in Russian Orsk", "near Ukrainian Kharkiv" (a name, not the
# side's own bodies: "in Russian Armed Forces statements").
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|at|over|outside|around)\s+$"
    # ("explosions occurred in the center of Russian Belgorod")
    r"|\b(?:cent(?:re|er)|outskirts|suburbs|streets|residents|districts?|parts?)\s+of\s+$"
)
OWNED_TOWN_AFTER = re.compile(
    r"\s+(?!(?:Armed|Air|Aerospace|Army|Navy|Naval|Defen[cs]e|Ministry|General|Federation|National|Special"
    r"|Black|Guards?|Federal|Security|Border|Marines?|Airborne|State|President|Government)\b)"
    r"[A-Z][a-z][\w'’-]+(?!\s+[A-Z])"
)
# After a side's noun, a thing it owns that does nothing: "advanced to the depths of the enemy's
# defence" (the enemy is no agent there; "the enemy's forces" are).
OWNER_OF_THING = re.compile(
    rf"(?:['’]s|['’])?\s+(?!(?:[\w-]+\s+)?{FORCE_NOUNS}\b)"
    # (not "Russia's defense minister": a body of the side that speaks for it)
    r"(?:defen[cs]es?(?!\s+(?:minister|ministry|department|chief|secretary|council|officials?)\b)"
    r"|positions?|lines?|territory|rear|flank)\b",
    re.IGNORECASE,
)
# ... or a civilian body of the side after its possessive: "Ukraine's state railway operator confirmed that a
# drone strike damaged its plant" (the operator struck nothing).
CIVIL_BODY_AFTER = re.compile(
    r"(?:['’]s|['’])\s+(?:state[- ]owned\s+|state\s+|national\s+|main\s+|largest\s+)?"
    r"(?:railway|railways|rail|grid|energy|power|gas|nuclear|postal|oil|water)\s+"
    r"(?:operator|company|utility|firm|provider|agency|monopoly)\b",
    re.IGNORECASE,
)


# ... and after a side's adjective: "had penetrated Ukrainian defences and secured a foothold", "deeper
# into Ukrainian territory" (but "the breakthrough of the Ukrainian defence line ... by Russian troops"
# names the side whose line it was, for the breakthrough's other side).
THING_AFTER = re.compile(
    r"\s+(?:defen[cs]es?(?! lines?\b)|positions?|lines?|fortifications|territory|rear|flank)\b"
)


# The occupied "republics" named as where something is, not who acts: "the Ukrainian armed forces in
# Dzerzhinsk in the Donetsk People's Republic (DPR) have retreated".
REPUBLIC = re.compile(
    r"[“\"]?(?:DPR|LPR|DNR|LNR)\b|(?:Donetsk|Luhansk|Lugansk)\s+(?:People['’]s\s+)?Republic", re.IGNORECASE
)
REPUBLIC_FIRST = frozenset('“"DLdl')  # how REPUBLIC's matches start: a cheap first look
POSSESSIVES = ("'s", "’s", "' ", "’ ")  # (and the plural's: "burst through the militants’ defense")
PRONOUNS_OF = ("its ", "their ")
BARE_SIDES = ("enemy", "occupiers", "invaders", "aggressor")  # "broke through enemy defences": a thing
REPUBLIC_AS_PLACE = re.compile(r"\b(?:in|from|near|across|throughout|into)\s+(?:the\s+)?$|\($", re.IGNORECASE)


def _republic_as_place(sentence: str, start: int) -> bool:
    """Whether an occupied "republic" named at ``start`` is where something is ("in the DPR")."""
    return (
        sentence[start : start + 1] in REPUBLIC_FIRST
        and REPUBLIC.match(sentence, start) is not None
        and REPUBLIC_AS_PLACE.search(sentence, max(0, start - 20), start) is not None
    )


def _side_then_gap(phrase: str) -> bool:
    """Whether a phrase starts with a side and has a gap word or a second side in it: "Russia said its
    forces" and "Russia concedes Ukrainian troops" are no actor phrases, "Russian ground forces" is."""
    first = SIDE_FIRST.match(phrase)
    return first is not None and (
        GAP_WORDS.search(phrase) is not None or SECOND_SIDE.search(phrase, first.end()) is not None
    )


def agent_before(
    sentence: str, phrases: list[ActorPhrase], position: int, reporters: bool = True
) -> str | None:
    """The side of the nearest agent-like phrase before ``position``: strong first, then weak.

    A pronoun subject right before the verb ("since they seized") takes the nearest phrase of
    any kind, even one after a preposition ("a gain for Russian forces since they seized").
    Without ``reporters``, a side that says, reports or investigates ("Russia said", "Russia's
    Investigative Committee opened a case") is no agent: who tells of a strike did not strike.
    """
    if " who " in sentence or " that " in sentence or " which " in sentence:
        # "pushing back Russian troops who had advanced 15-20 kilometers": the relative pronoun's side,
        # whatever verb has the side as its object
        # (not a country named as where: in "launched a strike deep inside Russia that set fire to a depot"
        # what set fire is the strike)
        own = [
            p
            for p in phrases
            if p.end <= position
            and RELATIVE_SUBJECT.fullmatch(sentence, p.end, position)
            and not country_as_place(sentence, p)
            # (nor the target of an attack: in "launched a drone attack on Ukraine that injured nine
            # people", what injured them is the attack)
            and not ATTACKED_BEFORE.search(sentence, max(0, p.start - 40), p.start)
        ]
        if own:
            return own[-1].side
    pronoun = PRONOUN_BEFORE.search(sentence, max(0, position - 25), position)
    if (
        pronoun is None
        and SPEAKERS_FORCES_BEFORE.search(sentence, max(0, position - 45), position) is not None
        and (subject := [p for p in phrases if p.start <= SPEAKER_OPENING_CHARS])
    ):
        # "Kiev's top general has acknowledged Russia's capture of Maryinka, saying his forces pulled back":
        # whose forces the speaker's "his" are is the speaker's side, not the side named last
        return subject[0].side
    if pronoun:
        # "the Russian claim on July 14 that it had taken X": "it" is the side that claims
        claimant = [
            p
            for p in phrases
            if p.end <= pronoun.start() and CLAIM_THAT.fullmatch(sentence, p.end, pronoun.start())
        ]
        if claimant:
            return claimant[-1].side
        # "in eastern Ukraine's Donetsk region, as its forces advanced": a side named as a place's
        # owner is not what "its" stands for
        earlier = [
            p
            for p in phrases
            if p.start < position
            and not PLACE_OWNER.search(sentence, 0, p.start)
            # "the Defense Forces expelled the occupiers ..., and in the fall they de-occupied": the side
            # driven out is the verb's object, not what "they" stands for
            and not DRIVEN_OUT_BEFORE.search(sentence, max(0, p.start - 30), p.start)
            # "Russian forces have left Ukraine's Snake Island, which they had taken": the island's owner
            and not _owns_a_place(sentence, p)
        ]
        # "Russian invaders are trying to cut off the path for the Ukrainian military to Sievierodonetsk, so
        # they blew up the second of the bridges": a side after a preposition is no subject "they" takes up
        subjects = [
            p for p in earlier if not OBJECT_OF_PREPOSITION.search(sentence, max(0, p.start - 12), p.start)
        ]
        if subjects and len(subjects) < len(earlier) and pronoun.group().strip().lower().startswith("they"):
            earlier = subjects
        if earlier and not WEAPONS_NAMED.search(sentence, earlier[-1].end, pronoun.start()):
            # (not drones named since: "16 UAVs were destroyed by air defense systems over Russia overnight -
            # they attacked the Briansk, Rostov and Belgorod regions": "they" are the drones)
            return earlier[-1].side
    candidates = [
        p
        for p in phrases
        if p.start < position
        and (
            not NOT_AGENT_BEFORE.search(sentence[max(0, p.start - NOT_AGENT_REACH) : p.start])
            # "orders were issued for Ukrainians to withdraw": the infinitive's subject, after "for"
            or (
                sentence.endswith("for ", 0, p.start)
                and INFINITIVE_SUBJECT_GAP.fullmatch(sentence, p.end, position) is not None
            )
            # "with Kyiv claiming to have seized 82 settlements": a side that claims is the claim's agent
            or WITH_CLAIMING.fullmatch(sentence, max(0, p.start - 5), p.start)
            and (
                CLAIMING_AFTER.match(sentence, p.end) is not None
                or p.strong
                and DOING_AFTER.match(sentence, p.end) is not None
            )
        )
        and not (
            CAPITAL.fullmatch(sentence[p.start : p.end])
            and (
                IN_PLACE.search(sentence, 0, p.start)
                or STRUCK_BEFORE.search(sentence, 0, p.start)
                or TAKEN_BEFORE.search(sentence, max(0, p.start - 40), p.start)
                or LISTED_BEFORE.search(sentence, 0, p.start)
                and LISTED_AFTER.match(sentence, p.end) is not None
                or OBLASTS_LISTED_AFTER.match(sentence, p.end) is not None
                or STRUCK_AFTER.match(sentence, p.end) is not None
                or not sentence[: p.start].strip()
                and DATELINE_AFTER.match(sentence, p.end) is not None
            )
        )
        and not country_as_place(sentence, p)
        and not _owns_a_place(sentence, p)
        and not damaged_thing(sentence, p)
        # (nor what a strike told before hit: "Ukraine's strike against a Russian ammunition storage facility
        # near Toropets destroyed ...")
        and not FIRE_TARGET_BEFORE.search(sentence, max(0, p.start - 30), p.start)
        # (nor its press or officials, however long their title: "The Kremlin head of its Kherson
        # government, Kirill Stremousov, confirmed as much to the Russian state news agency TASS following
        # recent attacks")
        and (reporters or not (_reports_before(sentence, p, position) or OFFICE_AFTER.match(sentence, p.end)))
        and (p.strong or not MONITOR_AFTER.match(sentence, p.end))
        and not _in_closed_relative(sentence, p, position)
        # (nor a side's civilians, officials or rescuers, no subject of its verb: "A Ukrainian rescuer helps
        # a woman after shelling", "abducted a Ukrainian mayor after capturing the city")
        and not PEOPLE_AFTER.match(sentence, p.end)
        # (nor a unit told destroyed: "announced the destruction of the 72nd separate motorized rifle brigade
        # of Russia and the liberation of Andriyivka" is the announcer's liberation)
        and not DESTROYED_OBJECT.search(sentence, max(0, p.start - 40), p.start)
        and not (
            sentence.endswith(" of ", 0, p.start)
            and DESTROYED_UNIT_OF.search(sentence, max(0, p.start - 120), p.start)
        )
    ]
    if candidates and SUBJECT_GAP.fullmatch(sentence[candidates[-1].end : position]):
        return candidates[-1].side  # "after Russia abandoned": the subject right before the verb
    # The verb's own clause first: in "Ukrainian troops entered Kherson, hours after Russia said it
    # had completed the withdrawal", the withdrawal is Russia's.
    boundaries = [m.end() for m in CLAUSE_START.finditer(sentence, 0, position)]
    if boundaries:
        own_clause = [p for p in candidates if p.start >= boundaries[-1]]
        if (
            not own_clause
            and ADVERB_ONLY.fullmatch(sentence, boundaries[-1], position) is not None
        ):
            # a participle right after the comma takes the subject of the clause it follows: "While the Armed
            # Forces of Ukraine advance in Kursk Oblast, Russians are striking back, seizing new territory"
            # (its first side, not its object: "Advancing Russian forces came closer to surrounding
            # Ukrainian troops in the east, briefly seizing positions")
            # (the sentence's own opening when the comma is its first: "the Armed Forces of the Russian
            # Federation cut the main supply route of the Armed Forces in Volchansk, blowing up a dam")
            opening = boundaries[-2] if len(boundaries) >= 2 else 0
            before = [p for p in candidates if opening <= p.start < boundaries[-1]]
            if before and before[0].strong and AIR_DEFENCE_AT.match(sentence, before[0].start):
                # "Russian air defence intercepted 43 Ukrainian drones over southern Russia, primarily
                # targeting Krasnodar": air defences target weapons, so the participle is the weapons'
                downed = [p for p in before[1:] if p.strong and p.side != before[0].side]
                if downed:
                    return downed[0].side
            if before and before[0].strong:
                return before[0].side
            own_clause = before
        candidates = own_clause or candidates
    for strong in (True, False):
        ranked = [p for p in candidates if p.strong == strong]
        if ranked:
            return ranked[-1].side
    return None


def _reports_before(sentence: str, phrase: ActorPhrase, position: int) -> bool:
    """Whether a side's verb of report comes before the verb of fire: "Russia said drones attacked", not
    "Russia struck Dnipro with a system called Oreshnik" (the participle after the fire is no report)."""
    told = REPORTER_AFTER.match(sentence, phrase.end)
    return told is not None and told.end() <= position + REPORT_PAST_VERB


def _in_closed_relative(sentence: str, phrase: ActorPhrase, position: int) -> bool:
    """Whether a side is named in a relative clause that ends before the verb: in "the governor of
    Kherson, parts of which Russian forces have captured, said the bridge had been damaged", the
    Russian forces are the clause's subject, not the damage's."""
    if "," not in sentence[phrase.end : position]:
        return False
    comma = sentence.rfind(",", 0, phrase.start)
    # (or a participle's aside: "Moscow's forces, outnumbering the Ukrainian army, have advanced", "...
    # Ocheretyne, taking advantage of the replacement of Ukrainian units, and also occupied")
    return comma >= 0 and (
        RELATIVE_OPEN.match(sentence, comma) is not None
        or (
            comma > 0
            and PARTICIPLE_ASIDE.match(sentence, comma) is not None
            and (_subject_before(sentence, comma) or ASIDE_THEN_AND.match(sentence, phrase.end, position))
        )
    )


def _subject_before(sentence: str, comma: int) -> bool:
    """Whether a side or its forces end right before the comma: the subject an aside interrupts."""
    return SUBJECT_BEFORE_ASIDE.search(sentence, max(0, comma - 40), comma) is not None


def country_as_place(sentence: str, phrase: ActorPhrase) -> bool:
    """Whether a side is named as the country where something is, not as who acted: "significant
    Russian gains in southeastern Ukraine, with forces seizing", "In Russia, drones attacked", "the
    Rostov region of the Russian Federation"."""
    return COUNTRY_NAME.match(sentence, phrase.start) is not None and (
        COUNTRY_AS_PLACE.search(sentence, max(0, phrase.start - 30), phrase.start) is not None
        or (
            sentence[phrase.start : phrase.end] in COUNTRIES
            and COUNTRY_INVADED.search(sentence, max(0, phrase.start - 30), phrase.start) is not None
        )
    )


def _clause_start(sentence: str, position: int) -> int:
    """Where the clause that holds ``position`` starts: after the last comma, semicolon or conjunction."""
    return max((m.end() for m in CLAUSE_START.finditer(sentence, 0, position)), default=0)


def damaged_thing(sentence: str, phrase: ActorPhrase) -> bool:
    """Whether a side's adjective names the ships or weapons a verb of damage took as its object:
    "Ukraine said it damaged Russian warships ... in a series of strikes on Crimea"."""
    thing = DAMAGED_THING_AFTER.match(sentence, phrase.end)
    if thing is None and "-" in sentence[phrase.start : phrase.end]:
        # ("5 Ukrainian Su-27 fighters": the jets, whose name the phrase took for troops)
        thing = AIRCRAFT_MODEL.search(sentence, phrase.start, phrase.end)
    return thing is not None and (
        DAMAGED_BEFORE.search(sentence, max(0, phrase.start - 30), phrase.start) is not None
        # ... or the subject of a passive one: "nine Russian aircraft were destroyed as a result of
        # explosions at the Saky airfield"
        or DAMAGED_PASSIVE_AFTER.match(sentence, thing.end()) is not None
    )


def _owns_a_place(sentence: str, phrase: ActorPhrase) -> bool:
    """Whether a side is named only as a place's owner: "struck a bridge in Russia's Kursk region",
    "Moscow's Vnukovo international airport was shut after two drones hit buildings"."""
    if not phrase.strong and AREA_OF_BEFORE.search(sentence, max(0, phrase.start - 40), phrase.start):
        return True  # "The Millerovo airfield in the Rostov region of the Russian Federation is under attack"
    return (
        not phrase.strong
        and (owned := POSSESSIVE.match(sentence, phrase.end)) is not None
        and (
            PLACE_OWNER.search(sentence, 0, phrase.start) is not None
            or POSSESSED_PLACE_AFTER.match(sentence, owned.end()) is not None
            or POSSESSED_GROUND_AFTER.match(sentence, owned.end()) is not None
        )
        # "as a result of Ukraine's mortar shelling of X": what the side owns is its fire, not a place
        and OWN_ACTION.match(sentence, owned.end()) is None
    )


# A region or town said to be the side's: "the Rostov region of the Russian Federation" (before the side).
AREA_OF_BEFORE = re.compile(
    r"\b(?:regions?|oblasts?|krai|provinces?|districts?|territor(?:y|ies)|city|town|village|settlement)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# After a side's possessive, a named place of its own: "Moscow's Vnukovo international airport", "Russia's
# Belgorod region" (a place it owns, wherever the phrase stands).
POSSESSED_PLACE_AFTER = re.compile(
    # (a headline's capitals too: "Ukraine's Mirgorod Military Airfield Hit in Poltava Region")
    r"\s+(?:[A-Z][\w'’-]+\s+){1,3}(?i:(?:international\s+)?(?:airport|air\s*base|airfield|region|oblast"
    r"|province|krai|refinery|port|district|city|town|village|island|spit|peninsula))\b"
)
# ... or ground of its own named by no name: "Russia's border regions have been hit frequently".
POSSESSED_GROUND_AFTER = re.compile(
    # ("eight out of Ukraine's 24 oblasts")
    r"\s+(?:[\w-]+\s+)?(?:border\s+)?(?:regions|oblasts|areas|territory|territories|cities|towns|villages|soil)\b",
    re.IGNORECASE,
)
# After a side's possessive, its fire or its army: "Ukraine's mortar shelling", "Russia's drones".
OWN_ACTION = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:shelling|strikes?|attacks?|bombardment|fire|drones?|missiles?|rockets?"
    # ("Russia's North force grouping")
    r"|offensive|troops|forces?|army|shells?|grouping|group\s+of\s+forces)\b",
    re.IGNORECASE,
)
# Whose actions a passive verb's result was, named before it: "As a result of the attacks of the Russian
# troops, the settlements of X and Y were liberated".
ACTIONS_OF = re.compile(
    r"\b(?:as\s+a\s+result\s+of|thanks\s+to|following|through)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks?|actions?|offensive|operations?|assaults?|efforts?|advance)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _agent_of_actions(sentence: str, phrases: list[ActorPhrase], position: int) -> str | None:
    """The side whose actions, named before a passive verb, brought its result about, or None."""
    for p in phrases:
        if p.start < position and ACTIONS_OF.search(sentence, max(0, p.start - 60), p.start):
            return p.side
    return None


# A fire named by its noun ("the Russian attack on Odesa"), and a side's adjective right before it.
FIRE_NOUN = re.compile(
    r"(?:attacks?|strikes?|shelling|bombardment|barrage|airstrikes?|air strikes?)\b", re.IGNORECASE
)
SIDE_ADJECTIVE = re.compile(r"(?:the\s+)?(?:Russian|Ukrainian)", re.IGNORECASE)


# A ring closed round a place, and the side named after "with" in its clause: "Kurakhove is surrounded on
# three sides, with Russian forces just under 3 km from the city centre".
SURROUND_WORD = re.compile(r"surround|encircl", re.IGNORECASE)
PASSIVE_BE = re.compile(r"(?:is|are|was|were|been|being)\s", re.IGNORECASE)
RINGER_BEFORE = re.compile(r"(?:\bby|,\s+with)\s+(?:the\s+)?$", re.IGNORECASE)
RINGER_REACH = 40  # characters from the verb to the side that closes the ring


def agent_after(sentence: str, phrases: list[ActorPhrase], position: int) -> str | None:
    """The side named in a "by ..." phrase right after a passive verb ("hit by a Russian missile")."""
    by = PASSIVE_AGENT.match(sentence, position)
    if not by or BY_MEASURE.match(sentence, by.end()):
        return None  # ("advanced by more than a kilometer against Russian forces": how far, not by whom)
    if OTHER_PARTICIPLE_BY.search(by.group()):
        return None  # "had retaken three villages seized by Ukraine": the by-phrase is the other verb's
    # "by decisive actions of the units of Battlegroup Tsentr": the by-phrase, up to its clause's end
    stop = re.compile(r"[,;.]").search(sentence, by.end())
    limit = min(by.end() + 60, stop.start() if stop else len(sentence))
    if (target := BY_PHRASE_TARGET.search(sentence, by.end(), limit)) is not None:
        limit = target.start()  # "a strike by high-precision weapons against the Ukrainian army's sites"
    # (a phrase may take in the article the by-phrase read: "by the invading forces")
    article = ARTICLE_ENDING.search(by.group())
    since = by.end() - (len(article.group()) if article else 0)
    told_by_speaker = False
    for p in phrases:
        if since <= p.start <= limit and p.end > by.end():
            if told_by_speaker and not AGENT_BY_BEFORE.search(sentence, max(0, p.start - 8), p.start):
                continue
            # ("struck by a precision missile that Ukrainian officials said was fired by Russia")
            relative = "which" in sentence[by.end() : p.start] or "that" in sentence[by.end() : p.start]
            speaks = relative and RELATIVE_SPEAKER.search(sentence, by.end(), p.start)
            if speaks and SAID_AFTER.match(sentence, p.end):
                # "hit by an explosion which Russian authorities said was a car bomb": the speakers, and
                # the agent they name after "by", if any, up to the clause's end
                told_by_speaker = True
                limit = stop.start() if stop else len(sentence)
                continue
            return p.side
    return None


# A verb of fire, its target and "with" before the weapons it fired: "bombarded Ukraine with hundreds of
# drones and dozens of".
ARMED_VERB_BEFORE = re.compile(
    r"\b(?:bombard|attack|strik|struck|hit|pound|target|shell|batter|pummel)\w*\s+(?!by\b)(?:[\w'’-]+\s+){1,3}?"
    r"with\s+(?:[\w,-]+\s+){0,8}?$",
    re.IGNORECASE,
)
ARMED_REACH = 90  # characters before a weapon that ARMED_VERB_BEFORE looks through
# Where a by-phrase's weapons ends and the fire's target begins: " against ", " on ".
BY_PHRASE_TARGET = re.compile(r"\s(?:against|on)\s")
# Between a taking and the side it was taken from: "taken under control from the Ukrainian military".
TAKEN_FROM = re.compile(r"\s*(?:full\s+|complete\s+)?control\s+from\s+(?:the\s+)?", re.IGNORECASE)
# A preposition right before a side: its object, no subject a later "they" stands for.
OBJECT_OF_PREPOSITION = re.compile(r"\b(?:for|to|of|against|with|from|at)\s+(?:the\s+)?$", re.IGNORECASE)
# Weapons named as a plural that "they" may stand for.
WEAPONS_NAMED = re.compile(
    r"\b(?:drones|UAVs|unmanned\s+aerial\s+vehicles|missiles|rockets|shaheds|geraniums)\b", re.IGNORECASE
)
SHARED_PASSIVE_GAP = re.compile(r"\s+and\s+(?:then\s+|later\s+|partly\s+|largely\s+)?", re.IGNORECASE)
AGENT_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def last_side(phrases: list[ActorPhrase], sentence: str = "") -> str | None:
    """The side of a sentence's last strong phrase: what "they" in the next sentence most likely means.

    With no strong phrase, the last side named that is not where something is ("Russia said its
    forces had captured a village in Ukraine's Donetsk region": Russia).
    """
    # (not weapons a thing is made for: "the plant produces components for Russian missile and artillery
    # systems. The governor confirmed a drone strike on the plant": no Russian strike)
    phrases = [
        p
        for p in phrases
        if not (MADE_FOR_BEFORE.search(sentence, max(0, p.start - 12), p.start) and _weapons(sentence, p))
    ]
    strong = [p for p in phrases if p.strong]
    if len(strong) > 1 and (unquoted := [p for p in strong if not _quoted(sentence, p.start)]):
        # 'The Ukrainian military said it had attacked the airfield, calling it "a place of concentration of
        # enemy aircraft." It also said ...': the speaker, not the enemy of its quoted words
        strong = unquoted
    if strong:
        last = strong[-1]
        if (
            strong[0].start <= SUBJECT_OPENING_CHARS
            and strong[0].side != last.side
            and SUBORDINATE_BEFORE.search(sentence, max(0, last.start - 20), last.start)
        ):
            # "Russian forces have claimed ... as Ukrainian troops suffer shortages. Last month they
            # captured Avdiivka": the subject, not the side of the clause of reason after it
            return strong[0].side
        speaker = phrases[0]
        if (
            speaker.start <= SPEAKER_OPENING_CHARS
            and speaker.side != last.side
            and SAID_AFTER.match(sentence, speaker.end)
            and PRESSED_BEFORE.search(sentence, max(0, last.start - 30), last.start)
        ):
            # "KYIV: Russia said it had taken a village, a push piling pressure on Ukrainian forces. The
            # defence ministry said its forces ...": the side speaking, not the side pressed
            return speaker.side
        return last.side
    weak = [p for p in phrases if sentence and not PLACE_OWNER.search(sentence, 0, p.start)]
    return weak[-1].side if weak else None


MADE_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$")
WEAPON_WORD = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s*\b(?:missiles?|drones?|UAVs?|artillery|rockets?|aviation|systems?)\b",
    re.IGNORECASE,
)


def _weapons(sentence: str, phrase: ActorPhrase) -> bool:
    """Whether a side's phrase names its weapons ("Russian missile and artillery systems"), not its people."""
    return WEAPON_WORD.match(sentence, phrase.end) is not None or WEAPON_WORD.search(
        sentence[phrase.start : phrase.end]
    ) is not None


def _quoted(sentence: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation of the sentence."""
    before = sentence[:position]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


ARTICLE_CHARS = len("the ")
# A sentence's subject opens it (after "The" at most); a clause of reason or time after a comma is
# not where "they" of the next sentence looks.
SUBJECT_OPENING_CHARS = 4
SUBORDINATE_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:as|while|because|since|although|though|whereas)\s+$", re.IGNORECASE
)
# A side that speaks opens its sentence after a dateline at most ("KYIV: Russia said"); a side named later
# as what is pressed or attacked ("pressure on Ukrainian forces") is no subject "its" stands for.
SPEAKER_OPENING_CHARS = 20
PRESSED_BEFORE = re.compile(r"\b(?:on|against|upon)\s+(?:the\s+)?$", re.IGNORECASE)


# The speaker's own side as a verb's subject ("we lost control", "our forces withdrew"), or as what
# was fired on ("positions of our forces are shelled").
WE_BEFORE = re.compile(
    r"\b(?:we|our (?:forces|troops|units|defenders|soldiers|army|military))\s+(?:(?:have|had|has)\s+)?"
    r"(?:(?:\w+ly|also|then|again|later)\s+)?(?:[\w-]+ed\s+and\s+)?"  # "have manoeuvred and moved"
    # ("each time we detect such attempts and destroy such crossings")
    r"(?:(?:detect|spot|find|see|locate|identify)\s+(?:[\w-]+\s+){1,3}?and\s+)?"
    r"(?:(?:had|have|has|were forced|was forced|decided|managed)\s+to\s+)?$",  # "so we had to retreat"
    re.IGNORECASE,
)
OUR_TARGET = re.compile(r"\bour\s+(?:forces|troops|units|defenders|soldiers|positions|army)\b", re.IGNORECASE)
# ... and the speaker's side as the fire's source: "enemy troops near X came under fire from our artillery"
OUR_FIRE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:from|by)\s+our\s+(?:artillery|forces|troops|units|defenders|soldiers|army"
    r"|aviation|gunners|drones?|military|air force)\b",
    re.IGNORECASE,
)


def _first_person(sentence: str, trigger: Trigger) -> str | None:
    """Whose side a first-person speaker puts the event on: ``"own"`` when "we" or "our forces" do
    it, ``"other"`` when they lose it or are fired on, None when the sentence says neither."""
    if WE_BEFORE.search(sentence, max(0, trigger.start - 40), trigger.start):
        return "other" if trigger.role == "loser" else "own"
    if trigger.event_type in FIRE_TYPES and OUR_FIRE.match(sentence, trigger.end):
        return "own"
    if trigger.event_type in FIRE_TYPES and OUR_TARGET.search(sentence):
        return "other"
    return None


def _side_later_in_clause(sentence: str, phrases: list[ActorPhrase], position: int) -> str | None:
    """The side named within LOSER_AFTER_CHARS after ``position``, unless it opens a clause of its own:
    "Pokrovsk is surrounded on three sides and Russian units have advanced" names who surrounds it, not
    who is surrounded."""
    for p in phrases:
        if position - ARTICLE_CHARS <= p.start <= position + LOSER_AFTER_CHARS and p.end > position:
            if THAT_CLAUSE.search(sentence, position, max(position, p.start)):
                return None  # "the loss of Selydove meant that Kurakhove would be Russia's next target"
            return None if CLAUSE_OPENS.search(sentence, position, max(position, p.start)) else p.side
    return None


THAT_CLAUSE = re.compile(r"\b(?:meant|means|mean|said|says|showed|shows)\s+that\b")


# A conjunction right before a side that makes it the subject of the next clause ("... and Russian units").
CLAUSE_OPENS = re.compile(r"(?:\band|\bbut|\bwhile|\bas|\bwhere|\bwhen|,)\s+(?:the\s+)?$")
LOSER_AFTER_CHARS = 120


def side_after(phrases: list[ActorPhrase], position: int, within: int = 40) -> str | None:
    """The side named soon after ``position`` ("fell to Russian forces"); a phrase that opens with
    the article just before it counts ("fire by the occupiers", read up to "the ")."""
    for p in phrases:
        if position - ARTICLE_CHARS <= p.start <= position + within and p.end > position:
            return p.side
    return None


# "its forces" right after a speaker's verb are the speaker's ("The military service also claimed that
# its forces captured ...", "It said its troops had recaptured ..."), whoever the sentence before named.
# Between a side and its verb of speech: "the Ukrainian General Staff reported".
SPEAKER_GAP = re.compile(
    # ("the Russian defence ministry said": a body named in lower case)
    r"(?:\s+(?:[A-Z][\w'’-]*|defen[cs]e|ministry|military|army|general|staff|command|spokes(?:man|woman|person)))"
    r"{0,4}\s+(?:(?:also|later|then|earlier)\s+)?"
)
SPEAKER_ITS = re.compile(
    r"\b(?:said|says|saying|claimed|claims|claiming|reported|reports|announced|announces|added|adds|stated|states|insisted"
    # ("the ministry said that it has regained control of Lebedevka": the body, its own forces)
    # ("said on Friday (April 15) it had taken")
    r"|confirmed|confirms|admitted|admits)\s+(?:on\s+\w+\s+(?:\([^()]{1,25}\)\s+)?)?(?:that\s+)?(?:(?:its|his|her)\s+"
    # ("Ukraine's military said its missile forces struck the Saky air base")
    r"(?:(?:missile|rocket|air|naval|ground|special|drone|artillery)\s+)?"
    # ("The Russian military said that its artillery had hit a group near ...": its own guns)
    r"(?:forces|troops|units|servicemen|army|artillery|aviation|gunners|warplanes|air\s+defen[cs]es?)|it)"
    r"\s+(?:(?:have|had|has)\s+)?"
    r"(?:(?:\w+ly|also|then|again|later)\s+)?"
    r"(?:no longer\s+(?:\w+ly\s+)?)?"
    # 'said it had carried out "high-precision" missile strikes on four depots': the verb, then the noun
    r"(?:(?:carried\s+out|launched|conducted|delivered|made)\s+(?:an?\s+|the\s+)?"
    r"(?:[\"“‘']?[\w-]+[\"”’']?\s+){0,3})?$",
    re.IGNORECASE,
)
SPEAKER_ITS_CHARS = 100
# A verb of owning up to a loss right before it: "acknowledged the loss of", "admitted losing".
OWNED_UP_BEFORE = re.compile(r"\b(?:acknowledg|admitt?|conced|confirm)(?:ed|es|s|ing)?\s+$", re.IGNORECASE)
# A preposition of time right before a noun of fire: "after the attack on", "following a strike on".
TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:after|following|since|before|during|amid)\s+(?:the|a|an|this|that|another|last|yesterday's)\s+"
    r"(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# A side's own claim of a taking: "the ministry claimed the capture of", "announced the seizure of".
CLAIMED_BEFORE = re.compile(
    r"\b(?:claim(?:ed|s|ing)|announc(?:ed|es|ing)"
    # ... and a military body's report of it: "The Russian defense ministry reported the capture of X" (not
    # a monitor's or the media's, which report either side's)
    r"|(?<=ministry )reported|(?<=staff )reported|(?<=command )reported|(?<=MoD )reported)\s+(?:the\s+)?"
    # ("announced the full restoration of control over the village of Kozinka")
    r"(?:(?:full|complete)\s+)?$",
    re.IGNORECASE,
)
# "Russia claimed that the village of Pletenivka was also taken": the claimer's, where nobody is named.
# ("Valery Gerasimov, who claimed Pokrovsk and Vovchansk had also been taken": "that" left out)
CLAIMED_THAT = re.compile(
    r"\b(?:claim(?:ed|s)|announc(?:ed|es))\s+(?:that\b|(?=(?-i:[A-Z])))[^;]*$", re.IGNORECASE
)


# Between a side's adjective and the second noun of a pair it qualifies: "Russian [attacks and] incursions".
NOUN_PAIR_GAP = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:attacks|assaults|raids|strikes|advances|offensives)\s+(?:and|or)\s+", re.IGNORECASE
)


def _retreat_cause_side(sentence: str, trigger: Trigger, phrases: list[ActorPhrase]) -> str | None:
    """The side whose fire a retreat is told as the result of, when that is the last side named before it
    ("as a result of enemy fire and assault, units were moved to more favorable positions"): the other
    side retreated."""
    before = [p for p in phrases if p.end <= trigger.start]
    if not before:
        return None
    if not RETREAT_CAUSE_BEFORE.search(sentence, max(0, before[-1].start - 30), before[-1].start):
        return None
    return before[-1].side


# A side that took the blow, the subject of the fire it took: "Russian forces suffered a major new attack
# early today in Luhansk, believed to have used Storm Shadow missiles".
SUFFERED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:suffered|sustained|endured)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:attacks?|strikes?|blows?|shelling|bombardments?)\b",
    re.IGNORECASE,
)


def _side_that_suffered(sentence: str, trigger: Trigger, phrases: list[ActorPhrase]) -> str | None:
    """The side whose forces suffered the strike of ``trigger``, told as its subject, or None."""
    before = [p for p in phrases if p.end <= trigger.start and p.strong]
    suffered = SUFFERED_AFTER.match(sentence, before[-1].end) if before else None
    if suffered is not None and suffered.start() < trigger.end:
        return before[-1].side
    named = [p for p in phrases if p.end <= trigger.start]
    if named and FACING_AFTER.fullmatch(sentence, named[-1].end, trigger.start):
        # "Russian troops who have crossed the Dnipro were facing growing difficulties after strategic bridges
        # were damaged": the side hampered by the strike
        return named[-1].side
    if named and LOST_IN.fullmatch(sentence, named[-1].end, trigger.start):
        return named[-1].side  # "the Russians lost 1.5 million tons of oil as a result of the attack on"
    if named and CAME_UNDER_AFTER.match(sentence, named[-1].end):
        # the side that came under the attack, the last named before this word of it: "Russia came under
        # drone attack again, with a strike targeting an industrial facility in Syzran"
        return named[-1].side
    # ... or whose soldiers it killed: "A Russian tank commander was killed in the attack in the town of
    # Brovary, the Ukrainian military claimed"
    killed = KILLED_IN_AFTER.match(sentence, named[-1].end) if named else None
    if killed is not None and (
        killed.end() >= trigger.start
        # ("Russian personnel were killed and military systems were destroyed as a result of an attack on")
        or KILLED_BY_CAUSE.fullmatch(sentence, killed.end(), trigger.start) is not None
    ):
        return named[-1].side
    return None


# After a side's name, the trouble a strike caused it: " ... were facing growing difficulties after ".
FACING_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:facing|faced|face|faces|experiencing|experienced)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:difficult(?:y|ies)|problems|shortages|troubles?)\s+(?:after|because\s+of|due\s+to|since|as)\s+[^.;]{0,60}",
    re.IGNORECASE,
)
# After a side's name, what it lost to the strike: " lost 1.5 million tons of oil as a result of the ".
LOST_IN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?lost\s+[^;]{1,80}?\b(?:as\s+a\s+result\s+of|due\s+to|because\s+of|in)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# After a side's name, its soldiers killed in the strike: " tank commander was killed in".
KILLED_IN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:commanders?|soldiers?|troops|servicem[ae]n|officers?|fighters?|crews?|personnel"
    r"|paratroopers|tankmen|marines)\s+(?:was|were|have\s+been|had\s+been)\s+(?:killed|wounded|injured"
    r"|eliminated)\b",
    re.IGNORECASE,
)

# ... the words from their killing to the strike that caused it: " and systems were destroyed in an ".
KILLED_BY_CAUSE = re.compile(
    r"[^.;!?]{0,80}?\b(?:in|as\s+a\s+result\s+of|due\s+to|during|by)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)


# The side a capture is a victory for, told after it: "the takeover of Mariupol gives Putin a badly needed
# victory", "the fall of Avdiivka, a symbolic win for Moscow".
VICTORY_FOR = re.compile(
    r"\b(?:gives?|gave|giving|hands?|handed|handing|delivers?|delivered)\s+(?P<side>[A-Z])[\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?\s+(?:an?|its|his|their)\s+(?:[\w-]+\s+){0,3}?(?:victory|win)\b"
    r"|\b(?:victory|win)\s+for\s+(?:the\s+)?(?P<side2>[A-Z])"
)


def _speakers_before(
    sentence: str, phrases: list[ActorPhrase], said: int, gap: re.Pattern[str] = SPEAKER_GAP
) -> list[ActorPhrase]:
    """The sides named right before a verb of speech starting at ``said``, a body's words between
    ("the Ukrainian General Staff reported", "The Russian military said"): the speaker is the last.
    ``gap`` is what may stand between (OFFICIALS_GAP asks for a body's or its officials' word)."""
    return [p for p in phrases if p.end <= said and gap.fullmatch(sentence, p.end, said)]


# A military body's "they" right after its verb of speech: "The Russian military reported that they have".
SPEAKER_THEY = re.compile(
    r"\b(?:said|says|reported|reports|announced|claimed|claims|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"they\s+(?:(?:have|had|has)\s+)?(?:(?:\w+ly|also|now|again)\s+)?$",
    re.IGNORECASE,
)
# ... and the bare forces after its verb of speech: "officials say forces are withdrawing".
SPEAKER_BARE_FORCES = re.compile(
    r"\b(?:said|say|says|reported|reports|announced|stated|confirmed|confirm|confirms)\s+(?:on\s+\w+\s+)?"
    r"(?:that\s+)?(?:the\s+)?(?:forces|troops|units|soldiers|defenders)\s+"
    r"(?:(?:are|were|have|had|has|have\s+been|had\s+been)\s+)?(?:(?:\w+ly|also|now|again)\s+)?$",
    re.IGNORECASE,
)
OFFICIALS_GAP = re.compile(
    r"(?:\s+(?:[A-Z][\w'’-]*|defen[cs]e|ministry|military|army|general|staff|command|officials?|authorities"
    r"|commanders?|spokes(?:man|woman|person)))*?\s+(?:officials?|authorities|military|army|command|staff"
    r"|ministry|commanders?|spokes(?:man|woman|person))\s+(?:(?:also|later|then|earlier)\s+)?"
)
MILITARY_BODY = re.compile(r"\b(?:military|army|forces|troops|ministry|command|staff)\b", re.IGNORECASE)
# What may open a sentence before its subject: "On Monday, the ...".
OPENING_BEFORE_SUBJECT = re.compile(
    r"(?:(?:On|In|By|Since|After)\s[^,]{1,30},\s*)?(?:the\s+)?", re.IGNORECASE
)
# A participle clause that goes on with the subject's own move: ", continuing its push".
CONTINUING_ITS = re.compile(
    r",\s+(?:continuing|pressing|extending|pursuing|furthering|resuming)\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def decide_actor(
    sentence: str,
    trigger: Trigger,
    phrases: list[ActorPhrase],
    previous_side: str | None = None,
    voice: str | Callable[[], str | None] | None = None,
) -> tuple[str, str]:
    """Return who acted in the event of ``trigger``, and on what basis (``agent``, ``verb``,
    ``attacker``, ``none``).

    ``previous_side`` is the side the sentence before last named: what a "they" subject means.
    ``voice`` is whose statement the sentence reports (or a function that says it, asked only when
    needed): in Moscow's, a liberation is Russia's.
    For a ``contact`` the actor is the side that holds the place (see :func:`decide_holder`).
    """
    if trigger.event_type == "contact":
        return decide_holder(sentence, trigger, phrases, previous_side)
    if (
        trigger.event_type == "advance"
        and ("victory" in sentence or "win" in sentence)
        and (won := VICTORY_FOR.search(sentence, trigger.end))
        and (own := [p for p in phrases if p.start in (won.start("side"), won.start("side2"))])
    ):
        return own[0].side, "agent"  # "The complete takeover of Mariupol gives Putin a badly needed victory"
    if trigger.event_type in FIRE_TYPES and (since := sentence.find(" since ", trigger.end)) >= 0:
        # "have been subject to near-daily strikes since Ukrainian troops liberated the region": the side
        # of the clause that dates the fire's start did not fire, nor is the ground it names ("Russian-
        # occupied areas") what was fired on
        phrases = [p for p in phrases if p.start < since]
        sentence = sentence[:since]
    if trigger.event_type in FIRE_TYPES and (came := CAME_AS_AFTER.match(sentence, trigger.end)):
        # "The strike on Novorossiysk came as Russia pounded Kyiv": the side of the clause the noun of fire
        # is timed by did not make it
        phrases = [p for p in phrases if p.end <= came.end(1)]
    if (
        trigger.event_type == "advance"
        and trigger.text.lower() == "advancing"
        and (gap := ADJECTIVE_GAP.match(sentence, trigger.end))
        and (own := [p for p in phrases if p.start == gap.end()])
    ):
        # "dug trenches against advancing pro-Russian rebels": the side it describes
        return own[0].side, "agent"
    if (
        " they " in sentence[(reach := max(0, trigger.start - SPEAKER_ITS_CHARS)) : trigger.start]
        and (speaks := SPEAKER_THEY.search(sentence, reach, trigger.start))
        and (speaker := _speakers_before(sentence, phrases, speaks.start()))
        and MILITARY_BODY.search(sentence, speaker[-1].start, speaks.start())
    ):
        # "The Russian military reported that they have taken under control Soledar": a military body's
        # "they" is its own forces
        return speaker[-1].side, "agent"
    if (
        trigger.event_type in ("advance", "retreat")
        and (speaks := SPEAKER_BARE_FORCES.search(sentence, max(0, trigger.start - 60), trigger.start))
        and (speaker := _speakers_before(sentence, phrases, speaks.start(), OFFICIALS_GAP))
        and not any(speaks.start() <= p.start < trigger.start for p in phrases)
    ):
        # "Ukraine's military officials say forces are withdrawing from Vuhledar": forces a side's
        # officials leave unnamed are its own
        return speaker[-1].side, "agent"
    if (
        trigger.event_type == "advance"
        and (continuing := CONTINUING_ITS.search(sentence, max(0, trigger.start - 40), trigger.start))
        and (subject := [p for p in phrases if p.end <= continuing.start()])
        and OPENING_BEFORE_SUBJECT.fullmatch(sentence, 0, subject[0].start)
    ):
        # "Russia claimed to have taken two new locations ..., continuing its push in the face of a weakened
        # Ukrainian army": the push of the sentence's subject
        return subject[0].side, "agent"
    if trigger.event_type == "strike" and (
        own := POSITIONS_SHELLED.search(sentence, max(0, trigger.start - 60), trigger.start)
    ):
        # "Ukrainian positions were shelled outside Mariupol": a side's positions (a thing of the side, no
        # actor phrase) as the subject of the fire
        return ("RU" if own.group(1).lower() == "ukrainian" else "UA"), "agent"
    if trigger.event_type in FIRE_TYPES and (hit := _side_that_suffered(sentence, trigger, phrases)):
        return OTHER_SIDE[hit], "agent"  # "Russian forces suffered a major new attack in Luhansk"
    if trigger.event_type == "retreat" and (cause := _retreat_cause_side(sentence, trigger, phrases)):
        return OTHER_SIDE[cause], "agent"  # "as a result of enemy fire and assault, units were moved to ..."
    if (
        trigger.event_type in FIRE_TYPES
        and "accused" in sentence
        and (accused := ACCUSED_BY_OF.search(sentence, max(0, trigger.start - 60), trigger.end)) is not None
        and (told := [p for p in phrases if p.end <= accused.start() and p.strong])
    ):
        return told[-1].side, "accused"  # "Russian forces ... are accused by Ukraine of blowing up the dam"
    if (retaliation := RETALIATION.search(sentence, max(0, trigger.start - 60), trigger.start)) is not None:
        # "in retaliation for an attack on the bridge": not the side that retaliates; but "in response
        # to a Ukrainian attack on the Belgorod region" names the attack's own side
        own = [p for p in phrases if retaliation.start() < p.start and p.end <= trigger.start]
        if own:
            return own[-1].side, "agent"
        of = MOVE_OF.match(sentence, trigger.end) if trigger.text.lower() in MOVE_NOUNS else None
        named = [p for p in phrases if of and p.strong and p.start <= of.end() < p.end]
        # ("a counterattack in response to the withdrawal of Ukrainian forces from Avdiivka": theirs)
        if named:
            return named[0].side, "agent"
        avenger = [p for p in phrases if p.strong and p.end <= retaliation.start()]
        if avenger and trigger.event_type in FIRE_TYPES:
            # "Vladimir Putin made good on his promise to avenge the Crimean Bridge attack": the other side's
            return OTHER_SIDE[avenger[-1].side], "agent"
        return "unknown", "none"
    if trigger.event_type == "strike" and (downed := _downed_weapons_side(sentence, trigger, phrases, voice)):
        return downed
    if trigger.event_type == "bridge_strike" and (held_up := _side_held_up(sentence, trigger, voice)):
        return OTHER_SIDE[held_up], "agent"  # "blew up a bridge to curb a Russian advance": the defender's
    if (
        trigger.event_type == "strike"
        and trigger.text.lower().startswith(("fired", "launched"))
        and (weapons := WEAPONS_FIRED_BEFORE.search(sentence, max(0, trigger.start - 80), trigger.start))
        and (own := [p for p in phrases if weapons.start() <= p.start < weapons.end()])
    ):
        # "shot down 35 of 40 Ukrainian unmanned aerial vehicles (UAVs) fired at the republic": the
        # weapons' side fired them, whoever downed them
        return own[0].side, "agent"
    if (
        trigger.event_type in FIRE_TYPES
        and phrases
        and len({p.side for p in phrases}) == 1
        and all(
            DESTROYED_OBJECT.search(sentence, max(0, p.start - 40), p.start)
            or damaged_thing(sentence, p)
            or PROPERTY_OF.search(sentence, max(0, p.start - 40), p.start)
            for p in phrases
        )
        # (not "drone debris from a destroyed Ukrainian drone crashed in the city": shot down over the place
        # it was sent to hit)
        # (the debris told inside the trigger too: "Debris from destroyed Ukrainian drones sparked fires")
        and not DEBRIS_OF_DOWNED.search(sentence, 0, max(trigger.start, phrases[0].start))
    ):
        # "An explosion in Dzhankoi destroyed Russian Kalibr-KN cruise missiles", "the military had hit
        # helicopters and Russian equipment at airfields": the one side named is what was destroyed, so the
        # other side struck
        return OTHER_SIDE[phrases[0].side], "agent"
    if (
        trigger.event_type in FIRE_TYPES
        and (lost := [p for p in phrases if trigger.start <= p.start and damaged_thing(sentence, p)])
        and len({p.side for p in lost}) == 1
        and lost[0].side in OTHER_SIDE
        # (the side that reports, in the verb's own clause: "three days after the Ukraine Army reported")
        and (clause := _clause_start(sentence, trigger.start)) >= 0
        and (reporters := [p for p in phrases if p not in lost and p.start >= clause])
        and all(
            p.side == OTHER_SIDE[lost[0].side]
            and p.end <= trigger.start
            and REPORTED_AFTER.match(sentence, p.end) is not None
            for p in reporters
        )
    ):
        # "the Ukraine Army reported the destruction of a Russian anti-aircraft system on Snake Island": a
        # side that reports the other side's weapons destroyed is the one that struck
        return OTHER_SIDE[lost[0].side], "agent"
    if trigger.event_type in FIRE_TYPES and "by " in sentence[trigger.end :]:
        done_by = COMMITTED_BY.search(sentence, trigger.end, trigger.end + COMMITTED_BY_REACH)
        if done_by and (side := side_after(phrases, done_by.end(), within=30)):
            # "damaged as a result of a terrorist act committed by Ukrainian special services"
            return side, "agent"
    if (
        trigger.event_type in FIRE_TYPES
        and " with " in sentence
        and WITH_SOME_OF_THEM.search(sentence, max(0, trigger.start - 40), trigger.start)
        and (launched := LAUNCHED_BY.search(sentence, 0, trigger.start)) is not None
        and (side := side_after(phrases, launched.end(), within=5))
    ):
        # "shot down 25 out of 33 drones launched by Russia overnight, with most targeting the Odesa region":
        # what the drones targeted, their launcher did (not the side that shot them down)
        return side, "agent"
    if trigger.event_type in FIRE_TYPES and (side := _side_whose_deed(sentence, trigger, phrases)):
        # "An explosion on a railway bridge ... was the result of a Ukrainian guerilla operation", "it was
        # allegedly a special operation of the Security Service of Ukraine"
        return side, "agent"
    if (
        trigger.event_type == "strike"
        and (
            source := FIRE_FROM.match(sentence, trigger.end)
            or (trigger.text.lower().endswith(FIRE_NOUNS) and FORCES_OF_FIRE.match(sentence, trigger.end))
        )
        and (side := side_after(phrases, source.end(), within=0))
    ):
        # "under intense artillery and drone attack from Russian units", "as a result of the strike of the
        # Armed Forces of Ukraine on the village of Lomakovka"
        return side, "agent"
    if (
        trigger.event_type in FIRE_TYPES
        and "accus" in sentence
        and (accused := ACCUSED_OF.search(sentence, max(0, trigger.start - 60), trigger.end)) is not None
        and (side := side_after(phrases, accused.start("side"), within=4))
    ):
        return side, "accused"  # "Russia has accused Ukraine of destroying it": the side accused, a claim
    if (
        trigger.event_type in FIRE_TYPES
        and trigger.text.lower().endswith(" blamed on")
        and (side := side_after(phrases, trigger.end, within=5))
    ):
        return side, "agent"  # "after an attack it blamed on Ukraine": the side blamed, a claim like others
    if (
        trigger.event_type in FIRE_TYPES
        and trigger.text.lower().endswith(" from")
        and (side := side_after(phrases, trigger.end, within=5))
    ):
        return side, "agent"  # "rockets fired from a Russian truck-mounted launcher towards Azovstal"
    if trigger.event_type in FIRE_TYPES and FIRE_NOUN_PHRASE.fullmatch(trigger.text):
        # "due to Russian air strikes", "Ukrainian drone attacks": the side that qualifies the noun of fire
        # (a side's phrase may take in the weapon: "reacted to the Russian drone attack on the station")
        own = [
            p
            for p in phrases
            if (p.end <= trigger.start and FIRE_MODIFIERS.fullmatch(sentence, p.end, trigger.start))
            or p.start < trigger.start < p.end
        ]
        if own:
            return own[-1].side, "agent"
    if trigger.event_type == "advance" and trigger.text.lower().startswith(("incursion", "raid", "push")):
        # "a sharp increase in Russian attacks and incursions into the city": the side of the noun pair
        gap = NOUN_PAIR_GAP.fullmatch
        own = [p for p in phrases if p.end <= trigger.start and gap(sentence, p.end, trigger.start)]
        if own:
            return own[-1].side, "agent"
    if trigger.event_type == "advance" and trigger.text.lower().startswith(("de-occup", "deoccup")):
        # "against the backdrop of the recent de-occupation of Robotyne": only Ukraine's land is de-occupied
        return "UA", "agent"
    if (
        trigger.event_type == "advance"
        and trigger.text.lower().startswith(FREEING_WORDS)
        and (freed := FREED_FROM.match(sentence, trigger.end) or FREED_BY_ITSELF.match(sentence, trigger.end))
        and (side := side_after(phrases, freed.end(), within=0))
    ):
        # "the liberation of the town of Sudzha from the Russian military": freed by the side's enemy
        return OTHER_SIDE[side], "agent"
    if (
        trigger.event_type == "advance"
        and trigger.text.lower().startswith(TAKING_OPENS)
        and not sentence[: trigger.start].strip(" \"“'")  # the noun opens the sentence
        and (let := LET_A_SIDE.match(sentence, trigger.end))
        and (side := side_after(phrases, let.end(), within=0))
    ):
        return side, "agent"  # "The liberation of X allowed the Wagner PMC units to take a height"
    if trigger.event_type in FIRE_TYPES and (into := IN_AN_ATTACK.match(sentence, trigger.end)):
        # "Russian command post in Rubizhne destroyed in Ukraine Army attack": the attack's side
        for side, attack in ATTACKS.items():
            if attack.match(sentence, into.end()):
                return side, "agent"
    if "by " in sentence[: trigger.start] and (
        tried := [
            p
            for p in phrases
            if p.end <= trigger.start
            and TO_DO_GAP.fullmatch(sentence, p.end, trigger.start)
            and ATTEMPT_BY.search(sentence, max(0, p.start - 30), p.start)
        ]
    ):
        # "despite ongoing attempts by the Russians to storm and bombard it": who tried, whoever the
        # clause before named
        return tried[-1].side, "agent"
    if trigger.role == "ours":  # "Andriivka is ours," the deputy minister wrote
        side = _speaking_side(voice)
        return (side, "voice") if side else ("unknown", "none")
    actor, basis = _by_role(sentence, trigger, phrases)
    if (
        basis == "agent"
        and trigger.event_type in FIRE_TYPES
        and (prep := TIME_PREPOSITION_BEFORE.search(sentence, max(0, trigger.start - 40), trigger.start))
        and not any(prep.start() <= p.start < trigger.start for p in phrases)
        # (a country, not its forces: "Russian forces likely did damage bridges during the strike campaign")
        and not any(p.strong for p in phrases if p.end <= prep.start() and p.side == actor)
        and agent_before(sentence, phrases, trigger.start) == actor
    ):
        # "Ukraine lost 20% of its grid capability after the attack on the Dnipro HPP": the main clause's
        # subject is not the attack's side; the attack names none
        actor, basis = "unknown", "none"
    if (
        basis == "agent"
        and trigger.role == "agent"
        and not trigger.passive
        and ("we " in sentence or "our " in sentence)
        and WE_BEFORE.search(sentence, max(0, trigger.start - 60), trigger.start)
        and (side := _speaking_side(voice))
    ):
        # "as a result of enemy fire, our troops have manoeuvred and moved to more favourable positions":
        # the subject right before the verb is the speaker's side, whoever the clause before named
        return side, "voice"
    if (
        trigger.event_type == "strike"
        and basis == "agent"
        and (before := [p for p in phrases if p.end <= trigger.start])
        and before[-1].side == actor
    ):
        subject = before[-1]  # the side the fire was given to
        if trigger.role == "agent" and not trigger.passive and (
            AIR_DEFENCE_AT.match(sentence, subject.start)
            # "Ukraine managed to shoot down 21 incoming cruise missiles ..., with the remaining two hitting
            # Uman and Dnipro": the side that downed the weapons is not the one that sent them
            or SHOT_DOWN_AFTER.match(sentence, subject.end)
        ):
            # "Russian air defence systems shot down 20 drones, and another drone hit a substation": air
            # defences down the other side's weapons, so the fire the sentence goes on to tell is that side's
            return OTHER_SIDE[actor], "agent"
        if trigger.text.lower().endswith(FIRE_NOUNS) and HIT_BY_GAP.fullmatch(
            sentence, subject.end, trigger.start
        ):
            # "A Ukrainian subversive group was eliminated by the artillery fire": the fire hit that side
            return OTHER_SIDE[actor], "agent"
        if not trigger.passive and FIRED_ON_BY_GAP.fullmatch(sentence, subject.end, trigger.start):
            # "Ukraine was fired upon by more than 40 missiles": the weapons of the side that fired on it
            return OTHER_SIDE[actor], "agent"
    if (
        trigger.event_type in FIRE_TYPES
        and basis == "agent"
        and actor in OTHER_SIDE
        and (
            defences := [
                p
                for p in phrases
                if p.end <= trigger.start and p.side == actor and AIR_DEFENCE_AT.match(sentence, p.start)
            ]
        )
        and agent_before(sentence, phrases, trigger.start) == actor
        and agent_before(sentence, [p for p in phrases if p not in defences], trigger.start) is None
    ):
        # "Russian air defences repelled an attack by four drones ... and an earlier attack on an oil
        # complex": air defences fire on weapons, never on places; the side they defend against struck
        return OTHER_SIDE[actor], "agent"
    if (
        trigger.role == "loser"
        and trigger.text.lower().removeprefix("the ").startswith("loss")
        and (owned := OWNED_UP_BEFORE.search(sentence, max(0, trigger.start - 30), trigger.start))
    ):
        # "the Ukrainian war blog DeepState acknowledged the loss of Vyshneve and said Russian forces were
        # moving on": whoever owns up to a loss lost the place (a side named after it is the taker's)
        side = agent_before(sentence, phrases, owned.start()) or _speaking_side(voice)
        if side:
            return OTHER_SIDE[side], "agent"
    if (
        actor == "unknown"
        and trigger.role == "loser"
        and trigger.text.lower().removeprefix("the ").startswith("los")  # loss, lost, losing
        and (side := _speaking_side(voice))
    ):
        # "DeepState reported the loss of the village of Berdychi": a loss told with no side named is the
        # teller's own side's
        return OTHER_SIDE[side], "voice"
    if actor == "unknown" and trigger.event_type in ("retreat", "strike", "bridge_strike"):
        inside = {
            p.side
            for p in phrases
            if trigger.start <= p.start
            and p.end <= trigger.end
            # (in a strike, the side of "attack of the Russian occupiers on", not the target of "destroy
            # Ukrainian command posts")
            and (trigger.event_type == "retreat" or OF_OR_BY_BEFORE.search(sentence, trigger.start, p.start))
            # (nor a place's owner: "the Rostov region of the Russian Federation is under attack")
            and not _owns_a_place(sentence, p)
            # (nor a person's side: "the car of Russian propagandist Zakhar Prilepin was blown up")
            and not PERSON_OF_SIDE_AFTER.match(sentence, p.end)
        }
        if len(inside) == 1:
            # "the escape of Russians from Izyum", "the attack of the Russian occupiers on Kupyansk": the
            # side the phrase names
            return inside.pop(), "agent"
    if (actor == "unknown" and ("we " in (lower := sentence.lower()) or "our " in lower)) or (
        # (a side already found gives way to "we" as the verb's own subject: "the Russians try to build
        # crossings across the Oskil, but each time we detect such attempts and destroy such crossings")
        "we " in sentence and WE_BEFORE.search(sentence, max(0, trigger.start - 40), trigger.start)
    ):
        speaker = _first_person(sentence, trigger)
        if speaker is not None and (side := _speaking_side(voice)):
            # '"We lost control over Loskutivka," said the Luhansk governor': the speaker's side lost;
            # '"all positions of our forces are shelled," he said': the other side fired
            return (OTHER_SIDE[side] if speaker == "other" else side), "voice"
    if (
        basis in ("none", "verb")
        and any(
            word in sentence[max(0, trigger.start - SPEAKER_ITS_CHARS) : trigger.start]
            for word in ("its ", "his ", "her ", "it ")
        )
        and (speaks := SPEAKER_ITS.search(sentence, max(0, trigger.start - SPEAKER_ITS_CHARS), trigger.start))
    ):
        if speaker := _speakers_before(sentence, phrases, speaks.start()):
            return speaker[-1].side, "agent"  # "the Ukrainian General Staff reported that its forces had ..."
        if side := _speaking_side(voice):
            return side, "voice"  # "The military service also claimed that its forces captured ..."
    if (
        basis == "none"
        and (trigger.event_type in ("advance", "bridge_strike") or "blew" in trigger.text)
        and GENERIC_FORCES.search(sentence, max(0, trigger.start - GENERIC_FORCES_CHARS), trigger.start)
    ):
        # the Defence Ministry's "troops operating in the X region took Y", "airborne assault troops blew up
        # a bridge over the Teteriv": its own
        if side := _speaking_side(voice):
            return side, "voice"
    if (
        basis == "none"
        and trigger.event_type == "advance"
        and not trigger.passive
        and THE_ARMY_BEFORE.search(sentence, max(0, trigger.start - GENERIC_FORCES_CHARS), trigger.start)
        and (side := _speaking_side(voice))
    ):
        # the Defence Ministry's spokesman "told a briefing that the army captured the Lobkovoye
        # settlement": the army a speaker names without a side is the speaker's own
        return side, "voice"
    if (
        basis in ("none", "verb")
        and not trigger.passive
        and (ahead := _cataphoric_subject(sentence, trigger, phrases)) is not None
    ):
        return ahead, "agent"  # "As they pushed into Kupiansk, Russian troops suffered heavy losses"
    if (
        basis in ("none", "verb")
        and previous_side
        # (not a taking's passive: in "reports that it had been taken", "it" is the place taken)
        and not (trigger.passive and trigger.event_type in ("advance", "strike", "bridge_strike"))
        and (
            PRONOUN_BEFORE.search(sentence, 0, trigger.start)
            # "The same forces a few days earlier had captured the town of Kherson"
            or ((same := SAME_FORCES.match(sentence)) is not None and same.end() <= trigger.start)
        )
    ):
        return previous_side, "agent"  # "On Saturday they took control of Kupiansk"
    if (
        basis == "none"
        and previous_side
        and not trigger.passive
        and PRONOUN_OPENING.match(sentence)
        and PARTICIPLE_ASIDE.match(sentence, max(0, trigger.start - 2), trigger.end)
    ):
        # "They crossed the border near Novenke and began moving south, capturing the village of
        # Basivka": the participle's subject is the sentence's, the side named before
        return previous_side, "agent"
    if actor == "unknown" and trigger.event_type == "strike" and "suffer" in sentence:
        fire = trigger.start
        losers = [p for p in phrases if p.end <= fire and LOSSES_FROM_GAP.fullmatch(sentence, p.end, fire)]
        if losers:  # "the occupiers suffered losses in Krokhmalne as a result of shelling": the other side's
            return OTHER_SIDE[losers[-1].side], "agent"
    if actor == "unknown" and trigger.event_type in FIRE_TYPES:
        target = _target_side(sentence, trigger, phrases)
        if target:
            return OTHER_SIDE[target], "agent"  # "hit staging areas of the Ukrainian 79th brigade"
        named = named_attacker(sentence, phrases)
        if named[0] == "unknown" and TERROR.search(sentence) and (side := _speaking_side(voice)):
            # Russia's Anti-Terrorism Committee: "As a result of the terrorist act, a road component of the
            # Crimean bridge was damaged": each side calls the other's strikes terror
            return OTHER_SIDE[side], "voice"
        return named
    if basis == "verb" and actor == "UA" and _speaking_side(voice) == "RU":
        return "RU", "verb"  # the Russian Defence Ministry's "the settlement was liberated"
    if (
        basis == "none"
        and trigger.passive
        and trigger.text.lower() in TAKEN_WORDS
        and _speaking_side(voice) == "RU"
    ):
        return "RU", "voice"  # ... and its "the settlement of X was captured" (Moscow tells of its own gains)
    if (
        basis == "none"
        and trigger.event_type == "advance"
        and trigger.text.lower() in TAKEN_WORDS
        and sentence[max(0, trigger.start - 4) : trigger.start].lower() == "the "
        and _speaking_side(voice) == "UA"
    ):
        # a Ukrainian governor's "named the captured villages as X and Y": Ukraine calls
        # its own gains liberations, so ground taken from nobody named was taken by the enemy
        return "RU", "voice"
    if (
        actor == "unknown"
        and trigger.event_type == "advance"
        and ("claim" in sentence or "announc" in sentence or "reported" in sentence)
    ):
        if CLAIMED_BEFORE.search(sentence, max(0, trigger.start - 30), trigger.start):
            if side := _speaking_side(voice):
                return side, "voice"  # "the ministry claimed the capture of Stupochky": its side's
        if trigger.passive and (claimed := CLAIMED_THAT.search(sentence, 0, trigger.start)):
            # "Russia claimed that the village of Pletenivka was also taken": the claimer's
            if side := _speaking_side(voice) or agent_before(sentence, phrases, claimed.start()):
                return side, "voice"
    return actor, basis


def _downed_weapons_side(
    sentence: str,
    trigger: Trigger,
    phrases: list[ActorPhrase],
    voice: str | Callable[[], str | None] | None = None,
) -> tuple[str, str] | None:
    """The side whose drones or missiles were destroyed in the air, and the basis, for a report of
    shoot-downs: an attack by that side on the place they were downed over ("Russian air defences
    destroyed the drones over Ryazan" is Ukraine's attack; "nine missiles were shot down by Ukrainian
    air defense forces" Russia's; with no side named, the other side of the one reporting). None when
    the phrase destroyed no weapon in the air."""
    if WEAPON_NOUN.fullmatch(trigger.text) and (downed := WEAPON_DOWNED.match(sentence, trigger.end)):
        # "Nine missiles were shot down by Ukrainian air defense forces": the trigger is the weapon
        own = [p for p in phrases if trigger.start - 20 <= p.start < trigger.start]  # "Ukrainian drones"
        if own:
            return own[-1].side, "agent"
        if defender := agent_after(sentence, phrases, downed.end()):
            return OTHER_SIDE[defender], "agent"
        return None
    if (WEAPON_NOUN.fullmatch(trigger.text) or AIR_ATTACK_NOUN.fullmatch(trigger.text)) and (
        downing := DOWNING_BEFORE.search(sentence, max(0, trigger.start - 60), trigger.start)
    ):
        # ("Russia shot down an attempted drone attack directed at Moscow": the attack was Ukraine's)
        # "the Russian air defense took down the rest of the missiles": the weapons were the other side's
        # ("took down the Ukrainian missiles": the side named right before them)
        own = [p for p in phrases if downing.end() - 20 <= p.start < trigger.start]
        if own:
            return own[-1].side, "agent"
        if defender := agent_before(sentence, phrases, downing.start()):
            return OTHER_SIDE[defender], "agent"
        return None
    if trigger.text.lower() not in DOWNED_WORDS:
        return None
    weapon = DOWNED_OBJECT.match(sentence, trigger.end)
    if (
        weapon is not None
        and trigger.text.lower() in ("destroyed", "eliminated")
        and GROUNDED_AIRCRAFT.search(weapon.group())
        and not IN_THE_AIR.match(sentence, weapon.end())
    ):
        return None  # "Ukraine says it destroyed 2 Russian Mi-8 helicopters": a strike on them, no shoot-down
    if (
        weapon is not None
        and trigger.text.lower() in ("destroyed", "eliminated")
        and LAUNCHER_AFTER.match(sentence, weapon.end())
    ):
        return None  # "destroyed an Iskander missile system near Bryansk": a launcher struck on the ground
    if weapon is not None:
        span, defender_at = (weapon.start(), weapon.end()), "before"
    elif trigger.passive and (
        weapon := DOWNED_SUBJECT.search(sentence, max(0, trigger.start - 80), trigger.start)
    ):
        if (
            trigger.text.lower() in ("destroyed", "eliminated")
            and GROUNDED_AIRCRAFT.search(weapon.group())
            and not IN_THE_AIR.match(sentence, trigger.end)
        ):
            return None  # "nine Russian aircraft were destroyed ... at the Saky airfield": hit on the ground
        span, defender_at = (weapon.start(), weapon.end()), "after"
    else:
        return None
    own = [
        p
        for p in phrases
        if span[0] <= p.start < span[1]
        # (not where they flew: "32 drones heading for Moscow have been destroyed")
        and not HEADING_BEFORE.search(sentence, max(0, p.start - 25), p.start)
    ]  # "Ukrainian drones", "enemy UAVs"
    defender = (
        agent_before(sentence, phrases, trigger.start)
        if defender_at == "before"
        else agent_after(sentence, phrases, trigger.end)
    )
    if own and defender and ENEMY.search(sentence, own[0].start, own[0].end):
        # 'Russia's air defence forces shot down an "enemy" drone': the enemy of the side that downed it
        return OTHER_SIDE[defender], "agent"
    if own:
        return own[0].side, "agent"
    if defender:
        return OTHER_SIDE[defender], "agent"
    side = _speaking_side(voice)
    return (OTHER_SIDE[side], "voice") if side else None


# Where downed weapons were flying, before a name that is also a side's: "drones heading for Moscow".
HEADING_BEFORE = re.compile(
    r"\b(?:heading|headed|flying|approaching|en\s+route)\s+(?:for|to|towards?|toward)?\s*(?:the\s+)?$"
    r"|\b(?:towards?|over)\s+(?:the\s+)?$"
    # ... or what they were sent to hit: "another drone that tried to carry out an attack on Moscow"
    r"|\b(?:attacks?|strikes?)\s+(?:on|against)\s+(?:the\s+)?$|\b(?:to\s+)?(?:attack|strike|hit|target)\s+$",
    re.IGNORECASE,
)


# The side a crossing was destroyed to hold up, in the purpose or the result told with it: "blown up a bridge
# to curb a Russian advance", "managed to stop a convoy of Russian tanks after ... blew up a bridge", "to
# slow the enemy movement down".
HELD_UP = re.compile(
    r"\b(?:stop|stopped|curb|halt|halted|slow|slowed|hamper|impede|delay|hold\s+back|block|blocked|prevent)"
    r"\s+(?:down\s+)?(?:the\s+|a\s+)?(?:(?:convoy|column|advance|movement|offensive)\s+of\s+(?:the\s+)?)?"
    r"(?P<side>Russian|Ukrainian|enemy)\b",
    re.IGNORECASE,
)


def _side_held_up(
    sentence: str, trigger: Trigger, voice: str | Callable[[], str | None] | None
) -> str | None:
    """The side a bridge was blown up to hold up, within 120 characters of it, or None: the bridge was
    the other side's to destroy (a defender's demolition, however near the attacker's name stands)."""
    near = HELD_UP.search(sentence, max(0, trigger.start - 120), min(len(sentence), trigger.end + 120))
    if near is None:
        return None
    word = near.group("side").lower()
    if word == "enemy":
        return "UA" if _speaking_side(voice) == "RU" else "RU"
    return "RU" if word == "russian" else "UA"


# A clause that opens the sentence with a pronoun for its subject, up to the pronoun: "Even as it loses
# ground in ..., Russian forces ...", "As they pushed into X, Russian troops ..." (the pronoun is the main
# clause's subject, named after the comma).
CATAPHORIC_OPENING = re.compile(
    r"(?:Even\s+)?(?:As|While|Though|Although|When|After|Before|Since|Because)\s+(?:it|they)\s+"
    r"(?:(?:\w+ly|also|still|had|has|have|was|were|is|are)\s+)?",
    re.IGNORECASE,
)
CATAPHORIC_SUBJECT_GAP = re.compile(r",\s+(?:the\s+)?")


def _cataphoric_subject(sentence: str, trigger: Trigger, phrases: list[ActorPhrase]) -> str | None:
    """The side of the main clause's subject when the trigger is the verb of a pronoun that opens the
    sentence's first clause: "Even as it loses ground in Ukraine's southern Kherson and northeastern
    Luhansk regions, Russian forces have been making slow progress" (it is Russia, named after)."""
    opening = CATAPHORIC_OPENING.match(sentence)
    if opening is None or opening.end() != trigger.start:
        return None
    comma = sentence.find(",", trigger.end)
    if comma == -1:
        return None
    subject = next((p for p in phrases if p.start > comma), None)
    if subject is None or not CATAPHORIC_SUBJECT_GAP.fullmatch(sentence, comma, subject.start):
        return None
    return subject.side


def _speaking_side(voice: str | Callable[[], str | None] | None) -> str | None:
    """The side whose statement the sentence reports, "UA" or "RU", or None; ``voice`` is asked only
    here, when a rule needs it."""
    side = voice() if callable(voice) else voice
    return side if side in ("UA", "RU") else None


# What a blow helped to do to the other side's forces, right before them: ", helping ground forces stop a".
STOPPED_BEFORE = re.compile(
    r",\s+(?:helping|allowing|enabling)\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?(?:stop|halt|block|slow|repel|thwart)"
    r"\s+(?:the\s+|an?\s+)?(?:advance\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
STOPPED_REACH = 60
# A verb joined to the one before by "and", with no subject of its own ("... and inflicted losses"), and
# how near the sentence's start its subject is.
AND_VERB_BEFORE = re.compile(r"\band\s+(?:also\s+)?$")
OPENING_SUBJECT_CHARS = 3
# A passive verb that shares the subject of the clause before: "attempted to land near X, but were destroyed".
BUT_PASSIVE_BEFORE = re.compile(r",\s*but\s+(?:then\s+|later\s+)?(?:were|was|had\s+been|have\s+been)\s+$")
# A side's positions as the subject of a passive verb of fire, up to the verb.
POSITIONS_SHELLED = re.compile(
    # ("Russian occupiers' location struck in Mariupol": a headline's)
    r"\b(Ukrainian|Russian)\s+(?:[\w-]+['’]?\s+)?(?:positions|locations?|bases|headquarters)\s+"
    # ("Ukrainian positions in Donetsk and in neighboring Kharkiv came under artillery fire")
    r"(?:(?:near|outside|in|around)\s+[A-Z][\w'’-]+"
    r"(?:\s+and\s+(?:(?:near|outside|in|around)\s+)?(?:neighbou?ring\s+)?[A-Z][\w'’-]+)?\s+)?"
    r"(?:(?:were|was|had\s+been|have\s+been|being)\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


# A noun of fire, its maker, then its target: "the missile strike of the Ukrainian armed forces on Makiivka".
STRIKE_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
ON_TARGET_AFTER = re.compile(r"\s+(?:on|against|at)\s+(?:the\s+)?(?-i:[A-Z])")


def _target_side(sentence: str, trigger: Trigger, phrases: list[ActorPhrase]) -> str | None:
    """The side whose forces a strike hit, named as its object in the same clause ("hit staging
    areas of the Ukrainian 79th brigade", "destroyed an enemy mortar unit"), or as the subject of
    a passive verb ("positions of the Ukrainian 24th brigade were hit")."""
    if trigger.role != "agent":
        return None  # "explosions were heard after a Ukrainian missile attack": no object named
    if trigger.passive:
        # "command posts of the Ukrainian 24th brigade were wiped out near X": the subject was hit
        # ("Ukrainian paratroopers attempted to land near Kinburn Spit, but were destroyed": the subject
        # the verb after "but" shares, up to the comma)
        but = BUT_PASSIVE_BEFORE.search(sentence, max(0, trigger.start - 30), trigger.start)
        verb_start = but.start() if but else trigger.start
        subject = [
            p
            for p in phrases
            if p.end <= verb_start
            and trigger.start - p.end <= TARGET_REACH
            and not CLAUSE_BREAK_AFTER.search(sentence, p.end, verb_start)
            and (p.strong or FORCE_AFTER.match(sentence, p.end) or FACILITY_AFTER.match(sentence, p.end))
            and not ATTACKS[p.side].match(sentence, p.start)
            # ("shelling by the occupiers was recorded in the Zolochiv community - 2 wounded": who fired)
            and not sentence[: p.start].rstrip().lower().endswith(" by")
        ]
        return subject[-1].side if subject else None
    for p in phrases:
        if p.start < trigger.end or p.start - trigger.end > TARGET_REACH:
            continue
        if ATTACKS[p.side].match(sentence, p.start):
            return None  # "in a Ukrainian missile attack": the attack's own side, not what it hit
        if STRIKE_OF_GAP.fullmatch(sentence, trigger.end, p.start) and ON_TARGET_AFTER.match(sentence, p.end):
            return None  # "the missile strike of the Ukrainian armed forces on Makiivka": its maker
        if STOPPED_BEFORE.search(sentence, max(0, p.start - STOPPED_REACH), p.start):
            # "targeted the bridge ..., helping ground forces stop a Russian tank convoy": the fire was
            # against the side it stopped, however many commas between
            return p.side
        if (
            not p.strong
            and not FORCE_AFTER.match(sentence, p.end)
            and not MILITARY_SITE_AFTER.match(sentence, p.end)
        ):
            continue  # "the Ukrainian city of": a place's owner, not forces hit
        # (the commas of a list of units end no clause: "of the 57th brigade, 82nd assault brigade, ...")
        gap = UNIT_LIST_COMMA.sub(" ", sentence[trigger.end : p.end])[: p.start - trigger.end]
        if (
            CLAUSE_BREAK_AFTER.search(gap)
            or BY_BEFORE.search(gap)
            or CLAUSE_OPENER_END.search(gap)
            or VERB_BETWEEN.search(gap)
        ):
            return None  # (nor "strikes on the city after Russian troops stormed": another clause's subject)
        return p.side
    return None


def decide_holder(
    sentence: str, trigger: Trigger, phrases: list[ActorPhrase], previous_side: str | None = None
) -> tuple[str, str]:
    """Return who holds the place of a ``contact`` (fighting that moved no line), and on what basis.

    The side that repelled an attack or kept its positions holds the place (``agent``); a side
    that attacked without gaining did not, so the other side holds it (``attacker``); "fighting
    continues near X" says nobody's (``unknown``, ``none``).
    """
    role = trigger.role
    if role == "holder" and not trigger.passive:
        side = agent_before(sentence, phrases, trigger.start)
        if side is None and previous_side and PRONOUN_BEFORE.search(sentence, 0, trigger.start):
            side = previous_side
        if side:
            return side, "agent"
        # "the repulsion of a Ukrainian attack": no repeller named, but the attacker is
        inside = [p for p in phrases if trigger.start <= p.start < trigger.end]
        return (OTHER_SIDE[inside[0].side], "attacker") if inside else ("unknown", "none")
    if role in ("holder", "repelled"):  # "Russian attacks were repelled (by Ukrainian defenders)"
        end = trigger.end
        side = agent_after(sentence, phrases, end)
        if side:
            return side, "agent"
        inside = [p for p in phrases if trigger.start <= p.start < end]
        attacker = inside[0].side if inside else agent_before(sentence, phrases, trigger.start)
        return (OTHER_SIDE[attacker], "attacker") if attacker else ("unknown", "none")
    if role == "under":  # "remains under Ukrainian control", "is under the control of Russian forces"
        inside = [p for p in phrases if trigger.start <= p.start < trigger.end]
        if not inside and sentence.startswith(" of ", trigger.end):
            inside = [p for p in phrases if 0 <= p.start - trigger.end <= len(" of the ")]
        if not inside and trigger.text.endswith(" by"):  # "are partially controlled by the Russians"
            inside = [p for p in phrases if 0 <= p.start - trigger.end <= len(" the ")]
        return (inside[0].side, "agent") if inside else ("unknown", "none")
    if role == "attacker":
        attacker = agent_before(sentence, phrases, trigger.start)
        if attacker is None and previous_side and PRONOUN_BEFORE.search(sentence, 0, trigger.start):
            attacker = previous_side
        return (OTHER_SIDE[attacker], "attacker") if attacker else ("unknown", "none")
    return "unknown", "none"


def held_by(sentence: str, place_start: int) -> str | None:
    """The side a place's own words say holds it ("near Ukrainian-held Siversk"), or None."""
    window = max(0, place_start - 60)
    for side, pattern in HELD_BY.items():
        if pattern.search(sentence, window, place_start):
            return side
    return None


# Between a side and the fire it "came under": its men or things, and an adverb.
HIT_SIDE_GAP = re.compile(
    r"(?:\s*,\s*which)?"  # "Moscow, which has suffered a string of attacks on X"
    # ("a Russian tank column coming under fire on the outskirts of Kyiv")
    r"\s*(?:(?:(?:tank|armou?red|military|supply|infantry|artillery)\s+)?"
    r"(?:positions|troops|forces|units|soldiers|servicemen|columns?|convoys?|vehicles|equipment)\s+)?"
    r"(?:(?:also|again|then|reportedly|repeatedly|\w+ly)\s+)?(?:(?:had|have|has)\s+)?"
)

# The object right after an active verb: "captured Ocheretyne", "took the village".
OBJECT_AFTER = re.compile(r"\s+(?:(?:the|a|an)\s|[A-Z\d])")
# A verb whose subject underwent the attack after it: "Kyiv experienced a missile attack".
UNDERGONE_BEFORE = re.compile(
    r"\b(?:experienc(?:ed|es|ing)|suffer(?:ed|s|ing)|endur(?:ed|es|ing)|surviv(?:ed|es|ing)|underwent"
    # ("Russia has weathered waves of drone attacks")
    r"|undergo(?:es|ing)?|weather(?:ed|s|ing))\s+"
    # ("Kyiv experienced a large-scale drone and missile attack")
    r"(?:(?:a|an|another|the)\s+)?(?:[\w-]+\s+){0,2}(?:[\w-]+\s+and\s+)?$",
    re.IGNORECASE,
)
# A fire told as a volley of a force's weapons: "a barrage of Ukrainian artillery".
VOLLEY_OF = re.compile(r"(?:barrages?|salvos?|volleys?|hail|waves?)\s+of\s", re.IGNORECASE)

# The verb of a side that reports, right after it: "the Ukraine Army reported the destruction of".
REPORTED_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:reported|announced|confirmed|claimed|said)\b")
# A fire noun opening a phrase of fire reported, which a side's adjective right before it owns.
OWNED_FIRE = re.compile(r"(?:fire|shelling|attacks?|strikes?|bombardments?)\b", re.IGNORECASE)
CAME_UNDER_AFTER = re.compile(HIT_SIDE_GAP.pattern + r"(?:came|comes|come|coming)\s+under\b")


def _holder_before(sentence: str, trigger: Trigger, phrases: list[ActorPhrase]) -> str | None:
    """The side named after "held by" (or "controlled by", ...) last before ``trigger``, or None."""
    return next(
        (
            p.side
            for p in reversed(phrases)
            if p.end <= trigger.start
            and HELD_BY_BEFORE.search(sentence, max(0, p.start - HELD_BY_REACH), p.start)
        ),
        None,
    )


def _by_role(sentence: str, trigger: Trigger, phrases: list[ActorPhrase]) -> tuple[str, str]:
    if trigger.role == "target":
        # (not the owner of the place hit: "The Millerovo airfield in the Rostov region of the Russian
        # Federation is under attack")
        inside = [
            p
            for p in phrases
            if trigger.start <= p.start < trigger.end
            and not _owns_a_place(sentence, p)
            # (nor the capital hit: "victims in Kyiv as a result of the Russian attack")
            and not CAPITAL.fullmatch(sentence[p.start : p.end])
            # (nor the country a town is said to be in: "The oil refinery in Orsk, Russia, is under attack")
            and not (sentence[p.start : p.end] in COUNTRIES and sentence.endswith(", ", 0, p.start))
            # (nor a person's side, whose car was hit: "the car of Russian propagandist Zakhar Prilepin was
            # blown up")
            and not PERSON_OF_SIDE_AFTER.match(sentence, p.end)
        ]
        if inside:
            return inside[0].side, "agent"  # "came under Russian fire"
        by = FROM_AGENT.match(sentence, trigger.end)  # "came under shelling from Russian forces"
        side = side_after(phrases, by.end(), within=5) if by else None
        if side:
            return side, "agent"
        hit = [
            p
            for p in phrases
            if p.end <= trigger.start and HIT_SIDE_GAP.fullmatch(sentence, p.end, trigger.start)
        ]
        if hit and not sentence[hit[-1].end : trigger.start].strip() and OWNED_FIRE.match(trigger.text):
            return hit[-1].side, "agent"  # "Russian shelling was reported in Sumy": the fire's own side
        if hit:  # "the Russians came under fire while crossing": the other side fired
            return OTHER_SIDE[hit[-1].side], "agent"
        return "unknown", "none"
    if trigger.role == "under":  # "Part of X is under the control of Russian forces": the side in control
        return decide_holder(sentence, trigger, phrases, None)
    if trigger.role == "taker":
        taken_from = [
            p
            for p in phrases
            if p.start > trigger.end and TAKEN_FROM.fullmatch(sentence, trigger.end, p.start)
        ]
        if taken_from:  # "taken under control from the Ukrainian military": the side taken from lost it
            return OTHER_SIDE[taken_from[0].side], "agent"
        side = side_after(phrases, trigger.end)
        if side is None and OWN_CONTROL.match(sentence, trigger.end):
            # "X, which Russia's Defence Ministry claimed were now under its control": the claimer's
            side = agent_before(sentence, phrases, trigger.start)
        return (side, "agent") if side else ("unknown", "none")
    if trigger.role == "fallen":  # "Avdiivka fell": whoever took it is for the article to say
        return "unknown", "none"
    if trigger.role == "breach":
        if breaker := agent_before(sentence, phrases, trigger.start):
            return breaker, "agent"
        defender = side_after(phrases, trigger.end, within=60)
        return (OTHER_SIDE[defender], "agent") if defender else ("unknown", "none")
    if trigger.role == "loser":
        if (ahead := _cataphoric_subject(sentence, trigger, phrases)) is not None:
            return OTHER_SIDE[ahead], "agent"  # "Even as it loses ground in Kherson, Russian forces ..."
        if SURROUND_WORD.search(trigger.text) and (trigger.passive or PASSIVE_BE.match(trigger.text)):
            # "Kurakhove is surrounded on three sides by Russian forces", "..., with Russian forces just
            # under 3 km from the city centre": the side that closes the ring, not the side inside it
            ringer = next(
                (
                    p.side
                    for p in phrases
                    if trigger.end < p.start <= trigger.end + RINGER_REACH
                    and RINGER_BEFORE.search(sentence, max(0, p.start - 12), p.start)
                ),
                None,
            )
            if ringer:
                return ringer, "agent"
        # "eliminating encircled Ukrainian forces": the side named right after; else the subject
        loser = (
            side_after(phrases, trigger.end, within=2)
            # "which led to the enemy losing significant areas": the side right before, whatever precedes it
            or next(
                (
                    p.side
                    for p in phrases
                    if p.end < trigger.start and not sentence[p.end : trigger.start].strip()
                ),
                None,
            )
            # "Ukraine's alleged loss of Bakhmut": a side's possessive before the loss
            or next(
                (p.side for p in phrases if LOSER_POSSESSIVE.fullmatch(sentence, p.end, trigger.start)), None
            )
            # "positions held by Ukraine outside of Toretsk ... were lost": the side that held them
            or (_holder_before(sentence, trigger, phrases) if trigger.passive else None)
            or (
                None
                if PLACES_SURROUNDED.search(
                    sentence, max(0, trigger.start - PLACES_SURROUNDED_CHARS), trigger.start
                )
                else agent_before(sentence, phrases, trigger.start)
            )
            or _side_later_in_clause(sentence, phrases, trigger.end)
        )
        return (OTHER_SIDE[loser], "agent") if loser else ("unknown", "none")
    if trigger.passive and trigger.event_type != "retreat":
        side = agent_after(sentence, phrases, trigger.end)
        side = side or _agent_of_actions(sentence, phrases, trigger.start)
        if not side:
            # the agent of the passive it is coordinated with: "towns near Luhansk are controlled by Russia
            # and destroyed"
            shared = [
                p
                for p in phrases
                if p.end <= trigger.start
                and SHARED_PASSIVE_GAP.fullmatch(sentence, p.end, trigger.start)
                and AGENT_BY_BEFORE.search(sentence, max(0, p.start - 8), p.start)
            ]
            side = shared[-1].side if shared else None
        if side:
            return side, "agent"
        if trigger.passive_actor != "unknown":
            return _verbs_side(sentence, trigger), "verb"
        return "unknown", "none"
    if "flag" in trigger.text.lower():
        around = sentence[max(0, trigger.start - 30) : trigger.end]
        for side, flag in FLAGS.items():
            if flag.search(around):
                return side, "agent"  # "the Ukrainian flag flying over", "waved Ukrainian flags"
    strike = trigger.event_type in FIRE_TYPES
    if (
        strike
        and phrases
        and phrases[0].strong
        and phrases[0].start <= OPENING_SUBJECT_CHARS
        and AND_VERB_BEFORE.search(sentence, max(0, trigger.start - 12), trigger.start)
    ):
        # "Russian artillery has destroyed two Ukrainian infantry platoons and ... emplacements of the
        # enemy's brigade and inflicted losses on a platoon": a second verb with no subject of its own
        # shares the sentence's
        return phrases[0].side, "agent"
    # (the noun itself, not the verb it starts: "Russian forces in eastern Ukraine captured the centre")
    if trigger.event_type in ("advance", "retreat") and (
        trigger.text.lower().split()[0] in TAKING_NOUN_FORMS or trigger.text.lower() in ADVANCE_NOUN_FORMS
    ):
        owner = [p for p in phrases if sentence[p.end : trigger.start] in ("'s ", "’s ", " ")]
        if owner:
            # "Ukraine's seizure of territory in Russia's Kursk region", "resulting in the Russian seizure
            # of the city"
            return owner[-1].side, "agent"
    # the sides named inside a noun phrase of fire ("a barrage of Ukrainian artillery")
    within = [p for p in phrases if trigger.start <= p.start < trigger.end] if strike else []
    if strike and (undergone := UNDERGONE_BEFORE.search(sentence, max(0, trigger.start - 40), trigger.start)):
        subject = [p for p in phrases if p.end <= undergone.start()]
        if subject and not within:
            # "Ukraine's capital, Kyiv, experienced a missile attack": the subject underwent it, so the
            # other side made it
            return OTHER_SIDE[subject[-1].side], "owner"
    if within and VOLLEY_OF.match(trigger.text):
        # "the Russians fled the island after a barrage of Ukrainian artillery": whose guns fired it, not
        # the sentence's subject
        return within[0].side, "agent"
    if trigger.text.lower() in MOVE_NOUNS:
        of = MOVE_OF.match(sentence, trigger.end)
        # (a weak phrase too: "the retreat of the Russians near Klishchiivka" names who left)
        named = [p for p in phrases if of and p.start <= of.end() < p.end]
        if named:
            return named[0].side, "agent"  # "the withdrawal of Russian troops from Kherson"
    # the phrases right before the trigger (an adverb may stand between: "Russian soldiers completely
    # liberating Maryinka")
    adjacent = [
        p for p in phrases if p.end <= trigger.start and ADVERB_GAP.fullmatch(sentence, p.end, trigger.start)
    ]
    if (
        strike
        and adjacent
        and FIRE_NOUN.match(trigger.text)
        and SIDE_ADJECTIVE.fullmatch(sentence, adjacent[-1].start, adjacent[-1].end)
    ):
        # "Zelenskyy has reacted to the Russian attack on Odesa": the side the attack is called by, not
        # the sentence's subject
        return adjacent[-1].side, "agent"
    if trigger.text.split()[0].lower().endswith("ing"):
        right_before = [p for p in adjacent if not PLACE_OWNER.search(sentence, 0, p.start)]
        if right_before:
            return right_before[-1].side, "agent"  # "wounded by Russia firing rockets on Hlukhiv"
    # A by-phrase names the agent whatever the subject is: "officials are tight-lipped about advances by
    # Russian forces into Sontsivka", "Kyiv confirmed the shelling of the village of X by ..."
    # (not a retreat's passive: "Russian forces have been pushed back by Ukrainian counterattacks" is
    # the subject's retreat)
    retreated = trigger.passive and trigger.event_type == "retreat"
    subject = [p for p in adjacent if p.strong]
    if (
        subject
        and not trigger.passive
        and trigger.text.split()[0].lower().endswith(("ed", "took", "struck", "hit"))
        and OBJECT_AFTER.match(sentence, trigger.end)
    ):
        # "Reports that Russian forces captured Ocheretyne were confirmed by the Ukrainian military": the
        # verb's own subject, right before it, not the by-phrase of the verb after
        return subject[-1].side, "agent"
    side = None if retreated else agent_after(sentence, phrases, trigger.end)
    if not side and not retreated and (named := OBJECT_THEN_BY.match(sentence, trigger.end)):
        side = agent_after(sentence, phrases, named.end())
    if not side and strike:
        # "Russia bombarded Ukraine with hundreds of drones and dozens of missiles": the weapons of the
        # verb's subject, not of the country it fired on, named nearer
        armed = ARMED_VERB_BEFORE.search(sentence, max(0, trigger.start - ARMED_REACH), trigger.start)
        if armed:
            side = agent_before(sentence, phrases, armed.start(), reporters=False)
    if not side and not (strike and sentence.startswith(" by ", trigger.end)):
        # (a headline's passive with its "were" left out, "Russia's Engels and Saratov attacked by
        # drones", has its target before the verb, not its agent)
        side = agent_before(sentence, phrases, trigger.start, reporters=not strike)
    if (
        not side
        and (
            sentence.lower().startswith(FRONTED)
            # ("Having captured Avdiivka, Russian forces moved on to Lastochkyne": the perfect participle too,
            # and "After claiming to have conquered Lyman, Russian forces stepped up their assault")
            and (
                trigger.text.lower().endswith("ing")
                or sentence[: trigger.start].strip().lower() == "having"
                or FRONTED_CLAIM.fullmatch(sentence, 0, trigger.start) is not None
            )
            # ... and a participle that opens the sentence itself: '"Abandoning their positions near
            # Kremennaya, servicemen of Ukrainian armed formations have been laying mines"'
            or trigger.text.lower().endswith("ing") and not sentence[: trigger.start].strip(" \"“‘'")
        )
    ):
        # "After failing in the north and retreating from the Kyiv region, Russian forces concentrated":
        # the participle's subject is the main clause's, after the comma
        side = next(
            (
                p.side
                for p in phrases
                if p.start > trigger.end
                and MAIN_SUBJECT.search(sentence, max(0, p.start - MAIN_SUBJECT_CHARS), p.start)
            ),
            None,
        )
    if not side and GAIN_FOR.match(sentence, trigger.end):
        side = side_after(phrases, trigger.end, within=30)  # "a territorial gain for Russian forces"
    if trigger.event_type == "retreat" and trigger.passive and not side:
        return "unknown", "none"
    if side:
        return side, "agent"
    if trigger.passive_actor != "unknown":
        return _verbs_side(sentence, trigger), "verb"
    return "unknown", "none"


def _side_whose_deed(sentence: str, trigger: Trigger, phrases: list[ActorPhrase]) -> str | None:
    """The side a fire is said after it to have been the deed of (DEEDS_OF_SIDES), or None."""
    for cues, deed, reach in DEEDS_OF_SIDES:
        if (
            any(cue in sentence for cue in cues)
            and (done := deed.search(sentence, trigger.end)) is not None
            and (side := side_after(phrases, done.end(), within=reach))
        ):
            return side
    return None


# Quotation marks round one word: the speaker's distance from it.
SCARE_QUOTES = "\"“”'‘’«»"
LIBERATION_WORD = re.compile(r"liberat\w*", re.IGNORECASE)


def _verbs_side(sentence: str, trigger: Trigger) -> str:
    """The side a passive verb names by itself ("was liberated": Ukraine's), unless the word stands in
    quotation marks of its own: '50% of Novopavlivka has been "liberated"' is the occupier's word for its
    own taking, which a Ukrainian outlet quotes to distance itself from it."""
    word = LIBERATION_WORD.search(trigger.text)
    if word is None or trigger.passive_actor != "UA":
        return trigger.passive_actor
    start, end = trigger.start + word.start(), trigger.start + word.end()
    if (
        0 < start
        and end < len(sentence)
        and sentence[start - 1] in SCARE_QUOTES
        and sentence[end] in SCARE_QUOTES
    ):
        return "RU"
    return trigger.passive_actor


def named_attacker(sentence: str, phrases: list[ActorPhrase]) -> tuple[str, str]:
    """The side of an attack named as a noun anywhere in the sentence ("in what Russia called a
    Ukrainian attack with sea drones"), the other side of the one that built or holds what was
    struck (basis ``owner``), or the side that claimed it or was blamed for it ("Russian officials
    blamed Ukraine"), for strikes whose verb has no agent. A blast nobody owned up to stays
    ``unknown``."""
    sides = {
        side
        for side, pattern in ATTACKS.items()
        for named in pattern.finditer(sentence)
        # (not the weapons a verb of damage took: "had hit three Russian surface-to-air missile systems")
        if not DAMAGED_BEFORE.search(sentence, max(0, named.start() - 30), named.start())
    }
    sides |= {side for side, pattern in ATTACK_FROM.items() if pattern.search(sentence)}
    if len(sides) == 1:
        return sides.pop(), "agent"
    armed = {
        side
        for side, pattern in WEAPONS.items()
        if any(
            not WEAPONS_STRUCK.search(sentence, max(0, fired.start() - 60), fired.start())
            and not WEAPONS_MADE_AFTER.match(sentence, fired.end())
            and not WEAPONS_SITE_AFTER.match(sentence, fired.end())
            for fired in pattern.finditer(sentence)
        )
    }
    if len(armed) == 1:
        # "the attack on the Chongar bridge was carried out using Storm Shadow missiles": only one side
        # fires them
        return armed.pop(), "weapon"
    owners = {
        side
        for side, pattern in OWNED_BY.items()
        for held in pattern.finditer(sentence)
        # (not a landmark: "damaged infrastructure in Nikopol, near the Russian-held nuclear plant")
        if not LANDMARK_BEFORE.search(sentence, max(0, held.start() - LANDMARK_REACH), held.start())
    }
    if len(owners) == 1 and not BLAST_WORDS.search(sentence) and not FALL_OF.search(sentence):
        # "the crossing built by the occupiers suffered a strike": the other side fired
        return OTHER_SIDE[owners.pop()], "owner"
    claimed = {p.side for p in phrases if CLAIMED_AFTER.match(sentence, p.end)}
    claimed |= {p.side for p in phrases if BLAMED_BEFORE.search(sentence, max(0, p.start - 20), p.start)}
    if len(claimed) == 1:
        return claimed.pop(), "agent"
    return "unknown", "none"
