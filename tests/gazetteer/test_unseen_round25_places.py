"""Places of round 25 of unseen reporting, with the real gazetteer: Crimea's villages, the Danube, a
nationality that spells like a far city, and a list of oblasts that qualifies no single name."""

from __future__ import annotations

import pytest

from gazetteer import find_places
from gazetteer.distance import haversine_km
from gazetteer.places import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # the ammunition depot by Dzhankoi, August 2022
        ("Russia blamed the blasts in the village of Mayskoye in Crimea on an act of sabotage.", "Mayskoye",
         (45.585, 34.52)),
        # the landing on the Tarkhankut peninsula, August 2023 (Olenivka is the Ukrainian name of Olenevka)
        ("Ukrainian special forces landed near Olenivka and Mayak in Crimea.", "Olenivka", (45.383, 32.533)),
        ("Ukrainian special forces landed near Olenivka and Mayak in Crimea.", "Mayak", (45.347, 32.51)),
        # the radar post of November 2023
        ("Ukraine destroyed a Russian radar station near the village of Kotovske in occupied Crimea.",
         "Kotovske", (45.70, 33.25)),
    ],
)  # fmt: skip
def test_a_village_of_crimea_is_found_where_the_text_names_the_peninsula(gaz, text, name, point) -> None:
    (found,) = [m for m in find_places(text, gaz) if m.text == name]
    assert found.place is not None and found.place.admin1 == "Crimea"
    assert haversine_km(found.place.lon, found.place.lat, point[1], point[0]) < 12


def test_a_front_village_keeps_its_pick_beside_a_namesake_hamlet_of_crimea(gaz) -> None:
    # Nevske of Luhansk Oblast, listed with villages of another front: a Crimean Nevske makes it no guess
    text = "DeepState said Russian forces also progressed near Nevske, Vodiane, Zolota Nyva and Pryiutne."
    (nevske,) = [m for m in find_places(text, gaz) if m.text == "Nevske"]
    assert nevske.place is not None and nevske.place.admin1 == "Luhansk Oblast"


@pytest.mark.parametrize(("near", "point"), [("Izmail", (45.33, 28.84)), ("Reni", (45.45, 28.27))])
def test_the_danube_is_placed_at_its_stretch_by_the_article(gaz, near, point) -> None:
    text = f"Drones attacked the port on the Danube river near {near}."
    (danube,) = [m for m in find_places(text, gaz) if m.text.startswith("Danube")]
    assert danube.place.kind == "river"
    assert haversine_km(danube.place.lon, danube.place.lat, point[1], point[0]) < 40


def test_a_nationality_is_no_far_city_that_spells_like_it(gaz) -> None:
    # "Syrian" folds to the same key as Iran's Sirjan
    text = "Two more people were wounded in Odesa, a Ukrainian and a Syrian, the vice prime minister wrote."
    assert [m.text for m in find_places(text, gaz) if m.place is not None] == ["Odesa"]


def test_a_list_of_oblasts_after_a_name_does_not_put_it_in_the_first(gaz) -> None:
    text = (
        "Ukraine's forces have breached Russian lines in Verbove, the commander of Ukraine's military "
        "fighting in Donetsk and Zaporizhzhia oblasts said."
    )
    (verbove,) = [m for m in find_places(text, gaz) if m.text == "Verbove"]
    assert verbove.place is not None and verbove.place.admin1 == "Zaporizhzhia Oblast"


def test_the_region_of_a_city_puts_a_village_in_its_oblast(gaz) -> None:
    # Makiivka of Luhansk Oblast, not the city by Donetsk
    text = "Russian forces have captured the town of Makiivka in the eastern region of Luhansk."
    (makiivka,) = [m for m in find_places(text, gaz) if m.text == "Makiivka"]
    assert makiivka.place.admin1 == "Luhansk Oblast"


def test_a_distance_from_a_big_city_locates_a_village_the_data_spells_otherwise(gaz) -> None:
    # Georgievka (Heorhiivka by Marinka): "Donetsk" is the regional capital, not Rostov Oblast's town
    text = (
        'The defence ministry said its forces had "liberated the village of Georgievka," around 30 '
        "kilometres (20 miles) west of Donetsk city."
    )
    (village,) = [m for m in find_places(text, gaz) if m.text == "Georgievka"]
    assert village.place.admin1 == "Donetsk Oblast"
    assert haversine_km(village.place.lon, village.place.lat, 37.44, 47.96) < 12


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the cruiser, named again in a text about ships
        ('"I hope another ship has followed the Moskva!" the commander said of the landing ship hit in '
         "Sevastopol.", "Moskva"),
        # a weapon system some town is also called
        ("Ukrainian attacks damaged a radar system and a Pantsir anti-aircraft system on the island.",
         "Pantsir"),
    ],
)  # fmt: skip
def test_ships_and_weapons_are_not_towns(gaz, text, word) -> None:
    assert not [m for m in find_places(text, gaz) if m.text == word and m.place is not None]


def test_the_black_and_azov_seas_name_the_sea_of_azov(gaz) -> None:
    text = "Air defences downed 40 drones over annexed Crimea and more than 20 over the Black and Azov seas."
    (azov,) = [m for m in find_places(text, gaz) if m.text.startswith("Azov")]
    assert azov.place.name == "Sea of Azov"


def test_a_ship_set_off_after_its_fleet_is_no_town(gaz) -> None:
    text = 'In the port of Berdiansk, a large landing ship of the Black Sea Fleet, the "Orsk", was destroyed.'
    assert [m.text for m in find_places(text, gaz) if m.place is not None] == ["Berdiansk"]
