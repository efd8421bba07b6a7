"""Round 50 of unseen reporting: a capital that the strikes went beyond is a place, not the side that
struck ("Beyond Kyiv, Russian strikes were reported in ...": Russia's strikes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_strikes_beyond_the_capital_are_the_strikes_sides(seen: Seen) -> None:
    text = (
        "Beyond Kyiv, Russian strikes were reported in several other Ukrainian cities, including Kremenchuk "
        "and Odesa."
    )
    expected = {("strike", "RU", "Kremenchuk"), ("strike", "RU", "Odesa")}
    assert seen(text, published=date(2025, 9, 7)) == expected


def test_a_dateline_capital_is_no_side(seen: Seen) -> None:
    text = "Kyiv: A deadly overnight assault by Russian forces targeted several districts of Kyiv."
    assert seen(text, published=date(2025, 9, 7)) == {("strike", "RU", "Kyiv")}


def test_a_life_lost_is_no_ground_lost(seen: Seen) -> None:
    text = "An elderly woman lost her life in a bomb shelter in the Darnytskyi district of Kyiv."
    assert seen(text, published=date(2025, 9, 7)) == set()


def test_a_cache_of_missiles_destroyed_is_the_target_not_the_weapon(seen: Seen) -> None:
    text = (
        "About 100 drones destroyed a large cache of Iskander missiles and glide bombs in Toropets, a town "
        "in the Tver region."
    )
    assert seen(text, published=date(2024, 9, 18)) == {("strike", "UA", "Toropets")}


def test_the_weapon_a_strike_was_made_with_still_names_its_side(seen: Seen) -> None:
    text = "The attack destroyed a substation in Odesa with Shaheds."
    assert seen(text, published=date(2024, 9, 18)) == {("strike", "RU", "Odesa")}


def test_a_video_capturing_smoke_is_no_capture(seen: Seen) -> None:
    text = (
        "The outlet published a video on social media, supposedly capturing what appeared to be incoming "
        "projectiles and smoke rising above the city of Donetsk."
    )
    assert seen(text, published=date(2023, 11, 7)) == set()


def test_footage_of_forces_capturing_a_town_is_still_a_capture(seen: Seen) -> None:
    text = "Video footage showed Russian forces capturing Avdiivka."
    assert seen(text, published=date(2024, 2, 18)) == {("advance", "RU", "Avdiivka")}


def test_a_capital_speaking_with_analysts_is_no_place_of_the_advance(seen: Seen) -> None:
    text = (
        "Russian forces are making significant advances in a strategic area of eastern Ukraine, as both Kyiv "
        "and military analysts acknowledged Tuesday."
    )
    assert seen(text, published=date(2025, 8, 12)) == set()


def test_a_sides_strike_that_battered_a_building_is_a_strike(seen: Seen) -> None:
    text = "MYKOLAIV: A Russian strike battered the regional government building in Mykolaiv, officials said."
    assert seen(text, published=date(2022, 3, 29)) == {("strike", "RU", "Mykolaiv")}


def test_a_weapon_in_quotes_used_to_shell_a_town_shelled_it(seen: Seen) -> None:
    text = 'As noted, the Russians used "Hurricanes" to shell Kurakhove.'
    assert seen(text, published=date(2024, 9, 1)) == {("strike", "RU", "Kurakhove")}


def test_an_attack_using_missiles_and_drones_is_a_strike(seen: Seen) -> None:
    text = "A large-scale attack using missiles and drones was carried out in Kyiv at night."
    assert seen(text, published=date(2025, 6, 17)) == {("strike", "RU", "Kyiv")}


def test_drones_flown_from_a_place_did_not_strike_it(seen: Seen) -> None:
    text = "The occupiers carried out waves of attacks with Shahed UAVs from the south (Cape Chauda, Crimea)."
    assert ("strike", "RU", "Crimea") not in seen(text, published=date(2023, 9, 4))


def test_bombardments_counted_are_strikes(seen: Seen) -> None:
    text = "Two bombardments of Svatove and Stakhanov were recorded."  # Stakhanov: Kadiivka's Soviet name
    expected = {("strike", "UA", "Svatove"), ("strike", "UA", "Kadiyivka")}
    assert seen(text, published=date(2022, 12, 11)) == expected


def test_drones_that_fell_on_an_airbase_struck_it(seen: Seen) -> None:
    text = "Two unknown unmanned aerial vehicles (UAVs) fell on the territory of the Engels airbase."
    assert seen(text, published=date(2024, 1, 10)) == {("strike", "UA", "Engels")}


def test_the_town_is_the_place_called_a_town_not_the_city_of_the_title(seen: Seen) -> None:
    text = (
        "Ukrainian counterattacks cut the Russian advance near Pokrovsk\n\n"
        "Ukraine's military says it has cut off Russian units north of the eastern city of Pokrovsk. For "
        "residents of the nearby town of Dobropillia, the relief is hard to feel. Many Russian units are now "
        "cut off, a soldier said. Residents said a warhead landed outside the building as the town endured "
        "waves of Shahed drone attacks."
    )
    found = seen(text, published=date(2025, 8, 19))
    assert ("strike", "RU", "Dobropillia") in found
    assert ("strike", "RU", "Pokrovsk") not in found


def test_the_city_named_last_is_the_city_whatever_was_called_a_city_before(seen: Seen) -> None:
    text = (
        "About 120 kilometers south of Kharkiv, the city of Izyum was recaptured. Social networks report "
        "Ukrainian forces on the outskirts of Lysychansk. The city was captured in July."
    )
    found = seen(text, published=date(2022, 9, 12))
    assert any(kind == "advance" and place == "Lysychansk" for kind, _, place in found)


def test_a_drone_entering_airspace_took_no_ground(seen: Seen) -> None:
    text = "During the overnight air raid alert, a Russian strike drone entered Lviv Oblast airspace."
    assert seen(text, published=date(2025, 1, 15)) == set()


def test_the_regions_the_bombers_were_located_in_are_not_struck(seen: Seen) -> None:
    text = (
        "The Air Force confirmed that Russian forces carried out the strike using Kh-101 missiles launched "
        "from aircraft located in Russia's Vologda and Astrakhan regions."
    )
    assert seen(text, published=date(2025, 11, 20)) == set()


def test_an_aerial_attack_launched_is_fire_not_an_offensive(seen: Seen) -> None:
    text = "Ukrainian forces launched an aerial attack against an occupied plant in the city of Chasiv Yar."
    assert seen(text, published=date(2025, 1, 18)) == {("strike", "UA", "Chasiv Yar")}


def test_the_capital_that_regularly_strikes_is_the_government(seen: Seen) -> None:
    text = "Kyiv regularly strikes military infrastructure deep within Russia, such as Syzran's refinery."
    assert ("strike", "UA", "Kyiv") not in seen(text, published=date(2025, 8, 15))


def test_debris_of_destroyed_drones_in_capitals_is_still_the_drones_sides(seen: Seen) -> None:
    text = "DEBRIS from destroyed Ukrainian drones sparked fires at a refinery in Russia's Volgograd region."
    assert seen(text, published=date(2025, 8, 19)) == {("strike", "UA", "Volgograd Oblast")}


def test_what_the_enemy_could_do_having_taken_a_place_is_a_prediction(seen: Seen) -> None:
    text = "Kamianske lies on a height, and having captured it, the enemy will be able to shell Zaporizhzhia."
    assert seen(text, published=date(2025, 7, 2)) == set()


def test_the_side_that_opens_the_main_clause_did_what_having_names(seen: Seen) -> None:
    text = "Having captured Avdiivka, Russian forces moved on to Lastochkyne."
    assert ("advance", "RU", "Avdiivka") in seen(text, published=date(2024, 3, 23))


def test_strikes_on_the_city_of_a_name_are_fire(seen: Seen) -> None:
    text = "Strikes on the city of Kostiantynivka in Donetsk region resulted in the death of five people."
    assert seen(text, published=date(2025, 2, 26)) == {("strike", "RU", "Kostiantynivka")}


def test_oblasts_listed_after_including_were_hit(seen: Seen) -> None:
    text = (
        "Oblasts in western Ukraine, including Ternopil, Khmelnytskyi and Lviv, which are located over 500 "
        "kilometers from the front line, were hit in the attack."
    )
    expected = {("strike", "RU", f"{name} Oblast") for name in ("Ternopil", "Khmelnytskyi", "Lviv")}
    assert seen(text, published=date(2025, 11, 20)) == expected


def test_hits_on_objects_in_two_districts_are_fire_on_their_towns(seen: Seen) -> None:
    text = "There are hits on two critical infrastructure objects in the Drohobych and Stryi districts."
    expected = {("strike", "RU", "Drohobych Raion"), ("strike", "RU", "Stryi Raion")}  # (round 76: raions)
    assert seen(text, published=date(2025, 1, 15)) == expected


def test_an_attack_by_unmanned_aerial_vehicles_is_a_strike(seen: Seen) -> None:
    text = "An attack by unmanned aerial vehicles caused a fire at the Novokuybyshevsk oil refinery."
    assert seen(text, published=date(2025, 10, 19)) == {("strike", "UA", "Novokuybyshevsk")}


def test_troops_edged_out_of_a_plant_lost_it(seen: Seen) -> None:
    text = "Russian forces have edged Ukrainian troops out of the refractory plant in Chasiv Yar."
    assert ("advance", "RU", "Chasiv Yar") in seen(text, published=date(2025, 1, 14))


def test_an_army_forced_to_retreat_from_a_district_lost_it(seen: Seen) -> None:
    text = "The Ukrainian military forced the army of the Russian Federation to retreat from Chasiv Yar."
    assert ("advance", "UA", "Chasiv Yar") in seen(text, published=date(2024, 6, 26))


def test_a_town_claimed_is_a_claimed_capture(seen: Seen) -> None:
    text = "Russian forces claimed the key mining town of Toretsk on Friday."
    assert seen(text, published=date(2025, 2, 9)) == {("advance", "RU", "Toretsk")}


def test_a_strike_that_claimed_lives_took_no_town(seen: Seen) -> None:
    text = "The strike claimed the lives of three people in the town of Sumy."
    assert ("advance", "RU", "Sumy") not in seen(text, published=date(2025, 2, 9))


def test_an_attack_launched_at_night_on_a_city_is_fire(seen: Seen) -> None:
    text = "On the night of June 22, the Russian army launched a new attack on Sloviansk."
    assert seen(text, published=date(2025, 6, 22)) == {("strike", "RU", "Sloviansk")}


def test_an_attack_launched_on_a_day_is_still_an_assault(seen: Seen) -> None:
    text = "On Monday Russian troops launched an attack on Robotyne."
    assert seen(text, published=date(2025, 9, 7)) == {("advance", "RU", "Robotyne")}


def test_what_the_enemy_will_be_able_to_inflict_is_a_prediction(seen: Seen) -> None:
    text = "Having captured the height, the enemy will be able to affect and inflict fire damage on Orikhiv."
    assert seen(text, published=date(2025, 7, 2)) == set()


def test_a_capital_awaiting_permission_is_the_government(seen: Seen) -> None:
    text = (
        "Ukraine said it destroyed a weapons stockpile in Toropets overnight using long-range drones as Kyiv "
        "awaits permission to use western missiles."
    )
    assert seen(text, published=date(2024, 9, 18)) == {("strike", "UA", "Toropets")}


def test_the_side_after_attempts_by_tried_the_fire(seen: Seen) -> None:
    text = (
        "The village of Ivanivske remains under the control of Ukraine's Defense Forces, despite ongoing "
        "attempts by the Russians to storm and bombard it."
    )
    assert ("strike", "RU", "Ivanivs'ke") in seen(text, published=date(2024, 6, 11))


def test_footage_captured_of_a_fire_is_no_capture(seen: Seen) -> None:
    text = "Passengers on a train captured footage of the extensive fire at the oil depot in Klintsy."
    assert ("advance", "unknown", "Klintsy") not in seen(text, published=date(2024, 1, 19))


def test_aircraft_lost_are_no_ground_lost(seen: Seen) -> None:
    text = (
        "He spoke of the enemy strike on the airfield at Myrhorod, without saying how many "
        "aircraft were lost."
    )
    assert seen(text, published=date(2024, 7, 2)) == {("strike", "RU", "Myrhorod")}


def test_a_capital_that_prepares_or_conducts_is_the_government(seen: Seen) -> None:
    text = (
        "The strikes come as Kiev prepares for the transfer of US-designed F-16 fighter jets by NATO members."
    )
    assert seen(text, published=date(2024, 6, 13)) == set()
    text = (
        "Moscow has conducted long-range strikes and drone attacks against Ukrainian targets, the "
        "ministry said."
    )
    assert seen(text, published=date(2024, 6, 13)) == set()


def test_a_capital_speaking_with_the_operator_is_no_place(seen: Seen) -> None:
    text = (
        "A Russian air strike damaged a vessel in a port in Ukraine's region of Odesa, Kyiv and "
        "the operator said."
    )
    assert seen(text, published=date(2025, 12, 12)) == {("strike", "RU", "Odesa Oblast")}


def test_crimea_the_missiles_fly_from_is_neither_struck_nor_taken_then(seen: Seen) -> None:
    text = (
        "Russian troops have stepped up ballistic missile attacks on Ukraine from Crimea, which Moscow "
        "seized and has occupied since 2014."
    )
    assert seen(text, published=date(2024, 4, 18)) == set()


def test_a_taking_told_with_the_holding_after_it_stays_a_taking_outside_a_relative(seen: Seen) -> None:
    text = "Russian troops seized Avdiivka and have held it since February."
    assert seen(text, published=date(2024, 4, 18)) == {("advance", "RU", "Avdiivka")}


def test_a_plant_named_after_its_town_in_title_case_is_in_the_town(seen: Seen) -> None:
    text = (
        "According to the occupiers, the Sevastopol Marine Plant was attacked with missiles and naval drones."
    )
    assert seen(text, published=date(2023, 9, 13)) == {("strike", "UA", "Sevastopol")}


def test_a_drone_raid_and_drones_impacting_a_town_are_fire(seen: Seen) -> None:
    text = "Nine drones were neutralized in the Bryansk region, with six impacting the town of Starodub."
    assert seen(text, published=date(2025, 3, 8)) == {("strike", "UA", "Starodub")}


def test_troops_that_breached_the_border_near_a_village_entered_there(seen: Seen) -> None:
    text = (
        "Russian channels reported that Ukrainian troops breached the Russian border near the "
        "village of Tetkino."
    )
    assert seen(text, published=date(2025, 5, 5)) == {("advance", "UA", "Tëtkino")}


def test_a_fire_that_had_broken_out_after_the_attacks_was_their_work(seen: Seen) -> None:
    text = "Kuleba said that following the attacks, a fire had broken out in the port of Odesa."
    assert seen(text, published=date(2025, 12, 23)) == {("strike", "RU", "Odesa")}


def test_places_a_general_claimed_had_also_been_taken_are_his_sides(seen: Seen) -> None:
    text = (
        "The announcement followed remarks by Valery Gerasimov, who claimed Pokrovsk and Vovchansk "
        "had also been taken."
    )
    expected = {("advance", "RU", "Pokrovsk"), ("advance", "RU", "Vovchansk")}
    assert seen(text, published=date(2025, 12, 3)) == expected


def test_forces_that_managed_to_reach_a_village_reached_it(seen: Seen) -> None:
    text = "Russian forces managed to reach the nearby village of Radkivka without serious losses."
    assert seen(text, published=date(2025, 9, 13)) == {("advance", "RU", "Radkivka")}


def test_the_release_of_a_village_is_its_liberation_not_of_prisoners(seen: Seen) -> None:
    text = "Deputy Defense Minister of Ukraine Hanna Maliar also announced the release of Makarivka."
    assert seen(text, published=date(2023, 6, 12)) == {("advance", "UA", "Makarivka")}
    text = "Officials announced the release of 50 Ukrainian prisoners in Kharkiv."
    assert seen(text, published=date(2023, 6, 12)) == set()


def test_a_toll_counted_since_a_year_is_no_event_of_the_article(seen: Seen) -> None:
    text = (
        "More than 600 civilians have been killed in Ukrainian attacks across Russia and Crimea "
        "since February 2022."
    )
    assert seen(text, published=date(2025, 6, 17)) == set()


def test_a_toll_since_a_weekday_is_still_the_news(seen: Seen) -> None:
    text = "Three people have been killed in Russian attacks on Kharkiv since Monday."
    assert seen(text, published=date(2025, 6, 17)) == {("strike", "RU", "Kharkiv")}


def test_an_encirclement_of_a_sides_troops_in_a_city_closes_round_it(seen: Seen) -> None:
    text = (
        "Russia has said its forces are tightening their encirclement of Ukrainian troops in the "
        "city of Pokrovsk."
    )
    assert seen(text, published=date(2025, 11, 4)) == {("advance", "RU", "Pokrovsk")}
    text = "Russian troops are encircling Kupiansk."
    assert seen(text, published=date(2025, 11, 4)) == {("advance", "RU", "Kupiansk")}
