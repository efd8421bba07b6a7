"""Round 75 of unseen reporting: defence ministries' tallies of drones downed over oblasts, Kharkiv
Oblast's front in 2024, the daily round-ups of 2025 and strikes on Russia."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_tally_of_drones_downed_over_oblasts_maps_each_oblast(seen: Seen) -> None:
    text = (
        "The ministry said air defences had intercepted 58 Ukrainian drones overnight, including 30 in "
        "the Belgorod region, 12 in Voronezh and 9 in the Lipetsk and Oryol regions."
    )
    assert seen(text, published=date(2025, 3, 2)) == {
        ("strike", "UA", "Belgorod Oblast"),
        ("strike", "UA", "Voronezh Oblast"),
        ("strike", "UA", "Lipetsk Oblast"),
        ("strike", "UA", "Oryol Oblast"),
    }


def test_drones_destroyed_over_an_oblast_in_the_passive(seen: Seen) -> None:
    text = (
        "Twenty drones were destroyed over the Kursk region and seven over the Tula region, the ministry "
        "said."
    )
    assert seen(text, published=date(2025, 3, 2)) == {
        ("strike", "UA", "Kursk Oblast"),
        ("strike", "UA", "Tula Oblast"),
    }


def test_houses_destroyed_near_a_town_are_no_shoot_down(seen: Seen) -> None:
    assert not seen("Several houses were destroyed over the weekend near Kupiansk.")


def test_defenders_left_in_a_town_stayed_there(seen: Seen) -> None:
    text = (
        "The Russian troops were still fighting the Ukrainian defenders left in Chasiv Yar, the ministry "
        "said."
    )
    assert not {e for e in seen(text, published=date(2024, 7, 10)) if e[0] == "retreat"}


def test_advanced_positions_are_forward_posts_not_an_advance(seen: Seen) -> None:
    text = (
        "In Vovchansk, the enemy evacuated its wounded, rotated its personnel and provided advanced "
        "positions with ammunition and food."
    )
    assert not {e for e in seen(text, published=date(2024, 8, 2)) if e[0] == "advance"}


def test_a_capital_that_unleashed_attacks_is_the_attacker_not_the_target(seen: Seen) -> None:
    text = (
        "A drone killed two people in Ukraine's Poltava region as Moscow unleashed another wave of air "
        "attacks overnight."
    )
    found = seen(text, published=date(2025, 5, 25))
    assert ("strike", "RU", "Poltava Oblast") in found
    assert not {e for e in found if e[2] == "Moscow"}


def test_a_town_named_by_its_capture_after_a_preposition_is_no_capture(seen: Seen) -> None:
    text = "Russian guns keep hitting the roads leading out of captured Lysychansk, the governor said."
    assert not {e for e in seen(text, published=date(2022, 7, 10)) if e[0] == "advance"}
    assert ("advance", "RU", "Lysychansk") in seen(
        "Russian troops captured Lysychansk on Sunday.", published=date(2022, 7, 4)
    )


def test_gains_abandoned_attempted_or_prepared_are_no_events(seen: Seen) -> None:
    assert not seen(
        "The northern push collapsed after abandoning advances near Chernihiv and Sumy in early April.",
        published=date(2022, 5, 14),
    )
    assert not seen(
        "The Russian command is preparing two large attacks on Kramatorsk, the governor said.",
        published=date(2022, 5, 14),
    )
    assert not {
        e
        for e in seen(
            "Having failed to take Kharkiv, the Russian army attempted a major encirclement of the troops "
            "in the east.",
            published=date(2022, 5, 14),
        )
        if e[0] == "advance"
    }


def test_a_fire_after_shelling_by_troops_is_their_strike(seen: Seen) -> None:
    from geo.events.triggers import FIRE_OF_ATTACK

    text = (
        "As a result of the shelling by the Russian occupation troops, a fire broke out in a warehouse in "
        "the town of Orikhiv."
    )
    assert FIRE_OF_ATTACK.search(text)  # the shelling's fire, as "as a result of the attack" was
    assert ("strike", "RU", "Orikhiv") in seen(text, published=date(2023, 6, 1))


def test_a_missile_system_destroyed_on_the_ground_was_struck_by_the_other_side(seen: Seen) -> None:
    text = "Ukrainian forces also destroyed an Iskander missile system near Kursk last week."
    assert ("strike", "UA", "Kursk") in seen(text, published=date(2024, 9, 1))


def test_forces_lost_in_numbers_are_no_ground_lost(seen: Seen) -> None:
    text = "During the crossing near Bilohorivka, Russia lost significant forces, the ministry said."
    assert not {e for e in seen(text, published=date(2022, 5, 13)) if e[0] in ("advance", "retreat")}


def test_a_capital_that_retaliated_or_condemned_is_the_government(seen: Seen) -> None:
    text = "Kyiv condemned the raid and retaliated by striking Russian airfields."
    assert not {e for e in seen(text, published=date(2024, 9, 1)) if e[2] == "Kyiv"}


def test_where_a_correspondent_reports_from_is_no_place_struck(seen: Seen) -> None:
    text = "Our correspondent, reporting from Zaporizhzhia, said a bridge in the area was damaged."
    assert not {e for e in seen(text, published=date(2023, 8, 6)) if e[2] == "Zaporizhzhia"}


def test_bridges_detonated_were_struck(seen: Seen) -> None:
    text = "The retreating units have been detonating bridges across the Oskil River near Kupiansk."
    assert {e for e in seen(text, published=date(2022, 9, 12)) if e[0] == "bridge_strike"}


def test_an_officer_from_an_oblast_killed_elsewhere_puts_no_strike_on_his_oblast(seen: Seen) -> None:
    text = (
        "Russian troops shelled the centre of Kherson. A police officer from the Poltava region was "
        "killed and two rescuers were injured."
    )
    found = seen(text, published=date(2023, 12, 26))
    assert ("strike", "RU", "Kherson") in found
    assert not {e for e in found if e[2] == "Poltava Oblast"}


def test_the_army_of_a_capital_is_its_side(seen: Seen) -> None:
    # (after a sentence in Moscow's voice, the liberation had read as Russia's)
    text = (
        "Russia's Defence Ministry said its troops had repelled five attacks. The army of Kiev has announced "
        "that it has liberated the villages of Davydiv Brid and Novovoznesenske."
    )
    assert seen(text, published=date(2022, 10, 4)) >= {
        ("advance", "UA", "Davydiv Brid"),
        ("advance", "UA", "Novovoznesenske"),
    }


def test_the_troops_of_the_russian_federation_left_a_town(seen: Seen) -> None:
    text = (
        "A separatist official confirmed that the troops of the Russian Federation had left the city of "
        "Lyman."
    )
    assert ("retreat", "RU", "Lyman") in seen(text, published=date(2022, 10, 1))


def test_the_only_capital_a_side_took_is_a_record_not_news(seen: Seen) -> None:
    text = "Kherson, the only regional capital Moscow had captured, is now under fire from across the river."
    assert not {e for e in seen(text, published=date(2022, 12, 1)) if e[0] == "advance"}


def test_a_loss_the_loser_acknowledged_is_its_retreat_too(seen: Seen) -> None:
    text = "The Russian Defence Ministry acknowledged the loss of the towns of Kupiansk and Balakliia."
    assert seen(text, published=date(2022, 9, 11)) == {
        ("advance", "UA", "Kupiansk"),
        ("retreat", "RU", "Kupiansk"),
        ("advance", "UA", "Balakliia"),
        ("retreat", "RU", "Balakliia"),
    }


def test_a_capital_that_appears_to_be_responding_is_the_government(seen: Seen) -> None:
    text = (
        "By sending special forces, Kyiv appears to be responding to what it describes as a large Russian "
        "force advancing on this logistical hub."
    )
    assert not {e for e in seen(text, published=date(2025, 11, 3)) if e[2] == "Kyiv" and e[0] != "contact"}


def test_a_sides_railway_operator_that_confirms_a_strike_did_not_strike(seen: Seen) -> None:
    text = (
        "Ukraine's state railway operator, Ukrzaliznytsia, confirmed that a drone strike damaged its depot "
        "in Kramatorsk overnight."
    )
    assert ("strike", "RU", "Kramatorsk") in seen(text, published=date(2025, 5, 2))


def test_drones_downed_mostly_over_a_region_attacked_it(seen: Seen) -> None:
    text = "Russia's defence ministry said air defences shot down 40 Ukrainian drones, mostly over Crimea."
    assert ("strike", "UA", "Crimea") in seen(text, published=date(2025, 5, 2))


def test_a_drone_downed_in_bryansk_oblast_was_ukraines_whoever_tells_it(seen: Seen) -> None:
    # (told in a Ukrainian outlet's voice, the downed drone had read as the enemy's, Russia's)
    text = (
        "Ukrainska Pravda has learned the details. According to the governor, a drone was downed in the "
        "Klintsy district overnight."
    )
    assert seen(text, published=date(2024, 1, 20)) == {("strike", "UA", "Klintsy")}


def test_a_tally_of_drones_downed_goes_on_after_as_well_as(seen: Seen) -> None:
    text = (
        "Twenty drones were downed over the Kursk region, as well as 12 over the Oryol region, the ministry "
        "said."
    )
    assert seen(text, published=date(2024, 9, 1)) == {
        ("strike", "UA", "Kursk Oblast"),
        ("strike", "UA", "Oryol Oblast"),
    }


def test_advances_made_toward_a_town_are_a_push_near_it(seen: Seen) -> None:
    assert ("advance", "RU", "Kurakhove") in seen(
        "Russian troops are also reportedly making advances toward Kurakhove, officials said.",
        published=date(2024, 10, 15),
    )
    assert ("advance", "RU", "Lyptsi") in seen(
        "Russian forces are reportedly advancing towards the Ukrainian village of Lyptsi, RIA said.",
        published=date(2024, 5, 17),
    )


def test_people_hit_in_one_oblast_and_others_in_another(seen: Seen) -> None:
    text = (
        "Russia launched 90 drones at Ukraine overnight. Five people were wounded in the Sumy region and "
        "three others in the southern Mykolaiv region, officials said."
    )
    assert seen(text, published=date(2025, 3, 1)) >= {
        ("strike", "RU", "Sumy Oblast"),
        ("strike", "RU", "Mykolaiv Oblast"),
    }


def test_journalists_killed_by_a_sides_drone_in_a_town(seen: Seen) -> None:
    text = "A Russian drone has killed two journalists in Sloviansk, the regional governor said."
    assert ("strike", "RU", "Sloviansk") in seen(text, published=date(2025, 10, 24))


def test_forces_still_able_to_break_through_near_a_village_advanced(seen: Seen) -> None:
    text = "The Russian invaders were still able to break through near Berestok in the Donetsk region."
    assert ("advance", "RU", "Berestok") in seen(text, published=date(2026, 2, 16))
    assert ("advance", "RU", "Berestok") not in seen(
        "Russian troops tried to break through near Berestok in the Donetsk region.",
        published=date(2026, 2, 16),
    )


def test_drone_tallies_with_others_another_and_one_each(seen: Seen) -> None:
    text = (
        "The ministry said it had downed a total of 60 Ukrainian drones overnight, including 30 over the "
        "Rostov region and others over the Voronezh and Lipetsk regions."
    )
    assert seen(text, published=date(2024, 12, 19)) == {
        ("strike", "UA", "Rostov Oblast"),
        ("strike", "UA", "Voronezh Oblast"),
        ("strike", "UA", "Lipetsk Oblast"),
    }
    text = (
        "Ten drones were shot down over the Bryansk Region, another two over the Kaluga Region, one each "
        "over the Oryol and Tula regions."
    )
    assert seen(text, published=date(2025, 9, 9)) == {
        ("strike", "UA", "Bryansk Oblast"),
        ("strike", "UA", "Kaluga Oblast"),
        ("strike", "UA", "Oryol Oblast"),
        ("strike", "UA", "Tula Oblast"),
    }


def test_drones_allegedly_shot_down_over_a_city(seen: Seen) -> None:
    text = "According to the governor, 12 drones were allegedly shot down over Voronezh."
    assert ("strike", "UA", "Voronezh") in seen(text, published=date(2025, 8, 3))


def test_explosions_in_the_centre_of_a_russian_town_are_ukraines(seen: Seen) -> None:
    text = "On Saturday afternoon, explosions occurred in the centre of Russian Kursk."
    assert ("strike", "UA", "Kursk") in seen(text, published=date(2023, 12, 30))


def test_a_headline_of_a_drone_attack_neutralized_is_the_drones_side(seen: Seen) -> None:
    found = seen("Russian Military Neutralizes Drone Attack in Rostov", published=date(2024, 3, 12))
    assert found == {("strike", "UA", "Rostov-on-Don")}


def test_the_capital_of_russias_oblast_is_the_city(seen: Seen) -> None:
    text = "Ukrainian shelling of the capital of Russia's Kursk Region killed one resident, officials said."
    assert ("strike", "UA", "Kursk") in seen(text, published=date(2024, 3, 15))


def test_a_dozen_villages_retaken_in_an_oblast_is_its_news(seen: Seen) -> None:
    text = "Russian forces recaptured a dozen villages in the Kursk region, the ministry said."
    assert ("advance", "RU", "Kursk Oblast") in seen(text, published=date(2024, 9, 12))


def test_a_video_that_captured_a_shell_is_no_capture(seen: Seen) -> None:
    text = "The video captured a shell landing on a parking lot near apartment blocks in Belgorod."
    assert not {e for e in seen(text, published=date(2024, 9, 16)) if e[0] == "advance"}


def test_a_russian_city_shelled_in_a_ukrainian_report_was_ukraines_fire(seen: Seen) -> None:
    text = (
        "Ukrainska Pravda has learned the details. The Russian city of Belgorod came under massive shelling "
        "on Saturday."
    )
    assert seen(text, published=date(2023, 12, 30)) == {("strike", "UA", "Belgorod")}


def test_villages_retaken_that_the_other_side_had_seized_are_the_retakers_gain(seen: Seen) -> None:
    text = "Russia said its troops had retaken three villages seized by Ukraine in the Kursk region."
    assert seen(text, published=date(2025, 3, 8)) == {("advance", "RU", "Kursk Oblast")}


def test_a_withdrawal_told_beside_the_fears_of_another_fall(seen: Seen) -> None:
    text = (
        "The last Ukrainian troops in Vuhledar have been ordered to withdraw, as fears grow that Kurakhove "
        "could also fall within weeks."
    )
    assert seen(text, published=date(2024, 10, 2)) == {("retreat", "UA", "Vuhledar")}


def test_a_tally_of_people_killed_in_one_oblast_and_wounded_in_another(seen: Seen) -> None:
    text = (
        "Russia carried out drone attacks on northeastern Ukraine on Sunday, killing two people in the "
        "Sumy region and wounding three in the Kharkiv region."
    )
    assert seen(text, published=date(2025, 4, 13)) == {
        ("strike", "RU", "Sumy Oblast"),
        ("strike", "RU", "Kharkiv Oblast"),
    }


def test_a_brigade_that_announced_a_unit_destroyed_and_a_village_liberated(seen: Seen) -> None:
    text = (
        "The third Separate Assault Brigade announced the destruction of a motorized rifle brigade of Russia "
        "and the liberation of Klishchiivka."
    )
    assert ("advance", "UA", "Klishchiivka") in seen(text, published=date(2023, 9, 17))


def test_villages_recaptured_which_the_other_side_had_taken_last_year(seen: Seen) -> None:
    text = (
        "Russia claimed that its forces had recaptured the villages of Plekhovo and Nikolayevo-Darino, which "
        "were taken by Ukraine during last year's incursion."
    )
    found = seen(text, published=date(2025, 2, 26))
    assert not {e for e in found if e[1] == "UA"}
    assert ("advance", "RU", "Plekhovo") in found


def test_a_plant_named_for_a_city_but_near_a_town_is_the_towns(seen: Seen) -> None:
    text = "A Ukrainian drone attacked the Bryansk chemical plant near the town of Seltso, officials said."
    assert seen(text, published=date(2023, 3, 14)) == {("strike", "UA", "Sel’tso")}


def test_shelling_that_left_many_people_dead_is_no_retreat(seen: Seen) -> None:
    text = (
        "Shelling of a crowded market in the Russian-occupied city of Horlivka in eastern Ukraine left at "
        "least 12 people dead on Sunday, local Moscow-backed officials said."
    )
    assert not {e for e in seen(text, published=date(2024, 1, 22)) if e[0] == "retreat"}


def test_drones_neutralized_over_an_oblast_attacked_it(seen: Seen) -> None:
    text = "Air defence neutralized 12 Ukrainian drones over the Bryansk region overnight, the governor said."
    assert seen(text, published=date(2024, 5, 19)) == {("strike", "UA", "Bryansk Oblast")}


def test_forces_driven_out_of_the_biggest_town_of_an_oblast_put_no_pin_on_the_oblast(seen: Seen) -> None:
    text = (
        "Russian forces have driven the Ukrainian army out of the biggest town in Russia's Kursk border "
        "region, officials claimed."
    )
    assert not {e for e in seen(text, published=date(2025, 3, 13)) if e[2] == "Kursk Oblast"}
