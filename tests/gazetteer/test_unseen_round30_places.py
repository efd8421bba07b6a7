"""Places of round 30 of unseen reporting, with the real gazetteer: the Russian spelling of villages in
-pillia (Rivnopillia is "Rovnopolye"), and a town in the oblast its sentence names, however far the
places listed with it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from gazetteer import haversine_km
from gazetteer.spellings import russian_spellings

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py
Placed = Callable[[str, str], tuple[float, float] | None]

OCHERETYNE = (48.24, 37.62)  # the town north of Avdiivka (lat, lon)


@pytest.mark.parametrize(
    ("ukrainian", "press"),
    [
        ("Рівнопілля", "Rovnopolye"),  # the і of a closed syllable was an о; -ілля is -олье
        ("Новопілля", "Novopolye"),
        ("Добропілля", "Dobropolye"),
        ("Василівка", "Vasilyevka"),  # е after a soft sign is "ye"
    ],
)
def test_the_russian_spelling_the_press_uses(ukrainian: str, press: str) -> None:
    assert press in russian_spellings(ukrainian)


def test_a_russian_spelling_in_polye_finds_the_village_in_the_oblast_named(resolved: Resolved) -> None:
    text = "Ukrainian units had withdrawn from the village of Rovnopolye in the Zaporizhzhia region."
    assert resolved(text)["Rovnopolye"] == ("Rivnopillia", "Zaporizhzhia Oblast")


def test_a_town_of_the_oblast_its_sentence_names_is_kept_far_from_its_list_mates(placed: Placed) -> None:
    text = (
        "In Donetsk Oblast, Russian attacks killed one person in Bila Hora and injured one in Chasiv Yar, "
        "and another in Ocheretyne, the regional administration reported."
    )
    lat, lon = placed(text, "Ocheretyne")
    assert haversine_km(lon, lat, OCHERETYNE[1], OCHERETYNE[0]) < 5
