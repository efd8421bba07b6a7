"""Places the press names by what they are rather than by their name.

Wire copy avoids the Crimean Bridge's name as often as it uses it: "the bridge linking annexed
Crimea to the Russian mainland", "the bridge connecting Crimea with Russia". The words "the bridge"
are then the only mention of the place the strike hit. A description that can mean one place only is
read as that place; the mention is the noun ("bridge"), so the places the description names
(Crimea, Russia) stay mentions of their own.
"""

from __future__ import annotations

import re

from .names import key
from .places import Gazetteer
from .records import Mention

_LINKING = r"(?:that\s+(?:links|connects)|linking|connecting|between|from)"
_CRIMEA = (
    r"(?:the\s+)?(?:(?:Russian-)?(?:annexed|occupied)\s+)?(?:(?:territory|peninsula)\s+of\s+)?"
    r"(?:Crimea|the\s+Crimean\s+peninsula)"
)
_RUSSIA = r"(?:the\s+)?(?:Russian\s+mainland|mainland\s+Russia|Russia['’]s\s+mainland|Russia)"
# (description, the gazetteer id of the one place it means); the first group that matched is the noun
# that is the mention.
DESCRIPTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            # (not "the land bridge that connects Russia to occupied Crimea": the occupied coast, no bridge)
            rf"(?<!land )\b(bridge)\s+{_LINKING}\s+{_CRIMEA}\s+(?:to|with|and)\s+{_RUSSIA}\b"
            # ... either way round: "the bridge linking Russia to the annexed territory of Crimea"
            rf"|(?<!land )\b(bridge)\s+{_LINKING}\s+{_RUSSIA}\s+(?:to|with|and)\s+{_CRIMEA}"
            # "blasts on Russia's road bridge to the occupied Crimean Peninsula"
            rf"|(?<!land )\b(bridge)\s+to\s+{_CRIMEA}",
            re.IGNORECASE,
        ),
        "bridge:crimean",
    ),
)
REASON = "described, not named: {}"
# A Russian refinery or plant named after its town, the town's name run into the words for what it makes:
# "Orsknefteorgsintez" (Orsk oil organic synthesis), "Kirishinefteorgsintez", "Ufaneftekhim" (group 1: the
# town). Not a company named after a region ("Kubannefteprodukt") or a people ("Bashneft"): the town must be
# a town of Russia of that exact name.
NAMED_AFTER_TOWN = re.compile(
    r"\b([A-Z][a-z]{2,}?)(?:nefteorgsintez|neftekhimsintez|neftekhim|neftepererabotka|nefteprodukt)\b"
)
NAMED_AFTER_TOWN_REASON = "the plant named after the town: {}"


def described_places(text: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """Mentions of places ``text`` describes without naming, outside the spans ``taken``."""
    found = _plants_named_after_towns(text, gaz, taken) if "neft" in text else []
    if "ridge" not in text:  # the one kind of description there is today; most texts lack the word
        return found
    for pattern, place_id in DESCRIPTIONS:
        place = gaz.get(place_id)
        if place is None:
            continue
        for m in pattern.finditer(text):
            noun = next(i for i in range(1, (m.re.groups or 0) + 1) if m.group(i))
            start, end = m.span(noun)
            if any(s < end and start < e for s, e in taken):
                continue
            found.append(Mention(m.group(noun), start, end, place, 0.9, REASON.format(m.group().strip())))
    return found


def _plants_named_after_towns(text: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """The towns of Russia whose plants ``text`` names by the town's name run into the product's
    ("drones attacked the Kirishinefteorgsintez refinery": Kirishi), outside the spans ``taken``."""
    found = []
    for m in NAMED_AFTER_TOWN.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken):
            continue
        towns = [
            c
            for c in gaz.candidates(key(m.group(1)))
            if c.country == "RU" and c.kind in ("city", "town") and key(c.name) == key(m.group(1))
        ]
        if len(towns) == 1:
            found.append(
                Mention(m.group(), start, end, towns[0], 0.8, NAMED_AFTER_TOWN_REASON.format(m.group()))
            )
    return found
