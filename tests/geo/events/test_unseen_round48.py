"""Round 48 of unseen reporting: a governor's title names the oblast under fire ("Cherkasy Governor ...
said Russian forces attacked overnight"); places fall to a side in one sentence ("saw X and Y fall to the
Russian onslaught, with Z falling"); fire on towns Russia holds is Ukraine's when only the things hit
are Russian ("explosions in Luhansk, under Russian occupation since 2014", "a hit at the depot at
Mariupol airport"); an organized maneuver is a withdrawal; and places that only say where a weapon came
from, a bridge that was only closed, a place set aside ("Besides Lozova, ...") or a situation held are
no events."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_capital_in_a_governors_title_puts_the_fire_in_its_oblast(seen: Seen) -> None:
    text = (
        "Poltava Governor Volodymyr Artiukh said Russian forces attacked the region overnight with drones. "
        "Kirovohrad Governor Andrii Raikovych reported a massive drone attack that damaged several houses."
    )
    found = seen(text, published=date(2025, 1, 15))
    assert found == {("strike", "RU", "Poltava Oblast"), ("strike", "RU", "Kirovohrad Oblast")}


def test_a_city_military_administration_keeps_the_city_out_of_its_oblast(seen: Seen) -> None:
    text = "Kharkiv city military administration said a drone hit a house in Zolochiv overnight."
    assert {e[2] for e in seen(text)} == {"Zolochiv"}


def test_a_taking_done_in_accordance_with_objectives_is_no_goal(seen: Seen) -> None:
    text = (
        "The Russian army is clearing Kupyansk of Ukrainian units in accordance with the assigned "
        "objectives, a commander told the agency."
    )
    assert seen(text, published=date(2025, 11, 7)) == {("advance", "RU", "Kupiansk")}


def test_making_a_taking_a_priority_is_still_a_goal(seen: Seen) -> None:
    assert seen("Moscow has made capturing Pokrovsk an absolute priority.") == set()


def test_places_occupied_in_one_clause_are_not_put_in_the_oblast_of_the_next(seen: Seen) -> None:
    text = (
        "Russia's offensive in the Kharkiv region gathered pace. Moscow said its forces were occupying "
        "Lukyantsi and Hlyboke and had retaken Robotyne, in the southern Zaporizhzhia region."
    )
    found = seen(text, published=date(2024, 5, 15))
    assert {("advance", "RU", place) for place in ("Hlyboke", "Lukiantsi", "Robotyne")} <= found


def test_towns_seen_falling_to_a_side_and_those_falling_with_them(seen: Seen) -> None:
    text = (
        "Last year saw the towns of Avdiivka and Vuhledar fall to the Russian onslaught, with Velyka "
        "Novosilka as well as Kurakhove falling last month."
    )
    found = seen(text, published=date(2025, 2, 7))
    towns = {"Avdiivka", "Vuhledar", "Velyka Novosilka", "Kurakhove"}
    assert found == {("advance", "RU", town) for town in towns}


def test_a_fall_after_a_turn_is_left_to_the_article(seen: Seen) -> None:
    text = "Ukrainian troops retook Robotyne, but Urozhaine was falling."
    found = seen(text, published=date(2023, 8, 20))
    assert ("advance", "UA", "Urozhaine") not in found


def test_villages_taken_this_week_are_taken_not_the_town_their_clause_measures_from(seen: Seen) -> None:
    text = (
        "The ministry said the two small villages of Druzhba and Krymske, which lie to the northeast of "
        "Toretsk, have been taken this week."
    )
    found = {e[2] for e in seen(text, published=date(2025, 2, 7))}
    assert found == {"Druzhba", "Krymske"}


def test_a_withdrawal_told_after_a_supposed_loss_is_reported(seen: Seen) -> None:
    text = (
        "Losing Toretsk would be another blow to Ukraine after Ukrainian forces were forced to withdraw "
        "from Vuhledar in the south."
    )
    assert ("retreat", "UA", "Vuhledar") in seen(text, published=date(2024, 10, 15))


def test_injuries_reported_across_oblasts_are_fire_there(seen: Seen) -> None:
    text = (
        "Russia launched dozens of missiles at the power grid overnight. Injuries were reported across the "
        "country, including in the western Lviv region and the central Dnipropetrovsk region."
    )
    found = seen(text, published=date(2024, 6, 1))
    assert {("strike", "RU", "Lviv Oblast"), ("strike", "RU", "Dnipropetrovsk Oblast")} <= found


def test_an_oblasts_injuries_from_attacks_are_fire_on_the_city_it_names(seen: Seen) -> None:
    text = "Sumy Oblast recorded 12 injuries from Russian attacks, including three in the city of Sumy."
    assert ("strike", "RU", "Sumy") in seen(text, published=date(2025, 6, 3))


def test_where_missiles_came_from_is_no_target(seen: Seen) -> None:
    text = (
        "A total of 40 missiles, which included four Iskander ballistic missiles from Crimea, were "
        "directed towards Ukraine overnight."
    )
    found = seen(text, published=date(2024, 6, 1))
    assert not any(e[2] == "Crimea" for e in found)


def test_a_bridge_closed_after_explosions_is_not_struck(seen: Seen) -> None:
    text = "Telegram channels reported explosions in occupied Crimea and the closure of the Crimean Bridge."
    found = seen(text, published=date(2024, 1, 6))
    assert not any(e[0] == "bridge_strike" or e[2] == "Crimean Bridge" for e in found)


def test_an_airfield_named_for_a_town_is_struck_where_it_lies(seen: Seen) -> None:
    text = "Ukrainian forces struck a command post at the Saky military airfield in Novofedorivka, Crimea."
    assert {e[2] for e in seen(text, published=date(2024, 1, 6))} == {"Novofedorovka"}  # GeoNames spelling


def test_a_claim_the_other_side_denies_after_it_is_the_claimers_event(seen: Seen) -> None:
    text = (
        "Russia's Defence Ministry said on Friday that its forces had taken control of the coal-mining town "
        "of Toretsk, but Ukraine's military denied the town had been captured."
    )
    assert seen(text, published=date(2025, 2, 8)) == {("advance", "RU", "Toretsk")}


def test_a_denial_before_the_taking_still_denies_it(seen: Seen) -> None:
    text = "Ukraine's military denied that Russian forces had taken control of Toretsk."
    assert seen(text, published=date(2025, 2, 8)) == set()


def test_a_situation_under_control_is_no_ground_held(seen: Seen) -> None:
    text = "The situation in the Luhansk region is difficult, but it is fully controlled by the army."
    assert seen(text, published=date(2023, 2, 14)) == set()


def test_people_who_managed_to_flee_a_town_are_no_retreat(seen: Seen) -> None:
    text = "Amid the shelling, some 70,000 people have managed to flee from Irpin, the BBC reported."
    assert not any(e[0] == "retreat" for e in seen(text, published=date(2022, 4, 3)))


def test_a_town_that_had_been_temporarily_occupied_by_a_side_was_taken_by_it(seen: Seen) -> None:
    text = "On Saturday, the town of Slavutych had been temporarily occupied by Russian troops."
    assert seen(text, published=date(2022, 3, 28)) == {("advance", "RU", "Slavutych")}


def test_forces_moved_ahead_of_an_offensive_report_no_offensive(seen: Seen) -> None:
    text = (
        "Russia redeployed some forces to the south to bolster its ranks ahead of the Ukrainian "
        "counteroffensive in Kherson region, officials said."
    )
    assert seen(text, published=date(2022, 9, 8)) == set()


def test_the_capital_that_used_surprise_to_advance_is_the_government(seen: Seen) -> None:
    text = (
        "Kyiv likely used tactical surprise to advance at least 20km into Russian-held territory in eastern "
        "Kharkiv Oblast on September 7, the analysts wrote."
    )
    found = seen(text, published=date(2022, 9, 8))
    assert ("advance", "UA", "Kharkiv Oblast") in found and not any(e[2] == "Kyiv" for e in found)


def test_footage_showing_a_sides_forces_in_a_village_shows_its_advance(seen: Seen) -> None:
    text = "Footage geolocated by reporters showed Ukrainian forces in the village of Volokhiv Yar."
    assert seen(text, published=date(2022, 9, 8)) == {("advance", "UA", "Volokhiv Yar")}


def test_a_town_a_side_had_hoped_to_capture_was_not_captured(seen: Seen) -> None:
    text = "The commander said that Moscow's forces had hoped to capture Chasiv Yar in time for May 9."
    assert seen(text, published=date(2024, 6, 28)) == set()


def test_a_side_opening_the_next_clause_is_not_the_one_surrounded(seen: Seen) -> None:
    text = "The town of Pokrovsk is surrounded on three sides and Russian units have advanced further west."
    assert ("advance", "UA", "Pokrovsk") not in seen(text, published=date(2025, 7, 31))


def test_explosions_in_a_town_held_under_occupation_are_fire_on_the_occupier(seen: Seen) -> None:
    text = (
        "Lately there have been more and more explosions in Luhansk, which has been under Russian occupation "
        "since 2014."
    )
    assert seen(text, published=date(2023, 10, 17)) == {("strike", "UA", "Luhansk")}


def test_an_attack_on_a_depot_with_secondary_detonations_is_no_planted_bomb(seen: Seen) -> None:
    text = (
        "An attack on an ammunition depot in occupied Sorokyne, Luhansk Oblast, caused explosions and "
        "secondary detonations."
    )
    assert ("strike", "UA", "Sorokyne") in seen(text, published=date(2024, 5, 14))


def test_a_hit_confirmed_in_an_occupied_city_is_fire_from_afar(seen: Seen) -> None:
    text = "A hit at the ammunition depot at Mariupol airport was confirmed with a strong detonation."
    assert seen(text, published=date(2023, 2, 21)) == {("strike", "UA", "Mariupol")}


def test_a_toll_in_a_round_up_of_russian_fire_stays_that_fire_in_the_oblast_capital(seen: Seen) -> None:
    text = (
        "Russian strikes killed two people in the Kharkiv region overnight, officials said. Another person "
        "was killed in Kupiansk, while five were injured in Donetsk in the east, authorities said."
    )
    assert ("strike", "RU", "Donetsk") in seen(text, published=date(2024, 8, 4))


def test_an_organized_maneuver_of_the_defense_forces_is_their_withdrawal(seen: Seen) -> None:
    text = (
        "By decision of the command, units of the Defense Forces carried out an organized maneuver near the "
        "settlements of Lysivka and Sukhyi Yar."
    )
    found = seen(text, published=date(2025, 12, 8))
    assert found == {("retreat", "UA", "Lysivka"), ("retreat", "UA", "Sukhyi Yar")}


def test_a_withdrawal_to_positions_near_towns_is_not_one_from_their_oblast(seen: Seen) -> None:
    text = "Ukrainian defenders withdrew to better positions near Pokrovsk and Myrnohrad in Donetsk region."
    assert not any(e[2] == "Donetsk Oblast" for e in seen(text, published=date(2025, 12, 8)))


def test_a_drop_from_a_drone_on_a_suburb_hits_the_suburb_not_its_city(seen: Seen) -> None:
    text = "A man was killed in Antonivka, a suburb of Kherson, by an explosive drop from a Russian drone."
    assert seen(text, published=date(2024, 12, 20)) == {("strike", "RU", "Antonivka")}


def test_no_comment_on_an_attack_tells_no_attack() -> None:
    from geo.events.modality import hedge

    sentence = "There has been no immediate comment from Moscow regarding the attack on Odesa."
    assert hedge(sentence, sentence.index("attack on")) is not None  # told before, not told here


def test_a_country_after_a_region_of_is_where_not_who(seen: Seen) -> None:
    text = (
        "Russia's defence ministry claimed a tiny village in the Donetsk region of eastern Ukraine, where it "
        "has been on the offensive, making territorial gains."
    )
    assert not any(e[1] == "UA" for e in seen(text, published=date(2024, 6, 2)))


def test_a_capital_before_a_quote_of_its_advance_is_the_government(seen: Seen) -> None:
    text = "Kyiv “likely used tactical surprise to advance 20km into eastern Kharkiv Oblast,” it said."
    found = seen(text, published=date(2022, 9, 8))
    assert not any(e[2] == "Kyiv" for e in found)


def test_a_dateline_in_title_case_is_no_neighbour_a_site_must_be_near(seen: Seen) -> None:
    text = "Kyiv: Russian troops left the contaminated Chernobyl nuclear site on Friday, authorities said."
    assert seen(text, published=date(2022, 4, 1)) == {("retreat", "RU", "Chornobyl")}


def test_where_the_missiles_came_from_is_no_target(seen: Seen) -> None:
    text = (
        "Russia fired dozens of missiles at power plants overnight. The missiles came from Russia's Ryazan, "
        "Kursk and Belgorod regions, as well as the occupied Crimean peninsula."
    )
    found = {e[2] for e in seen(text, published=date(2024, 3, 29))}
    assert not found & {"Ryazan Oblast", "Kursk Oblast", "Belgorod Oblast", "Crimea"}


def test_the_region_of_an_officials_initials_is_the_oblast_under_fire(seen: Seen) -> None:
    text = (
        "Missiles hit Kramatorsk in the Donetsk region. The head of the Dnipropetrovsk RMA said that the "
        "Russian attack on the region's energy infrastructure left several towns without power."
    )
    assert ("strike", "RU", "Dnipropetrovsk Oblast") in seen(text, published=date(2022, 9, 11))


def test_a_region_that_suffered_a_massive_attack_was_struck(seen: Seen) -> None:
    found = seen("Chernihiv region suffered a massive attack by strike drones.", published=date(2025, 10, 21))
    assert found == {("strike", "RU", "Chernihiv Oblast")}


def test_a_strike_named_beats_the_damage_told_after_it_at_the_same_place(seen: Seen) -> None:
    text = (
        "On September 22, Ukraine struck the headquarters of the Russian Black Sea Fleet in Crimea, the "
        "building was damaged, and a fire broke out."
    )
    assert seen(text, published=date(2023, 9, 23)) == {("strike", "UA", "Crimea")}


def test_a_capital_that_mostly_uses_drones_is_the_government(seen: Seen) -> None:
    assert seen("Moscow mostly uses drones in these attacks but occasionally also missiles.") == set()


def test_villages_taken_on_the_border_with_an_oblast_are_not_in_it(seen: Seen) -> None:
    text = "Russian forces captured eight villages on the border with the Dnipropetrovsk region."
    assert not any(e[2] == "Dnipropetrovsk Oblast" for e in seen(text, published=date(2025, 10, 21)))


def test_a_capital_in_a_title_closing_a_quote_of_fire_does_not_put_it_in_the_oblast(seen: Seen) -> None:
    text = (
        "Guided bombs hit the centre of Kharkiv. \"The invaders are launching strikes,\" said Oleh "
        "Syniehubov, head of the Kharkiv Regional Military Administration."
    )
    assert not any(e[2] == "Kharkiv Oblast" for e in seen(text, published=date(2024, 9, 20)))


def test_russian_volunteer_soldiers_fight_on_ukraines_side(seen: Seen) -> None:
    text = "On 17 March, Russian volunteer soldiers took control of the village of Gorkovskii."
    assert seen(text, published=date(2024, 3, 17)) == {("advance", "UA", "Gorkovskiy")}


def test_a_side_in_an_editors_brackets_after_by_is_the_one_that_fired(seen: Seen) -> None:
    text = (
        "Restoration is impossible in Kupiansk due to the intensity of the shelling and the destruction "
        "caused by (Russian troops) every day, the mayor said."
    )
    assert seen(text, published=date(2025, 8, 31)) == {("strike", "RU", "Kupiansk")}


def test_a_road_blocked_at_a_village_is_no_encirclement(seen: Seen) -> None:
    text = "Eyewitnesses said the road towards Shebekino is blocked at Maslova Pristan."
    assert seen(text, published=date(2023, 6, 1)) == set()


def test_a_depot_named_after_its_town_is_struck_in_the_town(seen: Seen) -> None:
    text = "The Gubkin Oil Depot in the Belgorod Oblast was also attacked by drones at night."
    assert ("strike", "UA", "Gubkin") in seen(text, published=date(2024, 2, 15))


def test_a_sides_equipment_hit_at_occupied_airfields_was_hit_by_the_other(seen: Seen) -> None:
    text = (
        "The military had hit helicopters and Russian equipment at airfields near Berdiansk and Luhansk, the "
        "General Staff said."
    )
    found = seen(text, published=date(2023, 10, 17))
    assert {("strike", "UA", "Berdiansk"), ("strike", "UA", "Luhansk")} <= found


def test_explosions_in_the_occupied_city_of_sevastopol_are_fire_on_crimea(seen: Seen) -> None:
    text = "On March 1, explosions were reported in the temporarily occupied city of Sevastopol."
    assert seen(text, published=date(2024, 3, 3)) == {("strike", "UA", "Sevastopol")}


def test_an_attack_launched_on_a_port_is_fire_not_an_assault(seen: Seen) -> None:
    text = (
        "In a recent incident involving Shahed drones, Russian forces launched an attack on the port of Reni "
        "in the Odesa region."
    )
    assert seen(text, published=date(2023, 7, 24)) == {("strike", "RU", "Reni")}


def test_places_drones_flew_from_in_directions_listed_are_no_targets(seen: Seen) -> None:
    text = (
        "Russia attacked with two ballistic missiles from Rostov region and 152 strike drones from "
        "directions including Orel, Kursk and Primorsko-Akhtarsk."
    )
    found = {e[2] for e in seen(text, published=date(2025, 10, 7))}
    assert not found & {"Rostov Oblast", "Orël", "Kursk", "Primorsko-Akhtarsk"}


def test_a_regional_administration_telling_of_fire_on_its_citys_station_puts_none_in_the_oblast(
    seen: Seen,
) -> None:
    text = "The Sumy Regional Military Administration said the occupiers attacked the railway station."
    assert not any(e[2] == "Sumy Oblast" for e in seen(text, published=date(2025, 8, 1)))


def test_almost_the_whole_of_a_place_under_a_sides_control_is_its_advance(seen: Seen) -> None:
    text = "Almost the entire Serebryansky forest is under Russian control, a blogger wrote."
    assert seen(text, published=date(2025, 9, 20)) == {("advance", "RU", "Serebrianskyi Forest")}


def test_casualties_in_a_town_after_a_nights_attack_are_fire_there(seen: Seen) -> None:
    text = (
        "As a result of the Russian attack on the city of Dnipro overnight, two people were killed; there "
        "are also casualties in Synelnykove."
    )
    assert ("strike", "RU", "Synelnykove") in seen(text, published=date(2024, 4, 19))


def test_a_place_set_aside_with_besides_is_not_the_new_fires(seen: Seen) -> None:
    text = "Besides Lozova, Russian forces also shelled the Zaporizhzhia, Odesa and Sumy regions overnight."
    found = {e[2] for e in seen(text, published=date(2025, 8, 5))}
    assert found == {"Zaporizhzhia Oblast", "Odesa Oblast", "Sumy Oblast"}


def test_a_sides_weapon_before_the_noun_of_attack_names_the_attacker(seen: Seen) -> None:
    text = "President Zelensky reacted to the Russian drone attack on the railway station in Shostka."
    assert seen(text, published=date(2025, 10, 4)) == {("strike", "RU", "Shostka")}


def test_fire_told_after_a_colon_is_where_the_clause_after_it_says(seen: Seen) -> None:
    text = (
        "The fleet is also feeling uneasy outside Crimea: explosions were heard last night in Novorossiysk, "
        "Krasnodar Territory."
    )
    assert {e[2] for e in seen(text, published=date(2024, 5, 17))} == {"Novorossiysk"}


def test_a_regional_heads_title_puts_no_fire_in_the_oblasts_capital(seen: Seen) -> None:
    text = (
        "A ballistic missile struck Kryvyi Rih. \"About two dozen high-rise buildings were destroyed,\" "
        "Dnipropetrovsk regional head Serhiy Lysak reported."
    )
    assert not any(e[2] == "Dnipro" for e in seen(text, published=date(2025, 4, 5)))


def test_a_town_again_under_a_sides_fire_was_struck_by_it(seen: Seen) -> None:
    text = "Today Bilozerka was again under Russian fire, namely the central part of the village."
    assert seen(text, published=date(2024, 6, 4)) == {("strike", "RU", "Bilozerka")}


def test_footage_confirming_a_sides_presence_in_villages_shows_its_advance(seen: Seen) -> None:
    text = "ISW says that geolocated footage confirms Russian presence in eastern Yelizavetivka and Trudove."
    found = seen(text, published=date(2024, 11, 25))
    assert {("advance", "RU", "Yelyzavetivka"), ("advance", "RU", "Trudove")} <= found


def test_equipment_attacked_at_airfields_near_towns_is_fire_on_the_towns(seen: Seen) -> None:
    text = (
        "On Tuesday night, the Ukrainian forces attacked Russian military equipment at airfields near the "
        "occupied cities of Berdiansk and Luhansk."
    )
    found = seen(text, published=date(2023, 10, 17))
    assert found == {("strike", "UA", "Berdiansk"), ("strike", "UA", "Luhansk")}


def test_the_regional_center_struck_is_the_oblasts_city_just_named(seen: Seen) -> None:
    text = (
        "Officials in Zaporizhzhia reported a busy night. The Russians struck the regional center 13 times"
        " with "
        "guided aerial bombs."
    )
    assert seen(text, published=date(2024, 9, 29)) == {("strike", "RU", "Zaporizhzhia")}


def test_a_fire_after_an_attack_by_drones_is_their_fire(seen: Seen) -> None:
    text = (
        "The fire that broke out at an oil depot in Engels, Russia, following an attack by Ukrainian drones, "
        "has been extinguished."
    )
    assert seen(text, published=date(2025, 1, 13)) == {("strike", "UA", "Engels")}


def test_a_district_covered_with_massive_fire_was_struck(seen: Seen) -> None:
    text = "Russian occupiers covered the Tsentralnyi district of Kherson with massive fire, injuring one."
    assert seen(text, published=date(2023, 10, 31)) == {("strike", "RU", "Tsentralnyi District")}


def test_a_village_cleared_of_a_side_was_taken_by_the_other(seen: Seen) -> None:
    text = (
        "Ukrainian troops fought near Bakhmut. \"Klishchiivka was cleared of Russians,\" Oleksandr Syrsky "
        "posted on Telegram."
    )
    assert ("advance", "UA", "Klishchiivka") in seen(text, published=date(2023, 9, 18))
