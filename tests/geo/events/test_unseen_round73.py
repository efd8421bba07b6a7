"""Round 73 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_troops_knocked_out_of_a_village_left_it(seen: Seen) -> None:
    text = "Russian troops were knocked out of Andriivka, south of Bakhmut, the assault brigade said."
    assert ("retreat", "RU", "Andriivka") in seen(text, published=date(2023, 9, 16))


def test_a_vehicle_knocked_out_of_action_is_no_retreat(seen: Seen) -> None:
    text = "A Russian tank was knocked out of action near Andriivka, south of Bakhmut, the brigade said."
    assert not {e for e in seen(text, published=date(2023, 9, 16)) if e[0] == "retreat"}


def test_they_are_advancing_is_the_side_named_before(seen: Seen) -> None:
    text = (
        "Russian troops keep trying to storm Chasiv Yar from the east. They are advancing along the canal "
        "that runs through the town, the brigade said."
    )
    assert ("advance", "RU", "Chasiv Yar") in seen(text, published=date(2024, 6, 12))


def test_a_town_lost_or_close_to_it_is_not_yet_taken(seen: Seen) -> None:
    text = "By all accounts, Pokrovsk is effectively lost, or close to it, the analyst wrote."
    assert not {e for e in seen(text, published=date(2025, 11, 10)) if e[0] in ("advance", "retreat")}


def test_the_fire_a_strike_started_says_which_town_of_the_oblast_was_hit(seen: Seen) -> None:
    text = (
        "In the Bryansk region, as a result of a drone attack, a fire started at an oil depot in the town "
        "of Klintsy, the governor wrote."
    )
    found = {e for e in seen(text, published=date(2024, 1, 16)) if e[0] == "strike"}
    assert ("strike", "UA", "Klintsy") in found and ("strike", "UA", "Bryansk Oblast") not in found


def test_oblasts_listed_after_but_also_were_shelled_too(seen: Seen) -> None:
    text = (
        "Moscow reported a sharp rise in Ukrainian shelling of its border regions, primarily Belgorod, but "
        "also Kursk and Bryansk."
    )
    found = {e[2] for e in seen(text, published=date(2022, 10, 22)) if e[:2] == ("strike", "UA")}
    assert {"Kursk", "Bryansk"} <= found or {"Kursk Oblast", "Bryansk Oblast"} <= found


def test_a_battalion_lost_in_battle_is_no_ground_lost(seen: Seen) -> None:
    text = (
        "Near the village of Makhnovka in the Kursk region, the Russian army lost up to a battalion of "
        "infantry in two days of fighting, Zelensky said."
    )
    assert not {e for e in seen(text, published=date(2025, 1, 6)) if e[0] in ("advance", "retreat")}


def test_regions_hit_but_also_after_the_capital(seen: Seen) -> None:
    text = (
        "Overnight Russian missile strikes hit not only Kyiv but also the central regions of Cherkasy and "
        "Kirovohrad and the southern region of Kherson, officials said."
    )
    found = {e[2] for e in seen(text, published=date(2024, 5, 29)) if e[:2] == ("strike", "RU")}
    assert {"Kyiv", "Cherkasy Oblast", "Kirovohrad Oblast", "Kherson Oblast"} <= found


def test_a_building_hit_in_a_district_of_a_city_is_in_that_district(seen: Seen) -> None:
    text = "Debris of a Russian drone hit a house in the Holosiivskyi district of Kyiv overnight."
    assert seen(text, published=date(2024, 5, 29)) == {("strike", "RU", "Holosiivskyi District")}



def test_a_counterattack_held_off_is_no_gain(seen: Seen) -> None:
    text = "Russian troops have since pushed back against Ukrainian counterattacks near Sudzha, they said."
    assert not {e for e in seen(text, published=date(2024, 11, 5)) if e[0] == "advance"}


def test_the_side_of_a_clause_that_dates_the_fire_did_not_fire(seen: Seen) -> None:
    text = (
        "Towns along the Sumy Oblast border have faced near-daily strikes since Ukrainian troops liberated "
        "Russian-occupied parts of the region in April 2022."
    )
    found = {e for e in seen(text, published=date(2024, 12, 10)) if e[0] == "strike"}
    assert found == {("strike", "RU", "Sumy Oblast")}


def test_these_territories_are_the_oblasts_the_sentence_listed(seen: Seen) -> None:
    text = (
        "The situation on the border of the Chernihiv, Kharkiv and Sumy regions is tense: the occupiers are "
        "constantly shelling these territories, the outlet wrote."
    )
    found = {e[2] for e in seen(text, published=date(2022, 3, 17)) if e[:2] == ("strike", "RU")}
    assert found == {"Chernihiv Oblast", "Kharkiv Oblast", "Sumy Oblast"}


def test_a_countrys_unnamed_regions_are_what_was_hit_not_who_fired(seen: Seen) -> None:
    text = (
        "Russia's border regions have been hit often by Ukrainian fire, with two attacks last week "
        "targeting the western Bryansk region, sparking fires."
    )
    found = {e for e in seen(text, published=date(2024, 6, 24)) if e[0] == "strike"}
    assert found == {("strike", "UA", "Bryansk Oblast")}


def test_kyiv_that_has_been_attacking_air_bases_is_the_government(seen: Seen) -> None:
    text = "Kyiv has been attacking Russian air bases to weaken Moscow's ability to strike Ukraine's cities."
    assert not {e for e in seen(text, published=date(2024, 8, 16)) if e[2] == "Kyiv"}


def test_a_scout_drone_downed_over_an_oblast_attacked_nothing(seen: Seen) -> None:
    text = "During the past day, the reconnaissance drone ZALA was destroyed in the Mykolaiv region."
    assert seen(text, published=date(2024, 6, 24)) == set()


def test_the_defence_ministry_after_russias_military_speaks_for_russia(seen: Seen) -> None:
    text = (
        "MOSCOW: Russia's military announced on Wednesday that it had captured another village in "
        "Ukraine's eastern Dnipropetrovsk region.\n\nThe defence ministry stated its troops had taken "
        "control of Verbove village about 13 kilometres into the region.\n\nRussian forces have advanced "
        "around 10 kilometres in the last 10 days, according to maps from Ukrainian military analysts.\n\n"
        "Ukrainian President Volodymyr Zelensky has warned that Vladimir Putin still aims to capture all of "
        "Ukraine."
    )
    found = {e for e in seen(text, published=date(2025, 10, 1)) if e[0] == "advance"}
    assert found and all(e[1] == "RU" for e in found)


def test_a_dam_said_to_have_collapsed_on_its_own_was_not_struck(seen: Seen) -> None:
    text = "Some Russian-installed officials said the Kakhovka dam had collapsed on its own."
    assert seen(text, published=date(2023, 6, 7)) == set()


def test_a_resident_abandoning_her_village_is_no_retreat(seen: Seen) -> None:
    text = (
        "Waiting for a train out of Kherson after abandoning her flooded village of Antonivka, a woman said "
        "Russian shelling had not stopped."
    )
    assert not {e for e in seen(text, published=date(2023, 6, 8)) if e[0] == "retreat"}


def test_troops_that_have_fully_taken_a_town_took_it(seen: Seen) -> None:
    text = "Wagner's chief said his troops have fully taken Bakhmut after months of fighting."
    assert ("advance", "RU", "Bakhmut") in seen(text, published=date(2023, 5, 20))


def test_a_base_used_to_strike_is_where_fire_is_launched_not_hit(seen: Seen) -> None:
    assert seen(
        "The Saky air base has been used by Russian warplanes to strike targets in southern Ukraine.",
        published=date(2022, 8, 11),
    ) == set()
    text = "The airfield in Morozovsk was used by Russian aircraft to strike Kharkiv."
    assert seen(text, published=date(2022, 8, 11)) == {("strike", "RU", "Kharkiv")}


def test_we_who_destroy_the_crossings_are_the_speakers_side(seen: Seen) -> None:
    text = (
        "Ukrainian spokesman Nazar Voloshyn said: from time to time, the Russians try to build crossings "
        "across the Oskil, but each time we detect such attempts and destroy such crossings."
    )
    found = {e for e in seen(text, published=date(2025, 2, 7)) if e[0] in ("strike", "bridge_strike")}
    assert found and all(e[1] == "UA" for e in found)


def test_a_claim_the_speaker_calls_untrue_in_the_same_breath_is_denied(seen: Seen) -> None:
    text = '"The enemy claims that they have already captured Tabaivka; this is not true," Fitio said.'
    assert seen(text, published=date(2025, 1, 20)) == set()


def test_a_man_who_fell_victim_to_an_attack_is_no_place_fallen(seen: Seen) -> None:
    text = (
        '"A patriot who loved the Kherson region dearly fell victim to a cruel attack by the enemy at his '
        'post," the Russian-installed governor wrote.'
    )
    assert not {e for e in seen(text, published=date(2024, 7, 10)) if e[0] == "advance"}


def test_civilian_services_withdrawn_from_a_village_are_no_retreat(seen: Seen) -> None:
    text = (
        "The issue of withdrawing all civilian services from the village of Borova is being considered, "
        "the head of the regional administration said."
    )
    assert not {e for e in seen(text, published=date(2025, 1, 20)) if e[0] == "retreat"}


def test_a_bridge_shut_down_amid_explosions_was_not_hit(seen: Seen) -> None:
    text = (
        "The attack on the Russian vessel came after nighttime explosions on the occupied peninsula, amid "
        "which the Kerch Bridge was shut down."
    )
    assert not {e for e in seen(text, published=date(2024, 3, 5)) if e[0] == "bridge_strike"}


def test_orders_for_ukrainians_to_withdraw_are_ukraines_retreat(seen: Seen) -> None:
    text = "On 17 July, a newspaper reported that orders were issued for Ukrainians to withdraw from Krynky."
    assert ("retreat", "UA", "Krynky") in seen(text, published=date(2024, 7, 20))


def test_a_missile_named_in_quotes_after_probably_is_no_hedge_on_the_strike(seen: Seen) -> None:
    text = 'On June 24, the Russian army attacked Odesa with two cruise missiles, probably "Iskander-K".'
    assert seen(text, published=date(2024, 6, 24)) == {("strike", "RU", "Odesa")}


def test_one_depot_in_one_town_and_another_in_the_next_are_both_hit(seen: Seen) -> None:
    text = (
        "On Saturday, Ukrainian drones hit two ammunition depots: one in Tikhoretsk, located in Russia's "
        "southwestern Krasnodar region, and another in the town of Toropets in the Tver region."
    )
    found = {e[2] for e in seen(text, published=date(2024, 9, 21)) if e[:2] == ("strike", "UA")}
    assert {"Tikhoretsk", "Toropets"} <= found


def test_a_drone_attack_repelled_over_a_port_was_made_on_it(seen: Seen) -> None:
    text = (
        "Russia's defence ministry says it has repelled a Ukrainian drone attack on its naval base in the "
        "port of Novorossiysk."
    )
    assert ("strike", "UA", "Novorossiysk") in seen(text, published=date(2023, 8, 4))


def test_ground_attacks_repelled_stay_fighting_that_changed_nothing(seen: Seen) -> None:
    text = "Ukrainian defenders repelled a Russian infantry attack near Kupiansk, the brigade said."
    assert not {e for e in seen(text, published=date(2025, 1, 20)) if e[0] in ("strike", "advance")}


def test_a_city_that_experienced_a_drone_and_missile_attack_was_hit_by_the_other(seen: Seen) -> None:
    text = "Kyiv experienced a large-scale drone and missile attack early on Friday, officials said."
    assert seen(text, published=date(2024, 3, 22)) == {("strike", "RU", "Kyiv")}


def test_sea_drones_made_at_home_are_still_the_sides_that_makes_them(seen: Seen) -> None:
    text = (
        "The patrol ship was near the Kerch Strait when it was attacked by domestically-produced Magura V5 "
        "naval drones, the intelligence agency said."
    )
    assert ("strike", "UA", "Kerch Strait") in seen(text, published=date(2024, 3, 5))


def test_troops_repelled_from_a_town_were_driven_out_of_it(seen: Seen) -> None:
    text = "Ukrainian forces have repelled Russian troops from Kupiansk and hold the approaches to the city."
    assert ("advance", "UA", "Kupiansk") in seen(text, published=date(2025, 12, 1))


def test_a_side_forced_into_a_retreat_from_a_town_lost_it_to_the_other(seen: Seen) -> None:
    text = "Moscow's forces have forced Ukraine into a hasty retreat from the city of Avdiivka."
    found = seen(text, published=date(2024, 2, 20))
    assert {("advance", "RU", "Avdiivka"), ("retreat", "UA", "Avdiivka")} <= found


def test_a_town_surrounded_by_forests_is_no_encirclement(seen: Seen) -> None:
    text = "Surrounded by pine forests that reach Belarus, Bucha was a quiet town until the invasion."
    assert not {e for e in seen(text, published=date(2022, 4, 3)) if e[0] == "advance"}


def test_journalists_who_entered_a_town_are_no_force(seen: Seen) -> None:
    text = "Bodies lay in the streets, according to AFP journalists who entered Bucha on Saturday."
    assert not {e for e in seen(text, published=date(2022, 4, 3)) if e[0] == "advance"}


def test_a_bridge_towards_the_capital_is_not_in_the_capital(seen: Seen) -> None:
    text = "The Ukrainian army blew up the bridge towards Kyiv to cut off the Russian armoured columns."
    assert not {e for e in seen(text, published=date(2022, 2, 26)) if e[2] == "Kyiv"}


def test_villages_relinquished_to_russian_control_were_taken_by_russia(seen: Seen) -> None:
    text = (
        "The three villages, Berdychi, Orlivka and Semenivka, previously held by Ukrainian forces, have now "
        "been relinquished to Russian control."
    )
    found = seen(text, published=date(2024, 2, 27))
    assert {"Berdychi", "Semenivka"} <= {e[2] for e in found if e[:2] == ("advance", "RU")}
    assert {"Berdychi", "Semenivka"} <= {e[2] for e in found if e[:2] == ("retreat", "UA")}
