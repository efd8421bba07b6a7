"""Round 79 of unseen reporting: a town "under attack by" a side, a port struck in an occupied town, a
train hit on its run between two cities, and history a later story retells."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_town_under_attack_by_a_side_is_struck(seen: Seen) -> None:
    text = "Kryvyi Rih is under attack by Russian occupiers again. Two apartment blocks were damaged."
    assert seen(text, published=date(2025, 1, 17)) == {("strike", "RU", "Kryvyi Rih")}
    # (a person under attack by critics is under no fire)
    assert seen("The mayor of Kryvyi Rih is under attack by critics.", published=date(2025, 1, 17)) == set()


def test_a_port_struck_in_an_occupied_town_is_no_taking_of_it(seen: Seen) -> None:
    text = "Ukrainian forces strike occupied Berdiansk port, Russian ships flee."
    assert seen(text, published=date(2023, 6, 2)) == {("strike", "UA", "Berdiansk")}


def test_the_cities_a_train_was_running_between_are_not_where_it_was_hit(seen: Seen) -> None:
    text = (
        "A Russian missile hit a passenger train travelling between the Ukrainian cities of Lviv and "
        "Kharkiv near Lozova, injuring six."
    )
    assert seen(text, published=date(2025, 8, 10)) == {("strike", "RU", "Lozova")}


def test_a_rail_service_between_two_cities_cut_by_attacks_strikes_neither(seen: Seen) -> None:
    text = (
        "Ukrzaliznytsia limited train operations between Zaporizhzhia and Dnipro due to Russian attacks on "
        "infrastructure."
    )
    assert seen(text, published=date(2026, 2, 10)) == set()


def test_the_side_a_shelling_is_by_is_not_the_side_wounded(seen: Seen) -> None:
    text = (
        "Russian shelling hit Kharkiv overnight. On the evening of May 8, shelling by the occupiers was "
        "recorded in the Zolochiv community - 2 wounded, the governor said."
    )
    assert ("strike", "RU", "Zolochiv") in seen(text, published=date(2022, 5, 9))
    assert ("strike", "UA", "Zolochiv") not in seen(text, published=date(2022, 5, 9))


def test_the_side_that_closes_a_ring_round_a_town_gains_it(seen: Seen) -> None:
    text = "Kurakhove is surrounded on three sides, with Russian forces just under 3 km from the city centre."
    assert seen(text, published=date(2024, 11, 20)) == {("advance", "RU", "Kurakhove")}
    text = "Kurakhove is surrounded on three sides by Russian forces."
    assert seen(text, published=date(2024, 11, 20)) == {("advance", "RU", "Kurakhove")}


def test_falls_told_before_what_they_meant_are_told(seen: Seen) -> None:
    text = (
        "The fall of Vuhledar on Oct. 2 and the subsequent loss of Selydove on Oct. 29 meant that Kurakhove "
        "would turn into Russia's next main target."
    )
    # (what the falls meant is supposed, the falls told; "Russia's" names the next target's attacker)
    assert {("advance", "RU", "Vuhledar"), ("advance", "RU", "Selydove")} <= seen(
        text, published=date(2024, 11, 20)
    )
    # (what a fall would mean is itself supposed)
    text = "The capture of Pokrovsk would mean that Russian troops could advance on Kramatorsk."
    assert seen(text, published=date(2024, 11, 20)) == set()


def test_an_attack_called_by_a_sides_adjective_was_that_sides(seen: Seen) -> None:
    text = "President of Ukraine Volodymyr Zelenskyy has reacted to the Russian attack on Odesa."
    assert seen(text, published=date(2024, 11, 20)) == {("strike", "RU", "Odesa")}


def test_people_who_fled_a_town_are_no_retreat_from_it(seen: Seen) -> None:
    text = (
        "Civilians with small children in their arms and lugging heavy suitcases fled Monday from the "
        "eastern city of Pokrovsk."
    )
    assert seen(text, published=date(2024, 8, 20)) == set()
    text = "Natalia, a woman in her 70s who fled Kostiantynivka in September, spoke to reporters."
    assert seen(text, published=date(2025, 10, 20)) == set()
    # (troops named in the clause still retreat)
    assert seen("He said Russian troops fled Izium in panic.", published=date(2022, 9, 11)) == {
        ("retreat", "RU", "Izium")
    }


def test_an_incursion_called_the_largest_attack_on_a_countrys_soil_is_no_strike(seen: Seen) -> None:
    text = (
        "Last August, Ukraine launched a daring cross-border incursion into the Kursk region, in what marked "
        "the largest attack on Russian territory since World War II."
    )
    assert not any(kind == "strike" for kind, _, _ in seen(text, published=date(2025, 3, 12)))


def test_what_a_report_confirmed_a_side_previously_took_is_news(seen: Seen) -> None:
    text = (
        "New reporting confirmed that Russian troops previously recaptured Rubizhne in northern Kharkiv "
        "Oblast, on May 19."
    )
    assert seen(text, published=date(2022, 5, 25)) == {("advance", "RU", "Rubizhne")}
    # (what a town had been, in a relative clause, is still its backdrop)
    text = "Russian forces recaptured Sudzha, the biggest town that Ukraine previously occupied there."
    assert seen(text, published=date(2025, 3, 13)) == {("advance", "RU", "Sudzha")}


def test_a_whole_community_taken_with_a_village_is_taken_too(seen: Seen) -> None:
    text = (
        "The Russians occupied the village of Staryi Saltiv, as well as the entire Vovchansk community in "
        "the Kharkiv region on February 24."
    )
    assert seen(text, published=date(2022, 5, 8)) == {
        ("advance", "RU", "Staryi Saltiv"),
        ("advance", "RU", "Vovchansk"),
    }


def test_districts_listed_by_their_towns_names_are_each_shelled(seen: Seen) -> None:
    text = "Russian shelling continued in Chuhuiv district, Barvinkovo district, Izium region."
    assert {("strike", "RU", "Chuhuiv Raion"), ("strike", "RU", "Barvinkove")} <= seen(
        text, published=date(2022, 4, 20)
    )
    # (a town then its oblast is one place)
    assert seen("Russian troops shelled Lysychansk, Luhansk region.", published=date(2022, 6, 1)) == {
        ("strike", "RU", "Lysychansk")
    }


def test_fire_fronted_before_the_town_it_fell_on(seen: Seen) -> None:
    text = "Under persistent Russian attack, Kurakhove has become the new Bakhmut."
    assert seen(text, published=date(2024, 11, 20)) == {("strike", "RU", "Kurakhove")}
    # (a town that lost half its people lost no ground)
    text = "Under constant shelling, Nikopol has lost half its population."
    assert ("strike", "RU", "Nikopol") in seen(text, published=date(2024, 11, 20))
    assert not any(kind == "advance" for kind, _, _ in seen(text, published=date(2024, 11, 20)))


def test_an_officials_oblast_after_a_town_of_it_is_the_towns_strike_told_again(seen: Seen) -> None:
    text = (
        "Russian missiles hit Odesa overnight, damaging a port warehouse. Odesa Oblast Governor Oleh Kiper "
        "said three missiles had hit a residential district, causing casualties."
    )
    # (the governor's oblast stands for no second strike on the whole oblast)
    assert seen(text, published=date(2025, 3, 10)) == {("strike", "RU", "Odesa")}


def test_shellings_counted_as_a_plural_are_fire(seen: Seen) -> None:
    text = "On the morning of June 21, there were shellings in the Shyroke community of the Mykolaiv region."
    assert seen(text, published=date(2022, 6, 22)) == {("strike", "RU", "Shyroke")}


def test_an_enemy_strike_that_killed_workers_is_fire(seen: Seen) -> None:
    text = "As a result of an enemy strike in the Donetsk region, three railroad workers were killed."
    assert seen(text, published=date(2025, 12, 6)) == {("strike", "RU", "Donetsk Oblast")}


def test_the_car_of_a_sides_public_figure_blown_up_names_no_side(seen: Seen) -> None:
    text = (
        "In the city of Nizhny Novgorod, on May 6, the car of Russian propagandist Zakhar Prilepin was "
        "blown up."
    )
    assert seen(text, published=date(2023, 5, 7)) == {("strike", "unknown", "Nizhniy Novgorod")}


def test_an_attempt_that_lost_men_and_was_thrown_back_moved_no_line(seen: Seen) -> None:
    text = (
        "Russian troops tried to break through the Ukrainian defences near Izium, but suffered losses and "
        "were thrown back."
    )
    assert not any(kind in ("advance", "retreat") for kind, _, _ in seen(text, published=date(2022, 5, 20)))
