"""Round 74 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_an_offices_building_hit_is_in_its_town(seen: Seen) -> None:
    text = "Russian drones hit the Kupiansk city military administration building on Monday, officials said."
    assert ("strike", "RU", "Kupiansk") in seen(text, published=date(2025, 6, 3))


def test_a_district_administration_building_hit_is_in_its_town(seen: Seen) -> None:
    text = "A Russian glide bomb hit the Izium district administration building on Monday."
    assert ("strike", "RU", "Izium") in seen(text, published=date(2025, 6, 3))


def test_a_government_building_hit_is_in_the_capital(seen: Seen) -> None:
    text = "The Kyiv government building was hit by a Russian missile on Sunday, officials said."
    assert ("strike", "RU", "Kyiv") in seen(text, published=date(2025, 9, 8))


def test_fighting_inside_a_town_is_the_attacker_in_it(seen: Seen) -> None:
    text = "Russian troops are now fighting inside the city of Pokrovsk, the Ukrainian military said."
    assert ("advance", "RU", "Pokrovsk") in seen(text, published=date(2025, 11, 4))


def test_fighting_inside_an_encirclement_near_a_town_is_no_advance(seen: Seen) -> None:
    text = "Ukrainian defenders are fighting inside the encirclement near Kurakhove, the brigade said."
    assert not {e for e in seen(text, published=date(2024, 12, 20)) if e[0] == "advance"}


def test_a_warship_hit_in_port_is_a_strike_by_the_other_side(seen: Seen) -> None:
    text = "A Russian patrol ship was hit in Sevastopol overnight, officials said."
    assert ("strike", "UA", "Sevastopol") in seen(text, published=date(2024, 3, 5))


def test_forces_that_have_been_fighting_in_a_towns_centre_are_in_it(seen: Seen) -> None:
    text = "Russian forces have been fighting in the centre of Vuhledar since Monday, the brigade said."
    assert ("advance", "RU", "Vuhledar") in seen(text, published=date(2024, 9, 26))


def test_a_sides_possessive_before_the_bridge_it_lost_is_no_attacker(seen: Seen) -> None:
    text = (
        "Russian aircraft destroyed a Ukrainian military's pontoon bridge over the Oskil near the village of "
        "Horokhovatka with a precise strike from a glide bomb, the ministry said."
    )
    found = seen(text, published=date(2024, 10, 6))
    assert ("bridge_strike", "RU", "Horokhovatka") in found
    assert not {e for e in found if e[1] == "UA"}


def test_a_capital_that_retakes_ground_is_the_government(seen: Seen) -> None:
    text = (
        "Ukrainian forces had pushed across the Oskil as part of a counteroffensive that saw Kyiv retake "
        "large parts of the Kharkiv region in September."
    )
    assert not {e for e in seen(text, published=date(2022, 10, 1)) if e[2] == "Kyiv"}


def test_cities_listed_before_the_oblasts_an_article_opens_stay_cities(seen: Seen) -> None:
    text = (
        "Explosions were reported in Kyiv, Dnipro, Mykolaiv and the Zhytomyr, Ternopil and Khmelnytskyi "
        "regions on Monday morning."
    )
    found = {e[2] for e in seen(text, published=date(2022, 10, 10)) if e[0] == "strike"}
    assert {"Kyiv", "Dnipro", "Mykolaiv", "Zhytomyr Oblast", "Ternopil Oblast"} <= found
    assert "Kyiv Oblast" not in found


def test_a_sides_rescuer_in_a_caption_is_no_attacker(seen: Seen) -> None:
    text = "A Ukrainian rescuer helps an injured woman after shelling in downtown Kyiv on Monday."
    assert ("strike", "RU", "Kyiv") in seen(text, published=date(2022, 10, 10))


def test_zelenskys_militants_in_moscows_words_are_ukraines_forces(seen: Seen) -> None:
    text = "Zelensky's militants were driven out of the village of Kamenskoye, the occupation official said."
    found = seen(text, published=date(2023, 1, 23))
    assert ("retreat", "UA", "Kamianske") in found and ("advance", "RU", "Kamianske") in found


def test_a_capitals_possessive_before_a_village_names_its_oblast(seen: Seen) -> None:
    text = "Ukrainian forces broke through near Zaporizhzhia's Verbove in the direction of Tokmak, he said."
    found = {e for e in seen(text, published=date(2023, 9, 23)) if e[0] == "advance"}
    assert ("advance", "UA", "Verbove") in found and ("advance", "UA", "Zaporizhzhia") not in found


def test_suppressing_positions_in_towns_is_fire_on_them(seen: Seen) -> None:
    text = (
        "Russian artillery was suppressing the positions of the Armed Forces of Ukraine in Orikhiv and "
        "Huliaipole, the occupation official said."
    )
    found = seen(text, published=date(2023, 1, 23))
    assert {("strike", "RU", "Orikhiv"), ("strike", "RU", "Hulyaypole")} <= found


def test_a_thing_left_lying_is_no_ground_left(seen: Seen) -> None:
    text = (
        "His Ukrainian passport was left open beside his body, said the journalists who reached the town "
        "of Bucha on Saturday."
    )
    assert not {e for e in seen(text, published=date(2022, 4, 3)) if e[0] == "retreat"}


def test_an_overpass_struck_is_a_bridge_strike(seen: Seen) -> None:
    text = "On April 7 the enemy launched an airstrike on the overpass near Barvinkove station."
    assert ("bridge_strike", "RU", "Barvinkove") in seen(text, published=date(2022, 4, 10))


def test_they_shell_in_an_officials_quote_is_fire(seen: Seen) -> None:
    text = (
        "Russian troops have turned the nuclear plant into a base. \u201cThey shell Nikopol and Marhanets "
        "and then blame us,\u201d the presidential aide wrote."
    )
    found = seen(text, published=date(2022, 8, 22))
    assert {("strike", "RU", "Nikopol"), ("strike", "RU", "Marhanets")} <= found


def test_a_missile_launched_into_a_city_district_struck_it(seen: Seen) -> None:
    text = (
        "The enemy launched an Iskander missile directly into the center of the Komunarskyi district of "
        "Zaporizhzhia."
    )
    assert ("strike", "RU", "Komunarskyi District") in seen(text, published=date(2024, 10, 21))


def test_towns_listed_before_the_villages_of_a_community_came_under_fire_too(seen: Seen) -> None:
    text = "Within a day, Avdiivka, Marinka and the villages of the Komarska community came under shelling."
    found = {e[2] for e in seen(text, published=date(2023, 6, 10)) if e[:2] == ("strike", "RU")}
    assert {"Avdiivka", "Marinka"} <= found


def test_the_missiles_a_side_could_not_down_are_the_other_sides(seen: Seen) -> None:
    text = (
        "Zaluzhnyi says Ukraine managed to shoot down 21 of 23 incoming cruise missiles, with the remaining "
        "two hitting Uman and Dnipro."
    )
    found = seen(text, published=date(2023, 4, 28))
    assert {("strike", "RU", "Uman"), ("strike", "RU", "Dnipro")} <= found


def test_a_sides_attacks_reported_in_oblasts_are_its_fire(seen: Seen) -> None:
    text = (
        "In the last 24 hours, Russian attacks were reported in eight of Ukraine's 24 oblasts: Sumy, "
        "Chernihiv, Kharkiv and Kherson."
    )
    found = {e for e in seen(text, published=date(2024, 6, 3)) if e[0] == "strike"}
    assert ("strike", "RU", "Sumy Oblast") in found and not {e for e in found if e[1] == "UA"}


def test_a_sides_attacks_hit_a_city(seen: Seen) -> None:
    assert ("strike", "RU", "Sumy") in seen("Russian attacks hit Sumy on Monday.", published=date(2024, 6, 3))


def test_a_sides_shelling_reported_in_a_town_is_its_own(seen: Seen) -> None:
    text = "Russian shelling was reported in Vovchansk overnight, the police said."
    assert ("strike", "RU", "Vovchansk") in seen(text, published=date(2024, 6, 3))


def test_a_dateline_with_the_day_first_and_two_agencies_is_no_place_hit(seen: Seen) -> None:
    text = (
        "Kiev, 13 April 2025 (dpa/MIA) - At least 21 people were killed in a Russian missile strike on the "
        "north-eastern Ukrainian city of Sumy, the interior minister said on Sunday."
    )
    found = seen(text, published=date(2025, 4, 13))
    assert ("strike", "RU", "Sumy") in found and not {e for e in found if e[2] == "Kyiv"}


def test_the_luhansk_armed_forces_are_no_ukrainian_army(seen: Seen) -> None:
    text = (
        "Shoigu said that the Russian army and the Luhansk armed forces have completely taken control of "
        "the city of Lisichansk."
    )
    assert ("advance", "RU", "Lysychansk") in seen(text, published=date(2022, 7, 4))


def test_ships_that_entered_and_fled_a_port_took_and_left_no_ground(seen: Seen) -> None:
    text = (
        "When Ukraine's forces struck the Berdiansk port on 2 June, ships that had recently entered the "
        "harbour to load stolen grain fled the port in a hurry."
    )
    found = seen(text, published=date(2024, 6, 3))
    assert ("strike", "UA", "Berdiansk") in found
    assert not {e for e in found if e[0] in ("advance", "retreat")}


def test_a_drone_and_missile_assault_on_a_city_is_a_strike(seen: Seen) -> None:
    text = "A devastating Russian drone and missile assault on Kyiv has left two people dead, the mayor said."
    assert ("strike", "RU", "Kyiv") in seen(text, published=date(2025, 11, 14))


def test_a_side_reporting_the_other_sides_system_destroyed_struck_it(seen: Seen) -> None:
    text = (
        "The Ukrainian army reported the destruction of a Russian SA-22 Greyhound anti-aircraft system on "
        "Snake Island on Monday."
    )
    assert ("strike", "UA", "Snake Island") in seen(text, published=date(2022, 6, 30))


def test_oblasts_a_second_clause_targets_are_not_the_first_clauses_city(seen: Seen) -> None:
    text = "Russian missiles hit Kyiv, and strikes also targeted the Dnipropetrovsk and Poltava oblasts."
    found = {e[2] for e in seen(text, published=date(2024, 9, 5)) if e[:2] == ("strike", "RU")}
    assert {"Kyiv", "Dnipropetrovsk Oblast", "Poltava Oblast"} <= found


def test_an_onslaught_in_a_city_is_fire_on_it(seen: Seen) -> None:
    text = "Tuesday's onslaught in Kharkiv killed six people and injured 57, the United Nations said."
    assert ("strike", "RU", "Kharkiv") in seen(text, published=date(2024, 5, 24))


def test_a_fire_that_started_after_a_drone_attack_is_no_offensive(seen: Seen) -> None:
    text = (
        "The fire at the refinery in the Krasnodar region's Ilsky settlement started after an attack by "
        '"an unidentified drone," an official told TASS.'
    )
    found = seen(text, published=date(2024, 2, 10))
    assert not {e for e in found if e[0] == "advance"} and {e for e in found if e[0] == "strike"}


def test_a_capitals_dateline_without_its_dash_is_no_place_hit(seen: Seen) -> None:
    text = "KYIV, Ukraine Russian missiles killed five people and destroyed dozens of homes in Lviv."
    found = seen(text, published=date(2023, 7, 6))
    assert ("strike", "RU", "Lviv") in found and not {e for e in found if e[2] == "Kyiv"}


def test_explosions_by_an_airfield_located_in_a_village_are_at_the_village(seen: Seen) -> None:
    text = (
        "In occupied Crimea, explosions are heard near the military airfield, which is located in the "
        "village of Novofedorivka near the city of Saky."
    )
    found = {e[2] for e in seen(text, published=date(2022, 8, 9)) if e[0] == "strike"}
    assert "Novofedorovka" in found and "Crimea" not in found


def test_regions_that_will_be_liberated_in_quotes_are_no_advance(seen: Seen) -> None:
    text = 'An occupation official said the Odesa and Mykolaiv regions will soon be "liberated" by Russia.'
    assert not {e for e in seen(text, published=date(2022, 7, 31)) if e[0] == "advance"}


def test_a_sides_garrison_destroyed_was_struck_by_the_other_side(seen: Seen) -> None:
    text = "The Russian garrison of Andriivka was surrounded and destroyed, the brigade said."
    assert ("strike", "UA", "Andriivka") in seen(text, published=date(2023, 9, 16))


def test_operations_in_two_named_directions_place_nothing_at_their_cities(seen: Seen) -> None:
    text = (
        "The Defense Forces continue to conduct offensive operations in the Melitopol and Berdiansk "
        "directions, gain a foothold on the lines reached and inflict artillery fire damage on the enemy."
    )
    assert not seen(text, published=date(2023, 7, 23))


def test_attacks_carried_out_on_a_named_district_are_fire(seen: Seen) -> None:
    text = "On 25 August the Russian military carried out more than ten attacks on the Nikopol district."
    found = seen(text, published=date(2023, 8, 26))
    assert ("strike", "RU", "Nikopol Raion") in found and not {e for e in found if e[0] == "contact"}


def test_a_town_that_stood_against_a_sides_advances_marks_no_advance(seen: Seen) -> None:
    text = "Vuhledar acted for two years as a lynchpin against Russian advances in southern Donetsk Oblast."
    assert not {e for e in seen(text, published=date(2024, 10, 2)) if e[0] == "advance"}


def test_drones_downed_in_a_town_were_sent_at_it(seen: Seen) -> None:
    text = "Air defences thwarted another attack near Moscow, downing two drones in Balashikha."
    assert ("strike", "UA", "Balashikha") in seen(text, published=date(2024, 6, 1))


def test_drones_downed_in_an_oblast_were_an_attack_on_it(seen: Seen) -> None:
    text = "Russian air defences shot down 20 Ukrainian drones in the Belgorod region overnight."
    assert ("strike", "UA", "Belgorod Oblast") in seen(text, published=date(2024, 6, 1))


def test_drones_that_reached_cities_struck_them(seen: Seen) -> None:
    text = "A source said the drones had reached the cities of Nizhnekamsk and Kazan overnight."
    found = seen(text, published=date(2024, 4, 2))
    assert {("strike", "UA", "Nizhnekamsk"), ("strike", "UA", "Kazan")} <= found


def test_noisy_in_communities_after_a_report_of_fire_is_fire(seen: Seen) -> None:
    text = (
        "Russia attacked the Nikopol district with drones. Today it was also noisy in the Chervonohryhorivka "
        "and Myrove communities."
    )
    found = seen(text, published=date(2024, 6, 1))
    assert {("strike", "RU", "Chervonohryhorivka"), ("strike", "RU", "Myrove")} <= found


def test_an_agreement_reached_takes_no_port(seen: Seen) -> None:
    text = "The port of Odesa plays the central role in the Russian-Ukrainian agreement reached on Friday."
    assert not {e for e in seen(text, published=date(2022, 7, 23)) if e[0] == "advance"}


def test_civilians_ordered_to_take_shelter_take_no_city(seen: Seen) -> None:
    text = (
        "Russian missile strikes hit Lviv and Zaporizhzhia on Monday morning, and civilians were ordered to "
        "take shelter."
    )
    found = seen(text, published=date(2022, 10, 10))
    assert ("strike", "RU", "Lviv") in found and not {e for e in found if e[0] == "advance"}


def test_a_retreat_from_its_occupation_of_a_region_is_no_taking(seen: Seen) -> None:
    text = "Russia's hasty retreat from its occupation of the region around Kyiv reveals fresh devastation."
    found = seen(text, published=date(2022, 4, 3))
    assert ("retreat", "RU", "Kyiv") in found and not {e for e in found if e[0] == "advance"}


def test_a_bridge_blown_by_retreating_troops_is_no_ground_they_left(seen: Seen) -> None:
    text = "A view of the Antonivskyi bridge near Kherson destroyed by retreating Russians."
    found = seen(text, published=date(2022, 11, 11))
    assert ("bridge_strike", "RU", "Antonivskyi Bridge") in found
    assert not {e for e in found if e[0] == "retreat"}


def test_attacks_counted_on_an_oblasts_border_area_are_fire(seen: Seen) -> None:
    text = "Russian forces carried out 76 attacks on the border area of Sumy Oblast over the past 24 hours."
    found = seen(text, published=date(2024, 6, 1))
    assert ("strike", "RU", "Sumy Oblast") in found and not {e for e in found if e[0] == "contact"}


def test_the_capture_of_a_hundred_troops_takes_no_city(seen: Seen) -> None:
    text = (
        "The incursion caused chaos in the Kursk region, leading to the capture of at least 100 Russian "
        "troops, according to Kyiv."
    )
    assert not {e for e in seen(text, published=date(2024, 8, 20)) if e[0] == "advance"}


def test_a_side_that_claims_a_warship_was_hit_is_no_ships_owner(seen: Seen) -> None:
    text = "Ukraine claims that the warship was hit by two Neptune missiles near Snake Island."
    assert ("strike", "UA", "Snake Island") in seen(text, published=date(2022, 4, 16))


def test_the_side_that_reports_the_destruction_in_its_own_clause_struck(seen: Seen) -> None:
    text = (
        "Russia's withdrawal comes three days after the Ukrainian army reported the destruction of a Russian "
        "SA-22 anti-aircraft system on Snake Island."
    )
    assert ("strike", "UA", "Snake Island") in seen(text, published=date(2022, 6, 30))


def test_people_killed_due_to_fire_in_a_town_tell_of_fire_there(seen: Seen) -> None:
    text = "Two people were killed yesterday due to rocket fire by Russia in the city of Kupiansk."
    assert ("strike", "RU", "Kupiansk") in seen(text, published=date(2024, 2, 22))


def test_an_event_likened_to_a_past_withdrawal_is_no_withdrawal_now(seen: Seen) -> None:
    text = '"This is as significant as the withdrawal from Kyiv in the spring," the officer said.'
    assert not {e for e in seen(text, published=date(2022, 9, 15)) if e[0] == "retreat"}


def test_a_part_of_a_country_named_by_its_compass_word_is_no_side(seen: Seen) -> None:
    text = "Russian missile strikes on southeastern Ukraine killed 17 people in the city of Dnipro."
    assert ("strike", "RU", "Dnipro") in seen(text, published=date(2024, 4, 20))
    text = "A residential building was hit by a drone in Mykolaiv in southern Ukraine, rescuers said."
    assert ("strike", "RU", "Mykolaiv") in seen(text, published=date(2024, 4, 20))


def test_moving_to_more_advantageous_positions_near_villages_left_them(seen: Seen) -> None:
    text = (
        "Ukrainian troops repelled 11 Russian attacks and moved to more advantageous positions near "
        "Lukiantsi and Vovchansk to save the lives of personnel."
    )
    found = seen(text, published=date(2024, 5, 16))
    assert {("retreat", "UA", "Lukiantsi"), ("retreat", "UA", "Vovchansk")} <= found
