"""Places of round 32 of unseen reporting, with the real gazetteer: a j written for the дж of Sudzha,
and a district named by the adjective of a town in -ove."""

from __future__ import annotations

from collections.abc import Callable

from gazetteer import haversine_km

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py
Placed = Callable[[str, str], tuple[float, float] | None]


def test_an_english_j_for_dzh_is_the_same_name(resolved: Resolved) -> None:
    # Turkish and Azerbaijani wires write Sudzha "Sudja"; the key reads j as the й of "Izjum"
    assert resolved("Ukrainian troops entered the town of Sudja in the Kursk region.")["Sudja"] == (
        "Sudzha",
        "Kursk Oblast",
    )


def test_a_district_named_by_the_adjective_of_a_town_in_ove(resolved: Resolved) -> None:
    found = resolved("Fires broke out in the Synelnykivskyi and Samarskyi districts.")
    # (the raions of the seats since round 76)
    assert found["Synelnykivskyi"] == ("Synelnykove Raion", "Dnipropetrovsk Oblast")
    assert found["Samarskyi"] == ("Samar Raion", "Dnipropetrovsk Oblast")
    # a town named like the stem itself is still the district's seat's
    found = resolved("Russian shelling hit the Kharkivskyi district.")
    assert found["Kharkivskyi district"][0] == "Kharkiv Raion"


def test_villages_in_a_district_named_by_such_an_adjective_are_not_placed_by_its_seat(
    resolved: Resolved, placed: Placed
) -> None:
    # Synelnykove Raion reaches 90 km from its seat: Zaporizke by Novoheorhiivka, not one nearer the seat
    text = (
        "DeepState said Russian troops had occupied the villages of Zaporizke and Novoheorhiivka in the "
        "Synelnykivsky district of the Dnipropetrovsk region."
    )
    found = resolved(text)
    assert found["Synelnykivsky district"] == (
        "Synelnykove Raion",
        "Dnipropetrovsk Oblast",
    )  # (a raion since round 76)
    lat, lon = placed(text, "Zaporizke")
    assert haversine_km(lon, lat, 36.57, 47.87) < 10  # by Novoheorhiivka, on the Donetsk Oblast line


def test_a_feminine_adjective_in_its_russian_form(resolved: Resolved) -> None:
    # TASS writes Степова Новоселівка as the Russian Степовая Новоселовка
    text = "Russian troops liberated Stepovaya Novoselovka in the Kharkov Region."
    assert resolved(text)["Stepovaya Novoselovka"] == ("Stepova Novoselivka", "Kharkiv Oblast")


def test_a_russian_root_with_the_ukrainian_ending(resolved: Resolved) -> None:
    # Anadolu writes Олександро-Калинове with the Russian "Aleksandro" and the Ukrainian "-kalinove"
    text = "The settlement of Aleksandro-Kalinove in the Donetsk region came under Russia's control."
    assert resolved(text)["Aleksandro-Kalinove"] == ("Oleksandro-Kalynove", "Donetsk Oblast")
