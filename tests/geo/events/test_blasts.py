"""Blasts and sabotage: who tells of a blast, or investigates it, did not cause it.

A Russian criminal probe into a blast on a Russian bridge, or a governor reporting an explosion,
names Russia in the sentence; the blast is not Russia's. A blast nobody owned up to is ``unknown``;
a claim of responsibility, or the other side blamed, names the side.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


def seen(text: str) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2023, 7, 20)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russia's Investigative Committee opened a criminal case "
            "after a blast damaged the Crimean bridge.",
            {("bridge_strike", "unknown", "Crimean Bridge")},
        ),
        (
            "An explosion rocked a fuel depot in Bryansk overnight, the regional governor said.",
            {("strike", "unknown", "Bryansk")},
        ),
        (
            "Russian officials reported a blast at a railway bridge in the Kursk region.",
            {("bridge_strike", "unknown", "Kursk Oblast")},
        ),
        (
            "A blast hit the Antonivskyi bridge, Russian-installed officials said.",
            {("bridge_strike", "unknown", "Antonivskyi Bridge")},
        ),
        (
            "Russian investigators launched a terrorism case after explosions damaged the Crimean bridge.",
            {("bridge_strike", "unknown", "Crimean Bridge")},
        ),
    ],
)
def test_the_side_that_reports_or_investigates_a_blast_did_not_cause_it(sentence, expected):
    assert seen(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia said a drone struck an oil depot in Belgorod.",
        "On June 9, several Russian governors also claimed drone attacks on Belgorod.",
        "Russian governor claims drone attack on an oil depot in Belgorod.",
    ],
)
def test_a_drone_that_russia_tells_of_on_its_own_town_is_ukraines(sentence):
    # not a blast: fire on a town in Russia, which its own officials report and do not send
    assert seen(sentence) == {("strike", "UA", "Belgorod")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ukraine's military intelligence said it was behind the "
            "explosion that damaged the Crimean bridge.",
            {("bridge_strike", "UA", "Crimean Bridge")},
        ),
        (
            "Ukraine's security service claimed responsibility for the "
            "blast that damaged the Crimean bridge.",
            {("bridge_strike", "UA", "Crimean Bridge")},
        ),
        (
            "Russian authorities blamed Ukrainian saboteurs for a blast "
            "that derailed a freight train near Bryansk.",
            {("strike", "UA", "Bryansk")},
        ),
        (
            "Russia said Ukrainian drones struck an oil depot in Belgorod.",
            {("strike", "UA", "Belgorod")},
        ),
    ],
)
def test_a_claimed_or_blamed_blast_is_that_sides(sentence, expected):
    assert seen(sentence) == expected
