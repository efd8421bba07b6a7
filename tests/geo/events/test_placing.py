"""Where an event is drawn: the place its verb governs, moved by relative phrases, with its precision,
and "the city" standing for the town the article has been talking about."""

from __future__ import annotations

import math
from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import Event, extract_events, read_text

EARTH_RADIUS_KM = 6371.0088
# True coordinates (lat, lon), from public maps.
KHARKIV = (49.9935, 36.2304)
KHERSON = (46.6354, 32.6169)
IZIUM = (49.2128, 37.2569)
BAKHMUT = (48.5953, 38.0003)
LYSYCHANSK = (48.9046, 38.4266)


def events(text: str, published: date = date(2022, 9, 12)) -> list[Event]:
    return extract_events(read_text(text, published=published), load_gazetteer())


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def destination(start: tuple[float, float], distance_km: float, bearing_deg: float) -> tuple[float, float]:
    """The spherical destination formula: where ``distance_km`` at ``bearing_deg`` from ``start`` ends."""
    lat1, lon1 = map(math.radians, start)
    theta, delta = math.radians(bearing_deg), distance_km / EARTH_RADIUS_KM
    lat2 = math.asin(math.sin(lat1) * math.cos(delta) + math.cos(lat1) * math.sin(delta) * math.cos(theta))
    lon2 = lon1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(lat1), math.cos(delta) - math.sin(lat1) * math.sin(lat2)
    )
    return math.degrees(lat2), math.degrees(lon2)


@pytest.mark.parametrize(
    ("sentence", "origin", "distance_km", "bearing_deg"),
    [
        ("Russian forces shelled a village 120 kilometers south of Kharkiv.", KHARKIV, 120.0, 180.0),
        ("Ukrainian troops advanced 30 miles north-east of Kherson.", KHERSON, 30 * 1.609344, 45.0),
        ("Russian forces shelled villages 40 km west of Izium.", IZIUM, 40.0, 270.0),
        ("Wagner fighters advanced 10 km north of Bakhmut.", BAKHMUT, 10.0, 0.0),
    ],
)
def test_a_relative_location_moves_the_event(
    sentence: str, origin: tuple[float, float], distance_km: float, bearing_deg: float
) -> None:
    (event,) = events(sentence)

    expected = destination(origin, distance_km, bearing_deg)
    assert haversine_km((event.lat, event.lon), expected) < 5
    assert event.geo_precision == 2


@pytest.mark.parametrize(
    ("sentence", "place", "precision"),
    [
        ("Ukrainian forces recaptured Izium.", "Izium", 1),
        ("Ukrainian forces recaptured the city of Izyum.", "Izium", 1),
        ("Russian forces shelled the outskirts of Kharkiv.", "Kharkiv", 2),
        ("Wagner fighters advanced on the western outskirts of Bakhmut.", "Bakhmut", 2),
        ("Ukrainian forces advanced north of Kharkiv.", "Kharkiv", 2),
        ("Russian forces shelled the Kharkiv region.", "Kharkiv Oblast", 3),
        ("Russian troops withdrew across the Oskil River.", "Oskil", 3),
        ("Russian forces shelled the Dnipro River crossings.", "Dnipro", 3),
    ],
)
def test_geo_precision(sentence: str, place: str, precision: int) -> None:
    assert [(e.place, e.geo_precision) for e in events(sentence)] == [(place, precision)]


def test_a_town_named_without_an_offset_is_drawn_on_the_town() -> None:
    (event,) = events("Ukrainian forces recaptured Izium.")

    assert haversine_km((event.lat, event.lon), IZIUM) < 10


def test_an_offset_belongs_to_the_name_it_governs() -> None:
    sentences = "Ukrainian forces recaptured Izium, 120 km south-east of Kharkiv."

    (event,) = events(sentences)
    assert (event.place, event.geo_precision) == ("Izium", 1)
    assert haversine_km((event.lat, event.lon), IZIUM) < 10


@pytest.mark.parametrize(
    ("article", "place", "mention"),
    [
        ("Heavy fighting raged around Lysychansk. The city was captured in July.", "Lysychansk", "The city"),
        ("Kupiansk is a railway hub. Ukrainian troops entered the town on Saturday.", "Kupiansk", "the town"),
        (
            "Ukraine retook Izium on Saturday. Officials said damage was heavy. "
            "Russian forces shelled the town on Sunday.",
            "Izium",
            "the town",
        ),
    ],
)
def test_the_city_stands_for_the_town_named_before(article: str, place: str, mention: str) -> None:
    last = events(article)[-1]

    assert (last.place, last.mention) == (place, mention)


def test_the_verb_governs_its_own_place_not_every_place_in_the_sentence() -> None:
    found = events("Ukrainian forces entered Kupiansk, a railway hub 110 km east of Kharkiv.")

    assert [(e.event_type, e.place) for e in found] == [("advance", "Kupiansk")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian forces shelled positions 40 km east of Izium.", [("strike", "Izium", 2)]),
        (
            "Russian forces shelled Kharkiv and the nearby town of Chuhuiv.",
            [("strike", "Kharkiv", 1), ("strike", "Chuhuiv", 1)],
        ),
        (
            "KYIV, Sept 12 - Ukrainian forces have recaptured a swathe of the Kharkiv region.",
            [("advance", "Kharkiv Oblast", 3)],
        ),
        ("KYIV, Sept 12 - Ukrainian forces have recaptured Izium.", [("advance", "Izium", 1)]),
    ],
)
def test_places_in_harder_sentences(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(e.event_type, e.place, e.geo_precision) for e in events(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops occupied the village of Prohres in the Pokrovsk district.",
        "Russian troops occupied the village of Zhovtnevetske in the Pokrovsk district.",
        "Russian troops occupied Prohres, in the Pokrovsk raion.",
    ],
)
def test_a_town_named_for_its_district_after_another_name_is_not_the_event(sentence: str) -> None:
    assert "Pokrovsk" not in [e.place for e in events(sentence, published=date(2024, 7, 14))]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces fired Kalibr missiles from a submarine in the Black Sea.",
        "The drone boat was destroyed off the Black Sea coast, the ministry said.",
        "Russian aircraft struck targets over the Sea of Azov.",
    ],
)
def test_a_sea_is_where_the_weapon_was_not_an_event_s_place(text: str) -> None:
    assert [e.place for e in events(text)] == []


def test_a_port_named_by_its_sea_is_the_port() -> None:
    assert [
        (e.event_type, e.place) for e in events("Russian drones struck the Black Sea port of Izmail.")
    ] == [("strike", "Izmail")]
