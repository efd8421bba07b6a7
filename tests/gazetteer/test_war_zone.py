"""The war zone: where the fighting since 2022 has been, a prior for choosing among namesake villages.
Real GeoNames and postal data; sentences written for these tests."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from gazetteer import find_places, key, load_gazetteer
from gazetteer.war_zone import in_war_zone, on_front_then


def place_named(name: str, lat: float, lon: float):
    """The gazetteer's place of this name nearest (lat, lon)."""
    gaz = load_gazetteer()
    return min(gaz.candidates(key(name)), key=lambda p: (p.lat - lat) ** 2 + (p.lon - lon) ** 2)


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Robotyne", 47.45, 35.83),
        ("Klishchiivka", 48.53, 37.96),
        ("Vovchansk", 50.29, 36.94),
        ("Hostomel", 50.57, 30.26),
        ("Sudzha", 51.19, 35.27),
        ("Krynky", 46.73, 33.09),
    ],
)
def test_the_places_of_the_fighting_are_in_the_zone(name, lat, lon) -> None:
    assert in_war_zone(place_named(name, lat, lon))


@pytest.mark.parametrize(("name", "lat", "lon"), [("Lviv", 49.84, 24.03), ("Uzhhorod", 48.62, 22.29)])
def test_the_west_of_ukraine_is_not(name, lat, lon) -> None:
    assert not in_war_zone(place_named(name, lat, lon))


def test_the_shipped_zone_says_how_it_was_drawn() -> None:
    source = resources.files("gazetteer") / "data" / "war_zone.geojson"
    feature = json.loads(source.read_text(encoding="utf-8"))["features"][0]

    assert feature["properties"]["kind"] == "war_zone"
    assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
    chains = feature["properties"]["chains"]
    assert {"east", "south", "kursk-2024"} <= {c["name"] for c in chains}
    assert all(len(c["through"]) >= 2 for c in chains)


def test_a_namesake_village_with_nothing_else_to_go_by_is_the_one_by_the_front() -> None:
    # Novoselivka is the name of dozens of villages; the one by Lyman, not the one in Odesa Oblast
    text = "Russian troops attacked near Novoselivka on Monday."

    (mention,) = [m for m in find_places(text) if m.text == "Novoselivka"]

    assert mention.place is not None and in_war_zone(mention.place)
    assert mention.place.admin1 == "Donetsk Oblast"


def test_a_city_still_beats_villages_of_its_name_in_the_zone() -> None:
    # a village named Zaporizhzhia lies in the zone in Dnipropetrovsk Oblast; the city is meant
    text = "Three people were wounded in Zaporizhzhia, the regional governor said."

    (mention,) = [m for m in find_places(text) if m.text == "Zaporizhzhia"]

    assert mention.place.kind == "city"


def test_a_direction_is_named_after_the_town_of_the_front_that_bears_the_name() -> None:
    # a Vasilyevka village lies in Kherson Oblast; the sector is the town's, in Zaporizhzhia Oblast
    text = "Russian artillery targeted Ukrainian positions near Pyatykhatky in the Vasilyevka direction."

    (mention,) = [m for m in find_places(text) if m.text == "Vasilyevka"]

    assert (
        mention.direction and mention.place.kind == "town" and mention.place.admin1 == "Zaporizhzhia Oblast"
    )


def test_a_front_long_quiet_is_no_front_of_a_later_day() -> None:
    # Vysokopillia was on the Kherson front of 2022; Pokrovsk has been on the eastern front since
    vysokopillia = place_named("Vysokopillia", 47.49, 33.53)
    pokrovsk = place_named("Pokrovsk", 48.28, 37.18)

    assert on_front_then(vysokopillia, date(2022, 8, 1)) and not on_front_then(vysokopillia, date(2025, 6, 1))
    assert on_front_then(pokrovsk, date(2022, 8, 1)) and on_front_then(pokrovsk, date(2025, 6, 1))


def test_every_stretch_of_front_says_when_it_was_fought_over() -> None:
    source = resources.files("gazetteer") / "data" / "war_zone.geojson"
    features = json.loads(source.read_text(encoding="utf-8"))["features"]
    fronts = [f for f in features if f["properties"]["kind"] == "front"]

    assert {f["properties"]["name"] for f in fronts} >= {"east", "kherson-2022", "dnipropetrovsk-2025"}
    # the fronts of the full-scale invasion, and the line of contact of the war in Donbas before it
    invasion = [f for f in fronts if f["properties"]["name"] != "donbas-2014"]
    assert all(date.fromisoformat(f["properties"]["from"]) >= date(2022, 2, 24) for f in invasion)
    (donbas,) = [f["properties"] for f in fronts if f["properties"]["name"] == "donbas-2014"]
    assert (donbas["from"], donbas["to"]) == ("2014-04-06", "2022-02-23")


def test_a_namesake_hamlet_by_a_front_of_the_article_s_day_beats_one_by_a_front_long_quiet() -> None:
    # four hamlets named Dachne lie in Dnipropetrovsk Oblast; in 2025 the one by the Donetsk line is meant,
    # not the one by Vysokopillia's front of 2022
    text = "Russian forces have taken control of the village of Dachne just inside the Dnipropetrovsk region."

    (mention,) = [m for m in find_places(text, published=date(2025, 6, 30)) if m.text == "Dachne"]

    assert mention.place is not None and mention.place.lon > 36.0
