"""Round 78 of unseen reporting: strikes on the energy system told by the utilities, Russian claims told by
a spokesman, towns evacuated and surrounded, and the sides a Defence Ministry names as crushed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_gas_production_sites_shelled_are_fire_not_gas_lost(seen: Seen) -> None:
    text = "Over the past week the enemy shelled gas production sites in the Poltava region."
    assert seen(text, published=date(2025, 10, 3)) == {("strike", "RU", "Poltava Oblast")}
    # (a town that lost its gas supply still tells of no fire)
    assert seen("Kupiansk lost gas supply in the winter.", published=date(2025, 10, 3)) == set()


def test_a_plant_that_stopped_working_after_an_attack_was_struck(seen: Seen) -> None:
    text = (
        "The Trypillia power plant in the Kyiv region stopped operating after a massive Russian attack on "
        "April 11."
    )
    # (the attack is no attack stopped, repelled)
    assert seen(text, published=date(2024, 4, 12)) == {("strike", "RU", "Trypillia Thermal Power Plant")}
    # (an attack stopped is still an attack repelled, no fire)
    text = "Ukrainian troops stopped a Russian attack near Robotyne."
    assert ("strike", "RU", "Robotyne") not in seen(text, published=date(2023, 9, 1))


def test_a_forced_evacuation_from_a_town_is_no_side_driven_out(seen: Seen) -> None:
    text = "Ukrainian authorities announced a forced evacuation from Kurakhove as Russian troops drew near."
    assert not any(
        kind in ("advance", "retreat") and actor == "UA"
        for kind, actor, _ in seen(text, published=date(2024, 9, 2))
    )
    # (troops forced out of a town still lost it)
    text = "Ukrainian forces forced the Russians out of Pishchane."
    assert ("advance", "UA", "Pishchane") in seen(text, published=date(2022, 9, 12))


def test_a_town_a_side_has_surrounded_on_three_sides_is_that_sides_gain(seen: Seen) -> None:
    text = "In Myrnohrad, Russian forces have the city surrounded on three sides."
    assert seen(text, published=date(2025, 10, 20)) == {("advance", "RU", "Myrnohrad")}
    # (troops said to be surrounded on three sides are the side cut off)
    text = "Ukrainian troops in Vuhledar are surrounded on three sides."
    assert seen(text, published=date(2024, 9, 28)) == {("advance", "RU", "Vuhledar")}


def test_the_force_a_ministry_says_it_crushed_took_no_village(seen: Seen) -> None:
    text = (
        "The Russian Defence Ministry said the Centre group of forces had crushed a large Ukrainian force "
        "and liberated the village of Novohrodivka."
    )
    assert seen(text, published=date(2024, 9, 5)) == {("advance", "RU", "Novohrodivka")}


def test_the_army_a_spokesman_names_without_a_side_is_his_own(seen: Seen) -> None:
    text = (
        "Defence Ministry spokesman Igor Konashenkov told a briefing in Moscow that the army captured the "
        "Mali Shcherbaky settlement in the Zaporizhzhia region."
    )
    # (the village is placed although Moscow, where he spoke, is 900 km off)
    assert seen(text, published=date(2023, 6, 20)) == {("advance", "RU", "Mali Shcherbaky")}


def test_debris_that_fell_or_did_damage_marks_a_strike(seen: Seen) -> None:
    text = "Due to the fall of UAV fragments, power outages occurred in the Lozova district."
    assert {(kind, place) for kind, _, place in seen(text, published=date(2025, 3, 2))} == {
        ("strike", "Lozova Raion")
    }
    text = "Due to damage to power lines by UAV debris in the Myrhorod district, 270 homes lost power."
    assert {(kind, place) for kind, _, place in seen(text, published=date(2025, 3, 2))} == {
        ("strike", "Myrhorod Raion")
    }


def test_blasts_heard_in_a_list_with_a_town_named_by_its_region(seen: Seen) -> None:
    text = "Residents reported blasts heard in Poltava, Kharkiv's Chuhuiv and Kremenchuk."
    assert seen(text, published=date(2025, 10, 16)) == {
        ("strike", "RU", "Poltava"),
        ("strike", "RU", "Chuhuiv"),
        ("strike", "RU", "Kremenchuk"),
    }


def test_residents_of_a_town_killed_by_fire_were_hit_there(seen: Seen) -> None:
    text = "Russian shelling killed two residents of Kostiantynivka on Tuesday."
    assert seen(text, published=date(2025, 8, 5)) == {("strike", "RU", "Kostiantynivka")}
    # (soldiers who were residents of a region far off were not hit at home)
    text = "Ukrainian strikes killed 40 soldiers, most of them mobilized residents of the Samara region."
    assert ("strike", "UA", "Samara Oblast") not in seen(text, published=date(2024, 1, 3))


def test_ground_lost_in_a_comparison_is_no_loss_of_a_place(seen: Seen) -> None:
    text = (
        "Ukrainian commanders say they have retaken more ground this year than they have lost, cutting the "
        "roads to Crimea."
    )
    assert not any(kind in ("advance", "retreat") for kind, _, _ in seen(text, published=date(2026, 6, 1)))


def test_the_capital_that_relies_on_drones_is_no_target(seen: Seen) -> None:
    text = "Moscow relies on infiltration, drones and glide bombs to wear the town down."
    assert seen(text, published=date(2025, 9, 27)) == set()


def test_debris_recorded_in_the_capitals_districts(seen: Seen) -> None:
    text = (
        "Russia attacked Kyiv with drones overnight. Falling debris was recorded in the Obolonskyi and "
        "Darnytskyi districts. Remains of Russian UAVs were also found in the Holosiivskyi district."
    )
    events = seen(text, published=date(2024, 7, 8))
    assert {
        ("strike", "RU", f"{name} District") for name in ("Obolonskyi", "Darnytskyi", "Holosiivskyi")
    } <= (events)


def test_the_capitals_oblast_and_the_country_of_the_capital_are_no_side(seen: Seen) -> None:
    text = "On the night of May 23, Kyiv Oblast came under a massive drone and missile attack."
    assert seen(text, published=date(2025, 5, 23)) == {("strike", "RU", "Kyiv Oblast")}
    text = "In the capital of Ukraine, debris fell in the Dniprovskyi district of Kyiv after a drone attack."
    assert ("strike", "UA", "Dniprovskyi District") not in seen(text, published=date(2024, 10, 21))


def test_a_city_then_its_own_oblast_is_the_city_and_the_oblast(seen: Seen) -> None:
    text = "Russia launched a massive missile strike against Kyiv, Kyiv Oblast, and Kharkiv on January 2."
    assert seen(text, published=date(2024, 1, 2)) == {
        ("strike", "RU", "Kyiv"),
        ("strike", "RU", "Kyiv Oblast"),
        ("strike", "RU", "Kharkiv"),
    }


def test_a_district_told_first_then_the_homes_damaged_in_it(seen: Seen) -> None:
    text = (
        "Russian drones attacked the Kyiv region overnight. In the Fastiv district, 12 private houses, two "
        "garages and a shop were damaged. In the Obukhiv district, grass burned in a field as a result of "
        "falling debris."
    )
    events = seen(text, published=date(2025, 8, 8))
    assert ("strike", "RU", "Fastiv Raion") in events
    assert ("strike", "RU", "Obukhiv Raion") in events


def test_a_country_fired_upon_by_missiles_is_their_target_not_their_side(seen: Seen) -> None:
    text = (
        "Russia attacked Kyiv on Monday morning. President Zelensky said that Ukraine was fired upon by more "
        "than 40 missiles of various types. Falling debris was recorded in the Shevchenkivskyi district."
    )
    events = seen(text, published=date(2024, 7, 8))
    assert ("strike", "RU", "Shevchenkivskyi District") in events
    assert not any(actor == "UA" for _, actor, _ in events)


def test_a_ukrainian_spokesman_speaks_for_ukraine(seen: Seen) -> None:
    text = (
        "TASS reported that the Russian Defence Ministry had pulled troops back to more advantageous lines. "
        '"Stabilising measures continue in the villages of Yampil and Stavky, which have been liberated," '
        "Cherevatyi said."
    )
    # (the liberation is the side's of the spokesman who tells it, not of the ministry named before)
    assert seen(text, published=date(2022, 10, 1)) == {
        ("advance", "UA", "Yampil’"),
        ("advance", "UA", "Stavky"),
    }


def test_thousands_of_troops_that_fled_a_town_are_no_civilians(seen: Seen) -> None:
    text = "Thousands of Russian troops fled Balakliia last weekend."
    assert seen(text, published=date(2022, 9, 12)) == {("retreat", "RU", "Balakliia")}
    assert seen("Thousands of residents fled Bakhmut.", published=date(2023, 1, 2)) == set()


def test_positions_held_by_a_side_that_were_lost_are_that_sides_loss(seen: Seen) -> None:
    text = "Defensive positions held by Ukraine inside Niu-York were lost this week."
    assert ("advance", "RU", "Niu-York") in seen(text, published=date(2024, 8, 1))


def test_a_drone_of_a_sides_armed_forces_that_attempted_an_attack_is_that_sides_strike(seen: Seen) -> None:
    text = "A drone of the Armed Forces of Ukraine (AFU) attempted to attack the Kursk region overnight."
    assert seen(text, published=date(2024, 5, 3)) == {("strike", "UA", "Kursk Oblast")}


def test_the_country_a_region_borders_is_no_side_of_its_air_defence(seen: Seen) -> None:
    text = (
        "The governor of the Belgorod region, also bordering Ukraine, said the local air defence had "
        "destroyed a drone over the region."
    )
    assert seen(text, published=date(2024, 5, 3)) == {("strike", "UA", "Belgorod Oblast")}


def test_the_side_named_right_before_advances_is_theirs(seen: Seen) -> None:
    text = (
        "Lying 6 kilometres south of Toretsk, a Ukrainian stronghold, Pivdenne has been a target for Russian "
        "advances since June."
    )
    assert ("advance", "RU", "Pivdenne") in seen(text, published=date(2024, 9, 20))
    assert not any(actor == "UA" for _, actor, _ in seen(text, published=date(2024, 9, 20)))


def test_a_sides_supply_lines_gain_no_foothold(seen: Seen) -> None:
    text = (
        "In recent weeks Russian forces flanked Vuhledar, threatening Ukrainian supply lines and gaining a "
        "foothold in the town."
    )
    assert ("advance", "RU", "Vuhledar") in seen(text, published=date(2024, 9, 20))
    assert not any(actor == "UA" for _, actor, _ in seen(text, published=date(2024, 9, 20)))


def test_losses_of_occupiers_are_men_not_ground(seen: Seen) -> None:
    text = "Explosions in Melitopol: losses of Russian occupiers"
    assert not any(kind == "advance" for kind, _, _ in seen(text, published=date(2023, 5, 1)))


def test_the_soldiers_a_side_isolated_cleared_nothing(seen: Seen) -> None:
    text = (
        "Ukrainian troops retook control of northern Kupiansk after isolating roughly 200 Russian soldiers "
        "and clearing Russian positions in the forests."
    )
    assert seen(text, published=date(2025, 12, 20)) == {("advance", "UA", "Kupiansk")}


def test_what_attacks_a_side_weathered_damaged_is_the_other_sides_strike(seen: Seen) -> None:
    text = (
        "Russia has weathered waves of drone attacks in recent months that have sporadically damaged "
        "buildings, including in Moscow."
    )
    assert seen(text, published=date(2023, 9, 20)) == {("strike", "UA", "Moscow")}


def test_lives_people_ships_and_ruins_are_no_ground_and_no_fire(seen: Seen) -> None:
    published = date(2024, 7, 1)
    assert (
        seen("The occupiers had taken the life of another resident of Beryslav.", published=published)
        == set()
    )
    assert seen("An ambulance took Kherson residents to the hospital.", published=published) == set()
    assert seen("The blockade leaves 60 vessels blocked in Mykolaiv.", published=published) == set()
    text = "A video showed soldiers resting in a half-destroyed building in Blahodatne."
    assert seen(text, published=published) == set()
    text = "The Russian airborne forces used 200 helicopters to land in Hostomel, the ministry said."
    assert not any(kind == "strike" for kind, _, _ in seen(text, published=date(2022, 2, 25)))


def test_a_capital_cited_as_the_source_is_no_target(seen: Seen) -> None:
    text = "According to Moscow, Russian air defences destroyed 105 Ukrainian drones overnight over Russia."
    assert not any(place == "Moscow" for _, _, place in seen(text, published=date(2025, 5, 7)))


def test_troops_that_remain_surrounded_are_the_side_cut_off(seen: Seen) -> None:
    text = (
        "Russian invaders in the city of Kupiansk remain surrounded — the Ukrainian Defence Forces continue "
        "to clear them out."
    )
    assert seen(text, published=date(2025, 12, 28)) == {("advance", "UA", "Kupiansk")}


def test_advances_prevented_failed_attempts_and_lies_move_no_line(seen: Seen) -> None:
    published = date(2025, 12, 28)
    text = "Ukrainian forces are effectively preventing Russian military advances on Pokrovsk and Myrnohrad."
    assert not any(kind == "advance" for kind, _, _ in seen(text, published=published))
    text = "The Russian invaders were unable to surround the Ukrainian defenders in Kupiansk."
    types = ("advance", "retreat", "contact")
    assert seen(text, types=types, published=published) == {("contact", "UA", "Kupiansk")}
    text = "Tregubov noted that Putin had previously lied that Ukrainians in Kupiansk were surrounded."
    assert seen(text, published=published) == set()
    # (a town described as all but cut off is no taking by the side of the clause before)
    text = "Ukraine says Russia has not cut the roads to and from the almost encircled town of Myrnohrad."
    assert not any(actor == "UA" and kind == "advance" for kind, actor, _ in seen(text, published=published))


def test_the_side_a_failed_encirclement_aimed_at_is_no_subject_of_the_loss_after(seen: Seen) -> None:
    text = (
        "Tregubov confirmed that the Russian invaders were not only unable to surround the Ukrainian "
        "defenders in Kupiansk, but were also gradually losing control of the city."
    )
    assert ("advance", "UA", "Kupiansk") in seen(text, published=date(2025, 12, 20))
    assert not any(
        actor == "RU" and kind == "advance" for kind, actor, _ in seen(text, published=date(2025, 12, 20))
    )


def test_a_town_almost_entirely_under_a_sides_control_is_its_gain(seen: Seen) -> None:
    text = "Siversk itself is now almost entirely under Russian control."
    assert seen(text, published=date(2025, 12, 20)) == {("advance", "RU", "Siversk")}
    # (held, with no degree told, is no gain)
    assert seen("Kupiansk is under Russian control.", published=date(2025, 12, 20)) == set()


def test_a_tally_goes_on_past_the_drones_en_route_to_a_city(seen: Seen) -> None:
    text = (
        '"Air defences destroyed 40 Ukrainian drones overnight: 20 over the territory of the Bryansk Region, '
        "four over the territory of the Moscow Region, including two en route to Moscow, three over the "
        'territory of the Lipetsk Region and one over the territory of the Smolensk Region."'
    )
    found = seen(text, published=date(2025, 1, 2))
    assert {
        ("strike", "UA", f"{name} Oblast") for name in ("Bryansk", "Moscow", "Lipetsk", "Smolensk")
    } <= found


def test_regions_that_saw_drones_destroyed_were_struck_at(seen: Seen) -> None:
    text = (
        "In the Novgorod region, air defences deflected an attack by two UAVs, while the Pskov and Rostov "
        "regions each saw the destruction of three drones."
    )
    found = seen(text, published=date(2025, 1, 2))
    assert {("strike", "UA", "Pskov Oblast"), ("strike", "UA", "Rostov Oblast")} <= found


def test_the_capital_that_opens_a_list_of_oblasts_is_its_oblast_not_a_side(seen: Seen) -> None:
    text = (
        "The main targets were Kyiv, Kharkiv, Vinnytsia and Odesa oblasts, with 27 missiles and 31 strike "
        "drones hitting 27 locations."
    )
    found = seen(text, published=date(2026, 2, 3))
    assert ("strike", "RU", "Kyiv Oblast") in found
    assert not any(actor == "UA" for _, actor, _ in found)


def test_a_plant_named_after_the_capital_is_no_side(seen: Seen) -> None:
    text = "Ukrhydroenergo said the Kyiv HPP was hit and damaged as a result of the shelling."
    assert not any(actor == "UA" for _, actor, _ in seen(text, published=date(2024, 8, 26)))


def test_air_targets_destroyed_in_and_around_a_city_were_an_attack_on_it(seen: Seen) -> None:
    text = (
        "Popko said Ukrainian air defence systems destroyed over 20 Russian air targets in and around Kyiv."
    )
    assert seen(text, published=date(2023, 6, 6)) == {("strike", "RU", "Kyiv")}


def test_the_capital_is_the_capital_named_before(seen: Seen) -> None:
    text = (
        "Klitschko said Kyiv was attacked overnight. Explosions were also heard during an air raid alert in "
        "the capital's south."
    )
    assert seen(text, published=date(2025, 7, 31)) == {("strike", "RU", "Kyiv")}
    text = "Air raid sirens sounded across Kyiv at night. Later, explosions were heard in the capital."
    assert seen(text, published=date(2025, 7, 31)) == {("strike", "RU", "Kyiv")}
    # (a capital named right after its title is no reference back)
    text = "Russian forces were in retreat near the capital Kyiv and the city of Chernihiv."
    assert ("retreat", "RU", "Chernihiv") in seen(text, published=date(2022, 4, 2))
