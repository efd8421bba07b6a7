"""Places of round 24 of unseen reporting, with the real gazetteer."""

from __future__ import annotations

import pytest

from gazetteer import find_places
from gazetteer.places import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_a_city_after_downtown_is_the_city_not_its_oblast(gaz) -> None:
    # "in the centre of downtown Kyiv": no village said to be in Kyiv, however "downtown" ends
    text = "The missiles tore into busy intersections and tourist sites in the centre of downtown Kyiv."
    (kyiv,) = [m for m in find_places(text, gaz) if m.text == "Kyiv"]
    assert kyiv.place.name == "Kyiv" and kyiv.place.kind == "city"


def test_a_village_in_a_named_capital_is_still_in_its_oblast(gaz) -> None:
    text = "Russia says a village in Ukraine's Kharkiv was 'liberated'."
    (kharkiv,) = [m for m in find_places(text, gaz) if m.text == "Kharkiv"]
    assert kharkiv.place.name == "Kharkiv Oblast"


def test_a_direction_after_a_list_puts_each_village_of_it(gaz) -> None:
    # of Donetsk Oblast's Uspenivkas, the one south of Kurakhove, not the one 30 km north-west of it;
    # Annovka is the Russian name of Hannivka (Ганна is Анна)
    text = (
        "Russian soldiers hoisted the flag in the villages of Uspenovka and Annovka, south of Kurakhovo, "
        "in the Donetsk People's Republic."
    )
    found = {m.text: m.place for m in find_places(text, gaz)}
    assert found["Uspenovka"].name == "Uspenivka" and found["Uspenovka"].lat < 47.985  # Kurakhove's latitude
    assert found["Annovka"].name == "Hannivka" and found["Annovka"].admin1 == "Donetsk Oblast"


def test_the_state_duma_is_a_parliament_not_a_syrian_town(gaz) -> None:
    text = "The first deputy chairman of the State Duma committee on CIS affairs told TASS."
    assert not [m for m in find_places(text, gaz) if m.text == "Duma"]


def test_a_region_named_among_front_towns_is_the_region_when_its_namesake_village_is_too_far(gaz) -> None:
    # a village of Donetsk Oblast is called Chechnya too, 56 km from Popasna: not the fighters' home
    text = "Kadyrov's fighters from Chechnya fought near Popasna and Lysychansk."
    (chechnya,) = [m for m in find_places(text, gaz) if m.text == "Chechnya"]
    assert chechnya.place.name == "Chechen Republic" and chechnya.place.kind == "region"


@pytest.mark.parametrize(
    ("text", "adjective", "seat"),
    [
        ("Russian troops attacked the Velykopysarivska community.", "Velykopysarivska", "Velyka Pysarivka"),
        ("In the Verkhnyosyrovatska community, the occupiers damaged a school.", "Verkhnyosyrovatska",
         "Verkhnya Syrovatka"),
    ],
)  # fmt: skip
def test_a_community_of_a_two_word_town_named_by_its_compound_adjective(text, adjective, seat, gaz) -> None:
    (mention,) = [m for m in find_places(text, gaz) if m.text == adjective]
    assert mention.place.name == seat and mention.place.admin1 == "Sumy Oblast"
