"""Round 77 of unseen reporting: the fronts of Dnipropetrovsk and Zaporizhzhia oblasts in 2025, claims of
towns approached and surrounded, and the lines a side broke through."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_troops_that_have_approached_a_town_advanced_on_it(seen: Seen) -> None:
    text = "Putin said the Russian Armed Forces have approached Gulyaipole in the Zaporizhzhia region."
    assert seen(text, published=date(2025, 11, 27)) == {("advance", "RU", "Hulyaypole")}
    text = "The enemy is rapidly approaching the outskirts of Pokrovsk, the city's administration said."
    assert seen(text, published=date(2024, 8, 20)) == {("advance", "RU", "Pokrovsk")}
    # (a drone that approached a city is in flight, no advance)
    assert seen("A Russian drone approached Kharkiv from the north.", published=date(2024, 8, 20)) == set()


def test_towns_surrounded_in_a_clause_of_their_own_by_the_side_outside_them(seen: Seen) -> None:
    text = (
        "Moscow says Toretsk is under Russian control, while Pokrovsk and Myrnohrad are completely "
        "surrounded."
    )
    events = seen(text, published=date(2025, 3, 1))
    # (the side named in the clause before is not the side surrounded: Ukraine held both towns)
    assert ("advance", "RU", "Pokrovsk") in events
    assert ("advance", "RU", "Myrnohrad") in events
    assert not any(actor == "UA" for _, actor, _ in events)


def test_the_side_whose_defences_were_broken_is_not_the_side_advancing(seen: Seen) -> None:
    text = (
        "Russian troops have broken through the defences of the Ukrainian Armed Forces in the Zaporizhzhia "
        "region and are advancing at a rapid pace."
    )
    assert seen(text, published=date(2025, 11, 27)) == {("advance", "RU", "Zaporizhzhia Oblast")}


def test_a_defence_ministry_tally_a_line_per_region(seen: Seen) -> None:
    text = (
        "Russian Ministry of Defense:\n\n"
        "Overnight, air defence forces intercepted and destroyed 19 Ukrainian UAVs:\n"
        "9 – over the territory of Kursk region,\n"
        "6 – over the territory of Belgorod region,\n"
        "3 – over the territory of the Moscow region, including 2 UAVs flying towards Moscow,\n"
        "4 – over the territory of Voronezh region."
    )
    assert seen(text, published=date(2025, 6, 1)) == {
        ("strike", "UA", f"{name} Oblast") for name in ("Kursk", "Belgorod", "Moscow", "Voronezh")
    } | {("strike", "UA", "Moscow")}


def test_aircraft_type_drones_are_drones_downed_in_the_air(seen: Seen) -> None:
    text = (
        "Air defence forces of the Russian Defence Ministry destroyed two more aircraft-type UAVs over the "
        "Belgorod region."
    )
    assert seen(text, published=date(2024, 1, 2)) == {("strike", "UA", "Belgorod Oblast")}


def test_the_attack_a_shoot_down_was_part_of_is_the_downed_drones_sides(seen: Seen) -> None:
    text = (
        "Ukrainian forces shot down 17 Russian drones over the Odesa region, in an attack that damaged "
        "warehouses in the port town of Izmail, the governor said."
    )
    # (the oblast is where the town is: one pin)
    assert seen(text, published=date(2023, 9, 4)) == {("strike", "RU", "Izmail")}


def test_forces_that_inch_or_fight_their_way_toward_a_town_advance_on_it(seen: Seen) -> None:
    assert seen("Russian troops inched closer to Chasiv Yar.", published=date(2024, 4, 1)) == {
        ("advance", "RU", "Chasiv Yar")
    }
    text = "Russian troops are fighting towards the key logistics hub of Pokrovsk."
    assert seen(text, published=date(2024, 8, 21)) == {("advance", "RU", "Pokrovsk")}
    # (people are no forces)
    assert seen("Residents were fighting towards the exit of the shelter in Kharkiv.") == set()


def test_weapons_sent_aimed_or_directed_at_communities_struck_them(seen: Seen) -> None:
    text = "The Russians sent MLRS Grad and artillery to three communities: Myrove, Marhanets and Nikopol."
    assert seen(text, published=date(2024, 8, 1)) == {
        ("strike", "RU", name) for name in ("Myrove", "Marhanets", "Nikopol")
    }
    text = "The aggressor aimed FPV drones at the Marhanets and Pokrovske communities, the governor said."
    assert seen(text, published=date(2024, 8, 1)) == {
        ("strike", "RU", "Marhanets"),
        ("strike", "RU", "Pokrovske"),
    }
    # (weapons sent to a town by its defenders are a delivery)
    assert seen("The United States sent HIMARS rockets to Ukraine.", published=date(2024, 8, 1)) == set()


def test_a_place_under_fire_or_under_attack_again(seen: Seen) -> None:
    assert seen("Nikopol is again under fire from enemy artillery.", published=date(2024, 8, 1)) == {
        ("strike", "RU", "Nikopol")
    }
    assert seen("The Izmail district is under attack again.", published=date(2023, 8, 16)) == {
        ("strike", "RU", "Izmail Raion")
    }
    assert seen("The mayor of Kharkiv is under attack from critics.", published=date(2023, 8, 16)) == set()


def test_a_russian_district_is_not_a_ukrainian_raion_of_its_name(seen: Seen) -> None:
    text = (
        "In the Rostov region, the acting governor said a massive drone attack in the Chortkiv district set "
        "a pipeline on fire."
    )
    assert seen(text, published=date(2025, 3, 5)) == {("strike", "UA", "Rostov Oblast")}


def test_a_refinery_named_after_its_town_is_in_the_town(seen: Seen) -> None:
    text = "Drones attacked the Kirishinefteorgsintez refinery in the Leningrad region overnight."
    assert seen(text, published=date(2025, 3, 14)) == {("strike", "UA", "Kirishi")}
    # (a company named after a region names no town)
    assert seen("Drones hit a Kubannefteprodukt depot overnight.", published=date(2025, 3, 14)) == set()


def test_a_town_said_to_be_in_russia_is_not_the_side_that_struck_it(seen: Seen) -> None:
    text = '"The oil refinery in Orsk, Russia, is under attack," the Ukrainian official said.'
    assert seen(text, published=date(2025, 3, 5)) == {("strike", "UA", "Orsk")}


def test_shoot_downs_told_with_a_gerund_a_hedge_or_across_regions(seen: Seen) -> None:
    text = (
        "Russia's Defense Ministry reported intercepting or destroying 18 drones across multiple regions: "
        "ten over the Voronezh region and eight over the Belgorod region."
    )
    assert seen(text, published=date(2025, 3, 5)) == {
        ("strike", "UA", "Voronezh Oblast"),
        ("strike", "UA", "Belgorod Oblast"),
    }
    text = "Of those, 20 drones were ostensibly shot down over the Ryazan region."
    assert seen(text, published=date(2025, 3, 5)) == {("strike", "UA", "Ryazan Oblast")}


def test_two_plants_each_in_its_own_region(seen: Seen) -> None:
    text = (
        "The strikes hit the Orsknefteorgsintez refinery in the Orenburg region and the Azot chemical "
        "plant in the Perm region."
    )
    assert seen(text, published=date(2025, 10, 3)) == {
        ("strike", "UA", "Orsk"),
        ("strike", "UA", "Perm Krai"),
    }


def test_a_town_military_administrations_head_speaks_for_ukraine(seen: Seen) -> None:
    text = (
        "Russia's defence ministry said its forces had captured the village of Serhiivka.\n\n"
        "The head of Pokrovsk's military administration warned on Thursday that Russian troops were "
        "close and urged residents to leave.\n\n"
        '"The enemy is rapidly approaching the outskirts of Pokrovsk. Evacuation is underway," he said.'
    )
    # (his "enemy" is Russia, though the article opens with Moscow's claim)
    assert ("advance", "RU", "Pokrovsk") in seen(text, published=date(2024, 8, 23))
    assert ("advance", "UA", "Pokrovsk") not in seen(text, published=date(2024, 8, 23))


def test_a_level_that_has_fallen_by_an_amount_is_no_fall_of_a_place(seen: Seen) -> None:
    text = "The water level at the Kakhovka Reservoir has fallen by nearly 1.5 meters since the dam broke."
    assert not {e for e in seen(text, published=date(2023, 6, 26)) if e[0] == "advance"}


def test_drones_downed_by_air_defence_with_the_time_before_the_agent(seen: Seen) -> None:
    text = "Four drones were downed by air defence forces over the Kursk region."
    assert seen(text, published=date(2024, 9, 1)) == {("strike", "UA", "Kursk Oblast")}
    text = "A drone was shot down tonight by air defense forces in the Moscow Region."
    assert seen(text, published=date(2024, 9, 1)) == {("strike", "UA", "Moscow Oblast")}
    # (the city a drone was sent to attack is no side of the drone)
    text = (
        "Another drone that tried to carry out an attack on Moscow was shot down tonight by air defence "
        "forces in the Moscow Region."
    )
    assert seen(text, published=date(2024, 9, 1)) == {("strike", "UA", "Moscow")}


def test_places_that_suffered_from_the_occupiers_actions_or_are_under_fire(seen: Seen) -> None:
    text = "Nikopol and the Marhanets hromada suffered from the actions of the Russian occupiers."
    assert seen(text, published=date(2024, 8, 1)) == {
        ("strike", "RU", "Nikopol"),
        ("strike", "RU", "Marhanets"),
    }
    text = "Almost the entire city of Kostiantynivka is under fire, the head of the administration said."
    assert seen(text, published=date(2025, 8, 6)) == {("strike", "RU", "Kostiantynivka")}
    assert seen("The economy suffered from the actions of the central bank.") == set()
    assert seen("The minister of Kharkiv is under fire over the budget.") == set()


def test_a_share_of_a_town_claimed_under_control_is_a_gain(seen: Seen) -> None:
    text = "Gerasimov said more than 80 percent of Vovchansk was also under Russian control."
    assert seen(text, published=date(2025, 11, 20)) == {("advance", "RU", "Vovchansk")}
    # (a share of an oblast held says who holds it, no gain)
    text = "About 90 percent of the Sumy region is under Ukrainian control."
    assert not {e for e in seen(text, published=date(2025, 11, 20)) if e[0] == "advance"}


def test_the_ministry_named_at_the_head_speaks_in_its_later_sentences(seen: Seen) -> None:
    text = (
        "The Russian Ministry of Defense has issued a detailed report on the special military operation.\n\n"
        "According to the summary, several areas have come under Russian military administration.\n\n"
        "Ukraine's General Staff did not comment on the report.\n\n"
        "The Western Military District is credited with progress in the east.\n\n"
        "These gains, as described by the report, are part of a broader effort.\n\n"
        "In parallel, the Center group is reported to have continued its operations.\n\n"
        "The ministry states that the village of Filiia in the Dnipropetrovsk region has been liberated."
    )
    # (its "liberated" is Russia's, the ministry named six sentences before, though the article quotes
    # Ukraine's General Staff too; a Russian military administration is no Ukrainian speaker)
    assert seen(text, published=date(2025, 8, 29)) == {("advance", "RU", "Filiia")}


def test_air_defence_forces_are_no_ukrainian_source(seen: Seen) -> None:
    text = (
        "LUGANSK, August 4. /TASS/. Ukrainian troops fired twelve missiles at Lugansk, the head of the "
        'region said.\n\n"Four missiles were shot down by air defense forces near the city.'
    )
    assert ("strike", "RU", "Luhansk") not in seen(text, published=date(2024, 8, 4))


def test_an_air_raid_repelled_is_an_attack_made(seen: Seen) -> None:
    text = "The ministry added that additional strikes were repelled in the Amur and Ivanovo regions."
    assert seen(text, published=date(2025, 6, 2)) == {
        ("strike", "UA", "Amur Oblast"),
        ("strike", "UA", "Ivanovo Oblast"),
    }
    text = "A UAV attack on the Kirishi refinery was repelled, the governor said."
    assert seen(text, published=date(2025, 3, 8)) == {("strike", "UA", "Kirishi")}
    # (ground attacks repelled took nothing: fighting, no strike)
    assert not {e for e in seen("Russian attacks were repelled near Pokrovsk.") if e[0] == "strike"}


def test_a_side_close_to_losing_a_town_has_not_lost_it(seen: Seen) -> None:
    text = "At the time, Ukrainian units were close to losing Kupiansk and asked for reinforcements."
    assert seen(text, published=date(2025, 12, 20)) == set()
    # (but forces that came close to retaking a town gained ground on the way, as "approached" tells)
    text = (
        "Ukrainian forces appear to have come close to retaking the key Russian-held city of Kreminna in "
        "Luhansk province as heavy fighting continued."
    )
    assert seen(text, published=date(2022, 12, 27)) == {("advance", "UA", "Kreminna")}


def test_troops_ejected_from_a_region_lost_it_to_the_other_side(seen: Seen) -> None:
    text = "Putin said that Moscow's troops had ejected Ukrainian forces from the Kursk region."
    assert seen(text, published=date(2025, 4, 29)) == {
        ("advance", "RU", "Kursk Oblast"),
        ("retreat", "UA", "Kursk Oblast"),
    }
    # (a pilot ejected from a plane lost no ground)
    assert seen("The pilot was ejected from the plane over the Black Sea.") == set()


def test_a_drone_that_crashed_somewhere_struck_there(seen: Seen) -> None:
    text = (
        "Another drone was shot down by electronic warfare, as it crashed on the territory of the Odintsovo "
        "district of the Moscow region, the statement added."
    )
    assert seen(text, published=date(2024, 9, 1)) == {("strike", "UA", "Odintsovo")}
    assert seen("A plane crashed near Moscow.", published=date(2024, 9, 1)) == set()


def test_crossings_over_a_river_bombarded_are_bridges_struck(seen: Seen) -> None:
    text = "Russian forces are relentlessly bombarding crossings over the Oskil River near Kupiansk."
    assert {e[0] for e in seen(text, published=date(2024, 10, 23))} == {"bridge_strike"}
    # (a border crossing is no bridge)
    assert seen("Russian forces shelled the border crossing at Sumy.", published=date(2024, 10, 23)) == {
        ("strike", "RU", "Sumy")
    }


def test_drones_stopped_over_a_region_were_sent_at_it(seen: Seen) -> None:
    text = "In the Ulyanovsk region, the governor reported that eight drones were stopped overnight."
    assert seen(text, published=date(2025, 6, 1)) == {("strike", "UA", "Ulyanovsk Oblast")}
    # (an advance stopped is fighting, no strike)
    text = "The advance of Russian troops was stopped near Pokrovsk."
    assert not {e for e in seen(text, published=date(2025, 6, 1)) if e[0] == "strike"}
