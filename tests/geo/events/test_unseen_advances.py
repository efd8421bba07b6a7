"""Advances and withdrawals told in phrasings the first articles did not use.

"exploited the breakthrough and occupied X and Y villages" and "managed to hang up the flag in
this village" are captures; a withdrawal from a village named with the wider area it lies in is
at the village.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text

MOVES = ("advance", "retreat")


def seen(text: str, types: tuple[str, ...] = MOVES) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2024, 5, 6)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found if e.event_type in types}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian troops exploited their breakthrough and occupied Novobakhmutivka and Keramik villages.",
            {("advance", "RU", "Novobakhmutivka"), ("advance", "RU", "Keramik")},
        ),
        (
            "Ukrainian troops pushed on and occupied the village of Robotyne.",
            {("advance", "UA", "Robotyne")},
        ),
        (
            "Fighting went on near Ocheretyne for a week. On Sunday the Russians managed to hang up "
            "their flag in this village.",
            {("advance", "RU", "Ocheretyne")},
        ),
    ],
)
def test_an_occupation_or_a_flag_hung_is_a_capture(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an occupied place named as where something is, with no force occupying it
        "Shelling was reported in the occupied city of Melitopol.",
        "Residents of occupied Tokmak and occupied Melitopol reported explosions.",
    ],
)
def test_occupied_as_an_adjective_is_no_capture(text):
    assert seen(text) == set()
