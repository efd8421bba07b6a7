"""Places of round 26 of unseen reporting, with the real gazetteer: a guess the article names unguessed
elsewhere anchors its list, and a town among far-apart towns is held to no closer list than alone."""

from __future__ import annotations

import pytest

from gazetteer import find_places
from gazetteer.distance import haversine_km
from gazetteer.places import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


# The Russian Defence Ministry's report of October 2023: Ugledar in the lead, then the villages around it.
MOD_REPORT = (
    "MOSCOW, October 22. /TASS/. Units of Battlegroup East thwarted two attempted rotations of Ukrainian "
    "forces near Ugledar in the Donetsk People's Republic, the battlegroup's spokesman told TASS. The "
    "spokesman described the fighting of the day in detail, unit by unit and hour by hour, as the ministry "
    "does every morning in its summary of the special military operation. "
    '"In the south Donetsk direction, artillery fire inflicted damage on manpower and equipment of the '
    "Ukrainian army's 72nd mechanized, 79th air assault and 58th motorized infantry brigades in areas near "
    "the settlements of Novomikhailovka, Urozhainoye, Shevchenko, Ugledar, Vodyanoe and Staromayorskoye in "
    'the Donetsk People\'s Republic," he said.'
)


@pytest.mark.parametrize(
    ("name", "point"),
    [
        ("Novomikhailovka", (47.85, 37.48)),  # Novomykhailivka by Marinka, not the one by Lyman
        ("Vodyanoe", (47.80, 37.32)),  # Vodiane by Vuhledar
        ("Shevchenko", (47.73, 37.15)),
    ],
)
def test_a_list_is_measured_from_a_town_the_article_names_unguessed(gaz, name, point) -> None:
    found = [m for m in find_places(MOD_REPORT, gaz) if m.text == name]
    assert found and all(m.place is not None for m in found)
    assert haversine_km(found[0].place.lon, found[0].place.lat, point[1], point[0]) < 10


def test_a_town_listed_with_far_apart_towns_is_kept(gaz) -> None:
    text = (
        "Russian troops shelled Kharkiv, Kupiansk and Chuhuiv on Monday, the governor said. In the past 24 "
        "hours, the enemy shelled the border villages of the Kupiansk, Chuhuiv and Bohodukhiv districts."
    )
    (found,) = [m for m in find_places(text, gaz) if m.text == "Bohodukhiv"]
    assert found.place is not None and found.place.name == "Bohodukhiv Raion"  # (a raion since round 76)


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("Russian missiles hit the Burshtynska TPP overnight, DTEK said.", "Burshtynska", "Burshtyn"),
        ("The Ladyzhynska TPP was severely damaged in the attack.", "Ladyzhynska", "Ladyzhyn"),
        ("The Kurakhivska Thermal Power Plant, heavily damaged by glide bombs, is not operating.",
         "Kurakhivska", "Kurakhove"),
    ],
)  # fmt: skip
def test_a_power_plant_named_by_its_towns_adjective_is_at_the_town(gaz, text, name, town) -> None:
    (found,) = [m for m in find_places(text, gaz) if m.text == name]
    assert found.place is not None and found.place.name == town
