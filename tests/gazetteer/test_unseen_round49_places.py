"""Places of round 49 of unseen reporting, with the real gazetteer: the thermal power plants that Russia's
strikes on the grid hit are found under the Russian adjectives TASS and RIA name them by ("the
Tripolskaya thermal power plant", "the Zmiyevskaya TPP"), as under the Ukrainian ones."""

from __future__ import annotations

import pytest

from gazetteer import find_places


@pytest.mark.parametrize(
    ("written", "plant"),
    [
        ("the Tripolskaya thermal power plant", "Trypillia Thermal Power Plant"),
        ("the Zmiyevskaya TPP", "Zmiiv Thermal Power Plant"),
        ("the Krivorozhskaya TPP", "Kryvyi Rih Thermal Power Plant"),
        ("the Slavyanskaya thermal power plant", "Sloviansk Thermal Power Plant"),
        ("the Pridneprovskaya thermal power plant", "Prydniprovska Thermal Power Plant"),
    ],
)
def test_a_plant_under_its_russian_adjective_is_the_plant(written: str, plant: str) -> None:
    found = {m.place.name for m in find_places(f"Russian missiles destroyed {written} overnight.") if m.place}
    assert plant in found


def test_the_ukrainian_adjective_still_names_it() -> None:
    text = "Missiles hit the Trypilska TPP in the Kyiv region."
    found = {m.place.name for m in find_places(text) if m.place}
    assert "Trypillia Thermal Power Plant" in found


def test_capitals_after_oblasts_particularly_are_the_oblasts() -> None:
    text = "Missiles hit energy facilities in Ukraine's western oblasts, particularly in Lviv and Volyn."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found["Lviv"] == "Lviv Oblast"


def test_a_districts_vernacular_name_is_its_seat() -> None:
    text = "Shelling of Kupianshchyna and Izyumshchyna continued."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found == {
        "Kupianshchyna": "Kupiansk Raion",
        "Izyumshchyna": "Izium Raion",
    }  # (a raion since round 76)


def test_an_oblasts_vernacular_name_is_still_the_oblast() -> None:
    found = {m.text: m.place.name for m in find_places("Drones hit Kharkivshchyna overnight.") if m.place}
    assert found == {"Kharkivshchyna": "Kharkiv Oblast"}


def test_capitalised_regions_after_a_list_of_oblasts_qualify_no_item_alone() -> None:
    text = (
        "The occupiers concentrate their efforts in the Lyman, Bakhmut and Mariinka directions in the "
        "Luhansk and Donetsk Regions. In the Mariinka direction, hostilities continue in Mariinka itself."
    )
    found = {m.place.name for m in find_places(text) if m.place and m.text == "Mariinka"}
    assert found == {"Marinka"}


def test_the_russian_city_of_a_name_is_in_russia() -> None:
    text = "The Russian city of Donetsk was shelled."
    found = {m.text: m.place.admin1 for m in find_places(text) if m.place}
    assert found == {"Donetsk": "Rostov Oblast"}


def test_russian_positions_near_a_city_do_not_make_it_russian() -> None:
    text = "Ukrainian forces attempted to storm Russian positions near the city of Artyomovsk."
    assert {m.place.name for m in find_places(text) if m.place} == {"Bakhmut"}


def test_a_misspelt_town_with_its_oblast_after_it_is_the_oblasts_town() -> None:
    text = "Ukraine's Air Force struck Russian troops in a shelter in Torestsk, Donetsk Oblast."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found["Torestsk"] == "Toretsk"


def test_a_misspelt_capital_before_oblast_is_the_oblast() -> None:
    text = "In Dontesk Oblast, Russian attacks killed one civilian in the village of Bahatyr."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found["Dontesk"] == "Donetsk Oblast"


def test_districts_of_a_city_by_their_adjectives_are_the_city() -> None:
    text = "Drones struck the Shevchenkivskyi and Kholodnohirskyi districts of Kharkiv overnight."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found == {
        "Shevchenkivskyi": "Shevchenkivskyi District",
        "Kholodnohirskyi": "Kholodnohirskyi District",
        "Kharkiv": "Kharkiv",
    }


def test_a_district_of_an_oblast_is_still_its_towns() -> None:
    text = "The enemy shelled the Pokrovskyi district of the Donetsk region."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found["Pokrovskyi"] == "Pokrovsk Raion"  # (a raion since round 76)


def test_a_raion_of_an_oblast_named_after_its_capital_is_no_city_quarter() -> None:
    text = "A state of emergency was declared in the Liskinsky district of the Voronezh region."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found["Liskinsky"] == "Liski"
