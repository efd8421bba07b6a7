"""Place readings from a fifth set of unseen articles (our own sentences, facts from public reporting)."""

from __future__ import annotations

import pytest

from gazetteer import find_places, haversine_km, load_gazetteer


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a big city is located by the capital the press measures it from, 150-250 km away
        (
            "A Ukrainian drone attack last week forced a refinery in Ryazan, southeast of Moscow, to "
            "halt processing.",
            "Ryazan",
            (54.63, 39.69),
        ),
        (
            "Four drones were downed over a refinery in Yaroslavl, northeast of Moscow, the outlet said.",
            "Yaroslavl",
            (57.63, 39.87),
        ),
        (
            "Drones hit an oil depot in Saratov, northeast of Volgograd, on Wednesday.",
            "Saratov",
            (51.54, 46.01),
        ),
    ],
)
def test_a_city_located_from_a_far_capital_is_that_city(placed, text, name, point):
    found = placed(text, name)
    assert found is not None
    assert haversine_km(found[1], found[0], point[1], point[0]) < 15


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a village named "north of" a town still has to lie near it: no namesake 200 km off
        ("Russian troops entered Zelene, north of Vuhledar, the ministry said.", "Zelene"),
    ],
)
def test_a_village_located_from_a_town_still_lies_near_it(placed, text, name):
    found = placed(text, name)
    vuhledar = (47.78, 37.25)
    assert found is None or haversine_km(found[1], found[0], vuhledar[1], vuhledar[0]) < 70


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        # "the regions of X and Y": the oblasts, not their capitals
        (
            "Drones targeted the frontline eastern regions of Kharkiv and Dnipro overnight.",
            {"Kharkiv": "Kharkiv Oblast", "Dnipro": "Dnipropetrovsk Oblast"},
        ),
        (
            "Power was cut in the oblasts of Sumy, Chernihiv and Poltava.",
            {"Sumy": "Sumy Oblast", "Chernihiv": "Chernihiv Oblast", "Poltava": "Poltava Oblast"},
        ),
        ("Officials in the region of Kherson said two people died.", {"Kherson": "Kherson Oblast"}),
    ],
)
def test_names_after_regions_of_are_oblasts(text, regions):
    found = {m.text: m.place.name for m in find_places(text, load_gazetteer()) if m.place}
    assert {name: found.get(name) for name in regions} == regions


def test_a_city_named_after_the_list_of_regions_is_still_the_city():
    text = "Missiles hit the regions of Sumy and Kharkiv, and the city of Dnipro, officials said."
    found = {m.text: m.place.name for m in find_places(text, load_gazetteer()) if m.place}
    assert (found.get("Kharkiv"), found.get("Dnipro")) == ("Kharkiv Oblast", "Dnipro")


@pytest.mark.parametrize(
    "text",
    [
        # a road named for two towns, its dash spaced as careless copy spaces it: both towns
        "Russian troops took Mykolaivka, near the Bakhmut- Lysychansk road.",
        "Russian troops took Mykolaivka, near the Bakhmut – Lysychansk highway.",
        "Russian troops took Mykolaivka, near the Bakhmut-Lysychansk road.",
    ],
)
def test_both_towns_of_a_road_with_a_spaced_dash(text):
    names = {m.place.name for m in find_places(text, load_gazetteer()) if m.place}
    assert {"Bakhmut", "Lysychansk"} <= names
