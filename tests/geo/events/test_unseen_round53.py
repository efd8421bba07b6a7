"""Round 53 of unseen reporting: the Azov coast of 2014-2015 (named units, "pro-Russian rebels", a town taken
by a participle), and regional officials' lists of communities by district."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py

AUGUST_2014 = date(2014, 8, 31)


def test_pro_russian_rebels_are_russias_side(seen: Seen) -> None:
    text = "Pro-Russian rebels shelled the checkpoint outside Mariupol overnight."
    assert seen(text, published=AUGUST_2014) == {("strike", "RU", "Mariupol")}
    # ... while Russians who fight for Ukraine stay Ukraine's
    assert seen("Russian rebels shelled Tetkino.", published=date(2024, 3, 14)) == {
        ("strike", "UA", "Tëtkino")
    }


def test_advancing_describes_the_side_after_it(seen: Seen) -> None:
    text = "Ukrainian soldiers in Mariupol dug trenches against advancing pro-Russian rebels."
    assert seen(text, published=AUGUST_2014) == {("advance", "RU", "Mariupol")}
    # ("advancing in Ukraine's Donetsk Oblast": a place after it, not a side)
    text = "Toretsk is a hot spot as Russian troops continue advancing in Ukraine's Donetsk Oblast."
    assert seen(text, published=date(2024, 8, 31)) == {("advance", "RU", "Donetsk Oblast")}


def test_a_town_taken_by_a_participle(seen: Seen) -> None:
    text = "The pro-Moscow forces opened a new front on the coast last week, taking the town of Novoazovsk."
    assert seen(text, published=AUGUST_2014) == {("advance", "RU", "Novoazovs'k")}
    # (not "taking shelter", nor a side's word after it)
    assert (
        seen("Residents were taking shelter in Mariupol, after taking Kyiv's advice.", published=AUGUST_2014)
        == set()
    )


def test_bracing_for_an_attack_is_no_attack(seen: Seen) -> None:
    text = "Ukrainian forces and residents in Mariupol braced for attack on Sunday, officials said."
    assert seen(text, published=AUGUST_2014) == set()


def test_a_named_battalion_speaks_for_ukraine(seen: Seen) -> None:
    text = "The Azov Battalion said it had taken the town of Shyrokyne on Tuesday."
    assert seen(text, published=date(2015, 2, 10)) == {("advance", "UA", "Shyrokyne")}


def test_the_communities_of_a_district_are_where_the_damage_was(seen: Seen) -> None:
    text = (
        "In the Pokrovske and Mezhova communities of the Synelnykove district, homes and vehicles were "
        "damaged by Russian shelling."
    )
    assert seen(text, published=date(2026, 2, 23)) == {
        ("strike", "RU", "Pokrovske"),
        ("strike", "RU", "Mezhova"),
    }
    text = (
        "In Nikopol, as well as the Marhanets and Myrove communities of the Nikopol district, houses were "
        "damaged by Russian shelling."
    )
    assert seen(text, published=date(2026, 2, 23)) == {
        ("strike", "RU", "Nikopol"),
        ("strike", "RU", "Marhanets"),
        ("strike", "RU", "Myrove"),
    }


def test_a_mayors_city_is_the_city(seen: Seen) -> None:
    text = "Yuriy Fomichev, Mayor of Slavutych, has said that the city is occupied by Russian armed units."
    assert seen(text, published=date(2022, 3, 26)) == {("advance", "RU", "Slavutych")}
    # ... while a governor's seat is not the town his report tells of
    text = "Vyacheslav Gladkov, the governor of Belgorod, said the fire was directed at the town."
    assert seen(text, published=date(2023, 5, 22)) == set()


def test_illegal_armed_formations_are_kyivs_word_for_the_other_side(seen: Seen) -> None:
    text = (
        "Illegal armed formations have fired the residential sector of Popasna town, police said on Sunday."
    )
    assert seen(text, published=date(2017, 5, 8)) == {("strike", "RU", "Popasna")}
    text = "In addition, illegal armed formations shelled the JFO units outside Hnutove, using 82mm mortars."
    assert seen(text, published=date(2018, 9, 24)) == {("strike", "RU", "Hnutove")}


def test_drones_that_crashed_into_homes_struck(seen: Seen) -> None:
    text = "In Rostov-on-Don itself, two Ukrainian drones crashed into private homes, injuring a minor."
    assert seen(text, published=date(2025, 10, 21)) == {("strike", "UA", "Rostov-on-Don")}
    # (homes lost are still no fire: "residents of Rostov-on-Don lost their homes" names none)
    assert (
        seen("Many residents of Rostov-on-Don lost their homes in the flood.", published=date(2025, 10, 21))
        == set()
    )


def test_a_village_cleared_on_a_citys_axis(seen: Seen) -> None:
    text = "On the Zaporizhzhia axis, Ukrainian forces cleared the village of Ternuvate of Russian troops."
    assert seen(text, published=date(2026, 2, 8)) == {("advance", "UA", "Ternuvate")}


def test_the_rf_armed_forces_are_russias(seen: Seen) -> None:
    text = "The RF Armed Forces liberated Bakhmutskoye, the headquarters said in a statement on Monday."
    assert seen(text, published=date(2023, 1, 9)) == {("advance", "RU", "Bakhmutske")}


def test_the_side_that_lost_to_an_attack_was_hit(seen: Seen) -> None:
    text = (
        "According to intelligence, the Russians lost 1.5 million tons of oil as a result of the attack on "
        "the Novoshakhtynsky oil refinery."
    )
    assert seen(text, published=date(2024, 6, 10)) == {("strike", "UA", "Novoshakhtinsk")}


def test_a_sides_positions_shelled_were_hit_by_the_other(seen: Seen) -> None:
    text = "Ceasefire threatened after Ukrainian positions shelled outside Mariupol"
    assert seen(text, published=date(2014, 9, 7)) == {("strike", "RU", "Mariupol")}
    assert seen("Russian positions near Robotyne were hit by artillery.", published=date(2023, 8, 1)) == {
        ("strike", "UA", "Robotyne")
    }


def test_a_defence_broken_is_the_other_sides(seen: Seen) -> None:
    text = (
        "Units of the National Guard of Ukraine have burst through the militants’ defense and have launched "
        "an offensive near the city of Mariupol."
    )
    assert seen(text, published=date(2015, 2, 10)) == {("advance", "UA", "Mariupol")}


def test_volunteer_battalions_by_name_are_ukraines(seen: Seen) -> None:
    text = "Battalion Azov advances and liberates four settlements near Mariupol"
    assert seen(text, published=date(2015, 2, 11)) == {("advance", "UA", "Mariupol")}
    text = "Units of the Donbas battalion, sweeping roadblocks of terrorists, entered the town of Ilovaisk."
    assert seen(text, published=date(2014, 8, 19)) == {("advance", "UA", "Ilovaisk")}


def test_kyivs_terrorists_of_2014_are_russias_side(seen: Seen) -> None:
    text = "The terrorists opened fire at the checkpoint near Shchastia on Tuesday."
    assert seen(text, published=date(2014, 8, 19)) == {("strike", "RU", "Shchastya")}
    # ... and Moscow's "Kiev regime terrorists" are Ukraine's
    assert seen("The Kiev regime terrorists shelled Horlivka.", published=date(2015, 2, 10)) == {
        ("strike", "UA", "Horlivka")
    }


def test_fire_from_one_town_at_another_hit_the_other(seen: Seen) -> None:
    text = (
        "The terrorists have been launching a number of artillery barrages from Debaltsevo towards Mariupol."
    )
    assert seen(text, published=date(2015, 2, 11)) == {("strike", "RU", "Mariupol")}
    text = "On Wednesday the terrorists started shelling the city of Popasna from the city of Irmino."
    assert seen(text, published=date(2014, 10, 22)) == {("strike", "RU", "Popasna")}


def test_settlements_shelled_round_the_clock_after_liberation_were_shelled(seen: Seen) -> None:
    text = (
        "The Russians continue to destroy village after village in the Luhansk Region, in particular "
        "shelling, "
        "round-the-clock de-occupied settlements of Nevske and Novoselivske."
    )
    found = seen(text, published=date(2023, 2, 11))
    assert {("strike", "RU", "Nevske"), ("strike", "RU", "Novoselivske")} <= found
    assert not any(kind == "advance" for kind, _, _ in found)


def test_a_bridge_blown_to_shield_a_city_is_on_its_river(seen: Seen) -> None:
    text = "Ukrainians blew up a bridge across the Irpin River to prevent an enemy breakthrough toward Kyiv."
    assert seen(text, published=date(2022, 3, 1)) == {("bridge_strike", "UA", "Irpin River")}
    # ... while a town named before the crossing still says where it is
    text = (
        "Russian invaders are trying to cut off the path to Sievierodonetsk, so they blew up the second of "
        "the three bridges across the Siverskyi Donets River."
    )
    assert seen(text, published=date(2022, 6, 12)) == {("bridge_strike", "RU", "Sievierodonetsk")}


def test_a_dam_demolished_on_the_spot_is_not_fire_on_held_ground(seen: Seen) -> None:
    text = "At the same time, the military blew up a dam at the entrance to Demydiv, near Kozarovychi."
    assert seen(text, published=date(2022, 5, 6)) == {("bridge_strike", "unknown", "Kozarovychi")}


def test_a_dam_by_its_ukrainian_adjective(seen: Seen) -> None:
    text = "A Russian strike hit the Pechenizka Dam on Sunday, Kharkiv's governor said."
    assert seen(text, published=date(2025, 12, 7)) == {("bridge_strike", "RU", "Pechenihy Dam")}


def test_the_places_among_the_liberated_settlements_were_liberated(seen: Seen) -> None:
    text = "Among the liberated settlements are Vysokopolye, Novovoznesenskoye and Mirolyubovka."
    assert seen(text, published=date(2022, 9, 12)) == {
        ("advance", "UA", "Vysokopillya"),
        ("advance", "UA", "Novovoznesenske"),
        ("advance", "UA", "Myroliubivka"),
    }
    # ... while villages described are still no news
    assert (
        seen("The three liberated villages are all located south of Pokrovsk.", published=date(2024, 9, 1))
        == set()
    )


def test_control_returned_over_settlements(seen: Seen) -> None:
    text = "Near Kreminna, the Armed Forces returned control over the settlements of Nevske and Novosadove."
    assert seen(text, published=date(2022, 10, 25)) == {
        ("advance", "UA", "Nevske"),
        ("advance", "UA", "Novosadove"),
    }


def test_civilians_killed_in_the_places_listed_after_a_colon(seen: Seen) -> None:
    text = (
        "Kyrylenko reported that Russian forces killed three civilian residents of Donetsk Oblast on 6 "
        "September: in Heorhiivka, Krasnohorivka and Paraskoviivka."
    )
    assert seen(text, published=date(2022, 9, 7)) == {
        ("strike", "RU", "Heorhiivka"),
        ("strike", "RU", "Krasnohorivka"),
        ("strike", "RU", "Paraskoviivka"),
    }


def test_soldiers_brought_across_a_river(seen: Seen) -> None:
    text = (
        "The Ukrainian military says it has brought soldiers across the Oskil River and formed a bridgehead."
    )
    assert seen(text, published=date(2022, 9, 18)) == {("advance", "UA", "Oskil")}


def test_shelling_that_left_a_man_trapped_took_no_ground(seen: Seen) -> None:
    text = "In the Kharkiv region overnight Russian shelling left a man trapped under rubble, officials say."
    assert seen(text, published=date(2024, 4, 13)) == {("strike", "RU", "Kharkiv Oblast")}


def test_an_oblast_south_of_a_capital_is_where_the_fire_was(seen: Seen) -> None:
    text = (
        "A Ukrainian drone attack triggered a fire late on Friday in Russia’s Kaluga region south of Moscow."
    )
    assert seen(text, published=date(2025, 1, 18)) == {("strike", "UA", "Kaluga Oblast")}


def test_a_capital_that_stepped_up_its_shelling_is_its_government(seen: Seen) -> None:
    text = "Kyiv has greatly stepped up its shelling of Russian rear command centers in recent weeks."
    assert seen(text, published=date(2023, 7, 12)) == set()


def test_russians_fighting_with_ukraine_are_ukraines_side(seen: Seen) -> None:
    text = "A group of Russian volunteer forces fighting with Ukraine have captured the village of Tyotkino."
    assert seen(text, published=date(2024, 3, 12)) == {("advance", "UA", "Tëtkino")}
    text = (
        "The Freedom of Russia Legion posted a video of its fighters in Tyotkino, which the militia group "
        "claimed to have captured earlier this week."
    )
    assert seen(text, published=date(2024, 3, 14)) == {("advance", "UA", "Tëtkino")}
    text = "The legion also reports on the liberation of the village of Kozinka, near the border."
    assert seen(text, published=date(2023, 5, 22)) == {("advance", "UA", "Kozinka")}


def test_a_group_that_entered_russia_came_from_ukraine(seen: Seen) -> None:
    text = (
        "Saboteurs from Ukraine entered the territory of the Klimovsky district in the village of Lubechany."
    )
    assert seen(text, published=date(2023, 3, 2)) == {("advance", "UA", "Lyubechane")}
    text = "In the morning, a sabotage group entered the territory of the Bryansk region of Russia."
    assert seen(text, published=date(2023, 3, 2)) == {("advance", "UA", "Bryansk Oblast")}
    # (residents taken hostage is no ground taken)
    assert (
        seen(
            "About 50 saboteurs took residents of the village of Sushany hostage.", published=date(2023, 3, 2)
        )
        == set()
    )


def test_orcs_are_the_invaders(seen: Seen) -> None:
    assert seen("The orcs captured the village of Pishchane on Tuesday.", published=date(2024, 6, 10)) == {
        ("advance", "RU", "Pishchane")
    }


def test_artillery_support_of_an_advance_is_no_strike(seen: Seen) -> None:
    text = "Ukrainian troops have advanced in the direction of Mala Tokmachka using artillery support."
    assert seen(text, published=date(2023, 6, 23)) == {("advance", "UA", "Mala Tokmachka")}


def test_a_boat_crossing_a_river_is_no_crossing_struck(seen: Seen) -> None:
    text = (
        "The Russian army attacked an evacuation boat with civilians crossing the Dnipro River near Kherson."
    )
    assert seen(text, published=date(2023, 6, 10)) == {("strike", "RU", "Kherson")}


def test_the_aftermath_of_a_dams_destruction_is_backdrop(seen: Seen) -> None:
    text = (
        "KYIV: Russian forces shelled the flood-stricken city of Kherson on Thursday, hours after Zelensky "
        "visited the city to witness the aftermath of the destruction of a dam on the Dnipro River."
    )
    assert seen(text, published=date(2023, 6, 10)) == {("strike", "RU", "Kherson")}


def test_fire_on_a_town_ukraine_held_on_the_line_of_2014_is_russias_side(seen: Seen) -> None:
    text = "Thirty civilians were killed in missile attacks Saturday on Mariupol, officials said."
    assert seen(text, published=date(2015, 1, 25)) == {("strike", "RU", "Mariupol")}
    text = "The northern Donetsk regional towns of Maryinka and Kurakhovo were also bombarded, police said."
    assert seen(text, published=date(2015, 1, 25)) == {
        ("strike", "RU", "Marinka"),
        ("strike", "RU", "Kurakhove"),
    }


def test_a_works_named_for_the_arm_it_builds_for_is_in_its_city(seen: Seen) -> None:
    text = "On Friday, November 17, a drone attacked the Smolensk Aviation Plant."
    assert seen(text, published=date(2023, 11, 18)) == {("strike", "UA", "Smolensk")}


def test_border_tallies_with_a_guess_at_the_weapon(seen: Seen) -> None:
    text = (
        "Novhorod-Siverska community: in the direction of Hremyach village - four arrivals, probably the "
        "dropping of explosive devices from a UAV, and three arrivals, probably FPV drones."
    )
    assert seen(text, published=date(2024, 9, 16)) == {("strike", "RU", "Hremiach")}
    # ... and the machine translation's "parishes" for the hits
    text = (
        "Snovska community: six parishes in the direction of Yeline village, probably from a 120-mm mortar."
    )
    assert seen(text, published=date(2024, 9, 16)) == {("strike", "RU", "Yeline")}
    # (a guess at what will happen still hedges: "will probably")
    assert seen("Russian forces will probably attack Hremyach village.", published=date(2024, 9, 16)) == set()


def test_missiles_seen_on_their_way_hit_nothing_there(seen: Seen) -> None:
    text = "The Russian missiles were also spotted in Vinnytsia and Odesa while air defenses were active."
    assert seen(text, published=date(2022, 10, 22)) == set()
    assert seen("Russian missiles hit Vinnytsia overnight.", published=date(2022, 10, 22)) == {
        ("strike", "RU", "Vinnytsia")
    }


def test_a_surrounded_city_named_after_a_preposition_is_described(seen: Seen) -> None:
    text = "In surrounded Mariupol, a unit of the 36th Marine Brigade managed to join the Azov regiment."
    assert seen(text, published=date(2022, 4, 13)) == set()
    assert seen("Ukrainian troops were surrounded in Mariupol.", published=date(2022, 4, 13)) == {
        ("advance", "RU", "Mariupol")
    }


def test_a_foothold_the_occupiers_had_tried_to_establish_was_not_taken(seen: Seen) -> None:
    text = "Ukrainian forces liberated Novomlynsk, where the occupiers had tried to establish a foothold."
    assert seen(text, published=date(2024, 12, 6)) == {("advance", "UA", "Novomlynsk")}
    # ... while "had to" still tells what was done
    assert seen("Ukrainian troops had to withdraw from Novomlynsk.", published=date(2024, 12, 6)) == {
        ("retreat", "UA", "Novomlynsk")
    }


def test_bombers_over_a_city_launched_from_it(seen: Seen) -> None:
    text = "Russia fired cruise missiles from Tu-95MS bombers over the Caspian Sea and the Engels city area."
    assert seen(text, published=date(2023, 8, 30)) == set()


def test_an_attack_that_targeted_a_station(seen: Seen) -> None:
    text = (
        "At least 39 people were killed Friday in the attack, which targeted a railway station in Kramatorsk."
    )
    assert seen(text, published=date(2022, 4, 8)) == {("strike", "RU", "Kramatorsk")}
