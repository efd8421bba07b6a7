"""Relative locations in war reporting: which phrase governs a place name, and where it moves the point."""

from __future__ import annotations

import math
from datetime import date

import pytest

from geo.events.offsets import DEFAULT_OFFSET_KM, Offset, apply_offset, find_offset, move

KHARKIV = (36.232, 49.988)  # (lon, lat)
EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance on a sphere, independent of pyproj."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def spherical_destination(
    lon: float, lat: float, distance_km: float, bearing_deg: float
) -> tuple[float, float]:
    """The point reached on a sphere going ``distance_km`` at ``bearing_deg``: the textbook formula."""
    phi1, lam1, theta = math.radians(lat), math.radians(lon), math.radians(bearing_deg)
    delta = distance_km / EARTH_RADIUS_KM
    phi2 = math.asin(math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(theta))
    lam2 = lam1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi1), math.cos(delta) - math.sin(phi1) * math.sin(phi2)
    )
    return math.degrees(lam2), math.degrees(phi2)


def offset_of(sentence: str, place: str) -> Offset | None:
    start = sentence.index(place)
    return find_offset(sentence, start, start + len(place))


def test_about_120_km_south_of_kharkiv_lands_120_km_due_south() -> None:
    sentence = "About 120 kilometers south of Kharkiv, Ukrainian troops retook the town of Balakliia."
    offset = offset_of(sentence, "Kharkiv")
    assert offset == Offset(120.0, 180.0, 2, "120 kilometers south of")

    lon, lat = apply_offset(*KHARKIV, offset)

    expected_lon, expected_lat = spherical_destination(*KHARKIV, 120.0, 180.0)
    assert expected_lat == pytest.approx(48.91, abs=0.01)
    assert haversine_km(lon, lat, expected_lon, expected_lat) < 5.0


@pytest.mark.parametrize(
    ("sentence", "place", "distance_km", "bearing_deg", "text"),
    [
        (
            "Russian forces shelled a village 120 km south of Kharkiv.",
            "Kharkiv",
            120.0,
            180.0,
            "120 km south of",
        ),
        ("Explosions were heard 30km northeast of Bakhmut.", "Bakhmut", 30.0, 45.0, "30km northeast of"),
        ("Troops dug in some 15 kilometres west of Lyman.", "Lyman", 15.0, 270.0, "15 kilometres west of"),
        ("The strike hit 60 kilometers from Kharkiv.", "Kharkiv", 60.0, None, "60 kilometers from"),
        ("Shelling continued north of Kharkiv.", "Kharkiv", None, 0.0, "north of"),
        ("Fighting raged to the south of Bakhmut.", "Bakhmut", None, 180.0, "to the south of"),
        ("Missiles struck southeast of Zaporizhzhia.", "Zaporizhzhia", None, 135.0, "southeast of"),
        ("Drones hit depots east of Kupiansk.", "Kupiansk", None, 90.0, "east of"),
        ("Ukraine advanced west of Svatove.", "Svatove", None, 270.0, "west of"),
        ("Russia attacked north-northeast of Kupiansk.", "Kupiansk", None, 22.5, "north-northeast of"),
        ("Guns fired from south-west of Donetsk.", "Donetsk", None, 225.0, "south-west of"),
        (
            "Units pushed 10 km north of the Russian-held city of Kherson.",
            "Kherson",
            10.0,
            0.0,
            "10 km north of",
        ),
        (
            "A depot 500 metres south of Klishchiivka burned.",
            "Klishchiivka",
            0.5,
            180.0,
            "500 metres south of",
        ),
        ("Fighting moved 10-15 km north of Kherson.", "Kherson", 12.5, 0.0, "10-15 km north of"),
        ("Troops were five kilometres east of Kupiansk.", "Kupiansk", 5.0, 90.0, "five kilometres east of"),
    ],
)
def test_distance_and_direction_phrases(
    sentence: str, place: str, distance_km: float | None, bearing_deg: float | None, text: str
) -> None:
    assert offset_of(sentence, place) == Offset(distance_km, bearing_deg, 2, text)


@pytest.mark.parametrize(
    ("sentence", "miles", "text"),
    [
        (
            "Troops advanced to a point 40 miles (64 km) north-east of Kherson.",
            40,
            "40 miles (64 km) north-east of",
        ),
        ("A convoy was seen 25 miles north of Kherson.", 25, "25 miles north of"),
    ],
)
def test_miles_are_converted_to_km(sentence: str, miles: int, text: str) -> None:
    offset = offset_of(sentence, "Kherson")
    assert offset is not None
    assert offset.text == text
    assert offset.distance_km == pytest.approx(miles * 1.609, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "place", "text"),
    [
        ("Russian troops were pushed back from positions near Bakhmut.", "Bakhmut", "near"),
        ("Missiles hit an energy plant outside Kyiv.", "Kyiv", "outside"),
        ("Heavy fighting was reported on the outskirts of Bakhmut.", "Bakhmut", "on the outskirts of"),
        ("Wagner fighters reached the outskirts of the town of Bakhmut.", "Bakhmut", "the outskirts of"),
        ("Russian attacks on the approaches to Avdiivka were repelled.", "Avdiivka", "on the approaches to"),
        ("Ukraine holds the high ground around Bakhmut.", "Bakhmut", "around"),
        ("Russian units massed close to Vuhledar.", "Vuhledar", "close to"),
        ("Clashes erupted in the vicinity of Robotyne.", "Robotyne", "in the vicinity of"),
        ("A strike hit a base near the front-line city of Bakhmut.", "Bakhmut", "near"),
        ("Ukrainian shells landed near Russian-occupied Melitopol.", "Melitopol", "near"),
        ("Fighting raged on Bakhmut's outskirts.", "Bakhmut", "outskirts"),
    ],
)
def test_near_phrases_have_no_distance_or_direction(sentence: str, place: str, text: str) -> None:
    assert offset_of(sentence, place) == Offset(None, None, 2, text)


@pytest.mark.parametrize(
    ("sentence", "place", "bearing_deg", "text"),
    [
        ("Ukrainian troops crossed to the eastern bank of the Oskil.", "Oskil", 90.0, "the eastern bank of"),
        ("Marines landed on the east bank of the Oskil.", "Oskil", 90.0, "on the east bank of"),
        ("Russia withdrew from the west bank of the Oskil.", "Oskil", 270.0, "the west bank of"),
        ("Ukraine set up positions on the left bank of the Dnipro.", "Dnipro", 135.0, "on the left bank of"),
        ("Russian guns on the Dnipro's left bank shelled Kherson.", "Dnipro", 135.0, "left bank"),
        ("Russia left the right bank of the Dnieper in November.", "Dnieper", 315.0, "the right bank of"),
        (
            "Troops reached the left bank of the Siverskyi Donets.",
            "Siverskyi Donets",
            90.0,
            "the left bank of",
        ),
        ("Fighting reached Bakhmut's northern outskirts.", "Bakhmut", 0.0, "northern outskirts"),
        (
            "Fighting raged on the southern outskirts of Bakhmut.",
            "Bakhmut",
            180.0,
            "on the southern outskirts of",
        ),
    ],
)
def test_banks_and_sides_move_a_short_way_to_that_side(
    sentence: str, place: str, bearing_deg: float, text: str
) -> None:
    offset = offset_of(sentence, place)
    assert offset is not None
    assert (offset.bearing_deg, offset.text, offset.precision) == (bearing_deg, text, 2)
    assert offset.distance_km is not None and 0 < offset.distance_km <= 10


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Izyum, 120 km south of Kharkiv, was retaken on Saturday.", "Izyum"),
        ("Troops advanced north of Kharkiv and Izyum.", "Izyum"),
        ("Shelling continued north of Kharkiv and the city of Izyum.", "Izyum"),
        ("Most of the fighting is in the east of Ukraine.", "Ukraine"),
        ("Refugees arrived from Kharkiv.", "Kharkiv"),
        ("Kharkiv's mayor reported three missile strikes.", "Kharkiv"),
        ("Ukrainian forces retook Balakliia.", "Balakliia"),
    ],
)
def test_a_phrase_that_does_not_govern_the_place_gives_no_offset(sentence: str, place: str) -> None:
    assert offset_of(sentence, place) is None


def test_the_offset_goes_to_the_place_it_governs() -> None:
    sentence = "Izyum, 120 km south of Kharkiv, was retaken on Saturday."
    assert offset_of(sentence, "Kharkiv") == Offset(120.0, 180.0, 2, "120 km south of")


@pytest.mark.parametrize(
    ("distance_km", "bearing_deg"), [(120.0, 180.0), (40.0, 45.0), (5.0, 270.0), (300.0, 90.0)]
)
def test_move_follows_the_bearing_for_the_distance(distance_km: float, bearing_deg: float) -> None:
    lon, lat = move(*KHARKIV, distance_km, bearing_deg)

    expected_lon, expected_lat = spherical_destination(*KHARKIV, distance_km, bearing_deg)
    assert haversine_km(lon, lat, expected_lon, expected_lat) < 0.01 * distance_km + 0.5
    assert haversine_km(*KHARKIV, lon, lat) == pytest.approx(distance_km, rel=0.01)


def test_a_direction_without_distance_moves_the_default_distance() -> None:
    lon, lat = apply_offset(*KHARKIV, Offset(None, 0.0, 2, "north of"))

    assert lat > KHARKIV[1]
    assert lon == pytest.approx(KHARKIV[0])
    assert haversine_km(*KHARKIV, lon, lat) == pytest.approx(DEFAULT_OFFSET_KM, rel=0.01)


@pytest.mark.parametrize(
    "offset", [Offset(None, None, 2, "near"), Offset(60.0, None, 2, "60 kilometers from")]
)
def test_without_a_direction_the_point_stays(offset: Offset) -> None:
    assert apply_offset(*KHARKIV, offset) == KHARKIV


def test_an_event_at_a_village_located_by_the_text_is_near_a_known_place() -> None:
    from gazetteer import load_gazetteer
    from geo import extract_events, read_text

    article = read_text(
        "Russian forces captured the village of Novoselivka Persha, about 12 kilometers (7 miles) north of "
        "Avdiivka, the Defense Ministry said on Tuesday.",
        published=date(2024, 3, 20),
    )
    [event] = extract_events(article, load_gazetteer())

    assert (event.event_type, event.actor, event.place) == ("advance", "RU", "Novoselivka Persha")
    assert event.geo_precision == 2  # where the text puts it, not a surveyed point


def test_the_side_of_a_works_outskirts_moves_no_town() -> None:
    # "the southern outskirts of the Avdiivka Coke Plant" lie by the plant, in the town's north-west
    sentence = "Russian forces advanced to the southern outskirts of the Avdiivka Coke Plant."
    start = sentence.index("Avdiivka")
    offset = find_offset(sentence, start, start + len("Avdiivka"))
    assert offset is None or offset.bearing_deg is None
