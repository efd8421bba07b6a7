"""Round 60 of unseen reporting: General Staff shelling round-ups, Luhansk damage tallies of 2022, drone
strikes on Russia's arsenals, the strikes on Ukraine's air bases and Russia's claims of villages taken."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_round_up_closed_by_its_source_keeps_every_list_after_the_semicolon(seen: Seen) -> None:
    text = (
        "“The enemy from the territory of the Russian Federation launched artillery fire on the areas of the "
        "settlements of Bleshnya, Chernihiv region; Ryzhivka, Bila Bereza, Brusky of the Sumy region,” the "
        "summary as of 4:00 p.m. states."
    )
    found = seen(text, published=date(2025, 12, 28))
    assert found == {
        ("strike", "RU", "Bleshnia"),
        ("strike", "RU", "Ryzhivka"),
        ("strike", "RU", "Bila Bereza"),
        ("strike", "RU", "Brusky"),
    }


def test_a_damage_tally_goes_on_place_by_place_without_its_verb(seen: Seen) -> None:
    text = (
        "In total, the Russians damaged 40 houses during the day. In Hirske, the enemy damaged 14 houses, "
        "in Lysychansk — 12, in Vrubivka — 8, Novodruzhesk — 3."
    )
    found = seen(text, published=date(2022, 5, 28))
    assert found == {
        ("strike", "RU", "Hirske"),
        ("strike", "RU", "Lysychansk"),
        ("strike", "RU", "Vrubivka"),
        ("strike", "RU", "Novodruzhesk"),
    }


def test_a_place_with_a_verb_of_its_own_is_no_item_of_the_tally(seen: Seen) -> None:
    text = "In Hirske, the enemy damaged 14 houses, and in Lysychansk a school burned down."
    assert ("strike", "RU", "Hirske") in seen(text, published=date(2022, 5, 28))


def test_who_operates_the_drones_fires_them_whoever_made_them(seen: Seen) -> None:
    text = (
        'Russian "kamikaze" drones operated by Ukraine\'s military intelligence attacked a gunpowder plant '
        "in the "
        "town of Kotovsk in Russia's Tambov Oblast, a source said."
    )
    assert seen(text, published=date(2024, 9, 5)) == {("strike", "UA", "Kotovsk")}


def test_the_hospitals_treating_the_wounded_are_not_where_the_strike_was(seen: Seen) -> None:
    text = (
        "Ukrainian forces hit a Russian base in the village of Babakh-Tarama. Fourteen occupiers were killed "
        "in the attack, and about 17 are in serious condition in hospitals in Mariupol and Berdiansk."
    )
    found = seen(text, published=date(2024, 8, 23))
    assert ("strike", "UA", "Babakh-Tarama") in found
    assert not {event for event in found if event[2] in ("Mariupol", "Berdiansk")}


def test_a_hospital_struck_is_where_the_strike_was(seen: Seen) -> None:
    text = "A Ukrainian drone attacked a hospital in the town of Rylsk, injuring two people."
    found = seen(text, published=date(2024, 8, 10))
    assert {(kind, side, name.replace("’", "")) for kind, side, name in found} == {("strike", "UA", "Rylsk")}


def test_an_airfield_near_a_city_is_its_own_towns(seen: Seen) -> None:
    text = "The Russian Ministry of Defense announced a strike on the Vasilkov airfield near Kiev."
    assert seen(text, published=date(2022, 3, 31)) == {("strike", "RU", "Vasylkiv")}


def test_a_base_named_for_one_village_and_placed_in_another_stays_there(seen: Seen) -> None:
    text = "Ukrainian drones struck the Saky military airfield in Novofedorivka overnight."
    assert {event[2] for event in seen(text, published=date(2024, 5, 16))} <= {
        "Novofedorivka",
        "Novofedorovka",
    }


def test_a_claim_the_next_sentence_calls_fake_moves_no_line(seen: Seen) -> None:
    text = (
        "The Russian Defense Ministry reported on Dec. 1 that Russian troops had captured Klynove. "
        'The 11th Army Corps called this "a fake report."'
    )
    assert not {event for event in seen(text, published=date(2025, 12, 1)) if event[0] == "advance"}


def test_a_claim_only_denied_stays_a_report(seen: Seen) -> None:
    text = (
        "Monitors say that Russia recently occupied Lozova southeast of Kupiansk. "
        "The Ukrainian military denies this information."
    )
    assert ("advance", "RU", "Lozova") in {
        (t, a, p.split(" (")[0]) for t, a, p in seen(text, published=date(2025, 1, 9))
    }


def test_a_sides_habit_told_in_the_present_is_no_event(seen: Seen) -> None:
    text = (
        "Russia regularly shells residential areas close to its border in the Ukrainian oblasts of "
        "Chernihiv, Sumy and Kharkiv."
    )
    assert seen(text, published=date(2023, 3, 13)) == set()


def test_a_habit_told_in_the_past_with_its_time_is_still_told(seen: Seen) -> None:
    text = "Russian forces regularly shelled Nikopol in July."
    assert seen(text, published=date(2024, 8, 1)) == {("strike", "RU", "Nikopol")}


def test_a_village_next_to_an_oblast_is_not_put_in_it(seen: Seen) -> None:
    text = (
        "Russian troops liberated Kotlyarovka settlement in the Donetsk People's Republic, the ministry "
        "said. "
        '"Kotlyarovka is in fact neighbors on the Dnepropetrovsk Region," the source stated.'
    )
    found = seen(text, published=date(2025, 5, 12))
    assert found == {("advance", "RU", "Kotliarivka")}


def test_villages_counted_then_named_in_a_dashed_aside_are_the_ones_taken(seen: Seen) -> None:
    text = (
        "The breakthrough came on Wednesday as the Russians seized three strategic villages, the regional "
        "governor conceded. From the villages — Myrna Dolyna, Pidlisne and Toshkivka — Russian troops have "
        "gained higher ground to fire on Lysychansk."
    )
    found = seen(text, published=date(2022, 6, 22))
    assert {
        ("advance", "RU", "Myrna Dolyna"),
        ("advance", "RU", "Pidlisne"),
        ("advance", "RU", "Toshkivka"),
    } <= found
    assert ("advance", "RU", "Lysychansk") not in found


def test_the_places_of_a_counteroffensives_objective_are_not_where_it_went(seen: Seen) -> None:
    text = (
        "Ukraine started a counteroffensive in June with the objective of retaking territories in the south "
        "and east, including Bakhmut."
    )
    assert ("advance", "UA", "Bakhmut") not in seen(text, published=date(2023, 12, 25))


def test_an_ambassador_to_the_capital_says_nothing_of_where_the_attack_was(seen: Seen) -> None:
    text = "The US ambassador to Kyiv, Bridget Brink, condemned Russia's overnight missile attack."
    assert seen(text, published=date(2023, 5, 1)) == set()


def test_the_settlement_is_the_village_its_sentence_names_not_the_districts_town(seen: Seen) -> None:
    text = (
        "A fire broke out in the village of Velykyi Burluk in the Kupiansk district of Kharkiv Oblast after "
        "Russian forces shelled the central part of the settlement."
    )
    assert seen(text, published=date(2025, 5, 3)) == {("strike", "RU", "Velykyi Burluk")}


def test_an_attack_on_a_city_far_behind_the_line_is_fire(seen: Seen) -> None:
    text = "The Russians have once again launched an attack on Odesa, deploying strike drones at midday."
    assert seen(text, published=date(2025, 6, 15)) == {("strike", "RU", "Odesa")}


def test_an_attack_on_a_front_line_town_stays_an_assault(seen: Seen) -> None:
    text = "Russian troops launched an attack on Pokrovsk from the south."
    assert seen(text, published=date(2025, 6, 15)) == {("advance", "RU", "Pokrovsk")}


def test_an_airfield_of_a_region_of_russia_under_attack_is_hit_by_ukraine(seen: Seen) -> None:
    text = (
        "The Millerovo airfield in the Rostov region of the Russian Federation is under attack, with "
        "shots and explosions."
    )
    assert seen(text, published=date(2024, 12, 23)) == {("strike", "UA", "Millerovo")}


def test_what_a_side_has_targeted_for_months_is_the_towns_description(seen: Seen) -> None:
    text = (
        "Moscow's forces had seized Novooleksandrivka, a village near Pokrovsk, a logistics hub that Moscow "
        "has "
        "targeted for months without capturing it."
    )
    found = seen(text, published=date(2025, 5, 12))
    assert not {event for event in found if event[0] == "strike"}


def test_a_district_of_the_city_a_news_agency_files_from_is_the_storys_city(seen: Seen) -> None:
    text = (
        "Kyiv • UNN\n\n"
        "Enemy troops conducted an air strike on the Shevchenkivskyi district of Kharkiv with bombs.\n\n"
        "The attack, which took place in the Shevchenkivskyi district, damaged apartment buildings."
    )
    found = seen(text, published=date(2024, 10, 27))
    assert ("strike", "RU", "Shevchenkivskyi District") in found
    assert ("strike", "RU", "Kyiv") not in found


def test_it_of_the_next_sentence_is_the_speaker_not_the_enemy_it_quoted(seen: Seen) -> None:
    text = (
        "The Ukrainian military said it had attacked the Engels airfield in the Saratov region, calling the "
        'facility "a place of concentration of enemy aircraft." It also said it had struck the Dyagilevo '
        "airfield near Moscow."
    )
    found = seen(text, published=date(2025, 6, 6))
    assert {event[1] for event in found} == {"UA"}


def test_a_capital_that_destroyed_planes_is_no_place_of_the_strike(seen: Seen) -> None:
    text = (
        "Last month, Kyiv destroyed more than 40 Russian planes stationed at several of the Kremlin's "
        "airfields in a surprise drone attack."
    )
    assert ("strike", "UA", "Kyiv") not in seen(text, published=date(2025, 7, 5))


def test_a_governors_subject_list_of_a_town_villages_and_farmsteads_is_all_hit(seen: Seen) -> None:
    text = (
        "In the Shebekinsky municipal district, the town of Shebekino, the villages of Belyanka and Murom "
        "and the farmsteads Novaya Tavolzhanka came under three bombardments by Ukrainian forces."
    )
    found = {place for _, _, place in seen(text, published=date(2025, 3, 7))}
    assert {"Shebekino", "Belyanka", "Murom", "Novaya Tavolzhanka"} <= found


def test_attacks_since_the_outbreak_of_the_conflict_are_years_of_fire(seen: Seen) -> None:
    text = (
        "Belgorod region borders Ukraine's eastern Kharkiv region, and has come under attack by Kyiv's "
        "forces since the outbreak of full-scale conflict between the two states."
    )
    assert seen(text, published=date(2025, 10, 25)) == set()


def test_the_towns_where_casualties_occurred_are_the_attacks_places(seen: Seen) -> None:
    text = (
        "Ukrainian drones attacked the Moscow region overnight. Two people were killed in the attack, the "
        "governor said. He said the casualties occurred in the towns of Vidnoye, Domodedovo and Ramenskoye."
    )
    found = seen(text, published=date(2025, 3, 11))
    assert {
        ("strike", "UA", "Vidnoye"),
        ("strike", "UA", "Domodedovo"),
        ("strike", "UA", "Ramenskoye"),
    } <= found


def test_a_push_towards_a_town_from_two_directions_drives_nobody_out(seen: Seen) -> None:
    text = "The enemy is storming Bilohorivka and pushing towards Siversk from two directions."
    assert ("retreat", "UA", "Siversk") not in seen(text, published=date(2024, 6, 12))


def test_his_forces_in_a_speakers_participle_are_the_speakers(seen: Seen) -> None:
    text = (
        "Kiev's top general has acknowledged Russia's capture of Maryinka, saying his forces pulled back to "
        "the outskirts."
    )
    found = seen(text, published=date(2023, 12, 26))
    assert ("retreat", "UA", "Marinka") in found and ("retreat", "RU", "Marinka") not in found


def test_a_blast_that_was_the_result_of_a_sides_operation_is_that_sides(seen: Seen) -> None:
    text = (
        "An explosion on a railway bridge in Russia's Samara region on Monday was the result of a Ukrainian "
        "guerilla operation, Ukraine's military intelligence has announced."
    )
    found = seen(text, published=date(2024, 3, 4))
    assert found and {event[1] for event in found} == {"UA"}


def test_a_retreat_the_agencies_announced_then_withdrew_is_no_retreat(seen: Seen) -> None:
    text = (
        "Earlier Monday, two Russian state news agencies announced an apparent retreat by Moscow's forces in "
        "the Kherson region, but then withdrew the reports."
    )
    assert not {event for event in seen(text, published=date(2023, 11, 13)) if event[0] == "retreat"}


def test_what_drones_launched_by_a_side_targeted_that_side_struck(seen: Seen) -> None:
    text = (
        "The Ukrainian military claimed to have shot down 25 out of 33 drones launched by Russia overnight, "
        "with most targeting the Odesa region."
    )
    assert seen(text, published=date(2023, 9, 8)) == {("strike", "RU", "Odesa Oblast")}


def test_drones_documented_routinely_targeting_a_city_are_a_campaign_under_way(seen: Seen) -> None:
    text = (
        "Meanwhile, Russian FPV drones have been documented routinely targeting and hunting down civilians "
        "in Kherson."
    )
    assert seen(text, published=date(2025, 8, 23)) == {("strike", "RU", "Kherson")}


def test_if_in_april_then_in_may_is_a_contrast_of_times_not_a_condition(seen: Seen) -> None:
    text = (
        "According to military officers, if in mid-April the Russian forces controlled only a small area "
        "near the border, then in recent weeks they have advanced into the Sumy region and took the "
        "villages of Belovody and Basovka."
    )
    found = seen(text, published=date(2025, 5, 28))
    assert {("advance", "RU", "Bilovody"), ("advance", "RU", "Basivka")} <= found


def test_if_with_a_time_and_no_then_is_still_a_condition(seen: Seen) -> None:
    text = "If in May Russia takes Pokrovsk, the front will collapse."
    assert seen(text, published=date(2025, 4, 1)) == set()


def test_the_wounded_evacuated_from_a_town_are_no_retreat(seen: Seen) -> None:
    text = "The wounded troops were evacuated from Ilovaisk and hospitalized earlier today."
    assert seen(text, published=date(2014, 8, 20)) == set()


def test_missiles_that_entered_the_capital_took_no_ground(seen: Seen) -> None:
    text = (
        "The missiles entered the capital in several waves from different directions, the head of Kyiv said."
    )
    assert not {event for event in seen(text, published=date(2023, 5, 16)) if event[0] == "advance"}


def test_capitals_that_target_ask_or_annex_are_governments_not_targets(seen: Seen) -> None:
    texts = (
        "Kyiv has consistently targeted Russia's air bases and naval facilities in Crimea.",
        "Some claimed that Ukraine had used ATACMS missiles, which Kyiv has long asked the US to provide.",
        "Russia said it had downed 20 Ukrainian missiles over the peninsula, which Moscow illegally annexed.",
    )
    for text in texts:
        places = {place for _, _, place in seen(text, published=date(2024, 5, 16))}
        assert not places & {"Kyiv", "Moscow"}, text


def test_new_frontiers_occupied_by_defenders_are_no_advance(seen: Seen) -> None:
    text = (
        "In the area of Popasna, where Ukrainian troops have occupied new frontiers, the defense is reliable."
    )
    assert seen(text, published=date(2022, 5, 8)) == set()


def test_a_participle_after_an_adverb_takes_the_clauses_subject_not_its_object(seen: Seen) -> None:
    text = (
        "On Tuesday, Russian forces came closer to surrounding Ukrainian troops in the east, briefly seizing "
        "positions on the last highway near Svitlodarsk."
    )
    assert {event[1] for event in seen(text, published=date(2022, 5, 24))} == {"RU"}


def test_the_grouping_a_side_broke_is_not_the_side_that_encircled(seen: Seen) -> None:
    text = (
        "He claimed Kyiv had “broken the enemy grouping into two parts and encircled the enemy grouping in "
        "Davidiv Brid”."
    )
    assert {event[1] for event in seen(text, published=date(2022, 9, 1))} == {"UA"}
