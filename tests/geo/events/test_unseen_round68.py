"""Round 68 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_bigger_town_near_the_place_hit_only_locates_it(seen: Seen) -> None:
    text = (
        "The Russian military struck a tank school in Kharkiv overnight. In addition, the machine works in "
        "the town of Merefa near Kharkiv was hit."
    )
    found = seen(text, published=date(2024, 4, 4))
    assert ("strike", "RU", "Merefa") in found
    # (but a clause about the second place makes it the event's: "near Ocheretyne, which was penetrated")
    text = (
        "The village lies south of Novobakhmutivka near Ocheretyne, which was penetrated by Russian troops "
        "last week."
    )
    assert ("advance", "RU", "Ocheretyne") in seen(text, published=date(2024, 4, 29))


def test_a_side_that_claimed_on_a_day_to_have_hit_did_it(seen: Seen) -> None:
    text = "Ukrainian forces claimed on Friday to have hit an airfield in Millerovo, southern Russia."
    assert ("strike", "UA", "Millerovo") in seen(text, published=date(2022, 2, 25))


def test_a_country_in_a_town_s_apposition_is_where_not_who(seen: Seen) -> None:
    text = "A fuel tank near the airfield in Kursk, western Russia caught fire after a drone attack."
    assert ("strike", "RU", "Kursk") not in seen(text, published=date(2022, 12, 6))


def test_a_participle_after_the_fire_is_no_report_of_it(seen: Seen) -> None:
    # "alleged" or "called" after the verb of fire qualifies the weapon; the side before the verb fired
    text = "Putin said on television that Russia struck the Dnipro with an alleged new missile system."
    assert ("strike", "RU", "Dnipro") in seen(text, published=date(2024, 11, 21))


def test_forces_that_smashed_their_way_into_a_village_advanced(seen: Seen) -> None:
    text = "A pro-Russian blogger said Russian troops had smashed their way into the village of Robotyne."
    assert ("advance", "RU", "Robotyne") in seen(text, published=date(2024, 3, 8))


def test_breaking_through_or_piercing_part_of_the_lines_is_an_advance(seen: Seen) -> None:
    text = "DeepState said Russia had managed to break through Ukrainian defences at Verbove overnight."
    assert ("advance", "RU", "Verbove") in seen(text, published=date(2024, 2, 19))
    text = "Russian forces had pierced part of the Ukrainian lines near Stepove, the ministry said."
    assert ("advance", "RU", "Stepove") in seen(text, published=date(2025, 3, 17))


def test_a_town_on_the_verge_of_falling_has_not_fallen(seen: Seen) -> None:
    text = "Russian forces are on the verge of fully liberating Vovchansk, the official said."
    assert not seen(text, published=date(2024, 5, 18))
    text = "Putin said his forces were on the brink of capturing Sudzha."
    assert not seen(text, published=date(2025, 3, 12))


def test_vehicles_captured_are_no_ground_taken(seen: Seen) -> None:
    text = "Ten Ukrainian police cars were captured and used by Russian saboteurs in the Odesa region."
    assert not {e for e in seen(text, published=date(2022, 2, 28)) if e[0] == "advance"}


def test_fighting_in_a_town_s_centre_puts_the_attacker_inside(seen: Seen) -> None:
    text = "A military blogger said Russian forces were fighting in the centre of Hirnyk on Tuesday."
    assert ("advance", "RU", "Hirnyk") in seen(text, published=date(2024, 10, 23))


def test_a_claim_fronted_with_after_is_the_main_subject_s(seen: Seen) -> None:
    text = (
        "After claiming to have conquered the rail hub of Lyman, Russian forces stepped up their assault "
        "on Sievierodonetsk."
    )
    assert ("advance", "RU", "Lyman") in seen(text, published=date(2022, 5, 29))


def test_operations_without_gains_are_contacts(seen: Seen) -> None:
    text = "Russian forces continue offensive operations in Luhansk Oblast, without any major gains."
    assert not seen(text, published=date(2023, 2, 24))


def test_a_possibility_of_advances_is_no_advance(seen: Seen) -> None:
    text = "There is a realistic possibility of local Russian advances around Bakhmut, London said."
    assert not seen(text, published=date(2023, 1, 21))


def test_a_counter_attack_defended_against_is_no_gain_of_its_side(seen: Seen) -> None:
    text = "Ukrainian troops successfully defended against a Russian counter-attack near Kreminna."
    assert ("advance", "RU", "Kreminna") not in seen(text, published=date(2023, 1, 21))


def test_a_participle_opening_the_sentence_takes_the_main_subject(seen: Seen) -> None:
    text = (
        '"Abandoning their positions near Kremennaya, servicemen of Ukrainian armed formations have been '
        'laying mines," the Russian officer said.'
    )
    assert ("retreat", "UA", "Kreminna") in seen(text, published=date(2023, 2, 9))


def test_a_city_left_without_electricity_was_not_given_up(seen: Seen) -> None:
    text = "Drones hit Belgorod overnight, and a missile attack left parts of the city without electricity."
    assert not {e for e in seen(text, published=date(2025, 12, 15)) if e[0] == "retreat"}


def test_a_ministry_that_issued_a_report_on_a_strike_did_not_strike(seen: Seen) -> None:
    text = (
        "The Russian Ministry of Defense issued a report on the strike in Makiivka: 63 soldiers were killed, "
        "most of them reservists from Samara."
    )
    assert ("strike", "RU", "Makiivka") not in seen(text, published=date(2023, 1, 3))


def test_harm_told_with_its_cause_after_the_place_is_fire_there(seen: Seen) -> None:
    text = "A woman was injured in the Slovianka community of Dnipropetrovsk region due to Russian strikes."
    assert ("strike", "RU", "Slovianka") in seen(text, published=date(2025, 11, 28))


def test_a_village_taken_from_a_side_is_the_other_side_s_gain(seen: Seen) -> None:
    text = (
        "The village of Novopokrovske was taken under control from the Ukrainian military thanks to the "
        "active actions of the Center group of forces, the statement read."
    )
    assert ("advance", "RU", "Novopokrovske") in seen(text, published=date(2024, 7, 1))


def test_moscow_s_groups_in_english_are_russian(seen: Seen) -> None:
    text = "The troops of the Center group seized the settlements of Zolotarevka and Verkhnekamenka."
    assert ("advance", "RU", "Zolotarivka") in seen(text, published=date(2022, 7, 3))


def test_a_capital_using_its_people_is_a_government(seen: Seen) -> None:
    text = "Russian troops are advancing, with Gerasimov claiming that Kiev is using its people as fodder."
    assert not {e for e in seen(text, published=date(2025, 11, 1)) if e[2] == "Kyiv"}


def test_the_largest_of_some_nearby_settlements_are_taken_with_the_town(seen: Seen) -> None:
    text = (
        "The Russian Defence Ministry said its forces had established full control over Lisichansk and some "
        "nearby settlements, the largest of which are Belogorovka and Novodruzhesk."
    )
    found = seen(text, published=date(2022, 7, 3))
    assert {("advance", "RU", "Bilohorivka"), ("advance", "RU", "Novodruzhesk")} <= found


def test_what_intercepted_drones_targeted_their_launcher_struck(seen: Seen) -> None:
    text = (
        "Russian air defence intercepted 43 Ukrainian drones over southern Russia, primarily targeting the "
        "Krasnodar and Bryansk regions."
    )
    found = seen(text, published=date(2025, 3, 8))
    assert ("strike", "UA", "Bryansk Oblast") in found
    assert not {e for e in found if e[1] == "RU"}


def test_they_after_drones_are_the_drones_not_the_country_they_flew_over(seen: Seen) -> None:
    text = (
        "According to the Russian Defense Ministry, 16 drones were intercepted over Russia overnight - they "
        "attacked the Bryansk and Belgorod regions."
    )
    found = seen(text, published=date(2024, 10, 19))
    assert not {e for e in found if e[1] == "RU"}


def test_the_places_worst_hit_by_an_attack_were_struck(seen: Seen) -> None:
    text = (
        "Russian drones attacked Khmelnytskyi Oblast overnight. The settlements of Netishyn and Slavuta were "
        "most affected, with at least 20 injuries reported."
    )
    found = seen(text, published=date(2023, 10, 25))
    assert {("strike", "RU", "Netishyn"), ("strike", "RU", "Slavuta")} <= found


def test_victims_in_a_capital_of_a_side_s_attack_are_that_side_s_fire(seen: Seen) -> None:
    text = (
        "As reported, the number of victims in Kyiv as a result of the Russian attack carried out on the "
        "night of June 23 has increased to nine."
    )
    assert ("strike", "RU", "Kyiv") in seen(text, published=date(2025, 6, 24))


def test_partisans_that_sabotaged_a_railway_struck_there(seen: Seen) -> None:
    text = "The Atesh partisan group sabotaged the railways in the Russian city of Volgograd, it said."
    assert ("strike", "UA", "Volgograd") in seen(text, published=date(2025, 7, 10))
    # (a line named by its ends is not sabotaged at them)
    text = "The Atesh group sabotaged a railway line linking Russia's Moscow and Kursk oblasts, it said."
    assert not seen(text, published=date(2024, 12, 6))


def test_a_bomb_gone_off_or_a_car_blown_up_is_a_blast_of_no_named_side(seen: Seen) -> None:
    text = "An improvised explosive device went off on a railroad in Ryazan Region early on Saturday."
    assert seen(text, published=date(2023, 11, 11)) == {("strike", "unknown", "Ryazan Oblast")}
    text = "A Russian soldier was killed early Wednesday when his car exploded in Sevastopol."
    assert ("strike", "RU", "Sevastopol") not in seen(text, published=date(2024, 11, 13))


def test_forces_that_managed_to_pierce_the_defences_advanced(seen: Seen) -> None:
    text = "Russian forces managed to pierce Ukrainian defences near Kreminna, the governor said."
    assert ("advance", "RU", "Kreminna") in seen(text, published=date(2023, 2, 24))


def test_the_annexed_part_named_in_a_service_s_title_is_no_place_hit(seen: Seen) -> None:
    text = (
        "Emergency services of the annexed part of Zaporizhzhia say that residential buildings and a gas "
        "line were damaged in the strike."
    )
    assert not seen(text, published=date(2023, 4, 2))
    # (but the mayor's occupied city is still "the city": "an adviser to the mayor of Russian-occupied
    # Mariupol ... explosions were reported outside the city")
    text = (
        "Petro Andriushchenko, an adviser to the mayor of Russian-occupied Mariupol, reported explosions. "
        "In addition, sounds of explosions were reported outside the city."
    )
    assert ("strike", "UA", "Mariupol") in seen(text, published=date(2024, 7, 12))


def test_where_a_president_told_reporters_is_no_place_hit(seen: Seen) -> None:
    text = (
        "The situation in the Odesa region is harsh due to Russian strikes on port infrastructure, "
        "President Zelenskyy told reporters in Kyiv on Monday."
    )
    found = seen(text, published=date(2025, 12, 23))
    assert ("strike", "RU", "Odesa Oblast") in found
    assert not {e for e in found if e[2] == "Kyiv"}


def test_a_capital_that_upped_its_attacks_is_a_government(seen: Seen) -> None:
    text = "The attack comes as Kiev upped its aerial attacks on Russian energy facilities in recent months."
    assert not seen(text, published=date(2025, 1, 18))


def test_towns_near_a_city_under_a_shared_passive_agent(seen: Seen) -> None:
    text = (
        "Russian troops attacked Luhansk Oblast. Also, Shchastia and Stanytsia Luhanska towns near Luhansk "
        "are controlled by Russia and destroyed."
    )
    found = seen(text, published=date(2022, 2, 28))
    assert ("strike", "RU", "Stanytsia Luhanska") in found
    assert not {e for e in found if e[2] == "Luhansk"}


def test_where_the_soldiers_killed_came_from_is_no_place_hit(seen: Seen) -> None:
    text = (
        "Ukrainian HIMARS struck a college building in Makiivka on New Year's night. The Russian Ministry of "
        "Defense said 63 soldiers were killed, most of them mobilized residents of the Samara and Saratov "
        "regions."
    )
    assert seen(text, published=date(2023, 1, 3)) == {("strike", "UA", "Makiivka")}
