"""Round 40 of unseen reporting: Moscow's "regrouping" of troops from the districts round two towns, fire
"using tanks, mortars and MLRS", TASS's "allied forces", Moscow's "Nazi extremists", an enemy leaving an
oblast "thanks to our Armed Forces", and the losses of a side, which are men, not ground."""

from __future__ import annotations

from collections.abc import Callable

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_decision_made_to_regroup_troops_of_two_districts_is_a_retreat_from_both(seen: Seen) -> None:
    text = (
        "A decision was made to regroup the Russian troops stationed in the Balakliya and Izyum regions, "
        "the Russian Defence Ministry said."
    )
    found = seen(text)
    assert ("retreat", "RU", "Balakliia") in found
    assert ("retreat", "RU", "Izium Raion") in found  # (round 76: the raion of a seat no oblast's capital)
    assert not {e for e in found if e[2] == "Kharkiv Oblast"}  # two districts, not the whole oblast


def test_a_list_of_oblast_capitals_before_regions_still_names_the_oblasts(seen: Seen) -> None:
    text = "Settlements in the Dnipro and Zaporizhzhia regions came under fire overnight."
    found = seen(text)
    assert {e[2] for e in found} >= {"Dnipropetrovsk Oblast", "Zaporizhzhia Oblast"}


def test_fire_using_a_list_of_weapons_at_settlements_strikes_each(seen: Seen) -> None:
    text = (
        "In the Sloviansk direction the occupiers fired using tanks, mortars, cannon and MLRS at the areas "
        "of the settlements of Dibrivne, Mazanivka and Krasnopillia."
    )
    found = seen(text)
    assert {("strike", "RU", place) for place in ("Dibrivne", "Mazanivka", "Krasnopillia")} <= found


def test_a_man_firing_from_a_window_is_no_strike(seen: Seen) -> None:
    text = "A man fired from the window of a house in Dibrivne, police said."
    assert not {e for e in seen(text) if e[0] == "strike"}


def test_tass_s_allied_forces_are_russia_s(seen: Seen) -> None:
    text = "The allied forces have gained control of the village of Kodema, the DPR leader said."
    assert ("advance", "RU", "Kodema") in seen(text)


def test_moscow_s_nazi_extremists_are_ukraine_s_side(seen: Seen) -> None:
    text = (
        "Nazi extremists blew up a bridge over the Seversky Donets near Svyatogorsk, the Russian ministry "
        "claimed."
    )
    found = seen(text)
    assert {e[1] for e in found if e[0] == "bridge_strike"} == {"UA"}


def test_an_enemy_leaving_an_oblast_thanks_to_our_forces_is_the_enemy_s_retreat(seen: Seen) -> None:
    text = "The enemy, thanks to our Armed Forces, is leaving the Chernihiv region, the governor said."
    assert ("retreat", "RU", "Chernihiv Oblast") in seen(text)


def test_the_losses_of_a_side_near_a_town_are_men_not_ground(seen: Seen) -> None:
    text = (
        "Russian Cossack units refuse to attack because of the heavy losses of the Russians near Vuhledar, "
        "Ukrainian intelligence said."
    )
    assert not {e for e in seen(text) if e[0] == "advance"}



def test_taking_revenge_on_a_city_s_people_is_no_capture(seen: Seen) -> None:
    text = "Beaten at the front, they decided to take their cowardly revenge on the people of Horlivka."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_shells_fired_from_the_direction_of_a_village_hit_elsewhere(seen: Seen) -> None:
    text = "Two shells were fired at Makiivka from the direction of the village of Orlivka, monitors said."
    found = seen(text)
    assert not {e for e in found if e[2] == "Orlivka"}
    assert {e for e in found if e[0] == "strike" and e[2] == "Makiivka"}


def test_thanks_for_bringing_a_city_s_liberation_closer_is_no_liberation(seen: Seen) -> None:
    text = "Thanks to the Armed Forces for bringing the liberation of Melitopol closer, the mayor said."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_the_seat_of_a_regional_administration_that_speaks_is_not_where_strikes_fell(seen: Seen) -> None:
    text = (
        "A spokesman for the regional military administration in Mykolaiv said that Ukrainian strikes hit "
        "Russian positions in Hola Prystan."
    )
    found = seen(text)
    assert ("strike", "UA", "Hola Prystan") in found
    assert not {e for e in found if e[2] == "Mykolaiv"}


def test_kicking_the_occupiers_out_of_a_village_is_their_retreat_too(seen: Seen) -> None:
    text = "Ukrainian troops kicked the Russian occupiers out of the village of Sloboda near Chernihiv."
    found = seen(text)
    assert ("advance", "UA", "Sloboda") in found
    assert ("retreat", "RU", "Sloboda") in found


def test_troops_pushed_into_a_village_drove_no_one_out(seen: Seen) -> None:
    text = "Russian forces captured Andriivka and pushed into the village of Shevchenko, the analysts said."
    assert not {e for e in seen(text) if e[0] == "retreat"}


def test_drones_launched_to_attack_ports_are_no_ground_assault(seen: Seen) -> None:
    text = "It was not clear how many drones Russia launched to attack the ports of Izmail and Reni."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_a_side_that_suffered_attacks_on_a_port_was_hit_by_the_other(seen: Seen) -> None:
    text = "It was a blow for Moscow, which has suffered a string of attacks on the port of Sevastopol."
    assert ("strike", "UA", "Sevastopol") in seen(text)


def test_a_town_fired_upon_with_heavy_weapons_was_struck(seen: Seen) -> None:
    text = "Russian troops took up positions north of Derhachi; the town was fired upon with heavy weapons."
    assert {e for e in seen(text) if e[0] == "strike" and e[2] == "Derhachi"}


def test_weapons_used_near_a_village_struck_it(seen: Seen) -> None:
    assert ("strike", "RU", "Tsyrkuny") in seen("The Russians used phosphorus munitions near Tsyrkuny.")


def test_the_anniversary_of_a_liberation_is_no_liberation(seen: Seen) -> None:
    text = "Shells hit the market on the anniversary of the liberation of Kostiantynivka from the Nazis."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_withdrawing_troops_there_is_a_retreat_from_the_town_just_named(seen: Seen) -> None:
    text = (
        "Sloviansk and Kramatorsk were shelled again. Russia said on Sunday it had captured the city of "
        "Lysychansk. Ukraine confirmed in the evening that it was withdrawing its troops there."
    )
    assert ("retreat", "UA", "Lysychansk") in seen(text)


def test_there_after_a_town_the_gazetteer_lacks_stands_for_no_other_town(seen: Seen) -> None:
    text = (
        "Kherson was shelled again. Russia said on Sunday it had captured the village of Poima. "
        "Ukraine confirmed in the evening that it was withdrawing its troops there."
    )
    assert not {e for e in seen(text) if e[0] == "retreat"}


def test_there_were_strikes_names_no_place(seen: Seen) -> None:
    text = "Russia said it had captured Lysychansk. There were no withdrawals, the mayor of Sloviansk said."
    assert not {e for e in seen(text) if e[0] == "retreat"}


def test_part_of_a_village_closing_a_list_of_liberated_settlements_is_liberated_too(seen: Seen) -> None:
    text = (
        "In Kharkiv Oblast, the army liberated the settlements of Fedorivka, Peremoha, and part of the "
        "village of Cherkaski Tyshky."
    )
    assert ("advance", "UA", "Cherkaski Tyshky") in seen(text)


def test_a_person_lost_in_a_night_attack_is_a_life_not_ground(seen: Seen) -> None:
    text = "As a result of yesterday's shelling of Mykolaiv oblast, one person was lost."
    found = seen(text)
    assert ("strike", "RU", "Mykolaiv Oblast") in found
    assert not {e for e in found if e[0] in ("advance", "retreat")}


def test_a_list_of_oblasts_with_no_and_closing_it_names_each_oblast(seen: Seen) -> None:
    text = "After retreating from the Kyiv, Chernihiv, Sumy regions, Russian forces turned to the Donbas."
    found = seen(text)
    assert {("retreat", "RU", o) for o in ("Kyiv Oblast", "Chernihiv Oblast", "Sumy Oblast")} <= found


def test_troops_pushed_further_north_from_a_city_did_not_leave_the_city(seen: Seen) -> None:
    text = "Ukrainian forces pushed Russian troops further north from Kharkiv towards the border."
    assert not {e for e in seen(text) if e[0] == "retreat"}


def test_the_first_settlement_taken_this_year_is_no_ordinal_back_reference(seen: Seen) -> None:
    text = (
        "North of Soledar, Russian forces took Vesele, the ministry said.\n\n"
        "Vesele became the first settlement taken under control in 2024"
    )
    assert {e[2] for e in seen(text)} == {"Vesele"}


def test_a_retreat_told_as_the_result_of_fighting_at_a_village_is_a_retreat_from_it(seen: Seen) -> None:
    text = "Russian units stormed the positions in Vesele. As a result, the Ukrainian military retreated."
    assert ("retreat", "UA", "Vesele") in seen(text)


def test_the_occupiers_lost_at_least_four_vehicles_is_no_ground_lost(seen: Seen) -> None:
    text = "Partisans set fire to a base in Mariupol. As a result, the occupiers lost at least four vehicles."
    assert not {e for e in seen(text) if e[0] in ("advance", "retreat")}


def test_strikes_on_two_bridges_sharing_their_noun_hit_both(seen: Seen) -> None:
    text = "The Ukrainian military launched fresh strikes on the Antonivskyi and Kakhovka bridges overnight."
    found = seen(text)
    assert ("bridge_strike", "UA", "Antonivskyi Bridge") in found
    assert {e for e in found if e[0] == "bridge_strike" and e[2] != "Antonivskyi Bridge"}  # Kakhovka's too


def test_pushing_the_russians_back_around_a_town_is_a_gain_there(seen: Seen) -> None:
    text = "Ukrainian forces were able to push the Russians back 2 kilometers around Bakhmut this week."
    assert ("advance", "UA", "Bakhmut") in seen(text)


def test_a_side_that_claimed_a_village_claims_to_have_taken_it(seen: Seen) -> None:
    text = "On Saturday Russia claimed the nearby village of Lozuvatske, the defence ministry said."
    assert ("advance", "RU", "Lozuvatske") in seen(text)


def test_a_village_remaining_under_enemy_fire_is_struck(seen: Seen) -> None:
    text = "Russian troops attacked Vuhledar. The village of Prechystivka is remaining under enemy fire."
    assert {e for e in seen(text) if e[0] == "strike" and e[2] == "Prechystivka"}


def test_attacks_on_an_oblast_that_killed_people_are_fire(seen: Seen) -> None:
    text = "Russia launched 99 attacks against Kherson Oblast, killing one person, the governor said."
    assert ("strike", "RU", "Kherson Oblast") in seen(text)


def test_workers_killed_near_a_village_were_killed_by_fire_on_it(seen: Seen) -> None:
    text = "Today the Russian army killed three power engineers who were repairing a line near Stepanivka."
    assert ("strike", "RU", "Stepanivka") in seen(text)


def test_russians_in_lower_case_are_still_russia_s_side(seen: Seen) -> None:
    text = "In the morning russians entered the village of Krokhmalne, the spokesman said."
    assert ("advance", "RU", "Krokhmalne") in seen(text)


def test_a_liberation_told_as_the_start_of_a_time_is_background(seen: Seen) -> None:
    text = "Kherson and the villages around it have been shelled continuously since they were liberated."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_a_side_named_after_that_opens_a_clause_is_no_object_of_the_attack_before(seen: Seen) -> None:
    text = (
        "A market in Kostiantynivka was hit. Ukrainian President Volodymyr Zelenskyy posted a video of the "
        "Russian attack on the town and confirmed that Russian troops had launched an artillery strike."
    )
    assert {e[1] for e in seen(text) if e[0] == "strike"} == {"RU"}


def test_attempts_to_make_advances_are_no_advance(seen: Seen) -> None:
    text = "For months, Russia has attempted to make advances into the Kharkiv region."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_a_flag_that_is_there_over_a_held_city_is_no_capture(seen: Seen) -> None:
    text = (
        "Russia set dates for encircling Avdiivka. Today is 22 March, and there's a Ukrainian flag over "
        "the city."
    )
    assert not {e for e in seen(text) if e[0] == "advance"}
