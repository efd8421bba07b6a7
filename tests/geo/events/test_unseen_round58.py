"""Round 58 of unseen reporting: sieges told with no side named, casualties and damage counted town by
town, raids on the spits of the Black Sea coast, and crossings blown up one after another."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py

MARCH_2022 = date(2022, 3, 3)
JANUARY_2023 = date(2023, 1, 12)
AUGUST_2024 = date(2024, 8, 9)


def test_a_town_ukraine_held_encircled_by_no_side_named_was_encircled_by_russia(seen: Seen) -> None:
    text = (
        "Mayor Vadym Boychenko said Mariupol has been encircled and under constant attack over the previous "
        "24 hours."
    )
    assert seen(text, published=MARCH_2022) == {("advance", "RU", "Mariupol"), ("strike", "RU", "Mariupol")}


def test_a_town_russia_held_encircled_by_no_side_named_was_encircled_by_ukraine(seen: Seen) -> None:
    # Izium, held by Russia from April to September 2022
    text = "By Friday Izium had been surrounded, the governor said."
    assert seen(text, published=date(2022, 9, 9)) == {("advance", "UA", "Izium")}


def test_a_circle_tightened_around_a_town_is_ground_gained(seen: Seen) -> None:
    text = "Pro-Russian separatists said they had “tightened their circle” around Mariupol."
    assert seen(text, published=MARCH_2022) == {("advance", "RU", "Mariupol")}


def test_the_noose_tightened_around_a_town_is_ground_gained(seen: Seen) -> None:
    text = "Russian forces are tightening the noose around Pokrovsk, the Ukrainian commander said."
    assert seen(text, published=date(2025, 11, 10)) == {("advance", "RU", "Pokrovsk")}


def test_villages_ukraine_held_now_under_russian_control_were_taken(seen: Seen) -> None:
    text = (
        "According to him, today, the settlements of Novenke and Basivka of the Yunakivska community are "
        "under the control of the Russian Federation in the territory of Sumy region."
    )
    taken = {("advance", "RU", "Novenke"), ("advance", "RU", "Basivka")}
    assert seen(text, published=date(2025, 5, 26)) == taken


def test_a_town_that_remains_under_ukrainian_control_was_not_taken(seen: Seen) -> None:
    text = "Kupiansk is under the control of Ukraine's defence forces, the General Staff said."
    assert not {event for event in seen(text, published=date(2025, 11, 26)) if event[0] == "advance"}


def test_a_village_under_russian_control_once_is_no_news_of_its_taking(seen: Seen) -> None:
    text = "The village of Andriivka was under Russian control in June 2025 and liberated in August."
    assert ("advance", "RU", "Andriivka") not in seen(text, published=date(2026, 1, 8))


def test_an_oblasts_border_area_under_russian_control_is_the_map(seen: Seen) -> None:
    text = "62.6 sq km of the Sumy Oblast border area is under the control of Russian troops."
    assert not {event for event in seen(text, published=date(2025, 5, 24)) if event[0] == "advance"}


def test_the_dead_of_a_shelling_name_the_village_it_fell_on(seen: Seen) -> None:
    text = (
        "Russian forces continued to shell Donetsk Oblast along the front line overnight and on the morning "
        "of Jan. 12, killing one person in Paraskoviivka, a village near Soledar, Governor Pavlo Kyrylenko "
        "reported."
    )
    assert ("strike", "RU", "Paraskoviivka") in seen(text, published=JANUARY_2023)


def test_homes_damaged_in_two_towns_joined_by_and_are_two_strikes(seen: Seen) -> None:
    text = "Russian shelling damaged six homes in Vuhledar and three homes in Lyman, Kyrylenko said."
    assert seen(text, published=JANUARY_2023) == {("strike", "RU", "Vuhledar"), ("strike", "RU", "Lyman")}


def test_troops_destroyed_after_a_failed_landing_were_hit_by_the_other_side(seen: Seen) -> None:
    text = (
        "A group of Ukrainian armed forces’ paratroopers attempted to land near Kinburn Spit early in the "
        "morning on Thursday, but were destroyed, Kirill Stremousov said."
    )
    assert seen(text, published=date(2022, 9, 15)) == {("strike", "RU", "Kinburn Spit")}


def test_a_withdrawal_in_a_clause_of_its_own_is_from_the_place_after_it(seen: Seen) -> None:
    text = (
        "Russian advances into Sumy have gained momentum since Ukrainian forces withdrew from most of their "
        "foothold in Russia's Kursk Oblast in March."
    )
    assert ("retreat", "UA", "Kursk Oblast") in seen(text, published=date(2025, 6, 8))
    assert ("retreat", "UA", "Sumy") not in seen(text, published=date(2025, 6, 8))


def test_retaking_lost_ground_loses_none(seen: Seen) -> None:
    text = (
        "Ukrainian defenders in the vicinity of Kyiv are mounting successful counterattacks near the capital "
        "and appear to be retaking lost ground, the British Defence Ministry said."
    )
    assert not {event for event in seen(text, published=date(2022, 3, 23)) if event[0] == "retreat"}


def test_an_advance_that_left_troops_facing_shortages_gave_no_ground(seen: Seen) -> None:
    text = (
        "Ukraine is bringing increasing pressure northeast of Kyiv, where a long-stalled advance by Russian "
        "troops has left them facing considerable supply and morale issues."
    )
    assert not {event for event in seen(text, published=date(2022, 3, 23)) if event[0] == "retreat"}


def test_a_raid_a_side_conducted_on_a_spit_is_its_strike(seen: Seen) -> None:
    text = (
        "Ukraine's military intelligence agency confirmed on Wednesday that its forces had conducted a raid "
        "on the Russian-controlled Tendra Spit in the northwest of the Black Sea."
    )
    assert seen(text, published=AUGUST_2024) == {("strike", "UA", "Tendra Spit")}


def test_a_raid_repelled_is_no_raid_done(seen: Seen) -> None:
    text = "The Ukrainian government said troops repelled an overnight raid on a base at Artemivsk."
    assert not {event for event in seen(text, published=date(2014, 6, 5)) if event[0] == "strike"}


def test_the_side_of_equipment_destroyed_in_a_quoted_list_did_not_raid(seen: Seen) -> None:
    text = (
        'They destroyed Russian "equipment, personnel, and fortifications" during a raid on the Tendra Spit, '
        "HUR said."
    )
    assert ("strike", "RU", "Tendra Spit") not in seen(text, published=AUGUST_2024)


def test_a_second_crossing_blown_up_is_at_the_town_its_verb_names(seen: Seen) -> None:
    text = (
        "“The occupiers blew up not only Dariivskyi and Tiahynskyi bridges, they also blew up the bridge at "
        "the exit from Snihurivka towards Kherson across the canal,” Khlan said during a press conference."
    )
    assert ("bridge_strike", "RU", "Snihurivka") in seen(text, published=date(2022, 11, 9))


def test_a_second_verb_of_fire_with_no_place_of_its_own_keeps_the_crossing(seen: Seen) -> None:
    text = (
        "Russian troops attacked the Kaniv Hydroelectric Power Plant in Cherkasy Oblast during an attack on "
        "March 29, President Volodymyr Zelensky said."
    )
    assert ("bridge_strike", "RU", "Cherkasy Oblast") not in seen(text, published=date(2024, 3, 30))


def test_a_raid_repelled_with_the_article_before_it_is_no_raid_done(seen: Seen) -> None:
    text = "Russian border guards repelled a raid on Belgorod Oblast, the governor said."
    assert not {event for event in seen(text, published=date(2024, 3, 12)) if event[0] == "strike"}


def test_a_claim_called_a_lie_is_no_taking(seen: Seen) -> None:
    text = "Russians lied about seizing Novoplatonivka village in Kharkiv region, the brigade said."
    assert not {event for event in seen(text, published=date(2026, 1, 20)) if event[0] == "advance"}


def test_a_town_that_lies_some_miles_off_is_no_lie(seen: Seen) -> None:
    text = (
        "The Russians are coming from the north, he said. The same forces had captured the town of Kherson, "
        "which lies about 40 miles east of Mykolaiv."
    )
    assert ("advance", "RU", "Kherson") in seen(text, published=date(2022, 3, 5))


def test_an_attack_on_a_village_that_set_a_fire_is_fire(seen: Seen) -> None:
    text = (
        "Additionally, Russian forces launched an attack on the village of Kurylivka in the Kupiansk "
        "district, causing a grass fire."
    )
    assert seen(text, published=date(2024, 10, 7)) == {("strike", "RU", "Kurylivka")}


def test_a_capital_an_offensive_tried_to_take_is_not_who_pushed_it_back(seen: Seen) -> None:
    text = (
        "When the Kremlin launched its offensive in February 2022 it tried to take the capital Kyiv before "
        "being pushed back by Ukrainian forces."
    )
    assert ("retreat", "RU", "Kyiv") in seen(text, published=date(2025, 2, 21))
    assert ("retreat", "UA", "Kyiv") not in seen(text, published=date(2025, 2, 21))


def test_troops_pushed_back_from_a_town_by_the_other_side_retreated(seen: Seen) -> None:
    text = "Russian troops were pushed back from Kyiv by Ukrainian forces, the ministry said."
    assert seen(text, published=date(2022, 4, 2)) == {("retreat", "RU", "Kyiv")}


def test_a_tank_unit_crossing_a_regions_western_border_is_in_the_region_entered(seen: Seen) -> None:
    text = (
        "Units of the 90th tank regiment crossed the western border of Donetsk into the adjacent "
        "Dnipropetrovsk region, Russia's defense ministry said Sunday."
    )
    assert seen(text, published=date(2025, 6, 8)) == {("advance", "RU", "Dnipropetrovsk Oblast")}


def test_reaching_a_regions_western_border_is_no_advance_in_the_region(seen: Seen) -> None:
    text = "As of last Sunday, a Russian tank unit had reached the western border of Donetsk, officials said."
    assert not {event for event in seen(text, published=date(2025, 6, 9)) if event[0] == "advance"}


def test_troops_that_tried_to_reach_a_regions_border_retreated_in_it(seen: Seen) -> None:
    text = (
        "From three sides, Russian troops tried to reach the border of Luhansk region - they retreated "
        "everywhere."
    )
    assert ("retreat", "RU", "Luhansk Oblast") in seen(text, published=date(2022, 7, 22))


def test_explosions_in_crimea_after_a_round_up_of_russias_fire_are_not_russias(seen: Seen) -> None:
    text = (
        "Russia has announced an attack by the Ukrainian military on facilities in Crimea using ATACMS "
        "missiles. The aggressor state cynically called the missile attack terrorist. According to Telegram "
        "channels, explosions were heard in Dzhankoi and Yevpatoria."
    )
    events = seen(text, published=date(2024, 5, 4))
    assert not {event for event in events if event[1] == "RU"}
    assert ("strike", "UA", "Yevpatoriya") in events


def test_depots_a_side_took_out_were_its_strike(seen: Seen) -> None:
    text = (
        "MOD officials also said Russia had taken out two Ukrainian ammunition depots and a drone command "
        "center in southeastern Dnepropetrovsk Region and a Kiev-controlled part of Kherson Region, again "
        "using UAV strikes."
    )
    assert seen(text, published=date(2023, 9, 3)) == {
        ("strike", "RU", "Dnipropetrovsk Oblast"),
        ("strike", "RU", "Kherson Oblast"),
    }


def test_a_loan_taken_out_is_no_strike(seen: Seen) -> None:
    text = "Residents of Kharkiv took out loans to rebuild their homes, the mayor said."
    assert not seen(text, published=date(2024, 6, 1))


def test_a_capital_given_arms_is_no_place_of_their_strike(seen: Seen) -> None:
    text = (
        "In April, using a longer-range variant of ATACMS that Washington began to secretly supply Kyiv this "
        "year, Ukrainian forces hit an airfield in Crimea, destroying several advanced Russian air-defense "
        "missile launchers and radars."
    )
    assert seen(text, published=date(2024, 5, 24)) == {("strike", "UA", "Crimea")}


def test_a_past_assessed_as_probable_is_still_told(seen: Seen) -> None:
    text = "Ukrainian forces have probably retaken the towns of Makariv and Moschun, said the ministry."
    retaken = {("advance", "UA", "Makariv"), ("advance", "UA", "Moshchun")}
    assert seen(text, published=date(2022, 3, 24)) == retaken


def test_a_probable_future_stays_unsure(seen: Seen) -> None:
    text = "Ukrainian forces will probably retake Makariv next week, said the ministry."
    assert not seen(text, published=date(2022, 3, 24))


def test_a_crossing_hit_to_stop_the_other_sides_convoy_was_the_defenders_blow(seen: Seen) -> None:
    text = (
        "The nation’s airborne assault troops targeted the bridge, which crosses the Teteriv River at "
        "Ivankiv, helping ground forces stop a Russian tank convoy, Ukraine’s military said."
    )
    assert seen(text, published=date(2022, 2, 25)) == {("bridge_strike", "UA", "Ivankiv")}


def test_a_factory_of_a_sides_weapons_struck_is_no_sign_of_its_fire(seen: Seen) -> None:
    text = (
        "Drones have attacked a Shahed (Geran-2) drone manufacturing facility located in Yelabuga, within "
        "the Alabuga special economic zone in Russia’s Republic of Tatarstan."
    )
    assert seen(text, published=date(2025, 4, 23)) == {("strike", "UA", "Yelabuga")}


def test_an_oblast_near_the_capital_is_where_the_debris_fell(seen: Seen) -> None:
    text = (
        "In the Kaluga region near Moscow, debris from a downed drone sparked a fire at an industrial site "
        "but it was quickly put out, Kaluga region Governor Vladislav Shapsha said."
    )
    assert seen(text, published=date(2025, 1, 20)) == {("strike", "UA", "Kaluga Oblast")}


def test_the_enemy_of_a_ministry_that_details_is_the_ministrys_enemy(seen: Seen) -> None:
    text = (
        "The claim raises questions about the effectiveness of Ukrainian countermeasures. Hours prior to "
        "these statements, the Russian Ministry of Defense announced that its units had liberated "
        "Kleban-Byk. The ministry detailed that enemy forces and military equipment were targeted across "
        "multiple settlements, including Seversk and Konstantinivka."
    )
    events = seen(text, published=date(2025, 8, 23))
    assert ("strike", "RU", "Siversk") in events
    assert ("strike", "UA", "Siversk") not in events


def test_a_second_verb_of_fire_joined_by_and_shares_the_subject(seen: Seen) -> None:
    text = (
        "Russian artillery has destroyed two Ukrainian infantry platoons and several weapon emplacements of "
        "the enemy’s 93rd brigade and inflicted losses on a platoon of the Azov formation near Kleban-Byk, "
        "it said."
    )
    assert seen(text, published=date(2025, 8, 22)) == {("strike", "RU", "Kleban-Byk")}


def test_communities_a_regional_round_up_lists_as_hit_were_struck(seen: Seen) -> None:
    text = "The Sumy, Yunakivka, Khotin and Velyka Pysarivka communities were hit, the administration said."
    assert seen(text, published=date(2025, 11, 28)) == {
        ("strike", "RU", "Sumy"),
        ("strike", "RU", "Yunakivka"),
        ("strike", "RU", "Khotin"),
        ("strike", "RU", "Velyka Pysarivka"),
    }


def test_drones_used_to_attack_districts_struck_them(seen: Seen) -> None:
    text = (
        "Russian troops are reported to have struck Kharkiv overnight. The Russians used 18 drones to attack "
        "the Kholodnohirskyi and Shevchenkivskyi districts of the city."
    )
    events = seen(text, published=date(2025, 9, 24))
    assert ("strike", "RU", "Kholodnohirskyi District") in events
    assert ("strike", "RU", "Shevchenkivskyi District") in events


def test_the_district_of_a_community_the_data_lacks_is_where_the_drone_struck(seen: Seen) -> None:
    # (since round 76 the district's point is its raion's middle, not Synelnykove 60 km west, and the
    # community's seat Malomykhailivka lies by it)
    text = "A drone struck Malomykhailivka hromada in the Synelnykove district, causing a fire."
    assert seen(text, published=date(2025, 9, 24)) == {("strike", "RU", "Malomykhailivka")}


def test_a_bus_hit_on_its_way_to_a_city_was_hit_where_the_sentence_puts_it(seen: Seen) -> None:
    text = "A Russian drone hit a bus heading to Sumy near Bilopillia, the governor said."
    assert seen(text, published=date(2025, 5, 17)) == {("strike", "RU", "Bilopillia")}


def test_drones_on_their_way_to_two_cities_keep_them_when_nothing_else_is_named(seen: Seen) -> None:
    text = "The ministry said it had destroyed Ukrainian drones en route to Moscow and St. Petersburg."
    assert ("strike", "UA", "Moscow") in seen(text, published=date(2024, 1, 16))


def test_a_halt_on_strikes_agreed_is_no_strike(seen: Seen) -> None:
    text = (
        "The attack came even as Moscow and Kyiv both agreed last month to implement a 30-day halt on "
        "strikes on energy facilities."
    )
    assert not {event for event in seen(text, published=date(2025, 4, 16)) if event[2] in ("Moscow", "Kyiv")}


def test_a_quotes_cut_mark_ends_a_sentence_and_our_troops_are_the_speakers(seen: Seen) -> None:
    text = (
        'A Russian commander spoke to TASS. "Russian troops continue to put pressure on the positions of '
        "Ukrainian militants in a number of sections. <...> Our troops have entered the Golubovka settlement "
        'and continue to advance towards Kupyansk," he said.'
    )
    assert ("advance", "RU", "Holubivka") in seen(text, published=date(2025, 2, 25))
    assert ("advance", "UA", "Holubivka") not in seen(text, published=date(2025, 2, 25))


def test_objectives_listed_after_a_dash_are_aims(seen: Seen) -> None:
    text = (
        "Syrskyi said Moscow’s original spring and summer objectives—creating buffer zones in Kharkiv and "
        "Sumy regions, seizing the Pokrovsk agglomeration, and advancing in Zaporizhzhia and Kherson—were "
        "not realized."
    )
    assert not seen(text, published=date(2025, 9, 26))


def test_a_capital_after_by_is_its_government(seen: Seen) -> None:
    text = (
        "Four people were killed in the Ukrainian industrial region of Dnipropetrovsk amid a massive wave of "
        "Russia air strikes on Ukraine, amid a push by Moscow to take territory."
    )
    assert ("strike", "RU", "Moscow") not in seen(text, published=date(2025, 6, 27))
    assert ("strike", "RU", "Dnipropetrovsk Oblast") in seen(text, published=date(2025, 6, 27))


def test_a_village_before_its_district_is_where_a_line_of_the_governors_day_puts_the_damage(
    seen: Seen,
) -> None:
    text = (
        "Shelling of the Kharkiv region over the day:\n\n"
        "09:00 p.m Kozacha Lopan village of Kharkiv district. Two private houses were damaged."
    )
    assert ("strike", "RU", "Kozacha Lopan") in seen(text, published=date(2024, 8, 1))


def test_an_oblast_across_the_border_from_a_village_the_data_lacks_is_no_place_of_its_attack(
    seen: Seen,
) -> None:
    text = (
        "Belgorod region Governor Vyacheslav Gladkov said the attack took place in Golovichino, a village "
        "located around 10 kilometers from the border with northeastern Ukraine’s Kharkiv region."
    )
    assert ("strike", "RU", "Kharkiv Oblast") not in seen(text, published=date(2025, 9, 15))
