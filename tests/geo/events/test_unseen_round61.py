"""Round 61 of unseen reporting: the Kupiansk fighting of 2025, Moscow's summaries of the towns it says it
took (Huliaipole, Myrnohrad, Siversk) and the drone war on Russia's refineries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_managing_to_drive_a_side_out_is_a_gain_and_a_loss(seen: Seen) -> None:
    text = "Russian soldiers managed to drive the Ukrainians out of Kupyansk's industrial zone."
    found = seen(text, published=date(2025, 9, 25))
    assert {("advance", "RU", "Kupiansk"), ("retreat", "UA", "Kupiansk")} <= found


def test_a_drive_towards_a_town_is_no_side_driven_out(seen: Seen) -> None:
    text = "Russia's drive towards Kramatorsk from the south went on for a month."
    assert not any(kind == "retreat" for kind, _, _ in seen(text, published=date(2025, 9, 25)))


def test_almost_the_entire_village_is_the_second_item_of_the_list(seen: Seen) -> None:
    text = (
        "Here, Russian soldiers drove the Ukrainians out of the industrial area of Kupyansk and almost the "
        "entire village of Moskovka."
    )
    found = seen(text, published=date(2025, 9, 25))
    assert ("advance", "RU", "Myrove") in found  # Moskovka, by Kupiansk, is Myrove today
    assert ("retreat", "UA", "Myrove") in found


def test_completed_mop_up_operations_took_the_town(seen: Seen) -> None:
    text = (
        "During the meeting, Putin was briefed on completed mop-up operations in Dmitrov (Mirnograd) in the "
        "Donetsk People’s Republic."
    )
    assert ("advance", "RU", "Myrnohrad") in seen(text, published=date(2025, 12, 28))


def test_a_mop_up_still_going_on_took_nothing(seen: Seen) -> None:
    text = "Russian troops are conducting mop-up operations in Mirnograd, the ministry said."
    assert ("advance", "RU", "Myrnohrad") not in seen(text, published=date(2025, 12, 28))


def test_towns_included_after_a_list_of_oblasts_are_what_was_taken(seen: Seen) -> None:
    text = (
        "Russian forces have been on an extended offensive, capturing multiple settlements in Zaporozhye, "
        "Donetsk, Kharkov, Sumy, and Dnepropetrovsk regions, including the major logistics hubs of "
        "Krasnoarmeysk and Kupyansk, and the former stronghold of Seversk in the DPR."
    )
    found = seen(text, published=date(2025, 12, 28))
    assert {("advance", "RU", town) for town in ("Pokrovsk", "Kupiansk", "Siversk")} <= found


def test_a_second_plant_after_the_first_ones_description_was_hit_too(seen: Seen) -> None:
    text = (
        "A week ago, Ukraine said it hit the Ryazan refinery, with a processing capacity of about 340,000 "
        "barrels of crude a day, and the Novokuibyshevsk plant in the Samara region."
    )
    found = seen(text, published=date(2025, 8, 10))
    assert ("strike", "UA", "Novokuybyshevsk") in found


def test_a_governor_confirming_the_strike_told_before_adds_no_strike_on_his_oblast(seen: Seen) -> None:
    text = (
        "In the early hours of January 26, drones attacked the Ryazan oil refinery, sparking a large-scale "
        "fire. Ryazan Governor Pavel Malkov confirmed the drone strike."
    )
    assert seen(text, published=date(2025, 1, 26)) == {("strike", "UA", "Ryazan’")}


def test_a_plant_in_an_oblast_named_after_its_capital_is_the_capitals(seen: Seen) -> None:
    text = (
        "A drone attack overnight on Oct. 31 caused damage to a thermal power plant (TPP) in Russia's Oryol "
        "Oblast, regional Governor Andrey Klychkov reported. Klychkov claimed that the Oryol TPP was struck "
        "by debris from intercepted drones."
    )
    assert ("strike", "UA", "Orël") in seen(text, published=date(2025, 10, 31))


def test_a_plant_in_an_oblast_with_no_plant_of_its_capital_named_stays_in_the_oblast(seen: Seen) -> None:
    text = "Falling debris from one of the drones caused a fire at an oil refinery in the Volgograd Region."
    assert ("strike", "UA", "Volgograd Oblast") in seen(text, published=date(2025, 1, 31))


def test_a_participle_after_the_first_comma_is_the_subjects_doing(seen: Seen) -> None:
    text = (
        "It also became known that the Armed Forces of the Russian Federation cut the main supply route of "
        "the Armed Forces in Volchansk, blowing up a dam on the Seversky Donets River in the vicinity of the "
        "village of Stary Saltov, Kharkiv region."
    )
    assert ("bridge_strike", "RU", "Staryi Saltiv") in seen(text, published=date(2024, 5, 11))


def test_an_operation_of_a_sides_service_after_a_dash_is_that_sides_strike(seen: Seen) -> None:
    text = (
        "Ukrainian media write that the Crimean Bridge was attacked by surface drones at night — it was "
        "allegedly a special operation of the Security Service of Ukraine and the Ukrainian Navy."
    )
    assert seen(text, published=date(2023, 7, 17)) == {("bridge_strike", "UA", "Crimean Bridge")}


def test_a_side_that_succeeded_east_of_a_town_gained_ground_there(seen: Seen) -> None:
    text = (
        "DeepState analysts reported on the night of 23-24 August that the Ukrainian military had succeeded "
        "east of Sudzha in Russia’s Kursk Oblast, while the Russians had advanced in Donetsk Oblast."
    )
    assert ("advance", "UA", "Sudzha") in seen(text, published=date(2024, 8, 24))


def test_drones_unleashed_from_a_list_of_towns_did_not_hit_them(seen: Seen) -> None:
    text = (
        "Starting on Sunday, Russian forces unleashed 174 UAVs — strike Shaheds and decoy drones — from "
        "Oryol, Shatalovo, Kursk, Bryansk, and Primorsko-Akhtarsk."
    )
    assert seen(text, published=date(2025, 3, 17)) == set()


def test_a_photo_caption_kept_in_the_text_reports_no_strike(seen: Seen) -> None:
    text = (
        "Illustrative purposes only: Electricians of the DTEK energy company restoring the power grid "
        "damaged by constant artillery and air strikes in a village in Donetsk Oblast, July 23, 2024."
    )
    assert seen(text, published=date(2024, 12, 13)) == set()


def test_a_grouping_credited_with_forcing_a_side_to_abandon_a_village_took_it(seen: Seen) -> None:
    text = (
        "The ‘North’ military grouping was credited with forcing Ukrainian fighters to abandon the village "
        "of Milove in the Kharkiv region."
    )
    found = seen(text, published=date(2025, 7, 5))
    assert {("advance", "RU", "Milove"), ("retreat", "UA", "Milove")} <= found


def test_all_possible_resources_hedge_nothing(seen: Seen) -> None:
    text = (
        "Now, after the Russian military managed to gain a foothold in the Bohdanivka area, they pulled all "
        "possible resources there, and have dug in well."
    )
    assert ("advance", "RU", "Bohdanivka") in seen(text, published=date(2024, 4, 22))


def test_an_attack_not_anticipated_came_all_the_same(seen: Seen) -> None:
    text = (
        "The Ukrainian forces had not anticipated a Russian attack on Karantin Island in Kherson, and the "
        "Russian assault team swiftly seized control of critical facilities immediately after landing."
    )
    assert ("advance", "RU", "Kherson") in seen(text, published=date(2025, 10, 22))


def test_an_attack_anticipated_has_not_come(seen: Seen) -> None:
    text = "Kyiv anticipated a Russian attack on Kherson from the left bank."
    assert seen(text, published=date(2025, 10, 22)) == set()


def test_forces_that_moved_to_secure_towns_with_their_days_secured_them(seen: Seen) -> None:
    text = (
        "Ukrainian forces have moved to secure Hostomel (31 March), Borodyanka (31 March), Dymer, Bucha, and "
        "Ivankiv (1 April)."
    )
    found = seen(text, published=date(2022, 4, 4))
    assert {("advance", "UA", town) for town in ("Hostomel", "Borodianka", "Bucha", "Ivankiv")} <= found


def test_forces_that_moved_to_capture_a_town_only_set_out(seen: Seen) -> None:
    assert seen("Russian forces moved to capture Bucha.", published=date(2022, 3, 1)) == set()


def test_a_base_of_the_only_side_named_was_struck_by_the_other(seen: Seen) -> None:
    text = (
        "The Melitopol airfield as a military base of the Russian invaders no longer exists, it was "
        "destroyed by precision shelling."
    )
    assert seen(text, published=date(2022, 7, 3)) == {("strike", "UA", "Melitopol")}


def test_liberation_in_quotation_marks_of_its_own_is_the_occupiers_word(seen: Seen) -> None:
    text = (
        "Gerasimov decided to please Putin with a new portion of fairy tales: about 50% of Novopavlivka in "
        'Dnipropetrovsk Oblast has been "liberated".'
    )
    assert ("advance", "RU", "Novopavlivka") in seen(text, published=date(2025, 12, 29))


def test_liberation_inside_a_quoted_statement_is_still_the_speakers(seen: Seen) -> None:
    text = '"Novopavlivka has been liberated," Syrskyi said.'
    assert ("advance", "UA", "Novopavlivka") in seen(text, published=date(2025, 12, 29))


def test_air_bases_each_in_quotation_marks_are_one_list(seen: Seen) -> None:
    text = (
        "The General Staff said that air bases “Savasleyka”, “Borisoglebsk” and “Baltimor” in Voronezh and "
        "Nizhniy Novgorod regions were hit."
    )
    found = seen(text, published=date(2024, 8, 15))
    assert {("strike", "UA", "Borisoglebsk"), ("strike", "UA", "Baltimor air base")} <= found


def test_a_citys_security_source_places_no_strike_there(seen: Seen) -> None:
    text = "A Kyiv security source said the strike aimed to undermine Moscow’s ability to use warplanes."
    assert seen(text, published=date(2024, 8, 15)) == set()


def test_a_flag_hung_on_a_towns_council_building_took_the_town(seen: Seen) -> None:
    text = "The Ukrainian flag is hanged on the building of the city council of Sviatohirsk."
    assert ("advance", "UA", "Sviatohirsk") in seen(text, published=date(2022, 9, 12))


def test_strikes_on_sites_in_the_districts_of_two_cities_hit_both(seen: Seen) -> None:
    text = (
        "Last night, the Russian armed forces continued retaliation strikes using sea and air-based "
        "high-precision weapons against production workshops and storage sites of unmanned boats in the "
        "districts of Odessa and Ilyichevsk, Odessa region."
    )
    found = seen(text, published=date(2023, 7, 20))
    assert {("strike", "RU", "Odesa"), ("strike", "RU", "Chornomorsk")} <= found


def test_a_town_that_bore_the_brunt_of_the_attack_was_struck(seen: Seen) -> None:
    text = (
        "Russian drones hit the Odessa Region overnight. Officials said the city of Chernomorsk, not far "
        "from Odessa, and its surroundings bore the brunt of the attack."
    )
    assert ("strike", "RU", "Chornomorsk") in seen(text, published=date(2025, 8, 31))


def test_drones_that_attacked_the_other_sides_warship_are_the_claimants(seen: Seen) -> None:
    text = (
        "Ukraine has claimed that two of its naval drones attacked a Russian warship near the port of "
        "Novorossiysk, a major hub for Russian exports."
    )
    assert seen(text, published=date(2023, 8, 4)) == {("strike", "UA", "Novorossiysk")}


def test_the_towns_a_struck_railway_connected_were_not_struck(seen: Seen) -> None:
    text = (
        "Partisans blew up a railway in the Kursk region. The targeted railway connected Moscow to Kursk "
        "Oblast, which has been partially occupied by Ukrainian forces since August."
    )
    assert ("strike", "UA", "Moscow") not in seen(text, published=date(2024, 9, 30))


def test_a_strike_on_the_other_sides_ship_in_a_port_is_the_strikers(seen: Seen) -> None:
    text = (
        "The strike on the Russian ship in the port of Novorossiysk, a key naval and shipping hub hundreds "
        "of miles from Ukrainian-controlled territory came hours after a separate attack by aerial drones on "
        "a Russian port in occupied Crimea."
    )
    assert ("strike", "UA", "Novorossiysk") in seen(text, published=date(2023, 8, 5))


def test_bombers_that_a_side_uses_to_drop_bombs_describe_a_base_not_a_strike(seen: Seen) -> None:
    text = (
        "The Morozovsk airfield houses three kinds of military bombers — Su-24, Su-24m, and Su-34 — that "
        "Russia uses to drop guided bombs on Ukrainian positions."
    )
    assert seen(text, published=date(2024, 4, 5)) == set()
