"""A district, raion or community named after a name puts it near the district's seat. Our own
sentences in the style of governors' and General Staff reports; real GeoNames and postal data."""

from __future__ import annotations

import pytest

from gazetteer import find_places, haversine_km, load_gazetteer
from gazetteer.districts import district_seat


def placed(text: str, name: str):
    return next(m for m in find_places(text) if m.text == name)


@pytest.mark.parametrize(
    ("district", "seat", "admin1"),
    [
        ("Korenevsky", "Korenevo", "Kursk Oblast"),
        ("Glushkovsky", "Glushkovo", "Kursk Oblast"),
        ("Shebekinsky", "Shebekino", "Belgorod Oblast"),
        ("Pokrovsk", "Pokrovsk", "Donetsk Oblast"),
        ("Illinivska", "Illinivka", "Donetsk Oblast"),
    ],
)
def test_a_districts_adjective_names_its_seat(district: str, seat: str, admin1: str) -> None:
    text = f"The village of X in the {district} district was shelled."
    near_the_border = lambda place: haversine_km(place.lon, place.lat, 36.0, 50.5)  # noqa: E731

    found = district_seat(text, text.index(" in the"), load_gazetteer(), near_the_border, 500.0)

    assert found is not None and (found[0].name, found[0].admin1) == (seat, admin1)


def test_no_namesake_near_the_seat_leaves_the_name_unresolved() -> None:
    # the gazetteer's Troitskoyes lie hundreds of km from Korenevo; the governor's is a border village
    text = (
        "The governor of the Kursk region said the village of Troitskoye in the Korenevsky district was "
        "shelled by Ukraine on Saturday."
    )

    mention = placed(text, "Troitskoye")

    assert mention.place is None and "Korenevo" in mention.reason


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        ("The Russian Federation attacked Zarichne in the Lyman community, wounding one person.", "Zarichne",
         48.98, 37.80),
        ("Hraniv of Kharkiv district, Budarky of Chuhuiv district came under fire.", "Budarky", 50.39, 37.42),
    ],
)  # fmt: skip
def test_the_namesake_near_the_seat_is_chosen(text: str, name: str, lat: float, lon: float) -> None:
    place = placed(text, name).place

    assert place is not None and haversine_km(place.lon, place.lat, lon, lat) < 25


def test_a_community_is_smaller_than_a_district() -> None:
    # another Zoria lies 57 km from Illinivka; the community's own is one of GeoNames' hamlets
    text = "A person was injured in Zoria of the Illinivska community, and three houses were damaged."

    place = placed(text, "Zoria").place
    assert place is not None and haversine_km(place.lon, place.lat, 37.68, 48.36) < 5


def test_a_district_named_first_in_the_sentence_places_its_villages() -> None:
    # the gazetteer's Dolgoyes lie far from Valuyki; the governor's village is not in the data
    text = "In the Valuisky district of the Belgorod region, the village of Dolgoye was shelled 20 times."

    mention = placed(text, "Dolgoye")

    assert mention.place is None and "Valuyki" in mention.reason


def test_a_town_named_after_a_fronted_district_stays_the_town() -> None:
    text = "In the Pokrovsk district, Russian forces shelled Myrnohrad and Kramatorsk."

    assert placed(text, "Kramatorsk").place is not None


def test_a_community_named_by_its_adjective_is_its_town() -> None:
    text = "During the night, the Marganetska community near Nikopol came under attack from Russian drones."

    mention = placed(text, "Marganetska")

    assert mention.place is not None and mention.place.name == "Marhanets"
    assert "community of Marhanets" in mention.reason


def test_a_list_of_community_adjectives_is_read_near_its_towns() -> None:
    # the Dmytrivka of Bucha Raion, beside Irpin and Bucha, not one of the other Dmytrivkas of Ukraine
    text = "Shelling hit the Irpinska, Buchanska, Makarivska and Dmytrivska communities."

    place = placed(text, "Dmytrivska").place

    assert place is not None and place.admin1 == "Kyiv Oblast"


@pytest.mark.parametrize(
    ("adjective", "town"),
    [
        ("Kurakhivska", "Kurakhove"),  # not the village of Kurakhivka by Horlivka
        ("Myrivska", "Myrove"),
        ("Ocheretynska", "Ocheretyne"),
    ],
)
def test_a_communitys_adjective_turns_the_o_of_its_town_into_i(adjective: str, town: str) -> None:
    text = f"In the Donetsk and Nikopol directions, the {adjective} community was shelled twice overnight."

    place = placed(text, adjective).place

    assert place is not None and place.name == town


def test_a_list_of_communities_spans_its_oblast() -> None:
    # the seats of Sumy Oblast's border communities lie up to 150 km apart: no namesakes for that
    text = (
        "The settlements of the Sumy, Sad, Yunakivka, Myropillia, Khotin, Bilopillia, Krasnopillia, "
        "Hlukhiv, Esman, Shalyhne and Novoslobidske communities came under enemy fire."
    )

    found = {m.text: m.place for m in find_places(text)}

    assert all(found[name] is not None for name in ("Hlukhiv", "Esman", "Shalyhne", "Novoslobidske"))
    assert {found[name].admin1 for name in ("Hlukhiv", "Esman", "Shalyhne")} == {"Sumy Oblast"}


def test_communities_listed_after_a_colon_are_their_towns() -> None:
    text = (
        "The Russian army shelled 11 villages in four border communities of Chernihiv region during the "
        "day: Novhorod-Siverska, Semenivska, Snovska and Horodnyanska."
    )

    found = {m.text: m.place and m.place.name for m in find_places(text)}

    # a hyphenated adjective is one town's, not "Novhorod" and a Siverskiy by St Petersburg
    assert found == {
        "Chernihiv region": "Chernihiv Oblast",
        "Novhorod-Siverska": "Novhorod-Siverskyi",
        "Semenivska": "Semenivka",
        "Snovska": "Snovsk",
        "Horodnyanska": "Horodnia",
    }


def test_a_hyphenated_village_name_ending_in_ske_is_still_a_village() -> None:
    text = "Ukrainian groups were active on the Svatove-Torske highway northeast of Lyman."

    found = {m.text: m.place for m in find_places(text)}

    assert found["Torske"] is not None and found["Torske"].admin1 == "Donetsk Oblast"


def test_a_russian_district_has_no_village_of_ukraine_across_the_border() -> None:
    text = "In the Borisovsky district, on the outskirts of the Tsapovka village, a device was dropped."

    tsapovka = next(m for m in find_places(text) if m.text == "Tsapovka")

    assert tsapovka.place is None  # not Tsapivka of Kharkiv Oblast, 25 km off in Ukraine
