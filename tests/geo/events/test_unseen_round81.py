"""Round 81 of unseen reporting: a side's military speaking of its guns and of "the enemy", tallies of
downed drones by region, and verbs of ground the rules had not met."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_the_russian_military_speaks_of_its_artillery_and_of_the_enemy(seen: Seen) -> None:
    text = (
        "The Russian military said on Monday that its artillery had struck a sabotage group near the "
        'village of Kozinka, adding that "the enemy fled and withdrew".'
    )
    assert seen(text, published=date(2023, 5, 23)) == {
        ("strike", "RU", "Kozinka"),
        ("retreat", "UA", "Kozinka"),
    }


def test_according_to_the_russian_army_the_enemy_is_ukraine(seen: Seen) -> None:
    text = "According to the Russian army, the enemy shelled Tyotkino overnight."
    assert seen(text, published=date(2024, 3, 14)) == {("strike", "UA", "Tëtkino")}


def test_a_tally_of_downed_drones_after_a_dash_strikes_each_region(seen: Seen) -> None:
    text = (
        "Russia's Defence Ministry said its air defences shot down 14 Ukrainian drones overnight — 9 over "
        "the Bryansk region and five over the Oryol region."
    )
    assert seen(text, published=date(2024, 10, 3)) == {
        ("strike", "UA", "Bryansk Oblast"),
        ("strike", "UA", "Oryol Oblast"),
    }


def test_a_tally_of_downed_drones_after_a_colon_strikes_each_region(seen: Seen) -> None:
    text = (
        "Air defences intercepted 20 Ukrainian drones overnight: 12 over the Belgorod region and eight over "
        "the Kursk region, the ministry said."
    )
    assert seen(text, published=date(2024, 10, 3)) == {
        ("strike", "UA", "Belgorod Oblast"),
        ("strike", "UA", "Kursk Oblast"),
    }


def test_an_aside_between_dashes_that_gives_a_distance_is_no_tally(seen: Seen) -> None:
    text = (
        "Russian air defences shot down two drones over Kursk — 90 kilometres from the Ukrainian border — "
        "on Sunday, the governor said."
    )
    assert seen(text, published=date(2024, 10, 3)) == {("strike", "UA", "Kursk")}


def test_an_enemy_drone_downed_by_russian_air_defence_is_ukraines(seen: Seen) -> None:
    text = 'Russian air defence forces shot down an "enemy" drone over the Bryansk region, the governor said.'
    assert seen(text, published=date(2024, 7, 2)) == {("strike", "UA", "Bryansk Oblast")}


def test_an_enemy_drone_downed_by_ukrainian_air_defence_is_russias(seen: Seen) -> None:
    text = "Ukrainian air defence shot down an enemy drone over Poltava on Tuesday night."
    assert seen(text, published=date(2024, 7, 2)) == {("strike", "RU", "Poltava")}


def test_an_offensive_initiated_in_a_region_is_ground_pressed_there(seen: Seen) -> None:
    text = "Russia initiated an offensive in the northern Sumy region in late May, Kyiv said."
    assert seen(text, published=date(2025, 6, 10)) == {("advance", "RU", "Sumy Oblast")}


def test_the_ministrys_restoration_of_control_over_a_village_is_its_sides_gain(seen: Seen) -> None:
    text = (
        "The Defence Ministry of the Russian Federation announced the complete restoration of control over "
        "the village of Plekhovo in the Kursk region."
    )
    assert seen(text, published=date(2025, 3, 20)) == {("advance", "RU", "Plekhovo")}


def test_tanks_that_rolled_in_to_a_town_took_it(seen: Seen) -> None:
    text = "On February 27, Russian columns with armour rolled in to Nova Kakhovka."
    assert seen(text, published=date(2022, 3, 10)) == {("advance", "RU", "Nova Kakhovka")}


def test_unmanned_aerial_vehicles_dropped_on_a_village_struck_it(seen: Seen) -> None:
    text = "Russian forces dropped unmanned aerial vehicles on the village of Kivsharivka overnight."
    assert seen(text, published=date(2025, 2, 3)) == {("strike", "RU", "Kivsharivka")}


def test_continuing_its_push_is_the_push_of_the_sentences_subject(seen: Seen) -> None:
    text = (
        "Russia claimed on Sunday to have taken two villages in the Kharkiv region (Ukraine), continuing its "
        "push in the face of a weakened Ukrainian army."
    )
    assert seen(text, published=date(2024, 6, 2)) == {("advance", "RU", "Kharkiv Oblast")}


def test_a_second_infinitive_of_an_aim_is_no_recapture(seen: Seen) -> None:
    text = (
        "A brigade spokesman said Ukrainian units were taking every measure to stabilize the front near "
        "Pokrovsk and return Novohrodivka under control."
    )
    assert not any(kind == "advance" for kind, _, _ in seen(text, published=date(2024, 9, 1)))


def test_a_finite_verb_after_a_done_infinitive_is_told(seen: Seen) -> None:
    text = "Ukrainian units managed to stabilize the front and retook Novohrodivka on Friday."
    assert ("advance", "UA", "Novohrodivka") in seen(text, published=date(2024, 9, 1))


def test_an_aside_on_what_a_capture_is_taken_for_does_not_hedge_it(seen: Seen) -> None:
    text = (
        "Russia's biggest gain in the south so far has been the capture of Melitopol, seen as a possible "
        "springboard towards Zaporizhzhia."
    )
    assert any(place == "Melitopol" for kind, _, place in seen(text, published=date(2022, 3, 20)))


def test_air_raids_on_a_city_struck_it(seen: Seen) -> None:
    text = "The talks opened a day after a fourth straight night of Russian air raids on Dnipro."
    assert seen(text, published=date(2025, 3, 11)) == {("strike", "RU", "Dnipro")}


def test_neither_kyiv_nor_moscow_is_no_place_of_a_gain(seen: Seen) -> None:
    text = (
        "Neither Kyiv nor Moscow has been able to win the war outright, even though Russian forces have "
        "gained ground this spring."
    )
    assert seen(text, published=date(2024, 5, 28)) == set()


def test_they_who_fired_on_a_village_are_the_forces_of_the_sentences_before(seen: Seen) -> None:
    text = (
        "Russian columns moved through Trostianets on Monday, the regional head said. They also fired on the "
        "village of Chupakhivka overnight."
    )
    assert seen(text, published=date(2022, 3, 8)) == {("strike", "RU", "Chupakhivka")}


def test_the_volunteer_corps_fights_for_ukraine(seen: Seen) -> None:
    text = (
        "The volunteer corps wrote on Telegram that they bombarded a checkpoint in Grayvoron, where Russian "
        "troops were dug in."
    )
    assert seen(text, published=date(2023, 5, 24)) == {("strike", "UA", "Grayvoron")}


def test_units_withdrawn_from_a_town_for_rotation_gave_no_ground(seen: Seen) -> None:
    text = "The commander said two battalions were withdrawn from Chasiv Yar for rotation last week."
    assert seen(text, published=date(2024, 4, 10)) == set()


def test_forces_taking_ground_in_a_region_advance_there(seen: Seen) -> None:
    text = "The president said Ukrainian forces were taking ground in the Kharkiv region this week."
    assert seen(text, published=date(2024, 6, 20)) == {("advance", "UA", "Kharkiv Oblast")}


def test_troops_that_breached_the_fringes_of_a_city_advanced_there(seen: Seen) -> None:
    text = "Russian troops have breached the northern fringes of the city of Siversk, officials said."
    assert seen(text, published=date(2025, 11, 20)) == {("advance", "RU", "Siversk")}


def test_occupied_crimea_after_a_region_in_a_list_of_targets_is_no_taking(seen: Seen) -> None:
    text = "Drones were shot down over the Bryansk region and occupied Crimea, the ministry said."
    assert seen(text, published=date(2025, 2, 23)) == {
        ("strike", "UA", "Bryansk Oblast"),
        ("strike", "UA", "Crimea"),
    }


def test_a_village_in_the_kursk_oblast_written_with_no_comma_or_in(seen: Seen) -> None:
    text = "The Legion said it had taken control of the village of Tyotkino Kursk Oblast on Tuesday."
    assert ("advance", "UA", "Tëtkino") in seen(text, published=date(2024, 3, 13))


def test_russians_with_no_article_who_launched_a_strike_at_a_town_struck_it(seen: Seen) -> None:
    text = "Russians launched a massive strike at Kupiansk on Monday evening."
    assert seen(text, published=date(2024, 10, 1)) == {("strike", "RU", "Kupiansk")}


def test_cluster_munitions_fired_near_a_school_struck_the_town(seen: Seen) -> None:
    text = (
        'The occupation governor said Ukrainian forces had fired "cluster munitions" at the town of Kakhovka.'
    )
    assert seen(text, published=date(2023, 9, 1)) == {("strike", "UA", "Kakhovka")}


def test_communities_under_new_attacks_listed_after_a_colon_were_struck(seen: Seen) -> None:
    text = "The following communities were under new attacks by the Russian army: Nikopol and Marhanets."
    assert seen(text, published=date(2024, 10, 1)) == {
        ("strike", "RU", "Nikopol"),
        ("strike", "RU", "Marhanets"),
    }


def test_kyiv_that_repelled_troops_is_the_government_not_the_city(seen: Seen) -> None:
    text = "Russian troops gained ground in the area this week, after Kyiv had repelled them there in 2022."
    assert not any(place == "Kyiv" for _, _, place in seen(text, published=date(2024, 5, 20)))


def test_ukrainian_positions_in_two_named_places_that_came_under_fire_were_russias_targets(
    seen: Seen,
) -> None:
    text = "Ukrainian positions in Toretsk and in neighbouring Horlivka came under artillery fire overnight."
    assert seen(text, published=date(2022, 5, 20)) == {
        ("strike", "RU", "Toretsk"),
        ("strike", "RU", "Horlivka"),
    }


def test_an_attack_on_a_region_that_resulted_in_damage_was_fire(seen: Seen) -> None:
    text = (
        "Russia launched an attack on the Sumy region overnight, resulting in serious damage to "
        "energy facilities."
    )
    assert seen(text, published=date(2024, 11, 1)) == {("strike", "RU", "Sumy Oblast")}


def test_officials_of_a_region_who_reported_explosions_tell_of_fire_there(seen: Seen) -> None:
    text = "Officials in the Khmelnytskyi and Rivne regions also reported explosions."
    assert seen(text, published=date(2024, 11, 1)) == {
        ("strike", "RU", "Khmelnytskyi Oblast"),
        ("strike", "RU", "Rivne Oblast"),
    }


def test_a_military_bodys_they_are_its_own_forces(seen: Seen) -> None:
    text = (
        "Ukrainian units still hold the western districts. The Russian military reported that they have "
        "taken under control the town of Chasiv Yar."
    )
    assert ("advance", "RU", "Chasiv Yar") in seen(text, published=date(2025, 7, 31))


def test_forces_that_have_been_relentlessly_attacking_a_town_struck_it(seen: Seen) -> None:
    text = "Russian forces have been relentlessly attacking Kupiansk, a railway hub in the Kharkiv region."
    assert ("strike", "RU", "Kupiansk") in seen(text, published=date(2025, 9, 1))


def test_troops_forced_to_retreat_after_suffering_losses_retreated(seen: Seen) -> None:
    text = "Russian troops that entered the town of Lyptsi were forced to retreat after suffering losses."
    assert ("retreat", "RU", "Lyptsi") in seen(text, published=date(2024, 8, 29))
