"""Round 36 of unseen reporting: villages a later sentence calls "both villages", a list of villages
set off by dashes after a count, a withdrawal "to the west of" villages, a second phrase of place after
a measured locator, the nouns of progress, denials told as "no acknowledgement", a claim called one
after it is told, the participle clause of a pronoun's sentence, a side in an aside, aims, evacuations
of people and the ruins that describe a city."""

from __future__ import annotations

from collections.abc import Callable

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_both_villages_stand_for_the_two_named_before(seen: Seen) -> None:
    text = (
        "Russian sabotage groups were active around Bilovody and Yablunivka in the Sumy region. The "
        "Russian Defence Ministry said on Monday that both villages were now under Moscow's control."
    )
    found = seen(text)
    assert ("advance", "RU", "Bilovody") in found
    assert len({p for t, a, p in found if (t, a) == ("advance", "RU")}) == 2


def test_the_villages_stand_for_the_list_of_the_sentence_before(seen: Seen) -> None:
    text = (
        "Satellite images show collapsed bridges near the villages of Rubizhne and Staryi Saltiv. The "
        "villages were recently liberated by Ukrainian forces."
    )
    assert {("advance", "UA", "Rubizhne"), ("advance", "UA", "Staryi Saltiv")} <= seen(text)


def test_villages_a_sentence_names_itself_are_no_plural_reference(seen: Seen) -> None:
    text = (
        "Russian troops captured Bilovody in the Sumy region. The villages of Basivka and Zhuravka were "
        "shelled the next day, the governor said."
    )
    assert ("advance", "RU", "Basivka") not in seen(text)


def test_a_list_set_off_by_dashes_after_a_count_is_what_was_taken(seen: Seen) -> None:
    text = (
        "Ukraine has withdrawn troops from several villages in the Kharkiv region. Moscow claims its "
        "forces have now taken control of two more settlements in the region—Lukyantsi and Hlyboke—as well "
        "as another in the Zaporizhzhia region."
    )
    assert {("advance", "RU", "Lukiantsi"), ("advance", "RU", "Hlyboke")} <= seen(text)


def test_withdrawing_to_the_west_of_villages_gives_them_up(seen: Seen) -> None:
    text = "Ukrainian defenders withdrew to the west of the villages of Berdychi and Semenivka."
    assert {("retreat", "UA", "Berdychi"), ("retreat", "UA", "Semenivka")} <= seen(text)


def test_withdrawing_to_positions_west_of_a_village_does_not(seen: Seen) -> None:
    text = "Ukrainian units withdrew to positions west of Berdychi."
    assert ("retreat", "UA", "Berdychi") not in seen(text)


def test_a_second_phrase_of_place_after_a_measured_locator_is_an_item(seen: Seen) -> None:
    text = (
        "Russian milbloggers claimed advances south of Novokalynove, 13 kilometers northeast of Avdiivka, "
        "and west of Krasnohorivka, 5 kilometers northwest of Avdiivka."
    )
    found = seen(text)
    assert {("advance", "RU", "Novokalynove"), ("advance", "RU", "Krasnohorivka")} <= found
    assert ("advance", "RU", "Avdiivka") not in found


def test_a_side_s_progress_and_push_are_advances(seen: Seen) -> None:
    text = "Geolocated footage shows Russian progress in southern Makarivka."
    assert ("advance", "RU", "Makarivka") in seen(text)
    text = "The map shows Russia's gains this month, including its capture of Nevelske and its push in "
    text += "Tonenke."
    assert ("advance", "RU", "Tonenke") in seen(text)


def test_successes_south_of_a_village_are_an_advance(seen: Seen) -> None:
    text = "The defence ministry said the AFU achieved certain successes south of the village of Urozhaine."
    assert ("advance", "UA", "Urozhaine") in seen(text)


def test_relinquished_control_and_positions_taken_up(seen: Seen) -> None:
    text = "Ukrainian forces relinquished control of Vodiane, the army said."
    assert ("advance", "RU", "Vodiane") in seen(text)
    assert ("advance", "UA", "Oleshky") in seen("Ukrainian marines took up positions north of Oleshky.")


def test_no_acknowledgement_that_a_village_fell_reports_no_fall(seen: Seen) -> None:
    text = "Ukrainian officials gave no acknowledgement that Zhuravka in the Sumy region had been taken."
    assert seen(text) == set()


def test_a_claim_named_after_it_is_told_and_then_denied_is_still_the_claim(seen: Seen) -> None:
    text = "Moscow said its forces had seized Basivka in the Sumy region, a claim Ukrainian officials denied."
    assert ("advance", "RU", "Basivka") in seen(text)


def test_a_participle_clause_goes_on_with_the_pronoun_subject(seen: Seen) -> None:
    text = (
        "In April Russian troops launched an offensive on the Sumy region. They crossed the border and began "
        "moving south, capturing the village of Basivka."
    )
    assert ("advance", "RU", "Basivka") in seen(text)


def test_a_side_named_in_an_aside_is_not_the_subject(seen: Seen) -> None:
    text = "Moscow's forces, outnumbering and outgunning the Ukrainian army, have advanced into Selydove."
    found = seen(text)
    assert ("advance", "RU", "Selydove") in found
    assert ("advance", "UA", "Selydove") not in found


def test_a_capture_named_as_the_enemy_s_priority_is_an_aim(seen: Seen) -> None:
    text = "Zelensky said the enemy's current priority is the capture of Pokrovsk in Donetsk Oblast."
    assert seen(text) == set()


def test_evacuating_much_of_a_town_is_its_people_leaving(seen: Seen) -> None:
    assert seen("Ukraine has evacuated much of Pokrovsk, a former mining town.") == set()


def test_a_largely_destroyed_city_taken_is_a_taking_not_a_strike(seen: Seen) -> None:
    text = "Gerasimov said its forces had captured the largely destroyed city of Kupiansk, though Ukraine "
    text += "denied it."
    assert seen(text) == {("advance", "RU", "Kupiansk")}


def test_an_attack_told_thwarted_in_a_headline_is_no_strike(seen: Seen) -> None:
    text = "Attempted Ukrainian drone attack on Belgorod thwarted, says Defense Ministry"
    assert ("strike", "UA", "Belgorod") not in seen(text)


def test_fighting_that_went_on_before_a_taking_is_not_its_backdrop(seen: Seen) -> None:
    text = "The Ukrainian troops after persistent fighting took control of the village of Martynovka."
    assert ("advance", "UA", "Martynovka") in seen(text)


def test_the_ministry_that_says_it_regained_a_village_speaks_for_its_side(seen: Seen) -> None:
    text = (
        "Russia's Defence Ministry said its troops continue to defeat the Ukrainian armed forces in the "
        "Kursk region. Earlier, the ministry said that it has regained control of the village of Lebedevka."
    )
    found = seen(text)
    assert ("advance", "RU", "Lebedevka") in found
    assert ("advance", "UA", "Lebedevka") not in found


def test_hromadas_affected_and_damage_reported_after_fire_are_struck(seen: Seen) -> None:
    text = (
        "Russian forces shelled the Nikopol district with artillery overnight. The Nikopol and Marhanets "
        "hromadas were affected. Damage was reported in Pokrovske itself, as well as in the Myrove community."
    )
    assert {("strike", "RU", "Marhanets"), ("strike", "RU", "Myrove")} <= seen(text)


def test_withdrawing_from_this_area_leaves_the_village_just_named(seen: Seen) -> None:
    text = (
        "Russian forces claimed to have captured Kurakhove. The Khortytsia group stated that the Ukrainian "
        "troops withdrew from this area after heavy defensive battles."
    )
    assert ("retreat", "UA", "Kurakhove") in seen(text)


def test_a_place_in_an_officials_title_is_not_where_the_fire_fell(seen: Seen) -> None:
    text = (
        "Russian missiles hit a warehouse overnight. Another woman was injured and treated on the spot, the "
        "Kharkiv regional prosecutor's office said."
    )
    assert ("strike", "RU", "Kharkiv") not in seen(text)
    text = "Volodymyr Saldo, the Russian-appointed head of Kherson, blamed Storm Shadow missiles for the "
    text += "shelling."
    assert seen(text) == set()


def test_the_district_stands_for_the_town_whose_quarter_it_is(seen: Seen) -> None:
    text = (
        "Russian troops entered the eastern district of Chasiv Yar in April. Ukrainian forces retreated due "
        "to the district's complete destruction."
    )
    assert ("retreat", "UA", "Chasiv Yar") in seen(text)


def test_a_drone_slamming_into_a_building_is_a_strike(seen: Seen) -> None:
    text = "Video showed a Ukrainian drone slamming into the top floor of a high-rise in Odintsovo."
    assert ("strike", "UA", "Odintsovo") in seen(text)


def test_a_ban_on_entering_a_village_is_no_entry(seen: Seen) -> None:
    text = (
        "Ukrainian drones struck a car near the village of Logachevka in the Belgorod region. "
        '"Entering Logachevka is prohibited," the governor said.'
    )
    assert seen(text) == {("strike", "UA", "Logachevka")}


def test_a_war_zone_village_after_a_verb_of_taking_needs_no_company(seen: Seen) -> None:
    # a postal hamlet named with no cue counts only beside other places; "liberated" is cue enough
    text = "Ukraine's forces liberated Robotyne in late August."
    assert ("advance", "UA", "Robotyne") in seen(text)


def test_a_sides_strikes_that_targeted_cities_are_strikes_on_each(seen: Seen) -> None:
    text = "Russia's strikes overnight targeted Kyiv, Kharkiv and Dnipro, officials said."
    assert {("strike", "RU", city) for city in ("Kyiv", "Kharkiv", "Dnipro")} <= seen(text)


def test_attacks_reported_in_a_list_of_oblasts_are_fire_on_each(seen: Seen) -> None:
    text = (
        "Russian missiles hit energy facilities in Kyiv. Attacks were also reported in Vinnytsia, Sumy, "
        "Lviv, and Ivano-Frankivsk oblasts."
    )
    found = seen(text)
    oblasts = ("Vinnytsia", "Sumy", "Lviv", "Ivano-Frankivsk")
    assert {("strike", "RU", f"{o} Oblast") for o in oblasts} <= found


def test_ground_attacks_reported_near_a_village_are_no_fire(seen: Seen) -> None:
    assert ("strike", "RU", "Robotyne") not in seen("Russian attacks were reported near Robotyne.")


def test_attacks_on_energy_facilities_in_an_officials_region_are_fire_there(seen: Seen) -> None:
    text = (
        "Serhiy Borzov, governor of the Vinnytsia region, said Russia had also carried out attacks on energy "
        "facilities in his region on Wednesday."
    )
    assert ("strike", "RU", "Vinnytsia Oblast") in seen(text)


def test_a_depot_destroyed_in_the_strikes_was_struck(seen: Seen) -> None:
    text = "A former MP said a locomotive depot in Hrebinka, Poltava region, was destroyed in the strikes."
    assert ("strike", "RU", "Hrebinka") in seen(text)


def test_a_ukrainian_town_among_hamlets_of_its_name_stays_the_town(seen: Seen) -> None:
    text = (
        "Russian missiles hit energy facilities in Kyiv. Examples include attacks on Lozova, Synelnykove, "
        "and Koziatyn."
    )
    assert ("strike", "RU", "Kozyatyn") in seen(text)


def test_city_districts_hit_are_the_city_just_named(seen: Seen) -> None:
    text = "In eastern Ukraine, Kharkiv Mayor Ihor Terekhov said drones hit two city districts overnight."
    assert ("strike", "RU", "Kharkiv") in seen(text)


def test_strikes_on_settlements_in_the_region_are_fire_on_the_oblast_named_before(seen: Seen) -> None:
    text = (
        "Governor Ivan Fedorov spoke about the Zaporizhzhia region on Monday. Russian troops launched about "
        "400 strikes against seven settlements in the region over the past day."
    )
    assert ("strike", "RU", "Zaporizhzhia Oblast") in seen(text)


def test_pushing_back_the_enemy_army_is_the_pushers_advance(seen: Seen) -> None:
    text = "The Armed Forces of Ukraine pushed back the Russian army near Robotyne, the statement said."
    found = seen(text)
    assert ("advance", "UA", "Robotyne") in found
    assert ("retreat", "UA", "Robotyne") not in found


def test_the_country_an_attack_is_made_on_is_not_what_the_relative_clause_is_about(seen: Seen) -> None:
    text = "Russia launched a drone attack on Ukraine that injured nine people in the port of Odesa."
    found = seen(text)
    assert ("strike", "RU", "Odesa") in found
    assert ("strike", "UA", "Odesa") not in found


def test_an_attack_that_set_tanks_on_fire_is_a_strike_there(seen: Seen) -> None:
    text = "The governor said an aerial attack set two tanks filled with fuel on fire in the Temryuk "
    text += "district."
    assert ("strike", "UA", "Temryuk") in seen(text)
