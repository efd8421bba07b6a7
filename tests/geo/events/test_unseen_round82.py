"""Round 82 of unseen reporting: takings told with the taker after the verb, fire counted with its
civilian toll, the capital of the country a sentence names, and demands that are no events."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_town_that_fell_to_backed_separatists_is_their_taking(seen: Seen) -> None:
    text = "The rail hub of Debaltseve in eastern Ukraine fell to Russia-backed separatists on Wednesday."
    assert seen(text, published=date(2015, 2, 19)) == {("advance", "RU", "Debaltseve")}


def test_weapons_a_verb_fired_at_a_country_are_its_subjects(seen: Seen) -> None:
    text = (
        "Kyiv's mayor spoke from Kyiv on Sunday. The strike came a day after Russia bombarded Ukraine with "
        "hundreds of drones and dozens of missiles overnight, according to Ukrainian officials, killing four "
        "people in the capital."
    )
    assert seen(text, published=date(2025, 11, 15)) == {("strike", "RU", "Kyiv")}


def test_the_capital_of_the_country_a_sentence_names_is_no_other_capital(seen: Seen) -> None:
    text = (
        "Ukrainian drones hit a refinery near Moscow overnight. The raid came a day after Russia pounded "
        "Ukraine with 300 drones and 20 missiles, killing three people in the capital."
    )
    assert ("strike", "RU", "Moscow") not in seen(text, published=date(2025, 11, 15))


def test_attacks_counted_with_the_people_they_injured_are_fire(seen: Seen) -> None:
    text = "In the Sumy region, Russian troops carried out 86 attacks over the day, injuring four people."
    assert seen(text, published=date(2025, 9, 2)) == {("strike", "RU", "Sumy Oblast")}


def test_mortar_fire_conducted_on_villages_strikes_each(seen: Seen) -> None:
    text = "Near Kreminna, the enemy conducted mortar fire on Nevske and Bilohorivka overnight."
    assert seen(text, published=date(2023, 9, 12)) >= {
        ("strike", "RU", "Nevske"),
        ("strike", "RU", "Bilohorivka"),
    }


def test_a_drone_barrage_that_also_killed_and_wounded_people_in_a_city(seen: Seen) -> None:
    text = (
        "A Russian drone barrage also killed two people and wounded more than two dozen people in the "
        "southern city of Mykolaiv, officials said."
    )
    assert seen(text, published=date(2025, 7, 4)) == {("strike", "RU", "Mykolaiv")}


def test_an_insistence_that_a_side_retreat_is_a_demand(seen: Seen) -> None:
    text = "The Russian delegation insisted that Ukraine withdraw from the Donetsk and Luhansk regions."
    assert seen(text, published=date(2025, 12, 3)) == set()


def test_an_insistence_that_troops_had_withdrawn_is_a_claim(seen: Seen) -> None:
    text = "Moscow's defence ministry insisted that its troops had withdrawn from Kherson in good order."
    assert seen(text, published=date(2022, 11, 11)) == {("retreat", "RU", "Kherson")}


def test_proposals_for_a_withdrawal_are_no_withdrawal(seen: Seen) -> None:
    text = "The monitors said the army had drawn up proposals for a withdrawal of both sides from Shyrokyne."
    assert seen(text, published=date(2015, 7, 6)) == set()


def test_a_landmine_explosion_is_no_strike(seen: Seen) -> None:
    text = "A tractor driver died in a landmine explosion in a field near Balakliia on Sunday."
    assert seen(text, published=date(2024, 6, 10)) == set()


def test_a_capital_intensifying_strikes_is_its_army(seen: Seen) -> None:
    text = "Kyiv is intensifying strikes on Russian refineries and fuel depots this autumn."
    assert seen(text, published=date(2025, 10, 1)) == set()


def test_pressure_on_a_capital_is_no_strike_there(seen: Seen) -> None:
    text = (
        "Russian drones hit Odesa overnight. Zelensky said the latest bombardment undermined peace efforts "
        "and urged allies to step up pressure on Moscow to end the war."
    )
    assert seen(text, published=date(2025, 10, 1)) == {("strike", "RU", "Odesa")}


def test_an_unnamed_city_claimed_in_a_region_is_the_named_one(seen: Seen) -> None:
    text = (
        "Russia says it has taken Myrnohrad. Moscow claimed it had captured a key city in Ukraine's Donetsk "
        "region, timing the news to a visit by US envoys."
    )
    assert seen(text, published=date(2025, 12, 1)) == {("advance", "RU", "Myrnohrad")}


def test_drones_from_a_region_came_from_there(seen: Seen) -> None:
    text = (
        "Overnight the Russians attacked Ukraine with 40 Shahed attack UAVs from the Kursk region and two "
        "missiles from Crimea, the air force said."
    )
    assert seen(text, published=date(2025, 3, 4)) == set()


def test_a_liberation_during_an_offensive_long_ago_does_not_place_the_offensive(seen: Seen) -> None:
    text = (
        "Kupiansk was seized by Russian troops in February 2022 and liberated that September during "
        "Ukraine's rapid counteroffensive in Kharkiv Oblast."
    )
    assert ("advance", "UA", "Kharkiv Oblast") not in seen(text, published=date(2025, 6, 1))


def test_explosions_put_down_to_an_accident_are_no_strike(seen: Seen) -> None:
    text = (
        "Blasts heard near an airfield in Crimea were the result of an accident at a fuel depot, the "
        "Russian-installed authorities said."
    )
    assert seen(text, published=date(2022, 8, 16)) == set()


def test_pushing_the_enemy_back_near_villages_is_both_sides_move(seen: Seen) -> None:
    text = "Ukrainian border guards pushed the Russians back near Oleksiivka, the border service said."
    assert seen(text, published=date(2025, 8, 14)) == {
        ("advance", "UA", "Oleksiivka"),
        ("retreat", "RU", "Oleksiivka"),
    }


def test_pushing_back_an_attempt_is_no_retreat(seen: Seen) -> None:
    text = "Moscow said its troops had pushed back a Ukrainian battalion's attempt to break out of Rodynske."
    assert ("retreat", "UA", "Rodynske") not in seen(text, published=date(2025, 10, 30))


def test_troops_pushed_back_from_a_region_by_a_capital_are_its_armys_gain(seen: Seen) -> None:
    text = (
        "Sumy has been under growing pressure since Moscow pushed back most of Ukraine's units from its "
        "Kursk region."
    )
    assert ("advance", "RU", "Kursk Oblast") in seen(text, published=date(2025, 6, 1))


def test_a_toll_of_landmines_in_a_round_up_of_fire_is_no_strike(seen: Seen) -> None:
    text = (
        "Russian drones struck Kharkiv overnight, injuring four people. In the Chernihiv region, two farmers "
        "were killed in a landmine explosion near the village of Kolychivka."
    )
    assert seen(text, published=date(2025, 5, 12)) == {("strike", "RU", "Kharkiv")}


def test_temperatures_that_fell_are_no_taking(seen: Seen) -> None:
    text = "The strikes cut power in the city of Sumy, where temperatures fell to -12 degrees at night."
    assert ("advance", "unknown", "Sumy") not in seen(text, published=date(2026, 1, 20))


def test_a_general_staff_count_of_attacks_is_no_strike(seen: Seen) -> None:
    text = "In the Kupiansk direction, the enemy attacked 9 times, trying to advance towards Petropavlivka."
    assert seen(text, types=("contact", "strike"), published=date(2025, 4, 2)) == {
        ("contact", "UA", "Petropavlivka")
    }


def test_invaders_attacking_with_air_support_are_assaulting(seen: Seen) -> None:
    text = "In the Lyman direction, the invaders attacked with the support of aviation near Torske."
    assert seen(text, types=("contact", "strike"), published=date(2023, 8, 1)) == set()


def test_a_launch_site_named_for_its_town_is_struck_there(seen: Seen) -> None:
    text = "Ukrainian drones hit a radar at the Kapustin Yar missile launch site in Astrakhan, the army said."
    assert seen(text, published=date(2026, 2, 5)) == {("strike", "UA", "Kapustin Yar")}


def test_the_second_item_of_a_tally_over_the_countrys_region(seen: Seen) -> None:
    text = (
        "The Defence Ministry said its units downed 14 Ukrainian drones over Russia's Kursk region and two "
        "over the country's Oryol region."
    )
    assert seen(text, published=date(2025, 2, 23)) == {
        ("strike", "UA", "Kursk Oblast"),
        ("strike", "UA", "Oryol Oblast"),
    }


def test_a_sea_in_a_tally_of_downed_drones_is_an_item_and_the_list_goes_on(seen: Seen) -> None:
    text = (
        "Air defences destroyed 60 Ukrainian drones: 30 over the Bryansk Region, 12 over the Black Sea and "
        "8 over the Tula Region."
    )
    assert seen(text, published=date(2025, 3, 1)) == {
        ("strike", "UA", "Bryansk Oblast"),
        ("strike", "UA", "Black Sea"),
        ("strike", "UA", "Tula Oblast"),
    }


def test_missiles_fired_from_a_sea_still_strike_only_their_target(seen: Seen) -> None:
    text = "Russia fired Kalibr missiles from the Black Sea at Odesa overnight."
    assert seen(text, published=date(2025, 3, 1)) == {("strike", "RU", "Odesa")}


def test_a_tally_that_names_its_first_oblast_by_the_capital_is_the_oblast(seen: Seen) -> None:
    text = "Moscow said it shot down seven Ukrainian drones over Bryansk and 11 over Russia's Kursk region."
    assert seen(text, published=date(2024, 9, 1)) == {
        ("strike", "UA", "Bryansk Oblast"),
        ("strike", "UA", "Kursk Oblast"),
    }


def test_strikes_a_country_launched_on_a_city_need_no_weapon_named(seen: Seen) -> None:
    text = "Russia has stepped up its strikes on Mykolaiv, cutting power to much of the city."
    assert seen(text, published=date(2025, 12, 1)) == {("strike", "RU", "Mykolaiv")}


def test_shots_fired_from_mortars_in_the_direction_of_villages_are_fire_on_each(seen: Seen) -> None:
    text = "The separatists made 14 shots from mortars in the direction of Pisky and Opytne, the ATO said."
    assert seen(text, published=date(2016, 1, 20)) == {("strike", "RU", "Pisky"), ("strike", "RU", "Opytne")}


def test_damage_as_a_result_of_a_sides_strikes_is_fire_at_the_place_before(seen: Seen) -> None:
    text = "A grain terminal burned in the port of Reni as a result of overnight Russian strikes."
    assert seen(text, published=date(2023, 8, 16)) == {("strike", "RU", "Reni")}


def test_an_assault_on_a_city_that_left_it_without_power_is_fire(seen: Seen) -> None:
    text = "The Russian assault on Kharkiv resulted in power outages across the city, the mayor said."
    assert seen(text, published=date(2024, 3, 22)) == {("strike", "RU", "Kharkiv")}


def test_a_bomb_dropped_on_a_citys_drama_theatre_is_dropped_on_the_city(seen: Seen) -> None:
    text = "Russian aircraft dropped a bomb on the Mykolaiv Drama Theatre overnight, the governor said."
    assert seen(text, published=date(2022, 4, 1)) == {("strike", "RU", "Mykolaiv")}


def test_civilians_only_able_to_leave_a_city_are_no_retreat(seen: Seen) -> None:
    text = "So far, residents have only been able to leave Vovchansk on foot, the police said."
    assert seen(text, published=date(2024, 5, 20)) == set()


def test_fleeing_a_city_told_of_an_evacuee_after_the_clause_is_no_retreat(seen: Seen) -> None:
    text = "After fleeing the ruined town of Toretsk, evacuee Olha, 61, said she had lost her home."
    assert seen(text, published=date(2025, 2, 1)) == set()


def test_a_capital_carrying_out_attacks_is_no_place(seen: Seen) -> None:
    text = (
        "Russia struck the port of Izmail in the Odesa region overnight. The minister said Moscow was "
        "carrying out systematic attacks on the region."
    )
    assert seen(text, published=date(2025, 12, 22)) == {("strike", "RU", "Izmail")}


def test_positions_attacked_with_mortars_are_fired_on(seen: Seen) -> None:
    text = "The militants attacked Ukrainian positions near Marinka for an hour with 120-mm mortars."
    assert seen(text, published=date(2016, 5, 1)) == {("strike", "RU", "Marinka")}


def test_positions_attacked_with_no_weapon_named_are_an_assault(seen: Seen) -> None:
    text = "Russian troops attacked Ukrainian positions near Toretsk four times."
    assert seen(text, types=("contact", "strike"), published=date(2025, 5, 1)) == {
        ("contact", "UA", "Toretsk")
    }


def test_the_anti_terrorism_operation_forces_are_ukraines(seen: Seen) -> None:
    text = "Anti-Terrorism Operation forces have taken control of Marinka, west of Donetsk."
    assert ("advance", "UA", "Marinka") in seen(text, published=date(2014, 8, 5))


def test_the_joint_forces_that_repelled_an_attack_hold_the_village(seen: Seen) -> None:
    text = "The Joint Forces repelled an attack near Shyrokyne on Sunday."
    assert seen(text, types=("contact", "strike"), published=date(2019, 6, 2)) == {
        ("contact", "UA", "Shyrokyne")
    }


def test_a_town_called_a_capitals_bastion_is_what_it_then_stands_for(seen: Seen) -> None:
    text = (
        "Moscow claimed to have captured Kupiansk, a key Kyiv bastion in the Kharkiv region. Kyiv had "
        "retaken the railway hub in 2022, months after it fell to Moscow's troops."
    )
    assert seen(text, published=date(2025, 11, 20)) == {("advance", "RU", "Kupiansk")}


def test_fire_a_side_is_accused_of_is_that_sides(seen: Seen) -> None:
    text = "Officials in Kyiv accused Russian forces of firing towards the frontline town of Marinka."
    assert seen(text, published=date(2017, 2, 3)) == {("strike", "RU", "Marinka")}


def test_a_killing_a_side_is_accused_of_in_a_city_is_its_fire_there(seen: Seen) -> None:
    text = "The regional authorities accused Russia of killing a 70-year-old woman in the city of Nikopol."
    assert seen(text, published=date(2025, 6, 3)) == {("strike", "RU", "Nikopol")}


def test_new_positions_gained_near_a_village_are_ground_taken(seen: Seen) -> None:
    text = "Ukrainian soldiers gained new positions near the village of Pivdenne, the government said."
    assert ("advance", "UA", "Pivdenne") in seen(text, published=date(2018, 5, 3))


def test_a_place_closed_after_a_sides_attack_was_that_sides_target(seen: Seen) -> None:
    text = "The port of Kavkaz remained closed to ferries a day after a Ukrainian attack, officials said."
    assert seen(text, published=date(2024, 8, 23)) == {("strike", "UA", "Port Kavkaz")}


def test_airstrikes_on_a_capital_that_left_people_without_heat_are_fire_on_it(seen: Seen) -> None:
    text = "Overnight Russian airstrikes on Kyiv left thousands of residents without heating."
    assert seen(text, published=date(2026, 1, 10)) == {("strike", "RU", "Kyiv")}


def test_an_attack_told_by_the_town_it_left_without_power(seen: Seen) -> None:
    text = "A massive Russian attack on the energy system has left the city of Shostka without electricity."
    assert seen(text, published=date(2025, 10, 4)) == {("strike", "RU", "Shostka")}


def test_attacks_on_a_city_told_by_what_they_shelled_are_fire(seen: Seen) -> None:
    text = (
        "Zelensky visited Kupiansk on Friday. Russian troops have continued to attack the city, shelling "
        "hospitals, schools and apartment blocks."
    )
    assert seen(text, published=date(2025, 12, 12)) == {("strike", "RU", "Kupiansk")}
