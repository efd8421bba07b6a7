"""Place readings from the twenty-third round of unseen articles: a dateline's capital and a capital
that "did not report" are no guide to a river's stretch, a ship set off by commas is no city, and the
crossings' Ukrainian adjectives. Our own sentences, facts from public reporting; real GeoNames data."""

from __future__ import annotations

import pytest

from gazetteer import find_places


def places(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: ((m.place.name, m.place.kind) if m.place else (None, None)) for m in find_places(text)}


def test_a_dateline_and_a_silent_capital_do_not_pull_a_river_to_the_capital() -> None:
    text = (
        "KYIV: Russia was attacking the southern village of Robotyne, Ukraine said on Monday.\n\n"
        "Kyiv did not report gains or losses in the area.\n\n"
        "Bloggers said Ukraine's positions on the Moscow-held side of the Dnipro river were steady."
    )

    (river,) = [m.place for m in find_places(text) if m.text == "Dnipro river"]

    assert river is not None and river.lat < 48.5  # the southern course, not Kyiv's (50.4 N)


def test_a_ship_set_off_by_commas_is_no_city() -> None:
    found = places(
        "His warplanes had destroyed a landing warship, the Novocherkassk, in the port of Feodosia."
    )

    assert "Novocherkassk" not in found
    assert found["Feodosia"][0] == "Feodosiya"


def test_a_name_after_a_ship_and_a_comma_stays_a_place_when_it_goes_on() -> None:
    assert places("Drones hit a tanker, the Odesa port authority said.")["Odesa"] == ("Odesa", "city")


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Daryiv Bridge", "Darivka Bridge"),
        ("Daryivskyi bridge", "Darivka Bridge"),
        ("Kakhovska HPP", "Kakhovka Dam"),
    ],
)
def test_a_crossing_named_by_its_ukrainian_adjective(mention: str, name: str) -> None:
    assert places(f"The occupiers blew up the {mention} overnight.")[mention][0] == name


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine claims recapture of 4th village in eastern Donetsk",
        "Russia Says Village in Ukraine's Donetsk 'Liberated'",
    ],
)
def test_a_village_in_a_capitals_name_is_in_the_oblast(text: str) -> None:
    assert places(text)["Donetsk"] == ("Donetsk Oblast", "region")


def test_the_city_is_still_the_city_without_a_village_in_it() -> None:
    assert places("Shelling hit the centre of Donetsk.")["Donetsk"] == ("Donetsk", "city")


@pytest.mark.parametrize(
    "text",
    [
        "Source: Ukrainska Pravda sources in military circles. Russians shelled Strilecha in Kharkiv Oblast.",
        "Babel reported that Russian troops shelled Strilecha in Kharkiv Oblast.",
    ],
)
def test_an_outlets_name_is_no_village(text: str) -> None:
    found = places(text)

    assert "Pravda" not in found and "Babel" not in found
    assert found["Strilecha"] == ("Strilecha", "village")


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Saratov region", "Saratov Oblast"),
        ("Lipetsk region", "Lipetsk Oblast"),
        ("Moscow region", "Moscow Oblast"),
        ("Tatarstan", "Republic of Tatarstan"),
        ("Republic of Adygea", "Republic of Adygea"),
        ("Nizhny Novgorod region", "Nizhny Novgorod Oblast"),
        ("Oryol region", "Oryol Oblast"),
    ],
)
def test_the_regions_of_russia_the_drones_reach(mention: str, name: str) -> None:
    assert places(f"A drone attack was reported in the {mention} overnight.")[mention] == (name, "region")


def test_a_russian_town_far_from_the_border_knows_its_region() -> None:
    found = find_places("Drones attacked Engels in the Saratov region.")
    (engels,) = [m.place for m in found if m.text == "Engels"]

    assert engels is not None and engels.admin1 == "Saratov Oblast"


@pytest.mark.parametrize(
    ("district", "seat"),
    [("Krasnoyaruzhsky", "Krasnaya Yaruga"), ("Rakityansky", "Rakitnoye"), ("Yakovlevsky", "Stroitel")],
)
def test_a_border_district_whose_seat_is_named_otherwise(district: str, seat: str) -> None:
    text = f"Drones attacked the {district} district of the Belgorod region, Governor Gladkov said."

    assert places(text)[district] == (seat, places(text)[district][1])
