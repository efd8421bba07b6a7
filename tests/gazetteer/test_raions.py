"""Ukraine's raions (data/raions.tsv.gz, gazetteer/raions.py): a district the text names is a region of
its own, not its seat."""

from __future__ import annotations

import gzip
import json
from datetime import date
from importlib import resources

import pytest
from shapely.geometry import Point, shape

from gazetteer import find_places, load_gazetteer
from gazetteer.distance import km_apart
from geo import extract_events, read_text


def _table() -> list[list[str]]:
    raw = (resources.files("gazetteer") / "data" / "raions.tsv.gz").read_bytes()
    return [line.split("\t") for line in gzip.decompress(raw).decode("utf-8").splitlines()[1:]]


def _named(text: str) -> dict[str, str]:
    return {m.text: m.place.name for m in find_places(text, published=date(2025, 6, 1)) if m.place}


def _events(text: str, published: date = date(2025, 6, 1)) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=published), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found}


def test_every_raion_of_the_2020_law_but_crimeas_is_in_the_table() -> None:
    rows = _table()
    assert len(rows) == 126  # 136 raions, less Crimea's ten
    assert len({row[1] for row in rows}) == 126
    assert all(row[2] == "region" and row[5] == "UA" for row in rows)


def test_each_raions_point_lies_in_its_oblast_and_near_its_seat() -> None:
    gaz = load_gazetteer()
    outlines_file = resources.files("gazetteer") / "data" / "admin1.geojson"
    outlines = {
        f["properties"]["name"]: shape(f["geometry"])
        for f in json.loads(outlines_file.read_text(encoding="utf-8"))["features"]
        if f["properties"].get("country") == "UA"
    }
    for row in _table():
        raion = gaz.get(row[0])
        seat = gaz.get(row[0].removeprefix("raion:"))
        assert raion is not None and seat is not None and seat.admin1 == raion.admin1
        # (the oblasts' outlines are coarse: a raion by a border may lie a little outside)
        assert outlines[raion.admin1].buffer(0.1).contains(Point(raion.lon, raion.lat)), raion.name
        assert km_apart(raion, seat) < 110, raion.name


def test_a_district_named_beside_its_seat_is_a_second_place() -> None:
    text = "The Russians attacked the city of Nikopol and the Nikopol district with artillery and drones."
    assert _named(text) == {"Nikopol": "Nikopol", "Nikopol district": "Nikopol Raion"}
    assert _events(text) == {("strike", "RU", "Nikopol"), ("strike", "RU", "Nikopol Raion")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # by a list of seats before one plural
        (
            "The enemy shelled settlements in the Bohodukhiv, Chuhuiv and Kupiansk districts.",
            {"Bohodukhiv": "Bohodukhiv Raion", "Chuhuiv": "Chuhuiv Raion", "Kupiansk": "Kupiansk Raion"},
        ),
        # by the adjective of its Ukrainian name, in the press's spellings
        (
            "A drone hit a farm in the Synelnykivskyi district.",
            {"Synelnykivskyi district": "Synelnykove Raion"},
        ),
        ("Shelling hit the Kupyansky district.", {"Kupyansky district": "Kupiansk Raion"}),
        # by "raion", with no article after "villages of"
        ("Artillery hit villages of Izium raion.", {"Izium raion": "Izium Raion"}),
        # by a renamed seat's former name
        ("Drones struck the Novomoskovsk district.", {"Novomoskovsk district": "Samar Raion"}),
    ],
)
def test_a_raion_is_read_however_the_text_names_it(text: str, expected: dict[str, str]) -> None:
    assert _named(text) == expected


def test_an_office_a_district_names_stands_in_its_seat() -> None:
    found = _named("A glide bomb hit the Izium district administration building.")
    assert found == {"Izium district": "Izium"}


def test_the_district_centre_after_a_raion_is_its_seat() -> None:
    text = "Russians shelled the Nikopol district. They hit the district centre and the Marhanets community."
    found = _events(text, date(2024, 2, 4))
    assert {
        ("strike", "RU", "Nikopol Raion"),
        ("strike", "RU", "Nikopol"),
        ("strike", "RU", "Marhanets"),
    } <= found


def test_a_raion_of_the_oblast_a_capital_stands_for_is_no_quarter_of_the_city() -> None:
    found = _named("Russian drones attacked the Izmail district of Odesa overnight.")
    assert found == {"Izmail district": "Izmail Raion", "Odesa": "Odesa Oblast"}


def test_a_citys_quarter_and_a_russian_district_keep_their_readings() -> None:
    # the Dniprovskyi quarter of Kherson is no Dnipro Raion; Russia's districts are told by their towns
    found = _named("A drone hit a house in the Dniprovskyi district of Kherson.")
    assert found["Dniprovskyi district"] == "Dniprovskyi District"
    found = _named("A drone struck a car in the Glushkovsky district of the Kursk region.")
    assert found["Glushkovsky"] == "Glushkovo"


def test_a_village_named_with_its_raion_is_the_one_in_it() -> None:
    text = "In the village of Riasne, Bohodukhiv district, a farm was damaged."
    places = {m.text: m.place for m in find_places(text) if m.place}
    assert places["Riasne"].admin1 == "Kharkiv Oblast"


def test_unclaimed_fire_on_a_raion_is_by_the_side_that_does_not_hold_its_seat() -> None:
    assert _events("Several settlements in the Koriukivka district were hit.") == {
        ("strike", "RU", "Koriukivka Raion")
    }


def test_a_seats_region_is_its_raion_but_a_capitals_is_its_oblast() -> None:
    # oblast administrations' English calls the Nikopol district (Nikopolshchyna) "Nikopol region"
    assert _named("Russian troops shelled Nikopol region with artillery.") == {
        "Nikopol region": "Nikopol Raion"
    }
    assert _named("Russian troops shelled the Kharkiv region.") == {"Kharkiv region": "Kharkiv Oblast"}
