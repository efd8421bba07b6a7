"""Events told in phrasings of a fourth set of unseen articles (monitor summaries, Russian
Defence Ministry claims relayed by wire services, General Staff evening reports).

Sentences are our own, built on facts from public reporting.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


def seen(text: str, types: tuple[str, ...] = ("advance", "retreat")) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2024, 12, 20)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found if e.event_type in types}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry named in the sentence before speaks in "it said": its "liberated" is Russia's
        (
            "Russia's Defence Ministry said its troops kept pushing toward Kurakhove. Ukraine's "
            "Khortytsia group spoke of heavy fighting in the town. On Sunday, it said the villages "
            "of Sontsivka and Pushkine had been liberated.",
            {("advance", "UA", "Sontsivka"), ("advance", "UA", "Pushkine")},
        ),
        (
            "Ukraine's Khortytsia group spoke of heavy fighting near Kurakhove. Russia's Defence "
            "Ministry gave its own account. In its daily briefing, it said the villages of Sontsivka "
            "and Pushkine had been liberated.",
            {("advance", "RU", "Sontsivka"), ("advance", "RU", "Pushkine")},
        ),
        (
            "Ukraine's Khortytsia group spoke of heavy fighting near Kurakhove. Russia's Defence "
            "Ministry gave its own account. The ministry added that the settlement of Pushkine had "
            "been liberated.",
            {("advance", "RU", "Pushkine")},
        ),
        # a battlegroup's name with its English translation in brackets is still Russia's
        (
            "Ukraine's Khortytsia group spoke of heavy fighting near Pokrovsk. \"Units of the Tsentr "
            '(Centre) group of forces liberated the settlements of Pushkine and Novovasylivka," '
            "the statement said.",
            {("advance", "RU", "Pushkine"), ("advance", "RU", "Novovasylivka")},
        ),
    ],
)
def test_the_voice_of_a_speaker_referred_back_to(text, expected):
    assert seen(text) == expected
