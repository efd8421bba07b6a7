"""Round 47 of unseen reporting: a raion named after its oblast's capital, like any district named
after a village ("Kozacha Lopan, Kharkiv district"), only says where the village is; in a monitor's line
"Kharkiv district, Tsyrkunivska community" the community carries the event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_village_in_the_raion_of_the_capital_is_struck_not_the_city(seen: Seen) -> None:
    text = (
        "At 11:00 a.m., there was an enemy artillery attack on the outskirts of Kozacha Lopan, the Kharkiv "
        "district. About 1:50 p.m., the enemy struck near the town of Merefa, Kharkiv district."
    )
    found = seen(text, published=date(2024, 1, 5))
    assert {e[2] for e in found} == {"Kozacha Lopan", "Merefa"}


def test_villages_listed_after_the_capitals_raion_in_the_possessive_are_struck(seen: Seen) -> None:
    text = (
        "Enemy artillery and mortar strikes affected over 20 settlements in the Kharkiv region, such as the "
        "Kharkiv district's Kozacha Lopan, Lukiantsi and Zelene."
    )
    found = {e[2] for e in seen(text, published=date(2023, 12, 14))}
    assert {"Kozacha Lopan", "Lukiantsi"} <= found and "Kharkiv" not in found


def test_in_a_monitors_line_the_community_after_its_district_carries_the_event(seen: Seen) -> None:
    text = (
        "According to RMA Chairman Syniehubov:\n\n"
        "17:49, Kharkiv district, Tsyrkunivska community. As a result of the shelling, grass burned on the "
        "area of 3 hectares.\n\n"
        "14:20, Bohodukhiv district, Zolochivska TG, Ivashky village. A private house caught fire as a "
        "result of the shelling."
    )
    found = {e[2] for e in seen(text, published=date(2024, 9, 24))}
    assert found == {"Tsyrkuny", "Ivashky"}


def test_villages_occupied_by_the_invading_forces_are_taken_by_russia(seen: Seen) -> None:
    text = (
        "In the Borodianka area, the villages of Kachaly, Talske and Stara Buda are occupied by the invading "
        "forces. These villages are without communications."
    )
    found = seen(text, published=date(2022, 3, 23))
    assert {("advance", "RU", "Kachaly"), ("advance", "RU", "Talske")} <= found
    assert not any(e[1] == "UA" for e in found)


def test_a_place_captured_by_the_invaders_names_the_side_after_the_article(seen: Seen) -> None:
    found = seen("The village of Kachaly was captured by the invading forces.", published=date(2022, 3, 23))
    assert found == {("advance", "RU", "Kachaly")}


def test_a_sides_tank_column_coming_under_fire_was_fired_at_by_the_other(seen: Seen) -> None:
    text = "Drone footage shows a Russian tank column coming under fire on the outskirts of Brovary."
    assert ("strike", "UA", "Brovari") in seen(text, published=date(2022, 3, 10))  # GeoNames spelling


def test_cities_named_after_including_are_the_places_struck(seen: Seen) -> None:
    text = (
        "Russian forces also used high precision air-based missiles to hit military airfields in cities to "
        "the east of Kremenchuk, including Poltava and Dnipro, Konashenkov added."
    )
    found = seen(text, published=date(2022, 4, 2))
    assert {("strike", "RU", "Poltava"), ("strike", "RU", "Dnipro")} <= found


def test_the_same_unit_after_an_opening_phrase_is_the_side_named_before(seen: Seen) -> None:
    text = (
        "Ukrainian forces liberated the village of Shakhove in Donetsk Oblast on Sept. 8. The operation was "
        "carried out by soldiers of the 425th Assault Regiment.\n\n"
        "Earlier this month, the same unit reported clearing Novoekonomichne and Udachne, two villages in "
        "the area of the embattled city Pokrovsk."
    )
    found = seen(text, published=date(2025, 9, 15))
    assert {("advance", "UA", "Novoekonomichne"), ("advance", "UA", "Udachne")} <= found


def test_attacks_counted_then_told_with_drones_are_fire(seen: Seen) -> None:
    text = "On May 26, Russian forces launched two attacks on the Kutsurub community using FPV drones."
    assert seen(text, published=date(2025, 5, 27)) == {("strike", "RU", "Kutsurub")}


def test_a_massive_attack_with_weapons_on_communities_still_strikes_them(seen: Seen) -> None:
    text = (
        "At night, the Russians carried out a massive attack with various types of weapons on the territory "
        "of Bilopillia, Vorozhba and Richky hromadas."
    )
    assert {e[2] for e in seen(text, published=date(2025, 5, 27))} == {"Bilopillia", "Vorozhba", "Richky"}


def test_a_country_attacking_after_two_adverbs_is_still_fire(seen: Seen) -> None:
    text = (
        "Russia also reportedly attacked the Bakhmut and Kramatorsk districts, damaging over 20 houses, "
        "including two high-rise buildings in the city of Sloviansk."
    )
    assert ("strike", "RU", "Bakhmut Raion") in seen(text, published=date(2023, 1, 20))  # (round 76: raions)


def test_a_relative_clause_that_locates_an_item_does_not_end_the_list(seen: Seen) -> None:
    text = (
        "Russian troops captured Novozhelanne, which lies between the cities of Donetsk and Pokrovsk, "
        "Synkivka in the Kharkiv region and the small village of Kostyantynivka in Donetsk."
    )
    found = {e[2] for e in seen(text, published=date(2024, 8, 27)) if e[0] == "advance"}
    assert found == {"Novozhelanne", "Synkivka", "Kostiantynivka"}  # not Donetsk, nor Pokrovsk


def test_a_verb_gapped_after_back_and_a_date_goes_on_to_the_next_place(seen: Seen) -> None:
    text = (
        "Russian forces captured the villages of Terny and Neskuchne, the ministry said. In 2022, Russia "
        "took over both settlements for the first time, however, the Ukrainian army took Terny back in "
        "October 2022 and Neskuchne in the summer of 2023."
    )
    found = seen(text, published=date(2025, 1, 14))
    assert {("advance", "UA", "Terny"), ("advance", "UA", "Neskuchne")} <= found


def test_a_round_up_of_damage_district_by_district_strikes_each(seen: Seen) -> None:
    text = (
        "In Kyiv region, 27 people were injured as a result of a massive Russian attack.\n\n"
        "Kalashnyk added that the effects of the massive attack were recorded in Bila Tserkva, Fastiv and "
        "Obukhiv districts.\n\n"
        "According to the State Emergency Service, in Petropavlivska Borshchahivka, a residential complex "
        "suffered significant damage. Information on fatalities is being clarified.\n\n"
        "In Fastiv district, a fire at a factory was extinguished."
    )
    found = {e[2] for e in seen(text, published=date(2025, 9, 28)) if e[:2] == ("strike", "RU")}
    # (the raions since round 76, not their seats)
    raions = {"Bila Tserkva Raion", "Obukhiv Raion", "Fastiv Raion"}
    assert {"Kyiv Oblast", "Petropavlivska Borshchahivka", *raions} <= found


def test_a_community_that_suffered_in_a_round_up_was_struck(seen: Seen) -> None:
    text = (
        "According to him, the aggressor targeted the Nikopol district with UAVs and artillery. Nikopol and "
        "Marhanetska community suffered."
    )
    assert ("strike", "RU", "Marhanets") in seen(text, published=date(2025, 4, 24))


def test_an_attack_that_killed_people_including_a_child_on_an_evening_in_a_city(seen: Seen) -> None:
    text = (
        "A Russian mass drone attack killed three people, including a child, and injured many more on "
        "Wednesday evening in the southeastern Ukrainian city of Dnipro, the regional governor said."
    )
    assert seen(text, published=date(2025, 4, 17)) == {("strike", "RU", "Dnipro")}


def test_cities_named_with_their_word_and_oblast_are_the_list_not_the_oblast(seen: Seen) -> None:
    text = (
        "A day before, Gerasimov also said Pokrovsk city in the Donetsk region and Vovchansk city in the "
        "Kharkiv region were also taken."
    )
    found = {e[2] for e in seen(text, published=date(2025, 12, 2)) if e[0] == "advance"}
    assert found == {"Pokrovsk", "Vovchansk"}


def test_fires_caused_by_the_attack_in_a_round_up_are_its_strikes(seen: Seen) -> None:
    text = (
        "Russia launched 49 drones and missiles at Ukraine overnight. The attack caused fires at a large "
        "electronics plant in Mukachevo."
    )
    assert ("strike", "RU", "Mukachevo") in seen(text, published=date(2025, 8, 21))


def test_one_fire_on_a_list_has_one_side_for_every_item(seen: Seen) -> None:
    text = (
        "Four people were killed when the town of Yasinovataya in the DPR was shelled by Ukrainian forces on "
        "Friday. In addition to Yasinovataya, Donetsk and the settlements of Gorlovka, Panteleymonovka and "
        "Vladimirovka were targeted."
    )
    found = seen(text, published=date(2023, 4, 14))
    assert not any(e[0] == "strike" and e[1] == "unknown" for e in found)
    assert ("strike", "UA", "Panteleimonivka") in found


def test_a_way_out_named_for_a_withdrawal_is_no_withdrawal(seen: Seen) -> None:
    text = (
        "All routes Ukrainian troops can use to reach or withdraw from Myrnohrad are now in the grey zone. "
        "As a result, the corridor for withdrawal from Rivne has become even more dangerous."
    )
    assert not any(e[0] == "retreat" for e in seen(text, published=date(2025, 12, 10)))


def test_a_withdrawal_by_a_road_taken_is_still_a_withdrawal(seen: Seen) -> None:
    text = "Ukrainian troops used the last road to withdraw from Avdiivka."
    assert ("retreat", "UA", "Avdiivka") in seen(text, published=date(2024, 2, 17))


def test_a_towns_destroyed_neighbourhoods_are_ruins_seen_not_a_strike(seen: Seen) -> None:
    text = (
        "Russian media circulated videos of soldiers raising flags in several of the town's destroyed "
        "neighborhoods in Myrnohrad."
    )
    assert not any(e[0] == "strike" for e in seen(text, published=date(2025, 12, 28)))


def test_air_bombs_dropped_on_a_ukrainian_village_are_russias(seen: Seen) -> None:
    text = "Three other air bombs were dropped today on Illinivka, killing two people, the governor wrote."
    assert seen(text, published=date(2025, 9, 4)) == {("strike", "RU", "Illinivka")}


def test_hours_a_fire_took_to_put_out_are_no_taking(seen: Seen) -> None:
    text = (
        "It took more than 16 hours to extinguish the fire in the Kharkiv construction hypermarket, the "
        "minister said."
    )
    assert not any(e[0] == "advance" for e in seen(text, published=date(2024, 5, 26)))


def test_a_bombed_out_building_is_ruins_seen(seen: Seen) -> None:
    text = "Zelenskyy spoke to soldiers in front of the city's bombed-out main building in Izium."
    assert not any(e[0] == "strike" for e in seen(text, published=date(2022, 9, 15)))


def test_what_follows_once_we_lose_a_town_is_a_condition(seen: Seen) -> None:
    text = (
        "Once we lose Vuhledar, the enemy can establish a steady railroad supply through Volnovakha to the "
        "entire occupied south."
    )
    assert seen(text, published=date(2024, 9, 24)) == set()


def test_more_advanced_systems_struck_near_two_places_are_struck_by_one_side(seen: Seen) -> None:
    text = (
        "The strikes targeted an S-300 system and two more advanced S-400 systems near Belbek and "
        "Sevastopol, Ukraine's general staff said."
    )
    found = seen(text, published=date(2024, 6, 12))
    assert not any(e[0] == "advance" for e in found)
    assert ("strike", "UA", "Sevastopol") in found and not any(e[1] == "unknown" for e in found)


def test_settlements_counted_near_a_town_then_named_are_the_places_taken(seen: Seen) -> None:
    text = (
        "In the first half of June, the Ukrainian military was able to liberate a number of settlements "
        "south of Velyka Novosilka. These are Blahodatne, Neskuchne, Storozheve and Makarivka."
    )
    found = {e[2] for e in seen(text, published=date(2023, 7, 18)) if e[:2] == ("advance", "UA")}
    assert found == {"Blahodatne", "Neskuchne", "Storozheve", "Makarivka"}  # not Velyka Novosilka


def test_a_place_that_experienced_attacks_or_was_their_target_was_struck(seen: Seen) -> None:
    text = "According to the governor, the village of Tetkino experienced six attacks on its farm."
    assert ("strike", "UA", "Tëtkino") in seen(text, published=date(2024, 2, 7))  # GeoNames spelling
    text = "The city of Kramatorsk has been the target of attacks for the second day in a row."
    assert ("strike", "RU", "Kramatorsk") in seen(text, published=date(2022, 7, 4))


def test_a_city_the_target_of_attacks_for_months_is_background(seen: Seen) -> None:
    text = "Severodonetsk had been the target of Russian attacks for months, the governor said."
    assert seen(text, published=date(2022, 5, 27)) == set()
