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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geo.events.forces import FORCE_NOUNS

if TYPE_CHECKING:
    from geo.events.triggers import Trigger

_UA_SIDE = r"(?:Ukrain(?:e|ian)(?:'s|’s)?|Kyiv(?:'s|’s)?|Kiev(?:'s|’s)?)"
_RU_SIDE = r"(?:Russia(?:n)?(?:'s|’s)?|Moscow(?:'s|’s)?|Kremlin(?:'s|’s)?|Putin(?:'s|’s)|pro-Russian)"

STRONG = {
    "UA": re.compile(
        rf"\b{_UA_SIDE}\s+(?:[\w-]+\s+){{0,2}}{FORCE_NOUNS}\b|\b(?:the )?Armed Forces\b|\bZSU\b|\bAFU\b|"
        r"\b\d+(?:st|nd|rd|th) (?:Separate |Mechani[sz]ed |Assault |Airmobile |Air Assault |"
        r"Territorial Defen[cs]e )*"
        r"Brigade\b",
        re.IGNORECASE,
    ),
    "RU": re.compile(
        rf"\b{_RU_SIDE}\s+(?:[\w-]+\s+){{0,2}}{FORCE_NOUNS}\b|\bWagner\b|\b[“\"]?(?:DPR|LPR|DNR|LNR)[”\"]?\b|"
        r"\b(?:the )?(?:occupiers|occupying forces|occupation forces|invaders|enemy|aggressor)\b|"
        r"\bseparatists?\b|"
        r"\bKadyrov\w*\b|\bGuards (?:Tank |Combined Arms )?Army\b|\bMotor Rifle\b|\bVDV\b|\bRosgvardi[ay]\b",
        re.IGNORECASE,
    ),
}
WEAK = {
    "UA": re.compile(
        r"\b(?:Ukraine|Ukrainians?|Kyiv|Kiev|Zelensk[iy]y?|Zelenskyi)\b(?!-| (?:\w+ )?flags?\b)"
    ),
    "RU": re.compile(r"\b(?:Russia|Russians?|Moscow|Kremlin|Putin)\b(?!-| (?:\w+ )?flags?\b)"),
}
# Phrases that name a side without making it the agent: what was taken "from" someone, attacks "on"
# someone, hyphenated adjectives ("Russian-occupied", "Moscow-installed").
NOT_AGENT_BEFORE = re.compile(
    r"\b(?:from|against|on|to|by|for|with|surprised|towards?)\s+(?:the\s+)?$", re.IGNORECASE
)
FROM_AGENT = re.compile(r"\s*(?:\w+\s+){0,3}?(?:by|from)\s+(?:a\s+|an\s+|the\s+)?", re.IGNORECASE)
PASSIVE_AGENT = re.compile(r"\s*(?:\w+\s+){0,3}?by\s+(?:a\s+|an\s+|the\s+)?", re.IGNORECASE)
PRONOUN_BEFORE = re.compile(
    r"\b(?:they|it|its\s+(?:forces|troops|units))\s+(?:(?:have|had|has)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE
)
# What may stand between a subject and its verb: "Russia abandoned", "Russian forces have since withdrawn".
SUBJECT_GAP = re.compile(r"\s*(?:[’'\w-]+\s+){0,3}", re.IGNORECASE)
# A lower-case stem of every phrase above (kept in step by a test), for a quick first look.
SIDE_HINTS = (
    "ukrain", "kyiv", "kiev", "zelensk", "armed forces", "zsu", "afu", "brigade",
    "russia", "moscow", "kremlin", "putin", "wagner", "dpr", "lpr", "dnr", "lnr",
    "occup", "invader", "enemy", "aggressor", "separatist", "kadyrov", "guards",
    "motor rifle", "vdv", "rosgvardi",
)  # fmt: skip
# Whose flag was raised: the actor of "the Ukrainian flag flying over the village".
FLAGS = {
    "UA": re.compile(r"\b(?:Ukrainian|blue[- ]and[- ]yellow)\s+flags?\b", re.IGNORECASE),
    "RU": re.compile(r"\b(?:Russian|tricolou?r)\s+flags?\b", re.IGNORECASE),
}
# An attack named as a noun: "in what Russia called a Ukrainian attack with sea drones".
ATTACKS = {
    side: re.compile(
        rf"\b{adjective}\s+(?:[\w-]+\s+){{0,2}}(?:attacks?|strikes?|missiles?|drones?|shelling|bombardment|shells?|"
        r"artillery|air ?strikes?|rockets?)\b",
        re.IGNORECASE,
    )
    for side, adjective in (("UA", "Ukrainian"), ("RU", "Russian"))
}
# "a territorial gain for Russian forces": the side after "for" gained.
GAIN_FOR = re.compile(r"\s+for\b", re.IGNORECASE)
# Where a clause starts: after a comma or semicolon, or a conjunction that opens one.
CLAUSE_START = re.compile(
    r"[,;]|\b(?:after|before|as|while|when|since|because|although|though|whereas|but|until)\b", re.IGNORECASE
)
# A capital after a preposition of place is the city, not its government: "the centre of Kyiv".
CAPITAL = re.compile(r"Kyiv|Kiev|Moscow", re.IGNORECASE)
IN_PLACE = re.compile(
    r"\b(?:in|of|on|at|near|from|into|over|across|around|outside|toward|towards)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# An event named as the cause of another is not the sentence subject's: "in retaliation for an
# attack on the Crimean bridge".
RETALIATION = re.compile(
    r"\b(?:retaliation|response|revenge|reprisal|reply)\s+(?:for|to)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
OTHER_SIDE = {"UA": "RU", "RU": "UA", "unknown": "unknown"}


@dataclass(frozen=True, slots=True)
class ActorPhrase:
    side: str
    start: int
    end: int
    strong: bool


def find_actor_phrases(sentence: str) -> list[ActorPhrase]:
    """Return the actor phrases of a sentence in order (strong ones hide weak ones inside them)."""
    lower = sentence.lower()
    if not any(hint in lower for hint in SIDE_HINTS):
        return []  # names no side at all: most sentences are done with here
    phrases = [
        ActorPhrase(side, m.start(), m.end(), True)
        for side, pattern in STRONG.items()
        for m in pattern.finditer(sentence)
    ]
    for side, pattern in WEAK.items():
        for m in pattern.finditer(sentence):
            if not any(p.start <= m.start() < p.end for p in phrases):
                phrases.append(ActorPhrase(side, m.start(), m.end(), False))
    return sorted(phrases, key=lambda p: p.start)


def agent_before(sentence: str, phrases: list[ActorPhrase], position: int) -> str | None:
    """The side of the nearest agent-like phrase before ``position``: strong first, then weak.

    A pronoun subject right before the verb ("since they seized") takes the nearest phrase of
    any kind, even one after a preposition ("a gain for Russian forces since they seized").
    """
    if PRONOUN_BEFORE.search(sentence[max(0, position - 25) : position]):
        earlier = [p for p in phrases if p.start < position]
        if earlier:
            return earlier[-1].side
    candidates = [
        p
        for p in phrases
        if p.start < position
        and not NOT_AGENT_BEFORE.search(sentence[max(0, p.start - 20) : p.start])
        and not (CAPITAL.fullmatch(sentence[p.start : p.end]) and IN_PLACE.search(sentence, 0, p.start))
    ]
    if candidates and SUBJECT_GAP.fullmatch(sentence[candidates[-1].end : position]):
        return candidates[-1].side  # "after Russia abandoned": the subject right before the verb
    # The verb's own clause first: in "Ukrainian troops entered Kherson, hours after Russia said it
    # had completed the withdrawal", the withdrawal is Russia's.
    boundaries = [m.end() for m in CLAUSE_START.finditer(sentence, 0, position)]
    if boundaries:
        own_clause = [p for p in candidates if p.start >= boundaries[-1]]
        candidates = own_clause or candidates
    for strong in (True, False):
        ranked = [p for p in candidates if p.strong == strong]
        if ranked:
            return ranked[-1].side
    return None


def agent_after(sentence: str, phrases: list[ActorPhrase], position: int) -> str | None:
    """The side named in a "by ..." phrase right after a passive verb ("hit by a Russian missile")."""
    by = PASSIVE_AGENT.match(sentence, position)
    if not by:
        return None
    for p in phrases:
        if by.end() <= p.start <= by.end() + 20:
            return p.side
    return None


def last_side(phrases: list[ActorPhrase]) -> str | None:
    """The side of a sentence's last strong phrase: what "they" in the next sentence most likely means."""
    strong = [p for p in phrases if p.strong]
    return strong[-1].side if strong else None


def side_after(phrases: list[ActorPhrase], position: int, within: int = 40) -> str | None:
    """The side named soon after ``position`` ("fell to Russian forces")."""
    for p in phrases:
        if position <= p.start <= position + within:
            return p.side
    return None


def decide_actor(
    sentence: str, trigger: Trigger, phrases: list[ActorPhrase], previous_side: str | None = None
) -> tuple[str, str]:
    """Return who acted in the event of ``trigger``, and on what basis (``agent``, ``verb``, ``none``).

    ``previous_side`` is the side the sentence before last named: what a "they" subject means.
    """
    if RETALIATION.search(sentence, max(0, trigger.start - 60), trigger.start):
        return "unknown", "none"
    actor, basis = _by_role(sentence, trigger, phrases)
    if actor == "unknown" and previous_side and PRONOUN_BEFORE.search(sentence, 0, trigger.start):
        return previous_side, "agent"  # "On Saturday they took control of Kupiansk"
    if actor == "unknown" and trigger.event_type in ("strike", "bridge_strike"):
        return _attacker(sentence)
    return actor, basis


def _by_role(sentence: str, trigger: Trigger, phrases: list[ActorPhrase]) -> tuple[str, str]:
    if trigger.role == "target":
        by = FROM_AGENT.match(sentence, trigger.end)  # "came under shelling from Russian forces"
        side = side_after(phrases, by.end(), within=5) if by else None
        return (side, "agent") if side else ("unknown", "none")
    if trigger.role == "taker":
        side = side_after(phrases, trigger.end)
        return (side, "agent") if side else ("unknown", "none")
    if trigger.role == "loser":
        loser = agent_before(sentence, phrases, trigger.start) or side_after(phrases, trigger.end, within=120)
        return (OTHER_SIDE[loser], "agent") if loser else ("unknown", "none")
    if trigger.passive and trigger.event_type != "retreat":
        side = agent_after(sentence, phrases, trigger.end)
        if side:
            return side, "agent"
        if trigger.passive_actor != "unknown":
            return trigger.passive_actor, "verb"
        return "unknown", "none"
    if "flag" in trigger.text.lower():
        around = sentence[max(0, trigger.start - 30) : trigger.end]
        for side, flag in FLAGS.items():
            if flag.search(around):
                return side, "agent"  # "the Ukrainian flag flying over", "waved Ukrainian flags"
    side = agent_before(sentence, phrases, trigger.start) or agent_after(sentence, phrases, trigger.end)
    if not side and GAIN_FOR.match(sentence, trigger.end):
        side = side_after(phrases, trigger.end, within=30)  # "a territorial gain for Russian forces"
    if trigger.event_type == "retreat" and trigger.passive and not side:
        return "unknown", "none"
    if side:
        return side, "agent"
    if trigger.passive_actor != "unknown":
        return trigger.passive_actor, "verb"
    return "unknown", "none"


def _attacker(sentence: str) -> tuple[str, str]:
    """The side of an attack named as a noun anywhere in the sentence ("in what Russia called a
    Ukrainian attack with sea drones"), for strikes whose verb has no agent."""
    sides = {side for side, pattern in ATTACKS.items() if pattern.search(sentence)}
    if len(sides) == 1:
        return sides.pop(), "agent"
    return "unknown", "none"
