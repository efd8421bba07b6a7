"""Round 55 of unseen reporting: the districts of a city named as a passive verb's subject (the Donetsk
News Agency's reports of 2014-2015), and a missile "struck down" by air defence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py

AUGUST_2015 = date(2015, 8, 16)


def test_districts_of_a_city_shelled_are_each_a_strike(seen: Seen) -> None:
    text = "The Kirovsky and Petrovsky districts of Donetsk were heavily shelled tonight by Ukrainian troops."
    assert seen(text, published=AUGUST_2015) == {
        ("strike", "UA", "Kirovskyi District"),
        ("strike", "UA", "Petrovskyi District"),
    }


def test_districts_said_after_a_relative_pronoun_are_what_was_shelled(seen: Seen) -> None:
    text = (
        "Rescue squads are working in Kirovsky and Petrovsky districts of Donetsk which were heavily shelled "
        "tonight by the Ukrainian military, the city administration said."
    )
    assert seen(text, published=AUGUST_2015) == {
        ("strike", "UA", "Kirovskyi District"),
        ("strike", "UA", "Petrovskyi District"),
    }


def test_a_city_including_districts_is_struck_in_those_districts(seen: Seen) -> None:
    text = "Donetsk, including Kuybyshevsky, Petrovsky and Kievsky districts, was shelled by Ukrainian guns."
    assert seen(text, published=AUGUST_2015) == {
        ("strike", "UA", "Kuibyshevskyi District"),
        ("strike", "UA", "Petrovskyi District"),
        ("strike", "UA", "Kyivskyi District"),
    }


def test_a_missile_struck_down_by_air_defence_is_no_strike_by_the_defender(seen: Seen) -> None:
    text = (
        "Wreckage from a missile struck down by Ukrainian air defense forces landed in a village of the Bila "
        "Tserkva district, the Interior Ministry reported on Monday."
    )
    assert ("strike", "UA", "Bila Tserkva") not in seen(text, published=date(2022, 10, 31))
    # ("Russian missiles struck Kyiv": still a strike)
    assert seen("Russian missiles struck Kyiv on Monday.", published=date(2022, 10, 31)) == {
        ("strike", "RU", "Kyiv")
    }


def test_a_ferry_crossing_struck_is_a_strike_not_a_bridge_strike(seen: Seen) -> None:
    text = "The Ukrainian military struck the Russian Kerch ferry crossing in occupied Crimea on May 30."
    assert seen(text, published=date(2024, 5, 30)) == {("strike", "UA", "Kerch")}
    # (a river crossing is still a bridge's)
    text = "Russian troops struck a pontoon crossing over the Oskil River near Kupiansk."
    assert seen(text, published=date(2024, 8, 20)) == {("bridge_strike", "RU", "Kupiansk")}


def test_a_weapon_deployed_to_shell_a_town_shelled_it(seen: Seen) -> None:
    # what a weapon was deployed to do was done, as what it was used to do; an aside may stand between
    text = "Russian forces deployed MLRS [multiple-launch rocket systems] to shell the city of Druzhkivka."
    assert seen(text, published=date(2023, 4, 9)) == {("strike", "RU", "Druzhkivka")}
    # (troops deployed somewhere to attack later did not attack yet)
    assert seen("Russia deployed troops to Belarus to attack Kyiv.", published=date(2022, 2, 10)) == set()


def test_a_side_that_pulled_its_forces_from_a_village_withdrew(seen: Seen) -> None:
    text = "Igor Kimakovsky told TASS that Ukraine had pulled most of its forces from Klescheevka."
    assert seen(text, published=date(2024, 5, 22)) == {("retreat", "UA", "Klishchiivka")}
    # (units pulled from other sectors to a town are sent there: no ground given up)
    text = "Russia pulled its units from other sectors to Pokrovsk."
    assert seen(text, published=date(2024, 5, 22)) == set()


def test_the_separatist_wires_of_2014_told_fire_in_their_own_words(seen: Seen) -> None:
    july_2014 = date(2014, 7, 27)
    # a wire headline's present tense after the weapon
    text = "Ukrainian artillery destroys hospital, market, houses in Debaltsevo, the press centre said."
    assert seen(text, published=july_2014) == {("strike", "UA", "Debaltseve")}
    # two weapons before "fire"
    text = "Dozens of civilians were killed in the Ukrainian military's rocket and mortar fire on Gorlovka."
    assert seen(text, published=july_2014) == {("strike", "UA", "Horlivka")}


def test_the_ministrys_forward_positions_improved_are_an_advance(seen: Seen) -> None:
    text = "Moscow's troops have improved their forward positions near the key Ukrainian city of Kupiansk."
    assert seen(text, published=date(2023, 8, 21)) == {("advance", "RU", "Kupiansk")}


def test_a_place_once_again_controlled_by_a_side_was_taken_back_by_it(seen: Seen) -> None:
    text = "Kupiansk is once again controlled by Ukraine's Armed Forces and territorial defence."
    assert seen(text, published=date(2022, 3, 2)) == {("advance", "UA", "Kupiansk")}
    # (held by a side, with no "again" or "now", is where the line runs, no change)
    held = seen("Kupiansk was held by Ukrainian forces.", published=date(2022, 3, 2))
    assert ("advance", "UA", "Kupiansk") not in held


def test_success_reported_near_villages_is_ground_gained(seen: Seen) -> None:
    text = "Ukrainian forces reported success near Klishchiivka, the deputy minister said."
    assert seen(text, published=date(2023, 9, 11)) == {("advance", "UA", "Klishchiivka")}


def test_blows_clusters_covered_and_missiles_arriving_are_strikes(seen: Seen) -> None:
    text = "On Saturday, the Ukrainian army inflicted a devastating blow on the Russian base in Melitopol."
    assert seen(text, published=date(2022, 8, 21)) == {("strike", "UA", "Melitopol")}
    text = "Ukrainian defenders covered a cluster of Russian troops and equipment on the Kinburn spit."
    assert seen(text, published=date(2023, 1, 10)) == {("strike", "UA", "Kinburn Spit")}
    assert seen("A missile was reported arriving at the city of Sumy.", published=date(2022, 12, 29)) == {
        ("strike", "RU", "Sumy")
    }
    # (a blow to an economy, snow that covered fields, drones delivered: none)
    text = "The sanctions dealt a devastating blow to the economy of Crimea."
    assert seen(text, published=date(2022, 8, 21)) == set()
    assert seen("New drones arrived in Kyiv from Poland for the army.", published=date(2022, 12, 29)) == set()


def test_a_dam_hit_in_a_round_up_of_russian_fire_is_russias_strike_on_it(seen: Seen) -> None:
    text = (
        "On October 31, ten of Ukraine's regions came under attack by Russian drones and missiles. "
        "Local media reported that the Dniester Hydroelectric Station, which is located approximately "
        "23 kilometers away (14 miles) from Naslavcea, was hit."
    )
    # the dam, not the village the distance is measured from; the round-up's side
    found = seen(text, published=date(2022, 10, 31))
    assert ("bridge_strike", "RU", "Dnister Hydroelectric Station") in found
    assert not {e for e in found if e[2] == "Naslavcea"}
    # (a bridge blown up in such a round-up is no fire of the round-up's side)
    text = "Russian missiles hit Kharkiv overnight. A bridge near Izium was blown up by retreating troops."
    assert ("bridge_strike", "RU", "Izium") not in seen(text, published=date(2022, 9, 10))


def test_a_claim_to_have_taken_and_an_operation_being_completed_are_told_as_done(seen: Seen) -> None:
    february_2015 = date(2015, 2, 18)
    text = "Pro-Russian separatists claimed to take control of most of the city of Debaltseve on Tuesday."
    assert seen(text, published=february_2015) == {("advance", "RU", "Debaltseve")}
    text = "The Ukrainian armed forces are completing an operation to withdraw their troops from Debaltseve."
    assert seen(text, published=february_2015) == {("retreat", "UA", "Debaltseve")}
    # (an operation begun to take a town has not taken it)
    assert seen("Russia began an operation to liberate Debaltseve.", published=february_2015) == set()


def test_forces_that_established_themselves_in_a_town_took_ground_in_it(seen: Seen) -> None:
    text = 'Russian troops have "established themselves in the southeast" of Vuhledar, the governor said.'
    assert seen(text, published=date(2023, 1, 29)) == {("advance", "RU", "Vuhledar")}
    # (a company that established itself in a city took no ground)
    text = "The Russian company established itself in Moscow in 1990."
    assert seen(text, published=date(2023, 1, 29)) == set()
