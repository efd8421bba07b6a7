"""A distance and a direction from a known town tell which namesake a text means, and where a village
the data lacks lies."""

from __future__ import annotations

import pytest

from gazetteer import find_places, haversine_km, load_gazetteer
from gazetteer.locators import Locator, is_located, read_locator


@pytest.mark.parametrize(
    ("phrase", "km", "bearing"),
    [
        (", about 10 kilometers (6 miles) northwest of Avdiivka", 10.0, 315.0),
        (", which is six miles north-west of Avdiivka", 6 * 1.609344, 315.0),
        (", a village south of Avdiivka", None, 180.0),
        (" (15 km east of Avdiivka", 15.0, 90.0),
        (", located 8 kilometres to the north-northeast of Avdiivka", 8.0, 22.5),
    ],
)
def test_the_locator_phrases_reporters_write(phrase: str, km: float | None, bearing: float) -> None:
    found, distance, toward = read_locator(phrase, 0)

    assert phrase[found.end() :] == "Avdiivka"
    assert distance == pytest.approx(km) if km else distance is None
    assert toward == bearing


def test_a_name_followed_by_other_words_has_no_locator() -> None:
    assert read_locator(", where fighting continues", 0) is None


def _place(name: str, admin1: str):
    gaz = load_gazetteer()
    return next(p for p in gaz.places.values() if p.name == name and p.admin1 == admin1)


def test_a_namesake_fits_when_distance_and_direction_agree() -> None:
    kharkiv, izium = _place("Kharkiv", "Kharkiv Oblast"), _place("Izium", "Kharkiv Oblast")

    assert Locator(kharkiv, 120.0, 180.0, "120 km south of").fits(izium)  # rounded, about SSE
    assert not Locator(kharkiv, 120.0, 0.0, "120 km north of").fits(izium)  # the wrong way
    assert not Locator(kharkiv, 30.0, 180.0, "30 km south of").fits(izium)  # too far
    assert Locator(kharkiv, None, 180.0, "south of").fits(_place("Chuhuiv", "Kharkiv Oblast"))


def test_a_stated_distance_agrees_with_the_village_by_the_town() -> None:
    # the postal Orlivka of Donetsk Oblast lies 29 km west of Avdiivka; the one taken in 2024, about
    # 10 km north-west of it, is one of GeoNames' hamlets
    text = (
        "Russia's Defense Ministry said its forces had captured Orlivka, which is six miles northwest of "
        "Avdiivka. Ukraine denied that Orlivka had fallen."
    )
    first, second = [m for m in find_places(text) if m.text == "Orlivka"]

    assert not is_located(first.place)  # the data's own point
    assert haversine_km(first.place.lon, first.place.lat, 37.62, 48.165) < 8  # the real Orlivka
    assert second.place == first.place  # named again, the same village


def test_a_village_the_data_lacks_is_put_where_the_text_puts_it() -> None:
    text = (
        "Russian forces captured the village of Novoselivka Persha, about 12 kilometers (7 miles) north of "
        "Avdiivka."
    )
    [mention] = [m for m in find_places(text) if m.text == "Novoselivka Persha"]
    avdiivka = _place("Avdiivka", "Donetsk Oblast")

    assert is_located(mention.place) and mention.place.kind == "village"
    assert haversine_km(mention.place.lon, mention.place.lat, avdiivka.lon, avdiivka.lat) == pytest.approx(
        12, abs=0.1
    )
    assert mention.place.lat > avdiivka.lat


def test_a_village_the_data_lacks_stays_unresolved_without_a_distance() -> None:
    text = "Russian forces captured the village of Zatyshok, north of Kurakhove."
    [mention] = [m for m in find_places(text) if m.text == "Zatyshok"]

    assert mention.place is None


def test_a_stated_distance_settles_two_ambiguous_names_at_once() -> None:
    # eight Pryvillias and a dozen Verboves; one pair lies 6 km apart, on the Dnipropetrovsk-Zaporizhzhia line
    text = (
        "Russian troops took the village of Pryvillia, located roughly 6 kilometers (3.7 miles) southwest of "
        "Verbove. Moscow had declared the capture of Verbove on October 1."
    )
    found = [m for m in find_places(text) if m.text in ("Pryvillia", "Verbove")]

    pryvillia, *verboves = found
    assert haversine_km(pryvillia.place.lon, pryvillia.place.lat, 36.31, 47.86) < 5
    assert len(verboves) == 2 and all(v.place == verboves[0].place for v in verboves)  # every mention
    assert haversine_km(verboves[0].place.lon, verboves[0].place.lat, 36.38, 47.88) < 5
    assert "measures Pryvillia from" in verboves[0].reason


def test_a_town_whose_stated_distance_does_not_fit_is_still_the_town() -> None:
    # Kramatorsk lies 110 km south of Kupiansk, not 30 km east: a loose text, not another Kramatorsk
    text = "Ukrainian troops were on the outskirts of Kramatorsk, about 30 kilometers east of Kupiansk."
    mention = next(m for m in find_places(text) if m.text == "Kramatorsk")
    assert mention.place is not None and not is_located(mention.place)
    assert haversine_km(mention.place.lon, mention.place.lat, 37.56, 48.72) < 10
