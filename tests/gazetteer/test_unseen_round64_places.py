"""Round 64 of unseen reporting, places: towns joined by a hyphen before a railway's noun, a village's
namesake by the front for a capture, the wire's "eastern Donetsk region" and a spelling variant after
"territory of", with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_two_cities_joined_before_railroad_are_both_places() -> None:
    text = (
        "Russian forces shelled Kharkiv again. Saboteurs blew up the St. Petersburg-Pskov railroad on the "
        "night of September 14."
    )
    found = _places(text, date(2025, 9, 14))
    assert found["Pskov"] is not None and found["Pskov"].admin1 == "Pskov Oblast"
    assert found["St. Petersburg"] is not None


def test_a_village_taken_in_2025_is_its_namesake_by_the_front() -> None:
    text = (
        "Russia's defence ministry said on Wednesday it had taken control of the settlement of Chervona "
        "Zirka in the eastern Donetsk region."
    )
    place = _places(text, date(2025, 6, 25))["Chervona Zirka"]
    assert place is not None and place.admin1 == "Donetsk Oblast"
    assert place.lon < 37.5  # by the front west of Donetsk, not the namesake held by Moscow since 2014


def test_the_western_part_of_an_oblast_still_picks_the_western_namesake() -> None:
    text = (
        "The village of Chervona Zirka in the western part of the Donetsk region has been liberated, the "
        "ministry said."
    )
    place = _places(text, date(2025, 6, 25))["Chervona Zirka"]
    assert place is not None and place.lon < 37.5


def test_a_spelling_variant_after_territory_of_is_the_village() -> None:
    text = (
        "Russian troops crossed the Siverskyi Donets near Bilohorivka. \"Our troops are clearing the "
        "territory of Belohorivka,\" the governor of the Luhansk region said."
    )
    place = _places(text, date(2022, 5, 9))["Belohorivka"]
    assert place is not None and place.name == "Bilohorivka" and place.admin1 == "Luhansk Oblast"


def test_the_river_through_huliaipole_is_on_its_course_by_the_town() -> None:
    text = "Russian troops have crossed the Gaichur River in force near Huliaipole, Putin said."
    river = _places(text, date(2025, 12, 29))["Gaichur River"]
    assert river is not None and river.kind == "river" and river.name == "Haichur"
    assert abs(river.lat - 47.67) < 0.1 and abs(river.lon - 36.26) < 0.1


def test_the_estuary_off_ochakiv_is_a_place_under_each_spelling() -> None:
    text = (
        "Russian forces fire artillery at the Dnipro-Buh Estuary from the Kinburn Spit; boats entering the "
        "Dnieper-Bug Estuary are shelled."
    )
    found = _places(text, date(2023, 4, 6))
    for spelling in ("Dnipro-Buh Estuary", "Dnieper-Bug Estuary"):
        assert found[spelling] is not None and found[spelling].name == "Dnipro-Buh Estuary"


def test_a_village_beside_its_list_mate_stays_whatever_part_of_the_oblast_follows() -> None:
    text = (
        "Ukrainian forces recaptured the villages of Novodarivka and Levadne in the south Zaporizhzhia "
        "oblast from the Russian forces, the Southern Defence Forces said."
    )
    found = _places(text, date(2023, 6, 14))
    novodarivka, levadne = found["Novodarivka"], found["Levadne"]
    assert novodarivka is not None and levadne is not None
    assert abs(levadne.lat - novodarivka.lat) < 0.15 and abs(levadne.lon - novodarivka.lon) < 0.15


def test_a_village_the_text_locates_later_is_that_one_in_every_mention() -> None:
    text = (
        "Russian soldiers occupied Novooleksandrivka village and approached the Pokrovsk-Kostiantynivka "
        "highway\n\nRussian forces have occupied the village of Novooleksandrivka in the Donetsk region, "
        "near Ocheretyne, and have approached the Pokrovsk-Kostiantynivka highway, DeepState said.\n\nOnly "
        "Vozdvyzhenka remains between the populated areas and the highway.\n\nThe village of "
        "Novooleksandrivka is located approximately 20 kilometers north of Avdiivka in the Donetsk region."
    )
    found = find_places(text, published=date(2024, 6, 23))
    places = [m.place for m in found if m.text == "Novooleksandrivka"]
    assert len(places) == 3 and all(p is not None for p in places)
    assert {(round(p.lat, 2), round(p.lon, 2)) for p in places} == {(48.31, 37.52)}


def test_moscows_spelling_of_the_mykolaiv_region_qualifies_its_village() -> None:
    text = (
        "Strikes hit a platoon of HIMARS near the settlement of Bereznegovatoye in the Nikolayev Region, the "
        "spokesman said."
    )
    found = _places(text, date(2022, 9, 22))
    assert found["Nikolayev Region"] is not None and found["Nikolayev Region"].name == "Mykolaiv Oblast"
    assert found["Bereznegovatoye"] is not None and found["Bereznegovatoye"].name == "Bereznehuvate"


def test_a_village_near_a_city_is_its_namesake_there() -> None:
    text = (
        "Reports of a Russian Iskander-M strike on a training ground in the village of Cherkaske near the "
        "regional center of Dnipro circulated on social media."
    )
    place = _places(text, date(2025, 3, 3))["Cherkaske"]
    assert place is not None and place.admin1 == "Dnipropetrovsk Oblast"


def test_a_given_name_that_speaks_or_has_a_wife_is_a_person() -> None:
    text = (
        "Kostiantynivka looks like a ghost town. Volodymyr and his wife Vera were waiting for us. \"Three "
        "people in our house were wounded,\" one man, Volodymyr, told ERR. \"There is no life here,\" "
        "Volodymyr explained."
    )
    found = find_places(text, published=date(2025, 9, 20))
    assert not [m for m in found if m.text == "Volodymyr" and m.place is not None]
    assert any(m.text == "Kostiantynivka" and m.place is not None for m in found)


def test_the_town_of_a_given_name_stays_a_place_where_it_is_hit() -> None:
    found = _places("Russian drones hit Volodymyr in Volyn Oblast overnight.", date(2025, 9, 20))
    assert found["Volodymyr"] is not None and found["Volodymyr"].admin1 == "Volyn Oblast"


def test_the_first_word_of_a_two_word_name_is_no_misprint_of_a_town() -> None:
    text = (
        "Russian forces seized the village of Chervona Zirka near the administrative border of the "
        "Dnipropetrovsk region, while Kostiantynivka and Kherson came under fire."
    )
    found = find_places(text, published=date(2025, 6, 29))
    assert not [m for m in found if m.text == "Chervona" and m.place is not None]


def test_mykolaivs_airfield_and_sviatohirsks_lavra_are_places() -> None:
    text = (
        "Ukrainian forces struck the Kulbakino airfield near Mykolaiv. Russian troops shelled the "
        "Svyatogorska Lavra monastery near Sviatohirsk."
    )
    found = _places(text, date(2022, 5, 5))
    airfield, lavra = found["Kulbakino airfield"], found["Svyatogorska Lavra"]
    assert airfield is not None and airfield.name == "Kulbakino air base"
    assert lavra is not None and lavra.name == "Sviatohirsk Lavra"


def test_a_spelling_variant_after_a_compass_word_is_the_village() -> None:
    text = (
        "Geolocated footage indicates that Russian forces have advanced in areas west of Verbovye, near "
        "Robotyne in Zaporizhzhia Oblast."
    )
    place = _places(text, date(2023, 12, 28))["Verbovye"]
    assert place is not None and place.name == "Verbove" and place.admin1 == "Zaporizhzhia Oblast"
