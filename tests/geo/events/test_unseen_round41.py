"""Round 41 of unseen reporting: fire "under the fire of the occupiers", air defences that repel an attack
(the attack is the other side's), an airport named by its city's possessive, a body that "said on Friday
(April 15) it had taken" a plant, houses destroyed village by village, and the things that are no event:
people trapped in a city, a drone that lost control, a witness who describes fleeing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_settlements_under_the_fire_of_the_occupiers_are_struck(seen: Seen) -> None:
    text = (
        "In particular, Kozacha Lopan, Vovchansk, Dvorichna and other settlements were under the fire of "
        "Russian troops."
    )
    found = seen(text, published=date(2023, 3, 7))
    assert {("strike", "RU", place) for place in ("Kozacha Lopan", "Vovchansk", "Dvorichna")} <= found


def test_air_defences_that_repel_drones_name_the_side_that_did_not_strike(seen: Seen) -> None:
    text = (
        "Russian air defences repelled an attack by three drones flying towards Moscow, the mayor said on "
        "Sunday, with no injuries reported in the capital or in an earlier attack on a fuel depot in one of "
        "Russia's southern regions."
    )
    found = seen(text, published=date(2025, 3, 16))
    assert {e[1] for e in found if e[0] == "strike"} == {"UA"}


def test_air_defences_beside_a_named_attacker_change_nothing(seen: Seen) -> None:
    text = "Ukrainian air defence shot down 20 drones overnight, while Russian artillery shelled Kupiansk."
    assert ("strike", "RU", "Kupiansk") in seen(text)


def test_a_city_s_possessive_before_its_airport_is_no_attacker(seen: Seen) -> None:
    text = "Moscow's Vnukovo international airport was closed on Sunday after two drones hit buildings."
    found = seen(text, published=date(2023, 7, 31))
    assert {e[1] for e in found if e[0] == "strike"} == {"UA"}  # drones on Russia, nobody else named


def test_a_ministry_that_said_on_a_day_in_brackets_it_had_taken_a_plant(seen: Seen) -> None:
    text = (
        "The Russian defence ministry said on Friday (April 15) it had taken complete control over the "
        "metallurgical plant in Mariupol."
    )
    assert ("advance", "RU", "Mariupol") in seen(text, published=date(2022, 4, 15))


def test_houses_destroyed_village_by_village_are_strikes_on_each(seen: Seen) -> None:
    text = "Some 12 houses were destroyed in Orikhove, five in Vrubivka, three in Lysychansk, two in Hirske."
    found = seen(text, published=date(2022, 6, 5))
    assert {e[2] for e in found if e[0] == "strike"} == {"Orikhove", "Vrubivka", "Lysychansk", "Hirske"}


def test_a_village_on_the_outskirts_of_a_town_damaged_is_the_village(seen: Seen) -> None:
    text = "The village of Synetskyi on the outskirts of Sievierodonetsk was badly damaged."
    found = seen(text, published=date(2022, 6, 5))
    assert {e[2] for e in found if e[0] == "strike"} == {"Synetskyi"}


def test_houses_ruined_by_a_flood_word_alone_need_a_village_list(seen: Seen) -> None:
    text = "The houses were destroyed decades ago and never rebuilt, residents of Hirske said."
    assert not seen(text)


def test_people_trapped_in_a_city_are_no_encirclement(seen: Seen) -> None:
    text = "Thousands of civilians have died in Mariupol and tens of thousands remain trapped in the city."
    assert not {e for e in seen(text, published=date(2022, 4, 14)) if e[0] == "advance"}


def test_troops_trapped_in_a_city_still_lost_it(seen: Seen) -> None:
    text = "Ukrainian troops remain trapped in Pokrovsk, the Russian ministry said."
    assert ("advance", "RU", "Pokrovsk") in seen(text)


def test_a_drone_that_lost_control_lost_no_ground(seen: Seen) -> None:
    text = (
        "Two other drones were suppressed by electronic warfare, lost control and crashed in Moscow's "
        "Odintsovo district."
    )
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_a_witness_who_describes_fleeing_is_no_retreat(seen: Seen) -> None:
    text = (
        "Civilians making the dangerous escape from Mariupol described fleeing through street battles as "
        "the shelling went on."
    )
    assert not {e for e in seen(text, published=date(2022, 3, 20)) if e[0] == "retreat"}


def test_bombers_flying_from_a_russian_region_are_no_strike_on_it(seen: Seen) -> None:
    text = (
        "Ukraine was attacked at night by cruise missiles launched from at least four Tu-95 bombers from the "
        "Saratov region, the air force said."
    )
    assert not {e for e in seen(text) if e[2] == "Saratov Oblast"}


def test_a_far_capital_that_started_deliveries_is_no_place_hit(seen: Seen) -> None:
    text = (
        "Officials reported the incident a day earlier, saying it was the first hit of its kind since "
        "Washington started delivering the missiles."
    )
    assert not {e for e in seen(text) if e[2] == "Washington"}


def test_defensive_positions_taken_after_a_withdrawal_are_no_advance(seen: Seen) -> None:
    text = (
        "In the Avdiivka direction, the Ukrainian defence forces have withdrawn to the western outskirts of "
        "Lastochkyne and have taken pre-prepared defensive positions."
    )
    found = seen(text, published=date(2024, 2, 25))
    assert ("retreat", "UA", "Lastochkyne") in found
    assert not {e for e in found if e[0] == "advance"}


def test_forays_that_were_pushed_back_give_up_no_ground(seen: Seen) -> None:
    text = (
        "He said Russians were advancing toward Lysychansk from Zolote, adding that Russian reconnaissance "
        "units conducted forays on the edges of Toshkivka but were pushed back."
    )
    assert not {e for e in seen(text, published=date(2022, 6, 25)) if e[0] == "retreat"}


def test_troops_pushed_back_from_a_town_still_retreat(seen: Seen) -> None:
    assert ("retreat", "RU", "Kreminna") in seen("Russian troops were pushed back from Kreminna.")


def test_the_subject_of_a_clause_is_not_the_side_of_the_attack_after_it(seen: Seen) -> None:
    text = (
        "Russians launched missiles at Zaporizhzhia overnight. Ukraine lost about a fifth of its power "
        "regulation capacity after the attack on the Dnipro Hydroelectric Power Plant."
    )
    found = seen(text, published=date(2024, 3, 22))
    assert not {e for e in found if e[0] == "bridge_strike" and e[1] == "UA"}


def test_a_city_that_faced_bombardment_was_struck(seen: Seen) -> None:
    text = (
        "The city of Sievierodonetsk, the administrative centre of the Luhansk region, has faced relentless "
        "Russian bombardment."
    )
    assert ("strike", "RU", "Sievierodonetsk") in seen(text, published=date(2022, 6, 10))


def test_a_road_named_by_its_ends_under_fire_strikes_neither_town(seen: Seen) -> None:
    text = "The road connecting Lyman and Torske is under heavy enemy fire, the brigade said."
    assert not {e for e in seen(text, published=date(2022, 9, 30)) if e[0] == "strike"}


def test_a_place_taken_and_so_has_another(seen: Seen) -> None:
    text = "Torske has been taken, and so has Drobysheve on the other side of the road."
    found = {e[2] for e in seen(text, published=date(2022, 9, 30)) if e[0] == "advance"}
    assert found == {"Torske", "Drobysheve"}


def test_districts_after_other_settlements_only_say_where_they_lie(seen: Seen) -> None:
    text = (
        "Over the past day, Kupiansk, Strilecha, Ohirtseve, Dvorichna and other settlements of the Kharkiv, "
        "Kupiansk and Chuhuiv districts were under the fire of the occupiers."
    )
    found = {e[2] for e in seen(text, published=date(2023, 5, 20)) if e[0] == "strike"}
    assert found == {"Kupiansk", "Strilecha", "Ohirtseve", "Dvorichna"}  # not Kharkiv, not Chuhuiv


def test_a_round_up_list_by_district_closed_by_a_quoted_attribution(seen: Seen) -> None:
    text = (
        '"More than 20 settlements across Kharkiv region came under enemy artillery and mortar attacks, in '
        "particular: Kozacha Lopan, Kharkiv district; Izbytske, Chuhuiv district; Dvorichna, Synkivka, "
        'Petropavlivka, Stroivka, Kupiansk district," the report says.'
    )
    found = {e[2] for e in seen(text, published=date(2023, 12, 24)) if e[0] == "strike"}
    assert {"Kozacha Lopan", "Izbytske", "Dvorichna", "Synkivka", "Petropavlivka", "Stroivka"} <= found


def test_drones_on_regions_of_russia_are_ukraine_s(seen: Seen) -> None:
    text = "On the night of May 1, drones attacked the Ryazan and Voronezh regions of Russia."
    found = seen(text, published=date(2024, 5, 1))
    assert {("strike", "UA", "Ryazan Oblast"), ("strike", "UA", "Voronezh Oblast")} <= found


def test_other_settlements_of_the_region_including_a_list_are_struck_too(seen: Seen) -> None:
    text = (
        "Russian forces fired about ten missiles at Kharkiv, as well as other settlements in the region "
        "including Liubotyn, Derhachi and Zolochiv."
    )
    found = {e[2] for e in seen(text, published=date(2024, 5, 23)) if e[0] == "strike"}
    assert found == {"Kharkiv", "Liubotyn", "Derhachi", "Zolochiv"}


def test_a_drone_downed_over_a_russian_city_in_a_quote_is_ukraine_s(seen: Seen) -> None:
    text = (
        "Ukraine's military intelligence claimed responsibility for a drone strike on an oil refinery in "
        "southern Russia's Saratov region.\n\n"
        '"A drone was eliminated over the territory of Saratov overnight. Part of the debris fell in an '
        'industrial zone," the governor said on Telegram.'
    )
    found = seen(text, published=date(2024, 11, 8))
    assert {e[1] for e in found if e[0] == "strike"} == {"UA"}


def test_a_monitor_that_acknowledges_a_loss_lost_the_place(seen: Seen) -> None:
    text = (
        "Russian forces keep pressing on Selydove and Pokrovsk in the Donetsk region. The Ukrainian war blog "
        "DeepState acknowledged the loss of Vyshneve and said Russian forces were moving on a village nearby."
    )
    assert ("advance", "RU", "Vyshneve") in seen(text, published=date(2024, 11, 3))


def test_people_who_became_trapped_in_their_flats_are_no_encirclement(seen: Seen) -> None:
    text = "In downtown Odesa some people became trapped in their apartments after the attack, police said."
    assert not {e for e in seen(text, published=date(2023, 7, 23)) if e[0] == "advance"}


def test_a_withdrawal_on_a_day_from_a_deal_is_no_retreat(seen: Seen) -> None:
    text = "Odesa's ports have been targets ever since Moscow withdrew on July 17 from a U.N.-brokered deal."
    assert not {e for e in seen(text, published=date(2023, 7, 27)) if e[0] == "retreat"}


def test_missiles_launched_from_a_neighbouring_region_do_not_strike_it(seen: Seen) -> None:
    text = (
        "Prosecutors said the missiles that hit Kharkiv were launched from Russia's neighbouring Belgorod "
        "region."
    )
    found = seen(text, published=date(2024, 5, 23))
    assert ("strike", "RU", "Kharkiv") in found
    assert not {e for e in found if e[2] == "Belgorod Oblast"}


def test_fire_on_a_village_told_with_its_district_and_oblast_is_on_the_village(seen: Seen) -> None:
    text = (
        "As previously reported, in the village of Velykyi Burluk, Kupiansk district, Kharkiv region, a fire "
        "broke out at an agricultural enterprise on the night of September 16 following a strike by a "
        "Russian drone."
    )
    found = {e[2] for e in seen(text, published=date(2024, 1, 21)) if e[0] == "strike"}
    assert found == {"Velykyi Burluk"}  # not the Kharkiv Oblast that only says where it is


def test_a_withdrawal_with_no_object_left_the_village_not_its_oblast(seen: Seen) -> None:
    text = (
        "Russian forces have taken control of the village of Krokhmalne in Ukraine's Kharkiv region, "
        "Russia's Defence Ministry said on Sunday, and a Ukrainian military spokesman confirmed that Kyiv's "
        "forces had withdrawn."
    )
    found = seen(text, published=date(2024, 1, 21))
    assert ("retreat", "UA", "Krokhmalne") in found
    assert not {e for e in found if e[2] == "Kharkiv Oblast"}


def test_troops_moved_from_a_village_to_prepared_positions_left_it(seen: Seen) -> None:
    text = "Ukrainian troops have moved from Krokhmalne to more prepared positions, the spokesman said."
    assert ("retreat", "UA", "Krokhmalne") in seen(text, published=date(2024, 1, 21))


def test_damage_reported_in_a_town_and_communities_is_fire_on_each(seen: Seen) -> None:
    text = "Damage was reported in Pavlohrad itself, as well as in the Ternivka and Mezhyrich communities."
    found = {e[2] for e in seen(text, published=date(2023, 12, 8)) if e[0] == "strike"}
    assert found == {"Pavlohrad", "Ternivka", "Mezhyrich"}


def test_storm_damage_is_no_strike(seen: Seen) -> None:
    assert not seen("Storm damage was reported in Odesa after the heavy rain.", published=date(2023, 12, 8))


def test_villages_retaken_are_the_subject_s_not_the_places_its_modifiers_name(seen: Seen) -> None:
    text = (
        "The UK's Ministry of Defence said the villages of Sloboda and Lukashivka to the south of Chernihiv "
        "and located along one of the main supply routes between the city and Kyiv had been retaken by "
        "Ukrainian forces."
    )
    found = {e[2] for e in seen(text, published=date(2022, 4, 1)) if e[0] == "advance"}
    assert found == {"Sloboda", "Lukashivka"}


def test_an_army_losing_thousands_in_quotes_gives_up_no_ground(seen: Seen) -> None:
    text = (
        'The Russian army has entered the village of Rabotino and keeps advancing, with the Ukrainian armed '
        'forces losing "thousands" of people, the governor said.'
    )
    found = seen(text, published=date(2024, 2, 25))
    assert ("advance", "RU", "Robotyne") in found
    assert not {e for e in found if e[0] == "retreat"}
