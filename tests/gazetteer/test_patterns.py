"""word_initial compiles a word alternation so that re can skip to its first letters: same matches."""

import random
import re

import pytest

from gazetteer.patterns import word_initial

SOURCES = [
    r"\b(?:Russia|Russians?|Moscow|Kremlin|Putin)\b(?!-| (?:\w+ )?flags?\b)",
    r"\b(?:DPR|DNR|Donetsk People's Republic)\b",
    r"\b(?:Ukraine|Kyiv(?:'s|’s)?|Zelensk[iy]y?)\b|\b(?:nationalists|neo-Nazis)\b|\bSBU\b",
    r"\bZSU\b|\b(?:Azov|Aidar)\s+(?:battalion|regiment)\b",
    r"\b(?:(?:Kh|H)arkiv|Kupiansk)(?: region)?",  # a group inside the group: first letters K and H
]
TEXTS = [
    "Russian troops withdrew from Kupiansk on Saturday, Moscow said; the Kremlin declined to comment.",
    "The DPR's Denis Pushilin said DNR units entered the village; a pro-Russian and an anti-Kremlin blogger.",
    "Ukraine's SBU said Kyiv’s forces and Zelenskyy's staff met nationalists (as Moscow calls them).",
    "ZSU, Azov regiment and the Aidar battalion near Harkiv region and Kharkiv; xRussia, Russia-backed.",
]


@pytest.mark.parametrize("source", SOURCES)
def test_the_fast_pattern_finds_exactly_what_the_plain_one_finds(source):
    plain, fast = re.compile(source), word_initial(source)
    rng = random.Random(7)
    noise = [
        "".join(rng.choice("RussiaKyiv Moscow's-flag DPRNZSU_1é") for _ in range(rng.randint(1, 24)))
        for _ in range(3000)
    ]
    for text in TEXTS + noise:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_fast_pattern_starts_with_the_first_letters():
    assert word_initial(r"\b(?:Russia|Moscow)\b").pattern.startswith("R")


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?<!-)\bRussia\b", 0),  # a lookbehind first
        (r"\b(?:the )?Kremlin\b", 0),  # an optional group first: its first letters are not sure
        (r"\b\d+th Brigade\b", 0),  # a digit class first
        (r"\bRussia\b", re.IGNORECASE),  # in any case: no known first letter
        (r"\b(?:town|village) of ([A-Z]\w+)", 0),  # a capturing group: it would be copied
        (r"\b(?:(Kyiv)|(Moscow))\b", 0),  # capturing groups: they would be numbered otherwise
    ],
)
def test_a_pattern_it_cannot_speed_up_is_refused(source, flags):
    with pytest.raises(ValueError):
        word_initial(source, flags)
