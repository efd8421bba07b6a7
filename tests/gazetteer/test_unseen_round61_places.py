"""Round 61 of unseen reporting, places: districts of Russia's border oblasts named by their seat's
adjective when GeoNames spells the seat otherwise, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_district_adjective_with_ks_is_the_seat_geonames_spells_with_x() -> None:
    text = "Drones struck the Alekseyevsky district of Belgorod Oblast overnight, the governor said."
    found = _places(text, date(2025, 3, 2))["Alekseyevsky"]
    assert found is not None and found.admin1 == "Belgorod Oblast"  # Alexeyevka, not a Volgograd stanitsa
    assert abs(found.lat - 50.63) < 0.1 and abs(found.lon - 38.69) < 0.1


def test_a_russian_spelling_liberated_in_a_key_town_of_the_oblast_named() -> None:
    text = (
        "Russian President Vladimir Putin congratulated the military on liberating Gulaypole, a key town in "
        "Ukraine’s Zaporozhye Region, during a visit to a command post on Saturday."
    )
    found = _places(text, date(2025, 12, 28))["Gulaypole"]
    assert found is not None and found.name == "Hulyaypole" and found.admin1 == "Zaporizhzhia Oblast"


def test_villages_counted_in_an_oblast_are_that_oblasts_when_named_after() -> None:
    text = (
        'Fighters of the Russian Armed Forces group "North" took control of five settlements in the Kharkiv '
        "region. This was stated to journalists by the Russian Defense Ministry.\n\n"
        "According to the Russian Defense Ministry, the Russian army occupied Borisovka, Ogurtsovo, "
        "Pletenevka and Strelechye. The retreat of the Ukrainian Armed Forces in the Kharkiv region was "
        "called a good trend."
    )
    found = _places(text, date(2024, 5, 11))["Borisovka"]
    assert found is not None and found.admin1 == "Kharkiv Oblast"  # Borysivka, not Belgorod's town


def test_a_name_alone_after_a_count_keeps_its_own_town() -> None:
    text = (
        "Russian forces took control of five settlements in the Kharkiv region. "
        "Shelling was also reported in Borisovka."
    )
    found = _places(text, date(2024, 5, 11))["Borisovka"]
    assert found is not None and found.admin1 == "Belgorod Oblast"  # no list: no count's village


def test_a_pipeline_named_after_a_word_is_no_village() -> None:
    text = "Drones hit a station of the Transneft Druzhba oil pipeline near Unecha in the Bryansk region."
    found = _places(text, date(2025, 8, 22))
    assert "Druzhba" not in found and found["Unecha"] is not None


def test_a_russian_district_adjective_with_in_is_its_ka_towns() -> None:
    text = (
        "The Russians launched a missile attack on infrastructure of the Shostkinsky district, Sumy region."
    )
    found = _places(text, date(2024, 11, 28))["Shostkinsky district"]
    assert found is not None and found.name == "Shostka Raion"  # (a raion since round 76)


def test_an_oblast_of_several_settlements_after_a_list_is_not_the_lists() -> None:
    text = (
        "There is a risk of partial flooding in communities downstream along the Vovcha River, including the "
        "villages of Stari Terny, Ulakli, Bohatyr, Zelenyi Kut, and several settlements in the "
        "Dnipropetrovsk region."
    )
    found = _places(text, date(2024, 11, 11))
    assert all(found[name] is not None for name in ("Stari Terny", "Bohatyr", "Zelenyi Kut"))
    assert found["Stari Terny"].admin1 == "Donetsk Oblast"


def test_a_long_general_staff_list_runs_along_one_front() -> None:
    text = (
        "During the past day, Russian air strikes targeted the settlements of Spirne, Vesele, Chasiv Yar, "
        "Druzhba, Semenivka, Umanske, Ocheretyne, Krasnohorivka, Kostiantynivka, Heorhiivka, "
        "Novomykhailivka, Vodiane, Urozhaine, Makarivka, and Velyka Novosilka of Donetsk region."
    )
    found = _places(text, date(2024, 3, 24))
    for name in ("Kostiantynivka", "Heorhiivka", "Novomykhailivka", "Vodiane"):
        place = found[name]  # Vuhledar's and Marinka's namesakes, not the town of Kostiantynivka's front
        assert place is not None and place.lat < 48.0, name


def test_a_short_list_keeps_its_first_answers() -> None:
    text = "Russian troops shelled Kostiantynivka, Druzhba and Chasiv Yar of Donetsk region."
    found = _places(text, date(2024, 3, 24))["Kostiantynivka"]
    assert found is not None and found.kind == "town" and found.lat > 48.4


def test_a_raions_adjective_after_a_city_with_other_quarters_is_the_raion() -> None:
    text = (
        "In Kherson, a power plant was destroyed by artillery and drones. Fires blazed across the "
        "Synelnykivskyi district after a drone hit an agricultural site."
    )
    found = _places(text, date(2025, 4, 23))["Synelnykivskyi district"]
    assert found is not None and found.name == "Synelnykove Raion"  # (a raion since round 76)


def test_a_surname_after_a_title_and_given_name_is_no_city() -> None:
    text = "US Defense Secretary Lloyd Austin said on Friday that Ukraine had seen some success in Kharkiv."
    assert "Austin" not in _places(text, date(2022, 9, 10))


def test_a_city_after_a_title_and_name_without_a_verb_of_speech_stays() -> None:
    text = "Mayor Ihor Terekhov Kharkiv residents were told to shelter as drones hit Kharkiv."
    assert _places(text, date(2024, 5, 10))["Kharkiv"] is not None


def test_a_district_after_a_capital_that_stands_for_its_government_is_no_quarter_of_it() -> None:
    text = (
        "Sergei Aksyonov, the governor of Crimea appointed by Moscow, wrote that the evacuation of about two "
        "thousand people from the Kirovsky District was planned."
    )
    found = _places(text, date(2023, 7, 19))["Kirovsky District"]
    assert found is None or found.admin1 != "Moscow City"


def test_a_list_of_big_cities_far_apart_keeps_the_cities() -> None:
    text = "Russian missiles hit Sumy, Poltava, Kharkiv, Dnipro, Zaporizhzhia and Kryvyi Rih overnight."
    found = _places(text, date(2024, 11, 28))
    assert all(found[name] is not None and found[name].population > 100_000 for name in ("Sumy", "Poltava"))


def test_a_village_in_the_western_part_of_an_oblast_is_its_western_namesake() -> None:
    text = (
        "Our fighters liberated the village of Chervona Zirka in the western part of the DPR near the border "
        "with the Dnepropetrovsk region."
    )
    found = _places(text, date(2025, 6, 28))["Chervona Zirka"]
    assert found is not None and found.lon < 37.0  # Zirka by Velyka Novosilka, not the one by Horlivka


def test_a_village_already_in_the_part_named_stays() -> None:
    text = "Our fighters liberated the village of Chervona Zirka in the eastern part of the DPR."
    found = _places(text, date(2025, 6, 28))["Chervona Zirka"]
    assert found is not None and found.lon > 38.0


def test_an_oblast_named_after_a_land_is_the_oblast_by_its_bare_name() -> None:
    text = (
        "The strikes targeted the capital Kyiv, Kyiv region, as well as Vinnytsia, Odesa, Volyn, Kharkiv, "
        "Ivano-Frankivsk, Chernivtsi, and Sumy regions."
    )
    found = _places(text, date(2024, 11, 28))["Volyn"]
    assert found is not None and found.name == "Volyn Oblast"
