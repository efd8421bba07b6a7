"""Round 33 of reading unseen reporting: settlements described as liberated while they are shelled,
a fronted participle whose doer is the main clause's subject, a launch told as a time, an attack one
side blames on the other, and a dam's fall told as a noun with its day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    "text",
    [
        "The Russian army shelled Kherson and the de-occupied settlements of the Beryslav district.",
        "Russian troops attacked the liberated villages of the Beryslav district with drones.",
    ],
)
def test_places_described_as_liberated_while_shelled_are_no_advance(text: str, seen: Seen) -> None:
    assert not {e for e in seen(text) if e[0] == "advance"}
    assert {e[0] for e in seen(text)} == {"strike"}


def test_a_fronted_participle_is_done_by_the_subject_after_its_comma(seen: Seen) -> None:
    text = "While rapidly gaining ground, the Russian offensive in northern Kharkiv Oblast soon stalled."
    assert seen(text) == {("advance", "RU", "Kharkiv Oblast")}


def test_a_launch_told_as_the_time_since_is_no_advance(seen: Seen) -> None:
    text = "Zaporizhzhia has been under daily Russian shelling since Moscow launched the offensive in 2022."
    assert not {e for e in seen(text) if e[0] == "advance"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people were injured in Kursk in an attack Moscow blamed on Kyiv.",
            {("strike", "UA", "Kursk")},
        ),
        (
            "Russia suspended traffic on the Crimean bridge, its main supply route to the peninsula, early "
            "on "
            "Tuesday after an attack it blamed on Ukraine.",
            {("bridge_strike", "UA", "Crimean Bridge")},
        ),
    ],
)
def test_an_attack_one_side_blames_on_the_other_is_the_blamed_side(
    text: str, expected: set, seen: Seen
) -> None:
    assert seen(text) == expected


def test_a_dams_destruction_told_with_its_day_is_a_strike_on_it_by_nobody_named(seen: Seen) -> None:
    text = "Villages downstream flooded after the destruction of the Russian-held Kakhovka dam on Tuesday."
    assert seen(text, published=date(2023, 6, 8)) == {("bridge_strike", "unknown", "Kakhovka Dam")}


def test_each_side_blaming_the_other_leaves_the_dam_to_nobody(seen: Seen) -> None:
    text = (
        "Moscow accused Ukrainian troops of shelling evacuees, and each side blames the other for the "
        "breach of the Kakhovka dam on Tuesday."
    )
    assert ("bridge_strike", "unknown", "Kakhovka Dam") in seen(text, published=date(2023, 6, 8))


def test_a_dams_destruction_with_no_day_is_the_backdrop(seen: Seen) -> None:
    text = "Farms in the south still lack water since the destruction of the Kakhovka dam in 2023."
    assert not {e for e in seen(text, published=date(2025, 3, 1)) if e[0] == "bridge_strike"}
