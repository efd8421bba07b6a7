"""A river mention sits on the stretch of its course nearest the place named around it."""

from __future__ import annotations

import pytest

from gazetteer import find_places, haversine_km, load_gazetteer


@pytest.mark.parametrize(
    ("text", "river", "near", "lat", "lon"),
    [
        ("Ukrainian troops crossed the Oskil River near Kupiansk.", "Oskil River", "Kupiansk", 49.71, 37.62),
        ("Russian troops shelled Kherson from across the Dnipro.", "Dnipro", "Kherson", 46.64, 32.62),
        (
            "Fighting went on at Bilohorivka on the Siverskyi Donets.",
            "Siverskyi Donets",
            "Bilohorivka",
            48.93,
            38.25,
        ),
        (
            "Drones hit Avdiivka. Shelling killed a man in Bilozerka, a few km from the Dnipro river.",
            "Dnipro river",
            "Bilozerka",
            46.63,
            32.38,
        ),
    ],
)
def test_a_river_sits_on_the_stretch_nearest_the_place_named_around_it(
    text: str, river: str, near: str, lat: float, lon: float
) -> None:
    [mention] = [m for m in find_places(text) if m.text == river]

    assert mention.place.kind == "river"
    assert haversine_km(mention.place.lon, mention.place.lat, lon, lat) < 25
    assert f"nearest {near}" in mention.reason


def test_a_river_with_no_place_around_it_keeps_its_own_point() -> None:
    [mention] = find_places("The Oskil is a river.")
    shipped = load_gazetteer().get("river:oskil")

    assert (mention.place.lat, mention.place.lon) == (shipped.lat, shipped.lon)  # its middle course
