"""A capital named as a speaker or a government ("Moscow said", "Kyiv's troops") is not where the
places of its sentence are: it anchors no ranking, draws no theatre and is no neighbour a village
must lie near. Real GeoNames and postal data."""

from __future__ import annotations

import pytest

from gazetteer import find_places
from gazetteer.capitals import as_government
from gazetteer.places import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "name", "oblast"),
    [
        ("Moscow said its forces captured Ocheretyne.", "Ocheretyne", "Donetsk Oblast"),
        ("Moscow says its forces have taken Ocheretyne.", "Ocheretyne", "Donetsk Oblast"),
        ("Moscow claimed its troops had captured Ocheretyne and Keramik.", "Keramik", "Donetsk Oblast"),
        ("Kyiv said its troops had recaptured the village of Robotyne.", "Robotyne", "Zaporizhzhia Oblast"),
        ("Moscow's forces captured Ocheretyne, the ministry said.", "Ocheretyne", "Donetsk Oblast"),
    ],
)
def test_a_capital_as_speaker_leaves_the_places_where_they_are(text, name, oblast, gaz):
    without = {m.text: m.place for m in find_places(text.split(" ", 1)[1], gaz)}
    mentions = {m.text: m for m in find_places(text, gaz)}
    assert mentions[name].place is not None, mentions[name].reason
    assert mentions[name].place.admin1 == oblast
    assert without.get(name) is None or without[name].id == mentions[name].place.id


def test_a_capital_named_as_a_place_still_anchors(gaz):
    # "near Kyiv": the capital is a place here, and the Kyiv Oblast village by it is the one meant
    mentions = {m.text: m for m in find_places("Russian troops shelled Moshchun, near Kyiv.", gaz)}
    assert mentions["Moshchun"].place is not None
    assert mentions["Moshchun"].place.admin1 in ("Kyiv Oblast", "Kyiv City")


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("Kyiv has repeatedly dismissed Russian claims", True),
        ("Moscow had previously declared the capture", True),
        ("Kyiv credited soldiers of its marine brigades", True),
        ("Kyiv struggling to hold the line", True),
        ("Moscow calls its special military operation", True),
        ("Kiev's troops", True),
        ("Kyiv reported", True),
        ("Moscow carried out group strikes on Ukrainian airfields", True),
        ("Kyiv's outskirts were shelled", False),  # a part of the city
        ("Moscow’s skies", False),
        ("Kyiv was hit by drones", False),
        ("Kharkiv said", False),  # not a capital: a city's name is its council only in its own news
    ],
)
def test_a_capital_stands_for_its_government_when_it_speaks_or_owns(text: str, government: bool) -> None:
    name = text.split("'")[0].split("’")[0].split(" ")[0]
    assert as_government(name, text, len(name)) is government


@pytest.mark.parametrize(
    ("text", "name", "government"),
    [
        ("It came a day after talks between Washington and Kiev in Saudi Arabia.", "Kiev", True),
        ("Prisoner swaps between Kyiv and Moscow resumed.", "Kyiv", True),
        ("Prisoner swaps between Kyiv and Moscow resumed.", "Moscow", True),
        ("Trains run between Kyiv and Lviv again.", "Kyiv", False),  # a route between two cities
        # the side things go well or badly for, the army Moscow's officials name by its capital
        ("The Russian advances are a sobering development for Kyiv.", "Kyiv", True),
        ("The loss of the town was a blow to Moscow.", "Moscow", True),
        ("Armed formations of the Kyiv regime fired at the bridge.", "Kyiv", True),
        ("With Kyiv claiming control of 1,000 square km, Moscow said otherwise.", "Kyiv", True),
        ("Kyiv on Monday said it evacuated 700 residents.", "Kyiv", True),
        ("Drones struck a building in Kyiv on Monday.", "Kyiv", False),
        ("Russia has accused Kiev of terrorist attacks on its railways.", "Kiev", True),
    ],
)
def test_capitals_as_the_parties_to_talks_are_governments(text: str, name: str, government: bool) -> None:
    end = text.index(name) + len(name)
    assert as_government(name, text, end) is government
