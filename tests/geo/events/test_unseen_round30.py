"""Round 30 of reading unseen reporting: the tolls counted region by region after fire that named no
place, a contraction's negation, a threat that is no event, the capital as the side that hits, retakes
or is made to retreat, fire with no day of its own on a town Ukraine held, and a bridge blown up as "it"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_the_tolls_after_fire_on_no_place_are_that_fires_strikes(seen: Seen) -> None:
    # the attack is told of the country's energy facilities, its tolls region by region
    text = (
        "Russian missiles and drones struck nearly a dozen Ukrainian energy facilities on Wednesday, "
        "officials said.\n\n"
        "Two people were injured in the Kyiv region and one was hurt in the Kirovohrad region, Interior "
        "Minister Ihor Klymenko said."
    )
    assert seen(text) == {("strike", "RU", "Kyiv Oblast"), ("strike", "RU", "Kirovohrad Oblast")}


def test_a_toll_with_no_fire_before_it_is_no_strike(seen: Seen) -> None:
    text = (
        "The minister visited the new hospital on Wednesday.\n\n"
        "Two people were injured in the Kyiv region, the police said."
    )
    assert seen(text) == set()


def test_a_toll_reported_after_fire_is_a_strike(seen: Seen) -> None:
    text = "Russian shelling hit Kostiantynivka overnight. One person was also reported wounded in Toretsk."
    assert seen(text) == {("strike", "RU", "Kostiantynivka"), ("strike", "RU", "Toretsk")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capital as the side that hits: the region hit, not Kyiv
        ("Russian missiles struck Sumy. The couple who died was from the Belgorod region, which has also "
         "been regularly hit by Kyiv.",
         {("strike", "RU", "Sumy"), ("strike", "UA", "Belgorod Oblast")}),
        # ... that retakes: the town retaken, not Kyiv
        ("Kyiv had retaken the eastern railway hub of Kupiansk in September.",
         {("advance", "UA", "Kupiansk")}),
        # ... that is made to retreat
        ("Russian forces have been pressing forward, forcing Kyiv to make tactical retreats.", set()),
        # ... that gives orders
        ("He said Kiev had issued no orders regarding surrender.", set()),
    ],
)  # fmt: skip
def test_the_capital_as_its_government_is_no_place_of_an_event(
    text: str, expected: set[tuple[str, str, str]], seen: Seen
) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "took advantage" took no ground
        "Russian forces took advantage of heavy fog to increase their activity near Huliaipole.",
        # a contraction negates as "not" does
        "Pokrovsk isn’t being surrounded, the spokesman said.",
        "Russian troops haven't captured Pokrovsk.",
        # a threat is no event
        "Ukrainian troops are under threat of being outflanked and losing control of Pokrovsk.",
        "The garrison risks losing control of Kupiansk within weeks.",
    ],
)
def test_what_did_not_happen_is_no_event(text: str, seen: Seen) -> None:
    assert seen(text) == set()


def test_the_ground_taken_after_an_advantage_is_still_taken(seen: Seen) -> None:
    # (a village of one name by Huliaipole: of 76 Oleksandrivkas, none the data holds lies near it)
    assert seen("Russian forces took Marfopil near Huliaipole.") == {("advance", "RU", "Marfopil")}


def test_fire_with_no_day_of_its_own_on_a_town_ukraine_held_that_day_is_russias(seen: Seen) -> None:
    text = (
        "Military positions and residential areas of Avdiivka have been relentlessly pummelled for the last "
        "three days."
    )
    assert seen(text, published=date(2023, 10, 13)) == {("strike", "RU", "Avdiivka")}


def test_a_bridge_blown_up_as_it_is_a_bridge_strike(seen: Seen) -> None:
    text = "In Kupiansk, the Russian troops crossed the bridge over the Oskil and blew it up behind them."
    assert ("bridge_strike", "RU", "Kupiansk") in seen(text, published=date(2022, 9, 12))


def test_a_village_named_with_its_district_is_where_the_fire_fell(seen: Seen) -> None:
    text = (
        "On August 1 in Novoosynove village, Kupiansk district, a garage and two private houses were damaged "
        "by Russian shelling."
    )
    assert seen(text) == {("strike", "RU", "Novoosynove")}


def test_a_russian_spelling_of_a_village_in_pillia_is_its_village(seen: Seen) -> None:
    text = "Ukrainian units had withdrawn from the village of Rovnopolye in the Zaporizhzhia region."
    assert seen(text) == {("retreat", "UA", "Rivnopillia")}


def test_villages_now_held_by_a_side_were_taken_by_it(seen: Seen) -> None:
    text = (
        "Sumy region Governor Oleh Hryhorov listed four villages he said were now held by Russian forces — "
        "Novenke, Basivka, Veselivka and Zhuravka."
    )
    assert seen(text) == {
        ("advance", "RU", "Novenke"),
        ("advance", "RU", "Basivka"),
        ("advance", "RU", "Veselivka"),
        ("advance", "RU", "Zhuravka"),
    }


def test_a_town_held_once_is_no_advance(seen: Seen) -> None:
    text = "Kupiansk was held by Ukrainian forces until September 2022."
    assert seen(text, published=date(2023, 5, 1)) == set()
