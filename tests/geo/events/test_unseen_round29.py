"""Round 29 of reading unseen reporting: Ukrainian outlets' bare "Russians attacked X", a spokesman who
does not confirm a claim, troops that reach their own lines, a capital that makes advances, the side of
a strike whose sentence names the other side's country or depots, and a refinery's lost capacity."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukrainian outlets name the side with no article: "Russians attacked X"
        ("On Saturday evening, Russians attacked Zaporizhzhia, causing casualties.",
         {("strike", "RU", "Zaporizhzhia")}),
        ("Russians have attacked Nikopol again.", {("strike", "RU", "Nikopol")}),
        # (people, not the army: no strike)
        ("Russians living in Kherson attacked the idea in a survey.", set()),
        # the country where the strike fell is no antecedent of "that": the strike set fire
        ("Ukraine launched an overnight strike deep inside Russia that set fire to an oil depot in the "
         "city of Engels that serves an air base for Russian bombers, the Ukrainian military said.",
         {("strike", "UA", "Engels")}),
        # the side whose depot or airfields a verb takes as its object is the target
        ("Ukrainian drones hit Russian airfields in the Kursk region overnight.",
         {("strike", "UA", "Kursk Oblast")}),
        # a krai named with an oblast: "the Stavropol and Samara regions"
        ("Russian authorities said industrial complexes were damaged during an overnight Ukrainian drone "
         "strike in the Stavropol and Samara regions.",
         {("strike", "UA", "Stavropol Krai"), ("strike", "UA", "Samara Oblast")}),
    ],
)  # fmt: skip
def test_who_acted_and_where(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


def test_a_headline_that_targets_the_other_sides_depot_is_the_targeting_sides_strike() -> None:
    article = read_text(
        "# Ukraine Targets Russian Ammunition Depot in Bryansk Region with Drone Strike\n\n"
        "Kyiv says the depot burned for hours.",
        published=date(2024, 10, 9),
    )
    found = {(e.event_type, e.actor, e.place) for e in extract_events(article, load_gazetteer())}
    assert found == {("strike", "UA", "Bryansk Oblast")}


def test_a_spokesman_who_does_not_confirm_a_claim_denies_it(seen: Seen) -> None:
    text = (
        "I do not confirm the information that Russia entered the settlements of Stepove, Mali Shcherbaky "
        "or Shcherbaky in the Zaporizhzhia region and took them under control, Voloshyn said."
    )
    assert seen(text) == set()


def test_a_newsroom_that_did_not_confirm_a_claim_still_reports_it(seen: Seen) -> None:
    text = "Russia said its forces captured Stepove in the Zaporizhzhia region, which Kyiv did not confirm."
    assert seen(text) == {("advance", "RU", "Stepove")}


@pytest.mark.parametrize(
    "text",
    [
        # troops that reach their own side's positions came home, they took nothing
        "The Ukrainian troops crossed back and reached friendly positions near the city of Kherson.",
        "The marines reached their own lines south of Kherson after two days.",
    ],
)
def test_reaching_ones_own_lines_is_no_advance(text: str, seen: Seen) -> None:
    assert seen(text) == set()


def test_reaching_a_village_is_still_an_advance(seen: Seen) -> None:
    assert seen("Russian troops reached the village of Kurakhove.") == {("advance", "RU", "Kurakhove")}


def test_a_capital_that_makes_advances_is_its_army_not_the_place(seen: Seen) -> None:
    text = "Yermak said the crossing showed that Kyiv was still making advances in its counteroffensive."
    assert not any(place == "Kyiv" for _, _, place in seen(text))


def test_a_refinery_that_lost_part_of_its_capacity_lost_no_ground(seen: Seen) -> None:
    text = (
        "The Lukoil refinery in the Nizhny Novgorod region lost part of its capacity due to the attack, and "
        "the refinery in Sloviansk-on-Kuban partially stopped work."
    )
    assert not {event_type for event_type, _, _ in seen(text)} & {"advance", "retreat"}


def test_a_list_goes_on_along_with_the_villages_of(seen: Seen) -> None:
    text = (
        "Russian troops captured Pokrovsk in the Donetsk region along with the villages of Tikhe and "
        "Otradne in the Dnipropetrovsk region."
    )
    assert seen(text) == {("advance", "RU", place) for place in ("Pokrovsk", "Tykhe", "Vidradne")}


@pytest.mark.parametrize(
    "text",
    [
        "Power generation facilities in the Poltava and Vinnytsia regions were targeted overnight.",
        "Infrastructure facilities in Poltava and Vinnytsia regions were damaged due to the attack.",
    ],
)
def test_facilities_of_regions_targeted_or_damaged_by_an_attack_were_struck(text: str, seen: Seen) -> None:
    assert seen(text) == {("strike", "RU", "Poltava Oblast"), ("strike", "RU", "Vinnytsia Oblast")}


def test_damage_with_no_attack_is_no_strike(seen: Seen) -> None:
    assert seen("Houses in Kherson were damaged during the storm.") == set()


def test_a_count_named_after_a_source_line_is_the_places_named() -> None:
    # Ukrainska Pravda's layout: the news, a line with its source, then "Details:" naming the places
    text = (
        "Russian forces have captured four border villages in Kharkiv Oblast.\n\n"
        "Source: Ukrainska Pravda sources in military circles\n\n"
        "Details: According to Ukrainska Pravda's information, these are the settlements of Strilecha, "
        "Krasne, Pylna and Borysivka."
    )
    found = extract_events(read_text(text, published=date(2024, 5, 10)), load_gazetteer())
    advances = {(e.actor, e.place) for e in found if e.event_type == "advance"}
    assert {("RU", "Strilecha"), ("RU", "Pylna")} <= advances
    assert ("RU", "Kharkiv Oblast") not in advances


def test_regions_including_a_list_were_hit(seen: Seen) -> None:
    text = "Other western regions including Lviv and Ivano-Frankivsk were also hit."
    assert seen(text) == {("strike", "RU", "Lviv Oblast"), ("strike", "RU", "Ivano-Frankivsk Oblast")}


def test_preventing_a_capture_is_no_capture(seen: Seen) -> None:
    text = "Our troops are holding on and preventing him from completely capturing Kamianske, he emphasized."
    assert seen(text) == set()
