"""Round 39 of unseen reporting: a side pushed back in a forest the gazetteer lacks and in a village after it,
troops stopped at the outskirts of a village, and a combined or massive attack on a town, or one made "with
various types of weapons" on the communities of a district, which is fire, not an assault."""

from __future__ import annotations

from collections.abc import Callable

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_pushed_back_in_an_unknown_forest_and_in_a_village_is_a_gain_at_the_village(seen: Seen) -> None:
    text = (
        "The Ukrainian defenders pushed back the Russians in Serebryanske woods in Luhansk Oblast and in "
        "Klishchiivka, near Chasiv Yar in Donetsk Oblast, the General Staff said."
    )
    found = seen(text)
    assert ("advance", "UA", "Klishchiivka") in found
    assert not {e for e in found if e[2] == "Luhansk Oblast"}  # the oblast only locates the woods


def test_troops_blocked_at_the_outskirts_of_a_village_did_not_take_it(seen: Seen) -> None:
    text = "Russian assault groups were blocked at the southern outskirts of the settlement of Orlivka."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_troops_blocked_in_a_village_lost_it(seen: Seen) -> None:
    text = "Ukrainian units were blocked in Avdiivka, the Russian ministry claimed."
    assert ("advance", "RU", "Avdiivka") in seen(text)


def test_a_combined_attack_on_a_city_is_a_strike(seen: Seen) -> None:
    text = "The enemy launched a combined attack on Dnipro overnight, governor Serhiy Lysak said."
    found = seen(text)
    assert ("strike", "RU", "Dnipro") in found
    assert not {e for e in found if e[0] == "advance"}


def test_a_combined_arms_assault_is_still_a_ground_attack(seen: Seen) -> None:
    text = "Russian troops launched a combined arms assault on Vuhledar."
    assert ("advance", "RU", "Vuhledar") in seen(text)


def test_a_combined_attack_on_our_city_puts_no_advance_in_the_governor_s_oblast(seen: Seen) -> None:
    text = "The enemy has launched a combined attack on our city, said the Dnipropetrovsk region's governor."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_a_massive_attack_with_various_weapons_on_communities_strikes_each(seen: Seen) -> None:
    text = (
        "Overnight the Russians carried out a massive attack with different types of weapons on the "
        "territory "
        "of the Krasnopillia, Myropillia and Velyka Pysarivka communities in Sumy Oblast."
    )
    found = seen(text)
    assert {("strike", "RU", p) for p in ("Krasnopillia", "Myropillia", "Velyka Pysarivka")} <= found
    assert not {e for e in found if e[0] == "contact"}


def test_a_liberation_in_scare_quotes_is_still_claimed(seen: Seen) -> None:
    text = "Russia's Defence Ministry announced the “liberation” of Toretsk in the Donetsk region on Tuesday."
    assert ("advance", "RU", "Toretsk") in seen(text)
    assert ("advance", "RU", "Vuhledar") in seen('Moscow claimed the "complete capture" of Vuhledar.')


def test_another_occupied_city_continues_the_list_of_targets(seen: Seen) -> None:
    text = "Balitsky told of Ukrainian artillery attacks on Vasylivka and another occupied city of Berdiansk."
    found = seen(text)
    assert {("strike", "UA", "Vasylivka"), ("strike", "UA", "Berdiansk")} <= found


def test_troops_that_seem_to_have_moved_in_advanced(seen: Seen) -> None:
    text = "Russian soldiers also seem to have moved in on the eastern outskirts of Selydove on Saturday."
    assert ("advance", "RU", "Selydove") in seen(text)


def test_explosions_seen_in_a_town_are_a_strike(seen: Seen) -> None:
    found = seen("Explosions were seen near an airfield in Saky, Crimea, on Tuesday.")
    assert {e for e in found if e[0] == "strike"}


def test_partisans_who_destroyed_a_bridge_are_its_attackers(seen: Seen) -> None:
    text = (
        "The mayor said Ukrainian partisans in the town had derailed a Russian armoured train and destroyed "
        "a railway bridge near Melitopol."
    )
    assert ("bridge_strike", "UA", "Melitopol") in seen(text)


def test_collaborators_who_fled_a_town_are_no_retreat_of_troops(seen: Seen) -> None:
    text = "Partisans in Melitopol have forced local collaborators to flee the town, the exiled mayor said."
    assert not {e for e in seen(text) if e[0] == "retreat"}


def test_a_withdrawal_demanded_with_a_bare_verb_did_not_happen(seen: Seen) -> None:
    text = "Moscow has demanded Kyiv withdraw its troops from the Zaporizhzhia region before any talks."
    assert not seen(text)


def test_a_withdrawal_said_to_be_a_precondition_did_not_happen(seen: Seen) -> None:
    text = "Moscow said Ukraine's withdrawal from the Kherson and Zaporizhzhia regions is a precondition."
    assert not seen(text)


def test_a_counterattack_on_a_side_s_own_territory_takes_no_town_named_before_it(seen: Seen) -> None:
    text = (
        "Russian forces said they had captured Zalizne in the Donetsk region, as Moscow, under pressure "
        "from a "
        "Ukrainian counterattack on its territory, pressed on."
    )
    found = seen(text)
    assert ("advance", "RU", "Zalizne") in found
    assert ("advance", "UA", "Zalizne") not in found


def test_an_occupation_administration_that_fled_is_no_retreat_of_troops(seen: Seen) -> None:
    text = 'The Russian "administration" has fled the town of Svatove, the regional governor said.'
    assert not {e for e in seen(text) if e[0] == "retreat"}
    confirmed = seen("Officials confirmed the withdrawal of Russian troops from Kherson.")
    assert ("retreat", "RU", "Kherson") in confirmed


def test_forces_that_control_a_dozen_settlements_including_some_took_those(seen: Seen) -> None:
    text = (
        "The Russian forces control at least a dozen settlements in the Dnipropetrovsk region, including "
        "Filiia, Yanvarske and Novoheorhiivka, the monitor said."
    )
    assert {("advance", "RU", p) for p in ("Filiia", "Yanvarske", "Novoheorhiivka")} <= seen(text)


def test_a_side_s_earlier_occupation_of_a_village_is_its_gain(seen: Seen) -> None:
    text = "Russian forces took Stepove. The advance follows their earlier occupation of Lastochkyne."
    assert ("advance", "RU", "Lastochkyne") in seen(text)


def test_the_side_accused_of_blowing_up_a_dam_is_its_attacker(seen: Seen) -> None:
    text = (
        "Russian forces, who have held the plant since February 2022, are accused by Ukraine of blowing up "
        "the Kakhovka dam."
    )
    found = seen(text)
    assert ("bridge_strike", "RU", "Kakhovka Dam") in found
    assert ("bridge_strike", "UA", "Kakhovka Dam") not in found


def test_a_district_s_communities_in_brackets_are_items_of_the_list(seen: Seen) -> None:
    text = (
        "The shelling hit hardest: Buchanskyi district (Irpinska, Makarivska, Borodianska communities), "
        "Brovarskyi district (Velykodymerska community)."
    )
    found = seen(text)
    # (the Buchanskyi district is its raion since round 76, not Bucha; the Brovarskyi district, after a
    # bracket, is read as the oblast-like qualifier of the list before it and marks no event of its own)
    places = ("Bucha Raion", "Irpin", "Makariv", "Borodianka", "Velyka Dymerka")
    expected = {("strike", "RU", p) for p in places}
    assert expected <= found


def test_a_list_of_oblasts_each_with_its_article_is_struck_in_each(seen: Seen) -> None:
    text = (
        "Shelling continued in the Kharkiv region, the Donetsk region, the Sumy region and the Kherson "
        "region overnight."
    )
    expected = {("strike", "RU", f"{o} Oblast") for o in ("Kharkiv", "Donetsk", "Sumy", "Kherson")}
    assert expected <= seen(text)


def test_a_list_of_oblasts_by_their_vernacular_names_is_struck_in_each(seen: Seen) -> None:
    text = "The occupiers kept shelling Kharkivshchyna, Donechchyna and Sumshchyna overnight."
    expected = {("strike", "RU", f"{o} Oblast") for o in ("Kharkiv", "Donetsk", "Sumy")}
    assert expected <= seen(text)


def test_an_editor_s_note_on_a_place_tells_no_event(seen: Seen) -> None:
    text = (
        "Overnight Ukrainian forces struck Russian barracks in Tokmak [a town in southern Ukraine, in "
        "Zaporizhzhia Oblast which has been occupied by Russia – ed.] with HIMARS rockets."
    )
    found = seen(text)
    assert ("strike", "UA", "Tokmak") in found
    assert not {e for e in found if e[0] == "advance"}


def test_unmanned_aerial_vehicles_downed_over_a_city_are_the_other_side_s_strike(seen: Seen) -> None:
    text = "Russia's Defense Ministry claimed it destroyed nine unmanned aerial vehicles over Rostov-on-Don."
    found = seen(text)
    assert ("strike", "UA", "Rostov-on-Don") in found
    assert ("strike", "RU", "Rostov-on-Don") not in found


def test_troops_another_side_stopped_advancing_did_not_advance(seen: Seen) -> None:
    text = "Zelensky said Ukrainian forces had stopped Russian troops advancing in the Sumy region."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_a_retreat_is_not_placed_where_the_clause_it_allowed_is(seen: Seen) -> None:
    text = (
        "The enemy had to retreat with losses, which lets our units strengthen the foothold created in the "
        "north of Sumy."
    )
    assert not {e for e in seen(text) if e[2] == "Sumy"}


def test_it_may_stand_for_an_island_named_in_its_sentence(seen: Seen) -> None:
    text = (
        "Russian missiles hit Odesa again. Snake Island drew the world's attention after Russia seized it on "
        "the first day of the war."
    )
    found = seen(text)
    assert ("advance", "RU", "Snake Island") in found
    assert ("advance", "RU", "Odesa") not in found


def test_a_village_cleared_in_quotes_with_its_district_before_it_is_taken(seen: Seen) -> None:
    text = (
        "Russia's Defense Ministry said its forces had “fully cleared” the Graivoron district village of "
        "Kozinka of pro-Ukrainian fighters."
    )
    found = seen(text)
    assert ("advance", "RU", "Kozinka") in found
    assert not {e for e in found if e[2] == "Grayvoron"}


def test_units_moved_to_more_favourable_positions_under_enemy_fire_retreated(seen: Seen) -> None:
    text = (
        "Near Lukiantsi and Vovchansk, as a result of enemy fire and assaults, units were moved to more "
        "favorable positions to save the lives of servicemen."
    )
    assert {("retreat", "UA", "Lukiantsi"), ("retreat", "UA", "Vovchansk")} <= seen(text)


def test_the_west_and_north_of_a_town_already_under_control_is_a_gain(seen: Seen) -> None:
    text = "The ministry said the west and north of Vovchansk is already under Russian control."
    assert ("advance", "RU", "Vovchansk") in seen(text)


def test_drones_that_dropped_explosives_in_a_village_of_an_oblast_struck_the_village(seen: Seen) -> None:
    text = (
        "In the village of Bessonovka in the Belgorod region, two Ukrainian drones dropped explosive devices "
        "on the territory of a farm - equipment was damaged."
    )
    found = seen(text)
    assert ("strike", "UA", "Bessonovka") in found
    assert ("strike", "UA", "Belgorod Oblast") not in found


def test_a_retreat_to_the_area_west_of_a_village_gave_it_up(seen: Seen) -> None:
    text = (
        "Units of the Russian Armed Forces retreated to the area west of Kozachi Laheri to avoid being "
        "flanked, a Russian channel reported."
    )
    assert ("retreat", "RU", "Kozachi Laheri") in seen(text)


def test_the_temporarily_occupied_crimea_is_no_taking(seen: Seen) -> None:
    text = (
        "The Russian Ministry of Defence said air defence forces destroyed 87 Ukrainian drones over the "
        "territory of Russia and temporarily occupied Crimea."
    )
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_the_dead_counted_person_by_person_name_each_place_struck(seen: Seen) -> None:
    text = (
        "Russian shelling killed a 66-year-old woman in Novodanylivka, a 51-year-old man in Orikhiv, and a "
        "70-year-old man in Mala Tokmachka."
    )
    expected = {("strike", "RU", p) for p in ("Novodanylivka", "Orikhiv", "Mala Tokmachka")}
    assert expected <= seen(text)


def test_a_municipal_district_after_a_list_of_districts_is_struck_too(seen: Seen) -> None:
    text = (
        "Shelling was recorded in the Valuysky, Krasnoyaruzhsky, Shebekinsky districts, as well as the "
        "Grayvoronsky municipal district, the governor said."
    )
    found = seen(text)
    assert {("strike", "UA", "Grayvoron"), ("strike", "UA", "Shebekino")} <= found


def test_communities_of_a_fire_report_with_no_casualties_were_struck(seen: Seen) -> None:
    text = (
        "Russian troops shelled Nikopol with heavy artillery overnight. In the Marhanetska and "
        "Chervonohryhorivska communities there were no casualties, the governor said."
    )
    assert {("strike", "RU", "Marhanets"), ("strike", "RU", "Chervonohryhorivka")} <= seen(text)


def test_the_capture_an_aim_follows_was_told_done(seen: Seen) -> None:
    text = (
        "Russia said it took another village as its troops seek to press their advantage following the "
        "capture of the town of Avdiivka this month."
    )
    assert ("advance", "RU", "Avdiivka") in seen(text)
    assert not seen("Kyiv fears Russia could push on after the capture of Pokrovsk.")
