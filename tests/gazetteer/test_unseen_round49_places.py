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
    assert found == {"Kupianshchyna": "Kupiansk", "Izyumshchyna": "Izium"}


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
