"""Round 42 of unseen reporting: a large-scale attack on a list of oblasts aimed at the power grid (fire, not
an assault), a capital named inside that list (a place, not Kyiv's side), attacks "against" a count of
settlements, ground "still occupied" (held, not taken), a bare verb joined to "were able to", "the
enemies" as forces, a strike told later with no side in an article whose fire was told without a place,
and aircraft destroyed on an airfield (not shot down)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from geo.events.actors import decide_actor, find_actor_phrases
from geo.events.triggers import find_triggers

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_large_scale_attack_on_oblasts_aimed_at_the_grid_is_fire_on_each(seen: Seen) -> None:
    text = (
        "Russia launched a large-scale attack overnight against Odesa, Sumy, Kyiv, and Khmelnytskyi "
        "oblasts, mostly targeting energy infrastructure."
    )
    found = seen(text, ("strike", "contact"), published=date(2024, 3, 22))
    oblasts = ("Odesa Oblast", "Sumy Oblast", "Kyiv Oblast", "Khmelnytskyi Oblast")
    assert {("strike", "RU", oblast) for oblast in oblasts} <= found
    assert not any(e[0] == "contact" or e[1] == "UA" for e in found)  # no assault, and Kyiv is no side


def test_an_attack_on_oblasts_with_no_aim_named_stays_as_it_was(seen: Seen) -> None:
    text = "Russian troops carried out an attack overnight against Ukrainian positions near Robotyne."
    assert not any(e[0] == "strike" for e in seen(text, published=date(2023, 9, 2)))


def test_attacks_against_a_count_of_settlements_are_fire(seen: Seen) -> None:
    text = (
        "Russian forces launched 180 attacks against nine settlements in Zaporizhzhia Oblast over the past "
        "day, damaging houses, the governor said."
    )
    assert ("strike", "RU", "Zaporizhzhia Oblast") in seen(text, published=date(2024, 2, 10))


def test_ground_still_occupied_is_held_not_taken(seen: Seen) -> None:
    text = (
        "Orikhiv lies in Zaporizhzhia region, north of the front line, as Russian forces continue to occupy "
        "part of the province."
    )
    assert not any(e[0] == "advance" for e in seen(text, published=date(2024, 6, 30)))


def test_a_bare_verb_joined_to_were_able_to_reports_what_was_done(seen: Seen) -> None:
    text = (
        "Russian assault units were able to clear the forest belt and establish control over the village of "
        "Vyimka, the head of the region said."
    )
    assert ("advance", "RU", "Vyimka") in seen(text, published=date(2025, 3, 12))


def test_a_goal_joined_by_and_is_still_no_advance(seen: Seen) -> None:
    text = "Russian troops want to encircle the town and establish control over Kupiansk."
    assert not any(e[0] == "advance" for e in seen(text, published=date(2025, 3, 12)))


def test_the_enemies_that_penetrated_into_villages_advanced(seen: Seen) -> None:
    text = (
        "Ukraine's General Staff said the enemies also penetrated into Dalne and Sontsivka near Kurakhove on "
        "Friday."
    )
    found = seen(text, published=date(2024, 11, 9))
    assert {("advance", "RU", "Dalnie"), ("advance", "RU", "Sontsivka")} <= found  # Dalne, spelt Dalnie


def test_a_strike_told_with_no_side_takes_the_side_of_fire_told_without_a_place(seen: Seen) -> None:
    text = (
        "Russian glide bombs slammed into a town in the south of the country on Saturday evening, killing "
        "five people.\n\nOfficials declared a day of mourning. The town lies 30 km north of the front line "
        "and had 14,000 people before the war.\n\nThe governor said three children were among the dead.\n\n"
        "In an earlier post, he said the strike damaged a school and houses in Vilniansk."
    )
    assert ("strike", "RU", "Vilniansk") in seen(text, published=date(2024, 6, 30))


def test_aircraft_destroyed_on_an_airfield_were_not_shot_down_by_their_own_side(seen: Seen) -> None:
    text = "Four Russian aircraft were destroyed as a result of explosions at the Saky airfield."
    found = seen(text, published=date(2022, 8, 10))
    assert not any(e[0] == "strike" and e[1] == "RU" for e in found)


def test_shelling_and_an_incursion_near_a_town_are_two_events_there(seen: Seen) -> None:
    text = (
        "The warning came after heavy Ukrainian shelling and an infantry incursion backed by armoured "
        "vehicles near Sudzha on the night of August 6."
    )
    found = seen(text, published=date(2024, 8, 7))
    assert {("strike", "UA", "Sudzha"), ("advance", "UA", "Sudzha")} <= found


def test_a_drone_incursion_is_no_ground_taken(seen: Seen) -> None:
    text = "Poland protested a drone incursion near Lublin on Sunday."
    assert not any(e[0] == "advance" for e in seen(text, published=date(2025, 9, 14)))


def test_an_attack_on_a_community_is_fire_on_it(seen: Seen) -> None:
    text = "The occupiers also launched an attack on Chervonohryhorivka community overnight, the head said."
    found = seen(text, published=date(2024, 8, 10))
    assert ("strike", "RU", "Chervonohryhorivka") in found
    assert not any(e[0] == "advance" for e in found)


def test_a_power_supply_cut_off_is_no_town_cut_off(seen: Seen) -> None:
    text = "The mayor said the power supply had been cut off in most districts of Lutsk after the attack."
    assert not any(e[0] == "advance" for e in seen(text, published=date(2024, 8, 26)))


def test_a_side_in_a_relative_clause_after_the_strike_is_its_agent_not_its_target(seen: Seen) -> None:
    text = (
        "The strike on Lutsk was part of a wider attack in which Russia launched some 300 drones and 40 "
        "missiles across Ukraine."
    )
    found = seen(text, published=date(2025, 7, 4))
    assert ("strike", "RU", "Lutsk") in found
    assert not any(e[1] == "UA" for e in found)


def test_a_plant_held_across_the_river_is_only_a_landmark(seen: Seen) -> None:
    text = (
        "In Marhanets, which lies on the opposite bank of the Dnipro from the Russian-held nuclear power "
        "plant, two people were wounded in a drone strike."
    )
    assert ("strike", "RU", "Marhanets") in seen(text, published=date(2024, 5, 3))


def test_a_fire_attack_of_the_russian_ministry_is_fire(seen: Seen) -> None:
    text = (
        'The Russian Defence Ministry said its forces had "carried out a fire attack" on Ukrainian manpower '
        "near the villages of Darino and Gogolevka in the Kursk region."
    )
    found = seen(text, published=date(2024, 8, 20))
    assert {("strike", "RU", "Darino"), ("strike", "RU", "Gogolevka")} <= found


def test_the_assault_groups_of_the_grv_south_are_russian(seen: Seen) -> None:
    text = 'Assault groups of the GRV "South" took control of the village of Vyimka, the region\'s head said.'
    assert ("advance", "RU", "Vyimka") in seen(text, published=date(2025, 3, 12))


def test_soldiers_on_top_of_destroyed_buildings_are_no_strike(seen: Seen) -> None:
    text = "Video shows Russian soldiers waving flags from atop destroyed buildings in Vuhledar."
    assert not any(e[0] == "strike" for e in seen(text, published=date(2024, 10, 2)))


def test_district_lines_after_the_attack_affected_districts_are_fire(seen: Seen) -> None:
    text = (
        "Russia attacked Kyiv Oblast with drones overnight into Thursday, the regional administration said."
        "\n\nThe officials said the rescue took six hours and involved 40 firefighters and 12 vehicles."
        "\n\nNo one was hurt, the State Emergency Service added later on Thursday morning.\n\n"
        "The administration had announced at 11 p.m. on Wednesday that air defence was at work in the region."
        "\n\nResidents were asked to stay in shelters until the all-clear.\n\n"
        "Morning updates from the administration said that the attack affected two districts:\n\n"
        "- In the Brovary district, two private homes were damaged.\n\n"
        "- In the Boryspil district, a warehouse was damaged."
    )
    found = seen(text, published=date(2025, 2, 27))
    assert {("strike", "RU", "Brovary Raion"), ("strike", "RU", "Boryspil Raion")} <= found  # (round 76)


def test_a_capital_subjected_to_an_air_strike_is_its_target(seen: Seen) -> None:
    text = (
        "The enemy's massive night attack on the Kyiv region went on for eight hours, the administration "
        "said. "
        "As reported earlier, Kyiv was subjected to another large-scale air strike overnight."
    )
    found = seen(text, published=date(2025, 7, 10))
    assert ("strike", "RU", "Kyiv") in found
    assert not any(e[1] == "UA" for e in found)


def test_a_capital_before_its_own_oblast_in_a_list_of_regions_is_the_city(seen: Seen) -> None:
    text = "Kyiv, Kyiv region, Poltava, Sumy and Odesa regions came under attack overnight."
    found = seen(text, published=date(2025, 5, 25))
    assert {("strike", "RU", place) for place in ("Kyiv", "Kyiv Oblast", "Sumy Oblast")} <= found


def test_a_capital_that_speaks_is_no_place_of_the_fire_it_reports(seen: Seen) -> None:
    text = "Kyiv, meanwhile, said that two people were wounded by Russian shelling in the Kherson region."
    found = seen(text, published=date(2025, 1, 25))
    assert ("strike", "RU", "Kherson Oblast") in found
    assert not any(e[2] == "Kyiv" for e in found)


def test_an_unsuccessful_attack_is_fighting_that_took_nothing(seen: Seen) -> None:
    text = "Russian troops launched an unsuccessful attack on the outskirts of Marinka and Pobieda."
    found = seen(text, ("advance", "contact"), published=date(2023, 10, 2))
    assert ("contact", "UA", "Marinka") in found
    assert not any(e[0] == "advance" for e in found)


def test_footage_of_a_bridge_blown_up_is_a_strike_on_the_crossing(seen: Seen) -> None:
    text = "The footage shows the explosion of a bridge over the Siverskyi Donets near Sviatohirsk."
    assert any(e[0] == "bridge_strike" for e in seen(text, published=date(2022, 6, 5)))


def test_the_oblast_of_the_airfield_bombers_took_off_from_is_no_target(seen: Seen) -> None:
    text = (
        "The Air Force said six Tu-95 bombers had launched cruise missiles from the area of Engels in "
        "Russia's Saratov Oblast."
    )
    assert not any(e[2] == "Saratov Oblast" for e in seen(text, published=date(2025, 2, 25)))


def test_an_explosion_probably_from_a_dropped_device_is_told_as_fact(seen: Seen) -> None:
    text = (
        "The border guards recorded the following in the Semenivka community:\n\n"
        "- one explosion, probably an explosive device dropped from a UAV, near the village of Liskivshchyna."
    )
    assert any(e[0] == "strike" and e[2] == "Liskivshchyna" for e in seen(text, published=date(2024, 9, 11)))


def test_unsuccessful_attempts_to_capture_a_town_take_nothing(seen: Seen) -> None:
    text = "Russian forces are continuing unsuccessful attempts to capture Marinka, the spokesman said."
    assert not any(e[0] == "advance" for e in seen(text, published=date(2023, 10, 3)))


def test_fire_on_a_left_bank_town_russia_has_held_since_2022_is_ukraine_s(seen: Seen) -> None:
    text = "Tavriisk came under artillery fire on Tuesday, the local authorities said."
    assert ("strike", "UA", "Tavriisk") in seen(text, published=date(2023, 6, 21))


def test_a_withdrawal_named_as_what_a_counterattack_answered_keeps_its_side(seen: Seen) -> None:
    text = (
        "The commander called it a counterattack in response to the withdrawal of Ukrainian forces from "
        "Avdiivka."
    )
    assert ("retreat", "UA", "Avdiivka") in seen(text, published=date(2024, 2, 28))


def test_the_complete_takeover_of_villages_is_an_advance_on_each(seen: Seen) -> None:
    text = (
        "The Russian Defence Ministry reported the complete takeover of the border villages of Hatyshche and "
        "Strilecha in the Kharkiv region."
    )
    found = seen(text, published=date(2024, 5, 12))
    assert {("advance", "RU", "Hatyshche"), ("advance", "RU", "Strilecha")} <= found


def test_a_village_the_enemy_has_almost_completely_occupied_was_taken(seen: Seen) -> None:
    text = "Heavy fighting goes on for Lukiantsi, which the enemy has almost completely occupied."
    assert ("advance", "RU", "Lukiantsi") in seen(text, published=date(2024, 5, 13))


def test_positions_established_inside_a_town_are_ground_taken(seen: Seen) -> None:
    text = "Russian forces were establishing positions inside the border town of Vovchansk on Wednesday."
    assert ("advance", "RU", "Vovchansk") in seen(text, published=date(2024, 5, 15))


def test_difficulties_in_establishing_a_foothold_take_nothing(seen: Seen) -> None:
    text = "Footage shows Russian difficulties in establishing a foothold on the southern bank in Vovchansk."
    assert not any(e[0] == "advance" for e in seen(text, published=date(2024, 6, 4)))


def test_a_sudden_thrust_near_a_town_is_an_advance(seen: Seen) -> None:
    text = "Russian forces have made a sudden thrust into eastern Ukraine near the mining town of Dobropillia"
    assert ("advance", "RU", "Dobropillia") in seen(text, published=date(2025, 8, 12))


def test_a_town_now_under_constant_drone_and_shell_fire_is_struck(seen: Seen) -> None:
    text = "Kostiantynivka, home to 67,000 people before the war, is now under constant drone and mortar fire"
    assert ("strike", "RU", "Kostiantynivka") in seen(text, published=date(2025, 8, 15))


def test_the_same_side_that_tried_but_failed_and_retreated_left_the_place(seen: Seen) -> None:
    text = "The Russians tried to relieve their troops in the area of Kucheriv Yar, but failed and retreated."
    assert ("retreat", "RU", "Kucheriv Yar") in seen(text, published=date(2025, 10, 10))


def test_a_ministry_that_said_it_carried_out_quoted_strikes_made_them(seen: Seen) -> None:
    text = (
        'The Russian Defence Ministry said it had carried out "high-precision" missile strikes on four '
        "artillery depots in the Donetsk area."
    )
    found = seen(text, published=date(2022, 5, 16))
    assert ("strike", "RU", "Donetsk") in found
    assert not any(e[1] == "UA" for e in found)


def test_occupiers_that_do_not_stop_shelling_keep_shelling(seen: Seen) -> None:
    text = "The occupiers do not stop shelling the border areas of Sumy and Chernihiv oblasts."
    found = seen(text, published=date(2022, 5, 23))
    assert {("strike", "RU", "Sumy Oblast"), ("strike", "RU", "Chernihiv Oblast")} <= found


def test_a_damaged_bridge_repaired_is_no_strike(seen: Seen) -> None:
    text = "Russia moved 250 vehicles to Izium, refitting damaged units and repairing a damaged bridge."
    assert not any(e[0] in ("strike", "bridge_strike") for e in seen(text, published=date(2022, 4, 4)))


def test_a_city_forces_set_conditions_to_attack_through_is_no_advance(seen: Seen) -> None:
    text = (
        "However, Russian forces advancing from the Izium axis are setting conditions to resume offensive "
        "operations through the city of Sloviansk to link up with other Russian forces in Donbas."
    )
    assert ("advance", "RU", "Sloviansk") not in seen(text, published=date(2022, 4, 4))


def test_ultra_detachments_that_blew_up_a_bridge_are_ukraine_s(seen: Seen) -> None:
    text = "The ministry said ultra-detachments blew up a bridge over the Siverskyi Donets near Sviatohirsk"
    assert any(e[0] == "bridge_strike" and e[1] == "UA" for e in seen(text, published=date(2022, 6, 7)))


def test_drones_fired_at_a_region_are_the_firing_side_s_whoever_downed_them() -> None:
    sentence = (
        "Russia's air defence forces shot down 35 of 40 Ukrainian unmanned aerial vehicles (UAVs) fired at "
        "the republic."
    )
    fired = next(t for t in find_triggers(sentence) if t.text.startswith("fired"))
    # (the fire a round-up goes on to count town by town: its side, not the air defence's)
    assert decide_actor(sentence, fired, find_actor_phrases(sentence, "UA")) == ("UA", "agent")


def test_a_head_that_shared_a_video_of_attacks_is_no_attacker(seen: Seen) -> None:
    text = (
        "Ukrainian drones struck Horlivka again on Sunday. Denis Pushilin, the head of the Donetsk People's "
        "Republic, shared a video on his Telegram channel detailing the attacks on Horlivka."
    )
    assert not any(e[1] == "RU" for e in seen(text, published=date(2025, 6, 2)))


def test_a_military_airport_named_after_its_town_is_where_the_fire_fell(seen: Seen) -> None:
    text = "Officials said the Myrhorod military airport was attacked by Russia early this morning."
    assert ("strike", "RU", "Myrhorod") in seen(text, published=date(2023, 6, 10))


def test_an_attack_that_impacted_a_district_is_fire_on_it(seen: Seen) -> None:
    text = "The attack also impacted energy infrastructure in Lubny, leaving 160 households without power."
    assert ("strike", "RU", "Lubny") in seen(text, published=date(2025, 2, 1))


def test_the_occupiers_who_terrorized_communities_fired_on_them(seen: Seen) -> None:
    text = "During the day, the occupiers terrorized Nikopol, Marhanets and Myrove communities with drones."
    found = seen(text, published=date(2025, 5, 15))
    assert {("strike", "RU", town) for town in ("Nikopol", "Marhanets", "Myrove")} <= found


def test_an_opening_clause_s_hedge_is_the_backdrop_s_not_the_event_s(seen: Seen) -> None:
    text = (
        "As both capitals talk of possible peace, the war has intensified, with Russian forces carving out a "
        "chunk of the Sumy region and entering the Dnipropetrovsk region."
    )
    found = seen(text, published=date(2025, 6, 30))
    assert {("advance", "RU", "Sumy Oblast"), ("advance", "RU", "Dnipropetrovsk Oblast")} <= found


def test_a_capital_closing_a_headline_is_its_source_not_its_place(seen: Seen) -> None:
    text = "Russian troops enter Ukraine's Dnipropetrovsk region for first time: Kiev"
    found = seen(text, published=date(2025, 6, 9))
    assert ("advance", "RU", "Dnipropetrovsk Oblast") in found
    assert not any(e[2] == "Kyiv" for e in found)
