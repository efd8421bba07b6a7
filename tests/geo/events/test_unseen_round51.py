"""Round 51 of unseen reporting: a side's attack that left a town in the dark is a strike on that town
("Due to the Russian attack, Kremenchuk was completely cut off from electricity")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_town_cut_off_from_power_by_a_sides_attack_was_struck(seen: Seen) -> None:
    text = (
        "Due to the Russian attack, Kremenchuk, Poltava region, was completely cut off from electricity, "
        "reported mayor Vitaliy Maletsky."
    )
    assert seen(text, published=date(2025, 10, 10)) == {("strike", "RU", "Kremenchuk")}


def test_a_town_without_power_following_a_sides_attack_was_struck(seen: Seen) -> None:
    text = (
        "On October 9, Chornomorsk in the Odesa region was completely without power following a Russian "
        "attack."
    )
    assert seen(text, published=date(2025, 10, 10)) == {("strike", "RU", "Chornomorsk")}


def test_a_sides_attack_that_darkened_nothing_named_is_no_strike_on_the_town_named(seen: Seen) -> None:
    text = "After the Russian attack, trains to Lviv were delayed by up to three hours."
    assert seen(text, published=date(2025, 10, 10)) == set()


def test_a_facility_damaged_as_a_result_of_a_massive_sides_attack_was_struck(seen: Seen) -> None:
    text = (
        "A critical infrastructure facility was damaged in Kyiv Region as a result of a massive Russian "
        "attack."
    )
    assert seen(text, published=date(2024, 4, 11)) == {("strike", "RU", "Kyiv Oblast")}


def test_a_substation_destroyed_during_the_overnight_sides_attack_was_struck(seen: Seen) -> None:
    text = "The substation in Odesa was destroyed during the overnight Russian attack."
    assert seen(text, published=date(2024, 4, 11)) == {("strike", "RU", "Odesa")}


def test_forces_that_shell_a_bridge_in_the_present_strike_it(seen: Seen) -> None:
    text = (
        "Ukrainian Armed Forces shell the Antonovka Bridge near Kherson in a chaotic and uncontrolled "
        "fashion, Kirill Stremousov said."
    )
    assert seen(text, published=date(2022, 9, 12)) == {("bridge_strike", "UA", "Antonivskyi Bridge")}


def test_a_refinery_under_attack_in_a_russian_town_is_struck_by_ukraine(seen: Seen) -> None:
    text = "\u201cThe refinery in Russian Orsk is under attack,\u201d Kovalenko said."
    assert seen(text, published=date(2025, 10, 3)) == {("strike", "UA", "Orsk")}


def test_a_minister_under_attack_is_no_strike(seen: Seen) -> None:
    text = "The defence minister in Kyiv is under attack from critics over the fortifications."
    assert seen(text, published=date(2025, 10, 3)) == set()


def test_a_headlines_side_pushed_back_from_a_town_retreated(seen: Seen) -> None:
    text = "Russian forces pushed back slightly from Ukraine's Mykolayiv, says governor"
    assert seen(text, published=date(2022, 3, 15)) == {
        ("retreat", "RU", "Mykolaiv"),
        ("advance", "UA", "Mykolaiv"),
    }


def test_forces_that_push_the_other_side_back_from_a_town_still_advance(seen: Seen) -> None:
    text = "Ukrainian forces pushed back Russian troops from Kherson."
    assert seen(text, published=date(2022, 11, 11)) == {
        ("advance", "UA", "Kherson"),
        ("retreat", "RU", "Kherson"),
    }


def test_occupiers_who_control_almost_the_entire_town_have_taken_it(seen: Seen) -> None:
    text = (
        "According to Haidai, the occupiers control almost the entire settlement of Rubizhne, but in those "
        "areas that are protected by the Ukrainian National Guard, they cannot advance for the third month."
    )
    assert seen(text, published=date(2022, 5, 14)) == {("advance", "RU", "Rubizhne")}


def test_a_sides_adjective_before_a_town_is_the_towns_country_not_the_attacker(seen: Seen) -> None:
    text = "Drones struck an oil depot in Russian Bryansk overnight, the governor said."
    assert seen(text, published=date(2025, 1, 10)) == {("strike", "UA", "Bryansk")}


def test_its_forces_are_the_speaking_sides_not_the_side_it_pressed(seen: Seen) -> None:
    text = (
        "KYIV: Russia said Wednesday it had taken control of a village in Ukraine\u2019s northeastern "
        "Kharkiv region, a westward push that is piling additional pressure on Ukrainian forces across "
        "the front line.\n\nThe defence ministry said in a statement that its forces had taken the village "
        "of Zapadne on the western bank of the Oskil River."
    )
    assert seen(text, published=date(2025, 1, 22)) == {("advance", "RU", "Zapadne")}


def test_the_left_bank_of_a_river_is_no_ground_left(seen: Seen) -> None:
    text = (
        "There are three bridges connecting the occupiers on the right and left banks of the Dnieper in this "
        "region: the Antonivskyi road and rail bridges, and the bridge over the Kakhovka dam."
    )
    assert seen(text, published=date(2022, 8, 15)) == set()


def test_the_attack_told_before_is_not_moved_to_the_governors_oblast(seen: Seen) -> None:
    text = (
        "Authorities fear up to 60 people were killed when Russian forces bombed a school in the village of "
        "Bilohorivka.\n\nThe attack happened on Saturday evening, and Serhiy Gaidai -- governor of Luhansk "
        "region -- said about 90 people were inside the school when it was hit."
    )
    assert seen(text, published=date(2022, 5, 8)) == {("strike", "RU", "Bilohorivka")}


def test_drones_made_at_the_target_name_the_side_struck_not_the_striker(seen: Seen) -> None:
    text = 'Notably, UAVs struck Yelabuga, a key location for the production of "Shahed" drones.'
    assert seen(text, published=date(2025, 6, 15)) == {("strike", "UA", "Yelabuga")}


def test_an_attack_launched_on_a_school_building_is_fire_not_an_assault(seen: Seen) -> None:
    text = (
        "The Russian troops on Friday morning launched an attack on the school building in the new district "
        "of Severodonetsk."
    )
    assert seen(text, published=date(2022, 4, 30)) == {("strike", "RU", "Sievierodonetsk")}


def test_an_attack_launched_on_a_town_is_still_an_assault(seen: Seen) -> None:
    text = "Russian troops launched an attack on Sievierodonetsk on Friday."
    assert seen(text, published=date(2022, 4, 30)) == {("advance", "RU", "Sievierodonetsk")}


def test_the_damage_a_round_up_of_shelling_tallies_is_a_strike_on_the_places_listed(seen: Seen) -> None:
    text = (
        "Residential areas in Kyiv region had been under Russian military shelling 30 times.\n\nThe biggest "
        "damage was caused to Buchansky district (Irpin, Bucha, Makariv communities)."
    )
    found = seen(text, published=date(2022, 3, 21))
    assert {("strike", "RU", "Irpin"), ("strike", "RU", "Makariv")} <= found


def test_damage_caused_by_no_weapon_after_no_fire_is_no_strike(seen: Seen) -> None:
    assert (
        seen("The biggest damage was caused to Irpin by the spring floods.", published=date(2022, 3, 21))
        == set()
    )


def test_a_bridge_blown_up_to_stop_the_other_sides_tanks_is_the_defenders(seen: Seen) -> None:
    text = (
        "Ukraine's Defence Ministry said its forces managed to stop a convoy of Russian tanks after airborne "
        "assault troops blew up a bridge over the Teteriv River at Ivankiv."
    )
    assert seen(text, published=date(2022, 2, 25)) == {("bridge_strike", "UA", "Ivankiv")}


def test_bridges_destroyed_to_slow_the_enemy_are_the_defenders(seen: Seen) -> None:
    text = (
        '"Some of key bridges across local rivers have been destroyed, including in Irpin, to slow the enemy '
        'movement down," he wrote.'
    )
    assert seen(text, published=date(2022, 2, 25)) == {("bridge_strike", "UA", "Irpin")}


def test_a_sides_missile_strikes_beside_the_other_sides_demolition_are_no_bridge_strike(seen: Seen) -> None:
    text = (
        "Ukraine said it had blown up a bridge to curb a Russian advance into the capital as gunfire and "
        "missile strikes were heard throughout Kyiv overnight."
    )
    assert seen(text, published=date(2022, 2, 25)) == {("strike", "RU", "Kyiv")}


def test_a_sides_soldiers_killed_in_the_attack_name_the_other_side_as_striker(seen: Seen) -> None:
    text = (
        "A Russian tank commander was killed in the attack in the town of Brovary, the Ukrainian military "
        "claimed."
    )
    assert seen(text, published=date(2022, 3, 10)) == {("strike", "UA", "Brovari")}


def test_ground_held_over_past_weeks_is_a_state_not_an_advance(seen: Seen) -> None:
    text = (
        "The publication writes that over the past several weeks, the Armed Forces of Ukraine controlled "
        "part of Siversk mainly with drones rather than infantry."
    )
    assert seen(text, published=date(2025, 12, 13)) == set()


def test_an_official_appointed_by_russia_names_no_striker_of_occupied_sevastopol(seen: Seen) -> None:
    text = (
        'According to the so-called "governor" of temporarily occupied Sevastopol, Mikhail Razvozhaev, '
        "appointed by the Russian Federation, the night drone attack on Sevastopol was the largest this year."
    )
    assert seen(text, published=date(2025, 5, 2)) == {("strike", "UA", "Sevastopol")}


def test_the_largest_attack_in_quotes_launched_on_a_city_is_fire(seen: Seen) -> None:
    text = (
        'Russia launched its "largest attack in recent years" on Kropyvnytskyi in Kirovohrad Oblast '
        "overnight on March 20, injuring eight people."
    )
    assert seen(text, published=date(2025, 3, 20)) == {("strike", "RU", "Kropyvnytskyi")}


def test_guided_bombs_launched_at_a_community_are_fire(seen: Seen) -> None:
    text = "From 22:35 to 22:45, the Russian Air Force launched three CABs at the Zolochiv community."
    assert seen(text, published=date(2025, 3, 15)) == {("strike", "RU", "Zolochiv")}


def test_drones_that_attack_a_city_in_the_present_are_fire(seen: Seen) -> None:
    text = "Late in the evening of April 29, Russian Shahed drones attack Kharkiv."
    assert seen(text, published=date(2025, 4, 29)) == {("strike", "RU", "Kharkiv")}


def test_drones_that_dropped_fpvs_in_a_district_are_fire_and_leaflets_are_not(seen: Seen) -> None:
    assert seen(
        "Molniya-2 drones dropped FPVs in the Kyivskyi district of Kharkiv.", published=date(2025, 10, 26)
    ) == {("strike", "RU", "Kyivskyi District")}  # (the city's own district, as where drones "hit" one)
    assert seen("Ukrainian forces dropped leaflets on Kherson.", published=date(2022, 10, 26)) == set()


def test_drones_that_attacked_moscow_are_ukraines_though_moscow_names_a_government(seen: Seen) -> None:
    assert seen(
        "On November 10, unmanned aerial vehicles attacked Moscow.", published=date(2024, 11, 10)
    ) == {("strike", "UA", "Moscow")}


def test_drones_heading_for_moscow_destroyed_are_ukraines(seen: Seen) -> None:
    text = '"At the moment, 32 drones heading for Moscow have been destroyed," Sergey Sobyanin stated.'
    assert seen(text, published=date(2024, 11, 10)) == {("strike", "UA", "Moscow")}


def test_a_side_that_has_occupied_a_place_since_long_ago_tells_a_state(seen: Seen) -> None:
    text = (
        "Russia has occupied the Zaporizhzhia plant, the largest nuclear station in Europe, since March 2022."
    )
    assert seen(text, published=date(2024, 8, 11)) == set()


def test_missiles_launched_to_attack_a_port_are_fire_not_an_assault(seen: Seen) -> None:
    text = (
        "The Russian defence ministry said that Ukraine had used air-launched missiles to attack Feodosia "
        "and that the ship had been damaged."
    )
    assert seen(text, published=date(2023, 12, 26)) == {("strike", "UA", "Feodosiya")}


def test_weapons_used_on_communities_are_fire(seen: Seen) -> None:
    text = (
        "In the Synelnykivskyi district, the enemy used guided aerial bombs and drones on the "
        "Malomykhailivka community."
    )
    assert seen(text, published=date(2025, 9, 19)) == {("strike", "RU", "Malomykhailivka")}


def test_drones_that_attempted_to_attack_a_plant_struck_at_it(seen: Seen) -> None:
    text = "Three drones attempted to attack a power plant in Kashira, the Moscow region governor said."
    assert ("strike", "UA", "Kashira") in seen(text, published=date(2024, 9, 1))


def test_loud_in_communities_after_a_report_of_fire_is_fire_and_a_loud_concert_is_not(seen: Seen) -> None:
    text = (
        'Russia attacked the Nikopol district with drones and artillery. "It was loud in the Marhanets and '
        'Myrove communities," Lysak said.'
    )
    found = seen(text, published=date(2025, 8, 7))
    assert {("strike", "RU", "Marhanets"), ("strike", "RU", "Myrove")} <= found
    assert seen("It was loud in the concert hall in Kyiv last night.", published=date(2025, 8, 7)) == set()


def test_allies_that_hit_out_at_a_leader_strike_nothing(seen: Seen) -> None:
    text = (
        "Russian strikes hit Kharkiv overnight. Meanwhile, Kyiv and its Western allies hit out at Hungarian "
        "leader Viktor Orban after Putin hosted him in Moscow."
    )
    assert seen(text, published=date(2024, 7, 6)) == {("strike", "RU", "Kharkiv")}


def test_occupied_before_a_name_after_a_name_and_and_is_whose_not_a_taking(seen: Seen) -> None:
    text = "A truck exploded on the bridge connecting Russia and occupied Crimea."
    assert ("advance", "RU", "Crimea") not in seen(text, published=date(2024, 6, 6))


def test_forces_that_attacked_and_occupied_a_town_took_it(seen: Seen) -> None:
    text = "Russian forces attacked and occupied Kupiansk on Monday."
    assert ("advance", "RU", "Kupiansk") in seen(text, published=date(2024, 6, 6))


def test_a_place_a_relative_says_was_occupied_before_the_war_is_a_backdrop(seen: Seen) -> None:
    text = (
        "Earlier on Thursday, explosions were reported in the Crimean peninsula, which Russia illegally "
        "occupied in 2014."
    )
    assert ("advance", "RU", "Crimea") not in seen(text, published=date(2024, 6, 6))


def test_a_taking_of_the_war_told_in_a_relative_stays(seen: Seen) -> None:
    text = (
        "Siversk lies 40 kilometers northwest of the city of Sievierodonetsk, which Russia captured in "
        "June 2022."
    )
    assert ("advance", "RU", "Sievierodonetsk") in seen(text, published=date(2024, 6, 6))


def test_the_de_occupied_part_of_a_region_is_no_taking(seen: Seen) -> None:
    text = "Russian troops shell the de-occupied part of the Kherson region almost every day."
    assert seen(text, published=date(2023, 6, 6)) == {("strike", "RU", "Kherson Oblast")}


def test_strikes_on_two_districts_of_kharkiv_are_two_events(seen: Seen) -> None:
    text = "Shahed drones hit the Shevchenkivskyi and Slobidskyi districts of Kharkiv overnight."
    assert seen(text, published=date(2025, 4, 29)) == {
        ("strike", "RU", "Shevchenkivskyi District"),
        ("strike", "RU", "Slobidskyi District"),
    }


def test_explosions_in_a_district_of_a_city_russia_never_held_are_russias(seen: Seen) -> None:
    text = "Explosions rocked the Shevchenkivskyi district of Kharkiv, the mayor said."
    assert seen(text, published=date(2025, 4, 29)) == {("strike", "RU", "Shevchenkivskyi District")}
