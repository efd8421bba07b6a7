"""A place's name joined by a hyphen to "controlled", "backed", "based"... is an adjective ("the
Moscow-controlled area", "a Kyiv-backed official"), not a mention of the city; two places joined by a
hyphen ("the Kyiv-Kharkiv highway") and a possessive ("Moscow's forces") still are. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from gazetteer import find_places, load_gazetteer


def names(text: str) -> list[str]:
    return [m.text for m in find_places(text, load_gazetteer()) if m.place is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Missiles hit the dam in the Moscow-controlled part of the region.", []),
        ("A Moscow-backed official said the damage was not critical.", []),
        ("Moscow-installed officials in Nova Kakhovka said one missile hit the lock.", ["Nova Kakhovka"]),
        ("Kharkiv-based volunteers drove supplies to Izium.", ["Izium"]),
        ("The Kyiv-led coalition met in Brussels.", ["Brussels"]),
        ("Russian-held Donetsk was shelled overnight.", ["Donetsk"]),
    ],
)
def test_a_compound_adjective_is_no_mention_of_the_city(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow's forces shelled the Kyiv-Kharkiv highway.", ["Moscow", "Kyiv", "Kharkiv"]),
        ("Fighting reached the Pokrovsk-Myrnohrad agglomeration.", ["Pokrovsk", "Myrnohrad"]),
    ],
)
def test_places_joined_by_a_hyphen_and_possessives_stay_places(text, expected):
    assert names(text) == expected
