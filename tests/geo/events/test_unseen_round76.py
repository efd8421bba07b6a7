"""Round 76 of unseen reporting: sabotage and blasts in Russia and occupied Ukraine, the 2022 invasion as
told at the time, defence ministries' tallies, and oblast administrations' reports by raion."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_car_blown_up_with_no_side_named_is_a_blast_of_no_known_side(seen: Seen) -> None:
    text = "In the city of Voronezh, on Sunday, the car of a pro-war blogger was blown up, police said."
    assert seen(text, published=date(2024, 5, 6)) == {("strike", "unknown", "Voronezh")}


def test_a_train_derailed_by_a_blast_is_a_strike_where_it_derailed(seen: Seen) -> None:
    text = (
        "A freight train derailed near Unecha in the Bryansk region on Tuesday after the detonation of an "
        "unidentified explosive device, the governor said."
    )
    assert seen(text, published=date(2023, 5, 2)) == {("strike", "unknown", "Unecha")}
    # (a train derailed by anything else is no strike)
    assert seen("A freight train derailed near Unecha after a brake failure.") == set()


def test_people_who_got_blown_up_did_not_blow_anything_up(seen: Seen) -> None:
    text = "Two Russian occupiers got blown up in occupied Melitopol, the mayor in exile said."
    assert seen(text, published=date(2023, 6, 1)) == {("strike", "UA", "Melitopol")}


def test_troops_knocked_out_of_a_village_lost_it_to_the_other_side(seen: Seen) -> None:
    text = "Ukrainian troops have already been knocked out of Verbove, an occupation official claimed."
    assert seen(text, published=date(2024, 3, 1)) == {
        ("retreat", "UA", "Verbove"),
        ("advance", "RU", "Verbove"),
    }


def test_troops_forced_out_of_a_village_named_before_lost_it_too(seen: Seen) -> None:
    text = (
        "Lukianivka lies east of Kyiv. Russian troops were forced out of the village after a Ukrainian "
        "offensive on March 25."
    )
    assert seen(text, published=date(2022, 3, 27)) == {
        ("retreat", "RU", "Lukianivka"),
        ("advance", "UA", "Lukianivka"),
    }


def test_a_tally_item_may_name_its_weapon_or_count_each(seen: Seen) -> None:
    text = (
        "The ministry said 20 drones were shot down over the Kursk Region, four drones over the Kaluga "
        "Region and one over the Tula Region."
    )
    assert seen(text, published=date(2025, 4, 1)) == {
        ("strike", "UA", f"{name} Oblast") for name in ("Kursk", "Kaluga", "Tula")
    }
    text = (
        "Six drones were also downed in the Lipetsk region, and two each over the Oryol and Tambov regions."
    )
    assert seen(text, published=date(2025, 4, 1)) == {
        ("strike", "UA", f"{name} Oblast") for name in ("Lipetsk", "Oryol", "Tambov")
    }


def test_drones_that_had_been_shot_down_over_oblasts_struck_at_them(seen: Seen) -> None:
    text = (
        "The ministry added that several drones had also been shot down over the Smolensk and Pskov regions."
    )
    assert seen(text, published=date(2025, 4, 1)) == {
        ("strike", "UA", "Smolensk Oblast"),
        ("strike", "UA", "Pskov Oblast"),
    }


def test_the_district_after_a_raion_is_that_raion(seen: Seen) -> None:
    text = (
        "Russian forces pulled out of the Okhtyrka district. The south of the district is being cleared of "
        "the enemy."
    )
    found = seen(text, published=date(2022, 3, 28))
    assert ("retreat", "RU", "Okhtyrka Raion") in found and ("advance", "UA", "Okhtyrka Raion") in found


def test_the_regional_centre_is_no_foreign_town_named_before(seen: Seen) -> None:
    text = (
        "For trains to Poland, transfers to Chelm will be organised. The enemy also attacked the "
        "Kropyvnytskyi district with drones: the regional centre and 44 settlements lost power."
    )
    found = seen(text, published=date(2025, 9, 17))
    assert found == {("strike", "RU", "Kropyvnytskyi Raion")}


def test_a_list_goes_on_after_the_city_itself(seen: Seen) -> None:
    text = "Russian artillery hit the city of Kupiansk itself, Kurylivka and Petropavlivka communities."
    assert seen(text, published=date(2024, 6, 10)) == {
        ("strike", "RU", "Kupiansk"),
        ("strike", "RU", "Kurylivka"),
        ("strike", "RU", "Petropavlivka"),
    }


def test_explosions_residents_heard_are_fire_on_their_town(seen: Seen) -> None:
    text = (
        "Residents of the town of Tuapse in the Krasnodar region said they heard loud explosions and the "
        "sound of gunfire near the oil terminal."
    )
    assert seen(text, published=date(2024, 6, 10)) == {("strike", "UA", "Tuapse")}


def test_where_an_impact_occurred_was_struck(seen: Seen) -> None:
    text = "The mayor said the impact occurred in the Saltivskyi district of Kharkiv."
    assert seen(text, published=date(2024, 6, 10)) == {("strike", "RU", "Saltivskyi District")}


def test_a_town_the_other_side_previously_occupied_was_retaken_not_taken_twice(seen: Seen) -> None:
    text = (
        "Russian forces have recaptured Sudzha, the largest town that Ukraine previously occupied in the "
        "Kursk region, Moscow said on Thursday."
    )
    assert seen(text, published=date(2025, 3, 13)) == {("advance", "RU", "Sudzha")}


def test_the_ministrys_transition_to_the_control_of_its_troops_is_a_taking(seen: Seen) -> None:
    text = (
        "The Russian Defence Ministry reported the transition to the control of the Russian troops of the "
        "settlement of Malaya Loknya in the Kursk region."
    )
    assert seen(text, published=date(2025, 3, 10)) == {("advance", "RU", "Malaya Loknya")}


def test_a_flag_raised_in_one_village_and_elsewhere_in_another(seen: Seen) -> None:
    text = (
        "Video shows Ukrainian soldiers raising the national flag over the village of Staromaiorske, and "
        "elsewhere in Urozhaine, over the weekend."
    )
    assert seen(text, published=date(2023, 7, 30)) == {
        ("advance", "UA", "Staromaiorske"),
        ("advance", "UA", "Urozhaine"),
    }


def test_shares_of_two_towns_freed_are_two_gains(seen: Seen) -> None:
    text = (
        "More than half of the territory of Kupiansk, and 70% of Siversk have been liberated, Gerasimov said."
    )
    assert seen(text, published=date(2025, 11, 20)) == {
        ("advance", "RU", "Kupiansk"),
        ("advance", "RU", "Siversk"),
    }


def test_the_country_s_forces_after_russia_s_defence_minister_are_russia_s(seen: Seen) -> None:
    text = (
        "Russia's defense minister asserted that the armed forces of the country have seized control of the "
        "town of Vuhledar in the Donetsk region of Ukraine."
    )
    assert seen(text, published=date(2024, 10, 3)) == {("advance", "RU", "Vuhledar")}


def test_a_side_whose_defences_were_broken_through_did_not_do_the_liberating(seen: Seen) -> None:
    text = (
        "Kyiv said on Monday its troops had broken through Russia's defences in the south and liberated the "
        "village of Staromaiorske."
    )
    assert seen(text, published=date(2023, 7, 27)) == {("advance", "UA", "Staromaiorske")}


def test_troops_that_withdrew_from_the_region_left_the_oblast_just_named(seen: Seen) -> None:
    text = (
        "Villages of the Sumy region counted their dead. The Russian troops withdrew from the region on "
        "April 4, the governor said."
    )
    assert seen(text, published=date(2022, 4, 8)) == {("retreat", "RU", "Sumy Oblast")}


def test_fire_since_the_wars_first_days_is_news_in_its_first_weeks_only(seen: Seen) -> None:
    text = "Russian troops have been shelling Chernihiv since the first days of the war, the mayor said."
    assert seen(text, published=date(2022, 3, 20)) == {("strike", "RU", "Chernihiv")}
    # (a year on, the same words tell a year of fire, no strike of the day)
    assert seen(text, published=date(2023, 3, 20)) == set()


def test_a_town_most_likely_occupied_is_an_analysts_hedged_taking(seen: Seen) -> None:
    text = "Bilohorivka was most likely occupied by Russia on May 2, according to the U.K. Defence Ministry."
    assert seen(text, published=date(2024, 5, 4)) == {("advance", "RU", "Bilohorivka")}


def test_multiple_settlements_taken_in_named_regions_are_gains_there(seen: Seen) -> None:
    text = "Russian forces captured multiple settlements in the Kharkov and Zaporozhye regions last week."
    assert seen(text, published=date(2025, 11, 20)) == {
        ("advance", "RU", "Kharkiv Oblast"),
        ("advance", "RU", "Zaporizhzhia Oblast"),
    }


def test_a_ministrys_tally_goes_on_after_in_addition_to(seen: Seen) -> None:
    text = (
        "The ministry said it had destroyed 11 Ukrainian drones in the Bryansk region overnight, in "
        "addition to four each in the Kursk region and annexed Crimea."
    )
    assert seen(text, published=date(2024, 6, 1)) == {
        ("strike", "UA", "Bryansk Oblast"),
        ("strike", "UA", "Kursk Oblast"),
        ("strike", "UA", "Crimea"),
    }


def test_counted_items_of_a_tally_and_the_noun_of_destruction(seen: Seen) -> None:
    text = "Of these, nine were destroyed over the Lipetsk region and two over the Oryol region."
    assert seen(text, published=date(2024, 6, 1)) == {
        ("strike", "UA", "Lipetsk Oblast"),
        ("strike", "UA", "Oryol Oblast"),
    }
    text = "The governor reported the destruction of two drones on approach to Millerovo."
    assert seen(text, published=date(2024, 6, 1)) == {("strike", "UA", "Millerovo")}
    # (not whatever was destroyed over a weekend)
    assert seen("Nine were destroyed over the weekend in Kupiansk.", published=date(2024, 6, 1)) == set()


def test_a_drone_that_tried_to_attack_a_town_is_fire_at_it(seen: Seen) -> None:
    text = "A drone from Ukraine tried to attack an oil depot in the town of Novozybkov, the governor said."
    assert seen(text, published=date(2024, 6, 1)) == {("strike", "UA", "Novozybkov")}
    # (troops that tried to attack a village fought there, and took nothing: no scored event)
    assert seen("Russian troops tried to attack Robotyne.", published=date(2024, 6, 1)) == set()


def test_the_war_named_by_its_two_countries_names_no_side_that_fired(seen: Seen) -> None:
    assert seen("Russia Ukraine War: shelling of Marhanets", published=date(2023, 9, 24)) == {
        ("strike", "RU", "Marhanets")
    }
