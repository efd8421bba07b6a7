"""Round 64 of unseen reporting: Ocheretyne and Marinka in 2024, the Vremivka salient of 2023, bridges and
railways sabotaged in Russia, Huliaipole's fall, Chernihiv Oblast under fire, airfields on both sides,
Avdiivka in 2023, the Siverskyi Donets crossings of 2022, Zaporizhzhia in 2022, the Kupiansk front in 2023,
the Dnipro islands, Russia's power grid, the Kinburn Spit, Kurakhove as Moscow told it and ISW in 2023."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_train_of_tankers_burned_is_a_strike_between_its_towns(seen: Seen) -> None:
    text = (
        "Ukraine's Defence Forces burned a train carrying Russian fuel tankers between occupied Tokmak and "
        "Chernihivka in Zaporizhzhia Oblast."
    )
    assert ("strike", "UA", "Tokmak") in seen(text, published=date(2025, 7, 11))


def test_bodies_burned_are_no_strike(seen: Seen) -> None:
    text = "Residents said retreating Russian troops burned the bodies near Izium."
    assert not {e for e in seen(text, published=date(2022, 9, 20)) if e[0] == "strike"}


def test_a_tanker_train_hit_near_a_town_is_a_strike_there(seen: Seen) -> None:
    text = "In June, a Russian tanker train was hit near occupied Tokmak in Zaporizhzhia region."
    assert {e for e in seen(text, published=date(2025, 7, 11)) if e[0] == "strike" and e[2] == "Tokmak"}


def test_a_strike_whose_toll_is_unsure_is_still_a_strike(seen: Seen) -> None:
    text = (
        "Ukraine's Air Force said Ukrainian missiles struck the Belbek airfield in occupied Crimea on "
        "Jan. 31 and probably hit at least three Russian aircraft."
    )
    assert ("strike", "UA", "Belbek air base") in seen(text, published=date(2024, 2, 2))


def test_a_strike_that_will_probably_come_is_no_event(seen: Seen) -> None:
    text = "Officials warned that Russian forces will probably hit three more towns near Kharkiv."
    assert not seen(text, published=date(2024, 2, 2))


def test_fire_told_as_a_sides_reaction_is_that_sides(seen: Seen) -> None:
    text = (
        "The shelling of Ochakiv is a reaction of the occupiers to the successes of the Armed Forces on the "
        "Kinburn Spit, the spokeswoman said."
    )
    found = seen(text, published=date(2023, 1, 10))
    assert ("strike", "RU", "Ochakiv") in found
    assert ("strike", "UA", "Ochakiv") not in found


def test_an_attack_a_side_cites_is_not_that_sides(seen: Seen) -> None:
    text = (
        "Moscow suspended its part in the grain deal on Saturday, citing the drone attack on Sevastopol on "
        "Friday night."
    )
    assert ("strike", "RU", "Sevastopol") not in seen(text, published=date(2022, 10, 31))


def test_forces_in_a_relative_clause_crossed_the_river(seen: Seen) -> None:
    text = (
        "Ukrainian troops are sweeping the area of the Russian soldiers who managed to cross the Siverskyi "
        "Donets near Bilohorivka in the Luhansk region."
    )
    found = seen(text, published=date(2022, 5, 10))
    assert ("advance", "RU", "Bilohorivka") in found
    assert not {e for e in found if e[0] == "advance" and e[1] == "UA"}


def test_attacks_in_a_village_that_set_a_fire_are_a_strike_there(seen: Seen) -> None:
    text = (
        "Russian troops keep shelling the Luhansk region. Earlier, as a result of attacks in Bilohorivka "
        "on May 7, a fire in the school building broke out."
    )
    assert {e for e in seen(text, published=date(2022, 5, 10)) if e[0] == "strike" and e[2] == "Bilohorivka"}


def test_attacks_against_oblasts_are_strikes_not_ground_assaults(seen: Seen) -> None:
    text = (
        "The navy spokesman said Russia continues its attacks against southern Mykolaiv and Kherson oblasts "
        "from the spit and from vessels that could enter the estuary."
    )
    found = seen(text, published=date(2024, 8, 14))
    assert {("strike", "RU", "Mykolaiv Oblast"), ("strike", "RU", "Kherson Oblast")} <= found
    assert not {e for e in found if e[0] == "contact"}


def test_attacks_on_positions_near_a_town_stay_ground_fighting(seen: Seen) -> None:
    text = "Russian troops continued their attacks against Ukrainian positions near Bakhmut."
    found = seen(text, published=date(2023, 3, 2))
    assert not {e for e in found if e[0] == "strike"}


def test_an_order_to_retreat_never_given_is_no_retreat(seen: Seen) -> None:
    text = (
        "Denis Pushilin said that the Armed Forces of Ukraine were holding Vuhledar and had not received an "
        "order to retreat."
    )
    assert not {e for e in seen(text, published=date(2023, 1, 30)) if e[0] == "retreat"}


def test_what_a_side_aims_at_is_not_taken(seen: Seen) -> None:
    text = (
        "The commander warned that the probable objective of the enemy, besides conquering Avdiivka, is the "
        "capture of the entire Donetsk region."
    )
    assert not seen(text, published=date(2023, 12, 28))


def test_a_question_told_before_its_answer_reports_nothing(seen: Seen) -> None:
    text = (
        "Asked where the reports about the alleged retreat of the Armed Forces of Ukraine from Kupiansk "
        "were true, the governor answered:"
    )
    assert not {e for e in seen(text, published=date(2023, 8, 22)) if e[0] == "retreat"}


def test_a_facility_in_russia_attacked_when_russia_was_just_named_is_ukraines_strike(seen: Seen) -> None:
    text = (
        "On the night of August 21, while Russia was massively attacking Ukrainian cities with missiles, it "
        "was also flying drones. An energy facility was attacked in the Voronezh region."
    )
    found = seen(text, published=date(2025, 8, 21))
    assert ("strike", "UA", "Voronezh Oblast") in found
    assert ("strike", "RU", "Voronezh Oblast") not in found


def test_residents_long_described_leaving_is_no_retreat_and_massive_strikes_against_a_town_are(
    seen: Seen,
) -> None:
    text = (
        "Around the same time, Russia launched massive strikes against the town of Avdiivka, after which "
        "even those few residents remaining in the largely ruined settlement began to leave."
    )
    found = seen(text, published=date(2023, 10, 12))
    assert ("strike", "RU", "Avdiivka") in found
    assert not {e for e in found if e[0] == "retreat"}


def test_what_leaving_would_cost_is_no_retreat(seen: Seen) -> None:
    text = (
        "The brigade holds the heights above Berdychi and Tonenke. Taking it away from the villages means "
        "giving up positions to the Russian army."
    )
    assert not {e for e in seen(text, published=date(2024, 4, 28)) if e[0] == "retreat"}


def test_a_series_of_verbs_after_a_comma_keeps_the_forces(seen: Seen) -> None:
    text = (
        "Russian forces have been advancing in Ukraine at the fastest pace since the early months of the "
        "war, are moving into the strategic town of Kurakhove and have been exploiting vulnerabilities of "
        "Kyiv troops, analysts said on Monday."
    )
    assert ("advance", "RU", "Kurakhove") in seen(text, published=date(2024, 11, 25))


def test_fire_a_capture_will_cut_is_no_strike_of_the_day(seen: Seen) -> None:
    text = (
        "With the capture of Vuhledar, Russian forces will push the Ukrainian military farther away from "
        "Donetsk and reduce the number of Kyiv's bombardments of Olenivka and the outskirts of Volnovakha."
    )
    assert not {e for e in seen(text, published=date(2024, 10, 1)) if e[0] == "strike"}


def test_the_enemy_being_further_destroyed_is_the_target(seen: Seen) -> None:
    text = (
        '"Our troops are advancing in Vuhledar. The enemy is located in the north of the town and is being '
        'further destroyed," the Russian-installed official told TASS.'
    )
    found = seen(text, published=date(2024, 10, 1))
    assert not {e for e in found if e[0] == "strike" and e[1] == "UA"}


def test_depots_of_a_sides_armed_forces_destroyed_are_struck_places(seen: Seen) -> None:
    text = (
        "Four depots of ammunition and weapons of the armed forces of Ukraine have been destroyed in the "
        "area of the settlements of Monachinovka of the Kharkov Region, the Russian Defence Ministry said."
    )
    assert {e for e in seen(text, published=date(2022, 9, 22)) if e[0] == "strike" and e[2] == "Monachynivka"}


def test_control_established_in_the_passive_and_the_largest_of_the_places_taken(seen: Seen) -> None:
    text = (
        "On July 3, Russian Defence Minister Sergei Shoigu reported to Vladimir Putin on the liberation of "
        "the Luhansk People's Republic. Shoigu noted that full control was established over Lisichansk and "
        "a number of nearby settlements. The largest of them are Belogorovka, Novodruzhesk and Belaya Gora."
    )
    found = seen(text, published=date(2022, 7, 3))
    assert {("advance", "RU", "Luhansk Oblast"), ("advance", "RU", "Lysychansk")} <= found
    assert {("advance", "RU", "Bilohorivka"), ("advance", "RU", "Novodruzhesk")} <= found


def test_the_largest_of_places_struck_are_taken_by_nobody(seen: Seen) -> None:
    text = (
        "Russian drones hit Kharkiv Oblast and Sumy Oblast overnight. The largest of them are Kharkiv and "
        "Sumy."
    )
    assert not {e for e in seen(text, published=date(2024, 7, 3)) if e[0] == "advance"}


def test_the_surrounded_enemy_is_described_not_surrounded_again(seen: Seen) -> None:
    text = (
        "The Ukrainian grouping of troops is blocked in the Lysychansk cauldron; at present, the defeat of "
        "the surrounded enemy is being completed in the city, the Russian ministry said."
    )
    found = seen(text, published=date(2022, 7, 3))
    assert ("advance", "RU", "Lysychansk") in found
    assert ("advance", "UA", "Lysychansk") not in found


def test_a_town_cleared_in_quotes_of_a_sides_forces_is_taken(seen: Seen) -> None:
    text = (
        "According to the Defence Ministry in Moscow, the small town of Popasna, which was heavily contested "
        'until recently, had now been "cleared" of Ukrainian forces, spokesman Igor Konashenkov said.'
    )
    assert ("advance", "RU", "Popasna") in seen(text, published=date(2022, 5, 10))


def test_uav_attacks_launched_on_infrastructure_are_strikes(seen: Seen) -> None:
    text = (
        "On Sunday evening, October 26, Russian troops launched UAV attacks on transport infrastructure "
        "facilities in Chernihiv region."
    )
    found = seen(text, published=date(2025, 10, 27))
    assert ("strike", "RU", "Chernihiv Oblast") in found
    assert not {e for e in found if e[0] == "contact"}


def test_a_probability_of_capture_and_a_hard_time_advancing_are_no_events(seen: Seen) -> None:
    text = (
        "The minister noted that Russian forces have a high probability of capturing Lysychansk but that "
        "they will have a difficult time advancing toward Sloviansk and Kramatorsk."
    )
    assert not {e for e in seen(text, published=date(2022, 7, 2)) if e[0] == "advance"}


def test_fakes_a_side_spreads_about_shelling_are_no_strike(seen: Seen) -> None:
    text = (
        "At the same time, the Russians continue to spread fakes, alleging that the Armed Forces are "
        "shelling the civilian population of the Zaporizhzhia region."
    )
    assert not seen(text, published=date(2022, 5, 11))


def test_an_attempt_given_up_is_no_ground_given_up(seen: Seen) -> None:
    text = (
        "The enemy eventually gave up on forcing the river and sank their tanks in the waters of the "
        "Siverskyi Donets near Bilohorivka."
    )
    assert not {e for e in seen(text, published=date(2023, 11, 20)) if e[0] == "retreat"}


def test_fire_faced_throughout_the_conflict_is_no_strike_of_the_day(seen: Seen) -> None:
    text = (
        "Makiivka has faced frequent shelling by Ukrainian forces throughout the ongoing conflict, leading "
        "to civilian casualties."
    )
    assert not seen(text, published=date(2024, 9, 30))


def test_the_armed_forces_in_lower_case_after_russias_ministry_are_russias(seen: Seen) -> None:
    text = (
        "The Russian Ministry of Defense announced on Monday that the armed forces have completely "
        "liberated the village of Bilohorivka in the Lugansk People's Republic."
    )
    found = seen(text, published=date(2024, 5, 20))
    assert ("advance", "RU", "Bilohorivka") in found
    assert ("advance", "UA", "Bilohorivka") not in found


def test_a_couple_named_by_their_given_names_leaving_is_no_retreat(seen: Seen) -> None:
    text = (
        "The wounded were taken to a hospital in the neighbouring town of Druzhkivka. Volodymyr and Vera "
        "thought about it for a few more days and then decided to leave Kostiantynivka behind."
    )
    assert not {e for e in seen(text, published=date(2025, 9, 20)) if e[0] == "retreat"}


def test_the_largest_shelling_since_a_year_is_a_strike_of_its_day(seen: Seen) -> None:
    text = "On December 28, Kherson was subjected to the largest-scale shelling since 2022."
    assert ("strike", "RU", "Kherson") in seen(text, published=date(2024, 12, 29))


def test_a_command_post_targeted_is_a_strike(seen: Seen) -> None:
    text = "Kyiv said Friday that it had targeted a command post near Sevastopol the day before."
    assert ("strike", "UA", "Sevastopol") in seen(text, published=date(2024, 1, 6))


def test_russia_said_it_had_improved_its_fighting_positions(seen: Seen) -> None:
    text = (
        "Russia on Friday said it had improved its fighting positions around the northeast Ukraine town of "
        "Kupiansk, where its advance has prompted officials to urge residents to evacuate."
    )
    assert ("advance", "RU", "Kupiansk") in seen(text, published=date(2023, 8, 11))
