"""The phrases that report military events, and what each implies.

A trigger is a verb or noun that reports an event ("recaptured", "the loss of", "shelled"). Each
pattern says the event type and how the actor follows from the sentence:

- ``agent``: the actor is who does the verb ("Ukrainian forces recaptured Izyum").
- ``loser``: the verb's subject lost ground, so the actor is the other side ("Russia lost
  Kupyansk", "the loss of Izyum for the Russians" are Ukrainian advances).
- ``taker``: the place fell *to* someone ("fell to Russian forces").
- ``breach``: the side before the phrase broke through, or else the other side of the one whose defence
  it was ("Russian troops' breakthrough of the line", "a breakthrough of the defence of the Russian army").
- ``fallen``: the place fell, to nobody named ("Avdiivka fell", "the fall of Avdiivka"): the
  article's context or history says who took it.
- ``target``: the subject is what was hit ("Kherson came under shelling from Russian forces"); the
  actor is named after the phrase, if at all.
- ``holder``: a ``contact`` (fighting that moved no line) told by the side that held: "Ukrainian
  defenders repelled attacks near Nevske" (the actor holds the place).
- ``repelled``: a contact told from the attack: "Russian attacks were repelled near Robotyne" (the
  side that repelled, or else the other side of the attacker, holds the place).
- ``under``: "Krynky remains under Ukrainian control": the side named holds the place.
- ``attacker``: a ``contact`` told by the side that attacked without gaining ("Russian forces
  continued offensive operations near Toretsk"): the place's holder is the other side.
- ``none``: a ``contact`` that says nobody's side ("fighting continues near Kupiansk").

``passive_actor`` is what the verb implies when no agent is named: a *re*capture or a liberation
in this war is Ukraine taking back ground; an occupation is Russia's. ``passive_type`` turns a verb
around when it is passive: who "drove Russian troops out of Klishchiivka" advanced, who "were
driven back from Robotyne" retreated. An advance that did not happen ("failed to break through",
"no confirmed gains") becomes a contact in :mod:`geo.events.extract`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gazetteer.context import GIVEN_NAMES
from gazetteer.reading import DASHES
from geo.events.forces import FORCE_NOUNS
from geo.events.lowercase import lower_case, same_offsets
from geo.events.modality import AIR_ATTACK, CAUSE_WORDS, DONE_INFINITIVE
from geo.events.record import FIRE_TYPES

# What "left" is not followed by when it tells of ground given up: a toll ("left one dead", "left thousands
# without power"), or a side ("the left bank").
_NOT_A_TOLL = (
    # ("overnight Russian shelling left a man trapped under rubble")
    # ("Shelling of a crowded market ... left at least 25 people dead")
    r"(?! (?:[\w-]+ ){0,5}?(?:dead|injured|wounded|killed|homeless|without|trapped|stranded|buried)\b)"
    # ("a missile attack left parts of the city without electricity": a service cut, however far)
    r"(?! (?:[\w-]+ ){0,6}?without (?:power|electricity|heat(?:ing)?|water|gas|light|energy|supplies)\b)"
    # ... nor a state it left someone in: "a long-stalled advance has left them facing supply issues"
    r"(?! (?:them|it|him|her|us|you|the \w+|its \w+|their \w+) (?:facing|with|in|exposed|vulnerable|short)\b)"
    # ... nor the side of a river or a front: "the occupiers on the right and left banks of the Dnieper"
    r"(?! (?:banks?|flanks?|sides?|wing|hand)\b)"
    # ... nor a thing left lying: "his Ukrainian passport left open beside his corpse"
    r"(?! (?:open|lying|unattended|intact|untouched|hanging|standing|scattered)\b)"
    # ... nor those who stayed: "fighting Ukrainian defenders left in Velyka Novosilka" (a place is left
    # without "in")
    r"(?! in\b)"
)
# The words of war that may stand between "under" and the fire: "was under heavy enemy fire", "is under
# constant fire".
_UNDER_FIRE_WORDS = (
    r"enemy|russian|ukrainian|heavy|artillery|massive|missile|drone|constant|continuous|intense|incessant"
    r"|daily|regular"
)
# A town's name right after a verb of leaving, with at most its kind before it: "left the city of Kherson",
# "were leaving Vovchansk".
_TOWN_AFTER = r"(?= (?:the )?(?:city |town |village )?(?:of )?[A-Z])"
# Before "captured" or "seized", neither a preposition ("out of seized Severodonetsk", "in occupied
# Mariupol" name a town by its fate) nor a recording ("the video captured a shell landing").
_NOT_A_FATE_OR_A_RECORDING = "".join(
    rf"(?<!\b{word} )"
    for word in ("of", "in", "from", "into", "near", "at", "to", "around", "outside")
    # ... nor a recording: "The video captured a shell landing on a parking lot in Belgorod"
    + ("video", "videos", "footage", "camera", "cameras", "photo", "photos", "image", "images", "drone")
)
# A count in words or digits: "two arrivals", "10 hits".
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)"
# A fire an attack set, told after it: "As a result of the attack, a fire broke out at the oil depot",
# "following the attacks, a fire had broken out in the port" (the attack, then the fire; geo.events.extract
# tells such a fire from arson with the whole of it).
_ATTACK_BEFORE_FIRE = (
    r"\b(?:as a result of|after|following|due to) (?:the|an?|this|that) (?:[\w-]+ )?"
    r"(?:attacks?|strikes?|shelling|bombardments?)\b"
    # ("As a result of the shelling by the Russian occupation troops, a fire broke out")
    r"(?: by (?:the )?(?:[\w-]+ ){0,3}?(?:troops|forces|army|military|occupiers|invaders|enemy))?"
)
_FIRE_BROKE_OUT = (
    r",?\s+(?:a\s+)?(?:large\s+|massive\s+|big\s+)?fires?\s+(?:(?:had|has)\s+)?"
    r"(?:broke out|broken out|started|erupted|occurred)\b"
)
FIRE_OF_ATTACK = re.compile(_ATTACK_BEFORE_FIRE + _FIRE_BROKE_OUT, re.IGNORECASE)
# A crossing over water, not a border post: "the border crossing point of Graivoron", "crossing points".
# (not the verb: "an evacuation boat with civilians crossing the Dnipro River")
# (a ferry crossing is a port's piers and ships, struck as a port is: "struck the Kerch ferry crossing")
WATER_CROSSING = r"(?<!border )(?<!ferry )crossings?(?! points?\b)(?! (?:the|into)\b)"


@dataclass(slots=True)  # not frozen: made for every sentence, and freezing triples the cost
class Trigger:
    """One event phrase found in a sentence."""

    event_type: str
    start: int
    end: int
    role: str  # agent, loser, taker, target, holder, attacker or none
    passive: bool  # the place is the verb's subject: before it ("Izium was recaptured")
    passive_actor: str  # UA, RU or unknown
    text: str


@dataclass(frozen=True, slots=True)
class _Pattern:
    regex: re.Pattern[str]
    event_type: str
    role: str = "agent"
    passive_actor: str = "unknown"
    needs_forces: bool = False  # "Ukrainian forces on the outskirts of X": a presence, if forces are named
    bare: bool = False  # an infinitive: an event only after "managed to", "were forced to"...
    hints: tuple[str, ...] = ()  # lower-case stems one of which every match contains: a cheap first look
    needs_military: bool = False  # an event only if the sentence names a weapon or a force
    place_before: bool = False  # the place is the subject ("Avdiivka fell", "X came under fire")
    passive_type: str | None = None  # the event when the verb is passive ("were driven out of": retreat)
    needs_ground: bool = False  # not when the sentence is about an attack ("the strike was claimed by")
    lowered: re.Pattern[str] | None = None  # the regex for lower-cased text (geo.events.lowercase)


# Right before a verb: Ukraine's forces as its subject ("Ukrainian forces currently control ..."), each
# spelling a lookbehind of its own width (the patterns ignore case: "Ukrainian Armed Forces" too).
UA_FORCES_BEFORE = "(?:" + "|".join(
    f"(?<={subject} )"
    for subject in (
        "Ukrainian forces",
        "Ukrainian troops",
        "Ukrainian units",
        "Ukrainian defenders",
        "Ukrainian army",
        "Ukrainian military",
        "Ukraine's forces",
        "Ukraine’s forces",
        "Ukraine's armed forces",
        "Ukraine’s armed forces",
        "Ukrainian armed forces",
        "Defense Forces",
        "Defence Forces",
        "our forces",
        "our troops",
    )
) + ")"


# The work a place stops, which an attack stops it doing (lower case): "stopped operating", "halted
# production".
STOPPED_WORK = (
    r"(?:operating|operations|working|work|functioning|production|generating|generation|traffic|supplies"
    r"|supply|exports?|shipments?|flights?|trains?)"
)
# The troops a side drove out, after "repelled": "repelled Russian troops from Kupiansk" (a taking, where
# "repelled the attack" is an attack held off).
_TROOPS_FROM = (
    r"(?:the )?(?:Russian |Ukrainian |enemy )?(?:troops|forces|units|soldiers|occupiers|invaders) from\b"
)
# The verbs of ground given up to the other side's control: "relinquished to Russian control".
_CEDED_WORDS = ("relinquished", "handed over", "surrendered", "ceded")
_CEDED = "(?:" + "|".join(_CEDED_WORDS) + ")"

# The verbs of a shoot-down ("downing" reads only before the weapons it took).
_DOWNING = r"(?:shot down|downed|intercepted|neutrali[sz]ed)"
# What is sent to strike a place and reaches it, launched at it or crashing into or in it (not manned
# aircraft, whose crash is an accident).
_SENT_CRAFT = r"(?:drones?|uavs?|missiles?|shaheds?|rockets?)"
# What is left of downed weapons, and the weapons named before it: "the fall of UAV fragments", "falling drone
# debris" (lower case).
_DEBRIS = r"(?:wreckage|debris|fragments)"
_DEBRIS_CRAFT = r"(?:uav|drone|missile|rocket)"
# The weapons a shoot-down took, and where: "shot down two drones in the vicinity of Domodedovo".
# ("destroyed over 20 Russian air targets in and around Kyiv": the Ukrainian air force's word for them)
_DOWNED_WEAPONS = (
    r"(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?|rockets?|Shaheds?|(?:air|aerial) targets?)\b"
)
_DOWNED_OVER = (
    r"(?:(?:\s+(?!by\b)[\w-]+){0,3}?\s+(?:over|above|near|in the vicinity of|in the area of|across"
    # ("six drones were intercepted in the Ramenskoye urban district", "shot down in the suburbs of Voronezh")
    r"|on (?:the )?approach(?:es)? to|in(?: and around)?(?= (?:the )?(?:suburbs of |outskirts of )?[A-Z]))\s"
    # ... or a tally of where: "intercepted 121 Ukrainian drones, including 37 in Russia's Bryansk, 20 in
    # Ryazan"
    r"|(?:\s+(?:overnight|today|yesterday|in the past day|over the past day))?"
    # ("shot down 121 Ukrainian drones, mostly over occupied Crimea")
    r"(?:,\s+(?:(?:including|of which|among them)\s+\d+|mostly|mainly|largely|most of them)"
    # ... or after a colon or a dash: "shot down 11 Ukrainian drones overnight — 10 over the Kursk region"
    r"|\s*:\s*\d+|\s+[–—]\s*\d+)"
    r"\s+(?:over|above|in)\s)"
)
# ... after a passive verb, with its agent between: "were downed by air defence over Kursk".
# ("a drone was shot down tonight by air defense forces in the Moscow Region": the time, then the agent)
_DOWNED_BY_OVER = (
    r"(?=(?:\s+(?:tonight|overnight|today|yesterday|last\s+night|this\s+morning|in\s+the\s+morning))?"
    rf"(?:\s+by(?:\s+[\w-]+){{1,4}}?)?{_DOWNED_OVER})"
)
# A tally's count right before "were": "eight were destroyed over the Ryazan region" (lookbehinds of one
# width each, as Python's need).
_COUNT_WERE = "|".join(
    f"(?<={count} were )"
    for count in ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "two", "three", "four", "five", "six",
                  "seven", "eight", "nine", "ten", "dozen")
)  # fmt: skip


def _p(
    pattern: str,
    event_type: str,
    role: str = "agent",
    passive_actor: str = "unknown",
    needs_forces: bool = False,
    bare: bool = False,
    hints: tuple[str, ...] = (),
    needs_military: bool = False,
    place_before: bool = False,
    passive_type: str | None = None,
    needs_ground: bool = False,
) -> _Pattern:
    compiled = re.compile(pattern, re.IGNORECASE)
    return _Pattern(
        compiled,
        event_type,
        role,
        passive_actor,
        needs_forces,
        bare,
        hints,
        needs_military,
        place_before,
        passive_type,
        needs_ground,
        lower_case(compiled),
    )


# An assault told as going on: "the enemy continued to storm Bakhmut" (on lower-cased text).
CONTINUED_BEFORE = re.compile(r"\bcontinu(?:e|es|ed|ing)\s+to\s+$")
# What the General Staff says its defences withstood: "stormed the positions of the Defense Forces six
# times", "stormed our positions three times" (an assault that took nothing, unlike "stormed Avdiivka").
_STORMED_DEFENCES = (
    r" (?:the |our )?(?:[\w-]+ )?positions (?:of (?:the |our )?(?:Defen[cs]e Forces|Ukrainian|Armed Forces)"
    r"|(?:[\w-]+ ){0,4}?times\b)"
)

# The weapons an attack is told as made with, after it: "an attack, presumably using Shahed-type UAVs, on X"
# is fire (a strike), not a ground attack.
_USING_WEAPONS = (
    # ("a massive attack with various types of weapons on the territory of Bilopillia")
    r",?\s+(?:[\w-]+\s+){0,2}(?:using|with)\s+(?:[\w-]+\s+){0,3}?(?:weapons|drones?|uavs?|missiles?|rockets?"
    r"|shahed[\w-]*|bombs?|artillery)\b"
)
# ... or after the attack's target: "launched an attack on Horlivka in the DPR using unmanned aerial vehicles"
# (only "using", or "with" drones and missiles: an assault "with tanks and artillery" is still one)
_WEAPONS_LATER = (
    r"[^.;:]{0,80}?\b(?:using\s+(?:[\w-]+\s+){0,2}?(?:drones?|uavs?|unmanned aerial vehicles|missiles?"
    r"|rockets?|shahed[\w-]*|bombs?|artillery)"
    r"|with\s+(?:[\w-]+\s+){0,2}?(?:drones?|uavs?|unmanned aerial vehicles|missiles?|shahed[\w-]*))\b"
)
# ... or the weapon named after it, even past a semicolon: "launched an attack on Central Park in the city;
# however, the missile did not detonate".
_WEAPON_TOLD_AFTER = r"[^.:]{0,100}?\bthe (?:missiles?|drones?|rockets?|bombs?|shells?|uavs?)\b"
# The side a push drives back: "pushed back the Russian army", "pushing back the adversary".
_PUSHED_SIDE = (
    r"(?:forces|troops|units|soldiers|invaders|occupiers|enemy|adversary|russians|ukrainians|army|occupants)"
)
# What only fire reaches: "attacks on energy facilities", "on civilian infrastructure".
_FIRE_ONLY_TARGETS = r"energy|power|critical|civilian|residential|port"
# The sites a raid is told to hit, each a noun of its own (the attacks "on an oil depot", "others on a
# refinery"); geo.events.placing reads where they are by the same words.
FACILITY_NOUNS = (
    r"depots?|refiner(?:y|ies)|plants?|factor(?:y|ies)|airfields?|air ?bases?|terminals?|warehouses?"
    r"|substations?|facilit(?:y|ies)"
)
# ... and an attack told with that aim after its targets: "a large-scale attack overnight against Poltava
# and Lviv oblasts, mainly targeting energy infrastructure" is fire, not an assault on the oblasts.
_FIRE_AIM_LATER = (
    r"[^.;:]{0,160}?\b(?:targeting|targetting|aimed at) (?:the |its |ukraine['’]s |the country['’]s )?"
    rf"(?:[\w-]+ )?(?:{_FIRE_ONLY_TARGETS}) (?:[\w-]+ )?(?:infrastructure|facilities|plants?|grids?|sites)\b"
)
# A community (hromada) named as what an attack hit: " Myrove community", " the Marhanets and Pokrovske
# communities" (what a regional administration reports is fire on it).
_COMMUNITY_AFTER = (
    r" (?:the )?(?:[A-Z][\w'’-]+(?:,? and |, | )){1,4}?(?:communit(?:y|ies)|hromadas?|territorial communit"
    r"(?:y|ies))\b"
)
# The forces and weapons a wire headline's present tense follows ("Ukrainian artillery destroys ..."), as
# fixed-width lookbehinds on the verb after them.
_HEADLINE_FORCE_BEFORE = "|".join(
    f"(?<={force} {verb})"
    for force in (
        "artillery", "aviation", "troops", "forces", "army", "military", "gunners", "drones", "missiles"
    )
    for verb in ("destroys", "pounds", "hits")
)
# Attacks told with the people they killed are fire: "launched 99 attacks against Kherson Oblast,
# killing one".
_KILLING_AFTER = r"[^.;]{0,60}?,\s+(?:killing|injuring|wounding)\b"
# ... and one attack told with the civilians it killed: "launched an attack against the village of X in
# Kherson Oblast on March 2, killing a 54-year-old man on the street" (an assault kills soldiers)
_CIVILIANS_KILLED_AFTER = (
    r"[^.;:]{0,90}?,\s+(?:killing|injuring|wounding)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:m[ae]n|wom[ae]n|civilians?|residents?|people|persons?|child(?:ren)?|boys?|girls?|teenagers?"
    r"|pensioners?|[\w-]+-year-old)\b"
)
# ... or the harm it did to things: "launched an attack on the village of Kurylivka ..., causing a grass
# fire", "..., damaging five houses".
_HARM_AFTER = (
    r"[^.;:]{0,90}?,\s+(?:(?:causing|sparking|starting|igniting)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?fires?"
    r"|(?:damaging|destroying)\s+(?:[\w-]+\s+){0,3}?(?:houses?|homes?|buildings?|cars?|infrastructure"
    r"|power\s+lines?)"
    # ("launched a targeted attack on Ukraine's central Poltava region, resulting in substantial damage to
    # the area's energy infrastructure", "launched its seventh attack ..., striking facilities in the Poltava
    # region")
    r"|resulting\s+in\s+(?:[\w-]+\s+){0,2}?(?:damage|destruction|fires?|casualties)"
    r"|(?:striking|hitting)\s+(?:[\w-]+\s+){0,3}?(?:facilities|infrastructure|plants?|substations?))\b"
)
# Attacks counted on the settlements of a region: a regional administration's count of fire, not assaults.
_ON_PLACES = (
    r" (?:on|against) (?:\d+ |the |several |two |three |four |five |six |seven |eight |nine |ten )?"
    # ("carried out 76 attacks on the border area of Sumy Oblast")
    r"(?:border (?:areas?|territor)|(?:border )?"
    r"(?:communit|settlement|village|hromad|town|cit|region|district|localit"
    # ("carried out attacks on energy facilities in his region")
    rf"|{_FIRE_ONLY_TARGETS}|infrastructure"
    # ... or oblasts by name: "continues its attacks against southern Mykolaiv and Kherson oblasts"
    # ... or a district by name: "carried out more than ten attacks on the Nikopol district"
    r"|(?:(?:north|south|east|west)\w* )?[A-Z][\w'’-]+ (?:and [A-Z][\w'’-]+ )?(?:oblasts?|regions?|districts?"
    r"|raions?)\b"
    # ... or ships, which only fire reaches: "conducted a successful attack on Russian ships docked at the
    # occupied port of Berdyansk"
    r"|(?:(?:Russian|Ukrainian|enemy|[\w-]+ landing|[\w-]+ patrol) )?"
    r"(?:war)?(?:ships?|vessels?|boats?|submarines?|frigates?|corvettes?)\b))"
)
# The opening of a list of what a taking told just before took: "The largest of them are Belogorovka, ..."
# (a trigger below; geo.events.extract tells it by its words).
LARGEST_OF_THEM_WORDS = r"(?:the )?(?:largest|biggest|main) of (?:them|these)"
LARGEST_OF_THEM = re.compile(LARGEST_OF_THEM_WORDS, re.IGNORECASE)
# "has taken", "have now taken", "had already taken": fixed-width look-behinds, one per auxiliary and adverb.
_PERFECT_BEFORE = "|".join(
    rf"(?<=\b{auxiliary} {adverb})"
    for auxiliary in ("has", "have", "had")
    # ("his troops have fully taken the Donetsk city")
    for adverb in ("", "now ", "already ", "also ", "reportedly ", "finally ", "fully ", "completely ")
)

# Words between a taking and the settlements it took: "occupied the nearby villages of X and Y".
_SETTLEMENT_WORDS_BEFORE = r"(?:nearby|neighbou?ring|key|strategic|small|two|three|several)"

# A side's word right after "to": whom a place was lost to ("was lost to Russian forces").
_SIDE_WORD = (
    r"(?:Russian|Ukrainian|Russia|Ukraine|enemy|invad|occup|Moscow|Kyiv|Kremlin|separatists|rebels|pro-Russian)"
)
PATTERNS: tuple[_Pattern, ...] = (
    # "the same unit reported clearing Novoekonomichne and Udachne": forces clearing a place of the enemy
    # (not clearing mines, rubble or the way)
    _p(
        r"\bclear(?:ed|ing)[\"”’']?\s+(?!(?:up|away|out|off|of|through|mines?|landmines?|explosives?|rubble|debris|snow"
        r"|roads?|routes?|paths?|the\s+(?:way|rubble|debris|area|territory|mines?|roads?|site|scene))\b)",
        "advance",
        needs_forces=True,
        hints=("clear",),
    ),
    # "the Ukrainian military had succeeded east of Sudzha": a gain told by where it was made
    _p(
        r"\bsucceeded\s+(?=(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|around"
        r"|in\s+the\s+(?:area|vicinity)\s+of)\b)",
        "advance",
        needs_forces=True,
        hints=("succeeded",),
    ),
    # "Putin was briefed on completed mop-up operations in Dmitrov": a town cleared to its last street
    _p(
        r"\b(?:completed|complete|completing|finished|concluded)\s+(?:the\s+)?"
        r"(?:mop-?up|mopping[- ]up|clean-?up)\s+(?:operations?\s+)?(?:in|of)\b",
        "advance",
        hints=("mop", "clean"),
    ),
    # advances: taking or entering ground
    _p(
        r"\b(?:re-?captur(?:ed|es|ing)|re-?taken|re-?tak(?:es|ing)|regain(?:ed|ing)|reclaim(?:ed|ing)"
        # (not prisoners freed: "The 116 freed prisoners", "Among those freed were 80 troops")
        r"|liberat(?:ed|es|ing)|(?<!those )freed(?! (?:prisoners|POWs|captives|hostages|from captivity)\b)"
        r"|reconquer(?:ed|ing)|re-?took|de-?occup(?:ied|ies|ying)"
        r"|re-?occup(?:ied|ies|ying)"  # ("Ukrainian troops now reoccupying several towns")
        r"|(?:took|taken|taking) back"
        # "one of a handful of villages that Ukraine claimed back in a 2023 counteroffensive"
        r"|(?:claimed|claiming) back(?! (?:the |a |its |their )?(?:lead|title|money|debt|taxes|costs?)\b))\b"
        # (not a comparison of ground won and lost: "have recaptured more territory this year than they have
        # lost")
        r"(?! more (?:[\w-]+ ){0,2}?(?:ground|territory|territories|land)\b[^.;]{0,60}?\bthan\b)",
        "advance",
        passive_actor="UA",
        hints=(
            "claimed back",
            "claiming back",
            "took back",
            "taken back",
            "taking back",
            "de-occup",
            "deoccup",
            "reoccup",
            "re-occup",
            "recaptur",
            "re-captur",
            "retook",
            "retak",
            "regain",
            "reclaim",
            "liberat",
            "freed",
            "reconquer",
            "re-took",
            "re-tak",
        ),
    ),
    # "returned Kutuzovka, Kharkiv region, under control": a place taken back
    _p(
        r"\breturn(?:ed|s|ing)?(?= (?:[\w'’-]+,? ){1,6}?under (?:(?:its|their|our|full) )?control\b)",
        "advance",
        needs_forces=True,
        hints=("return",),
    ),
    # "Four villages have already been returned to control in the Novopavlivka direction": ground taken back
    _p(
        r"\b(?:have|has|had|were|was)\s+(?:already\s+|now\s+|also\s+)?(?:been\s+)?returned\s+(?:to|under)\s+"
        r"(?:(?:our|Ukrainian|Ukraine['’]s)\s+)?control\b",
        "advance",
        passive_actor="UA",  # Kyiv's words for its ground taken back
        hints=("returned",),
    ),
    # "restored control over Kozinka", "control over the village of Kozinka has been fully restored"
    _p(
        # ("the Armed Forces returned control over the settlements of Nevske and Novosadove")
        r"\b(?:restor|re-?establish|return)(?:ed|es|ing|s)? (?:full |complete )?control (?:over|of)\b"
        # the noun: "announced the full restoration of control over the village of Kozinka"
        r"|\b(?:restoration|re-?establishment) of (?:full |complete )?control (?:over|of)\b"
        r"|\bcontrol (?:over|of)(?= (?:[\w'’-]+ ){1,8}?(?:has |have |had )?(?:been|was|were) "
        r"(?:fully |completely )?restored\b)"
        # "returned the village of Rivnopil in the Donetsk region under Ukrainian control"
        r"|\breturned(?= (?:the )?(?:city|town|village|settlement)s? of (?:[\w'’-]+,? ){1,8}?under "
        r"(?:(?:our|Ukrainian|Ukraine['’]s|its|their) )?control\b)",
        "advance",
        hints=("restor", "establish", "control", "returned"),
    ),
    # "the Ukrainian Army cleaned Trostianets from Russian invaders": a town cleared of the enemy
    _p(
        r"\bclean(?:ed|s)?(?= (?:the )?(?:city |town |village )?(?:of )?(?:[\w'’-]+ ){1,3}?(?:from|of) "
        r"(?:the )?(?:russian |ukrainian |enemy )?(?:invaders|occupiers|enemy|troops|forces|militants)\b)"
        # ... and tanks that rolled into it: "Russia's 4th Guards Tank Division rolled into Trostyanets"
        # (or "rolled in to", as a translation spells it: "convoys with tanks rolled in to Bashtanka")
        r"|\brolled in ?to\b(?= (?:the )?(?:city |town |village )?(?:of )?[A-Z])",
        "advance",
        hints=("clean", "rolled in"),
    ),
    # a monitor's "Ukrainian forces have restored positions near Kolisnykivka": lost ground taken back
    _p(
        r"\b(?:restor|re-?establish)(?:ed|es|ing) (?:(?:their|its|the|lost|previously lost|former|some"
        r"|several|a number of) ){0,2}positions? (?=(?:near|in|at|around|on the outskirts of|close to) )",
        "advance",
        needs_forces=True,
        hints=("restor", "establish"),
    ),
    _p(
        # (also in scare quotes: "announced the 'liberation' of Chasiv Yar", the “complete liberation” of)
        r"\b(?:the )?[\"“‘']?(?:(?:complete|full|total) )?"
        r"(?:re-?capture|liberation|reconquest|de-?occupation)[\"”’']? of\b",
        "advance",
        passive_actor="UA",
        hints=("recapture", "re-capture", "liberation", "reconquest", "de-occupation", "deoccupation"),
    ),
    # "Successes are noted in two villages of the region": the monitor's word for a gain, its side said before
    _p(
        r"\bsuccess(?:es)? (?:(?:are|were|is|was|have been|has been) )(?:noted|recorded|observed)\b",
        "advance",
        hints=("success",),
    ),
    # the General Staff's "our defense forces achieved success near X", "had partial success"
    _p(
        r"\b(?:achiev(?:ed|es|ing)|ha(?:d|ve|s|ving)|scor(?:ed|es|ing))\s+(?:(?:a|some|partial|certain|local"
        r"|locali[sz]ed|tactical|further|new)\s+)?success(?:es)?\b",
        "advance",
        needs_forces=True,
        hints=("success",),
    ),
    _p(
        # (nor the passive of things and people: "23 police vehicles were captured and used by saboteurs")
        r"(?<!vehicles were )(?<!vehicles was )(?<!cars were )(?<!tanks were )(?<!equipment was )"
        r"(?<!weapons were )(?<!soldiers were )(?<!servicemen were )(?<!ships were )(?<!vessels were )"
        # (not the participle as an adjective after a preposition: "bridges leading out of seized
        # Severodonetsk", "life in captured Mariupol": the town named by what befell it, no event told)
        rf"\b(?:{_NOT_A_FATE_OR_A_RECORDING}(?:captured|seized)|captur(?:es|ing)|seiz(?:es|ing)"
        rf"|stormed(?!{_STORMED_DEFENCES})|overran|overrun"
        r"|conquer(?:ed|s|ing))\b"
        # (not "seized relief workers in the convoy", "captured two soldiers": people and things, no ground)
        # ("civilians captured and disarmed Russian soldiers": a second verb may come between)
        # ("capturing and destroying several tanks")
        r"(?! (?:and [\w-]+(?:ed|ing) )?"
        r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|some|the|a|an|another"
        r"|one) )?"
        r"[“\"‘']?(?:[\w-]+ )?(?:workers|civilians|journalists|hostages|prisoners?|soldiers?|servicem[ae]n"
        # ('"Our military captured another enemy infantryman"': a man taken prisoner)
        r"|fighters?|infantrym[ae]n|occupiers?|invaders?|paratroopers?|marines?|mercenar(?:y|ies)|POWs?"
        r"|crew|crews|sailors|ships?|vessels?|tankers?|documents|passports"
        # "left on captured trophies", "captured Russian tanks": the spoils of a fight
        r"|trophies|trophy|equipment|weapons?|tanks?|vehicles?|ammunition|hardware"
        # "passengers on a train captured footage of the fire at the oil depot": filmed
        r"|footage|videos?|images?|photos?|photographs?|pictures?|moments?)\b)",
        "advance",
        hints=("captur", "seiz", "stormed", "overr", "conquer"),
    ),
    # a side's claim told by "claimed" and the place: "They claimed the key mining town of Toretsk on Friday"
    # (not "claimed the lives of", "claimed responsibility for")
    _p(
        r"\bclaimed (?:full )?(?:control (?:of|over) )?the (?:[\w-]+ ){0,3}?"
        r"(?:town|city|village|settlement)s? of\b",
        "advance",
        hints=("claimed",),
    ),
    # the press's "grabbed": "Krynky was first grabbed by Ukrainian amphibious troops", "Russia grabbed the
    # town" (a place or forces next to it: not "grabbed headlines", "grabbed a rifle")
    _p(
        r"\bgrabb(?:ed|ing)\b"
        r"(?= (?:[\w-]+ )?by\b| (?:the )?(?:city|town|village|settlement|control)\b| [A-Z])",
        "advance",
        needs_forces=True,
        hints=("grabb",),
    ),
    # bare forms count only after "managed to", "were able to" and the like (see geo.events.modality)
    _p(
        r"\b(?:capture|seize|enter|retake|recapture|liberate|take control of|regain control of|advance"
        r"|establish control (?:over|of)"
        # ("the Russian invaders were still able to break through near Berestok")
        r"|break through(?= (?:near|in|at|around|to|into)\b)"
        # ("Azov said it managed to regain positions in the village of Niu York")
        r"|regain (?:(?:some|several|lost|its|their|the) )?positions (?=in|near|at)"
        # (not "decided to take their despicable revenge on the inhabitants of X"; nor "as Russian forces
        # continue to occupy part of the province": ground held, not taken)
        r"|(?<!continue to )(?<!continues to )(?<!continued to )(?<!still )occupy|de-?occupy|storm"
        r"|take(?!(?: [\w-]+){0,3} revenge\b)"
        # (nor "civilians who were ordered to take shelter": the capital is any letter on lower case)
        r"(?! (?:shelter|cover|refuge|part|place|measures|steps|action|care|note|notice|aim)\b)"
        r"(?= (?:the )?(?:city|town|village|settlement|[A-Z])))\b",
        "advance",
        bare=True,
        hints=(
            "deoccup",
            "capture",
            "recapture",
            "regain",
            "establish",
            "seize",
            "enter",
            "retake",
            "break through",
            "liberate",
            "take",
            "advance",
            "occupy",
            "storm",
        ),
    ),
    # not people: "the capture of two Russian soldiers" (but "the capture of Siversk brings Russian troops
    # closer": a verb between)
    _p(
        r"\b(?:the )?[\"“‘']?(?:(?:complete|full|total) )?"
        r"(?:capture|seizure|storming|take-?over)[\"”’']? of\b"
        r"(?!(?: the| \d+| (?!(?:brings?|gives?|puts?|opens?|allows?"
        r"|means?|would|will|could|has|have|had|was|were|is|are|makes?|leaves?|left|lets?)\b)[\w-]+){0,3} "
        r"(?:soldiers|troops"
        r"|servicemen|prisoners|fighters|personnel|crews?|men|mercenaries|pilots?|officers?)\b)",
        "advance",
        hints=("capture", "seizure", "storming", "takeover", "take-over"),
    ),
    # Ukraine's officials' word for a village freed: "Hanna Maliar also announced the release of Makarivka"
    # (a place after it: not "the release of prisoners", which no place follows)
    _p(
        r"(?:(?<=announced the )|(?<=confirmed the ))release of"
        r"(?! (?:the |\d+ |all |more )?(?:[\w-]+ )?(?:prisoners|hostages|civilians|people|soldiers|servicemen"
        r"|detainees|captives|pows|sailors|crews?|children|men|women|funds|aid|report|data|footage|video)\b)",
        "advance",
        hints=("release",),
    ),
    # a General Staff's shorthand: "Enemy advance by 100 m in Krasnohorivka", "an advance of 2 km near X"
    _p(
        r"\b(?:advance|advancement)\s+(?:of\s+|by\s+)(?:up\s+to\s+|about\s+|around\s+|some\s+)?"
        r"\d[\d,.]*\s*(?:-\s*\d+\s*)?(?:m|km|meters?|metres?|kilometers?|kilometres?)\b",
        "advance",
        hints=("advance",),
    ),
    # "confirmed the advance of Ukrainian troops up to 10 km deep into Kursk Oblast": forces advancing
    _p(
        rf"\b(?:advance|advancement) of\b(?= (?:the )?(?:[\w'’-]+ ){{0,2}}?{FORCE_NOUNS}\b)",
        "advance",
        hints=("advance",),
    ),
    _p(
        # (not after a preposition: "get back to Russia through occupied Ukraine" is the adjective)
        r"(?<!-)(?<!\bin )(?<!\binto )(?<!\bthrough )(?<!\bfrom )(?<!\bacross )(?<!\bof )(?<!\bto )"
        # (nor Kyiv's "the temporarily occupied Crimea": the occupied land, no taking)
        # ("launched two missiles against occupied Skadovsk", "strikes on occupied Donetsk": a target's state)
        r"(?<!\bover )(?<!\bwithin )(?<!\bvia )(?<!\bagainst )(?<!\bon )(?<!\bat )(?<!\bnear )"
        r"(?<!temporarily )\boccupied\b"
        # (not "where Ukrainian troops have occupied new frontiers, the defense is reliable": a line held)
        r"(?! (?:new|defensive|prepared|reserve|more favou?rable) "
        r"(?:frontiers?|positions|lines|defen[cs]es)\b)"
        # (of a share of one too: "occupied most of Novomykhailivka")
        # ("have already occupied the nearby villages of Prechistivka and Vodyane")
        r"(?= (?:(?:most|part|parts|half|much|the rest|the bulk) of )?(?:the )?"
        rf"(?:{_SETTLEMENT_WORDS_BEFORE} )?(?:city|town|village|[A-Z])"
        # ... or the villages the sentence before named: 'DeepState said that Russia had "occupied" them'
        r"|[\"”’']? them\b)",
        "advance",
        needs_forces=True,
        hints=("occupied",),
    ),
    # Moscow's "its forces were occupying Lukyantsi and Hlyboke": ground being taken, as told
    _p(
        r"(?<=\bwere )occupying\b(?= (?:the )?(?:city|town|villages?|settlements?|[A-Z]))",
        "advance",
        needs_forces=True,
        hints=("occupying",),
    ),
    # a cross-border ground operation: "Ukraine launched a large-scale incursion into the region", "the
    # August 6 incursion into Russia's Kursk region", and one told as an attack across the border, "Ukraine
    # mounts a cross-border attack into Russia's Kursk region" (an attack into a region is ground taken in
    # it, not fighting along a line); not one attempted, foiled or repelled, nor one told as the backdrop
    # of a concession: see find_triggers
    _p(
        r"(?<!attempted )(?<!failed )(?<!foiled )(?<!thwarted )(?<!repelled )"
        r"\b(?:incursions?"
        r"|cross-border (?:ground )?(?:attacks?|offensives?|assaults?|operations?|raids?|push)) (?:in)?to\b"
        # "a surprise Ukrainian offensive into the neighboring Kursk region": an oblast entered
        r"|\b(?:ground )?offensive into\b"
        r"(?= (?:the )?(?:[a-z]+ )?(?:[A-Z][\w'’-]+ ){1,2}(?:[Rr]egion|[Oo]blast)\b)"
        # ... or one told near a named place: "an infantry incursion supported by tanks near Sudzha" (not a
        # drone's or an aircraft's)
        r"|(?<!attempted )(?<!failed )(?<!foiled )(?<!thwarted )(?<!repelled )(?<!drone )(?<!air )"
        r"\bincursions?(?: [\w-]+){0,6}? (?:near|around)\b",
        "advance",
        hints=("incursion", "cross-border", "offensive into"),
    ),
    # a monitor's "Russian forces now occupy the villages of X and Y": newly taken ground
    _p(
        r"\b(?:now|currently) occup(?:y|ies)\b(?= (?:the )?(?:cit|town|village|settlement|[A-Z]))"
        r"(?! (?:the )?(?:positions?|lines?|trenches|heights|areas?|territor\w*|parts?|much|most|about|some"
        r"|half|a|an|\d)\b)",
        "advance",
        needs_forces=True,
        hints=("occup",),
    ),
    # "Russian soldiers penetrated one kilometre towards Vovchansk", "penetrated into the Sumy Region"
    _p(
        r"\bpenetrat(?:ed|ing)\b(?! (?:the |its |their )?(?:\w+ )?(?:airspace|air defen[cs]es?|skies)\b)",
        "advance",
        needs_forces=True,
        hints=("penetrat",),
    ),
    # "information about the escape of Russians from Izyum": a flight is a retreat
    _p(
        r"\b(?:the )?(?:escape|flight) of (?:the )?(?:Russians|Ukrainians"
        r"|(?:Russian|Ukrainian) (?:troops|forces|units|army)|occupiers|invaders|enemy|troops) from\b",
        "retreat",
        hints=("escape", "flight"),
    ),
    # "the units of the AFU were forced to move away from Sievierodonetsk": troops that moved off a town
    # (the side told before the verb's helper: "were forced to" is a retreat's, as in "forced to run from")
    _p(
        r"\b(?:(?<=forced to )|(?<=had to )|(?<=ordered to ))move away from\b",
        "retreat",
        hints=("away from",),
    ),
    _p(r"\bmoved away from\b", "retreat", needs_forces=True, hints=("away from",)),
    # "Russian troops are now giving ground northeast of Kharkiv": ground given up
    _p(
        r"\b(?:giv(?:e|es|ing)|gave|given|ced(?:e|es|ed|ing)) (?:up )?ground\b",
        "retreat",
        needs_forces=True,
        hints=("ground",),
    ),
    # "The Russian army en masse left almost the entire occupied part of Kharkiv region": ground given up
    _p(
        r"\bleft\b" + _NOT_A_TOLL +
        r"(?= (?:(?:almost|nearly|virtually|practically) )?(?:the )?"
        r"(?:(?:entire|whole|occupied|remaining) ){0,2}(?:(?:part|parts|territory|territories|area|areas) of "
        r"(?:the )?)?(?:(?:city|town|village|settlement) of )?[A-Z])",
        "retreat",
        needs_forces=True,
        hints=("left",),
    ),
    # ISW's "Russian troops have moved west of the railway north of Stepove": ground gained
    _p(
        r"\b(?:moved|have moved|has moved)\b(?= (?:further |deeper |slightly )?"
        # (not "moved into positions near Bakhmut": a deployment)
        # (not "left Sudzha and moved closer to the Russian-Ukrainian border": back toward their own side)
        r"(?:(?:north|south|east|west)\w*(?:-(?:north|south|east|west)\w*)? of|closer to"
        r"(?! (?:the )?(?:[\w-]+ )?(?:state )?border\b)|up to)\b)",
        "advance",
        needs_forces=True,
        hints=("moved",),
    ),
    # "further advancements have been noted southwest of Pervomaiske", "reported advancements south of X"
    _p(
        # ("reported notable advancements, particularly towards the eastern outskirts of Stepove")
        r"\badvancements?\b(?=,? (?:(?:particularly|especially|mainly|notably|mostly) )?"
        r"(?:(?:have |has )?(?:been )?(?:noted|reported|recorded|observed|confirmed) )?"
        r"(?:(?:north|south|east|west)\w*(?:-(?:north|south|east|west)\w*)? of|near|in|around|towards?)\b)",
        "advance",
        hints=("advancement",),
    ),
    # a monitor's "Russian forces progressed near X, Y and Z", "made progress in X": ground gained
    _p(
        # ("the Ukrainian Armed Forces are making progress in the area of Klishchiivka")
        r"\b(?:progress(?:ed|es)|(?:made|making|make|makes) (?:some |further |slight |new |rapid "
        r"|significant |notable |swift |quick |steady |minor |small |limited |gradual |good |incremental "
        r"|considerable |marginal |modest |slow |a little bit of |a bit of |a little )?progress)\b"
        r"(?= (?:further |slightly )?(?:near|in|into|towards?|around|north|south|east|west)\b"
        # (the place before, where the forces are: "the Russian assault groups in Myrnohrad have made a little
        # bit of progress on the south side")
        r"| on the (?:north|south|east|west)\w* (?:side|flank|outskirts|part)\b)",
        "advance",
        needs_forces=True,
        hints=("progress",),
    ),
    # "the AFU achieved certain successes to the south of the settlement of X": ground gained
    # (and a minister's "reported 'some success' near Andriivka and Klishchiivka", a report's "assaulting
    # Russian positions on both flanks, with a success near Klishchiivka")
    _p(
        r"\b(?:achiev(?:ed|es|ing|e)|ha(?:d|s|ve|ving)|report(?:ed|s|ing)|with) [\"“]?"
        r"(?:a |some |certain |partial |significant |notable |new |further )?success(?:es)?[\"”]?"
        r"(?= (?:in|near|around|at|(?:to the )?(?:north|south|east|west)\w*"
        r"(?:(?:-| and )(?:north|south|east|west)?\w*)? of)\b)",
        "advance",
        needs_forces=True,
        hints=("success",),
    ),
    # "footage indicating their progress in southern Makarivka", "Russian progress near X": a side's
    # progress, as a noun, at a place
    _p(
        r"(?:(?<=\btheir )|(?<=\bits )|(?<=\brussian )|(?<=\bukrainian )|(?<=\benemy )|(?<=russia['’]s )"
        r"|(?<=ukraine['’]s ))(?:progress|push(?= in(?:to)? ))"
        r"(?= (?:further |slightly )?(?:in|into|near|towards?|around|(?:north|south|east|west)\w* of) "
        r"(?:the )?"
        r"(?:(?:north|south|east|west)\w* )?(?:(?:village|town|city|settlement) of )?[A-Z])",
        "advance",
        hints=("progress", "push"),
    ),
    # "nearly the entire city of Kurakhove is occupied by Russian forces": a monitor's news ("the villages of
    # X and Y are occupied by the invading forces": a regional council's)
    _p(
        r"(?:(?<=\bis )|(?<=\bare ))(?:(?:now|already|nearly|almost|fully|completely|largely) )?occupied"
        r"(?= by (?:the )?(?:(?:Russian|Ukrainian|invading) (?:forces|troops|army|military)\b"
        r"|(?:Russian )?(?:invaders|occupiers)\b|Russians\b))",
        "advance",
        place_before=True,
        hints=("occupied",),
    ),
    # "the village was occupied", "identified the settlements of X and Y as occupied": Russia's
    _p(
        r"(?<=was )occupied\b|(?<=were )occupied\b|(?<=been )occupied\b|(?<=as )occupied\b"
        # "Lukyantsi, which the enemy has almost completely occupied": with the degree it was taken to
        r"|(?<=\b(?:was|has|had) )(?:(?:almost|nearly|largely|fully|completely|mostly|practically|virtually"
        r"|already) ){1,2}occupied\b"
        # ("Kherson, which was also occupied by the Russian invaders")
        r"|(?:(?<=\bwas )|(?<=\bwere ))(?:also|later|then|soon|quickly|subsequently|eventually) occupied\b"
        # ("Soledar was most likely occupied by Russia on Jan. 16": an analyst's hedge, as "likely seized" is)
        r"|(?:(?<=\bwas )|(?<=\bwere ))(?:most )?(?:likely|probably|reportedly|apparently) occupied\b"
        # "the village of Borova was temporarily occupied by the Russian invaders, but ... regained": taken
        # then (not Kyiv's "the temporarily occupied territories", whose participle is no verb)
        r"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))temporarily occupied(?= by\b)",
        "advance",
        passive_actor="RU",
        place_before=True,
        hints=("occupied",),
    ),
    # a monitor's map: "DeepState identified the settlements of X, Y and Z as captured"
    _p(
        r"\b(?:identified|marked|listed|designated|shown|showed|shows)\b"
        r"(?=[^.;]{1,120}\bas (?:captured|taken)\b)",
        "advance",
        passive_actor="RU",
        place_before=False,
        hints=("identified", "marked", "listed", "designated", "shown", "showed", "shows"),
    ),
    # a headline's side "pushed back" from a town, "were" left out: it was pushed back, and retreated
    # ("Russian forces pushed back slightly from Ukraine's Mykolayiv, says governor")
    _p(
        r"\bpushed back (?:\w+ly |a little |a bit |somewhat )?(?:from|out of)\b",
        "retreat",
        hints=("pushed",),
    ),
    # who drives someone out advances; who is driven out retreats
    _p(
        # ("Russian forces have edged Ukrainian troops out of the refractory plant in Chasov Yar")
        # (not a headline's "Russian forces pushed back slightly from Mykolayiv": they were pushed back)
        # ("managed to drive the Ukrainians out of the industrial area of Kupyansk": the bare verb after "to")
        # ("have repelled Russian troops from Kupiansk": driven out, not an attack held off)
        r"\b(?:drove|driven|(?<=\bto )drive|threw|thrown|squeezed|push(?:ed|ing)?|knocked|kicked|edged"
        rf"|repell?ed(?= {_TROOPS_FROM})) "
        r"(?!back (?:\w+ly |a little |a bit |somewhat )?(?:from|out of)\b)"
        # (not "Russian forces pushed north out of Crimea": they moved on from it)
        r"(?!(?:(?:further|farther|deeper) )?(?:north|south|east|west)\w* (?:out of|from)\b)"
        # (nor a drive on a town, told by whence it came: "troops drove towards Chernihiv from the border")
        r"(?!(?:on )?towards?\b)"
        # (nor a fleet: "operations that pushed parts of the Russian fleet away from Crimea")
        r"(?!(?:[\w'’-]+ ){0,5}?(?:fleet|ships|vessels|warships|boats)\b)"
        r"(?:[\w'’-]+ ){1,6}?"
        r"(?:back out of|out of|back from|from|out (?:through|across) (?:the entire|all of|the whole)"
        # "pushed Russian forces beyond the city limits of Mykolaiv"
        r"|(?:back )?beyond (?:the )?(?:city limits|outskirts|borders?|boundar(?:y|ies)) of)\b"
        # (not a headline's "Ukrainian troops forced to withdraw from X": "were" left out, they retreated)
        # ("Moscow's troops had ejected Ukrainian forces from Kursk region")
        # (not people moved from a town: "authorities begin forced evacuation from Toretsk")
        r"|\b(?:ousted|expelled|ejected|dislodged|forced) (?!to\b)"
        r"(?!(?:evacuations?|relocations?|deportations?|displacement|removals?|resettlement|transfers?|labou?r"
        r"|mobili[sz]ation)\b)"
        r"(?:[\w'’-]+ ){0,4}?(?:out of|from)\b"
        # "our military continues to knock out the enemy from the Dronovka area" (troops, not a tank
        # knocked out; "knocking the Ukrainian army out of a village", not "knocking men out of shelters")
        r"|\bknock(?:ed|ing|s)? (?:out )?(?:the )?(?:[\w'’-]+ ){0,2}?"
        r"(?:forces|troops|units|soldiers|invaders|occupiers|enemy|russians|ukrainians|army|militants)"
        r"(?: from| out of)\b"
        # "forced the criminal army of the Russian Federation to retreat from the Kanal district"
        # ("credited with forcing Ukrainian fighters to abandon the village of Mеловoe")
        r"|\bforc(?:ed|ing) (?!to\b)(?:[\w'’-]+ ){1,8}?to "
        r"(?:(?:retreat|withdraw|flee|pull back) from|abandon|leave)\b"
        # "forced Ukraine into a hasty retreat from the city of Avdiivka"
        r"|\bforc(?:ed|ing) (?:[\w'’-]+ ){1,3}?into an? (?:[\w-]+ )?(?:retreat|withdrawal|pullout) from\b"
        # "pushed back Russian troops in Kherson": the pushing side gained the ground
        # ("pushed back the Russian army near three villages")
        # ("Ukrainian troops managed to push back Russian forces near Pishchane": the bare verb too)
        r"|\b(?:drove|drive|threw|push(?:ed|ing)?|forced|knocked) back (?!against\b)(?:the )?"
        r"(?:[\w'’-]+ ){0,2}?"
        rf"{_PUSHED_SIDE}\b"
        # "have pushed the Russians back near X", "pushed the enemy back in X"
        # ("have been able to push the Russians back 2 kilometers around Bakhmut")
        r"|\b(?:drove|threw|push(?:ed|ing)?|forced|knocked) (?:the )?(?:[\w'’-]+ ){0,2}?"
        rf"{_PUSHED_SIDE} back\b"
        r"(?! (?:to|towards?)\b)",
        "advance",
        passive_type="retreat",
        hints=(
            "drove",
            "driven",
            "drive",
            "threw",
            "thrown",
            "squeezed",
            "push",
            "knock",
            "kicked",
            "edged",
            "ousted",
            "expelled",
            "ejected",
            "dislodged",
            "forced",
            "forcing",
            "repelled",
        ),
    ),
    # "Russian units are approaching Seversk from several directions": troops nearing a town (drawn as near
    # it, like "closing in on"; a drone "approaching Kharkiv from the north" names no forces)
    # ("the enemy is rapidly approaching the outskirts of Pokrovsk"; "the Russian Armed Forces have
    # approached Gulyaipole": the perfect of it, or the past after the forces)
    _p(
        r"(?:(?:(?<=are )|(?<=is )|(?<=now )|(?<=were )|(?<=was )|(?<=been )|(?<=rapidly )|(?<=steadily ))"
        r"approaching"
        r"|(?:(?<=have )|(?<=has )|(?<=had )|(?<=forces )|(?<=troops )|(?<=units )|(?<=army )|(?<=already ))"
        r"approached)"
        r"(?= (?:the )?(?:outskirts of (?:the )?)?(?:city |town |village |settlement )?(?:of )?[A-Z])",
        "advance",
        needs_forces=True,
        hints=("approach",),
    ),
    # "Russian forces inch toward the town", "Russian troops are fighting towards the key logistics hub of
    # Pokrovsk": ground gained on the way to a town, drawn at it as "approaching" is
    _p(
        r"\binch(?:es|ed|ing)? (?:ever )?(?:closer )?(?:to|towards?)\b(?= (?:the )?(?:[\w-]+ ){0,4}?[A-Z])"
        r"|\bfighting (?:their way )?towards?\b(?= (?:the )?(?:[\w-]+ ){0,4}?[A-Z])"
        # "Russian forces have driven towards Ukraine's capital" (not "moving" or "headed": drones and
        # columns of equipment move and head towards cities in every air-defence report)
        r"|\b(?:drove|driven|driving|pressed|pressing|marched|marching) (?:on )?"
        r"towards?\b(?= (?:the )?(?:[\w'’-]+ ){0,4}?[A-Z])",
        "advance",
        needs_forces=True,
        hints=("inch", "fighting", "drove", "driv", "press", "march"),
    ),
    # troops set down by air or sea: "Russian paratroopers landed in Kharkiv", "an amphibious assault near
    # Mariupol"
    _p(
        r"(?:(?<=paratroopers )|(?<=troops )|(?<=forces )|(?<=marines )|(?<=commandos )|(?<=saboteurs )"
        r"|(?<=party )|(?<=group ))landed(?=\s+(?:on|in|at|near)\b)",
        "advance",
        needs_forces=True,
        hints=("landed",),
    ),
    _p(
        r"\b(?:(?:carried out|conducted|launched|staged) (?:an? )?)?(?:amphibious|airborne|heliborne) "
        r"(?:assault|landing|raid)s?\b"
        r"(?! (?:troops|forces|units?|brigades?|divisions?|regiments?|battalions?|ships?|vessels?|craft)\b)",
        "advance",
        needs_forces=True,
        hints=("amphibious", "airborne", "heliborne"),
    ),
    _p(
        r"\b(?:mov(?:ed|ing|es)|push(?:ed|ing|es)|press(?:ed|ing|es)) (?:further |deeper )?forward\b"
        r"|\bmade (?:a |another )?"
        r"(?:[\w-]+ ){0,2}push\b|\bclos(?:ed|ing|es) in on\b|\bmov(?:ed|ing|es) in on\b"
        # "Russian forces have made a sudden thrust into eastern Ukraine near the town of Dobropillia"
        r"|\bmade (?:a |another )?(?:[\w-]+ ){0,2}thrust (?=into|towards?|near)",
        "advance",
        needs_forces=True,
        hints=(
            "forward", "push", "closing in", "closed in", "closes in", "press", "moving in", "moved in",
            "moves in", "made",
        ),  # fmt: skip
    ),
    _p(
        # ("have seen Ukrainian forces establish a foothold near Krynky", "managed to secure a bridgehead";
        # not "Russian difficulties in establishing a foothold on the southern bank")
        r"(?<!difficulties in )(?<!difficulty in )(?<!problems in )(?<!failure in )"
        r"\b(?:(?:gain(?:ed|ing|s)?|secur(?:e|ed|ing|es)|establish(?:ed|ing|es)?|got|gets"
        r"|consolidat(?:ed|ing)) "
        r"(?:a |their |its )?|(?:creation|establishment) of (?:a |an )?(?:additional |new |small )?)"
        r"(?:foothold|footing)\b"
        r"|\b(?:secur(?:e|ed|ing|es)|establish(?:ed|ing|es)?) (?:a |their |its )?bridgehead\b"
        # "expanding the Serebryanka bridgehead on the right bank": more ground by the place it is named for
        r"|\b(?:expand(?:ed|ing|s)?|widen(?:ed|ing|s)?|enlarg(?:ed|ing|es)?) the"
        r"(?= (?:[A-Z][\w'’-]+ ){1,2}bridgehead\b)"
        # "Russian forces have established positions in the village of X" (not "new defensive positions")
        r"|\bestablish(?:ed|ing|es)? (?:their |its )?positions(?= (?:in|inside|within)\b)"
        # "Ukrainian troops took up positions north of Oleshky": a hold on new ground
        r"|\b(?:took|take|taken|taking|takes) up (?:new )?positions"
        r"(?= (?:in|near|on the outskirts of|(?:north|south|east|west)\w*(?:-\w+)? of) (?:the )?[A-Z])",
        "advance",
        hints=(
            "foothold", "footing", "bridgehead", "positions", "took up", "take up", "taken up", "taking up",
            "expand", "widen", "enlarg",
        ),  # fmt: skip
    ),
    _p(
        # (matched on lower case, so the lookahead's capital is any letter: not "reached friendly positions
        # near the city of Kherson", "reached their own lines", "reached safety", where a side came home)
        # ("They managed to reach the nearby village of Radkivka ... without serious losses": done)
        # (nor "the Russian-Ukrainian agreement reached on Friday": a deal, reached at a table)
        r"(?:(?<!agreement )(?<!agreements )(?<!deal )(?<!accord )(?<!consensus )(?<!compromise )"
        r"(?<!understanding )\breach(?:ed|ing)\b|(?<=managed to )reach\b|(?<=were able to )reach\b"
        r"|(?<=was able to )reach\b)"
        r"(?! (?:friendly|their own|its own|our own|own|safety|safe)\b)"
        r"(?! (?:their|its|the) (?:intended )?targets?\b)"  # drones that reached their targets: fire
        r"(?= (?:the )?(?:nearby |neighbou?ring )?(?:city |town |village |settlement )?(?:of )?[A-Z])",
        "advance",
        needs_forces=True,
        hints=("reach",),
    ),
    # "Avdiivka fell", "the fall of Avdiivka": the other side took it (a side is named, or the article says)
    _p(
        r"(?<=\w )fell\b(?! (?:silent|short|apart|victim|prey|ill|asleep|by|below|behind|sharply|back|to"
        r"|under|off|through|down|out|into|onto|upon|for|quiet|dark|from|near)\b)"
        # ("Moscow has claimed that the city has already fallen")
        r"(?! (?:[\w-]+ ){0,4}to\b)|\b(?:has|have|had) (?:already |now |finally |reportedly |effectively )?"
        # (not an amount: "the water level has fallen by nearly 1.5 meters", "prices have fallen sharply")
        r"fallen\b(?! (?:[\w-]+ ){0,4}to\b| under\b| by\b| sharply\b| below\b| (?:slightly|steadily)\b)",
        "advance",
        role="fallen",
        place_before=True,
        hints=("fell", "fallen"),
    ),
    # "Terny and Neskuchne were reportedly taken during ongoing clashes": places taken, by nobody named
    # (their subject right before the verb; not "civilians were taken during the raid", no place)
    _p(
        r"(?<=\w )(?:were|was|have been|has been) (?:reportedly |also |now |finally |allegedly )?taken\b"
        r"(?= (?:during|amid|in the course of)\b)",
        "advance",
        role="fallen",
        place_before=True,
        hints=("taken",),
    ),
    # (not "the fall of the wreckage of downed drones": debris, which is fire, below)
    _p(
        r"\b(?:the )?fall of\b"
        r"(?! (?:the )?(?:wreckage|debris|fragments?|remnants|drones?|missiles?|rockets?|shells?|uavs?)\b)",
        "advance",
        role="fallen",
        hints=("fall of",),
    ),
    # an attack told by its dead: "Russian troops launched a deadly attack in the Kharkiv region"
    _p(
        r"\b(?:deadly|lethal|fatal)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?)\b",
        "strike",
        hints=("deadly", "lethal", "fatal"),
    ),
    # weapons sent, aimed or directed at places (an oblast administration's daily word): "The Russians sent
    # MLRS Grad and heavy artillery to four communities", "the aggressor aimed FPV drones at Nikopol
    # region", "FPV drones and heavy artillery were directed at the district center"
    _p(
        # (weapons sent by the attacker only: "Ukraine sent more missiles to Kharkiv" is a delivery)
        r"(?:\b(?:(?<=russians )|(?<=enemy )|(?<=occupiers )|(?<=aggressor )|(?<=invaders ))sent"
        r"|\baimed|\bdirected)"
        r"(?!\s+(?:[\w-]+\s+){0,3}?(?:air[\s-]defen[cs]e|interceptor))\s+(?:[\w-]+\s+){0,4}?"
        r"(?:drones?|UAVs?|artillery|missiles?|rockets?|shells?|bombs?|Grads?|MLRS|mortars?|Shaheds?)"
        r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|artillery|missiles?|rockets?|shells?|bombs?|mortars?))?"
        r"\s+(?:at|to|against)\b"
        # (weapons only: "the second axis of attack was directed at the city center" is no strike)
        r"|\b(?:drones?|UAVs?|artillery|missiles?|rockets?|shells?|bombs?)\s+"
        r"(?:(?:was|were|had\s+been|have\s+been)\s+)?(?:also\s+|again\s+)?directed\s+(?:at|against)\b",
        "strike",
        hints=("sent", "aimed", "directed"),
    ),
    # air attacks told by their repelling: "additional strikes were repelled in the Amur, Ivanovo, and Ryazan
    # regions", "eight drones had been repelled" (not ground attacks repelled near a village: fighting that
    # took nothing)
    _p(
        r"\b(?:drones?|UAVs?|missiles?|strikes|(?:drone|missile|air|aerial) (?:attacks?|raids?))\s+"
        r"(?:(?:had|have|has)\s+been|were|was)\s+(?:also\s+|successfully\s+)?(?:repelled|repulsed|thwarted)\b"
        # ("eight drones were stopped": weapons only, not attacks stopped on the ground)
        r"|\b(?:drones?|UAVs?|missiles?)\s+(?:(?:had|have|has)\s+been|were|was)\s+(?:also\s+)?stopped\b",
        "strike",
        hints=("repelled", "repulsed", "thwarted", "stopped"),
    ),
    # "The town of Nikopol itself, and the hromadas of Marhanets and Myrove, suffered from the actions of the
    # Russian occupiers", "The Nikopol district has been suffering from enemy attacks since the morning"
    _p(
        r"\bsuffer(?:ed|ing|s)? from (?:the )?(?:(?:actions|attacks|shelling|strikes|fire|aggression) of\b"
        r"|(?:enemy|russian|ukrainian|artillery|drone|missile) (?:attacks|shelling|strikes|fire)\b)",
        "strike",
        role="target",
        place_before=True,
        hints=("suffer",),
    ),
    # "injured as a result of the fall of the wreckage of downed Russian drones": where the debris fell
    # ("due to the fall of UAV fragments, power outages occurred in the Kremenchuk district"; "damage to
    # power lines by UAV debris in the Poltava district")
    _p(
        rf"\bfall of (?:the )?(?:(?:{_DEBRIS_CRAFT}|shahed)s? )?{_DEBRIS}\b"
        rf"|\bby (?:the )?(?:falling )?(?:{_DEBRIS_CRAFT}|shahed)s? {_DEBRIS}\b",
        "strike",
        role="target",
        hints=("fall of", "debris", "wreckage", "fragments"),
    ),
    # "Andriivka is ours": the speaker's side holds it now (a deputy minister's news of a recapture)
    # (but "The town is ours. They are biting on the outskirts": a soldier's word on a town held, unless
    # it is news, "the village is ours again")
    _p(
        r"(?<=[A-Za-z] )(?:(?<!town )(?<!city )(?<!village )(?<!settlement )(?:is|are) "
        r"(?:now |once again |again |finally )?|(?:is|are) (?:now |once again |again |finally )"
        r"|(?:is|are) (?=ours (?:again|once again|now)\b))ours\b",
        "advance",
        role="ours",
        place_before=True,
        hints=("ours",),
    ),
    # "the second was taken without a fight", "the village was taken by storm": a place taken
    _p(
        r"(?:(?<=village was )|(?<=town was )|(?<=settlement was )|(?<=first was )|(?<=second was )"
        r"|(?<=third was )|(?<=latter was )|(?<=former was )|(?<=villages were )|(?<=settlements were )"
        r"|(?<=village had been )|(?<=village has been )|(?<=town had been )|(?<=town has been ))"
        r"taken\b(?= (?:without a fight|by storm|after|on|in|back|during|within|last|earlier|yesterday"
        r"|overnight)\b|[.,;])",
        "advance",
        place_before=True,
        hints=("taken",),
    ),
    # "the villages of X, Y and Z were taken by Russian forces", "the village of Pletenivka was also
    # taken.": taken by a side, or taken with nothing after it, is ground taken
    _p(
        # ("Gerasimov, who claimed Pokrovsk and Vovchansk had also been taken.")
        r"\b(?:was|were|(?:had|has|have)(?: also| now| already)? been) "
        r"(?:also |now |finally |reportedly |already )?taken\b"
        r"(?= by (?:the )?(?:Russian|Ukrainian|Russia|Ukraine|enemy|occupiers|invaders|Moscow|Kyiv|Kiev)\b"
        # ("the two small villages of Druzhba and Krymskoye ... have been taken this week.")
        r"|[.;]| (?:(?:earlier )?this|last) (?:week|month|weekend)[.;,]"
        # ("Pokrovsk has been taken, Gerasimov said")
        r"|, (?:[\w'’.-]+ ){1,5}?(?:said|says|claimed|claims|announced|reported)\b)",
        "advance",
        place_before=True,
        hints=("taken",),
    ),
    # "Russian troops have taken 13 villages since the beginning of November": a count of places taken
    _p(
        r"(?:(?<=\bhas )|(?<=\bhave )|(?<=\bhad ))(?:already |now |also )?taken\b"
        r"(?= (?:(?:over|more than|nearly|about|some|another|at least) )?(?:\d+|two|three|four|five|six"
        r"|seven|eight|nine|ten|a dozen|dozens of|several) (?:more )?"
        r"(?:villages|settlements|towns|localities)\b)",
        "advance",
        needs_forces=True,
        hints=("taken",),
    ),
    # "The nearby Makarivka was also taken, according to Kyiv's deputy defense minister": by the side the
    # story tells of (a place's name right before: not "civilians were taken, according to ..."); "Torske
    # has been taken, and so has Drobysheve": a place taken, and the one the ellipsis names
    _p(
        r"(?<=[a-z] )(?:was|were|had been|has been|have been) (?:also |now |finally |reportedly |already )?"
        r"taken(?=, according to\b|,? and so (?:has|have|was|were|had)\b)",
        "advance",
        role="fallen",
        place_before=True,
        hints=("taken",),
    ),
    # "the village was claimed by Russia last month": a claimed capture
    _p(
        r"(?<=was )claimed(?= by)|(?<=were )claimed(?= by)|(?<=been )claimed(?= by)",
        "advance",
        place_before=True,
        needs_ground=True,
        hints=("claimed",),
    ),
    # not a crossing as a noun: "a Russian pontoon crossing over the Dnipro"
    _p(
        r"(?<!pontoon )(?<!ferry )(?<!river )(?<!border )(?<!a )(?<!the )\bcross(?:ed|ing|es)?\b"
        # (not "crossed the border." with no place after it: the places before it are another clause's)
        r"(?= (?:the |into |over |[\w-]+ river\b))(?! the (?:state )?border\b(?! (?:into|near|at|in|to)\b))"
        r"|\bpushed across\b"
        # "Russian troops had managed to move part of their forces across the Oskil"
        r"|\b(?:mov(?:ed|e|es|ing)|transferr?(?:ed|ing)?) (?:part of |some of |most of )?(?:their|its|the) "
        r"(?:forces|troops|units|equipment|infantry) across\b",
        "advance",
        needs_forces=True,
        hints=("cross", "pushed", "mov", "transfer"),
    ),
    # ... the forces named as what was brought over: "the Ukrainian military says it has brought soldiers
    # across the Oskil River"
    _p(
        r"\b(?:brought|bring|brings|bringing|ferried|ferrying) (?:(?:its|their|the|some|more) )?"
        r"(?:soldiers|troops|forces|units|infantry) across\b",
        "advance",
        hints=("brought", "bring", "ferr"),
    ),
    _p(
        # (also "have been able to establish control over": what a side managed, told of a past success)
        r"\b(?:clawed back|claw back|established control (?:over|of)|secured)\b"
        # (not a deal or a swap won: "Ukraine secured the release of 25 defenders of Mariupol")
        r"(?! (?:the |a |an )?(?:[\w-]+ )?(?:release|return|freedom|exchange|swap|deal|agreement|funding"
        r"|loans?|aid|support|pledges?|commitments?|approval|guarantees?|passage|evacuation)\b)"
        # ... and the noun, its taker between: "the establishment of control by the Russian army over X"
        r"|\bestablishment of (?:full )?control\b(?= (?:by (?:the )?(?:[\w'’-]+ ){1,4})?(?:over|of)\b)"
        r"|(?<=\bable to )establish control (?:over|of)\b",
        "advance",
        needs_forces=True,
        hints=("claw", "establish", "secured"),
    ),
    # ... told in the passive, as Moscow's briefings do: "full control was established over Lisichansk and a
    # number of nearby settlements"
    _p(
        r"\b(?:full |complete |total )?control (?:was|has been|had been|have been|were) "
        r"(?:\w+ly |now |also )?(?:established|taken|gained) (?:over|of)\b",
        "advance",
        hints=("control",),
    ),
    # what a taking told just before took, listed (geo.events.extract keeps it only then): "The largest of
    # them are Belogorovka, Novodruzhesk, Maloryazantsevo and Belaya Gora"
    _p(
        rf"\b{LARGEST_OF_THEM_WORDS} (?:are|were|include|included)\b",
        "advance",
        hints=("largest", "biggest", "main"),
    ),
    # ISW's "Ukrainian forces have moved to secure Hostomel (31 March), Borodyanka ...": done, not meant
    _p(
        r"\bmoved to secure\b(?! (?:the |a |an )?(?:release|funding|aid|support|supplies|weapons)\b)",
        "advance",
        hints=("secure",),
    ),
    # a side that went round the other's positions: "Russian forces have outflanked Ukrainian positions in the
    # Prechystivka area" (active, forces named: "the town was outflanked" is left to who did it)
    _p(
        r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbeing )\boutflank(?:ed|ing|s)?\b",
        "advance",
        needs_forces=True,
        hints=("outflank",),
    ),
    # a side that slipped into a town: "Russian troops infiltrated Kupiansk" (forces named: saboteurs are not)
    _p(
        r"\binfiltrat(?:ed|ing|es)\b(?: into)?(?= (?:the )?(?:(?:city|town|village|outskirts) of )?[A-Z])",
        "advance",
        needs_forces=True,
        hints=("infiltrat",),
    ),
    # "Sudzha had been cleared of Moscow's troops": the troops named lost it
    _p(
        # (the verb in quotes too: 'had now been "cleared" of Ukrainian forces')
        r"\b(?:cleared|freed|purged)[\"”’']?\s+(?:of|from)\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:troops|forces|occupiers|invaders|enemy|units|soldiers)\b)",
        "advance",
        role="loser",
        place_before=True,
        hints=("cleared", "freed", "purged"),
    ),
    _p(
        # (not a toll: "left one dead", "left thousands without power")
        r"\bleft\b" + _NOT_A_TOLL + _TOWN_AFTER,
        "retreat",
        needs_forces=True,
        hints=("left",),
    ),
    # "the brigade lost its positions between Hryhorivka and Dubovo-Vasylivka": ground given up where
    # the positions were
    _p(
        # (a determiner after the verb: "regained lost positions" is the adjective)
        # ("forcing Russian troops to lose some positions on the dominant heights around the city")
        r"\b(?:lost|(?<=to )lose) (?:its|their|some|several|all|the|\d+|two|three|four|five) (?:[\w-]+ )?"
        r"positions (?=(?:between|near|in|at|around|outside|north|south|east|west|on the)\b)",
        "retreat",
        needs_forces=True,
        hints=("lost", "lose"),
    ),
    # ... and the noun, the side's own positions: "Ukrainian military personnel have confirmed the loss of
    # all their positions in the Serebryanske forestry"
    _p(
        r"\bloss of (?:all |some |several )?(?:its |their |our )(?:[\w-]+ )?positions "
        r"(?=(?:between|near|in|at|around|outside)\b)",
        "retreat",
        hints=("loss",),
    ),
    # "Moscow claimed control of Avdiivka", "the ministry claimed full control over Marinka", "had
    # declared control of Verbove"
    _p(
        # ("the Legion has asserted its control over the border town of Novaya Tavolzhanka")
        r"\b(?:claim|assert|declar)(?:ed|es|s|ing)? (?:its |their |full |complete |total )*"
        r"control (?:of|over)\b"
        r"(?! (?:the )?(?:skies|sky|air|airspace|sea|waters)\b)"
        # "Russian forces claimed the villages of Pishchane and Tykhe"
        r"|\bclaimed (?:the )?(?:villages?|towns?|settlements?|city|cities) of\b",
        "advance",
        hints=("claim", "assert", "declar"),
    ),
    # "Russian troops have breached the defence of the Ukrainian Armed Forces northwest of X"
    _p(
        # ("had pierced part of the Ukrainian lines", "had managed to break through Ukrainian defences at X")
        r"\b(?:breach(?:ed|es|ing)|broke through|broken through|break through|pierced?) (?:part of )?"
        r"(?:the |their |its )?"
        # ("had breached the Ukrainian army's defensive line near Kremennaya")
        # ("Ukrainian troops breached the Russian border near the village of Tetkino": ground entered)
        r"(?:[\w-]+ |[\w-]+ [\w-]+['’]s )?(?:defen[cs]es?|defen[cs](?:e|ive) lines?|front line|lines?"
        r"|(?:state )?border(?= (?:near|at|in|by|close to)\b))\b",
        "advance",
        hints=("breach", "broke", "broken", "break", "pierce"),
    ),
    # "a rapid breakthrough of the defence of the Russian army in the Balakliia area": the side whose
    # defence it was lost ground there
    _p(
        r"\b(?:breakthrough|breach|piercing) of(?= (?:the |their |its )?(?:[\w-]+ ){0,1}?"
        r"(?:defen[cs]es?|defen[cs]e lines?|front line|lines?)\b)",
        "advance",
        role="breach",
        hints=("breakthrough", "breach", "piercing"),
    ),
    # the Russian MoD's stock phrase for a small gain: "assault teams improved their tactical positions
    # near X", "improved the tactical situation in the area of Y"
    _p(
        # ("improved their forward positions near the key Ukrainian city of Kupiansk")
        r"\bimprov(?:ed|ing|es|e) (?:their |its |the )?(?:(?:tactical|forward|front-?line|combat|fighting) )?"
        r"(?:positions?|situation"
        r"|position along the front line)\b"
        # "Battlegroup Tsentr took more advantageous positions near X"
        r"|\b(?:took|taken|taking|occupied|occupying) (?:up )?(?:more )?(?:advantageous|favou?rable) "
        r"(?:positions|lines)\b",
        "advance",
        needs_forces=True,
        hints=("improv", "advantageous", "favo"),
    ),
    # "Russian forces expanded their foothold in Chasiv Yar", "widened the bridgehead at Krynky", "have
    # expanded their control south of the settlement"
    _p(
        r"\b(?:expand|widen|extend|enlarg)(?:ed|ing|s|es)? (?:their |its |the |a )?(?:zone of |area of )?"
        r"(?:footholds?|bridgeheads?|control|positions|presence)\b",
        "advance",
        needs_forces=True,
        hints=("expand", "widen", "extend", "enlarg"),
    ),
    # "Russian forces have pushed the front line to Zvirove": the line moved to the place
    _p(
        r"\b(?:pushed|pushing|moved|moving|shifted) (?:the )?front(?:[- ]?line)? (?:forward )?"
        r"(?:to|towards?|closer to)\b",
        "advance",
        needs_forces=True,
        hints=("front",),
    ),
    # "DeepState reported the occupation of Zelene Pole": a monitor's word for a taking it has recorded
    _p(
        r"\b(?:reported|reports|confirmed|confirms|announced|recorded|records|marked|marks|noted) "
        r"(?:the )?(?:full |complete )?occupation of\b"
        # "This advancement follows their earlier occupation of Lastochkyne": a side's recent taking
        # (not "Russia's hasty retreat from its occupation of the region around Kyiv": what it gave up)
        r"|(?<!from )\b(?:their|its) (?:earlier |recent |previous )?occupation of\b",
        "advance",
        passive_actor="RU",
        hints=("occupation",),
    ),
    _p(
        r"\b(?:took|taken|taking|take|seized|gained|gain|won|wrested|wrest|established"
        # a deed praised or told as the reason: "congratulated the military for allegedly gaining full
        # control over the town of Siversk"
        r"|(?<=\bfor )(?:allegedly |reportedly )?gaining|(?<=\bfor allegedly )gaining"
        # ... or a participle after its clause: "broke the Russian defense, gaining temporary control over X"
        r"|(?<=, )gaining) [‘'\"“]?"
        r"(?:full |complete |total |temporary |partial )?control (?:of|over)\b"
        # "Russian troops on Wednesday took charge of the eastern Ukrainian town of Vuhledar" (not "took
        # charge of the operation": a town's word follows)
        r"|\b(?:took|taken|taking|takes?) charge of "
        r"(?=(?:the )?(?:[\w-]+ ){0,2}(?:city|town|village|settlement)\b)"
        # the Russian ministry's "the transition to the control of the Russian troops of the settlement of X"
        r"|\btransition to (?:the )?control of\b(?= (?:the )?(?:russian|ukrainian)\b)",
        "advance",
        hints=("control", "charge"),
    ),
    _p(
        r"\btook\b(?! (?:place|part|aim|note|time|hold|steps|measures|action|shelter|refuge|cover|office"
        r"|power|charge|responsibility|over|off|out|up|down"
        # "took advantage of heavy fog", "took a heavy toll", "took prisoners", "took months"
        r"|advantage|(?:a |its |their |an? \w+ )?toll|prisoners?|captives?|hostages?|(?:the )?lives"
        # ... "it took two months of determined fighting to make them retreat"
        # ("It took more than 16 hours to extinguish the fire")
        r"|(?:(?:more than|over|about|nearly|almost|less than|just)\s+)?"
        r"(?:(?:a few|a|an|one|two|three|four|five|six|several|many|\d+)\s+)?"
        r"(?:years?|months?|weeks?|days?|hours?|minutes?)"
        r"|turns)\b)"
        # not "took the positions prepared in advance": troops falling back to their next line
        r"(?! (?:the |up |new |their |its |prepared |defensive )*(?:positions?|lines?|defen[cs]es?)\b)"
        # nor "took residents of the village of Sushany hostage": people seized, no ground
        r"(?!(?: [\w'’-]+){1,7} hostages?\b)"
        # nor "an ambulance took Kherson residents to the hospital": a town's people
        r"(?!(?: [\w'’-]+){1,2} (?:residents|people|civilians|citizens|children|patients|families|evacuees"
        r"|passengers)\b)"
        r"(?= (?:the )?(?:city|town|village|settlement|[A-Z]))",
        "advance",
        hints=("took",),
    ),
    # a taking told by its participle after the deed it crowned: "the pro-Moscow forces opened a new
    # front on the coast, taking the town of Novoazovsk", "after taking Soledar" (a town's word or a
    # capital follows: not "taking part", "taking shelter in", "taking Kyiv's side")
    _p(
        r"(?:(?<=, )|(?<=\bafter ))taking"
        # (the pattern runs on lower-cased text: "taking their artillery with them" is no place)
        # (nor "taking advantage of the replacement of Ukrainian units")
        r"(?! (?:their|its|his|her|our|your|them|it|him|all|some|any|each|every|everything|advantage)\b)"
        r"(?= (?:the )?(?:(?:city|town|village|settlement) of )?[A-Z][\w-]+\b(?!['’]))",
        "advance",
        hints=("taking",),
    ),
    # "the Russian claim that it had taken Urozhaine": a perfect tense, its object a place
    _p(
        # (an adverb may stand between: "its forces have now taken Mykhailivka")
        rf"(?:{_PERFECT_BEFORE})taken\b"
        r"(?! (?:a |an |the )?(?:steps?|part|measures?|place|into|over|up|out|off|on|away|back|hold|note|care"
        # ("had taken the life of another resident": a life)
        r"|action|aim|shape|root|prisoners?|captive|hostages?|refuge|shelter|cover|positions?|responsibility"
        r"|lives?|life"
        r"|advantage|control|charge|command|decisions?|time|days|weeks|months|years|\d"
        # "an attack that has taken longer than analysts expected"
        r"|longer|long|much|far|more|less|effect|notice"
        # "withdrawn to the outskirts of X and have taken pre-prepared defensive positions": a line held
        r"|pre-prepared|prepared|defensive|new (?:defensive )?(?:positions|lines))\b)"
        # ("We have taken this area under fire control": in range of its guns, not taken)
        r"(?![^.;]{0,40}?\bunder (?:(?:full|our|their) )?fire control\b)"
        r"(?= (?:the )?(?:(?:city|town|village|settlement) of )?[A-Z])",
        "advance",
        hints=("taken",),
    ),
    # "Ukrainian units surrounded in Kupiansk", "Russian forces were encircled in Lyman": the troops
    # cut off lost the place; the other side advanced
    _p(
        r"\b(?:(?:were|was|are|is|been|being|remain(?:s|ed)?|got)\s+)?(?:[‘'\"“]?(?:fully|almost|nearly|partially"
        r"|partly|completely|effectively|virtually|totally)[’'\"”]?\s+)?(?:surrounded|encircled|trapped|blocked"
        r"|blockaded|cut off)"
        r"(?=\s+(?:in|at|inside|near|around)\s|\s+on\s(?!(?:[\w-]+\s+)?(?:sides|flanks)\b))"
        # (not a town a side has surrounded on some sides: "Russian forces have the city surrounded on three
        # sides"; troops that "are surrounded on three sides" still are)
        r"|\b(?:were|was|are|is|been|being|remain(?:s|ed)?)\s+(?:surrounded|encircled)"
        r"(?=\s+on\s+(?:[\w-]+\s+)?(?:sides|flanks)\b)",
        "advance",
        role="loser",
        hints=("surround", "encircl", "trapp", "block", "cut off"),
    ),
    # "Chernihiv effectively cut off by Russian troops": the place cut off, by the side that took the ground
    # around it
    _p(
        r"\b(?:surrounded|encircled|cut off|blockaded)(?= by (?:the )?(?:Russian|Ukrainian|enemy)\b)",
        "advance",
        place_before=True,
        hints=("surround", "encircl", "cut off", "blockad"),
    ),
    # "its forces are tightening their encirclement of Ukrainian troops in the city of Pokrovsk": the troops
    # named are the ones cut off; "troops were encircling the eastern city": ground closing round it
    _p(
        r"\bencirclement of (?=(?:the )?(?:Ukrainian|Russian|enemy) (?:troops|forces|units|group(?:ing)?)\b)",
        "advance",
        role="loser",
        hints=("encircl",),
    ),
    _p(r"(?:(?<=were )|(?<=was )|(?<=are )|(?<=is ))encircling\b", "advance", hints=("encircl",)),
    # "separatists said they had “tightened their circle” around Mariupol", "tightening the noose
    # around Pokrovsk": ground closing round a town (troops named after it are the ones cut off, above)
    _p(
        r"\btighten(?:ed|ing|s)? (?:the |their |its )?[“\"‘']?(?:circle|ring|noose|encirclement|grip)"
        r"[”\"’']?(?= (?:around|round|on) (?:the )?(?:(?:city|town|village) of )?[A-Z])",
        "advance",
        hints=("tighten",),
    ),
    # "The Ukrainian Army completed the encirclement of Horlivka": a place closed round, by the subject
    _p(
        r"\b(?:complet(?:ed|es|ing)|clos(?:ed|es|ing)|achiev(?:ed|es|ing)|finish(?:ed|es|ing)) "
        r"(?:the |an |its |their )?(?:full |complete )?encirclement of"
        r"(?! (?:the )?(?:Ukrainian|Russian|enemy|Kyiv|Moscow)\b)"
        r"(?= (?:the )?(?:(?:city|town|village) of )?[A-Z])",
        "advance",
        hints=("complet", "clos", "achiev", "finish"),
    ),
    # "Ukrainian infantry has found itself encircled": the troops cut off lost the place
    _p(
        r"\bf(?:ound|inds?|inding) (?:itself|themselves) (?:\w+ )?(?:surrounded|encircled|trapped|cut off)\b",
        "advance",
        role="loser",
        hints=("found", "find"),
    ),
    # "... and leave Ukrainian forces in Zolote almost completely surrounded.": a state the troops are
    # left in (a degree word, then the clause ends), not a side that surrounds
    # ("the Russians remain surrounded, and are being cleared out"; "... remain surrounded — the Ukrainian
    # Defense Forces continue")
    _p(
        r"\b(?:[‘'\"“]?(?:almost|nearly|fully|partially|partly|completely|effectively|virtually|practically"
        r"|totally)[’'\"”]?\s+){1,2}"
        r"(?:surrounded|encircled|cut off)(?=\s*[,.;:)\"”]|\s*$|\s+and\b)"
        r"|\b(?:remain(?:s|ed)?|are\s+still|were\s+still|is\s+still)\s+"
        r"(?:surrounded|encircled|trapped|cut off)(?=\s*[,.;:)\"”—–]|\s*$|\s+and\b)"
        # "eliminating Ukrainian troops 'encircled' in Myrnohrad": the troops named are the ones cut off
        r"|(?<=troops )[‘'\"“]?(?:surrounded|encircled|trapped)[’'\"”]?(?= (?:in|near|around|at)\b)"
        r"|(?<=forces )[‘'\"“]?(?:surrounded|encircled|trapped)[’'\"”]?(?= (?:in|near|around|at)\b)"
        # "operations to eliminate encircled Ukrainian forces near Krasnoarmeysk": the side named after
        r"|\b(?:surrounded|encircled|trapped)"
        r"(?= (?:Ukrainian|Russian|enemy) (?:forces|troops|units|group|grouping)\b)",
        "advance",
        role="loser",
        hints=("surround", "encircl", "cut off", "trapped"),
    ),
    _p(
        # (not "the invasion has now entered its 29th month", "entered the war", "entered into force")
        # (nor "a Russian strike drone entered Lviv Oblast airspace": a drone's flight)
        # (nor "AFP journalists who entered Bucha": people who are no force)
        r"\b(?<!journalists who )(?<!reporters who )(?<!residents who )(?<!civilians who )"
        r"(?<!volunteers who )(?<!journalists )(?<!reporters )(?<!inspectors )(?<!investigators )"
        r"(?<!rescuers )"
        r"(?:(?:entered|entering)(?! (?:[\w-]+ ){0,3}?(?:airspace|air space)\b)"
        r"(?! (?:its|the|a|an|their|into) (?:[\w-]+ ){0,2}?(?:months?|years?|weeks?"
        r"|days?|phase|stage|round|decade|service|force|talks|negotiations|war|fray|conflict|agreements?"
        r"|deals?|history)\b)"
        r"|(?:pushed|pushing) (?:(?:deeper|further|farther) )?(?:(?:north|south|east|west)\w* )?into"
        # ("as Russian troops push deeper into the two cities": the present, with its adverb)
        r"|push(?:es)? (?:deeper|further|farther) into"
        # "armored vehicles of government forces have fought their way through to the town of Ilovaisk"
        r"|(?:fought|fighting) (?:its|their) way (?:through )?(?:to|into)"
        # ("Russian forces had also smashed their way into the nearby village of X")
        r"|(?:smash|forc|bull|punch|batter|shoulder)(?:ed|ing) (?:its|their) way (?:through )?(?:to|into)"
        # ("Ukrainian troops arrived in the centre of Kherson on Friday")
        r"|(?:arrived|arriving) in the (?:centre|center) of"
        # ("Russian forces swept into Yahidne", "tanks rolled into the town", "made a breakthrough to the
        # centre of the village")
        r"|(?:(?<=forces )|(?<=troops )|(?<=tanks )|(?<=soldiers )|(?<=army )|(?<=units )|(?<=columns )"
        r"|(?<=had )|(?<=have )|(?<=has )|(?<=they ))(?:swept|sweeping|rolled|rolling|stormed|storming) into"
        r"|(?:made|making) an? (?:[\w-]+ )?breakthrough (?:to|into|in)"
        # "by pushing swiftly over the border into the Kharkiv region"
        r"|(?:pushed|pushing) (?:\w+ly )?(?:over|across) the (?:state )?border into"
        # (not "the water masses of the Dnipro broke through the dam": a flood)
        # (nor "a drone broke through the roof of a two-story residential building": a hit)
        r"|(?:broke|broken) (?:into|through)(?! (?:the|a) (?:[\w-]+ )?(?:dam|levee|embankment|roof|wall"
        r"|ceiling|floor|window|fence|gate|door)s?\b)|breaking through"
        # ("Russia's advancing troops" are troops, described)
        # (not "two more advanced S-400 systems", "the most advanced weapons": an adjective of quality)
        r"|(?<!more )(?<!most )(?<!less )(?<!technologically )(?<!highly )advanced"
        # (nor "provided advanced positions with ammunition": the forward posts, a noun)
        r"(?! (?:positions|posts|outposts|observation posts|units|detachments|elements|guard)\b)"
        r"|advancing(?! (?:\w+ )?(?:troops|forces|units|army|armies|soldiers|columns|infantry)\b)"
        r"|advances|made (?:gains|advances)|gained ground|gaining ground"
        # ("Ukrainian forces were taking ground in the southeastern Zaporizhzhia region")
        r"|(?:taking|took) ground(?= (?:in|near|around|east|west|north|south)\b)"
        # (not "the defeat of the surrounded enemy": the participle describes the troops)
        # (not "exit the semi-surrounded Avdiivka": a town described as half encircled; but "the city had been
        # half-encircled by the Ukrainian troops" tells it)
        # (nor "Surrounded by pine forests ..., Bucha was a peaceful location": a landscape)
        # (nor "the almost encircled town of Myrnohrad", a town described as all but cut off)
        r"|(?<!the )(?<!the semi-)(?<!the half-)(?<!the almost )(?<!the nearly )(?<!the partially )"
        r"(?<!the virtually )(?:surrounded|encircled)"
        r"(?! by (?:[\w-]+ ){0,2}?(?:forests?|woods?|fields?|hills?|mountains?|trees|lakes?|water|swamps?"
        r"|marshes|farmland|greenery|vineyards?|orchards?)\b)"
        r"|(?<=the )(?:surrounded|encircled)(?! (?:enemy|troops|forces|units|grouping|garrison|soldiers)\b)"
        # "The Russian forces have blockaded Kiev and Chernigov": a city closed round (not "blockaded ports")
        r"|blockaded(?= (?:the )?(?:city of |town of )?\w)"
        # "the Russian army began encircling the town of Kurakhovo"
        r"|(?<=began )(?:encircling|surrounding)|(?<=started )(?:encircling|surrounding))\b",
        "advance",
        hints=(
            "enter", "push", "broke", "breaking", "advanc", "surround", "encircl", "made", "gained",
            "gaining", "fought", "fighting", "blockaded", "way", "swe", "roll", "storm", "making", "arriv",
            "taking", "took",
        ),  # fmt: skip
    ),
    # "after the Armed Forces of Ukraine invaded the territory of the Kursk region": forces that crossed in
    # (not "since Russia invaded Ukraine": the war itself, at no place)
    _p(
        r"\binvad(?:ed|es|ing)\b(?!\s+(?:Ukraine|Russia|Georgia|the country)\b)"
        # (not the participle that describes forces: "fighting between Ukrainian troops and invading Russian
        # forces")
        r"(?<!\binvading(?= (?:russian |ukrainian |enemy )?(?:forces|troops|army|armies|units|soldiers)\b))",
        "advance",
        needs_forces=True,
        hints=("invad",),
    ),
    # "has sealed off a large Ukrainian group north and west of Kupyansk", "blocked the enemy
    # garrison in X": an encirclement, told by the troops cut off (the roads a side blocks are not;
    # "semi-encircling our units" is mostly an aim, left out)
    _p(
        r"\b(?:seal(?:ed|s)? off|block(?:ed|s)?|blockad(?:ed|es)|encircles|surrounds|trapped|cut off) "
        # (not "Chernihiv effectively cut off by Russian troops": the troops that cut it off, below)
        r"(?!by\b)(?:(?:a|an|the|some|up to|about|over)\s+)?"
        r"(?:[\w-]+ ){0,3}?(?:group(?:ing)?s?|garrisons?|units|troops|soldiers|servicemen|formations)\b",
        "advance",
        hints=("seal", "block", "encircl", "surround", "trapp", "cut"),
    ),
    _p(
        # (not "how many drones Russia launched to attack the Danube ports": what was launched is fire)
        # (not "the fire at the refinery started after an attack by a drone": what began, after the attack)
        # ("when Russia initiated an offensive in the northeastern Kharkiv region")
        r"\b(?:launch(?:ed|ing)?(?! to\b)|began|begun|start(?:ed|ing)|initiat(?:ed|ing))"
        r"(?! (?:after|before|during|since|following|amid|as|when)\b) (?:a |an |the )?"
        r"(?!(?:[\w-]+ ){0,2}(?:missile|drone|rocket|air|artillery|kamikaze|massive|massed|combined(?! arms)"
        r"|grenade|mortar"
        # "Ukraine launch HIMARS attack at Antonovsky Bridge": a named weapon's attack is fire
        r"|guided|bomb|uav|fpv|terrorist|overnight|nighttime|night|himars|atacms|iskander|kinzhal|kalibr|aerial"
        r"|shahed|ballistic|unsuccessful|failed|futile|abortive|fruitless"
        # ("Russian troops launched a deadly attack in the Kharkiv region, causing casualties": fire)
        r"|deadly|lethal|fatal"
        # (nor the war itself: "since it took Crimea in 2014 and launched its full-scale assault in February
        # 2022")
        r"|full-scale|all-out)s?\b)"
        r"(?:[\w-]+ ){0,3}"
        r"(?:counter-?offensive|offensive|counter-?attack|assault|attack|storming)\b"
        # (not "launched an attack, presumably using Shahed-type UAVs, on ...": a drone attack; nor one
        # "mostly targeting energy infrastructure", nor one on a community)
        rf"(?!{_USING_WEAPONS})(?!{_WEAPONS_LATER})(?!{_FIRE_AIM_LATER})(?! on{_COMMUNITY_AFTER})"
        rf"(?!{_CIVILIANS_KILLED_AFTER})(?!{_HARM_AFTER})(?!{_WEAPON_TOLD_AFTER})"
        # (nor one on a port or a plant, which no infantry storms: "launched an attack on the port of Reni")
        # (or on a named one: "launched an attack on the Saky airfield")
        r"(?! (?:on|against) (?:the )?(?:[\w'’-]+ ){0,2}?(?:sea)?(?:port|harbou?r|refinery|oil depot"
        r"|power plant|airfield|air ?base)s?\b)",
        "advance",
        hints=("launch", "began", "begun", "start", "initiat"),
    ),
    _p(
        # (not one held off: "Kremlin troops have since pushed back against Ukrainian counterattacks")
        r"(?<!against )(?<!against Ukrainian )(?<!against Russian )(?<!against the )(?<!against enemy )"
        r"\b(?:counter-?offensive|counter-?attack)s? (?=(?:in|around|near|on|towards?) )",
        "advance",
        hints=("counter",),
    ),
    _p(r"\b(?:gains|territorial gain)\b", "advance", hints=("gain",)),
    _p(
        r"\b(?:counter-?offensive|offensive|assault)\s+(?:began|begun|was launched|started)\b",
        "advance",
        hints=("offensive", "assault", "counter"),
    ),
    _p(
        # ("reaching the industrial outskirts of the town in the northeast")
        # ("Russian troops have breached the eastern fringes of the fortified city of Kostyantynivka")
        # (not "The fighting has reached the edges of Vovchansk": the front came, no side's ground told)
        r"(?<!fighting has )(?<!fighting had )(?<!fighting )(?<!battles have )(?<!battle has )"
        r"\b(?:reach|breach)(?:ed|ing)\s+(?:the\s+)?(?:(?:industrial|[\w-]*(?:north|south|east|west)\w*)\s+)?"
        r"(?:outskirts|state border|border|banks?|centre|center|edges?|fringes)\b",
        "advance",
        hints=("reach", "breach"),
    ),
    _p(
        # ("the Russian tricolor now proudly flies over the village of X")
        # ("the Ukrainian flag returned to Chkalovske": the flag back over a town retaken)
        r"\b(?:flags?|tricolou?rs?) (?:\w+ ){0,2}(?:fl(?:ying|ew|ies|own)|raised|hoisted|was raised"
        # ("The Ukrainian flag is hanged on the building of the city council of Sviatohirsk")
        r"|(?:is|was|has been|were) (?:hanged|hung|put up|installed)"
        r"|returned to|over"
        r"|(?:\w+ )?flutter(?:ing|s|ed))\b",  # "a blue-and-yellow flag is finally fluttering"
        "advance",
        hints=("flag", "tricolo"),
    ),
    _p(
        r"\b(?:wav(?:ed|ing)|rais(?:ed|ing)|hoist(?:ed|ing)|plant(?:ed|ing)|hang(?:ed|ing)?(?: up)?"
        r"|hung(?: up)?|put up|install(?:ed|ing)?) (?:[\w'’-]+ ){0,2}flags?\b",
        "advance",
        hints=("flag",),
    ),
    _p(r"\bholding (?:[\w'’-]+ ){0,4}flag\b", "advance", hints=("flag",)),
    # forces settling into ground they entered: "the occupiers are already consolidating in Ustynivka", "the
    # Russians are entrenching themselves in a district of Lysychansk" (not "remain entrenched in": held)
    _p(
        # ("have established themselves in the southeast of Vuhledar", a quote's words between)
        r"\b(?:consolidat(?:ing|ed|es?)|(?:entrench|establish)(?:ing|ed|es) themselves)"
        r"(?= [\"“]?(?:in|at) (?:the )?(?:(?:[\w-]+ ){0,2}?[\"”]?(?:of|near) )?[A-Z])",
        "advance",
        needs_forces=True,
        hints=("consolidat", "entrench", "establish"),
    ),
    _p(
        # (forces' and a clause's: "troops are on the outskirts of X", "reports of Ukrainian forces on the
        # outskirts of X"; not "an officer in a brigade on the outskirts of X", which says where someone is)
        r"(?:(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bnow )|(?<=\bbeen )|(?<=\bis )|(?<=\bremain )"
        r"|(?<=\bstand )|(?<=\bforces )|(?<=\btroops )|(?<=\bunits ))(?:already |now |still )?"
        r"(?:on the outskirts of|at the gates of|on the approaches to)\b"
        # "the enemy is already in Pokrovsk", "Russian troops are now in the centre of Toretsk"
        r"|(?:(?<=\bare )|(?<=\bis )|(?<=\bwere )|(?<=\bwas ))(?:already|now) (?:in|on the territory of)\b"
        r"(?= (?:the )?(?:(?:centre|center|heart|city|town|village) of )?(?:the )?[A-Z])",
        "advance",
        needs_forces=True,
        hints=("outskirts", "gates", "approaches", "already", "now"),
    ),
    # fighting inside a town or its centre: the attacker is in it ("Russian forces were attacking Hirnyk from
    # several directions and fighting in the centre of the town"; not "fighting near X", a contact)
    _p(
        r"\b(?:fighting|fights?|clashes|battles?|battling)"
        r"(?: (?:is|are|was|were|continues|continued|raged|rages|went on|goes on))?"
        r"(?: (?:now|already|still|under ?way|ongoing))?"
        # ... or inside the town: "Russian troops are now fighting inside the city of Pokrovsk"
        r" (?:in the (?:very )?(?:centre|center|heart) of|inside"
        # (a town's name or "the city of": not "inside the encirclement near X", "inside their positions")
        r"(?= (?:the (?:city|town|village|settlement) of |(?!(?:the|an?|their|its|our|enemy)\b))))\b",
        "advance",
        needs_forces=True,
        hints=("centre", "center", "heart", "inside"),
    ),
    # forces that took ground: "Russian forces are in control of X", "took over X" (not "in full control of
    # the situation", "took over the command")
    _p(
        r"(?:\b(?:is|are|was|were) (?:now |already |fully |firmly )?in (?:full |complete )?control"
        r" (?:of|over)|\b(?:took|taken|taking|take) over)\b"
        r"(?! (?:the |a |an )?(?:situation|skies|sky|airspace|sea|initiative|battlefield|narrative"
        r"|information|process|command|operation|duties|role|post|leadership|responsibility)\b)",
        "advance",
        needs_forces=True,
        hints=("control", "took over", "taken over", "taking over", "take over"),
    ),
    _p(
        # not "regain lost ground", "retake lost positions": an aim, and the loss is not this event
        # nor "the territories lost last fall": a participle that names ground by an old loss
        r"(?<!regain )(?<!retake )(?<!recapture )(?<!recover )(?<!reclaim )(?<!territories )(?<!territory )"
        # ("appear to be retaking lost ground", "regained lost positions": the taking back, told above)
        r"(?<!retaking )(?<!regaining )(?<!recapturing )(?<!recovering )(?<!reclaiming )(?<!retook )"
        r"(?<!regained )(?<!recaptured )(?<!recovered )(?<!reclaimed )(?<!retakes )(?<!regains )"
        # (nor a comparison: "have recaptured more territory this year than they have lost")
        r"(?<!than they have )(?<!than they had )(?<!than they )(?<!than we have )(?<!than it has )"
        # nor "electrical power was lost in several districts": a service
        r"(?<!power was )(?<!power is )(?<!electricity was )(?<!contact was )(?<!connection was )"
        r"(?<!supply was )(?<!lives were )(?<!power has been )"
        # nor "one person was lost, four were wounded": a life
        r"(?<!person was )(?<!people were )(?<!persons were )(?<!man was )(?<!woman was )(?<!child was )"
        # nor "without specifying how many aircraft were lost": machines
        r"(?<!aircraft were )(?<!aircraft was )(?<!planes were )(?<!jets were )(?<!helicopters were )"
        r"(?<!vehicles were )(?<!tanks were )(?<!ships were )"
        # nor "communication in the city was lost for a short period": a link, not ground
        r"(?<!communication was )(?<!communications were )(?<!contact was )(?<!connection was )"
        r"(?<!signal was )(?<!power was )(?<!electricity was )(?<!internet was )(?<!in the city was )"
        # ... and men ("up to 620 servicemen, along with tanks and other military hardware, were lost")
        r"(?<!hardware were )(?<!hardware, were )(?<!servicemen were )(?<!soldiers were )(?<!troops were )"
        r"(?<!personnel were )(?<!equipment was )(?<!equipment were )(?<!equipment, were )"
        # nor "compensation for property lost during Ukraine's incursion": a home, not ground
        r"(?<!property )(?<!homes )(?<!housing )(?<!belongings )"
        r"\b(?:lost|losing|loses|lose)\b"
        # (not "the city of Konotop was lost to Russian forces": the side after "to" took it, below)
        rf"(?! to (?:the )?{_SIDE_WORD})"
        # ('losing "thousands" of people': a quoted count too)
        # ("almost every household in Hroza lost someone": the dead, not ground)
        r"(?! [\"“‘']?(?:men|soldiers|servicemen|personnel|fighters|troops|lives|equipment|tanks|thousands"
        r"|hundreds|someone|somebody|loved ones|relatives|family members|everything"
        r"|dozens|many|much|face|patience|interest|power|support|contact|\d"
        # ("Russian forces have lost so much military hardware at the airport": machines, not ground)
        r"|so much|so many|hardware|military (?:hardware|equipment|vehicles)"
        # ("Russia lost significant forces": men, however many)
        r"|(?:significant|considerable|heavy|large|substantial|huge|major) (?:forces|numbers|losses)"
        # "drones that ... lost control crashed": a drone's control, no ground (not "lost control of X")
        r"|control(?= \w)(?! (?:of|over)\b)))"
        # "lost up to 145 soldiers", "lost over 1,000 servicemen": a count of the dead, not ground
        r"(?! (?:up to|over|about|around|nearly|almost|more than|as many as|at least|some|roughly"
        r"|approximately|another) (?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens"
        # ("lost up to a battalion of North Korean infantry": a unit's worth of men)
        r"|hundreds)\b|an? (?:[\w-]+ )?(?:battalion|company|platoon|brigade|regiment)\b))"
        # "an elderly woman lost her life in a bomb shelter": a life or a home, not ground
        r"(?! (?:his|her|their|your|my|our) (?:li(?:fe|ves)|homes?|houses?|sons?|daughters?|husbands?"
        r"|wi(?:fe|ves)|children|relatives|loved ones|jobs?)\b)"
        # "the refinery lost part of its capacity due to the attack": output, not ground
        r"(?! (?:part|some|most|half|much|all) of (?:its|their|the) (?:[\w-]+ )?(?:capacity|output|production"
        r"|processing|power|generation)\b)"
        # "lost a combined detachment of tanks": a unit lost, not ground
        r"(?! (?:a |an |the |their |its |two |three |several )?(?:[\w-]+ ){0,2}?(?:detachments?|units?"
        r"|company|companies|battalions?|platoons?|groups?|columns?|vehicles?|aircraft|helicopters?|planes?"
        r"|jets?|ships?|positions?|commanders?|generation|electricity|capacity|power"
        # "Kiev lost two D-20 howitzers": weapons lost, no ground
        r"|howitzers?|guns?|launchers?|mortars?|drones?|radars?|APCs?|IFVs?)\b)",
        "advance",
        role="loser",
        hints=("los",),
    ),
    _p(
        # (positions lost are a withdrawal from them: the pattern above)
        r"\b(?:the )?loss(?:es)? of\b"
        r"(?! (?:all |some |several )?(?:its |their |our )?(?:[\w-]+ )?positions\b)"
        r"(?! (?:life|lives|men|soldiers|troops|equipment|combat|capabilit"
        r"|momentum|power|electricity|personnel"
        # "residents are grieving the loss of at least 52 people": the dead, counted
        r"|(?:[a-z\d,-]+ ){0,3}?(?:people|civilians|residents|children|relatives|loved ones|family|families"
        r"|friends|neighbou?rs|homes|jobs|income|compensation|payments|benefits|property)"
        # "Russians confirm the loss of the ship in Feodosia": a ship, an aircraft, no ground
        r"|(?:the |a |an |its |their )?(?:[\w-]+ )?(?:ships?|vessels?|warships?|submarines?|aircraft|planes?"
        r"|jets?|helicopters?|tanks?)\b"
        # "the total losses of the Ukrainian armed forces in the Kursk area": men, not ground
        r"|(?:the )?(?:ukrainian |russian |enemy |ukraine's |russia's )?"
        r"(?:armed forces|army|military|forces|units)"
        # "due to the significant losses of the Russians near Vuhledar": men again ("Losses of Russian
        # occupiers" too)
        r"|(?:the )?(?:ukrainian |russian |enemy )?(?:russians|ukrainians|occupiers|invaders|enemy|aggressor)"
        r"\b(?!['’])))",
        "advance",
        role="loser",
        hints=("loss",),
    ),
    # "the city of Konotop was lost to Russian forces": a place lost to a side, which took it
    _p(
        r"(?<=[a-z] )(?:was|were|has been|have been|had been) (?:\w+ly )?lost(?= to (?:the )?"
        + _SIDE_WORD
        + ")",
        "advance",
        role="taker",
        place_before=True,
        hints=("lost",),
    ),
    # "Vuhledar is the latest urban settlement to fall to the Russians": a fall told done (not "the next")
    _p(
        # ("the first significant town to capitulate under Russia's onslaught")
        r"\b(?:latest|first|last|most recent|newest) (?:[\w-]+ ){0,3}to (?:fall to|capitulate under)\b",
        "advance",
        role="taker",
        hints=("fall to", "capitulate"),
    ),
    # "Last year saw ... Avdiivka and Vuhledar fall to the Russian onslaught": a fall watched, to a side
    _p(
        r"(?<=[A-Za-z] )fall to\b"
        r"(?= (?:the )?(?:Russian|Ukrainian|Russia|Ukraine|enemy|invad|occup|Moscow|Kyiv))",
        "advance",
        role="taker",
        place_before=True,
        hints=("fall to",),
    ),
    # "... with last month Velyka Novosilka as well as Kurakhove falling.": the places fell, as it closes
    _p(
        r"(?<=[a-z] )falling"
        r"(?=(?: (?:(?:earlier )?this|last) (?:week|month|year|weekend)| earlier)?(?:[.;]|$))",
        "advance",
        role="fallen",
        place_before=True,
        hints=("falling",),
    ),
    # "footage geolocated by CNN showed Ukrainian forces in the town of Volokhiv Yar": a side seen where it
    # got
    _p(
        r"\b(?:showed|shows|showing)(?=\s+(?:Ukrainian|Russian)\s+(?:forces|troops|soldiers|servicemen|units)"
        r"\s+(?:in|inside|entering|on\s+the\s+outskirts\s+of)\b)",
        "advance",
        role="taker",  # the side seen, right after the verb
        hints=("showed", "shows", "showing"),
    ),
    # Syrskyi's "Klishchiivka was cleared of Russians": the place taken from the side named after it
    _p(
        r"(?<=[a-z] )(?:was|were|has been|have been|had been) (?:fully |completely |now )?cleared of"
        r"(?= (?:the )?(?:Russians|Ukrainians|Russian|Ukrainian|enemy|occupiers|invaders)\b)",
        "advance",
        role="loser",
        place_before=True,
        hints=("cleared",),
    ),
    # "Russian occupiers covered the Tsentralnyi district of Kherson with massive fire": fire on its object
    _p(
        # ("covered the Karpivsk and Shyrokivsk communities with "Hurricanes"": a rocket system's name)
        r"\bcovered(?= (?:the )?(?:[\w'’-]+ ){0,6}?with (?:[\w-]+ ){0,2}?[\"“«]?(?:fire|shelling|strikes"
        r"|volleys|hurricanes?|uragans?|grads?|smerch\w*|tornado\w*|MLRS|artillery|mortars?|rockets?|shells?)\b)",
        "strike",
        hints=("covered",),
    ),
    # ... and the gunners' word for hitting a gathering: "covered a cluster of Russian troops and equipment on
    # the Kinburn spit"
    _p(
        r"\bcovered(?= (?:an? |the )?(?:clusters?|concentrations?|accumulations?|gatherings?) of )",
        "strike",
        needs_forces=True,
        hints=("covered",),
    ),
    # ISW's "geolocated footage confirms Russian presence in eastern Yelizavetivka and central Trudove": a
    # side seen where it got
    _p(
        r"(?:(?<=confirms Russian )|(?<=confirmed Russian )|(?<=indicates Russian )|(?<=shows Russian )"
        r"|(?<=confirms Ukrainian )|(?<=confirmed Ukrainian )|(?<=indicates Ukrainian )"
        r"|(?<=shows Ukrainian ))"
        r"presence(?= in\b)",
        "advance",
        hints=("presence",),
    ),
    # the General Staff's word for a withdrawal: "the units of the Defense Forces carried out an organized
    # maneuver near the settlements of Lysivka and Sukhyi Yar"
    _p(
        r"\b(?:carried out|conducted|performed|made) an? (?:organi[sz]ed |planned )"
        r"(?:maneuv(?:er|re)|manoeuvre)\b",
        "retreat",
        needs_forces=True,
        hints=("carried", "conducted", "performed", "made"),
    ),
    # "Kyiv's forces had relinquished control of the village": ground given up, told as control
    _p(
        r"\brelinquish(?:ed|es|ing)? (?:full |its |their )?control (?:of|over)\b",
        "advance",
        role="loser",
        hints=("relinquish",),
    ),
    _p(
        # (not "a drone the falling of which led to a house catching fire")
        # (not a man who "fell victim to a cruel attack", nor one who "fell prey to")
        # (nor "temperatures fell to -16 degrees")
        r"\b(?:fell|falling|fallen) (?!back\b|of which\b|victim\b|prey\b)(?:\w+ ){0,4}to\b(?!\s*[-−–]?\d)",
        "advance",
        role="taker",
        hints=("fell", "fall"),
    ),
    # retreats: leaving ground
    _p(
        # not "retreating Russian forces", "withdrawing troops": a participle that describes the troops
        # ("exploited limited Russian withdrawals east of Brovary")
        r"\b(?:withdr(?:ew|awn|aws)|withdraw(?:als?)?"
        # (not "all lines of retreat had been blocked": the way out, no ground left)
        r"|(?<!lines of )(?<!line of )(?<!routes of )(?<!route of )(?<!paths of )(?<!path of )"
        r"retreat(?:ed|s)?"
        r"|(?:withdrawing|retreating)"
        r"(?! (?:russian |ukrainian |enemy )?(?:forces|troops|units|columns|soldiers)\b)"
        # (nor "withdrawing all civilian services from the village": offices moved, no troops)
        r"(?! (?:all )?(?:civilian|civil|administrative|public|municipal) (?:services|institutions"
        r"|offices)\b)"
        # (not "men were pulled out from under the rubble in Zmiiv": a rescue)
        r"|pull(?:ed|ing)? (?:back|out(?! (?:from )?(?:under )?(?:the )?(?:rubble|debris|ruins)))"
        # (not "Moscow has since pushed back on the region": pushed against it)
        r"|pull-?out|ceded?|ceding|fled|fleeing|flee|thrown back|pushed back(?! (?:on|against|at)\b)"
        # not "occupy abandoned houses": what was left empty, not ground given up
        # (nor "an abandoned hotel": a participle after an article describes the noun)
        # (nor "Pokrovsk has been largely destroyed and abandoned": a ruin its people left)
        r"|(?<!\ban )(?<!\ba )(?<!destroyed and )(?<!devastated and )(?<!ruined and )(?<!damaged and )"
        r"abandon(?:ed|ing)"
        # (nor "after abandoning her inundated village": a resident leaving her home)
        r"(?! (?:her|his|my) )"
        r"(?! (?:[\w-]+ )?(?:houses|homes|apartments|flats|buildings|property|vehicles|cars"
        r"|equipment|weapons|tanks|personnel|soldiers|servicemen|troops|men|wounded|military|the military"
        # ("Russia had abandoned its offensive": no ground given up)
        r"|offensive|assault|attack|push|bid|campaign|siege|attempts?|plans?|efforts?|idea)\b)"
        r"|driven (?:out|back)|pushed out"
        # "the enemy was knocked out of Andriivka" (not a tank "knocked out of action")
        r"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bget )|(?<=\bgot ))knocked out of"
        r"(?! action| commission| service| the (?:war|fight))"
        # "many terrorists desperately were escaping from Ilovaisk" (civilians' escapes are left out below)
        r"|escap(?:ed|ing) from"
        # (not "gave up on forcing the river": an attempt given up, no ground)
        r"|forced out|(?:gave|giving) up(?! on \w+ing\b)|fell back|falling back|fall back"
        # "were forced to run from their positions", "ran away from the village"
        r"|(?<=forced to )run (?:away )?from|ran away from)\b"
        # (not "were repulsed by our defenders and retreated with losses": attackers thrown back, no ground)
        r"(?! with (?:heavy |significant |considerable |great |big |serious )?losses\b)",
        "retreat",
        hints=(
            "withdr",
            "retreat",
            "pull",
            "ced",
            "abandon",
            "fle",
            "thrown",
            "pushed",
            "driven",
            "forced",
            "gave",
            "giving",
            "fell back",
            "falling back",
            "fall back",
            "run ",
            "ran away",
            "escap",
            "knocked out of",
        ),
    ),
    # "Ukrainian forces have vacated the settlement": troops leaving a place (not "residents vacated
    # their homes")
    _p(
        r"\bvacat(?:ed|ing|es?)\b"
        r"(?= (?:the )?(?:settlement|village|town|city|positions? (?:in|near|at)\b|[A-Z]))",
        "retreat",
        needs_forces=True,
        hints=("vacat",),
    ),
    # an order to leave: "ordered troops to leave the area around the city of Izyum" (only after "ordered
    # to", "decided to": troops "want to leave" nothing)
    _p(
        r"\bleave\b(?= (?:the )?(?:(?:area|areas|vicinity|outskirts) (?:around|of|near) )?(?:the )?"
        r"(?:city |town |village )?(?:of )?[A-Z])",
        "retreat",
        bare=True,
        hints=("leave",),
    ),
    # an advance that goes on: "the Ukrainian Defense Forces continue their advance southeast of X"
    _p(
        r"\b(?:continu(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|press(?:es|ed|ing)?\s+on\s+with)\s+"
        r"(?:their|its|the)\s+(?:[\w-]+\s+)?advance\b(?!\s+(?:towards?|on)\b)",
        "advance",
        needs_forces=True,
        hints=("continu", "resum", "press"),
    ),
    # troops on their way out: "the troops of the Russian Federation were leaving Vovchansk" (forces
    # before it: residents leaving a town are no front)
    _p(
        r"\b(?:were|was|are|is|began|started) leaving\b" + _TOWN_AFTER,
        "retreat",
        needs_forces=True,
        hints=("leaving",),
    ),
    # Moscow's word for a withdrawal: "it was decided to regroup the Russian troops located in the
    # Balakliia and Izium areas"
    _p(
        r"\bregroup(?:ed|ing)?\b(?= (?:the |its |our )?(?:[\w-]+ )?(?:troops|forces|units|grouping)"
        r"(?: (?:located|stationed|deployed))? (?:in|near|around|from)\b)"
        # (not "the Russian army is regrouping troops in the Lyman direction": forces moved within a sector)
        r"(?! (?:the |its |our )?(?:[\w-]+ )?(?:troops|forces|units|grouping) (?:in|on) the [\w-]+ "
        r"(?:direction|axis|sector|front)\b)",
        "retreat",
        role="taker",  # the side of the troops regrouped
        hints=("regroup",),
    ),
    # ... told of the troops: "troops would be regrouped from the Balakliya and Izyum areas"
    _p(r"\bregrouped(?= from\b)", "retreat", needs_forces=True, hints=("regroup",)),
    # ... or of the bank they were taken to, as Moscow told its leaving Kherson: "the transfer of units of
    # Russian troops to the left bank of the Dnieper River was completed", "transferring Russian troops to
    # the east bank of the Dnipro river in the Kherson Oblast"
    _p(
        r"\btransfer(?:r(?:ing|ed))?(?:s)?\b(?=\s+(?:of\s+)?(?:(?:units|the\s+units|elements)\s+of\s+)?"
        r"(?:(?:the|its|our|russian|ukrainian)\s+)?(?:[\w-]+\s+)?(?:troops|forces|units|groupings?)\s+"
        r"(?:\w+\s+){0,3}?to\s+the\s+(?:left|right|east(?:ern)?|west(?:ern)?)\s+bank\b)",
        "retreat",
        hints=("transfer",),
    ),
    # "Ukrainian troops were evacuated from the plant": forces only; settlements and people are evacuated
    # from fire
    # (not "Ukraine has evacuated much of Pokrovsk": its people)
    _p(
        r"\bevacuated\b(?! (?:much|most|part|half|all|the rest|large parts|parts) of\b)",
        "retreat",
        needs_forces=True,
        hints=("evacuated",),
    ),
    # "the garrison's fighters began to surrender", "laid down their arms in Mariupol": the side that
    # gave up gave up the place
    _p(
        # (not "killing soldiers who had surrendered": prisoners, not ground)
        r"(?<!who had )(?<!who have )(?<!who )(?<!had been )"
        r"\b(?:surrender(?:ed|s|ing)?|capitulat(?:ed|es|ing)"
        r"|(?:laid|lay|lays|laying) down (?:their |its )?arms)\b"
        # (nor "Many of them surrender as prisoners": men taken, no ground given up)
        r"(?! (?:as |in )?(?:prisoners?|captives?|POWs?)\b)",
        "retreat",
        hints=("surrender", "capitulat", "down"),
    ),
    # "units were repositioned from Lukiantsi and Vovchansk": a withdrawal told in the military's words
    # (troops redeployed from one sector to another are not)
    _p(
        r"\bre-?position(?:ed|ing)?\b(?= (?:[\w-]+ ){0,3}?from\b)",
        "retreat",
        needs_forces=True,
        hints=("reposition", "re-position"),
    ),
    # "the enemy has achieved tactical success near X": the General Staff's word for a small gain
    _p(
        r"\b(?:achiev|gain|ha)(?:ed|s|ing|d|ve)? (?:(?:some|partial|a) ){0,2}"
        r"(?:tactical |local |locali[sz]ed )?success(?:es)?\b"
        r"(?= (?:[\w-]+ ){0,2}?(?:near|in|at|around|towards?)\b)",
        "advance",
        needs_forces=True,  # not "the grain deal had some success in Odesa"
        hints=("success",),
    ),
    # "since Ukraine routed Russian forces in the nearby Kharkiv region": a side that routed the other there
    _p(
        r"\brout(?:ed|ing|s)\b(?= (?:the )?(?:Russian|Ukrainian|enemy|Moscow['’]s|Kyiv['’]s) "
        r"(?:forces|troops|units|army|military|garrison)\b)",
        "advance",
        hints=("rout",),
    ),
    # "Russian forces have moved into Krasnohorivka": forces entering a place (not "moved into positions")
    _p(
        # ("Russian forces earlier this month thrust into the Kharkiv region")
        r"\b(?:mov(?:ed|ing|es)|thrust(?:s|ing)?) (?:deeper |further |farther )?into\b"
        r"(?! (?:new |their |its |the |a )?(?:positions?|areas?|houses|homes|buildings|basements|shelters"
        r"|trenches|dugouts|apartments|flats|cellars|woods|forests?|action|place)\b)",
        "advance",
        needs_forces=True,
        hints=("into",),
    ),
    # "Russian forces now control most of Maryinka", "the Kremlin's forces controlled 70% of the town": a
    # share of a place held, told as news
    _p(
        r"\b(?:(?:now (?:fully |effectively |completely )?|fully |completely )control(?:s|led)?\b"
        r"(?! (?:over|the (?:skies|sky|air|situation))\b)"
        # a monitor's day: "As of May 26, Russian forces control the border settlements of X and Y"
        r"|(?<=forces )control "
        r"(?=the (?:border |frontline |front-line |nearby )?(?:settlements?|villages?) of\b)"
        # "the Russian Armed Forces control at least a dozen settlements in the X region, including A, B"
        r"|(?<=forces )control (?=(?:at least |about |some |over |more than )?"
        r"(?:a dozen|dozens of|several|\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ )?"
        r"(?:settlements|villages|towns)\b"
        r"[^.;]{0,60}?\bincluding\b)"
        r"|control(?:s|led)? (?:about |around |over |nearly |almost |more than |some )?"
        r"(?:\d+ ?%|\d+ per ?cent|most|much|the bulk|two-thirds|three-quarters) of"
        # ("the occupiers control almost the entire settlement of Rubizhne")
        r"|control(?:s|led)? (?:almost |nearly |virtually |practically )"
        r"(?:all of|the (?:entire|whole)(?: (?:settlement|town|city|village) of)?)"
        r")",
        "advance",
        needs_forces=True,
        hints=("control",),
    ),
    # "withdrew from the village of Lastochkyne after Russia claimed its capture": the capture of the
    # place just named, claimed by the subject
    _p(
        r"\b(?:claim(?:ed|s)|announc(?:ed|es)|confirm(?:ed|s)|report(?:ed|s))\s+(?:its|their)\s+"
        r"(?:capture|seizure|liberation|takeover)\b(?!\s+of\b)",  # ("its capture of X": X's, below)
        "advance",
        place_before=True,
        hints=("claim", "announc", "confirm", "report"),
    ),
    # "the South grouping holds parts of Konstantinovka", "Russian forces hold the eastern part of Kupiansk":
    # part of a place held, told as news (not "no longer hold")
    _p(
        r"(?<!longer )\b(?:holds?|control(?:s|led)?|occup(?:y|ies))\s+(?:the\s+)?"
        r"(?:(?:eastern|western|northern|southern|central|north-eastern|north-western|south-eastern"
        r"|south-western|larger|greater)\s+)?"
        r"(?:parts?|sections?|half|districts?|neighbou?rhoods?) of\b",
        "advance",
        needs_forces=True,
        hints=("hold", "control", "occup"),
    ),
    # "the Defense Forces of Ukraine completed the operation to exit the semi-surrounded Avdiivka": a
    # withdrawal told as leaving the town (its forces the subject; not "exited the talks")
    _p(
        r"\bexit(?:ed|ing|s)?(?= (?:from )?(?:the )?(?:semi-|half-)?"
        r"(?:(?:surrounded|encircled|besieged|embattled) )?(?:(?:city|town|village) (?:of )?)?[A-Z])",
        "retreat",
        needs_forces=True,
        hints=("exit",),
    ),
    _p(
        r"\b(?:completed|conducted|carried out) (?:the |an |its |their )?(?:organi[sz]ed )?"
        r"(?:operation|manoeuvre|maneuver|withdrawal) to (?:exit|leave|withdraw from)\b",
        "retreat",
        hints=("completed", "conducted", "carried"),
    ),
    # "his forces no longer fully controlled Drobysheve": ground lost by the side that held it ("Russian
    # forces are no longer in control of the village of Dudchany")
    _p(
        r"\bno longer (?:fully |completely |effectively )?control(?:s|led)?\b"
        r"|\bno longer in (?:full |complete |effective )?control of\b",
        "retreat",
        needs_forces=True,
        hints=("no longer",),
    ),
    # "units of the Defense Forces moved to new lines west of Berdychi": Kyiv's words for a withdrawal from
    # the places the new line lies behind (not "retreated to new positions near Lyman": where they went)
    _p(
        r"\b(?:mov(?:ed|ing|es?)(?: back)?|withdr[ae]w(?:n|s|ing)?|pull(?:ed|ing|s)? back"
        r"|retreat(?:ed|ing|s)?)"
        r" to (?:new|more (?:advantageous|favou?rable|defensible|secure)|rear|prepared|reserve)"
        r" (?:defensive |defence |defense )?(?:lines?|positions?|frontiers?|boundaries)\b"
        # ("moved to new frontiers, west of Berdychi": a comma may set the direction off)
        r"(?=,? (?:(?:just|slightly|further|farther) )?(?:north|south|east|west)\w* of\b"
        # ("his troops had moved back to more secure positions outside the town")
        r"|,? outside (?:of )?(?:the )?(?:town|city|village|settlement)?\b)",
        "retreat",
        needs_forces=True,
        hints=("to new", "to more", "to rear", "to prepared", "to reserve"),
    ),
    # the General Staff's euphemism, with the area it left after it: "moved to more advantageous positions
    # near Lukiantsi and Vovchansk to save the lives of personnel" (a new line "near" a town is otherwise
    # where troops went)
    _p(
        r"\b(?:mov(?:ed|ing|es?)|withdr[ae]w(?:n|s|ing)?|relocated|pulled back) to more "
        r"(?:advantageous|favou?rable) (?:defensive )?(?:lines?|positions?)(?= (?:near|in the area of)\b)",
        "retreat",
        needs_forces=True,
        hints=("moved", "moving", "moves", "move", "withdr", "relocated", "pulled"),
    ),
    # "In some areas near Lukiantsi and Vovchansk, ... units were moved to more favorable positions to save
    # the lives of servicemen": the same withdrawal, told in the passive after the places it left
    _p(
        r"\b(?:were|was|have been|had been|has been) (?:moved|withdrawn|pulled back|relocated) to "
        r"(?:new|more (?:advantageous|favou?rable|defensible)|prepared|reserve) (?:defensive )?"
        r"(?:lines?|positions?)\b(?! (?:near|in|at|around|outside|north|south|east|west)\b)",
        "retreat",
        needs_forces=True,
        place_before=True,
        hints=("moved", "withdrawn", "pulled", "relocated"),
    ),
    # "Ukrainian troops have moved from the village to more prepared positions": the place left, named
    # between the verb and the new line
    _p(
        r"\b(?:mov(?:ed|ing|es?)|relocated|pulled back)\s+from"
        r"(?=\s+(?:the\s+)?[^.;]{1,40}?\s+to\s+(?:new|more\s+(?:advantageous|favou?rable|defensible|prepared)"
        r"|prepared|reserve|rear)\s+(?:defensive\s+)?(?:lines?|positions?)\b)",
        "retreat",
        needs_forces=True,
        hints=("moved from", "moving from", "moves from", "relocated from", "pulled back from"),
    ),
    # "Ukraine had pulled most of its forces from Klescheevka": a side taking its forces out of a place (not
    # "pulled units from other sectors": troops sent elsewhere, no ground given up)
    _p(
        r"\bpull(?:ed|ing|s)?\s+(?:(?:most|all|some|part|the\s+rest|the\s+bulk|the\s+remainder)\s+of\s+)?"
        r"(?:its|their)\s+(?:forces|troops|units|soldiers|servicemen)\s+(?:out\s+)?(?:of|from)\b"
        r"(?!\s+(?:the\s+|other\s+)?(?:front(?:line|-line)?|front\s+line|sectors?|directions?|areas)\b)",
        "retreat",
        hints=("pull",),
    ),
    # "Ukrainian forces had moved out of it": forces leaving a place (residents moving out do not count)
    _p(
        r"\bmov(?:ed|ing|es) out of\b",
        "retreat",
        needs_forces=True,
        hints=("moved out", "moving out", "moves out"),
    ),
    # strikes on crossings: the verb says what happened to the bridge or dam
    _p(
        # ("a Ukrainian airstrike that split the bridge in two")
        r"\b(?:destroy(?:ed|ing|s)?|blew up|blown up|blowing up|collaps(?:ed|ing)|breach(?:ed|ing)"
        # ("has been detonating bridges across the Seim River")
        r"|split(?:ting)?"
        r"|detonat(?:ed|ing)(?= (?:the |a |an |two |three |several |\d+ )?(?:[\w-]+ )?bridges?\b)|"
        rf"damag(?:ed|ing))\b(?=[^.;]{{0,60}}\b(?:bridges?|dams?|{WATER_CROSSING})\b)|"
        rf"\b(?:bridges?|dams?|{WATER_CROSSING})\b[^.;]{{0,60}}"
        # (not the noun: "flooding in a catastrophic dam collapse" is the backdrop of other news)
        # (not one said to have "collapsed on its own": no strike told)
        r"\b(?:destroyed|blown up|collapsed(?! (?:on its own|by itself|of its own accord))|breached|damaged"
        r"|(?:being |been |was |were |is |are )"
        r"(?:struck|hit|attacked|shelled|targeted|bombed)"
        # "crossed the bridge and blew it up behind them"
        r"|(?:blew|blown|blowing|destroyed|destroying) (?:it|them)(?: up)?)\b",
        "bridge_strike",
        hints=("bridge", "dam", "crossing", "detonat"),
    ),
    # the news of a crossing's fall, told by a noun with its day: "after the destruction of the Kakhovka dam
    # on Tuesday" (without a day of the week it is the backdrop: "since the dam's destruction in 2023")
    _p(
        r"\b(?:destruction|breach(?:ing)?|blowing up|collapse) of (?:the )?(?:[\w-]+ ){0,3}?"
        rf"(?:bridges?|dams?|hpp|{WATER_CROSSING})\b"
        r"(?=[^.;]{0,80}\b(?i:(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday"
        r"|overnight|this week|earlier this week|today)\b)"
        # ... or reported as news: "Russian publications reported the destruction of a bridge over the Seym"
        r"|(?<=reported the )(?:destruction|collapse|blowing up) of (?:an? |the )?(?:[\w-]+ ){0,2}?"
        rf"(?:bridges?|dams?|{WATER_CROSSING})\b",
        "bridge_strike",
        hints=("destruction", "breach", "blowing", "collapse"),
    ),
    # a side's weapons or stores whose destruction is reported as news: "the Ukraine Army reported the
    # destruction of a Russian SA-22 anti-aircraft system on Snake Island"
    _p(
        r"(?:(?<=reported the )|(?<=announced the )|(?<=confirmed the )|(?<=claimed the ))destruction of "
        r"(?:an? |the |two |three |several |\d+ )?(?:[\w-]+ ){0,4}?(?:systems?|depots?|launchers?|radars?"
        r"|command posts?|warehouses?|headquarters|ammunition|equipment|howitzers?|tanks?|positions)\b",
        "strike",
        hints=("destruction",),
    ),
    # ... or by the footage that shows it: "The video shows the explosion of a bridge over the Oskil River"
    _p(
        r"\b(?:video|footage|images?|clip)s? (?:[\w-]+ ){0,3}?(?:shows?|showed|showing|captured|captures"
        r"|depicts?) (?:the |an? )?(?:explosions?|blast|destruction|blowing up) of (?:the |a |an )?"
        rf"(?:[\w-]+ ){{0,3}}?(?:bridges?|dams?|{WATER_CROSSING})\b",
        "bridge_strike",
        hints=("video", "footage", "image", "clip"),
    ),
    # a border post is no crossing over water: "the border crossing point of X was destroyed",
    # "shelling of the X checkpoint" are strikes
    _p(
        r"\b(?:destroy(?:ed|ing|s)?|blew up|blown up|blowing up|damag(?:ed|ing))\b"
        r"(?=[^.;]{0,60}\b(?:checkpoints?|border crossings?|crossing points?|border posts?)\b)|"
        r"\b(?:checkpoints?|border crossings?|crossing points?|border posts?)\b[^.;]{0,40}"
        r"\b(?:destroyed|blown up|damaged)\b",
        "strike",
        hints=("destroy", "blew", "blown", "blowing", "damag", "checkpoint", "border", "crossing"),
    ),
    # contacts: fighting that moved no line, told by the side that held...
    _p(
        r"\b(?:repel(?:led|ling|s)?|repuls(?:ed|ing|es|e)|(?:the )?repulsion of|fought off"
        r"|fend(?:ed|ing)? off|beat(?:en)? (?:off|back)"
        r"|halted|stopped|thwarted|held off|withst(?:ood|and|ands)|rebuffed|foiled|blocked"
        # ("successfully defended against a Russian counter-attack near Kremina")
        r"|defend(?:ed|ing|s)? against)\b"
        # (not a plant's work stopped by an attack: "the power plant stopped operating after a massive
        # Russian attack" is fire on the plant)
        rf"(?! {STOPPED_WORK}\b)"
        # (nor "repelled Russian troops from Kupiansk": driven out, above)
        rf"(?! {_TROOPS_FROM})"
        # (not "repelled a Ukrainian drone attack on its naval base": drones downed where they were sent,
        # fire below)
        rf"(?! {AIR_ATTACK})"
        # ('Russian navy "repelled" drone attack': the verb in a doubting report's quotes)
        r"[”\"’']? (?:[\w'’“”\"-]+ ){0,7}?"
        r"(?:attacks?|assaults?|offensives?|attempts?|counter-?attacks?|advances?"
        r"|storming|incursions?|offensive actions|assault actions|attacking actions|breakthroughs?)\b"
        # "fought off the enemy assault groups' four counterattacks": the phrase goes on to its last noun
        r"(?:(?: [\w'’“”\"-]+){0,2}? (?:counter-?attacks?|attacks?|assaults?)\b)?",
        "contact",
        role="holder",
        hints=(
            "repel",
            "repuls",
            "fought off",
            "fend",
            "beat",
            "halted",
            "stopped",
            "thwarted",
            "held off",
            "withst",
            "rebuffed",
            "foiled",
            "blocked",
            "defend",
        ),
    ),
    _p(
        r"\b(?:attacks?|assaults?|counter-?attacks?|attempts?|offensives?|advances?) (?:[\w-]+ ){0,4}?"
        r"(?:was|were|have been|had been|has been) (?:\w+ )?(?:repelled|repulsed|halted|stopped|thwarted"
        r"|beaten back|fought off|rebuffed|foiled)\b",
        "contact",
        role="repelled",
        hints=(
            "repelled",
            "repulsed",
            "halted",
            "stopped",
            "thwarted",
            "beaten",
            "fought off",
            "rebuffed",
            "foiled",
        ),
    ),
    _p(
        r"(?<!-)\b(?:maintain(?:ed|ing|s)?|hold(?:s|ing)?|held|retain(?:ed|ing|s)?|keep(?:s|ing)?|kept) "
        r"(?:[\w-]+ ){0,2}?(?:positions?|defen[cs]es?|the line|ground|footholds?)\b|\b(?:held|holding) out\b"
        r"|\b(?:hold(?:s|ing)?|held) back (?:[\w-]+ ){0,2}?"
        r"(?:forces|troops|attacks?|assaults?|enemy|advances?"
        r"|offensive)\b"
        r"|\b(?:still |continues? to |continued to )control\b|(?<!-)\bcontrols\b"
        # Kyiv's forces "currently control 70% of Vovchansk": the defender's share of a town, no gain (an
        # attacker's "currently control 70% of Krasnoarmeysk" is told as news: the advance pattern above)
        rf"|{UA_FORCES_BEFORE}currently control\b"
        # ("Ukrainian forces maintain control over two-thirds of the villages of X and Y")
        r"|\b(?:maintain(?:ed|ing|s)?|retain(?:ed|ing|s)?|keep(?:s|ing)?|kept) control\b",
        "contact",
        role="holder",
        hints=("maintain", "hold", "held", "retain", "keep", "kept", "control"),
    ),
    # "Hirske came under the control of the Luhansk republic", "had come under Ukrainian control": it
    # changed hands, to the side named
    _p(
        r"\b(?:came|come|comes|coming|went|passed|pass(?:es|ing)?|brought|taken|fallen|fell|falls) under "
        r"(?=(?:[\w'’-]+ ){0,3}?control\b)"
        # "The settlement of Pytomnyk was returned under the control of the Ukrainian military", "returned to
        # Ukrainian control"
        r"|\breturn(?:ed|s|ing)? (?:under|to) (?=(?:[\w'’-]+ ){0,3}?control\b)"
        # "the three villages ... have now been relinquished to Russian control"
        rf"|\b{_CEDED} to (?=(?:[\w'’-]+ ){{0,3}}?control\b)"
        # "Kherson returns to Ukraine, as the Armed Forces enter the city": a town back in the country
        r"|\b(?:returns|returned|is back) to Ukraine\b",
        "advance",
        role="taker",
        place_before=True,
        hints=("under", "return", *_CEDED_WORDS),
    ),
    # ... and the side that held it gave it up: "previously held by Ukrainian forces, have now been
    # relinquished to Russian control"
    _p(
        r"(?<=\bheld by )(?:Ukrainian|Russian) (?:forces|troops)"
        rf"(?=[^.;]{{0,40}}?\b{_CEDED} to (?:[\w'’-]+ ){{0,3}}?control\b)",
        "retreat",
        place_before=True,
        hints=("ukrainian", "russian"),
    ),
    # a side's hold on part of a town, told with its verb: "Moscow's forces controlled large sections of the
    # towns of Pokrovsk and Vovchansk" (not an oblast's or the country's share: the war's map)
    _p(
        r"\bcontroll?(?:ed|s|ing)? (?:(?:large|significant|big|substantial|major|most|much) )?"
        r"(?:parts?|sections?|portions?|swathes?|most|much|half|the majority|\d+ ?(?:%|percent)) of\b"
        r"(?! (?:the )?(?:[\w'’-]+ )?(?:region|oblast|province|territory)\b| (?:ukraine|the country)\b)",
        "advance",
        needs_forces=True,
        hints=("control",),
    ),
    # "Vuhledar is now under Russian control": it changed hands, to the side named
    _p(
        # ("most of the city was again in Russian hands": back to the side named)
        r"\b(?:(?:is|are|was|were) (?:also )?(?:now|again|once again|back|already) "
        r"(?:fully |completely |firmly )?"
        # "Mala Rohan is completely under the control of our troops": a taking told done
        # (the adverb in quotes, a claim's own word: 'is “completely” under Russian control')
        # ("are fully or almost completely in Russian hands", DeepState's words)
        # ("Siversk itself is now almost entirely under Russian control")
        r"|(?:is|are) (?:now )?(?:(?:almost|nearly|virtually|practically) )?"
        r"[“\"‘']?(?:fully|completely|entirely)[”\"’']? "
        r"(?:or (?:almost|nearly|mostly) (?:fully|completely|entirely) )?)(?:under|in) "
        r"(?=(?:[\w'’-]+ ){0,2}(?:control|hands)\b|(?:[\w'’-]+ ){0,2}occupation\b)",
        "advance",
        role="taker",
        place_before=True,
        hints=("now", "again", "back", "already", "fully", "completely", "entirely"),
    ),
    # ... or a share of it claimed held: "more than 80 percent of Vovchansk was also under Russian control"
    # (a claim of progress, where "X is under Russian control" alone only says who holds it)
    _p(
        r"(?:%|\bper ?cent) of"
        r"(?! (?:the )?(?:[\w'’-]+ )?(?:region|oblast|province|territory)\b| (?:ukraine|russia)\b)"
        r"(?= (?:the )?(?:[\w'’-]+ ){1,8}?(?:is|are|was|were) (?:also )?(?:now )?"
        r"(?:almost |nearly )?(?:under|in) (?:[\w'’-]+ ){0,2}(?:control|hands)\b)",
        "advance",
        role="taker",
        hints=("of",),  # (the share's sign is no word to look up; "of" follows it)
    ),
    # ... or held by it now: "four villages he said were now held by Russian forces — X, Y, Z"
    _p(
        # ("The Kipti-Bachivsk highway is once again controlled by Ukraine's Armed Forces")
        r"\b(?:is|are|was|were) (?:now|again|once again|back) (?:fully |completely |firmly )?"
        r"(?:held|controlled|occupied) by\b",
        "advance",
        role="taker",
        place_before=True,
        hints=("now", "again", "back"),
    ),
    # ... told the other way round: "among the areas now fully under Russian control are the villages of X"
    _p(
        r"\bnow (?:fully |completely |firmly )?under (?=(?:[\w'’-]+ ){0,2}control (?:are|is|were|was)\b)",
        "advance",
        role="taker",
        hints=("now",),
    ),
    _p(
        # (held, not taken: "remains fully under Russian control"; but "is fully in Russian hands" is the
        # taking told done, above)
        r"\b(?:(?:remain(?:s|ed)?|still) (?:firmly |fully |still )?"
        r"|(?:are|is|was|were) (?:firmly |still |partially |partly |largely |mostly )?"
        # ("Rodynske is approximately 80% under Russian control": a share of it, the taking under way)
        r"(?:(?:now |already )?(?:(?:about|around|approximately|nearly|almost|over|more than|roughly|some) )?"
        r"\d{1,2}(?:-\d{1,2})?"
        r" ?(?:%|percent) )?)"
        r"(?:under|in) (?:[\w-]+ ){0,2}(?:control|hands)\b"
        # ("The villages of Berdychi and Tonenke are partially controlled by the Russians")
        r"|\b(?:are|is) (?:partially|partly|largely|mostly) controlled by\b",
        "contact",
        role="under",
        place_before=True,
        hints=("control", "hands"),
    ),
    # ...by the side that attacked without gaining...
    _p(
        # (what drones carry out is fire: "two surface drones carried out a terrorist attack on the bridge")
        r"(?<!drones )(?<!boats )(?<!UAVs )\b(?:continu(?:ed|es|ing|e)|conduct(?:ed|s|ing)?"
        r"|carr(?:ied|ies|ying|y) out|mount(?:ed|s|ing)|undert(?:ook|ake|akes|aking)) "
        r"(?!(?:[\w-]+ ){0,3}(?:missile|drone|uav|fpv|rocket"
        r"|air|artillery|kamikaze|mortar|bomb|terrorist|terror|sabotage|fire|shelling|bombing)\b)"
        r"(?:[\w-]+ ){0,3}?(?:offensive (?:operations|actions)|assaults?"
        r"|assault operations|attacks?|ground attacks|counter-?attacks?|offensive)\b"
        # "carried out 7 attacks on 5 communities of the region": a regional administration's count of fire;
        # "mounts a cross-border attack into Russia's Kursk region": an incursion (above)
        # ("carried out an attack on Bohodukhiv in Kharkiv region using two unmanned aerial vehicles": fire)
        rf"(?!{_ON_PLACES})(?! into\b)(?!{_USING_WEAPONS})(?!{_WEAPONS_LATER})(?!{_FIRE_AIM_LATER})"
        # ("carried out 100 attacks, injuring five people": fire)
        r"(?![^.;,]{0,30},\s+(?:killing|injuring|wounding)\s)"
        # ("have continued to attack the city, shelling hospitals, schools and apartments": fire)
        r"(?![^.;,]{0,40},\s+(?:shelling|bombing|striking|hitting|pounding|firing\s+at)\s)"
        r"|\b(?:launch(?:ed|es|ing)?|made|make|makes|making) "
        r"(?!(?:[\w-]+ ){0,3}(?:missile|drone|rocket|air|artillery|uavs?|fpvs?|shaheds?|gerans?"
        r"|kamikaze|massive|massed|bomb|glide|shelling|bombing)\b)"
        r"(?:[\w-]+ ){0,2}?(?:ground |infantry |mechani[sz]ed )?"
        # ("launched seven attacks on localities", "... against X, killing one": fire)
        rf"(?:assaults|attacks)\b(?!{_ON_PLACES})(?!{_KILLING_AFTER})(?!{_WEAPONS_LATER})"
        r"|\b(?:tried|attempted|sought|tries|trying|attempting|attempts?|try|failed|fails|unable|"
        r"did not manage|have not managed|has not managed) to (?:[\w-]+ ){0,2}?"
        r"(?:advance|break through|storm|capture|seize|take|push|encircle|surround|dislodge|regain|retake"
        r"|recapture|attack|assault|penetrate|infiltrate|cross|enter|gain a foothold)\b"
        # "launched an unsuccessful attack on the outskirts of Marinka"
        r"|\b(?:unsuccessful|failed|futile|abortive|fruitless)\s+(?:[\w-]+\s+)?"
        # ("continuing unsuccessful attempts to capture Marinka": the attempt's own branch above)
        r"(?:attacks?|assaults?|attempts?(?! to\b)|offensives?|counter-?attacks?|storming)\b",
        "contact",
        role="attacker",
        hints=(
            "unsuccess",
            "futile",
            "abortive",
            "fruitless",
            "continu",
            "counter",
            "conduct",
            "carr",
            "mount",
            "undert",
            "attack",
            "tried",
            "attempt",
            "sought",
            "assault",
            "tries",
            "trying",
            "try to",
            "failed",
            "fails",
            "unable",
            "manage",
        ),
    ),
    # "Ukrainian forces mounted a successful counterattack near Avdiivka": ground won back (a counterattack
    # told with no outcome is fighting that changed nothing, below)
    _p(
        r"\b(?:(?:mounted|launched|conducted|carried out|made) (?:an? )?)?(?:successful|effective) "
        r"counter-?(?:attacks?|offensives?)(?: actions| operations)? "
        r"(?:near|in|on|around|at|towards?|(?:north|south|east|west)\w* of)\b",
        "advance",
        hints=("mount", "launch", "conduct", "carr", "made", "successful", "effective"),
    ),
    # "were making a 'partly successful' attack towards the settlement of Bila Hora": one ground attack,
    # told with a quoted word or two, toward a place (a strike is "on" a place, not towards it)
    _p(
        r"\b(?:making|made|make|makes|mounted|mounting|carried out|carrying out) (?:an? )?"
        r"(?:[\"“‘']?[\w-]+[\"”’']? ){0,3}?(?:ground |infantry )?(?:attack|assault)(?= towards? )",
        "contact",
        role="attacker",
        hints=("making", "made", "make", "mount", "carr"),
    ),
    # "the enemy attacked nine times near Chasiv Yar": ground attacks (drones and missiles attack too:
    # then it is a strike)
    _p(
        r"\b(?:counter-?)?attack(?:ed|ing|s)?\b"
        # (not things attacked: "attacked Russian military equipment at airfields near Berdiansk" is fire)
        r"(?! (?:[\w-]+ ){0,2}(?:equipment|airfields?|air ?bases?|depots?|ships?|aircraft|helicopters?)\b)"
        # (nor positions attacked with guns: "attacked Ukrainian positions near Avdiivka ... from 122-mm and
        # 82-mm mortars", "our positions near Vodiane using grenade launchers": fire)
        r"(?![^.;]{0,90}?\b(?:with|from|using)\s+(?:[\w-]+\s+){0,4}?(?:mortars?|artillery|grenade\s+launchers?"
        r"|howitzers?|tanks?|MLRS|rocket\s+launchers?|self-propelled\s+guns?)\b)"
        r"(?= (?:[\w-]+ ){0,4}?(?:near|in the (?:areas?|vicinity|direction) of|around|towards?)\b"
        # "unsuccessfully attacked the positions of the Defense Forces in the areas of ..."
        r"| (?:the )?(?:[\w-]+ )?positions\b)"
        # "have stormed the positions of the Defense Forces six times in the areas of ...": assaults
        rf"|\bstormed(?={_STORMED_DEFENCES})",
        "contact",
        role="attacker",
        needs_ground=True,
        hints=("attack", "counter", "stormed"),
    ),
    # ...or by nobody's side: "fighting continues near Kupiansk"
    _p(
        r"\b(?:(?:heavy |fierce |intense |positional |street |ongoing )?(?:fighting|battles?|clashes|"
        r"combat engagements?|combat clashes|firefights?|skirmishes|hostilities))\b"
        r"(?= (?:[\w-]+ ){0,4}?(?:near|around|in|for|at|outside|over|on the outskirts of)\b)"
        r"|\b(?:remains?|is|was) (?:still |heavily |hotly )?contested\b|\bgr[ae]y zone\b",
        "contact",
        role="none",
        hints=(
            "fight",
            "battle",
            "clash",
            "combat",
            "firefight",
            "skirmish",
            "hostilities",
            "contested",
            "zone",
        ),
    ),
    # strikes: fire on a place
    _p(
        # (and the infinitive: "continue to constantly shell Makarov, Bucha and Irpin")
        # (not "bomb disposal experts", "a bomb shelter": no bomb fell)
        r"\b(?:shell(?:ed|ings?|s)|(?<=\bto )shell|(?<=ly )shell(?= [A-Z])"
        # ... and the present after forces: "Ukrainian Armed Forces shell the Antonovka Bridge"
        # ("They shell Nikopol, Marganets and imitate the 'response'": an official's quote)
        r"|(?:(?<=forces )|(?<=Forces )|(?<=troops )|(?<=militants )|(?<=occupiers )|(?<=They )|(?<=they ))"
        r"shell"
        r"(?! (?:casings?|fragments?|craters?|holes?|shock|compan\w*|out|game|scripts?|stations?|fire)\b)"
        r"(?= (?:the )?\w)"
        r"|bomb(?:ed|ing|ings|s)?(?! (?:disposal|squads?|shelters?|technicians?)\b)"
        r"|bombard(?:ed|ments?|ing|s)?|air-?strikes?"
        # ("Eyewitnesses reported a drone raid on the airfield in Novofedorivka")
        r"|missile(?:s| attacks?| strikes?)|(?:drone|uav|fpv|aerial) (?:attacks?|strikes?|raids?)"
        # ("Tuesday's onslaught in Kharkiv killed six people")
        r"|(?<='s )onslaught(?= (?:in|on|against)\b)"
        # ("A devastating Russian drone and missile assault on Kyiv has left two people dead")
        r"|(?:drone|missile|rocket)(?: and (?:drone|missile|rocket))? (?:assaults?|onslaughts?)"
        r"(?= (?:on|against)\b)"
        # ("nine drones were neutralized, with six impacting the town of Starodub")
        r"|impact(?:ed|ing) (?:on )?(?:the )?(?:town|city|village|settlement|territory) of"
        # ("A large-scale attack using missiles and drones was carried out in Kyiv at night")
        r"|attacks? (?:using|with|involving) (?:[\w-]+ ){0,3}?(?:missiles?|drones?|uavs?|rockets?|shaheds?)"
        r"(?:(?:,| and| as well as) (?:[\w-]+ )?(?:missiles?|drones?|uavs?|rockets?|shaheds?))*"
        # (not "attacks with the Shahed-136/131 UAVs from the south (Cape Chauda)": where they flew from)
        r"(?![\w/-]*\s+(?:[\w/-]+\s+){0,3}from\b)"
        r"|rocket (?:attacks?|fire)|(?:mortar|grenade) attacks?"
        # ("killed in the Ukrainian military's rocket and mortar fire on Gorlovka")
        r"|(?<=rocket and )mortar fire|(?<=artillery and )mortar fire"
        # "a Ukrainian barrage of rockets left the town of Nova Kakhovka without water or power"
        # (not "Ukraine fought off a barrage of Russian drones": told by its defender, the attack the
        # sentence before it is about)
        r"|(?<!off a )(?<!repelled a )(?<!repulsed a )barrages? of (?:[\w-]+ ){0,2}?"
        r"(?:rockets?|missiles?|shells?|fire|drones?|artillery)"
        # (not "push Russian forces out of artillery range of Kharkiv": out of reach of the guns)
        r"|artillery (?:fire|strikes?|shelling|attacks?|barrages?)"
        r"|(?<=of )(?<!out of )artillery(?! range\b))\b",
        "strike",
        hints=(
            "shell",
            "bomb",
            "strike",
            "mortar",
            "grenade",
            "airstrike",
            "missile",
            "drone",
            "rocket",
            "artillery",
            "uav",
            "fpv",
            "aerial",
            "attack",
            "impact",
            "onslaught",
        ),
    ),
    _p(
        # ('came under "massive bombardment"': a quoted phrase too)
        r"\b(?:came|come|comes|coming|got|gets|getting) under [\"“‘']?(?:\w+ ){0,3}?"
        # ("the occupiers came under our artillery and were forced to run")
        r"(?:fire|attacks?|shelling|bombardments?|strikes?|artillery(?! control\b))\b"
        # ("Lysychansk is being subjected to attacks from air")
        r"|\b(?:is|are|was|were|been|being) (?:also |again |repeatedly |constantly |being )?subjected to "
        # ("Kherson was subjected to the largest-scale shelling since 2022")
        r"(?:[\w-]+ ){0,2}(?:and \w+ )?"
        r"(?:fire|shelling|bombardment|strikes?|attacks?|airstrikes?|air strikes?)\b"
        # ... or with the side that fires: "The Russian-controlled city of Polohy ... is under fire by
        # Ukrainian forces" (not "the minister is under fire from critics")
        # ("the district center is again under fire from enemy artillery")
        r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bis again )|(?<=\bare again )"
        r"|(?<=\bwas again )|(?<=\bwere again ))under fire(?= (?:by|from) (?:the )?"
        r"(?:Ukrainian|Russian|enemy|occupiers|invaders|pro-\w+|Kyiv|Moscow)\b)"
        # ... or with nothing after it: "Almost the entire city of Kostyantynivka is under fire, as is the
        # entire community" (not "under fire over its policy")
        r"|(?:(?<=\bis )|(?<=\bare ))under fire(?=\s*(?:[,.;]|$)|\s+(?:again|constantly|daily|every day"
        r"|around the clock)\b)"
        # ... or under attack, said of the place as news: "The Izmail district is under attack again",
        # "Kharkiv is under attack." (not "under attack from critics")
        r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bis again )|(?<=\bare again ))under "
        r"(?:(?:a |an )?(?:massive |massed |combined |drone |missile )?)attack"
        # ("Kryvyi Rih is under attack by Russian occupiers again")
        r"(?= again\b|\s*[.!;]|\s*$| from (?:the )?(?:air|drones?|missiles?|Russian|enemy|occupiers)\b"
        r"| by (?:the )?(?:Russian|Ukrainian|enemy|occupiers|invaders|drones|missiles)\b)"
        # a headline's words with no verb, at the end of its line: "Checkpoint Izvarino under heavy fire."
        r"|(?<=\w )under (?:(?:heavy|intense|constant|massive|enemy|artillery|mortar|rocket) ){0,2}fire"
        r"(?=[.!]?\s*$)"
        # "more than thirty settlements were damaged by fire" (a General Staff report's words; not "damaged
        # by a fire", a blaze)
        r"|\b(?:was|were|been) (?:also |again )?damaged by (?:(?:enemy|hostile|russian|ukrainian|artillery"
        r"|mortar|rocket) ){0,2}(?:fire|shelling|shells|strikes|bombardments?)\b"
        # ("were under the fire of the occupiers": a translation's article)
        # ("Today Belozerka was again under Russian fire")
        r"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bwas again )|(?<=\bwere again )|(?<=\bwas also )"
        r"|(?<=\bwere also ))under (?:a |an |the )?"
        # ("The following communities were under new attacks by the Russian army: Nikopol, ...")
        r"(?:(?:" + _UNDER_FIRE_WORDS + r"|massed|combined|new|fresh) ){0,2}"
        r"(?:fire|shelling|bombardment|attacks?)\b"
        # "The neighboring city of Lysychansk is under constant fire" (a word of war before the fire: not
        # "the minister is under fire")
        # ("Mariupol has been encircled and under constant attack": the state the fire is joined to)
        r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bremains )|(?<=\bremain )|(?<=\bremaining )|(?<=\bencircled and )"
        r"|(?<=\bsurrounded and )|(?<=\bbesieged and ))"
        # ("is now under constant Russian drone and shell fire")
        r"(?:(?:now|still|also|again) )?under "
        r"(?:(?:" + _UNDER_FIRE_WORDS + r") ){1,2}"
        r"(?:(?:and )?(?:" + _UNDER_FIRE_WORDS + r"|shell|mortar|rocket) ){0,2}"
        r"(?:fire|shelling|bombardment|attacks?)\b"
        # ... and a target of long-range strikes, which war gives the attack: "The refinery in Russian Orsk
        # is under attack", "the oil depot ... was under a drone attack"
        r"|\b(?:refiner(?:y|ies)|(?:oil|fuel|ammunition) depots?|airfields?|air ?bases?|oil terminals?)\b"
        # ("The Millerovo airfield in the Rostov region of the Russian Federation is under attack")
        r"[^.;:]{0,60}?\b(?:is|are|was|were) (?:now |again |also )?under (?:an? )?(?:[\w-]+ )?attack\b"
        # a translation of the Ukrainian "під ударами": "Bakhmut, Pokrovsk and Kramatorsk are under the blows"
        r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bcame ))under (?:the )?(?:enemy )?blows\b"
        # "Kherson and towns in the Kherson oblast ... were the primary targets of artillery shelling"
        r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbecame ))"
        # ("The village of Krasnohorivka also became a target for the artillery")
        r"(?:the |a |one of the |among the )?(?:(?:main|primary|chief|principal|key|prime|frequent|constant"
        r"|repeated|regular) )?targets? (?:of|for) (?:[\w-]+ ){0,2}?(?:fire|shelling|strikes|bombardments?"
        r"|artillery|mortars|rockets|missiles|drones"
        # (not "the target of Russian attacks overnight but advances on the city ... were repelled")
        r"|(?:missile|drone|rocket|air|aerial|artillery) attacks)\b"
        # ... and what became the target of one attack: "The Port of Izmail became the target of a recent
        # attack by Russian forces using drones"
        r"|(?<=\bbecame )(?:the |a )?target of (?:an? |the )(?:[\w-]+ ){0,2}?(?:attack|strike)\b"
        # "Attacks were also reported in Vinnytsia, Sumy and Lviv oblasts" (oblasts: fire, not assaults)
        r"|\battacks (?:were|have been) (?:also )?reported in(?= (?:the )?(?:[\w'’-]+,? (?:and )?){1,6}"
        r"(?:oblasts?|regions?)\b)"
        # (not "died in a landmine explosion": a mine left behind, no one's strike that day)
        r"|(?<!\bmine )(?<!\blandmine )(?<!\bland mine )\b(?:explosions?|blasts?)\b"
        r"(?= (?:\w+ ){0,3}(?:rocked|hit|shook|heard|reported|thundered|ripped"
        r"|rang out|damaged|destroyed|struck|went off|occurred|took place|tore|derailed|caused|collapsed"
        r"|recorded|seen|registered)"
        r"|(?: \w+)? (?:at|on|near|in)\b"
        # "explosions followed by a large-scale fire in the town of Dzhankoy"
        # (a town's name: "at the Saratov refinery" is left to the strike the article told before)
        r"|,? followed by (?:an? )?(?:[\w-]+ ){0,2}(?:fires?|blaze) (?:(?:was|were) reported )?(?:near|in)\b"
        # a border guards' tally: "seven explosions, possibly by FPV drones, near the village of X", "five
        # explosions (arriving, allegedly from a 120-mm mortar) in the direction of X village"
        # ("there were 7 explosions, also allegedly caused by mortars and cannon artillery, in the direction")
        r"|,\s*(?:also\s+)?(?:possibly|probably|allegedly|presumably|likely)\b[^,;.]{0,70},?\s+(?:\w+ )?"
        r"(?:at|on|near|in)\b"
        r"|\s*\((?:arriv\w*|possibly|probably|allegedly|presumably|likely)\b[^()]{0,80}\)"
        r"\s+(?:at|on|near|in)\b)"
        # "the city of Chernomorsk, not far from Odessa, and its surroundings bore the brunt of the attack"
        r"|\b(?:bore|bears?|bearing|borne) the brunt of (?:the |a |an |this |that )?(?:[\w-]+ ){0,2}?"
        r"(?:attacks?|strikes?|shelling|bombardments?|barrage|assault)\b",
        "strike",
        role="target",
        place_before=True,
        hints=(
            "brunt",
            "under",
            "explosion",
            "blast",
            "subjected",
            "attacks were",
            "attacks have",
            "target",
            "damaged by",
        ),
    ),
    # fire fronted before the place it fell on: "Under persistent Russian attack, Kurakhove has become the new
    # Bakhmut", "Under constant shelling, Nikopol has lost half its population"
    _p(
        r"^[^a-z0-9]*under (?:(?:constant|persistent|heavy|relentless|intense|incessant|continuous|daily"
        r"|nightly|near-daily|round-the-clock|russian|ukrainian|enemy|artillery|drone|missile|mortar|rocket"
        r"|and) ){0,4}"
        r"(?:attacks?|fire|shelling|bombardments?|strikes)\b(?! from (?:critics|lawmakers|the opposition))"
        r"(?=[^;.]{0,100},)",
        "strike",
        role="target",
        hints=("under",),
    ),
    # an OSCE or a militia's report of fire where it fell: "Fire of high intensity was reported in the area
    # of Zaytsevo", "Heavy fire was recorded near Avdiivka" (not "a fire was reported", a blaze); and the
    # toll of fire in a place: "the number of victims of enemy missile fire in Vyshgorod has increased"
    _p(
        r"\b(?<![Aa] )(?<!the )(?:fire|shelling) (?:of (?:high|heavy|low|medium) intensity )?"
        r"(?:was|were|has been|had been) "
        r"(?:also )?(?:reported|recorded|registered|observed)(?= (?:in|near|at|around|from)\b)"
        r"|\bvictims? of (?:the )?(?:enemy |russian |ukrainian )?(?:missile |rocket |drone |artillery )?"
        r"(?:fire|shelling|strikes?|attacks?|bombardments?)(?= (?:in|on|at)\b)",
        "strike",
        role="target",
        hints=("fire was", "fire were", "fire has", "fire had", "intensity was", "shelling was", "victim"),
    ),
    # an attack launched by weapons: "Ukrainian drones, operated by the Security Service of Ukraine (SBU),
    # launched an attack on the Borisoglebsk airfield" (fire, however long the aside between)
    _p(
        r"\b(?:drones?|UAVs?|missiles?|rockets?|warplanes?|jets?|helicopters?|bombers?)"
        r"(?:,[^.;]{1,160}?,)?\s+(?:(?:have|has|had)\s+)?launch(?:ed|es)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
        r"attacks?(?=\s+(?:on|against)\b)",
        "strike",
        hints=("drone", "uav", "missile", "rocket", "warplane", "jet", "helicopter", "bomber"),
    ),
    # "the enemy launched an attack, presumably using Shahed-type UAVs, on the Saltivka District": fire
    _p(
        # ("launched two attacks on the Kutsurub community using FPV drones")
        r"\b(?:launch(?:ed|es|ing)?|carr(?:ied|ies|ying) out|made) (?:an? |the |\d+ |two |three |four |five "
        rf"|several )?(?:massive |combined )?attacks?(?={_USING_WEAPONS}|{_WEAPONS_LATER})"
        r"|\b(?:launch(?:ed|es|ing)?|carr(?:ied|ies|ying) out|made) (?:an? |the )?(?:[\w-]+ )?"
        rf"attacks?(?={_FIRE_AIM_LATER})"
        # the Russian MoD's "carried out a fire attack on the manpower and equipment of the AFU"
        r"|\b(?:launch(?:ed|es|ing)?|carr(?:ied|ies|ying) out|made|conduct(?:ed|s|ing)?) (?:an? |the )?"
        r"fire attacks?\b"
        # "The enemy has launched a combined attack on our city": missiles and drones, whatever they were
        r"|\b(?:launch(?:ed|es|ing)?|carr(?:ied|ies|ying) out|made) (?:an? |the )?(?:new |another |most )?"
        # ("launched the most massive attack since the beginning of the war on the town of Lozova")
        r"(?:massive|massed|combined(?! arms)) (?:[\w-]+ )?attacks? "
        r"(?=(?:since [^.;,]{0,40}? )?(?:on|against))"
        # ... or the largest, in quotes or not: 'Russia launched its "largest attack in recent years" on X'
        r"|\b(?:launch(?:ed|es|ing)?|carr(?:ied|ies|ying) out) (?:its |their |the |an? )?[\"“]?"
        r"(?:largest|biggest|heaviest|most massive)\b[^.;\"”]{0,10}?attack\b[^.;\"”]{0,30}[\"”]?"
        r"(?= (?:on|against)\b)",
        "strike",
        hints=("launch", "carr", "made"),
    ),
    # weapons sent at a place: "the Russian Air Force launched three CABs at the Zolochiv community",
    # "Molniya-2 drones dropped FPVs in the Kyivskyi district", "Russian Shahed drones attack Kharkiv"
    _p(
        r"\blaunch(?:ed|es|ing)? (?:\w+ ){0,2}?(?:CABs?|KABs?|guided (?:aerial )?bombs|aerial bombs"
        r"|glide bombs|missiles|rockets|drones|UAVs|Shaheds) (?:at|on|against)\b"
        r"|\bdropp(?:ed|ing|s) (?:\w+ ){0,2}?(?:bombs?|FPVs?|explosives?|munitions?|grenades?|KABs?|CABs?"
        r"|shells?) (?:on|onto|in|at|near)\b"
        r"|\b(?:drones|UAVs|Shaheds|missiles) attack(?:ed|s)?(?= (?:the )?\w)"
        # "the enemy used guided aerial bombs and drones on the Malomykhailivka and Mezhivka communities",
        # "the aggressor directed a UAV at the Samarivskyi district"
        r"|\bused (?:[\w-]+ ){0,3}?(?:bombs|drones|missiles|artillery|rockets|KABs|CABs|FPVs|UAVs)"
        r"(?: and (?:[\w-]+ ){0,2}?(?:bombs|drones|missiles|artillery|rockets|KABs|CABs|FPVs|UAVs))? "
        r"(?:on|against)\b"
        r"|\bdirected (?:an? |\d+ |two |three |several )?(?:[\w-]+ )?(?:UAVs?|drones?|missiles?|FPVs?|KABs?"
        r"|bombs?) (?:at|on|against)\b"
        # drones that "attempted to attack" a plant struck at it, shot down or not
        # ("A drone of the Armed Forces of Ukraine (AFU) attempted to attack the Bryansk region")
        r"|\b(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?)(?: \(UAVs?\))?"
        r"(?: of the (?:[\w-]+ ){1,5}?(?:Ukraine|Russia|Russian Federation)(?: \([A-Z]{2,4}\))?)?"
        r" (?:attempted|tried) to (?:attack|strike|hit)\b",
        "strike",
        hints=("launch", "dropp", "drone", "uav", "shaheds", "missile", "used", "directed", "unmanned"),
    ),
    # an official's word for explosions heard (the Ukrainian "huchno"): "It was loud in the district
    # center, as well as in the Marhanets, Myrove, and Pokrovske communities" (in a report of fire)
    _p(
        # ... and "There was a loud noise in Dnipro" after a night's attack
        # ("Today it was also noisy in the Pokrov, Chervonohryhorivka and Myrove communities")
        r"\b(?:it was|it is|was|were) (?:also |again )?(?:loud|noisy) in\b"
        r"|\bthere (?:was|were) (?:a )?loud (?:noise|bang|explosion)s? in\b",
        "strike",
        needs_military=True,
        hints=("it was", "it is", "was", "were"),
    ),
    # the communities a regional head lists as hit after a night's attack: "The Marhanets, Myrove, and
    # Pokrovsk communities, along with Nikopol itself, were affected"
    _p(
        r"\bcommunit(?:y|ies)\b(?=(?:,? along with [^.;:]{1,40}?,)? (?:were|was|have been|has been) "
        r"(?:also )?affected\b)",
        "strike",
        needs_military=True,
        hints=("communit",),
    ),
    # the places a report of an attack names as the worst hit: "The settlements of Netishyn and Slavuta
    # were most affected, with at least 20 injuries reported"
    _p(
        r"\b(?:settlements?|villages?|towns?|cities|city|communit(?:y|ies)|districts?)\s+of\s+"
        r"(?=[^.;:]{1,60}?\s(?:were|was)\s+(?:the\s+)?(?:most|worst|hardest|badly|heavily)\s+(?:affected|hit)\b)",
        "strike",
        needs_military=True,
        hints=("settlement", "village", "town", "cit", "communit", "district"),
    ),
    # "halted traffic on the bridge after an attack it blamed on Ukraine": an attack one side blames on
    # the other is fire (a wire service's way of telling a strike neither side claims)
    _p(
        r"\b(?:an?|the) (?:[\w-]+ )?attacks? (?:that |which )?(?:[\w'’-]+ ){1,3}?(?:has |had |have )?"
        r"(?:blamed|blames) on\b",
        "strike",
        hints=("attack",),
    ),
    # "confirming the attack on the Volgograd refinery, as well as others on an oil depot in the western
    # Kaluga region": more attacks, the noun left out
    _p(
        r"(?:(?<=as well as )|(?<=\band ))(?:several |two |three )?others on\b"
        rf"(?= (?:an?|the|two|three|several) (?:[\w-]+ ){{0,3}}?(?:{FACILITY_NOUNS})\b)",
        "strike",
        hints=("others on",),
    ),
    # "reported on the attack of an alleged Ukrainian drone on the Starooskolsky oil depot": the weapon's
    # attack, told with "of"
    _p(
        r"\battacks? of (?:an? |the )?(?:[\w-]+ ){0,2}?(?:drones?|UAVs?|missiles?|rockets?) on\b",
        "strike",
        hints=("attack",),
    ),
    # "two drones dropped explosive devices on the territory of an agricultural enterprise": a drone's drop
    _p(
        # ("the drone still managed to drop munition over the oil depot")
        r"\b(?:dropped|drops|dropping|(?<=to )drop)\s+(?:(?:an?|two|three|four|five|several|\d+)\s+)?"
        r"(?:[\w-]+\s+)?(?:explosive devices?|explosives|munitions?|bombs?|grenades?|ammunition)\b",
        "strike",
        hints=("dropped", "drops", "dropping", "drop"),
    ),
    # a border governor's "the attack on the village of Klimovo": fire on a place named as one
    _p(r"\battacks? on (?:the )?(?:village|town|city|settlement) of\b", "strike", hints=("attack",)),
    # ... or a regional administration's "launched an attack on Myrove community": fire on a hromada
    _p(rf"\battacks? on{_COMMUNITY_AFTER}", "strike", hints=("attack",)),
    # "carried out attacks on energy facilities in his region": what only fire reaches
    _p(
        r"\battacks? on (?:the |its |their |(?:[\w-]+ )?(?:ukrainian|russian|ukraine['’]s|russia['’]s) )?"
        rf"(?:{_FIRE_ONLY_TARGETS}|railway|rail|grain) (?:[\w-]+ )?"
        r"(?:facilities|infrastructure|plants?|stations?|grids?|substations?|buildings?|areas|terminals?|depots?)\b",
        "strike",
        hints=("attack",),
    ),
    # a border governor's tally: "eight mortar rounds were fired against the village of Poroz", "a
    # fragmentation shell was dropped from a drone in the village of Butyrki"
    _p(
        r"\b(?:shells?|rounds|mines|munitions?|grenades?|bombs?|explosive devices?|projectiles)"
        # "five munitions and a drone were launched against the village of Novoye", "Fifty projectiles and
        # 23 drones were launched at the Krasnoyaruzhsky District"
        r"(?: and (?:an? |\w+ )?(?:drones?|UAVs?))? (?:was|were|had been) (?:dropped|fired|launched)\b"
        # a drone's drop, as a regional administration words it: "as a result of the dumping of ammunition"
        r"|\b(?:dumping|dropping) of (?:ammunition|munitions|explosives|explosive devices|grenades)\b"
        # ("killed in Antonivka ... as a result of an explosive drop from a Russian drone")
        r"|\bexplosives? drops?\b(?= (?:from|by)\b)",
        "strike",
        hints=(
            "shell", "round", "mine", "munition", "grenade", "bomb", "explosive", "ammunition", "projectile"
        ),
    ),
    # fire a side is accused of: "accused Russian occupying forces of firing towards the town of Avdiivka",
    # "accused Russia of killing a 65-year-old man in the city of Kherson"
    _p(
        r"\baccus(?:ed|es|ing|e)\s+(?:[\w'’-]+\s+){1,4}?of\s+(?:(?:firing|shooting)\s+(?:at|on|towards?|into)"
        r"|(?:killing|wounding|injuring)\b(?=[^.;]{0,60}?\s+in\s+(?:the\s+)?(?:city|town|village|settlement"
        r"|[A-Z])))",
        "strike",
        hints=("accus",),
    ),
    # ground a side's troops took up: "Ukrainian soldiers gained new positions near the village of Luhanske"
    _p(
        r"\bgained\s+(?:new\s+|several\s+|some\s+)?positions\s+(?:near|in|around|outside|on\s+the\s+outskirts\s+of)\b",
        "advance",
        hints=("gained",),
    ),
    # an attack told by the town it left without power: "A major Russian assault on Ukraine's energy
    # infrastructure has left the city of Kremenchuk completely without electricity"
    _p(
        r"\b(?:attacks?|strikes?|assault|shelling|bombardment)\b(?=[^.;]{0,80}?\bleft\s+(?:the\s+(?:city|town"
        r"|village)\s+of\s+)?[A-Z][\w'’-]+\s+(?:(?:completely|partially|partly|largely|entirely)\s+)?without\s+"
        r"(?:electricity|power|water|heat|heating|gas)\b)",
        "strike",
        hints=("attack", "strike", "assault", "shelling", "bombardment"),
    ),
    # fire counted in shots, as the ATO's press centre told it: "In the direction of Zaitseve and Opytne they
    # made 21 shots from mortars"
    _p(
        r"\b(?:made|fired)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+shots?\s+"
        r"(?:from|with)\s+(?:[\w-]+\s+){0,2}?(?:mortars?|artillery|guns?|tanks?|launchers?|howitzers?)\b",
        "strike",
        hints=("shots",),
    ),
    # what a side's fire did at a place named before it: "30 containers caught fire in the port of Izmail as a
    # result of nighttime Russian strikes"
    _p(
        # (not a sentence that opens on it: "As a result of the enemy attack, there are casualties, according
        # to the police chief of the Mykolaiv region")
        r"(?<=[\w)] )as\s+a\s+result\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:Russian|Ukrainian|enemy|russian)\s+"
        r"(?:[\w-]+\s+)?(?:strikes?|attacks?|shelling|bombardment)\b"
        # ... or after one such attack: "A fire broke out at the plant after a Russian shelling attack"
        r"|(?<=[\w)] )after\s+an?\s+(?:[\w-]+\s+)?(?:Russian|Ukrainian|enemy|russian)\s+"
        r"(?:[\w-]+\s+)?(?:strike|attack|shelling|bombardment)\b(?!\s+(?:on|against|in|at)\b)",
        "strike",
        place_before=True,
        hints=("result", "after"),
    ),
    # "Russia launched 99 attacks against Kherson Oblast, killing one person": fire on the oblast
    _p(
        rf"\battacks\s+(?:against|on)\b(?={_KILLING_AFTER})|\battack\s+(?:against|on)\b(?={_CIVILIANS_KILLED_AFTER})"
        # ... or counted with the civilians they hurt: "In Sumy Oblast, Russia carried out more than 100
        # attacks, injuring five people"
        rf"|\b(?:carried out|launched|conducted|made|mounted)\s+(?:[\w-]+\s+){{0,3}}?attacks\b"
        rf"(?=[^.;,]{{0,30}},\s+(?:killing|injuring|wounding)\s+(?:[\w-]+\s+){{0,3}}?"
        r"(?:people|persons|civilians|residents|m[ae]n|wom[ae]n|child(?:ren)?|[\w-]+-year-old)\b)"
        # ... or the fire a side conducted on places: "The enemy conducted mortar fire on Stelmakhivka"
        r"|\bconduct(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,2}?fire\s+(?:on|at|against)\b"
        # ... or doing harm to things: "launched a targeted attack on Ukraine's central Poltava region,
        # resulting in substantial damage to the area's energy infrastructure"
        rf"|\battacks?\s+(?:against|on)\b(?={_HARM_AFTER})"
        # ("The Russian assault on Odesa resulted in power outages across the city")
        r"|\b(?:attacks?|assault)\s+on\b(?=[^.;:]{0,60}?\bresult(?:ed|s)?\s+in\s+(?:[\w-]+\s+){0,2}?"
        r"(?:power\s+outages?|blackouts?|outages?|damage|destruction|fires?|casualties|deaths)\b)",
        "strike",
        hints=("attack", "assault", "fire"),
    ),
    # a side's forces that killed or wounded civilians in a place fired on it: "Russian troops killed one
    # civilian in northeastern Kharkiv Oblast", "the Russian army killed three power engineers who were
    # performing emergency recovery work near the village of X"
    _p(
        r"\b(?:killed|injured|wounded)\s+(?:at least\s+)?"
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:civilians?|residents?|people|persons?|m[ae]n|wom[ae]n|child(?:ren)?"
        r"|boys?|girls?|workers?|engineers?|employees?|rescuers?|firefighters?|medics?|volunteers?"
        # ("A Russian drone has killed two journalists in Kramatorsk")
        r"|journalists?|reporters?|police\s+officers?|policem[ae]n|doctors?|nurses?|teachers?|drivers?"
        r"|farmers?|passengers?|pensioners?|teenagers?|students?)\b"
        # ("killed three people, including a child, and injured many more on Wednesday evening in the
        # southeastern Ukrainian city of Dnipro")
        r"(?=(?:\s+who\s+[^,.;]{1,70}?)?(?:,\s+including\s+[^,.;]{1,40},)?"
        # ("killed three civilian residents of Donetsk Oblast on 6 September: in Heorhiivka, ...")
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:Oblast|oblast|Region|region))?)?"
        # ("and wounded nearly three dozen people in the southern city of Odesa")
        r"(?:\s+and\s+(?:injured|wounded)\s+(?:[\w-]+\s+){0,4}?(?:more|others|people|\d+)\b)?"
        r"(?:\s+(?:on|late on|early on)\s+[A-Z][a-z]+(?:\s+(?:morning|evening|night|afternoon))?"
        r"|\s+on\s+\d{1,2}\s+[A-Z][a-z]+|\s+on\s+[A-Z][a-z]+\s+\d{1,2}"
        r"|\s+overnight|\s+last night)?:?\s+(?:in|near|on)\b)",
        "strike",
        needs_forces=True,
        hints=("killed", "injured", "wounded"),
    ),
    # a side's claim to a place: "On Saturday Russia claimed the nearby village of Lozuvatske" (not "claimed
    # the village of X was still under its control": a claim to have held it)
    _p(
        r"\bclaim(?:ed|s|ing)\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+|small\s+)?"
        r"(?:village|town|city|settlement|hamlet)s?\s+of\b"
        r"(?![^.,;]{0,40}?\b(?:was|is|were|are|remains?|remained|had|has|would|will)\b)",
        "advance",
        hints=("claim",),
    ),
    # a place that took a count of attacks, or was their target: "the village of Elizavetovka experienced
    # six attacks on its livestock complex", "Kramatorsk has been the target of attacks for the second day"
    _p(
        r"\b(?:experienced|endured|sustained|withstood)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
        r"|several|numerous|multiple|repeated)\s+(?:[\w-]+\s+)?(?:attacks|strikes|shellings|bombardments)\b"
        # (not "had been the target of Russian attacks for months": the background of a long siege)
        r"|\b(?:has|have|had) been (?:the |a )?targets? of (?:[\w-]+ ){0,2}?(?:attacks|strikes|shelling)\b"
        r"(?! (?:for (?:many |several )?(?:months|years|weeks)|since)\b)",
        "strike",
        role="target",
        place_before=True,
        hints=("experienced", "endured", "sustained", "withstood", "target"),
    ),
    # the side hit told first: "Moscow, which has suffered a string of attacks on the port of Sevastopol"
    _p(
        r"\bsuffer(?:ed|s|ing)?\s+(?:(?:a|an)\s+(?:string|series|wave|spate|number)\s+of\s+"
        r"|(?:repeated|several|numerous|multiple|frequent|regular)\s+)?(?:[\w-]+\s+)?"
        r"(?:attacks|strikes|shelling|bombardments?)\s+on\b",
        "strike",
        role="target",
        hints=("suffer",),
    ),
    # the harm a round-up of shelling tallies: "The biggest damage was caused to Buchansky district (Irpin,
    # Bucha, Makariv ... communities)" (after a report of fire, or with a weapon in the sentence)
    _p(
        r"\b(?:damage|destruction)\s+(?:was|were|has\s+been|had\s+been)\s+(?:caused|done|inflicted)\s+(?:to|in)\b",
        "strike",
        needs_military=True,
        hints=("damage", "destruction"),
    ),
    # harm told by its cause: "the village of X was left without electricity due to shelling", "dry grass
    # caught fire outside the settlement due to Russian shelling"
    _p(
        r"\b(?:due to|because of|as a result of|caused by) (?:the |an? )?"
        r"(?:(?:enemy|russian|ukrainian|heavy|constant"
        r"|artillery|intense|massive|missile|drone) ){0,2}(?:shelling|shellfire|bombardments?|airstrikes?"
        r"|air strikes?|missile strikes?|drone strikes?|drone attacks?|missile attacks?)\b"
        # a side's attack, when the place is left in the dark by it: "Due to the Russian attack, Kremenchuk
        # was completely cut off from electricity" (a bare "attack" is too wide a word to stand alone)
        r"|\b(?:due to|because of|as a result of|caused by|after|following) (?:the |an? )?"
        r"(?:russian|ukrainian|enemy)(?: [\w-]+)? attacks?\b(?=.{0,80}?\b(?:without|cut off from|lost) "
        r"(?:power|electricity|light|heating|water supply)\b)"
        # "Chornomorsk was completely without power following a Russian attack"
        r"|\bwithout (?:power|electricity|light|heating)\b[^.;]{0,30}?\b(?:after|following|due to) "
        r"(?:the |an? )?"
        r"(?:russian|ukrainian|enemy)(?: [\w-]+)? attacks?\b",
        "strike",
        role="target",
        place_before=True,
        hints=(*CAUSE_WORDS, "after", "following", "without"),
    ),
    # people hurt by fire in a place: "In Donetsk Oblast, seven people were injured in Russian attacks"
    _p(
        # ("In Kyiv region, 27 people were injured as a result of a massive Russian attack")
        r"\b(?:killed|injured|wounded|died|lost (?:their|his|her) lives?)\s+"
        r"(?:in|by|as a result of|during)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:attacks?|shelling|strikes?|bombardments?|airstrikes?|air raids?)\b"
        # ("A 79-year-old man was also treated after a previous attack in Nechvolodivka")
        r"|\b(?:killed|injured|wounded|hurt|treated|hospitali[sz]ed)\s+(?:after|following)\s+"
        r"(?:the\s+|an?\s+|another\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|shelling|strikes?|bombardments?|airstrikes?)"
        r"(?=\s+(?:in|on)\s+(?:the\s+)?[A-Z])"
        # "the effects of the massive attack were recorded in Bila Tserkva, Fastiv and Bucha districts"
        r"|\b(?:effects|consequences|aftermath)\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:attacks?|strikes?|shelling)\s+(?:were|was|have\s+been|has\s+been)\s+(?:recorded|reported)"
        r"(?=\s+in\b)"
        # the place between the harm and its cause: "a woman was injured in the Slovianka community of
        # Dnipropetrovsk region due to Russian strikes"
        # ("the number of victims in Kyiv as a result of the Russian attack ... has increased to nine")
        r"|\b(?:killed|injured|wounded|died|victims|casualties|injuries)\s+in\s+[^.;:]{1,60}?\s+"
        r"(?:due\s+to|as\s+a\s+result\s+of|because\s+of)"
        r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|shelling|strikes?|bombardments?|airstrikes?"
        # ("a woman sustained injuries in Kherson due to explosives deployed by the occupiers from a UAV")
        r"|explosives?(?=\s+(?:dropped|deployed|launched)\s+(?:by\s+[\w\s]{1,30}?\s+)?from\s+(?:an?\s+)?"
        r"(?:drones?|UAVs?)))\b",
        "strike",
        role="target",
        place_before=True,
        hints=(
            "killed", "injured", "wounded", "died", "lost", "effects", "consequences", "aftermath", "victims",
            "casualties", "hurt", "treated", "hospitali", "injuries",
        ),  # fmt: skip
    ),
    # a side that killed or wounded people somewhere: "the Russians killed five residents of the Donetsk
    # region: two in Kurakhove and one each in Toretsk and Siversk" (the fire that did it)
    _p(
        r"(?:(?<=\brussians )|(?<=\boccupiers )|(?<=\binvaders )|(?<=\baggressor )|(?<=\benemy ))"
        r"(?:have |has |had )?(?:killed|wounded|injured)\b",
        "strike",
        hints=("killed", "wounded", "injured", "have", "has", "had"),
    ),
    # ... and a weapon's arrival told of it: "A missile was reported arriving at the city of Sumy"
    _p(
        # (not "new drones arrived in Kyiv from Poland": a delivery)
        r"\b(?:missiles?|rockets?|drones?|shells?|projectiles?|bombs?) (?:was|were) reported arriving"
        r" (?:at|in)\b",
        "strike",
        hints=("arriv",),
    ),
    # "there were arrivals in Lyptsi and in Kharkiv": the Ukrainian word for hits, translated
    _p(
        r"\bthere (?:were|have been|had been) (?:[\w-]+ )?arrivals\b"
        # ... and the hits a mayor counts: "there had been four strikes on an industrial zone in the city"
        r"|\bthere (?:were|was|have been|has been|had been) (?:\w+ )?(?:missile |air |drone )?"
        r"(?:strikes?|hits)(?= (?:on|at|in)\b)",
        "strike",
        hints=("there",),  # (not "strike": nearly every sentence of a report holds it)
    ),
    # the border guards' tallies: "in the direction of Kovpynka village - two arrivals, possibly by attack
    # UAVs", "four attacks, probably from a 120-mm mortar" (counted attacks with no weapon are assaults)
    _p(
        # (and the machine translation's "parishes" for прильоти: "six parishes in the direction of
        # Yeline")
        rf"\b{_COUNT}\s+(?:more\s+)?(?:arrivals?|parishes)\b"
        rf"|\b{_COUNT}\s+(?:more\s+)?attacks?\b(?=,?\s+(?:(?:possibly|probably|allegedly|likely)\s+)?"
        r"(?:from|by|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:mortars?|artillery|drones?|uavs?|mlrs"
        r"|rockets?|missiles?|bombs?|grenades?|tanks?|aircraft|aviation)\b)",
        "strike",
        hints=("arrival", "attack", "parishes"),
    ),
    # an oblast's tally: "the attacks affected the Khotin, Yunakivka and Svesa hromadas", "the areas of X
    # and Y were affected by artillery fire"
    _p(
        r"\b(?:attacks?|strikes?|explosions?|shelling) (?:also )?(?:affected|impacted)\b",
        "strike",
        hints=("affected", "impacted"),
    ),
    # a regional administration's "He terrorized Nikopol, Marhanets and Myrove communities": fire on them
    _p(
        r"\bterrori[sz](?:ed|es|ing)\b"
        r"(?= (?:the )?(?:[A-Z]|residents|civilians|settlements|communities|villages|towns))",
        "strike",
        hints=("terroris", "terroriz"),
    ),
    # "with Russian forces carving out a 200 square kilometre chunk of Ukraine's Sumy region": ground taken
    _p(r"\bcarv(?:ed|ing|es) out\b", "advance", needs_forces=True, hints=("carv",)),
    # the rest of a round-up's list: "Other affected settlements include: X in Bohodukhiv district, Y ..."
    _p(
        r"\b(?:affected|shelled|attacked|targeted)\s+(?:settlements|villages|towns|communities|localities)"
        r"\s+(?:also\s+)?(?:include|included|were|are)\b",
        "strike",
        hints=("affected", "shelled", "attacked", "targeted"),
    ),
    # a regional administration's list: "Kherson, Antonivka, ..., Osokorivka suffered from terrorist
    # aggressions", "... suffered from Russian attacks"
    _p(
        # ("Chernihiv region suffered a massive attack by strike drones")
        # ('Ivano-Frankivsk Oblast had suffered "the largest attack during the full-scale war"')
        r"\bsuffered\s+[\"“]?"
        r"(?:from\s+|an?\s+|the\s+(?=(?:largest|biggest|heaviest|most\s+massive|worst)\b))"
        # ("Rivne region suffered a massive enemy air attack")
        r"(?:[\w-]+\s+){0,3}?"
        r"(?:aggressions?|attacks?|strikes?|fire|bombardments?"
        r"|shelling|terror)\b",
        "strike",
        role="target",
        place_before=True,
        hints=("suffered",),
    ),
    # "Damage was reported in Pavlohrad itself, as well as in the Ternivka, Yuriivka, and Mezhyrich
    # communities": the places a strike hit (not a storm's or a flood's damage)
    _p(
        r"(?<!storm )(?<!flood )(?<!weather )\bdamage (?:was|were|has been|had been) (?:also )?"
        r"(?:reported|recorded|registered)(?= (?:in|at)\b)",
        "strike",
        hints=("damage was", "damage has", "damage had", "damage were"),
    ),
    # "Injuries were reported across the nation, including in the western Lviv region": the toll of a
    # night's attack, place by place; "Kharkiv Oblast recorded 20 injuries from Russian attacks"
    _p(
        r"\b(?:injuries|casualties) (?:were|have been|had been) (?:also )?(?:reported|recorded)"
        r"(?=(?: [\w-]+){0,3},? (?:including |notably |especially )?in\b| in\b)"
        r"|\binjuries from (?:[\w-]+ ){0,2}?(?:attacks?|strikes?|shelling)\b"
        # ("there are also casualties in Synelnykove", after the night's attack on Dnipro)
        r"|\bthere (?:are|were|have been) (?:also )?(?:civilian )?casualties(?= in\b)",
        "strike",
        hints=("injuries", "there"),
    ),
    # "The city of Sievierodonetsk ... has faced relentless Russian bombardment", "Kharkiv endured heavy
    # shelling overnight": the place the subject, fire its object
    _p(
        r"\b(?:has |have |had )?(?:faced|endured|withstood)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:bombardments?|shelling|air ?strikes|missile strikes|drone attacks|artillery fire)\b",
        "strike",
        role="target",
        place_before=True,
        hints=("faced", "endured", "withstood"),
    ),
    # "Naftogaz's gas production infrastructure in the Poltava and Kharkov regions was severely damaged
    # overnight": damage done in the night, the time the war's air raids strike, with no storm named
    _p(
        r"\b(?:was|were|has been|have been) (?:\w+ly )?(?:damaged|destroyed)"
        r"(?= (?:overnight|during the night|last night|at night|in the night)\b)"
        r"(?! \w+(?: \w+)? by (?:the |a )?(?:storm|floods?|wind|winds|weather|ice|fire)\b)",
        "strike",
        role="target",
        place_before=True,
        hints=("damaged", "destroyed"),
    ),
    # "Ukrainian military airfields in Poltava and Dnepropetrovsk were disabled": a military site put out
    # of action, as Moscow's briefings tell a strike
    _p(
        r"\b(?:airfields?|air ?bases?|airports?|(?:ammunition |fuel |oil )?depots?|arsenals?|radars?"
        r"|command posts?|headquarters)\b[^.;]{0,60}?\b(?:was|were|has been|have been|had been) "
        r"(?:\w+ly )?(?:disabled|put out of (?:action|operation|service)|incapacitated)\b",
        "strike",
        role="target",
        place_before=True,
        hints=("disabled", "out of action", "out of operation", "out of service", "incapacitated"),
    ),
    # "Kaniv hydropower plant was among the targets": a place named among what the fire hit
    _p(
        r"\b(?:was|were|is|are) (?:also )?among (?:the )?(?:[\w-]+ )?(?:targets|facilities|sites|objects)"
        r"(?= (?:hit|struck|attacked|targeted|damaged)\b|[,.;]| along\b| of (?:the )?(?:attack|strike)s?\b)",
        "strike",
        role="target",
        place_before=True,
        hints=("among",),
    ),
    # the places an attack reached, listed after a dash: "multiple areas were affected - Volyn,
    # Dnipropetrovsk, Donetsk ... oblasts"
    _p(
        r"\b(?:areas|regions|oblasts|cities|towns|communities|settlements) (?:were|have been) (?:also )?"
        r"affected"
        r"(?= ?[-–—:])",
        "strike",
        hints=("affected",),
    ),
    _p(
        r"\b(?:was|were|have been|has been) affected by (?:[\w-]+ ){0,2}?"
        r"(?:fire|shelling|strikes?|attacks?|bombardment|explosions)\b",
        "strike",
        role="target",
        place_before=True,
        hints=("affected",),
    ),
    _p(
        # (not on troops: "blocking the enemy's advance and inflicting damage on them")
        r"\binflict(?:ed|ing|s)? (?:[\w-]+ ){0,2}?(?:losses|damage|defeat|strikes?|fire)\b"
        r"(?! (?:on|upon) (?:them|him|it|the enemy|the occupiers|the invaders|enemy)\b)"
        r"|\bopen(?:ed|s|ing)? fire\b"
        # the General Staff's "they are carrying out fire damage from multiple launch rocket systems near X"
        r"|\b(?:carr(?:y|ies|ied|ying) out|conduct(?:s|ed|ing)?) fire damage\b"
        r"|\b(?:attacks?|strikes?)\b(?= (?:[\w-]+ ){0,2}?(?:killed|injured|wounded|damaged|destroyed)\b"
        # "the Russian attack caused two buildings and 2.5 hectares of grass to catch fire"
        r"| (?:[\w-]+ ){0,2}?(?:caused|sparked|started|triggered) (?:[^.;:]|(?<=\d)\.(?=\d)){0,80}?"
        r"\b(?:fires?|blazes?|damage|destruction)\b"
        # "overnight strikes on the southern city of Zaporizhzhia had killed at least one person"
        # ("an attack on an electrical substation in the city of Rylsk injured two teenagers")
        r"| (?:on|against|over|in|across) (?:[\w'’-]+ ){1,9}?(?:had |have |has )?"
        r"(?:killed|injured|wounded)\b"
        # "Yesterday's attack on Odesa led to 22 injuries and one fatality"
        # ("The attack in Zaporizhzhia, as per the president, has resulted in at least one casualty")
        r"| (?:on|in) (?:[\w'’-]+,? ){1,8}?(?:has |have |had )?(?:led to|resulted in|caused|left)"
        r" (?:[\w-]+ ){0,3}?"
        r"(?:injuries|deaths?|casualt(?:y|ies)|fatalit(?:y|ies)"
        r"|(?:people )?(?:dead|killed|injured|wounded))\b)"
        # "Friday's Russian air raid left seven people dead"
        r"|\b(?:air )?raids?\b(?= (?:on (?:[\w'’-]+ ){1,4}?)?left (?:[\w-]+ ){0,4}?(?:dead|injured"
        r"|wounded)\b)",
        "strike",
        hints=("inflict", "open", "attack", "strike", "raid", "carr", "conduct"),
    ),
    # weapons used to strike: "The Russians used 18 drones to attack the Kholodnohirskyi and Shevchenkivskyi
    # districts of the city", "had used high precision long range weapons to strike Yavoriv"
    _p(
        r"\bus(?:ed|es|ing)\s+(?:[\w-]+\s+){0,4}?(?:drones?|UAVs?|missiles?|rockets?|bombs?|shahed\w*"
        r"|artillery|MLRS|FPVs?|weapons|weaponry|munitions)\s+to\s+(?:attack|strike|hit|target|shell|bomb)\b",
        "strike",
        hints=("used", "uses", "using"),
    ),
    # a side's blow that took out its targets: "Russia had taken out two Ukrainian ammunition depots and a
    # drone command center in ... Kherson Region" (not "took out loans", "taken out of service")
    _p(
        r"\b(?:took|taken|take|takes|taking) out "
        r"(?=(?:[\w-]+ ){0,4}?(?:depots?|launchers?|radars?|aircraft|tanks|positions|systems?"
        r"|command (?:posts?|cent(?:re|er)s?)|headquarters|bridges?|vehicles|equipment"
        r"|warehouses?|ships?|boats|howitzers?|artillery)\b)",
        "strike",
        hints=("took", "tak"),
    ),
    # a raid a side made on a place, by land or sea: "its forces had conducted a raid on the
    # Russian-controlled Tendra Spit", "destroyed six armored vehicles during a raid on the Kinburn Spit" (a
    # raid into Russia is a crossing, above; "repelled a raid on a base" is no raid done)
    _p(
        r"\b(?:(?:conduct|carri|carry|launch|stag|mount|undert[ao]k)\w*(?: out)? (?:an? |the |another )"
        r"|(?:during|in) (?:an? |the ))"
        r"(?:(?:successful|daring|new|second|amphibious|naval|commando|special|cross-river) ){0,2}raids? on\b"
        r"(?=(?: the)?(?: [\w'’-]+){0,2}? [A-Z])",
        "strike",
        hints=("raid",),
    ),
    # bombing from the air on a place: "after Russia launched its third night in a row of air raids on Kyiv"
    # (not the alerts: "air raid sirens sounded in Kyiv")
    _p(
        r"\b(?:air|aerial|bombing) raids? on\b(?=(?: the)?(?: [\w'’-]+){0,2}? [A-Z])",
        "strike",
        hints=("raid",),
    ),
    # fire told by what it did: "one person had been killed by a Russian drone in Novopavlivka", "two cars
    # caught fire after the attack", "Ukrainian drones ignited several oil tanks in the Rostov region"
    _p(
        r"\b(?:killed|injured|wounded)\s+(?:by|in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:drones?|missiles?|shelling|air ?strikes?|airstrikes?|bombs?|rockets?|artillery fire|shells?"
        r"|UAVs?)\b"
        r"|\bcaught fire\s+(?:after|following|as a result of|during|due to)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:attacks?|strikes?|shelling|drones?|bombardment|explosions?)\b"
        r"|\b(?:ignited|set fire to|set ablaze)\b"
        # "an aerial attack set three tanks filled with petroleum products on fire in the Temryuk district"
        r"|\bset (?:[\w-]+ ){1,6}?on fire\b"
        # "a Ukrainian attack had set a gasoline tank ablaze at the Tuapse oil complex"
        r"|\bset (?:[\w-]+ ){1,6}?ablaze\b",
        "strike",
        needs_military=True,
        hints=("killed", "injured", "wounded", "caught", "ignited", "set fire", "on fire", "ablaze"),
    ),
    # "a drone fell on the grounds of the Novoshakhtinsk oil refinery", "debris fell on a house in X"
    _p(
        # ("Two unknown unmanned aerial vehicles (UAVs) fell on the territory of the Engels airbase")
        r"\b(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?|rockets?|shells?|debris|wreckage|fragments)"
        r"(?:\s+\([^()]{1,30}\))?\s+(?:[\w-]+\s+){0,3}?"
        r"(?:fell|fallen|crashed|landed)\s+(?:on|onto|in|into|at|near)\b"
        # ... and the noun, with what it did: "As a result of a UAV crash, a fire occurred at the Azot plant"
        r"|\b(?:drone|UAV)s?\s+(?:crash(?:es)?|fall|impacts?)\b"
        r"(?=[^.;]{0,80}?\b(?:fires?|damag\w*|destr\w*)\b)"
        # "an explosive carried by a drone detonated just outside the plant's protected area"
        r"|\b(?:drones?|UAVs?|missiles?|rockets?|shells?|explosives?|munitions?|devices?)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:detonated|exploded)\s+(?:(?:just|right|directly)\s+)?"
        r"(?:on|onto|in|into|at|near|outside|inside|over)\b"
        # "debris from a downed drone sparked a fire at a Rosneft oil refinery there"
        # ('debris from one of the drones caused a "new fire" at a fuel depot')
        r"|\b(?:debris|wreckage|fragments)\s+(?:[\w-]+\s+){0,5}?(?:sparked|caused|started)\s+(?:an?\s+)?"
        r"[\"“]?(?:[\w-]+\s+)?fires?\b",
        "strike",
        hints=(
            "drone", "uav", "missile", "rocket", "shell", "debris", "wreckage", "fragment", "explosive",
            "munition", "device",
        ),  # fmt: skip
    ),
    # what falling debris did: "reeds burned in an open area as a result of falling debris from downed
    # targets"
    _p(
        r"\b(?:as\s+a\s+result\s+of|due\s+to|because\s+of|caused\s+by)\s+(?:the\s+)?(?:falling|fallen)\s+"
        rf"(?:{_DEBRIS_CRAFT}\s+)?{_DEBRIS}\b",
        "strike",
        hints=("falling", "fallen"),
    ),
    # debris told where it was found: "Falling debris was recorded in the Solomianskyi and Dniprovskyi
    # districts", "remains of Russian UAVs were also recorded in the Holosiivskyi district"
    _p(
        rf"\b(?:(?:the\s+)?fall\s+of\s+(?:the\s+)?)?(?:falling\s+)?(?:{_DEBRIS_CRAFT}\s+)?"
        rf"(?:{_DEBRIS}|remains(?=\s+of\s+(?:[\w-]+\s+){{0,2}}?{_SENT_CRAFT}))"
        rf"(?:\s+of\s+(?:[\w-]+\s+){{0,3}}?{_SENT_CRAFT})?"
        r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:recorded|reported|found|registered|spotted"
        r"|discovered)\s+(?:in|on|at|near)\b",
        "strike",
        hints=("debris", "wreckage", "fragments", "remains"),
    ),
    # a bomb gone off or a vehicle blown up: "an improvised explosive device went off on a railroad in Ryazan
    # Region", "a train exploded in the Novooskolsky district", "his car exploded in Sevastopol" (a blast: who
    # set it is for a claim or a by-phrase to say, not the people it killed)
    _p(
        r"\b(?:(?:explosive\s+)?devices?|bombs?|IEDs?|trains?|cars?|vehicles?|locomotives?|trucks?)"
        r"\s+(?:[\w-]+\s+){0,4}?(?:detonated|exploded|went\s+off)\s+(?:(?:just|right|directly|early)\s+)?"
        r"(?:on|onto|in|into|at|near|outside|inside)\b",
        "strike",
        role="target",
        hints=("device", "bomb", "ied", "train", "car", "vehicle", "locomotive", "truck"),
    ),
    # ... a vehicle blown up, with no side's weapon named ("the car of a writer was blown up in Nizhny
    # Novgorod"), and a train derailed by a blast ("a freight train derailed in the Bryansk region after
    # the detonation of an explosive device", "derailed ... following an explosion")
    _p(
        # (not "a car with enemy troops was blown up": the side in it was hit; left to the next pattern)
        r"\b(?:cars?|vehicles?|SUVs?|trains?|locomotives?|trucks?|buses)\s+"
        # ("the car of Russian propagandist Zakhar Prilepin was blown up": a side's person, not its troops)
        r"(?:(?!enemy\b|(?:russian|ukrainian)\s+(?:troops|soldiers|servicemen|military|officers|forces"
        r"|fighters|sabotage)\b|occupiers?\b|invaders?\b)[\w-]+\s+){0,5}?"
        r"(?:was|were|got|had\s+been|has\s+been|have\s+been)\s+blown up\b"
        r"|\bderailed\b(?=[^.;]{0,90}?\b(?:following|after|due\s+to|because\s+of|caused\s+by|by)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?|detonation|explosives?|bombs?)\b)",
        "strike",
        role="target",
        place_before=True,
        hints=("blown up", "derailed"),
    ),
    # blasts people heard where they live: "residents of the town of Yeisk said they heard loud explosions
    # near the local airfield" (not "heard of explosions elsewhere")
    _p(
        # ("Authorities in the Zhytomyr and Poltava regions also reported explosions")
        r"(?:(?<=\bheard )|(?<=\breported ))(?:(?:loud|several|powerful|multiple|numerous|a\s+series\s+of"
        r"|at\s+least\s+\w+)"
        r"\s+){0,2}(?:explosions|blasts)\b",
        "strike",
        role="target",
        place_before=True,
        hints=("explosions", "blasts"),
    ),
    # where a strike landed, told by its impact: "the impact occurred in the Osnovianskyi district of Kharkiv"
    _p(
        r"\bimpacts?\s+(?:occurred|(?:was|were)\s+recorded|took\s+place)(?=\s+(?:in|at|near|on)\b)",
        "strike",
        role="target",
        hints=("impact",),
    ),
    # sabotage of the railways and the grid: "The Atesh partisan group sabotaged the railways in the Russian
    # city of Volgograd" (not "sabotaged the talks")
    _p(
        r"\bsabotag(?:ed|es|ing)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:railways?|railroads?|rail\s+lines?|tracks?|relay\s+(?:cabinets?|panels?|boxes?)|trains?"
        r"|locomotives?|substations?|power\s+lines?|pipelines?|bridges?)\b",
        "strike",
        hints=("sabotag",),
    ),
    # drones and missiles downed over or near a place: an attack on it, by the weapons' side ("air defence
    # shot down two drones in the vicinity of Domodedovo", "four drones were downed over New Moscow"), as
    # "destroyed 12 drones over Kharkiv" is
    _p(
        # ("reported intercepting or destroying 18 drones across multiple regions")
        rf"\b(?:{_DOWNING}|downing|intercepting|(?<=or )destroying)"
        # (a word in quotes among them: 'shot down an "enemy" drone in the Kursk region')
        r"(?=\s+(?:(?:at least|up to|about|over|more than|another|all|a total of)\s+)?"
        r"(?:[\"“'‘]?[\w-]+[\"”'’]?\s+){0,3}?"
        rf"{_DOWNED_WEAPONS}(?:\s+\([^()]{{1,30}}\))?{_DOWNED_OVER})"
        # ("15 drones were allegedly shot down over Voronezh")
        # ("drones had also been shot down over Belgorod and Bryansk regions")
        rf"|(?:(?<=were )|(?<=was )|(?<=been )|(?<=also )|(?<=allegedly )|(?<=reportedly )|(?<=ostensibly )"
        rf"|(?<=supposedly )|(?<=purportedly )){_DOWNING}"
        rf"{_DOWNED_BY_OVER}"
        # ("Forty-two drones were destroyed over the Saratov region": destroyed is a shoot-down only after
        # the weapons)
        rf"|(?:(?<=drones were )|(?<=UAVs were )|(?<=missiles were ))destroyed{_DOWNED_BY_OVER}"
        # ... or after a count of a tally: "Among these, eight were destroyed over the Ryazan region"
        # (over a region only: not "eight were destroyed over the weekend")
        rf"|(?:{_COUNT_WERE})destroyed(?=\s+over\s+(?:the\s+)?[\w-]+\s+(?:region|oblast|krai|republic)\b)"
        # the noun: "the destruction of several drones on approach to Morozovsk"
        # (the weapons in the phrase: what follows a bare "destruction of" reads as things lost)
        rf"|\bdestruction of\s+(?:[\w-]+\s+){{0,3}}?{_DOWNED_WEAPONS}(?={_DOWNED_OVER})",
        "strike",
        hints=(
            "shot down", "downed", "downing", "intercepted", "intercepting", "destroyed", "destroying",
            "neutrali", "destruction",
        ),  # fmt: skip
    ),
    # a region that saw the weapons destroyed over it: "Pskov and Rostov regions each saw the destruction of
    # three drones"
    _p(
        rf"\b(?:saw|see|sees|recorded|reported)\s+the\s+destruction\s+of\s+(?:[\w-]+\s+){{0,3}}?{_DOWNED_WEAPONS}",
        "strike",
        role="target",
        hints=("destruction",),
    ),
    # an occupation official's "the Russian military was suppressing the positions of the Armed Forces of
    # Ukraine ... in Orekhovo, Gulyaipole and Kamensky": fire on them
    _p(
        r"\bsuppress(?:ed|ing|es)?\s+(?:the\s+)?(?:enemy\s+|ukrainian\s+|russian\s+)?"
        r"(?:positions|firing points)\b",
        "strike",
        hints=("suppress",),
    ),
    # weapons that got to a place: "the drones had reached the cities of Nizhnekamsk and Kazan"
    _p(
        r"\b(?:drones?|UAVs?|missiles?|rockets?|Shaheds?)\s+(?:(?:had|have|has)\s+)?reached\b",
        "strike",
        hints=("reached",),
    ),
    # Defence Ministry summaries: "destroyed an enemy mortar unit north of X"
    _p(
        r"\b(?:destroy(?:ed|ing|s)?|eliminated|neutrali[sz]ed|wiped out)\s+(?:an?\s+|the\s+|\d+\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:units?|positions?|depots?|command posts?|crews?|launchers?|howitzers?"
        r"|mortars?|strongholds?|strongpoints?|firing points?|stores?|warehouses?|radars?|batter(?:y|ies))\b",
        "strike",
        hints=("destroy", "eliminated", "neutrali", "wiped"),
    ),
    # a border round-up's "the enemy dropped four mines", "grenades were dropped from a drone"
    _p(
        r"\bdropp(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:mines|grenades|explosives|munitions|bombs|KABs|FABs)\b"
        r"|(?<=were )dropped from (?:a |an )?(?:drones?|UAVs?|aircraft)\b",
        "strike",
        hints=("dropp",),
    ),
    # "launched 40 drones at Odesa", "dropped guided bombs on Kupiansk"
    _p(
        r"\b(?:launch(?:ed|es|ing)?|dropp(?:ed|ing)|drops?|sent|send(?:s|ing)?)\s+(?:[\w-]+\s+){0,4}?"
        # ("dropped unmanned aerial vehicles on the village of Velykyi Burluk")
        r"(?:missiles?|drones?|uavs?|unmanned aerial vehicles|rockets?|shaheds?|bombs?|munitions|KABs?|FABs?)"
        # (a guess at the weapon between: "launched a cruise missile, probably an X-59, at the district")
        r"(?:,\s+(?:probably|possibly|presumably|likely|apparently)\s+[^,.;]{1,30},)?\s+"
        r"(?:at|on|against|toward|towards"
        # ("launched an Iskander missile directly into the center of the Komunarskyi district")
        r"|(?:directly\s+|right\s+)?into"
        r"(?= (?:the )?(?:(?:center|centre|heart|middle) of )?(?:the )?[\w'’-]+)"
        # "sent a drone to the Krasnopillia community" (not "sent missiles to Ukraine": arms given)
        r"|to(?= (?:the )?(?:[\w'’-]+ ){1,2}(?:community|hromada|village|town|district)\b))\b",
        "strike",
        hints=("launch", "drop", "sent", "send"),
    ),
    # weapons sent at places, told by the weapons: "downed 45 of 60 Shahed drones launched overnight at Kyiv
    # and Odesa regions", "missiles fired at Kharkiv"
    _p(
        rf"\b{_SENT_CRAFT}\s+(?:that\s+were\s+|which\s+were\s+)?"
        r"(?:launched|fired|sent)\s+(?:overnight\s+|at\s+night\s+|last\s+night\s+)?(?:at|towards?|against)\b",
        "strike",
        hints=("drone", "uav", "missile", "shahed", "rocket"),
    ),
    # ... or came down somewhere: "another drone was shot down by electronic warfare, as it crashed on the
    # territory of the Odintsovo district", "a drone crashed in a field near Kursk"
    _p(
        rf"(?:\b{_SENT_CRAFT}\s+(?:[\w-]+\s+){{0,2}}?"
        r"|(?<=\bas it )|(?<=\bafter it )|(?<=\bwhen it ))crashed"
        r" (?=(?:on the territory of|in|near|outside)\b)",
        "strike",
        hints=("crashed",),
    ),
    # "In Rylsk, drones flew into two apartment buildings": a drone or missile that reached a target
    # (an aircraft that "crashed into" a building is an accident, so only what is sent to strike)
    _p(
        rf"\b{_SENT_CRAFT}\s+(?:[\w-]+\s+){{0,2}}?"
        # ("a drone slamming into the top floor of a high-rise in Odintsovo")
        r"(?:(?:flew|crashed|crashing|smashed|smashing|plunged|slammed|slamming|slams|crashes) into"
        r"|reached (?:their|its) (?:intended )?targets?)\b",
        "strike",
        hints=(
            "flew into", "crashed into", "crashing into", "smashed into", "smashing into", "plunged into",
            "slammed into", "slamming into", "slams into", "crashes into", "reached",
        ),  # fmt: skip
    ),
    # "the attack happened in the town of Bilopillia", "the strike took place near X"
    _p(
        r"\b(?:attacks?|strikes?|shelling|bombing)\s+(?:happened|occurred|took place)"
        # ("the attack took place overnight at the Saky air base")
        r"(?=(?:\s+(?:overnight|yesterday|today|earlier|early|late|last\s+night|this\s+morning),?)?"
        r"\s+(?:in|at|near|on)\b)",
        "strike",
        hints=("happened", "occurred", "took place"),
    ),
    # a regional administration's count: "Over the past day, there were 430 attacks on the territory,
    # namely X, Y", "recorded 12 shellings of 5 settlements" (a count of ground assaults names positions)
    _p(
        r"\b(?:there\s+(?:were|have\s+been|had\s+been)|recorded|registered)\s+"
        r"(?:(?:more\s+than|over|about|nearly|almost|at\s+least|some|another)\s+)?\d[\d,]*\s+"
        r"(?:(?:enemy|russian|hostile)\s+)?(?:attacks|strikes|shellings|bombardments)\s+(?:on|of|against)\b"
        r"(?!\s+(?:[\w-]+\s+){0,2}?(?:positions?|lines|defen[cs]es)\b)",
        "strike",
        hints=("there were", "there have been", "there had been", "recorded", "registered"),
    ),
    # a round-up's "The most affected were Orikhiv, Stepnohirsk and Kamianske" (the places come after)
    _p(
        r"\b(?:most|worst|hardest|badly|heavily)[- ](?:affected|hit|damaged)\s+(?:were|was|are|is)\b"
        # ("The most affected are the inhabitants of the village Popivka of the Velykopysarivska community")
        r"(?=\s+(?:the\s+)?(?:(?:inhabitants|residents)\s+of\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+)?)?"
        r"[A-Z])",
        "strike",
        hints=("most", "worst", "hardest", "badly", "heavily"),
    ),
    # the Russian and Ukrainian word for a strike, translated: "A blow to a Kharkiv infrastructure facility",
    # "a strong blow with the subsequent detonation was registered in Krivoi Rog" (not "a blow to the
    # economy", "a blow to Kyiv's hopes")
    _p(
        # ("inflicted a devastating blow on the Russian military base in Melitopol")
        r"\b(?:(?:an?|the|another|new|(?:strong|powerful|heavy|massive|combined|missile|drone|devastating"
        r"|crushing|precise|accurate|fire|artillery)) )blows? "
        r"(?:(?:to|on|at|against) (?!(?:the |its |their |an? )?(?:[\w'’-]+ )?(?:economy|economic"
        r"|morale|hopes?"
        r"|plans?|image|prestige|reputation|efforts?|ambitions?|credibility|confidence|chances?|prospects?|supplies|logistics"
        r"|industry|budget|finances?|pride|leadership|regime)\b)|with\b)",
        "strike",
        hints=("blow",),
    ),
    # what was seen or heard of fire on a place: "Strikes have been observed in the temporarily occupied city
    # of Tokmak", "hits were recorded in the village of X"
    _p(
        r"\b(?:strikes|hits|arrivals|impacts)\s+(?:have\s+been|has\s+been|were|was)\s+(?:also\s+)?"
        r"(?:observed|recorded|registered|reported|noted)\s+(?=(?:in|at|near|on)\b)"
        # ... and an official's "There are hits on two critical infrastructure objects in the X district"
        r"|(?<=there are )(?:hits|arrivals)\s+(?=(?:on|in|at)\b)"
        r"|(?<=there were )(?:hits|arrivals)\s+(?=(?:on|in|at)\b)",
        "strike",
        hints=("strikes", "hits", "arrivals", "impacts"),
    ),
    # the fire an attack set, told after it: "As a result of the attack, a fire broke out at the oil depot in
    # Tambov region" (not a fire alone, which may be a blaze or arson)
    _p(
        rf"{_ATTACK_BEFORE_FIRE}(?={_FIRE_BROKE_OUT})",
        "strike",
        hints=("result", "after", "following", "due"),
    ),
    # ... or told before it: "Fires have broken out in residential buildings as a result of a Russian attack
    # in Mykolaiv"
    _p(
        r"\bfires?\s+(?:(?:have|has|had)\s+)?(?:broke out|broken out|erupted)\b[^.;]{0,120}?"
        r"\b(?:as a result of|after|following|due to)\s+"
        r"(?:(?:the|an?)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?)"
        # ("a fire broke out at the Novatek terminal in Ust-Luga ..., following reported drone activity over
        # Leningrad Oblast")
        r"|(?:(?:the|a|reported)\s+)?(?:drone|UAV)\s+(?:activity|attacks?|strikes?|raids?))\b",
        "strike",
        hints=("fire",),
    ),
    # ... or the attacks named with their place first: "as a result of attacks in Bilohorivka on May 7, a fire
    # in the school building ... broke out"
    _p(
        r"\b(?:as a result of|after|following) (?:the )?(?:[\w-]+ )?(?:attacks|strikes)"
        r"(?= (?:in|on) [A-Z][^.;]{0,60}?,\s+(?:a\s+)?(?:[\w-]+\s+)?fires?\b(?:[^.;]|\.(?=[a-z])){0,100}?"
        r"\b(?:broke out|erupted|started)\b)",
        "strike",
        hints=("result", "after", "following"),
    ),
    # what an attack hit, listed: "Among the targets was Ukraine's largest dam – the DniproHES"
    _p(
        r"\bamong (?:the )?(?:[\w-]+ )?(?:targets|objects|facilities|sites) "
        r"(?:(?:hit|struck|attacked|damaged) )?(?:was|were|is|are)\b",
        "strike",
        hints=("among",),
    ),
    # a side accused of an attack: "Russian authorities have accused Ukraine of attacking the Kerch bridge"
    # (the side accused, a claim: geo.events.actors reads it)
    _p(
        r"\baccus(?:ed|es|ing)\s+(?:[\w'’-]+\s+){1,3}?of\s+(?:attacking|bombing|targeting)\b",
        "strike",
        hints=("accus",),
    ),
    # fire told by its target: "Derhachi and the surrounding villages were fired upon with heavy weapons",
    # "the city hospital was fired upon from tanks"; and weapons used on a place: "the Russians used
    # phosphorus munitions near Cherkaski Tyshky"
    _p(
        r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?fired\s+(?:up)?on\b"
        r"|\bus(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:munitions|bombs|shells|rockets|missiles|artillery|MLRS|mortars)"
        r"\s+(?:near|on|against|in|at)\b",
        "strike",
        hints=("fired", "used", "using"),
    ),
    # "The invaders fired mortars in the border areas near Karpovychi", "attacks targeted areas near X"
    _p(
        # ("Ukrainian forces fired six rounds with a multiple launch rocket system toward Makeyevka")
        # ("using positions in the town to fire artillery on Debaltseve")
        r"\b(?:fir(?:ed|ing)|(?<=to )fire)\s+(?:[\w-]+\s+){0,2}?"
        # ('had fired "cluster munitions" near a school in the town of Bekhtery')
        r"[\"“]?(?:mortars?|artillery|rockets?|missiles?|shells?|MLRS|grenades?|rounds"
        r"|(?:cluster )?munitions)\b"
        # "They fired using tanks, mortars, cannon, and MLRSes at the areas of the settlements of X"
        r"|\bfir(?:ed|ing)\s+(?:using|with|from)\s+(?=[\w-]+(?:,|\s+and\b|\s+at\b))"
        # a part of a town fired, the verb transitive: "have fired the residential sector of Popasna town"
        r"|\bfired(?= the (?:[\w-]+ )?(?:sector|areas?|outskirts|quarters?|neighbou?rhoods?) of )"
        # (not "the Ukrainian counter-attack targeted the villages of X and Y": ground fought for, below)
        # ("were killed Friday in the attack, which targeted a railway station in Kramatorsk")
        r"|(?<!counter-)(?<!counter)\battacks?(?:\s+(?:[\w-]+\s+){0,2}?|,?\s+(?:which|that)\s+(?:also\s+)?)"
        r"targeted\b",
        "strike",
        hints=("fired", "firing", "fire", "attack"),
    ),
    # a push on the ground aimed at places: "The Ukrainian counter-attack targeted the villages of X, Y and Z"
    _p(
        # (not "the assault targeted the port infrastructure of the city": a drone assault's aim)
        r"\b(?:counter-?attacks?|counter-?offensives?|offensives?)\s+(?:[\w-]+\s+){0,2}?targeted\b",
        "advance",
        hints=("targeted",),
    ),
    # the aim of an attack told before: "The attack was directed against energy infrastructure in X"
    _p(
        # (not a ground assault's axis: "The second axis of attack was directed at the city center")
        r"(?<!axis of )(?<!direction of )(?<!line of )"
        r"\b(?:attack|strike|shelling)\s+was\s+directed\s+(?:against|at)\b"
        r"|\b(?:attacks|strikes)\s+were\s+directed\s+(?:against|at)\b",
        "strike",
        hints=("attack", "strike", "shelling"),
    ),
    # General Staff summaries: "the enemy used multiple launch rocket systems near X"
    _p(
        # (not what a building served as: "a shopping center that was used as an artillery base")
        r"\b(?:used|uses|using|employed|employing)\s+(?!as\s)(?:[\w-]+\s+){0,3}?"
        r"(?:MLRS|rocket (?:launchers|systems)|artillery|aviation|aircraft|helicopters"
        r"|guided (?:aerial )?bombs|kamikaze drones|attack drones|mortars)\b"
        # (not "used 200 helicopters to land in Hostomel": carried troops, no fire)
        r"(?!\s+to\s+(?:land|transport|carry|deliver|evacuate|ferry|drop\s+troops)\b)"
        # (not an advance's cover: "have advanced in the directions of X and Y using artillery support")
        r"(?!\s+(?:support|cover|bases?|positions?|depots?)\b)",
        "strike",
        hints=("used", "uses", "using", "employ"),
    ),
    # verbs that strike more than places ("sanctions hit the economy", "struck a deal"): only
    # with a weapon or a force named in the sentence
    _p(
        # not "39 Russian attacks on Ukrainian positions": ground assaults (a weapon named is another pattern)
        # nor "struck on the eastern flank of the Kupyansk direction": a ground attack
        # nor "hangars with strike drones": a kind of weapon
        # nor "a missile struck down by Ukrainian air defence": shot down, not struck
        r"\b(?:struck(?! (?:on|at) (?:the )?(?:[\w-]+ ){0,2}?flanks?\b)(?! down\b)"
        # (nor "active search and strike operations": a kind of operation)
        r"|(?<!search and )(?<!search-and-)strikes?"
        # (nor "Ukraine reported alerts for air strikes over the capital Kyiv": a warning, nothing hit)
        r"(?<!alerts for air strikes)(?<!alert for air strikes)(?<!warnings of air strikes)"
        r"(?! (?:drones?|UAVs?|aircraft|jets?|fighters?|groups?|weapons?|capabilit(?:y|ies)|potential"
        # ("Russia has concentrated its main strike force against the city": troops massed, no fire)
        r"|operations?|forces?|fists?|units?|brigades?|battalions?|grouping)\b)"
        # (nor "hit out at Hungarian leader Viktor Orban": words)
        r"|(?:hit|hits|hitting)(?! out\b)"
        # (nor a sector: "10 Russian attacks on the Kupiansk axis" are ground assaults)
        # (nor the war a wire photo's caption names: "near a front line, amid Russia's attack on Ukraine")
        r"|(?<!amid Russia's )(?<!amid Russia’s )(?<!amid the Russian )"
        r"attacks? (?:on|against)(?! (?:[\w-]+ ){0,2}?(?:positions?|lines|defen[cs]es|axis|axes|directions?"
        r"|sectors?)\b)"
        # (nor a day: "came under three separate artillery attacks on Sunday")
        r"(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
        # (nor the war a wire photo's caption names: "as Russia's attack on Ukraine continues, in the village
        # of Nova Basan")
        r"(?! Ukraine,? (?:continues|continued|goes on|went on|grinds on|rages on)\b)"
        r"|attacks? by (?:[\w-]+ ){1,4}?on\b"  # "an attack by Ukrainian drones on Russia's Kursk oblast"
        # ("the fire that broke out at an oil depot in Engels ... following an attack by Ukrainian drones")
        r"|attacks? by [\"“]?(?:the |an? )?(?:[\w-]+ ){0,2}?(?:drones?|UAVs?|missiles?|rockets?"
        r"|unmanned aerial vehicles?)\b"
        r"|attacks? of (?:the )?(?:[\w-]+ ){0,2}?"
        r"(?:occupiers|invaders|troops|forces|army|drones|missiles) on\b"
        # (not a ground assault told by where it went: "the enemy attacked near Stroivka and Topoli")
        # (nor "the enemy attacked 17 times, trying to advance": a General Staff's count of assaults)
        # ("the invaders attacked with the support of aviation": an assault; but "Kherson was attacked 18
        # times": fire on the town)
        r"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))attacked \d+ times\b"
        r"|attacked(?! near\b| in the (?:area|direction) of\b| towards?\b| \d+ times\b"
        r"| with (?:the )?support\b)"
        r"|pound(?:ed|ing)"
        # "Russian invaders have been attacking Starokostiantyniv": what went on
        # ("Russian forces have been relentlessly attacking Toretsk")
        r"|(?:(?<=been )|(?<=were )|(?<=was )|(?<=are )|(?<=is )|(?<=kept )|(?<=continued )"
        r"|(?<=been relentlessly )|(?<=been constantly )|(?<=been continuously )|(?<=been regularly )"
        r"|(?<=been repeatedly )|(?<=are constantly )|(?<=are relentlessly ))attacking"
        # (not a ground assault told by where it goes: "Russian forces are attacking close to the town")
        r"(?! (?:near|close to|around|towards?|in the (?:area|direction|vicinity) of)\b)"
        # ... and what a side owns up to: "Kyiv admitted to attacking an ammunition depot near Ostrogozhsk"
        r"|(?:(?<=admitted to )|(?<=admits to )|(?<=responsibility for ))attacking"
        # (not "repelled 19 Russian attacks targeting three settlements": the ground attacks' aim)
        # (not "one of the most striking battles": an adjective)
        # ("A Russian strike battered the regional government building in ... Mykolaiv")
        # (not "the war-battered region": what the war did to it over time)
        r"|pummel(?:l?ed|l?ing)|hammer(?:ed|ing)|(?<!war-)(?<!war )batter(?:ed|ing)|targeted"
        r"|(?<!attacks )(?<!assaults )targeting"
        r"|(?<!most )(?<!more )(?<!a )(?<!as )striking(?! (?:distance|range)\b)"
        r"|slammed into"
        # "Russia continued to pummel Vovchansk with air raids": an infinitive of what went on
        r"|(?:(?<=continued to )|(?<=continue to )|(?<=continues to ))"
        r"(?:pound|pummel|hammer|strike|bomb|target|hit|destroy|shell|fire on|fire at)"
        r"|rained down on"
        # a wire headline's present tense after the force or weapon: "Ukrainian artillery destroys hospital,
        # market, dwelling houses in Debaltsevo", "Russian aviation pounds Avdiivka"
        # (not "its key military targets", "artillery shells": nouns)
        # (the verb first, the force looked behind it only where the verb is: a pattern opening on
        # lookbehinds is tried at every position of every sentence)
        rf"|(?:destroys|pounds|hits)(?:{_HEADLINE_FORCE_BEFORE})"
        # (not "air defence guns were firing on Ukrainian planes": fire at the sky)
        r"|fir(?:ed|ing) (?:[\w-]+ ){0,4}?(?:from|in the direction of|(?:at|on|against)"
        r"(?! (?:the |an? )?(?:[\w-]+ ){0,2}?(?:planes?|aircraft|jets?|helicopters?|drones?|UAVs?)\b))"
        r"|direct(?:ed|ing|s)? (?:[\w-]+ ){0,2}?(?:fire|artillery|strikes|drones|missiles|shelling)"
        r" (?:at|on|against)"
        # "Russian troops fire at Luhansk Region with artillery", "follow crawling tactics and fire at X"
        r"|(?:(?<=troops )|(?<=forces )|(?<=invaders )|(?<=occupiers )|(?<=enemy )|(?<=and ))fire (?:at|on)"
        r"|(?<=the )targets (?:were|included)"  # "The targets were electric substations in ..."
        # (not forces beaten in a campaign: "Kyiv's forces, holding a salient, had been defeated")
        # (not "debris from destroyed Ukrainian drones sparked fires": downed drones, told by their debris)
        # ("Russia intensified its onslaught, damaging civilian facilities in Dnipropetrovsk and Kharkiv")
        # ("residential blocks in Kyiv's Svyatoshynsky and Darnytskyi districts were devastated by drones")
        r"|damaged|(?<=, )damaging|devastated|(?<!had been )(?<!has been )(?<!have been )defeated"
        # (not "a half-destroyed building": a state the building is in)
        r"|(?<!debris from )(?<!debris of )(?<!wreckage of )(?<!wreckage from )(?<!fragments of )(?<!half-)"
        r"(?<!partly-)(?<!partially-)destroyed"
        # (not "The drones were destroyed over the Odesa, Kherson and Sumy regions": shot down in the air)
        # (but "destroyed over 20 Russian air targets": a count)
        r"(?! (?:over(?! \d)|above|in the (?:skies|sky|air)(?: over)?)\b)"
        r"|wiped out|eliminated"
        # "ambushed a Russian convoy near Brovary", "after being ambushed by the Ukrainian Armed Forces"
        r"|ambush(?:ed|ing)|(?<=to )ambush"
        # (fire, not a ground assault: "Ternopil, Rivne and Khmelnytskyi oblasts were assaulted by drones")
        r"|assaulted(?= (?:by|with) (?:[\w-]+ ){0,2}?(?:drones?|UAVs?|missiles?|rockets?|Shaheds?|bombs?)\b)"
        r"|demolished|razed|(?<=was )smashed|(?<=were )smashed"
        # partisans' sabotage: "Partisans blew up a Russian military train near Melitopol"
        r"|blew up|blown up"
        # ... and told as a deed done: "The SBU carried out an underwater explosion of the bridge's support"
        r"|(?:carried out|conducted|staged) (?:an? |the )?(?:[\w-]+ ){0,2}?"
        r"(?:explosions?|blasts?|detonations?)(?= (?:of|on|at|under)\b)"
        # a train or a convoy set on fire: "the Defence Forces burned a train with Russian tankers"
        # (not "burned the bodies", "burned out": only what carries a side's fuel and arms)
        r"|burn(?:ed|t)(?: down)?"
        r"(?= (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:trains?|echelons?|tankers?|convoys?)\b))\b"
        r"(?! (?:a |an |the )?(?:[\w-]+ )?(?:deal|agreement|balance|tone|chord|record|note|back)\b)",
        "strike",
        needs_military=True,
        hints=(
            "demolished",
            "ambush",
            "assaulted",
            "razed",
            "smashed",
            "blew up",
            "blown up",
            "carried out",
            "conducted",
            "staged",
            "burn",
            "struck",
            "strike",
            "striking",
            "hammer",
            "hit",
            "attack",
            "pound",
            "pummel",
            "batter",
            "bomb",
            "target",
            "slammed",
            "rained",
            "fir",
            "damaged",
            "damaging",
            "devastated",
            "defeated",
            "destroy",
            "wiped",
            "eliminated",
            "direct",
            "targets",
        ),
    ),
)

# A capture on film: "was captured in a video", "captured on camera".
FILMED = re.compile(
    r"\s+(?:(?:in|on|by)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:videos?|cameras?|footage|films?|photos?|photographs?"
    r"|released)|(?:on\s+)?(?:video|camera|film)"
    # ("harrowing scenes captured by residents on video")
    r"|by\s+(?:[\w-]+\s+){1,2}?(?:on|in)\s+(?:a\s+|the\s+)?(?:videos?|cameras?|footage|films?))\b",
    re.IGNORECASE,
)
# An attack launched at an hour of the night or the clock is fire, as air-raid reports tell it: "On the night
# of June 22, the Russian army launched a new attack on Sloviansk", "at around 7:20 a.m., Russian troops
# launched an attack on Sloviansk" (ground assaults are told by their days and directions).
TOLD_BY_THE_CLOCK = re.compile(
    r"\b(?:on the night of|overnight|at night|during the night|\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?)"
)
# A building as what an attack was launched on (after "launched an attack"): fire, not an assault.
BUILDING_ATTACKED = re.compile(
    r"\s+on\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:school|hospital|building|house|houses|homes?|apartment"
    r"|enterprise|plant|factory|substation|depot|warehouse|station|facilit(?:y|ies)|infrastructure"
    r"|educational institutions?)\b"
)
# ... and a film that is capturing: "published a video on social media, supposedly capturing what appeared
# to be incoming projectiles", "footage capturing the moment".
FILMING_BEFORE = re.compile(
    r"\b(?:videos?|footage|cameras?|photos?|photographs?|images?|clips?|films?|recordings?|scenes?)\b"
    # (not "footage showed Russian forces capturing Avdiivka": forces between, who are capturing)
    r"(?:(?!\b(?:Russian|Ukrainian|forces|troops|army|soldiers|units|they)\b)[^.;:]){0,40}?"
    r"(?:,\s*)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# What a side withdraws from that is no ground: a deal, a treaty, talks.
DEAL_AFTER = re.compile(
    # ("Russia's withdrawal in July from a UN-brokered Black Sea grain deal")
    r"\s+(?:in\s+[a-z]+\s+)?(?:(?:from|out\s+of)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:deal|agreement|treaty|initiative"
    r"|talks|negotiations"
    r"|accord|pact|convention|corridor|programme|program|scheme)\b"
)
# A place told as held in the present, not as taken: "the port city of Kherson, which is also occupied by
# Russian forces" (not "is now occupied", nor a monitor's "the city is occupied": news of a change).
HELD_STATE_BEFORE = re.compile(
    r",\s+(?:which|that)\s+(?:is|are|remains?)\s+(?:also\s+|still\s+|currently\s+|partly\s+|partially\s+"
    r"|largely\s+)?$"
    # ... or told as unchanged: "Melitopol is still occupied", "remains occupied"
    r"|\b(?:is|are)\s+still\s+$|\bremains?\s+$"
)
# The line itself as what is pushed: "as soon as the line of engagement is pushed further away from X"
# names no side that left (and mostly tells of what is hoped).
LINE_PUSHED_BEFORE = re.compile(
    r"\b(?:line\s+of\s+(?:engagement|contact|combat|battle)|front(?:[- ]?line)?|the\s+line)\s+"
    r"(?:is|was|were|are|has\s+been|had\s+been|will\s+be|would\s+be|gets|got|being)\s+(?:\w+ly\s+)?$"
)
# A deal that was struck, made and not hit: "a ceasefire was struck between Kiev and the rebels".
DEAL_STRUCK = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|deal|agreement|accord|pact|bargain|compromise|armistice)\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+(?:\w+ly\s+)?$"
)
# A pause of fire agreed or asked for, right before its noun (lower case): "a 30-day halt on strikes".
STRIKES_HALTED = re.compile(
    r"\b(?:halt|halting|moratorium|pause|ceasefire|cease-fire|truce|ban|stop|stopping|suspension|freeze)"
    r"\s+(?:on|to|of|in)\s+(?:the\s+)?(?:mutual\s+)?$"
)
# Words that make "destroyed" and "damaged" describe what is seen, not tell of a strike: "lined with
# heavily destroyed houses", "footage of damaged buildings".
RUINS = re.compile(r"(?:destroyed|damaged)\s+[a-z]")
RUINS_BEFORE = re.compile(
    r"\b(?:with|of|showing|shows|showed|among|amid|past|atop|on top of|from|over|restore|rebuild|repair|the"
    # ("refitting damaged units, repairing the damaged bridge in Izyum": what was mended, not hit)
    r"|its|their|an?|refitting|repairing|restoring|rebuilding|replacing|evacuating"
    # ("raising flags in several of the town's destroyed neighborhoods": a possessive's ruins)
    r"|\w+['’]s)\s+"
    r"(?:(?:heavily|badly|partially|completely|totally|severely|partly)\s+)?$",
    re.IGNORECASE,
)
# A force that was destroyed: a report of men killed, not of a place struck ("the Russian flag in the village
# was destroyed" is no fire on the village either).
KILLED_WORDS = ("destroyed", "eliminated", "defeated", "wiped out", "neutrali")
# Troops a side takes off the front to send elsewhere: "withdrawing about 30,000 troops from the frontline in
# Ukraine and redeploying them", "pulled units from other sectors" (on lower-cased text).
TROOPS_FROM_THE_FRONT = re.compile(
    r"\s+(?:(?:about|some|around|over|nearly|up to|more than|at least)\s+)?(?:[\d,]+\s+|thousands of\s+)?"
    r"(?:of\s+(?:its|their)\s+)?(?:troops|forces|units|soldiers|servicemen|brigades)\s+from\s+(?:the\s+|other\s+)?"
    r"(?:front(?:line|-line)?|front\s+line|sectors|directions|areas)\b"
)
# A way out named before a withdrawal: the means of one, no ground left ("the corridor for withdrawal from
# the city has become more dangerous", "all routes Ukrainian troops can use to reach or withdraw from X";
# not "used the last road to withdraw from Avdiivka", which they did).
ROUTE_BEFORE = re.compile(
    r"\b(?:routes?|corridors?|paths?|ways?|roads?|logistics)\s+(?:of|for)\s+$"
    r"|\b(?:routes?|corridors?|paths?|ways?|roads?)\b[^.;,]{0,40}?\b(?:can|could|may|might|would)\s+"
    r"(?:[\w-]+\s+){0,2}?to\s+(?:reach\s+(?:or|and)\s+)?$"
)
# A withdrawal named as the backdrop of the news, with nothing said of where: "Despite the withdrawal, ...".
# Missiles told only on their way: "were also spotted in Vinnytsia", "turned near Kyiv and flew west".
MISSILES_IN_FLIGHT = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:spotted|seen|tracked|observed|detected)"
    r"|(?:turned|flew|passed|crossed)\b(?!\s+into\b))"
)
# The war's opening as a date: "the bloodiest battles since the start of the Russian attack on Ukraine".
WAR_OPENED_BEFORE = re.compile(
    r"\b(?:start|beginning|outset|onset|launch|first days?)\s+of\s+(?:the\s+|russia['’]s\s+|moscow['’]s\s+)?"
    r"(?:(?:russian|full-scale|full\s+scale|large-scale|all-out)\s+)*$"
)
ON_THE_COUNTRY = re.compile(r"(?:\s+(?:on|against))?\s+ukraine\b(?!['’])")  # (the phrase may end in "on")
AFTERMATH_OF = re.compile(r"\b(?:aftermath|wake|consequences?) of (?:the )?$")
BACKDROP_NOUN = re.compile(r"\b(?:despite|after|since|following|amid|before) the (?:withdrawal|retreat),$")
FORCES_KILLED = re.compile(
    # (not forces owning what was destroyed: "Four depots of ammunition and weapons of the armed forces of
    # Ukraine have been destroyed")
    r"\b(?:groups?|troops|units?|soldiers|servicemen|personnel|fighters|saboteurs"
    # ("ammunition depots of the Ukraine armed forces were destroyed")
    r"|(?<!of the armed )(?<!of armed )(?<!Ukraine armed )(?<!Ukrainian armed )(?<!Russian armed )forces"
    r"|flag)\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:had\s+|have\s+|has\s+)?(?:been|was|were|are|is)\s+(?:being\s+)?[\"“]?$",
    re.IGNORECASE,
)
# The dead and wounded of fire on a place, counted in a round-up of fire (see find_triggers).
TOLL = re.compile(
    r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )"
    # ("Two people were also killed in the town of Samar")
    r"|(?<=\bwas also )|(?<=\bwere also )"
    # "two people killed and five injured in Kostiantynivka, one civilian killed ... in Illinivka"
    r"|(?<=\bpeople )|(?<=\bperson )|(?<=\bcivilian )|(?<=\bcivilians )|(?<=\d )|(?<=\bone )|(?<=\btwo )"
    r"|(?<=\bthree )|(?<=\bfour )|(?<=\bfive )|(?<=\breported ))(?:wounded|injured|killed|hurt)\b"
    # "1 person died in Krasnohorivka" in a round-up of fire
    r"|(?:(?<=\bperson )|(?<=\bpeople )|(?<=\bcivilian )|(?<=\bcivilians ))died\b"
    # "He said the casualties occurred in the towns of Vidnoye, Domodedovo and Ramenskoye"
    r"|\bcasualties\s+(?:occurred|were\s+(?:reported|recorded))\b"
    # "As a result, there were deaths and injuries in several regions — Kyiv, Zhytomyr, ..."
    r"|\b(?:deaths|fatalities) and (?:injuries|injured|wounded)\b"
)
# Mines and unexploded munitions that hurt people, no side's fire that day (lower case).
LEFTOVER_BLAST = re.compile(r"\b(?:land ?mines?|mine (?:explosion|blast)|unexploded|explosive remnants?)\b")
# Words one of which every sentence TOLL finds holds: a cheap first look.
TOLL_WORDS = ("wounded", "injured", "killed", "died", "hurt", "casualties", "injuries")
# Words one of which every sentence FIRE_TOLD finds holds: a cheap first look.
FIRE_TOLD_WORDS = ("fire", "damage", "affected", " no ", "suffered", "burn", "destroyed")
# ... and the fires it set, place by place: "The Ilsky oil refinery in the Krasnodar region also caught
# fire", "a fire broke out at the depot".
FIRE_TOLD = re.compile(
    r"\bcaught fire\b|\bfires? (?:broke out|erupted|started)\b|\b(?:was|were) set on fire\b"
    # "In Fastiv district, a fire at a factory was extinguished": the fire the attack set, put out
    r"|\bfires?\b[^.;]{0,60}?\b(?:was|were|had been|have been) (?:extinguished|put out)\b"
    # "in Petropavlivska Borshchahivka, a residential complex suffered significant damage"; "six cars
    # were damaged"
    r"|\bsuffered (?:[\w-]+ ){0,2}?damage\b|\b(?:was|were|had been|have been) damaged\b"
    # "Damage was reported in Pavlohrad itself, as well as in the Ternivka community"
    # ("with damage also reported in other cities, including Lviv")
    r"|\bdamage (?:was |has been |had been )?(?:also )?(?:reported|recorded|caused)(?= in\b)"
    # "The attack caused fires at a large electronics plant in Mukachevo"
    r"|\b(?:caused|causing|sparked|sparking|started) (?:a |several |large |massive )?fires?\b"
    # "Nikopol and Marhanetska community suffered."
    r"|(?:(?<=community )|(?<=communities )|(?<=hromada )|(?<=hromadas ))(?:also )?suffered\b"
    # "Chernihiv, Kyiv, Mykolaiv, Sumy and Zhytomyr regions suffered."
    r"|(?:(?<=regions )|(?<=oblasts )|(?<=region )|(?<=oblast ))(?:also )?suffered(?=\s*[.;]|\s*$)"
    # "This has led to damage to facilities in the ports of Pivdennyi and Chornomorsk"
    r"|\b(?:led|leads|lead) to damage to\b|\b(?:caused|causing) damage to\b"
    # "The Nikopol and Marhanets hromadas were affected"
    r"|(?:(?<=hromadas )|(?<=communities ))(?:were|have been) (?:also )?affected\b"
    # "Pokrovsky district, Maryinka, Krasnohorivka and Avdiyivka were affected." (nothing after it)
    r"|\b(?:were|was|have been|has been) (?:also )?affected(?=\s*[.;]|\s*$)"
    # "In the Marganetska and Zelenodolska communities there were no casualties": places of the round-up
    # the fire reached without harming anyone
    r"|(?:(?<=communities )|(?<=community ))there (?:were|was) no (?:casualties|injuries|victims)\b"
    # an emergency service's list, place by place after a dash: "Zolochiv - fire in the administrative
    # building of the hospital; ... Mlynky - hospital building and outbuilding burned"
    r"|(?<=[a-z] )[-–—] (?:a |an )?(?:fires? (?:in|at|on)|damaged?\b|destroyed\b)"
    r"|(?<=[a-z] )[-–—] (?:[\w-]+,? ){1,6}?(?:burned|burnt|damaged|destroyed)(?=\s*[;.]|\s*$)"
)
# What places of a region were, told with no weapon: "were hit", "have been also targeted".
_WERE_STRUCK = r"(?:were|have\s+been)\s+(?:also\s+)?(?:hit|targeted|attacked|struck)\b"
# Weapons and forces: what makes "hit" and "attacked" a military strike.
MILITARY = re.compile(
    rf"\b(?:{FORCE_NOUNS}|missiles?|drones?|shahed\w*|rockets?|shell\w*|bomb\w*|air ?strikes?|airstrikes?|"
    r"mortars?|munitions?|HIMARS|warplanes?|jets?|aircraft|helicopters?|fleet|occupiers|invaders|shells?|uavs?|"
    # ("Russia intensified its onslaught, damaging civilian facilities in Dnipropetrovsk")
    r"onslaughts?|projectiles?|"
    # ("Two Russian Raptor boats were destroyed at dawn near Snake Island")
    r"boats?|warships?|"
    # "a locomotive depot in Hrebinka was destroyed in the strikes"
    r"(?<=the )strikes|"
    # "Strikes on the city of Kostiantynivka resulted in the death of five people"
    r"[Ss]trikes?\s+on\s+(?:the\s+)?(?:city|town|village|settlement)s?\s+of\b|"
    # ... or launched by a side: "Russia launched strikes on Odesa", "has intensified its strikes on"
    r"(?:launched|carried\s+out|conducted|intensified|stepped\s+up|delivered)\s+"
    r"(?:(?:its|their|new|fresh|repeated|several|multiple|\d+)\s+){0,2}strikes\s+(?:on|against)\b|"
    # "Oblasts in western Ukraine, including Ternopil ..., were hit in the attack"
    r"\b(?:hit|struck|damaged)\s+(?:in|during)\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}(?:attacks?|strikes?)\b|"
    # the side as Ukrainian statements name it: "the Russians struck the cities of Sumy and Zaporizhzhia"
    r"(?<=the )(?:Russians|Ukrainians|enemy|invaders|occupants|aggressor)|"
    # ("As a result of an enemy strike in the Donetsk region, three railroad workers were killed")
    r"(?<=an )enemy(?=\s+(?:strikes?|attacks?|shelling|fire)\b)|"
    # ... and with no article, as the attack's subject: "Russians attacked Zaporizhzhia, causing casualties"
    # ("Russians launched a massive strike at Velykyi Burluk")
    r"(?:Russians|Ukrainians)(?=\s+(?:(?:have|had|also|again|reportedly)\s+){0,2}"
    r"(?:attacked|hit|struck|shelled|launch(?:ed)?|carried out|fired)\b)|"
    # ... and the country: "Russia struck the region at least 24 times" (not "Russia hit back"; "Russia also
    # reportedly attacked the Bakhmut and Kramatorsk districts")
    r"(?:Russia|Ukraine)(?=\s+(?:(?:has|have|had|also|again|reportedly)\s+){0,2}"
    r"(?:attacked|struck|shelled|bombed|pounded)\b)|"
    r"explosions?|blasts?|Iskanders?|Kalibrs?|glide|aerial|KABs?|FABs?|UMPKs?|Gerans?|Lancets?|"
    # the targets of the long-range strikes: "claimed to have hit an oil refinery in the Ryazan region"
    # ("Russia's largest oil-loading port, Primorsk, was hit")
    r"refiner(?:y|ies)|(?:oil|fuel|ammunition) depots?|airfields?|air ?bases?|(?:oil-loading |sea|oil )ports?"
    # ("Kyiv said it had targeted a command post near Sevastopol")
    r"|command posts?"
    r"|oil terminals?"
    # a navy's ships: "a Russian warship was hit in Sevastopol overnight"
    r"|warships?|(?:landing|patrol|missile|naval)\s+(?:ships?|vessels?|boats?)|frigates?|corvettes?|submarines?"
    r"|minesweepers?"
    # a train of the war's supplies: "a Russian tanker train was hit near occupied Tokmak"
    r"|(?:military|tanker|fuel|ammunition|cargo|freight)\s+trains?|echelons?"
    # a side's attack: "a Ukrainian attack had set a gasoline tank ablaze" (one attack: "since the Russian
    # attack" is the invasion, "during Russian attacks" years of them)
    # ("A Russian strike battered the regional government building")
    # ... and one told as big or nightly: "damaged as a result of a massive Russian attack", "destroyed during
    # the overnight Russian attack" (an article then is one attack too)
    r"|(?<![\w-])(?:an?\s+(?:(?:massive|combined|large-scale|overnight|night|nighttime|morning|new|latest|major)\s+)?"
    r"|the\s+(?:massive|combined|large-scale|overnight|night|nighttime|morning|latest|major)\s+)"
    r"(?:Ukrainian|Russian)\s+(?:air\s+|missile\s+|drone\s+)?(?:attack|strike)"
    # ... and one a side's possessive names, as what something was hit in: "was hit in Russia's overnight
    # strike" (not "vessels left Feodosia after Ukraine's strike")
    r"|(?:(?<=\bin )|(?<=\bduring )|(?<=\bby ))(?:Russia|Ukraine)['’]s\s+"
    r"(?:(?:overnight|latest|new|massive|morning|night)\s+){0,2}(?:attacks?|strikes?)"
    # what artillery aims at: "the strikes were against the accumulation of enemy manpower"
    r"|(?:enemy|russian|ukrainian)\s+manpower)\b"
    # ... and strikes aimed at places: "with strikes also targeting communities in Dnipropetrovsk oblast"
    r"|\b[Ss]trikes\s+(?:also\s+)?(?:targeted|targeting|hit|hitting)\b"
    # ... and a side's attacks as the subject of their verb: "Russian attacks hit Sumy", "Russian attacks were
    # reported in eight oblasts"
    r"|\b(?:Russian|Ukrainian)\s+(?:[\w-]+\s+)?attacks(?=\s+(?:(?:have|had|also)\s+)?(?:hit|struck|damaged|killed"
    r"|targeted|were\s+(?:reported|recorded))\b)"
    # "five settlements were struck by Russian attacks": fire a side sent
    r"|\bby\s+(?:Russian|Ukrainian|enemy)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|shelling|fire)\b"
    # "following a Russian attack on the Ukrainian city of Kharkiv": an attack by a side on a town
    r"|\bdirect\s+hits?\b"  # "as a result of a direct hit on a house"
    # oblasts attacked are fired on: "Russia continues its attacks against southern Mykolaiv and Kherson
    # oblasts"
    r"|\battacks?\s+(?:on|against)\s+(?:(?:north|south|east|west)\w*\s+)?[A-Z][\w'’-]+\s+"
    r"(?:and\s+[A-Z][\w'’-]+\s+)?(?:oblasts?|regions)\b"
    # "the deadliest attack on Kryvyi Rih since the start of the war"
    r"|\b(?:deadliest|largest|biggest|heaviest|massive|massed|combined)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?)"
    r"\s+(?:on|against)\b"  # ("Russia launched massive strikes against the town")
    # "Russian strikes hit X"
    # ("Russia's strikes overnight targeted Kyiv, Kharkiv and Dnipro")
    r"|\b(?:Russian|Ukrainian|enemy|(?:Russia|Ukraine|Moscow|Kyiv)['’]s)\s+strikes?\s+(?:overnight\s+|also\s+)?"
    r"(?:hit|struck|killed|damaged|destroyed|targeted)\b"
    # "Khmelnytsky, Rivne, ... and Kharkiv Oblasts were hit", "other parts of Ukraine were also hit, including
    # the regions of Odesa ...", "energy facilities in the Lviv region were among those hit"
    # ("The Sumy, Yunakivka, ... and Velyka Pysarivka communities were hit": a regional round-up's)
    rf"|\b(?:oblasts|regions|parts\s+of\s+\w+|facilities|cities|towns|communities|hromadas|districts"
    rf"|settlements|villages)\s+{_WERE_STRUCK}"
    # ... and those of a district: "Several settlements in the Koriukivka district were hit"
    rf"|\b(?:settlements|villages|towns|communities|hromadas)\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w'’-]+"
    rf"(?:\s+[A-Z][\w'’-]+)?\s+(?:district|raion|region|oblast|community|hromada)\s+{_WERE_STRUCK}"
    # "other western regions including Lviv and Ivano-Frankivsk were also hit"
    rf"|\b(?:oblasts|regions|cities|towns)\s+(?:including|such\s+as)\s+[^.;]{{1,80}}?\s+{_WERE_STRUCK}"
    # "facilities in Poltava and Vinnytsia regions were damaged due to the attack": the attack that damaged
    r"|\bdamaged\s+(?:due\s+to|as\s+a\s+result\s+of|in|by|during)\s+(?:the|an?|this|that|these)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|strikes?|shelling|bombardment)\b"
    r"|\bwere\s+among\s+those\s+hit\b"
    # "Civilian infrastructure was hit in the Kyiv, Kharkiv and Dnipropetrovsk regions" (no storm hits it)
    r"|\binfrastructure\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:hit|targeted|struck|attacked)\b"
    r"|\b(?:Russian|Ukrainian|(?:Russia|Ukraine|Moscow|Kyiv)['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?)"
    r"\s+(?:on|against|in|near)\s+(?:the\s+)?"
    r"(?:(?:Ukrainian|Russian)\s+)?(?:(?:city|town|capital|port|village)\s+of\s+)?[A-Z]"
    # "Ukraine attacked villages in the Belgorod region ..., killing two people": an attack that kills
    r"|,\s+(?:killing|wounding|injuring)\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|a|an|several|dozens|people|civilians)\b",
    re.IGNORECASE,
)
# "Ukraine attacked the third bridge across the Seym": a crossing is a military target (looked for
# only in sentences that say "bridge" or "dam").
CROSSING_ATTACKED = re.compile(
    # ("hours of shelling that battered rail links and bridges")
    r"\b(?:attack(?:ed|s|ing)?|struck|hit|targeted|targeting|strikes?|striking|battered|pounded|wrecked"
    r"|smashed|bombard(?:ed|ing|s)?|shell(?:ed|ing|s))\s+(?:[\w'’-]+\s+){0,4}?(?:bridges?|dams?"
    # ("Russian forces are relentlessly bombarding crossings over the Oskil River"; not a border crossing)
    r"|(?<!border )crossings?(?= over\b))\b",
    re.IGNORECASE,
)
# Traffic stopped on a crossing, then the attack that stopped it.
CROSSING_CLOSED_AFTER_ATTACK = re.compile(
    r"\b(?:halted|suspended|stopped|closed|blocked)\s+(?:[\w-]+\s+){0,2}?traffic\s+(?:on|across|over)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:bridges?|dams?)\b[^.;]*?\b(?:after|following)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+)?attacks?\b",
    re.IGNORECASE,
)
# What makes a sentence about an attack rather than ground ("responsibility for the blast was claimed by").
ATTACK_WORDS = re.compile(
    r"\b(?:attacks?|strikes?|blasts?|explosions?|bombings?|responsibility|shelling|missiles?|drones?|bridges?"
    r"|UAVs?|unmanned aerial vehicles?|rockets?)\b",
    re.IGNORECASE,
)
# Every pattern's hints are stems that start a word of each of its matches ("recaptur" for
# "recaptured", "strike" for "air-strikes"). A sentence's words are looked up by their first three
# letters, rather than every hint searched for in the sentence: a hint with a space or hyphen in it
# ("came under", "re-took") is then looked for in the whole sentence.
ALL_HINTS = tuple(sorted({hint for pattern in PATTERNS for hint in pattern.hints}))
WORDS = re.compile(r"[a-z]+")
STEM_LENGTH = 3
HINT_STEMS: dict[str, list[tuple[str, bool, tuple[int, ...]]]] = {}
for _hint in ALL_HINTS:
    _stem = WORDS.match(_hint).group()[:STEM_LENGTH]
    _indices = tuple(i for i, pattern in enumerate(PATTERNS) if _hint in pattern.hints)
    HINT_STEMS.setdefault(_stem, []).append((_hint, _hint.isalpha(), _indices))
# Weapons as what entered (lower case, right before the verb): "the missiles entered the capital".
WEAPONS_ENTERING = re.compile(
    r"\b(?:missiles?|drones?|rockets?|shaheds?|uavs?|projectiles?|debris|shells?|bombs?)\s+(?:have\s+|had\s+)?$"
)
# A person named by a given name as the subject of a leaving: "Volodymyr and Vera thought about it for a few
# more days and then decided to leave Kostyantynivka behind" (no side's forces named between).
PERSON_SUBJECT = re.compile(
    r"\b(?:" + "|".join(sorted(name.capitalize() for name in GIVEN_NAMES)) + r")\b"
    r"(?:(?!\b(?:troops|forces|army|units|soldiers|military|Ukrainian|Russian|Ukraine|Russia|Kyiv|Moscow"
    r"|enemy|occupiers|invaders|said|says|told|stated|reported|claimed|announced|noted|added|wrote)\b)"
    r"[^,;.:\"“”]){0,90}$"
)
# Civilians leaving is no retreat: "residents fled", "evacuated thousands of people".
_CIVILIANS = (
    r"(?:residents|civilians|people|population|families|refugees|children|locals|inhabitants|villagers"
    r"|evacuees|collaborators"  # ("forced local collaborators to flee")
    r"|patients|passengers|hostages"  # ("hundreds of patients remained trapped at the hospital")
    # ("The first ship with Ukrainian grain left Odesa": cargo leaving a port)
    r"|ships?|vessels?|tankers?|freighters?|bulk\s+carriers?"
    r"|tourists|holidaymakers|vacationers"  # ('Russian "tourists" fleeing from occupied Crimea')
    # ("The wounded troops were evacuated from the town and hospitalized"): the wounded leave, not a front
    r"|wounded|injured|casualties|bodies)"
)
CIVILIANS_BEFORE = re.compile(
    # ("some 70,000 people have managed to flee from Irpin")
    # (not troops counted: "Thousands of Russian troops fled Izium")
    rf"\b(?:{_CIVILIANS}|(?:thousands|hundreds|tens of thousands|millions)(?!\s+of\s+(?:[\w-]+\s+)?"
    r"(?:troops|soldiers|servicemen|fighters|forces|marines|paratroopers|mercenaries)\b))"
    r"[\"”’']?\s+(?:\w+\s+){0,3}$"
    # "some residents were able to leave the community's occupied territories"
    # ("civilians have only been able to leave Mariupol in their own cars")
    rf"|\b{_CIVILIANS}\s+(?:were|was|(?:have|had)\s+(?:(?:only|not|also|finally)\s+)?been)\s+"
    r"(?:(?:only|not|also|finally)\s+)?(?:able|allowed|forced)\s+to\s+$"
    # "those few residents remaining in the largely ruined settlement began to leave"
    rf"|\b{_CIVILIANS}\s+(?:[\w-]+\s+){{0,8}}?(?:began|begin|begins|started|start|starts|continued|continue)\s+"
    r"to\s+$"
    # ... and where they come from between: "Collaborators from Svatove and Kreminna are fleeing"
    rf"|\b{_CIVILIANS}\s+from\s+(?:[\w'’-]+,?\s+(?:and\s+)?){{1,4}}?(?:are|were|have|had|have\s+been)\s+$"
    # the occupiers' civil staff right before its verb: 'The Russian "administration" fled the town'
    r"|\b(?:administrations?|officials|authorities)[\"”’']?\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?$"
    # a witness's account: "civilians making the escape described fleeing through street battles"
    r"|\b(?:described|recalled|recounted|remembered|told\s+(?:of|about)|spoke\s+(?:of|about))\s+$",
    re.IGNORECASE,
)
# A part of a town under a side's control, the news of its advance into it ("Part of the settlement is
# under the control of Russian forces"; not the whole held, "X remains under Ukrainian control").
PART_OF_BEFORE = re.compile(
    r"(?:^|[.;:\"“]\s*|\b(?:and|but|while|now)\s+)"
    r"(?:(?:about|around|nearly|almost|over|more than|up to|some|as many as|at least|roughly"
    r"|approximately)\s+)?"
    r"(?:a\s+|the\s+)?(?:(?:large|small|significant|eastern|western"
    r"|northern|southern|central)\s+)?(?:part|parts|most|half|much|\d+\s*(?:%|percent)"
    # "The west and north of Volchansk is already under their control"
    r"|(?:north|south|east|west)(?:ern)?(?:\s+and\s+(?:north|south|east|west)(?:ern)?)?)\s+of\s+(?:the\s+)?"
    # ("As many as 45% of buildings in Konstantinovka are under the control of the Russian armed forces")
    r"(?:(?:buildings|houses|homes|structures|territory|area)\s+(?:in|of)\s+(?:the\s+)?)?"
    # (not "nearly 5% of Ukraine is under Russian control": a country's share is the war's map, no gain)
    # nor "75% of the Kherson region is under Russian control": an oblast's share, the map
    r"(?!ukraine\b|country\b|(?:ukrainian|its|ukraine['’]s)\s+territory\b"
    r"|[\w'’-]+\s+(?:region|oblast|province)\b)"
    r"[\w'’-]+(?:\s+[\w'’-]+)?\s+$"
    # ... or almost all of it: "Almost the entire Serebryansky forest is under Russian control"
    r"|(?:^|[.;:\"“]\s*)(?:almost|nearly|virtually|practically)\s+(?:the\s+)?(?:entire|whole)\s+"
    r"(?!ukraine\b|country\b|[\w'’-]+\s+(?:region|oblast|province)\b)[\w'’-]+(?:\s+[\w'’-]+)?\s+$"
)
# After an attack that changed nothing by itself, the General Staff's note of a gain: "..., with a partial
# success", "... and had partial success" (lower case).
PARTIAL_SUCCESS_AFTER = re.compile(
    r"[^.;]{0,100}?(?:,\s*|\s+and\s+)(?:with|had|has had|achieved|having)\s+"
    r"(?:a\s+|some\s+)?partial\s+success\b"
)
# A share of a town, right before "under": "Rodynske is approximately 80% under Russian control".
SHARE_UNDER = re.compile(r"\d ?(?:%|percent) (?:under|in) ")
PARTLY = re.compile(r"\b(?:partially|partly) (?:under|in|controlled)\b")
# A ground operation a phrase of fire names the aim of (lower case, right before it): "launched a new
# offensive with 30,000 troops on May 10, targeting Kharkiv Oblast" (no weapon or attack between: "an
# offensive, with missiles targeting the city" is fire), "deploying forces for its attack on the town".
GROUND_AIM_BEFORE = re.compile(
    r"\b(?:offensive|ground (?:assault|attack|operation)s?)\b"
    r"(?![^.;]*\b(?:missiles?|drones?|rockets?|artillery|shell\w*|bomb\w*|air|attacks?)\b)[^.;]*$"
)
# Explosives found and made safe, after a verb of fire (lower case): "destroyed 219 explosive devices".
DEMINED_AFTER = re.compile(
    r"\s+(?:[\d,.]+\s+|(?:several|dozens\s+of|hundreds\s+of)\s+)?(?:explosive\s+(?:devices|objects|items)"
    r"|(?:unexploded\s+)?ordnance|(?:land)?mines\b)"
)
FORCES_FOR_BEFORE = re.compile(r"\bforces for (?:its|their|an?|the) $")
# An attack on a country's territory, in a sentence of an incursion (lower case).
ON_TERRITORY_AFTER = re.compile(
    r"attacks? on (?:the )?(?:internationally[ -]recognized |sovereign )?"
    r"(?:russian|ukrainian|russia['’]s|ukraine['’]s) (?:soil|territory)\b"
)
GROUND_INCURSION = re.compile(r"\b(?:incursion|invasion|offensive|ground operation)\b")
# A sector after troops stopped in it: "were blocked in the Kolesnykovka direction" (lower case).
DIRECTION_HELD_AFTER = re.compile(r"\s+in\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:direction|sector|axis)\b")
# Where troops blocked at it were stopped, not cut off: "assault groups of the Russians were blocked at the
# north-eastern outskirts of the settlement of Orlivka" (lower case).
STOPPED_AT_AFTER = re.compile(r"\s+(?:at|on)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:outskirts|approaches|edge)\b")
# Civilians right before a verb of being cut off: "people blocked in apartments" (not "hundreds of
# soldiers trapped in Avdiivka").
PEOPLE_CUT_OFF = re.compile(
    # ("tens of thousands remain trapped in the city": people counted, no troops named)
    # ("this leaves 60 vessels blocked in Mykolaiv": ships in port)
    rf"\b(?:{_CIVILIANS}|thousands|hundreds|millions|ships|vessels|boats|tankers|bulk\s+carriers)\s+"
    r"(?:(?:were|was|are|is|remain|remained|still|became|become|got|get)\s+)?$",
    re.IGNORECASE,
)
# A supply cut off is no troops cut off: "the power supply has been cut off in part of the city".
SUPPLY_CUT_OFF = re.compile(
    r"\b(?:supply|supplies|electricity|power|water|gas|heating|internet|connection|communications?"
    r"|service)\s+"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?(?:also\s+)?(?:been\s+)?$"
    # ... nor a road blocked: "the road towards Shebekino is blocked at Maslova Pristan"
    r"|\b(?:road|highway|route|motorway)\s+"
    r"(?:(?:to|towards?|from|between)\s+[\w'’-]+(?:\s+and\s+[\w'’-]+)?\s+)?"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?(?:also\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
# A person who fled, right before the verb (lower case): "she had fled the border village of Lyptsi along
# with her mother" (a commander who withdrew his troops is told by another verb).
PERSON_FLED_BEFORE = re.compile(
    r"\b(?:she|he|wom[ae]n|mother|father|grandmother|grandfather|pensioners?|famil(?:y|ies))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$"
)
# ... or people further back in the clause, no troops named between (lower case): "Civilians with small
# children in their arms and lugging heavy suitcases fled Pokrovsk", "she and her daughters, age 7 and 9,
# fled their home", "a woman in her 70s who fled Kostiantynivka".
PEOPLE_IN_CLAUSE_BEFORE = re.compile(
    r"\b(?:civilians|residents|people|she|wom[ae]n|man|mothers?|fathers?|daughters?|sons?|children"
    r"|famil(?:y|ies)|pensioners?|villagers|locals|inhabitants)\b"
    r"(?![^.;:]*\b(?:troops|soldiers|forces|units|army|servicemen|fighters|military|garrison|militants"
    r"|mercenaries|invaders|occupiers|enemy|marines|paratroopers|brigades?|battalions?|men)\b)[^.;:]*$"
)
PEOPLE_CLAUSE_CHARS = 100
# A person given with an age, the way reporters name the people they meet: "Nastya, 28, had fled".
AGED_PERSON_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s+\d{1,3},\s+(?:\w+\s+){0,2}$")
CIVILIANS_AFTER = re.compile(
    r"\s+(?:more than |about |some |over |almost |nearly )?"
    rf"(?:[\d,.]+ |thousands of |hundreds of |dozens of )?(?:\w+ )?{_CIVILIANS}\b",
    re.IGNORECASE,
)
# ... or a participle whose subject, a person, comes after its clause: "after fleeing the devastated port of
# Mariupol, evacuee Yulia Yashenko said" (lower case).
FLEEING_PERSON_AFTER = re.compile(
    r"[^.;]{0,60}?,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:evacuees?|residents?|refugees?|civilians?|mothers?"
    r"|fathers?|wom[ae]n|m[ae]n|pensioners?|families|family|locals?|villagers?)\b"
)
# An editor's note in square brackets, as Ukrainian outlets gloss a place: "[a city in Zaporizhzhia
# Oblast which has been occupied by Russia – ed.]".
EDITOR_NOTE = re.compile(
    r"\[[^\[\]]{1,300}?(?:[–—-]\s*|\b)ed(?:itor)?\.?(?:['’]s note)?\s*\]", re.IGNORECASE
)
# How many characters before a phrase the checks below look at: a few words.
LOOK_BEHIND = 60
# Nouns that make a strike a strike on a crossing.
# Bridges, dams and crossings, a road's bridge too: "the enemy struck an airstrike on the overpass near
# Barvinkove station".
_ROAD_CROSSINGS = rf"(?:bridges?|dams?|{WATER_CROSSING}|overpass(?:es)?|viaducts?)"
CROSSINGS = re.compile(rf"\b(?:{_ROAD_CROSSINGS}|pontoons?|hpp|hydroelectric)\b", re.IGNORECASE)
# Forces right before a bare verb: "troops advance", "forces capture" (a present tense, not an infinitive).
FORCES_RIGHT_BEFORE = re.compile(
    r"\b(?:[Tt]roops|[Ff]orces|[Uu]nits|[Ss]oldiers|[Ff]ighters|[Oo]ccupiers|[Ii]nvaders)"
    r"\s+(?:(?:now|also|further)\s+)?$"
)
# A sentence that opens with a side's forces and a verb in the present (a headline's tense), and a
# comma or "and" that goes on with the next verb of theirs.
PRESENT_OPENING = re.compile(
    rf"\s*(?:the\s+)?(?:Russian|Ukrainian)\s+{FORCE_NOUNS}\s+(?!(?:have|has|had|are|were|is|was|will|would|could"
    r"|may|might|must|to|plan|plans|aim|aims|want|wants|seek|seeks|try|tries|hope|hopes|continue|intend|intends"
    r"|need|needs|prepare|prepares)\b)[a-z]+(?<!ed)\s",
)
SERIES_BEFORE = re.compile(r",\s+(?:and\s+)?$")
# A bare verb after "and" that goes on an infinitive of the same clause (no comma between): "were able to
# eliminate the Verkhnekamensky pocket and establish control over the village" (geo.events.modality)
# ("managed to push through Ukrainian defense around the town of Yatskivka and capture it")
JOINED_BEFORE = re.compile(r"\b(to\s+)[a-z]+\s+(?:[^\s,;.:]+\s+){0,9}?and\s+$")
JOINED_REACH = 110
# ... and ground after it: "advance in the Kupiansk district" (not "occupy abandoned houses").
TAKEN_PLACE_AFTER = re.compile(
    r"\s+(?:(?:in|into|on|near)\s+)?(?:the\s+(?:city|town|village|settlement)\s+of\s+)?(?:the\s+)?[A-Z]"
)
# A crossing named as where something else was hit: "a sabotage group near the Antonovka Bridge".
CROSSING_AS_PLACE = re.compile(
    r"\b(?:near|close\s+to|not\s+far\s+from|next\s+to"
    # "reported explosions in occupied Crimea and the closure of the Crimean Bridge": shut, not struck
    r"|(?:closure|closing|reopening)\s+of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){0,3}$"
)
DESTROYED = re.compile(
    r"\b(?:destroy(?:ed|ing|s)?|blown up|blew up|collaps(?:ed|e)|damag(?:e|ed|ing)|hit|struck|bombed|shelled"
    r"|blasts?|explosions?|attacks? on|attacked"
    r"|derail\w*)\b",
    re.IGNORECASE,
)
# Fire aimed at a crossing, or a crossing that took it: "fired six rockets at the bridge", "the
# strikes on the dam", "the bridge and the crossing ... suffered a strike".
CROSSING_AIMED = re.compile(
    r"\b(?:fired|fire|shell\w*|(?:air-?)?strikes?|targeted|launched)\b\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:at|on|upon)\s+"
    rf"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_ROAD_CROSSINGS}\b"
    rf"|\b{_ROAD_CROSSINGS}\b[^.;]{{0,90}}?\b(?:suffered|came under|(?:has|have) come under"
    r"|was fired (?:up)?on"
    r"|were fired (?:up)?on)\b",
    re.IGNORECASE,
)
# "was recaptured", "were forced to retreat", "had been captured": a form of "to be" before the verb.
PASSIVE = re.compile(
    # ("three occupiers got blown up in Mariupol")
    r"\b(?:was|were|been|being|is|are|be|got|get|gets)\s+[\"“‘']?"
    # ("The enemy ... is being further destroyed")
    r"(?:(?:\w+ly|still|also|again|now|already|even|just|once|almost|first|later|soon|then"
    r"|further)\s+){0,2}$",
    re.IGNORECASE,
)
# A chain of passive participles before the last one: "was surrounded, cut off from the main forces, and".
PASSIVE_CHAIN = re.compile(
    # ("was under Russian control in June 2025 and liberated in August": a state, then its end)
    r"\b(?:was|were|been|being|is|are)\s+(?:(?:\w+ly\s+)?\w+(?:ed|en|off|out|down)\b|under\s)[^.;:?!]*?"
    r",?\s+and\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
CHAIN_END = re.compile(
    r"\s*[,.;”\"]|\s+by\b"
    r"|\s+(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)\b"
)
# A participle of taking or siege as an adjective before a place noun: "in Russian occupied cities", "the
# temporarily occupied territories", "the encircled port city of" (lower case; not "Russian forces occupied
# villages", where a force is its subject).
PLACE_ADJECTIVES = ("occupied", "encircled", "besieged", "surrounded", "blockaded")
# ... and the participles of a taking used so: "on the captured Zmiinyi Island", "shelling liberated
# villages".
TAKEN_ADJECTIVES = ("captured", "liberated", "recaptured", "seized", "occupied", "de-occupied", "deoccupied")
# (but "near the recently captured Avdiivka" is news of the taking)
PREPOSITION_THE_BEFORE = re.compile(
    r"\b(?:on|in|at|near|from|of|to|over|into|around) the $"
    # "lost positions near liberated Staromaiorske", "next to liberated Robotyne": no article needed
    r"|\b(?:near|next to|around|outside|beyond) $"
)
NAME_RIGHT_AFTER = re.compile(r" [A-Z][\w'’-]+")
BLOCKADED_TOWN = re.compile(r" (?:the )?(?:(?:city|town) of )?[A-Z][\w'’-]+")  # (case-sensitive)
# Before "occupied" as the adjective of a name: a preposition, or a name and "and" ("connecting Russia
# and occupied Crimea", "in occupied Melitopol"; not "Russian forces attacked and occupied Kupiansk").
OCCUPIED_NAME_BEFORE = re.compile(
    r"(?:\b(?i:in|of|to|from|into|across|over|with|for|toward|towards|connecting|linking|between|near)"
    # ("shot down over the Kursk region and occupied Crimea")
    r"|\b(?:[A-Z][\w'’-]+|(?i:region|regions|oblast|oblasts|province|krai))\s+and)\s+$"
)
FIRE_VERB_BEFORE = re.compile(
    r"\b(?:shell(?:s|ed|ing)?|strik(?:e|es|ing)|struck|hit(?:s|ting)?|attack(?:s|ed|ing)?|bomb(?:s|ed|ing)?"
    # ("in particular shelling, round-the-clock de-occupied settlements of Nevske, Makiivka and Novoselivske")
    r"|target(?:s|ed|ing)?|pound(?:s|ed|ing)?),?\s+(?:(?:[\w-]+ly|round-the-clock|daily|nightly)\s+)?"
    # "attacked Kherson and the de-occupied settlements of ...": a target before, then the participle's
    # ("regularly shelling Melitopol, Energodar and other liberated cities": a list of targets)
    r"(?:(?:[\w'’-]+,\s+){0,5}[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+)?(?:the\s+)?(?:other\s+)?$"
)
PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:(?:port|border|frontline|front-line|eastern|southern|northern|western)\s+)?"
    r"(?:cities|towns|villages|settlements|territor(?:y|ies)|areas|lands?|regions|parts|part|city|town"
    r"|village)\b"
)
ADJECTIVE_BEFORE = re.compile(
    r"\b(?:russian|russian-|the|in|of|temporarily|newly|formerly|still|other|and)\s+$"
)
# A participle before the places it describes, then their verb: "the liberated villages are located south
# of X" says where ground taken earlier lies (not "the liberated villages of X and Y", which names them).
PLACES_DESCRIBED = re.compile(
    r"\s*(?:villages|settlements|towns|cities|areas|territories|localities)\s+(?:are|were|is|was|lie|lay|all|remain"
    r"|have|had|include|included)\b"
)
PLACES_NAMED_AFTER = re.compile(
    r"\s*(?:villages|settlements|towns|localities)\s+(?:are|were|include|included)\s+"
    r"(?:the\s+(?:villages?|settlements?|towns?)\s+of\s+)?[A-Z]"
)
# A participle used as an adjective ("previously captured territory", "abandoned equipment"):
# always before things, after a determiner before ground.
# The words between are descriptive ("advanced air defense systems"), never a name or a preposition:
# "pounded Kharkiv with missiles" is a strike on Kharkiv.
THINGS_AFTER = re.compile(
    # (not a verb of damage between: "a Russian drone attack cut heating in Shostka" is fire)
    # (nor a time between: "were forced to retreat after suffering losses")
    r"\s+(?:(?!(?:with|by|at|on|in|from|into|of|cut|cuts|knocked|disrupted|damaged|destroyed|left|after|before"
    r"|following|despite|amid)\b)"
    r"(?:[a-z-]+|Ukrainian|Russian|Western|Soviet|American|German|British|French)\s+){0,2}"
    r"(?i:equipment|weapons|vehicles|tanks|ammunition|materiel|guns|armou?r|documents|"
    r"systems?|technolog(?:y|ies)|arms|missiles|drones|munitions|jets|aircraft|training|stage|talks|initiative"
    r"|momentum|opportunity|chance|moment|losses|casualties|measures|steps|action|decisions?|part(?= in\b)"
    # "the city had lost electricity supply": a service, not ground
    r"|electricity|power|supply|supplies|heating|water|gas|connection|communications?|signal"
    r"|devices|ordnance"  # "seized ordnance", "captured 40 devices": munitions, not ground
    # ("destroying several advanced Russian air-defense missile launchers and radars")
    # (not "fired from multiple rocket launchers": the launchers fired)
    r"|air[- ]defen[cs]e\s+(?:missile\s+)?launchers|radars"
    # "some of whom said they had lost their relatives": people, not ground
    r"|relatives|family|families|loved ones|lives|homes|jobs|sons|husbands|children|friends|limbs?|legs?"
    # ("Under constant shelling, Nikopol has lost half its population")
    r"|population)\b"
    # (not a facility named by what it holds: "targeted a weapons depot", "hit a power plant")
    # ("shelled gas production sites": a word between)
    r"(?!\s+(?:[a-z-]+\s+)?(?i:depots?|plants?|stations?|factor(?:y|ies)|warehouses?|storage|stores|bases?"
    # (nor a river crossed: "managed to cross the water barrier")
    r"|arsenals?|facilit(?:y|ies)|sites?|dumps?|lines?|substations?|terminals?|hubs?|barriers?|obstacles?"
    r"|infrastructure)\b)"
    # people taken: "captured 17 occupiers", "captured two Russian soldiers"
    # ... counted after a hedge: "the capture of at least 100 Russian troops"
    r"|\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some|up\s+to)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|hundreds of)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?i:occupiers|invaders|soldiers|servicemen|troops|prisoners|fighters|paratroopers|marines|mercenaries)\b"
)
GROUND_AFTER = re.compile(
    # ("the liberated border town of Vovchansk", "the captured frontline village")
    r"\s+(?:(?:border|frontline|front-line|key|strategic|eastern|southern|northern|western|small)\s+)?"
    r"(?:territory|territories|areas?|positions|land|regions?|town|city|village|settlement|garrison"
    r"|grouping|pocket|troops|forces|units|soldiers|defenders)\b",
    re.IGNORECASE,
)
# Verbs whose object may be things and still be a strike: "hit manpower and equipment near X".
# ("the Ukrainian forces attacked Russian military equipment at airfields near Berdiansk")
FIRE_ON_THINGS = re.compile(
    # ("shot down two drones over X": the weapons sent at X)
    r"hit|hits|struck|strikes?|destroy\w*|ignited|set fire to|set ablaze|attacked|targeted|shot down|downed"
    r"|downing|intercepted",
    re.IGNORECASE,
)
# What a ban says of the act its gerund names (lower case): "Entering X is prohibited".
FORBIDDEN_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){1,4}?\s+(?:is|are|was|were|remains)\s+(?:strictly\s+)?(?:prohibited|forbidden|banned"
    r"|restricted|not allowed|dangerous|impossible)\b"
)
# A participle of ruin that describes a place noun after a determiner: "the largely destroyed city of X".
RUINED_WORDS = ("destroyed", "damaged", "devastated", "ruined", "shattered", "bombed-out", "shell-shocked")
RUINED_CITY_BEFORE = re.compile(
    r"\b(?:the|a|its|their)\s+(?:(?:largely|heavily|badly|partly|partially|almost|nearly|completely|totally"
    r"|mostly|severely|utterly)\s+){0,2}$"
)
# "previously captured territory", "of abandoned equipment": the participle describes a noun.
DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|of|and|previously|recently|newly|once|formerly|with|in|its|their)\s+$", re.IGNORECASE
)
ADVERB = re.compile(r"previously|recently|newly|once|formerly", re.IGNORECASE)
FORCES_BEFORE = re.compile(
    rf"\b(?:{FORCE_NOUNS}|(?-i:AFU|ZSU|UAF)|Russians?|Ukrainians?|Russia|Ukraine|occupiers|occupants|invaders"
    r"|enem(?:y|ies)"
    # ("elements of the 200th Brigade from the 14th Army Corps of the Northern Fleet lost their positions")
    r"|Wagner|regime|Northern\s+Fleet|Corps"
    # ("the troops of the Russian Federation had left the city of Izium")
    r"|(?:troops|forces|army|units)\s+of\s+the\s+Russian\s+Federation)\s+"
    # (a quote that opens on their verb: 'Russian troops "have left Kreminna"')
    r"[\"“‘']?"
    # not a side's things: "hit Ukrainian fortifications on the outskirts of X" names no forces there
    # "the Russian army has already", "the Russian army en masse"
    # (an adverb in quotes too: 'its forces had "fully cleared" the village of Kozinka')
    r"(?:(?:has|have|had|is|are|was|were)\s+[\"“‘']?(?:already|also|now|reportedly|\w+ly)\s+"
    r"|en\s+masse\s+"
    # a progressive perfect: "Russian forces have been fighting in the centre of Vuhledar"
    r"|(?:has|have|had)\s+been\s+(?:\w+ly\s+)?"
    # "Ukrainian troops operating in the area cleared": where the forces are, then their verb
    r"|(?:operating|fighting|deployed|stationed)\s+(?:in|on|near|around)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"(?:(?:has|have|had)\s+)?"
    # ... or just a town's name: "the Russian assault groups in Myrnohrad have made a little bit of progress"
    r"|(?:in|near|around|outside)\s+(?-i:[A-Z])[\w'’-]+\s+(?:has|have|had)\s+"
    # "the Russian invaders have now been able to establish control": what they managed
    r"|(?:(?:has|have|had)\s+(?:now\s+|also\s+)?been|were|was)\s+able\s+to\s+"
    r"|(?:managed|manage|manages)\s+to\s+(?:\w+ly\s+)?"  # "units managed to significantly improve"
    # ... told of forces in a relative clause: "the Russian troops who managed to cross the Siversky Donets"
    r"|(?:who|that)\s+(?:(?:had|have|has)\s+)?(?:managed|were\s+able|was\s+able)\s+to\s+"
    # an analyst's hedge: "soldiers also seem to have moved in on the outskirts of X"
    r"|(?:also\s+)?(?:seems?|seemed|appears?|appeared)\s+to\s+(?:have\s+)?"
    # a time between: "Russian forces earlier this month thrust into the Kharkiv region"
    r"|(?:earlier|later|late|early)\s+(?:this|last)\s+(?:week|month|year)\s+"
    # "Russian forces have also in recent weeks made incremental progress in the northern Sumy region"
    r"|(?:(?:has|have|had)\s+)?(?:also\s+)?(?:in|over|during)\s+(?:recent|the\s+(?:past|last))\s+"
    r"(?:(?:few|two|three|several)\s+)?(?:days|weeks|months|day|week|month)\s+"
    r"|(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend)\s+"
    r"|(?!(?:fortifications|positions|territory|defen[cs]es|lines|land|soil|villages|towns|cities|homes"
    # ("Zaporizhzhia and Crimea, Ukrainian regions also occupied by Russia": the land, not the forces)
    r"|houses|infrastructure|regions|oblasts|areas|territories|provinces)\b)\w+\s+)?"
    # a quote the verb opens: 'the Ukrainian forces "had a partial success in the area of X"'
    # ("A Russian drone barrage also killed three people in Odesa")
    r"(?:also\s+)?[\"“‘']?$",
    re.IGNORECASE,
)
# A "they" subject of a perfect, right before its verb: "They have already occupied".
# A unit taken out of a place to be relieved, the place kept: "were withdrawn from the city for rotation"
# (lower case).
FOR_ROTATION = re.compile(r"[^.;]{0,60}?\bfor (?:a )?rotation\b")
# The forces of the sentences before, firing on a place named as one: "They also fired on the village of
# Velyka Pysarivka" (lower case).
THEY_FIRED_ON = re.compile(
    r"they\s+(?:(?:also|then|again|later|repeatedly|\w+ly)\s+)?fired\s+(?:up)?on\s+(?:the\s+)?"
    r"(?:village|town|city|settlement|outskirts|centre|center)s?\s+of\b"
)
THEY_HAVE_BEFORE = re.compile(r"\b[Tt]hey\s+(?:have|had)\s+(?:(?:already|also|now|\w+ly)\s+)?$")
SETTLEMENTS_AFTER = re.compile(
    rf"\s+(?:the\s+)?(?:{_SETTLEMENT_WORDS_BEFORE}\s+)?"
    r"(?:villages?\s+of|towns?\s+of|settlements?\s+of|city\s+of|[A-Z])"
)
# ... the same past a long "where": "The Ukrainian defence forces operating in the area of responsibility of
# the 1st Azov Corps of the National Guard have cleared the village of Pankivka".
FORCES_OPERATING = re.compile(
    rf"\b(?:{FORCE_NOUNS})\s+(?:operating|fighting|deployed|stationed)\s+(?:in|on|near|around)\s+[^,;.:]{{1,150}}?"
    r"\s(?:has|have|had)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# The forces a phrase between commas parts from their verb: "Ukrainian troops, holding positions in Krynky
# (30 km northeast of Kherson), have expanded their control".
# A military body that tells of what its forces did: "the Ukrainian Defense Ministry claimed to have hit
# an oil refinery", "the General Staff said it struck".
BODY_DID = re.compile(
    # (also a unit: "Ukraine's 3rd Assault Brigade said it had cleared the village of Andriivka")
    r"\b(?:ministry|general staff|command|headquarters|brigade|battalion|regiment|corps|division"
    # ... or the country itself: "Russia on Friday said it had improved its fighting positions"
    r"|Russia|Ukraine|Moscow|Kyiv|Kiev)"
    r"\s+(?:\w+\s+){0,2}"
    r"(?:claimed|claims|said|says|reported"
    r"|reports|announced|stated)\s+"
    r"(?:(?:that\s+)?(?:it|its forces|its troops)\s+(?:had\s+|has\s+)?|to\s+have\s+)$",
    re.IGNORECASE,
)
# Forces that open the clause a "with a success near X" closes: "Ukrainian forces are assaulting ..., with".
FORCES_WITH = re.compile(rf"^(?:\w+\s+){{0,2}}?{FORCE_NOUNS}\s+[^;.:]{{1,160}},\s+$", re.IGNORECASE)
FORCES_APART = re.compile(
    rf"\b(?:{FORCE_NOUNS}|Russians|Ukrainians|occupiers|invaders|enemy|Wagner)\s*,[^;.]{{1,180}}?,\s+"
    # "the Russians, having a numerical advantage, managed to cross the water barrier"
    r"(?:(?:have|has|had)\s+)?(?:(?:managed|were\s+able|was\s+able)\s+to\s+)?$",
    re.IGNORECASE,
)
# The forces of an earlier verb of the same clause: "Russian troops exploited their breakthrough
# and occupied X".
FORCES_THEN = re.compile(
    rf"\b(?:{FORCE_NOUNS}|Russians|Ukrainians|occupiers|invaders|enemy|Wagner)\s+"
    r"(?:[^,;.:]{0,120}?\s(?:and|then)"
    # (past an aside: "the enemy captured the southern part of X, taking advantage of ..., and also occupied")
    r"|[^;.:]{0,160}?,\s+and"
    # ... or a comma, as a series of the same subject's verbs: "Russian forces have been advancing at the
    # fastest pace since the war's early months, are moving into the town of Kurakhove"
    r"|[^;.:]{0,160}?,\s+(?:are|were|have\s+been|had\s+been))"
    # ("the Armed Forces are advancing ... near Bakhmut and have achieved success in the area of X")
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|then|later|\w+ly)\s+)?$",
    re.IGNORECASE,
)
# What a side withdraws from that is no ground: "withdrawal this month from the Black Sea deal".
PACT_LEFT = re.compile(
    # ("withdrew on July 17 from a U.N.-brokered deal")
    r"(?:\s+[\w-]+){0,3}?\s+from\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:deal|agreement|accord|treaty|initiative"
    r"|talks|negotiations|pact|convention|council|organi[sz]ation)\b",
    re.IGNORECASE,
)
# People a participle tells of: "the return of Russian citizens captured by Ukraine".
CAPTIVES = re.compile(
    r"\b(?:citizens|civilians|soldiers|servicemen|troops|prisoners|people|men|residents|fighters|conscripts"
    r"|POWs)\s+$",
    re.IGNORECASE,
)
# ... nor are buildings and craft: "a strike on a building seized by Russian forces" hit the building.
SEIZED_THINGS = re.compile(
    r"\b(?:building|house|office|school|hospital|premises|plant|factory|facility|vessel|ship|tanker|vehicle"
    r"|equipment)s?\s+$",
    re.IGNORECASE,
)
BY_AFTER = re.compile(r"\s+by\b")
# A measure after "by": "advanced by more than a kilometer", "by 2-3 km", "by up to 10 kilometres".
BY_MEASURE = re.compile(
    r"(?:(?:more|less|fewer)\s+than\s+|up\s+to\s+|about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|[\d.,]+(?:\s*-\s*[\d.,]+)?)\s*"
    r"(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m)\b",
    re.IGNORECASE,
)
# A passive verb's agent that is a side's forces: "by the Vostok (East) group of forces", "by Russian troops".
BY_FORCES = re.compile(rf"\s+by\s+(?:the\s+)?(?:[\w()’'-]+\s+){{0,3}}?{FORCE_NOUNS}\b", re.IGNORECASE)
# ... and a noun of taking whose taker comes after it with "by": "the establishment of control by the army".
NOUN_OF_TAKING = re.compile(r"establishment\b", re.IGNORECASE)
PERSONS = re.compile(
    r"\b(?:soldiers|servicemen|troops|personnel|prisoners|civilians|people|men)\s+(?:\w+\s+){0,2}$"
    # ("Russian military with submachine guns have been seized today in the yard of a building")
    r"|\b(?:Russian|Ukrainian)\s+military\s+(?:with\s+(?:[\w-]+\s+){1,2})?(?:(?:have|has|had)\s+)?$",
    re.IGNORECASE,
)


# What each word seen so far says about the patterns (news prose repeats its words): the patterns a
# hint at the word's start calls for, and the hints with a space or hyphen that start like the word
# and are then looked for in the sentence; () for the many words that start no hint.
_Hits = tuple[frozenset[int], tuple[tuple[str, tuple[int, ...]], ...]] | tuple[()]
_WORD_HITS: dict[str, _Hits] = {}
_WORD_HITS_MAX = 200_000  # words kept; past that the table starts afresh


def _word_hits(word: str) -> _Hits:
    whole: set[int] = set()
    phrases = []
    for hint, whole_word, indices in HINT_STEMS.get(word[:STEM_LENGTH], ()):
        if not whole_word:
            phrases.append((hint, indices))
        elif word.startswith(hint):
            whole.update(indices)
    hits = (frozenset(whole), tuple(phrases)) if whole or phrases else ()
    if len(_WORD_HITS) >= _WORD_HITS_MAX:
        _WORD_HITS.clear()
    _WORD_HITS[word] = hits
    return hits


# Weapons kept, made or sent, not fired: "the storage of missiles", "supplies of bombs" (lower case).
WEAPONS_KEPT_BEFORE = re.compile(
    r"\b(?:storage|stockpiles?|stocks?|production|supply|supplies|deliver(?:y|ies)|shipments?|transfer"
    r"|manufactur\w*|purchases?|sales?)\s+of\s+(?:[\w-]+\s+){0,2}$"
)
# Places attacked as such (lower case): "attacked other settlements in the region".
SETTLEMENTS_ATTACKED = re.compile(
    r"\b(?:attacked|shelled|struck|hit)\s+(?:[\w-]+\s+){0,2}?(?:settlements|villages|towns|cities|communities"
    r"|hromadas)\b"
)
# Homes or a whole village ruined, which in a war report only fire does: "Some 15 houses were destroyed in
# Orikhove", "The village of Synetskyi on the outskirts of Sievierodonetsk was severely damaged" (lower case).
HOMES_RUINED = re.compile(
    r"\b(?:\d+|[a-z]+)\s+(?:more\s+|private\s+|residential\s+)?(?:houses|homes|residential\s+buildings"
    r"|apartment\s+(?:buildings|blocks)|high-rises)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:destroyed|damaged)\s+(?:in|at)\b"
    r"|^(?:the\s+)?(?:village|town|city|settlement)\s+of\s+[\w'’-]+\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:was|has\s+been)\s+(?:\w+ly\s+)?(?:destroyed|damaged)\b"
    # ... or the place told first: "In the Bucha district, 21 private houses, farm buildings, garages and 10
    # cars were damaged"
    r"|^(?:[\w'’-]+,?\s+){0,2}?in\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*,\s*(?:\d+|[a-z]+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:houses|homes|residential\s+buildings|apartment\s+(?:buildings|blocks)|high-rises)\b[^.;]{0,150}?"
    r"\b(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:destroyed|damaged)\b"
)
# An attempt that failed before a passive verb of being thrown back: "conducted forays on the city edges but
# were pushed back" is an attack repelled, no ground given up (lower case).
FORAYS_REPELLED = re.compile(
    r"\b(?:forays?|attacks?|assaults?|raids?|attempts?|sorties|probes)\b[^.;]{0,80}?\bbut\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?$"
)
FORAY_REACH = 120
# ... or told in the active voice after the losses: "conducted assault operations, had no success, suffered
# losses, and retreated" (lower case; the words before a verb of leaving).
FAILED_ASSAULT_BEFORE = re.compile(
    r"\b(?:forays?|attacks?|assaults?|offensive|raids?|attempts?|sorties|storm\w*)\b[^.;]{0,100}?"
    r"\b(?:suffered\s+(?:[\w\"“”-]+\s+){0,2}?losses[\"”]?|had\s+no\s+success|without\s+success|failed)"
    r"(?:,\s*|\s+)(?:and\s+)?$"
)
# An assault launched that came to nothing: "launched an assault on Krynky but suffered significant losses
# and retreated" (lower case, after the phrase).
FAILED_AFTER = re.compile(
    r"[^.;]{0,80}?\bbut\s+(?:[\w-]+\s+){0,2}?(?:suffered|retreated|withdrew|fell\s+back|had\s+no\s+success"
    r"|(?:was|were)\s+(?:repelled|repulsed|pushed\s+back|stopped|beaten\s+back))\b"
)
# A scout drone downed (lower case): it attacked nothing where it fell.
SCOUT_DOWNED = re.compile(
    r"\breconnaissance\s+(?:drones?|uavs?|aircraft)\b[^.;]{0,40}?\b(?:was|were)\s+(?:destroyed|shot\s+down|downed)\b"
    r"|\b(?:destroyed|shot\s+down|downed)\s+(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+)?reconnaissance\s+"
    r"(?:drones?|uavs?)\b"
)
# Fire told as a habit: "kept launching strikes", "kept shelling" (lower case).
KEPT_BEFORE = re.compile(r"\bkept\s+(?:on\s+)?\w+ing\s+(?:[\w-]+\s+){0,3}$|\bkept\s+(?:on\s+)?$")
# What flies or sails towards a town, right before "approaching" (lower case): "an enemy UAV, probably a
# reconnaissance drone, was approaching Kharkiv".
APPROACHING_CRAFT = re.compile(
    r"\b(?:drones?|uavs?|shaheds?|missiles?|rockets?|aircraft|planes?|jets?|helicopters?|boats?|ships?"
    r"|vessels?|bombs?|targets?)\b[^.;]{0,50}?\b(?:is|are|was|were|now)\s+$"
)
# ... or a harbour right after it: "ships ... fled the port in a hurry" (lower case).
HARBOUR_AFTER = re.compile(r"\s+(?:the\s+)?(?:port|harbou?r|bay|roadstead)\b")
# Ships and aircraft, the subject right before a verb of leaving (lower case).
CRAFT_BEFORE = re.compile(
    r"\b(?:vessels?|ships?|warships?|boats?|submarines?|frigates?|corvettes?|tankers?|aircraft|planes?|jets?"
    # (not the Northern Fleet's naval infantry and motor rifles, who fight on land)
    # ("ships that had recently entered the harbor": a relative clause's verb)
    r"|helicopters?|(?<!northern )fleet)\s+(?:(?:that|which)\s+)?(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?"
    # ("some of the Russian ships started to leave the Berdiansk port")
    r"(?:(?:started|began|begun|were\s+forced|had|have|has)\s+to\s+)?$"
    # "the first evacuation train of the Ukrainian railways left Kherson": a train leaves a station
    r"|\b(?:trains?|buses|bus|convoys?)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,2})?(?:have\s+|has\s+|had\s+)?$"
)
# Gains made before and now held (lower case): "further solidifying their gains in Donetsk".
KEPT_GAINS_BEFORE = re.compile(
    # ... or to be stopped: "struggles to contain these gains"
    r"\b(?:solidif|consolidat|cement|secur|protect|defend|hold|held|keep|kept|contain|stem|halt|stop|revers"
    r"|counter|limit|slow)\w*\s+(?:their|its|his|the|these|those|such|russia['’]s|ukraine['’]s)\s+"
    r"(?:[\w-]+\s+)?$"
)
SUPERLATIVE_BEFORE = re.compile(r"\b(?:[a-z]+est|worst|most\s+[a-z]+)\s+(?:[\w-]+\s+){0,2}$")
SUPERLATIVE_IN = re.compile(
    r"\b(?:largest|biggest|heaviest|deadliest|fiercest|worst|most\s+(?:massive|intense))\b"
)
# A participle after an ordinal's place noun: "the second settlement recaptured since June", "the
# 20th village captured this year" count places (lower case).
COUNTED_PLACE_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|\d+(?:st|nd|rd|th))\s+"
    r"(?:settlement|village|town|city|locality)\s+$"
)
# A concession the words before an event phrase open (lower case): "even though a Ukrainian incursion".
CONCESSION_BEFORE = re.compile(r"\b(?:even though|although|though|despite)\b[^,;.]*$")
# Ground held for a span: "have been occupied by Russian forces since March 2022" (lower case).
STATE_WORDS = ("occupied", "held", "controlled", "under")
STATE_BEFORE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:\w+\s+)?$")
PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$")
# A clause of time before a launch: "since Moscow launched the offensive", "ever since Russia began".
SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,3}$")
SINCE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+since\b")
# Fire told as going on for years, no one strike: "came under constant attacks since 2015", "has been
# shelled for years" (the words after a strike phrase, lower case).
HABITUAL_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:since\s+(?:19|20)\d\d\b|for\s+(?:years|decades)\b"
    # ("has faced frequent shelling by Ukrainian forces throughout the ongoing conflict")
    r"|throughout\s+the\s+(?:ongoing\s+|entire\s+|whole\s+)?(?:war|conflict|invasion)\b)"
)
# ... or since the war began (the same words): fire of years, unless the article is of the war's first
# weeks, when "Irpin has been shelled since the first days of the war" is the news of the day.
SINCE_WAR_BEGAN_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:"
    # ("has come under attack by Kyiv's forces since the outbreak of full-scale conflict")
    # ("has been under shelling since the first day of the Russian invasion")
    r"since\s+the\s+(?:start|beginning|outbreak|first\s+days?|early\s+days)\s+of\s+(?:the\s+)?"
    r"(?:(?:full-scale|russian|russia['’]s)\s+){0,2}(?:war|invasion|conflict|hostilities)\b"
    # "have been repeatedly targeted since Moscow launched its invasion of Ukraine"
    r"|since\s+(?:moscow|russia|the\s+kremlin|putin)\s+(?:launched|began|started)\s+(?:its|the|his)\s+"
    r"(?:full-scale\s+)?(?:war|invasion)\b)"
)
# Fire a place is guarded against, not fire that fell: "protection against Ukrainian shells", "shelters
# from Russian drones" (the words before a strike phrase, lower case).
PROTECTED_FROM = re.compile(
    r"\b(?:protect\w*|shelters?|sheltering|shield\w*|safe|safety|defen[cs]es?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:against|from)\s+(?:[\w'’-]+\s+){0,2}$"
)

# Fire both sides trade, no one side's strike: "local firefights combined with an exchange of artillery
# fire", "the troops exchanged artillery fire near X" (the words before a strike phrase, lower case).
EXCHANGED = re.compile(r"\bexchang(?:es? of|ed|ing|e) (?:[\w-]+ ){0,2}$")


# A noun of fire's own phrase, then the verb that times it by another clause: "[The strike] on Novorossiysk
# came as Russia pounded Kyiv", "[The attack] on the refinery comes days after ...".
CAME_AS_AFTER = re.compile(
    r"([^,.;]{0,80}?)\s(?:came|comes|come)\s+"
    r"(?:(?:just|only|shortly|hours|days|weeks|a\s+day|a\s+week|two\s+days)\s+)?"
    r"(?P<conjunction>as|after|amid|while|when|before)\b"
)
# ... of what happened at the same time, elsewhere ("came as", "comes amid"), not before it in the same
# campaign ("The strikes come a day after Ukraine fought off a barrage of Russian drones in the Odesa region")
SIMULTANEOUS = frozenset({"as", "amid", "while", "when"})


def find_triggers(
    sentence: str, headline: bool = False, under_fire: bool = False, war_young: bool = False
) -> list[Trigger]:
    """Return the event phrases of a sentence, in order; overlapping phrases keep the earliest longest.

    A ``headline`` tells past events in the present tense ("Russian Forces Liberate Novosadove"):
    there a bare verb after a named side is an event. ``under_fire`` says the sentences just before
    reported fire on places: in a regional administration's round-up, "In Siversk, 2 buildings were
    damaged" and "1 person was wounded in Kurakhove" tell of that fire with no weapon named.
    ``war_young`` says the article is of the invasion's first weeks: fire "since the first days of the
    war" is then its news, not years of it.
    """
    lower = sentence.lower()
    chosen: set[int] = set()
    for word in WORDS.findall(lower):
        hits = _WORD_HITS.get(word)
        if hits is None:
            hits = _word_hits(word)
        if hits:
            whole, phrases = hits
            chosen |= whole
            for hint, indices in phrases:
                if hint in lower:
                    chosen.update(indices)
    military: bool | None = True if under_fire else None
    same = same_offsets(sentence, lower)
    # substring tests for the rarer checks below: most sentences hold none of their words
    habitual = any(word in lower for word in ("since", " for years", " for decades", "throughout the"))
    guarded = any(word in lower for word in ("against", "protect", "shelter", "shield", "safe"))
    found: list[Trigger] = []
    # most sentences hold no stem of most patterns: substring tests, not a scan
    for pattern in (PATTERNS[i] for i in sorted(chosen)):
        if pattern.needs_ground and ATTACK_WORDS.search(sentence):
            continue
        if pattern.needs_military:
            if military is None:
                military = (
                    MILITARY.search(sentence) is not None
                    or (
                        ("bridge" in lower or "dam" in lower)
                        and CROSSING_ATTACKED.search(sentence) is not None
                    )
                    # "Russia attacked other settlements in Dnipropetrovsk region": fire on places
                    or SETTLEMENTS_ATTACKED.search(lower) is not None
                    or HOMES_RUINED.search(lower) is not None
                    or ("they" in lower and THEY_FIRED_ON.search(lower) is not None)
                )
            if not military:
                continue
        matches = pattern.lowered.finditer(lower) if same else pattern.regex.finditer(sentence)
        for match in matches:
            start, end = match.span()
            window = max(0, start - LOOK_BEHIND)  # the words before the phrase that can change it
            if (
                pattern.event_type == "strike"
                and "reconnaissance" in lower
                and any(r.start() <= start and end <= r.end() for r in SCOUT_DOWNED.finditer(lower))
            ):
                continue  # "the reconnaissance drone ZALA was destroyed in the Mykolaiv region": no attack
            if THINGS_AFTER.match(sentence, end) and not (
                pattern.event_type == "strike"
                and (
                    FIRE_ON_THINGS.fullmatch(sentence, start, end)
                    # "two drones crashed into private homes": what a drone hit, not homes lost
                    or lower.endswith(" into", 0, end)
                )
            ):
                continue  # "captured equipment", "abandoned weapons": things, not ground
            if (
                pattern.event_type == "advance"
                and lower.startswith(PLACE_ADJECTIVES, start)
                and PLACE_NOUN_AFTER.match(lower, end)
                and ADJECTIVE_BEFORE.search(lower, window, start)
            ):
                # "explosions reported in Russian occupied cities", "in the encircled port city of Mariupol":
                # an adjective, no taking
                continue
            if (
                pattern.event_type == "advance"
                and lower.startswith(TAKEN_ADJECTIVES, start)
                and (
                    (
                        PREPOSITION_THE_BEFORE.search(lower, window, start)
                        and NAME_RIGHT_AFTER.match(sentence, end)
                    )
                    or (
                        FIRE_VERB_BEFORE.search(lower, window, start)
                        # ("Ukrainian forces strike occupied Berdiansk port")
                        and (PLACE_NOUN_AFTER.match(lower, end) or NAME_RIGHT_AFTER.match(sentence, end))
                    )
                )
            ):
                # "attacked the command post on the captured Zmiinyi Island", "are relentlessly shelling
                # liberated villages near Kherson": ground taken before, described
                continue
            if (
                pattern.event_type == "advance"
                and PLACES_DESCRIBED.match(lower, end)
                # (but "Among the liberated settlements are Vysokopolye, ...": the places taken, named)
                and not PLACES_NAMED_AFTER.match(sentence, end)
            ):
                continue  # "the three liberated villages are all located south of Pokrovsk": a description
            if (
                pattern.event_type == "advance"
                and lower.startswith(PLACE_ADJECTIVES, start)
                and NAME_RIGHT_AFTER.match(sentence, end)
                and OCCUPIED_NAME_BEFORE.search(sentence, window, start)
            ):
                continue  # "the Crimean bridge connecting Russia and occupied Crimea": whose, no taking
            if (
                pattern.event_type == "strike"
                and lower.startswith(RUINED_WORDS, start)
                and RUINED_CITY_BEFORE.search(lower, window, start)
                and PLACE_NOUN_AFTER.match(lower, end)
            ):
                continue  # "captured the largely destroyed city of Kupiansk": the ruins, described
            if (
                lower[start:end].endswith("ing")
                and not sentence[:start].strip(" \"“'‘«(")
                and FORBIDDEN_AFTER.match(lower, end)
            ):
                continue  # "Entering Logachevka is prohibited": a ban, no one entered
            if pattern.event_type == "strike" and STRIKE_AS_ATTRIBUTE.match(lower, end):
                continue  # "Ukrainian long-range strike capability", "a strike package": no strike made
            if (
                pattern.event_type == "advance"
                and lower.startswith(("occupied", "controlled", "held"), start)
                and HELD_STATE_BEFORE.search(lower, max(0, start - 30), start)
            ):
                continue  # "Kherson, which is also occupied by Russian forces": held, not taken now
            if lower.startswith("push", start) and LINE_PUSHED_BEFORE.search(lower, window, start):
                continue  # "after the line of engagement is pushed further away from the settlement": no side
            if pattern.event_type == "retreat" and DEAL_AFTER.match(lower, end):
                continue  # "Russia's withdrawal from the grain deal": no ground left
            if pattern.event_type == "strike" and lower.startswith("struck", start) and DEAL_STRUCK.search(
                lower, max(0, start - 40), start
            ):
                continue  # "since a ceasefire was struck between Kiev and pro-Russian fighters": a deal made
            if pattern.event_type in FIRE_TYPES and STRIKES_HALTED.search(
                lower, max(0, start - 40), start
            ):
                continue  # "agreed to implement a 30-day halt on strikes on energy facilities": none made
            if pattern.event_type == "retreat" and TROOPS_FROM_THE_FRONT.match(lower, end):
                continue  # "Moscow withdrawing about 30,000 troops from the frontline": moved, no ground left
            if pattern.event_type == "retreat" and "rotation" in lower and FOR_ROTATION.match(lower, end):
                continue  # "units were withdrawn from the city for rotation": relieved, no ground lost
            if ON_THE_COUNTRY.match(lower, end) and WAR_OPENED_BEFORE.search(lower, window, start):
                continue  # "since the start of the Russian attack on Ukraine": the war, as a date
            if pattern.event_type == "bridge_strike" and AFTERMATH_OF.search(lower, window, start):
                continue  # "to witness the aftermath of the destruction of a dam": the backdrop of other news
            if pattern.event_type == "retreat" and BACKDROP_NOUN.search(lower, max(0, start - 20), end + 1):
                continue  # "Despite the withdrawal, Russian attacks ... persist": told as the backdrop
            if pattern.event_type == "retreat" and ROUTE_BEFORE.search(lower, max(0, start - 60), start):
                continue  # "the corridor for withdrawal from the city": a way out, no ground left
            if (
                pattern.event_type in FIRE_TYPES
                and RUINS.match(lower, start)
                and RUINS_BEFORE.search(sentence, window, start)
            ):
                continue  # "a road lined with heavily destroyed houses", "images of damaged buildings"
            if pattern.event_type in FIRE_TYPES and lower.startswith("-out", end):
                continue  # "in front of the city's bombed-out main building": ruins seen
            if (
                pattern.event_type == "advance"
                and lower[start:end].endswith(("ed", "taken"))
                and COUNTED_PLACE_BEFORE.search(lower, window, start)
            ):
                continue  # "noting it was the second settlement recaptured since Russia opened a front in
                # Sumy Oblast": a count of places told already, the place after is the backdrop's
            if (
                pattern.event_type == "strike"
                and habitual
                and (
                    HABITUAL_AFTER.match(lower, end)
                    or (not war_young and SINCE_WAR_BEGAN_AFTER.match(lower, end))
                )
                and not SUPERLATIVE_BEFORE.search(lower, window, start)  # "the deadliest attack since 2022"
                # ... or inside the phrase: "was subjected to the largest-scale shelling since 2022"
                and not SUPERLATIVE_IN.search(lower, start, end)
            ):
                continue  # "the gray zone, which came under constant attacks since 2015": years of fire
            if (
                pattern.event_type == "advance"
                and habitual
                and lower.startswith(STATE_WORDS, start)
                and (
                    (STATE_BEFORE.search(lower, window, start) and SINCE_AFTER.match(lower, end))
                    # ... or its active voice, with the place before it: "Melitopol, which Russia has
                    # occupied since early March 2022" (not "have occupied 14 villages since Monday")
                    or (PERFECT_BEFORE.search(lower, window, start) and lower.startswith(" since ", end))
                )
            ):
                continue  # "Tokmak has been occupied by Russian forces since March 2022": a state, background
            if (
                pattern.event_type == "advance"
                and habitual
                and lower.startswith(("launch", "began", "begun", "start"), start)
                and SINCE_CLAUSE_BEFORE.search(lower, window, start)
            ):
                continue  # "under Russian strikes since Moscow launched the offensive in 2022": a time
            if lower.startswith("blockaded", start) and not BLOCKADED_TOWN.match(sentence, end):
                continue  # "Russia blockaded ports in the Black Sea": shipping closed, no town closed round
            if lower.startswith("gains", start) and KEPT_GAINS_BEFORE.search(lower, window, start):
                continue  # "further solidifying their gains in Donetsk": gains told before, held now
            if lower.startswith("incursion", start) and CONCESSION_BEFORE.search(lower, window, start):
                continue  # "advanced fastest, even though a Ukrainian incursion into Kursk was meant to slow"
            if pattern.event_type == "strike" and EXCHANGED.search(lower, window, start):
                continue  # "an exchange of artillery fire": both sides fired, nobody's strike
            if pattern.event_type == "strike" and guarded and PROTECTED_FROM.search(lower, window, start):
                continue  # "strengthening the city's protection against Ukrainian shells": no shell fell
            if (
                pattern.event_type == "strike"
                and lower.startswith(KILLED_WORDS, start)
                and FORCES_KILLED.search(sentence, window, start)
            ):
                continue  # "Russian sabotage groups operating there had been destroyed": men, not a place hit
            described = GROUND_AFTER.match(sentence, end) and DETERMINER_BEFORE.search(
                sentence, window, start
            )
            if described and not (
                ADVERB.fullmatch(described.group().strip())
                and FORCES_BEFORE.search(sentence, window, described.start())
            ):
                continue  # "previously captured territory" describes; "troops recently captured" tells
            if pattern.bare and not (
                (
                    DONE_INFINITIVE.search(sentence, window, start)
                    # "the enemy continued to storm Bakhmut": an assault going on, no ground taken yet
                    and not (
                        lower.startswith("storm", start) and CONTINUED_BEFORE.search(lower, window, start)
                    )
                )
                or _done_infinitive_joined(sentence, start)
                or (headline and FORCES_BEFORE.search(sentence, window, start))
                # a report's present: "The Russian troops advance in the Kupiansk district"
                or (
                    FORCES_RIGHT_BEFORE.search(sentence, window, start)
                    and TAKEN_PLACE_AFTER.match(sentence, end)
                )
                # the next verb of a present series: "Russian troops halt a counteroffensive on the Sumy
                # front, regain control of Loknia, and advance toward Yunakivka"
                or (SERIES_BEFORE.search(sentence, window, start) and PRESENT_OPENING.match(sentence))
            ):
                continue
            if (
                pattern.needs_forces
                and not FORCES_BEFORE.search(sentence, window, start)
                and not FORCES_THEN.search(sentence, max(0, start - 3 * LOOK_BEHIND), start)
                and not FORCES_APART.search(sentence, max(0, start - 4 * LOOK_BEHIND), start)
                and not BODY_DID.search(sentence, max(0, start - 2 * LOOK_BEHIND), start)
                # ("Russian forces are attempting to outflank Vuhledar. They have already occupied the nearby
                # villages": the forces of the sentence before, which the extractor's "they" finds)
                and not (
                    lower.startswith("occupied", start)
                    and THEY_HAVE_BEFORE.search(sentence, max(0, start - LOOK_BEHIND), start)
                    and SETTLEMENTS_AFTER.match(sentence, end)
                )
                and not FORCES_OPERATING.search(sentence, max(0, start - 3 * LOOK_BEHIND), start)
                # "Ukrainian forces are assaulting Russian positions on both flanks, with a success near X":
                # the clause's forces
                and not (lower.startswith("with ", start) and FORCES_WITH.search(sentence, 0, start))
                # "Vesele was taken over by the Vostok (East) group of forces": the forces are the agent
                and not (PASSIVE.search(sentence, window, start) and BY_FORCES.match(sentence, end))
                # ... as they are of a noun's: "the establishment of control by the Russian army over X"
                and not (NOUN_OF_TAKING.match(sentence, start) and BY_FORCES.match(sentence, end))
            ):
                continue
            # "was recaptured" is passive; "is advancing" is not (a present participle)
            first_word = sentence[start:end].split()[0].lower()
            auxiliary = (
                None
                # nor is "are on the outskirts of" or "is already in": a phrase of place has no voice
                if first_word.endswith("ing") or first_word in ("on", "at", "now", "already")
                else PASSIVE.search(sentence, window, start) or _passive_chain(sentence, window, start, end)
            )
            event_type = pattern.passive_type if auxiliary and pattern.passive_type else pattern.event_type
            if (
                pattern.role == "under"
                and not lower.startswith(("remain", "still"), start)  # "Part of X remains under ...": held
                and (
                    PART_OF_BEFORE.search(lower, window, start)
                    or SHARE_UNDER.search(lower, start, end)
                    # ("The villages of Berdychi and Tonenke are partially controlled by the Russians")
                    or PARTLY.search(lower, start, end)
                )
            ):
                event_type = "advance"  # "Part of Huliaipole is under the control of Russian forces": a gain
            if event_type == "contact" and PARTIAL_SUCCESS_AFTER.match(lower, end):
                # the General Staff's "the enemy conducted an offensive in the direction of Verkhnokamianske,
                # with a partial success": ground gained
                event_type = "advance"
            if (
                event_type == "retreat"
                and auxiliary
                and " but " in lower
                and FORAYS_REPELLED.search(lower, max(0, start - FORAY_REACH), start)
            ):
                continue  # "units conducted forays on the city edges but were pushed back": attacks repelled
            if (
                event_type == "retreat"
                and not auxiliary
                and FAILED_ASSAULT_BEFORE.search(lower, max(0, start - FORAY_REACH), start)
            ):
                continue  # "conducted assault operations, had no success, suffered losses, and retreated"
            if (
                event_type == "advance"
                and lower.startswith(("launch", "conduct", "mount", "carr"), start)
                and " but " in lower
                and FAILED_AFTER.match(lower, end)
            ):
                event_type = "contact"  # "launched an assault on Krynky but suffered losses": no ground taken
            if pattern.role == "loser" and (
                PEOPLE_CUT_OFF.search(sentence, window, start)
                or SUPPLY_CUT_OFF.search(sentence, window, start)
            ):
                continue  # "people blocked in apartments", "residents trapped in the rubble": no troops
            if (
                event_type == "advance"
                and lower.startswith("enter", start)
                and WEAPONS_ENTERING.search(lower, window, start)
            ):
                continue  # "The missiles entered the capital in several waves": fire's flight, no ground
            if event_type == "retreat" and (
                # (past a long description: "those few residents remaining in the largely ruined settlement
                # began to leave")
                CIVILIANS_BEFORE.search(sentence, max(0, start - 2 * LOOK_BEHIND), start)
                or CIVILIANS_AFTER.match(sentence, end)
                or PERSON_SUBJECT.search(sentence, max(0, start - 2 * LOOK_BEHIND), start)
                or AGED_PERSON_BEFORE.search(sentence, window, start)
                or (lower.startswith("fleeing", start) and FLEEING_PERSON_AFTER.match(lower, end))
                or (
                    lower.startswith(("fled", "flee", "escap"), start)
                    and (
                        PERSON_FLED_BEFORE.search(lower, window, start)
                        or PEOPLE_IN_CLAUSE_BEFORE.search(lower, max(0, start - PEOPLE_CLAUSE_CHARS), start)
                    )
                )
            ):
                continue  # "residents fled Bakhmut", "evacuated 120,000 people": civilians, not a front
            if event_type == "strike" and DEMINED_AFTER.match(lower, end):
                continue  # "destroyed 219 explosive devices": demining, not fire
            if event_type == "strike" and (
                (lower.startswith("targeting", start) and GROUND_AIM_BEFORE.search(lower, window, start))
                or (lower.startswith("attack", start) and FORCES_FOR_BEFORE.search(lower, window, start))
                # "launched an incursion into the Kursk Region ..., the largest attack on Russian territory
                # since World War II": the incursion, called an attack, is ground taken
                or (
                    lower.startswith("attack", start)
                    and ON_TERRITORY_AFTER.match(lower, start)
                    and GROUND_INCURSION.search(lower)
                )
            ):
                continue  # "launched a new offensive ..., targeting Kharkiv Oblast": the aim of ground troops
            if pattern.role == "loser" and (
                DIRECTION_HELD_AFTER.match(lower, end)
                or ("block" in lower[start:end] and STOPPED_AT_AFTER.match(lower, end))
            ):
                continue  # "the occupiers were completely blocked in the Kolesnykovka direction": stopped
            if (
                event_type == "strike"
                and lower.startswith(("missiles", "bombs"), start)
                and WEAPONS_KEPT_BEFORE.search(lower, window, start)
            ):
                continue  # "an arsenal for the storage of missiles": weapons kept or made, none fired
            if (
                event_type == "strike"
                and lower.startswith("missiles", start)
                and MISSILES_IN_FLIGHT.match(lower, end)
            ):
                continue  # "The Russian missiles were also spotted in Vinnytsia": seen on their way, none hit
            if (
                event_type == "strike"
                and habitual
                and "kept" in lower
                and KEPT_BEFORE.search(lower, window, start)
            ):
                continue  # "ever since 2014, the troops kept launching artillery strikes against X"
            if event_type == "bridge_strike" and _crossings_only_locate(sentence):
                event_type = "strike"  # "destroyed a sabotage group near the Antonovka Bridge"
            entering = event_type == "advance" and lower.startswith("enter", start)
            ships_move = event_type == "retreat" or entering
            if ships_move and (CRAFT_BEFORE.search(lower, window, start) or HARBOUR_AFTER.match(lower, end)):
                # "2 Russian vessels left Feodosia", "ships that had recently entered the harbor ... fled the
                # port": ships come and go from a port, no ground taken or given up
                continue
            if lower.startswith("approaching", start) and APPROACHING_CRAFT.search(lower, window, start):
                continue  # "an enemy drone was approaching Kharkiv from the north": a drone in flight
            if (
                event_type == "advance"
                and lower.startswith("launch", start)
                and "attack" in lower[start:end]
                and (TOLD_BY_THE_CLOCK.search(lower, 0, start) or BUILDING_ATTACKED.match(lower, end))
            ):
                # "On the night of June 22, the Russian army launched an attack on X"; "launched an attack on
                # the school building in the new district of Severodonetsk": a building is fired on
                event_type = "strike"
            if event_type == "advance" and (
                FILMED.match(sentence, end)
                or sentence.startswith("capturing", start)
                and FILMING_BEFORE.search(sentence, max(0, start - 60), start)
            ):
                continue  # "the incident was captured in a video released by the military": filmed
            if (
                event_type == "retreat"
                and " from " in sentence[end : end + 60]
                and PACT_LEFT.match(sentence, end)
            ):
                continue  # "Russia's withdrawal this month from the Black Sea deal": a pact, not ground
            if auxiliary and event_type == "advance" and PERSONS.search(sentence, window, auxiliary.start()):
                continue  # "soldiers had been captured": people, not ground
            if (
                event_type == "advance"
                and (
                    CAPTIVES.search(sentence, window, start) or SEIZED_THINGS.search(sentence, window, start)
                )
                and (by := BY_AFTER.match(sentence, end))
                # (not how far: "Ukrainian troops advanced by about two kilometres")
                and not BY_MEASURE.match(sentence, by.end() + 1)
            ):
                continue  # "Russian citizens captured by Ukraine in the Kursk region": people, not ground
            found.append(
                Trigger(
                    event_type,
                    start,
                    end,
                    pattern.role,
                    auxiliary is not None or pattern.place_before or _reduced_passive(sentence, start, end),
                    pattern.passive_actor,
                    sentence[start:end],
                )
            )
    if under_fire and any(word in lower for word in TOLL_WORDS) and not LEFTOVER_BLAST.search(lower):
        # the toll of the fire a round-up reports, place by place: "1 person was wounded in Kurakhove" (not
        # "two civilians died in a landmine explosion": the war's leftovers, no fire of that day)
        found += [
            Trigger("strike", m.start(), m.end(), "agent", True, "unknown", m.group())
            for m in TOLL.finditer(sentence)
        ]
    if under_fire and any(word in lower for word in FIRE_TOLD_WORDS):
        # a place the same fire set alight, told with no weapon: "The Ilsky refinery also caught fire"; each
        # item of a list the sentence's other triggers left ("Otradne - damaged roof ...; Mlynky - hospital
        # building and outbuilding burned")
        found += [
            Trigger("strike", m.start(), m.end(), "agent", True, "unknown", m.group())
            for m in FIRE_TOLD.finditer(lower)
            if not found
            or (m.group()[:1] in DASHES and not any(t.start < m.end() and m.start() < t.end for t in found))
        ]
    if "ed." in lower and "[" in sentence:
        # "Melitopol [a city ... which has been occupied by Russia – ed.]": an editor's note on a place
        # tells its background, no event of the report
        notes = [m.span() for m in EDITOR_NOTE.finditer(sentence)]
        found = [t for t in found if not any(start <= t.start < end for start, end in notes)]
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for trigger in found:
        if kept and trigger.start < kept[-1].end:
            continue
        kept.append(trigger)
    return kept


# A noun a word of fire only qualifies: "long-range strike capability", "strike drones".
STRIKE_AS_ATTRIBUTE = re.compile(r"\s+(?:capabilit(?:y|ies)|capacity|potential|package)\b")
# A participle with a side as its agent and no auxiliary, a reduced relative clause: "Bakhmut, the city
# captured by Russian forces in May", "the peninsula seized by Moscow in 2014".
PARTICIPLE_BY_SIDE = re.compile(
    r"\s+by\s+(?:the\s+)?(?:Russian|Ukrainian|Russia|Ukraine|Moscow|Kyiv|Kiev|enemy|occupiers|invaders"
    r"|Armed Forces|Wagner)\b"
)


def _done_infinitive_joined(sentence: str, start: int) -> bool:
    """Whether the bare verb at ``start`` is joined by "and" to an infinitive that reports what was done:
    "were able to eliminate the pocket and establish control over the village of X"."""
    reach = max(0, start - JOINED_REACH)
    joined = JOINED_BEFORE.search(sentence, reach, start)
    if joined is None:
        return False
    return DONE_INFINITIVE.search(sentence, reach, joined.end(1)) is not None


def _passive_chain(sentence: str, window: int, start: int, end: int) -> re.Match[str] | None:
    """The auxiliary of a chain of passive participles that the phrase at ``start:end`` closes with no
    object of its own: "the Russian garrison of Andriivka was surrounded, cut off from the main forces,
    and destroyed," (not "were regrouped and captured the village", an active verb with its object)."""
    if not CHAIN_END.match(sentence, end):
        return None
    return PASSIVE_CHAIN.search(sentence, window, start)


def _reduced_passive(sentence: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is a participle whose agent follows ("captured by Russian
    forces") with no auxiliary before it: passive, its place before it, its actor the agent's."""
    participle = sentence.endswith(("ed", "en", "held"), start, end)
    return participle and PARTICIPLE_BY_SIDE.match(sentence, end) is not None


# A lower-case stem of every CROSSINGS word, for a quick first look: most sentences name no crossing.
CROSSING_HINTS = ("bridge", "dam", "crossing", "pontoon", "hpp", "hydroelectric", "overpass", "viaduct")


# A dam's or bridge's fall told as the backdrop of other news: "a city inundated by flooding in a
# catastrophic dam collapse", "evacuated after the dam's destruction".
CROSSING_BACKDROP = re.compile(
    r"\b(?:in|after|from|following|since|by) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:dam|bridge)(?:['’]s)? "
    r"(?:collapse|breach|destruction|failure)\b"
    # ("hours after Zelensky visited the city to witness the aftermath of the destruction of a dam")
    r"|\b(?:aftermath|wake|consequences?) of (?:the )?(?:destruction|collapse|breach|failure) of (?:the |a )?"
    r"(?:[\w-]+ ){0,2}?(?:dam|bridge)\b",
    re.IGNORECASE,
)


def _crossings_only_locate(sentence: str) -> bool:
    """Whether every bridge or dam the sentence names is named as where something else was ("near the
    Antonovka Bridge"), none as what was struck."""
    crossings = list(CROSSINGS.finditer(sentence))
    return bool(crossings) and all(
        CROSSING_AS_PLACE.search(sentence, max(0, m.start() - 50), m.start()) for m in crossings
    )


def crossing_struck(sentence: str) -> bool:
    """Whether a sentence reports a bridge, dam or crossing struck or destroyed."""
    lower = sentence.lower()
    if not any(hint in lower for hint in CROSSING_HINTS):
        return False
    if "ollaps" in lower or "destruction" in lower or "breach" in lower or "failure" in lower:
        sentence = CROSSING_BACKDROP.sub(" ", sentence)
    if _crossings_only_locate(sentence):
        return False  # "destroyed a sabotage group near the Antonovka Bridge": where it was, not the target
    return CROSSINGS.search(sentence) is not None and (
        DESTROYED.search(sentence) is not None
        or CROSSING_AIMED.search(sentence) is not None
        # "strikes Kherson bridge by HIMARS", "targeting another bridge over the same river"
        or CROSSING_ATTACKED.search(sentence) is not None
        # "halted traffic on the Kerch Strait bridge ... after an attack it blamed on Ukraine"
        or CROSSING_CLOSED_AFTER_ATTACK.search(sentence) is not None
    )
