"""Round 66 of unseen reporting: western Ukraine struck, the bridges to Crimea, Zaporizhzhia and Dnipro
struck, Sievierodonetsk and Lysychansk in 2022, Moscow's telling of early 2023, drones over Moscow,
Poltava Oblast struck, Velyka Novosilka, Izium in 2022, Vuhledar's fall, Russia's refineries, Kharkiv
Oblast's towns, Snake Island, the end of the Kursk salient, Ukraine's railways and the north in March 2022."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_ministry_round_up_of_drones_downed_over_regions_maps_the_attack_on_each(seen: Seen) -> None:
    # Round 75 turned this round's rule round: a drone downed over a region was an attack on it, as ACLED
    # codes an interception, and as a town downed over already was.
    text = (
        "Overnight, air defense systems destroyed and intercepted 144 Ukrainian drones over nine Russian "
        "regions: 72 over the Bryansk Region, 20 over the Moscow Region, 14 over the Kursk Region."
    )
    assert seen(text, published=date(2024, 9, 10)) == {
        ("strike", "UA", "Bryansk Oblast"),
        ("strike", "UA", "Moscow Oblast"),
        ("strike", "UA", "Kursk Oblast"),
    }


def test_a_region_downed_over_is_still_struck_where_the_sentence_tells_of_a_hit(seen: Seen) -> None:
    text = (
        "Air defence shot down 20 drones over the Moscow region, and a drone hit an apartment block in "
        "Ramenskoye."
    )
    assert ("strike", "UA", "Ramenskoye") in seen(text, published=date(2024, 9, 10))
    text = (
        "Ukrainian drones attacked the Kursk region overnight, and 30 of them were shot down over the Kursk "
        "region, the governor said."
    )
    assert ("strike", "UA", "Kursk Oblast") in seen(text, published=date(2024, 9, 10))


def test_the_side_that_owns_an_island_is_not_who_had_taken_it(seen: Seen) -> None:
    text = (
        "Russian forces have left Ukraine’s Snake Island in the Black Sea, which they had taken early in "
        "the war."
    )
    found = seen(text, published=date(2022, 6, 30))
    assert ("retreat", "RU", "Snake Island") in found
    assert ("advance", "UA", "Snake Island") not in found


def test_a_barrage_of_a_side_s_artillery_is_that_side_s_fire(seen: Seen) -> None:
    text = (
        "Ukraine’s military said the Russians fled Snake Island in two speedboats after a barrage of "
        "Ukrainian artillery and missile strikes."
    )
    found = seen(text, published=date(2022, 6, 30))
    assert {("retreat", "RU", "Snake Island"), ("strike", "UA", "Snake Island")} <= found
    assert ("strike", "RU", "Snake Island") not in found


def test_airports_shut_during_a_drone_attack_were_not_struck(seen: Seen) -> None:
    text = "Moscow's Vnukovo, Domodedovo and Zhukovsky airports were shut down due to the drone attack."
    assert seen(text, published=date(2024, 9, 1)) == set()


def test_alerts_for_air_strikes_over_a_city_are_no_strike_on_it(seen: Seen) -> None:
    text = (
        "Shortly after the Kremlin announcement, Ukraine reported alerts for air strikes over the capital "
        "Kyiv and other cities."
    )
    assert seen(text, published=date(2023, 5, 4)) == set()
    assert ("strike", "RU", "Kyiv") in seen("Russian air strikes hit Kyiv.", published=date(2023, 5, 4))


def test_the_headline_repeated_above_a_shorter_first_line_is_its_own_sentence() -> None:
    from geo.events.sentences import split_sentences

    title = "Russia captures critical eastern Ukraine city amid hasty withdrawal from Kiev front"
    text = f"{title}\nIzyum stood in the way of a Russian advance into northern Donetsk.\n"
    assert [s.text for s in split_sentences(text, title)] == [
        title,
        "Izyum stood in the way of a Russian advance into northern Donetsk.",
    ]


def test_towns_a_claim_of_control_leaves_out_are_not_taken(seen: Seen) -> None:
    text = (
        "As of press time, Russia controls most of the Luhansk Oblast, save for the cities of "
        "Sievierodonetsk and Lysychansk, while the Donetsk Oblast remains the scene of heavy fighting."
    )
    found = seen(text, published=date(2022, 4, 1))
    assert not {e for e in found if e[2] in ("Sievierodonetsk", "Lysychansk")}
    assert ("advance", "RU", "Luhansk Oblast") in found


def test_scenes_captured_by_residents_on_video_are_no_capture(seen: Seen) -> None:
    text = (
        "Furthermore, drones targeted a steel plant in Stary Oskol, leading to loud explosions and harrowing "
        "scenes captured by residents on video."
    )
    assert not {e for e in seen(text, published=date(2024, 3, 23)) if e[0] == "advance"}


def test_a_headline_s_targets_destroyed_were_the_other_side_s(seen: Seen) -> None:
    text = "Russian forces take full control of Izyum, 60 Ukrainian military targets destroyed."
    found = seen(text, published=date(2022, 3, 24))
    assert ("advance", "RU", "Izium") in found
    assert not {e for e in found if e[0] == "strike" and e[1] == "UA"}


def test_a_governor_deep_in_russia_calls_ukraine_s_drones_the_enemy_s(seen: Seen) -> None:
    text = "The governor of Samara region stated that “the region experienced an attack by enemy drones.”"
    assert seen(text, published=date(2025, 8, 28)) == {("strike", "UA", "Samara Oblast")}


def test_a_side_s_military_seized_in_a_yard_were_taken_prisoner_not_the_town(seen: Seen) -> None:
    text = (
        "Russian military with submachine guns have been seized today directly in the yard of one of "
        "high-rise buildings in Mykolaiv."
    )
    assert not {e for e in seen(text, published=date(2022, 2, 28)) if e[0] == "advance"}
    text = "The Russian military base near Kherson had been captured by Ukrainian forces."
    assert ("advance", "UA", "Kherson") in seen(text, published=date(2022, 11, 11))


def test_a_verb_of_taking_is_no_noun_a_country_s_name_owns(seen: Seen) -> None:
    text = (
        "Russian forces in eastern Ukraine captured the centre of the railway hub town of Lyman and "
        "encircled most of Sievierodonetsk, Ukrainian officials acknowledged on Friday."
    )
    found = seen(text, published=date(2022, 5, 28))
    assert ("advance", "RU", "Lyman") in found
    assert ("advance", "UA", "Lyman") not in found
    assert ("advance", "UA", "Robotyne") in seen("The report noted Ukraine's recapture of Robotyne.")


def test_information_a_sentence_calls_false_is_a_denial(seen: Seen) -> None:
    text = (
        "The information that the Russian army captured the village of Synkivka, which is located 5 "
        "kilometers from the Kupyansk, is false."
    )
    assert seen(text, published=date(2023, 8, 22)) == set()


def test_an_attack_given_up_hit_nothing(seen: Seen) -> None:
    text = (
        "Invading forces looked to be on the verge of capturing the entire Luhansk region, after abandoning "
        "its attack on Kyiv in the face of Ukrainian resistance."
    )
    assert ("strike", "RU", "Kyiv") not in seen(text, published=date(2022, 5, 29))


def test_ukrainian_police_call_russia_the_enemy(seen: Seen) -> None:
    text = "“Sievierodonetsk is under enemy fire at all times,” Ukrainian police said on social media."
    assert seen(text, published=date(2022, 5, 29)) == {("strike", "RU", "Sievierodonetsk")}


def test_an_attack_on_a_city_that_led_to_injuries_struck_it(seen: Seen) -> None:
    text = (
        "Russian drones hit the port of Reni. Yesterday's attack on Odesa led to 22 injuries and one "
        "fatality."
    )
    assert ("strike", "RU", "Odesa") in seen(text, published=date(2023, 7, 24))


def test_a_city_that_experienced_an_attack_was_struck_by_the_other_side(seen: Seen) -> None:
    text = (
        "Additionally, on the same night, Ukraine’s capital, Kyiv, experienced a missile attack, though no "
        "casualties or damage were reported as Ukrainian air defenses successfully intercepted and destroyed "
        "all the missiles."
    )
    found = seen(text, published=date(2023, 9, 6))
    assert ("strike", "RU", "Kyiv") in found
    assert ("strike", "UA", "Kyiv") not in found


def test_an_emergency_service_s_list_of_fires_place_by_place_after_dashes(seen: Seen) -> None:
    text = (
        "Last night, the enemy massively shelled the Izium and Kupiansk districts with 22 Geran-2 drones. "
        "As reported by the State Emergency Service, numerous fires occurred, and civilians were injured:\n\n"
        "Izium district; Balakliia - administrative building and private house burned; Kalynove - fires in "
        "an educational institution and a club. No casualties; Kupiansk district: Shevchenkove - fires in an "
        "educational institution, dormitory, garages, and three cars; Mlynky - hospital building and "
        "outbuilding burned."
    )
    found = {e for e in seen(text, published=date(2025, 8, 9)) if e[0] == "strike"}
    assert {("strike", "RU", "Balakliia"), ("strike", "RU", "Shevchenkove")} <= found
