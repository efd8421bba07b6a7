"""Round 71 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_side_no_longer_in_control_of_a_village_lost_it(seen: Seen) -> None:
    text = "Maps of the ministry showed Russian forces no longer in control of the village of Dudchany."
    assert ("retreat", "RU", "Dudchany") in seen(text, published=date(2022, 10, 4))


def test_a_soldier_taken_prisoner_is_no_ground_taken(seen: Seen) -> None:
    text = (
        "On Sunday, in the area of Myrnohrad, the defenders killed 17 occupiers: "
        '"Our military captured another enemy infantryman."'
    )
    assert not {e for e in seen(text, published=date(2025, 12, 8)) if e[0] == "advance"}


def test_where_an_advance_set_out_from_is_not_where_it_gained(seen: Seen) -> None:
    text = (
        "A Russian assault group advanced from the town of Selydove to the outskirts of Pokrovsk, the "
        "officer said."
    )
    assert ("advance", "RU", "Selydove") not in seen(text, published=date(2025, 8, 8))


def test_weapons_used_to_strike_two_targets_struck_both(seen: Seen) -> None:
    text = (
        "The Russian ministry said it had used long-range precision weapons to strike Yavoriv and a "
        "separate facility in the village of Starichi."
    )
    found = seen(text, published=date(2022, 3, 13))
    assert {("strike", "RU", "Yavoriv"), ("strike", "RU", "Starychi")} <= found


def test_people_hurt_after_an_attack_in_a_village_tell_a_strike(seen: Seen) -> None:
    text = "An elderly man was treated after an earlier attack in Nechvolodivka, officials said."
    assert {e[2] for e in seen(text, published=date(2025, 11, 6)) if e[0] == "strike"} == {"Nechvolodivka"}


def test_injuries_from_explosives_a_drone_dropped_tell_a_strike(seen: Seen) -> None:
    text = "A man sustained injuries in Kherson due to explosives dropped by the occupiers from a drone."
    assert ("strike", "RU", "Kherson") in seen(text, published=date(2025, 1, 22))


def test_sea_drones_are_ukraines(seen: Seen) -> None:
    text = "At dawn the Russian naval base in Novorossiysk was attacked by sea drones, a local official said."
    assert ("strike", "UA", "Novorossiysk") in seen(text, published=date(2023, 8, 4))


def test_an_attack_conducted_on_ships_in_a_port_is_fire(seen: Seen) -> None:
    text = "Ukrainian forces conducted an attack on Russian ships docked at the occupied port of Berdyansk."
    found = seen(text, published=date(2022, 3, 24))
    assert ("strike", "UA", "Berdiansk") in found and not {e for e in found if e[0] == "contact"}


def test_attackers_thrown_back_who_retreated_with_losses_gave_up_no_ground(seen: Seen) -> None:
    text = (
        "The occupiers tried again to launch an offensive towards Masiutivka but were repulsed by our "
        "defenders and retreated with losses."
    )
    assert not {e for e in seen(text, published=date(2023, 5, 17)) if e[0] in ("advance", "retreat")}


def test_an_advance_in_a_sector_is_not_at_the_villages_of_the_verb_before(seen: Seen) -> None:
    text = "Russian troops keep attacking near Terny and Torske and are advancing in the Siverskyi sector."
    found = {e for e in seen(text, published=date(2023, 12, 19)) if e[0] == "advance"}
    assert ("advance", "RU", "Terny") not in found and ("advance", "RU", "Torske") not in found


def test_an_advance_in_a_clause_that_times_the_main_one_is_not_at_its_places(seen: Seen) -> None:
    text = (
        "A Russian drone attack killed two people in the Zaporizhzhia region on Sunday, the governor said, "
        "as Moscow's forces press on with their slow advance westward."
    )
    found = seen(text, published=date(2025, 8, 3))
    assert ("strike", "RU", "Zaporizhzhia Oblast") in found
    assert not {e for e in found if e[0] == "advance"}


def test_none_of_the_strikes_hit_a_city_is_no_strike_on_it(seen: Seen) -> None:
    text = "Two people were wounded in Pavlohrad overnight, but none of the strikes hit the capital, Kyiv."
    assert ("Kyiv" not in {e[2] for e in seen(text, published=date(2023, 5, 1))})


def test_where_a_jet_fired_its_missile_from_is_no_place_struck(seen: Seen) -> None:
    text = (
        "A ballistic missile was launched from Astrakhan; a Kinzhal missile from a MiG-31K fighter jet over "
        "Tambov, and cruise missiles hit Dnipro."
    )
    found = seen(text, published=date(2024, 11, 21))
    assert ("strike", "RU", "Dnipro") in found and "Tambov" not in {e[2] for e in found}


def test_troops_advancing_that_were_repulsed_gained_nothing(seen: Seen) -> None:
    text = "The ministry said Russian troops advancing from Hostomel had been repulsed by fierce resistance."
    assert not {e for e in seen(text, published=date(2022, 2, 25)) if e[0] == "advance"}


def test_a_building_used_as_an_artillery_base_is_no_fire_of_its_users(seen: Seen) -> None:
    text = "Russian forces struck a shopping center used as an artillery base by Ukrainian forces in Kyiv."
    found = seen(text, published=date(2022, 3, 21))
    assert {e for e in found if e[0] == "strike"} == {("strike", "RU", "Kyiv")}


def test_a_russian_military_bloggers_enemy_is_ukraine(seen: Seen) -> None:
    text = "Rybar wrote that the enemy targeted a Black Sea Fleet base in Chornomorske in Crimea."
    assert ("strike", "UA", "Chornomorske") in seen(text, published=date(2023, 11, 14))


def test_an_operation_to_exit_a_half_encircled_town_is_a_withdrawal_from_it(seen: Seen) -> None:
    text = (
        "On February 17 the Defense Forces of Ukraine completed the operation to exit the semi-surrounded "
        "Avdiivka."
    )
    assert seen(text, published=date(2024, 2, 26)) == {("retreat", "UA", "Avdiivka")}


def test_they_is_the_subject_before_not_the_side_after_a_preposition(seen: Seen) -> None:
    text = (
        "Russian invaders are trying to cut off the path for the Ukrainian military to Sievierodonetsk, so "
        "they blew up the second of the three bridges across the Siverskyi Donets River."
    )
    found = seen(text, published=date(2022, 6, 12))
    assert {e[1] for e in found if e[0] == "bridge_strike"} == {"RU"}


def test_depots_of_the_armed_forces_destroyed_tell_a_strike(seen: Seen) -> None:
    text = (
        "The ministry said fuel facilities and ammunition depots of the Ukraine armed forces were destroyed "
        "in the area of the city of Nikolayev."
    )
    assert ("strike", "RU", "Mykolaiv") in seen(text, published=date(2023, 7, 20))
    # (men of a unit destroyed are no place hit)
    text = "Units of the Ukrainian armed forces were destroyed near Kupiansk, the ministry said."
    assert not {e for e in seen(text, published=date(2023, 7, 20)) if e[0] == "strike"}


def test_more_attacks_on_depots_after_one_on_a_refinery_are_at_their_own_places(seen: Seen) -> None:
    text = (
        "A source in Ukraine's military intelligence confirmed the attack on the Volgograd refinery, as well "
        "as others on an oil depot in the western Kaluga region and a metallurgical plant in the Lipetsk "
        "region."
    )
    found = {e[2] for e in seen(text, published=date(2024, 5, 12)) if e[0] == "strike"}
    assert {"Volgograd", "Kaluga Oblast", "Lipetsk Oblast"} <= found
