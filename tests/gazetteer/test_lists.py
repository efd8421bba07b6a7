"""Lists of front-line places: a list's own places decide which namesake each of its names is, and a
wrong neighbour does not drop a right one. Coordinates are the places' true ones (public maps), within
10 km; the sentences are written for these tests in the style of daily front-line summaries."""

from __future__ import annotations

import pytest

from gazetteer import find_places, haversine_km, load_gazetteer

KOSTIANTYNIVKA_TOWN = (48.53, 37.71)  # the town of 67,000 by Druzhkivka
KOSTIANTYNIVKA_BY_VUHLEDAR = (47.87, 37.41)  # the village north of Vuhledar
ROBOTYNE = (47.45, 35.84)
KLISHCHIIVKA = (48.53, 37.96)
TERNY_BY_LYMAN = (49.09, 37.96)
MARINKA = (47.94, 37.50)
PRYIUTNE = (47.73, 36.67)
KRYNKY = (46.73, 33.08)
WITHIN_KM = 10.0


def resolved(text: str, name: str, nth: int = 0) -> tuple[float, float] | None:
    found = [m for m in find_places(text, load_gazetteer()) if m.text == name]
    assert len(found) > nth, f"{name!r} not found in {text!r}"
    place = found[nth].place
    return None if place is None else (place.lat, place.lon)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(a[1], a[0], b[1], b[0])


@pytest.mark.parametrize(
    ("text", "name", "true_point"),
    [
        # a list of villages near Vuhledar: the village, not the town 70 km north (in Russian spelling,
        # which the postal file's village gets by rule: Костянтинівка -> Konstantinovka)
        (
            "Russian aviation hit Ukrainian positions near Staromayorskoye, Urozhaynoye, Novomikhailovka "
            "and Konstantinovka.",
            "Konstantinovka",
            KOSTIANTYNIVKA_BY_VUHLEDAR,
        ),
        ("Russia shelled Kostiantynivka, Druzhkivka, Chasiv Yar and Kurdiumivka.", "Kostiantynivka",
         KOSTIANTYNIVKA_TOWN),  # a list around the town keeps the town
        # 'the town of' is the text's word against the list
        (
            "Russian aviation hit Ukrainian positions near Staromayorskoye, Urozhaynoye, Novomikhailovka "
            "and the town of Konstantinovka.",
            "Konstantinovka",
            KOSTIANTYNIVKA_TOWN,
        ),
    ],
)  # fmt: skip
def test_a_name_in_a_list_is_the_namesake_among_the_lists_places(text, name, true_point):
    point = resolved(text, name)
    assert point is not None and km(point, true_point) <= WITHIN_KM, point


@pytest.mark.parametrize(
    ("text", "name", "nth", "true_point"),
    [
        # two places the text puts in two oblasts are not one list: 200 km apart is no namesake's sign
        ("Russian troops attacked near Robotyne in the Zaporizhzhia region and Klishchiivka in the "
         "Donetsk region.", "Robotyne", 0, ROBOTYNE),
        # a list spanning an oblast's front: the only Marinka of the oblast the text names
        ("Over the past day the enemy attacked near Bakhmut, Klishchiivka and Marinka in the Donetsk "
         "region.", "Marinka", 0, MARINKA),
        # named again beside a far place, the village stays where the text first put it
        ("Russian forces attacked near Robotyne in the Zaporizhzhia region. Further attacks were "
         "repelled near Robotyne and Klishchiivka.", "Robotyne", 1, ROBOTYNE),
        ("Ukrainian troops tried to attack near Pryiutne in the Zaporizhzhia region. Two more attacks "
         "failed near Pryiutne and Klishchiivka, the ministry said.", "Pryiutne", 1, PRYIUTNE),
        # a government named by its seat is no list-mate: Krynky is not dropped for lying far from Kyiv
        ("Kyiv's marines withdrew from the village of Krynky on the Dnipro's left bank in the Kherson "
         "region.", "Krynky", 0, KRYNKY),
        # a list of far-apart places, but the passage's sector is named beside it
        ("In the Lyman direction, the enemy failed to advance. Attacks were repulsed near Terny, "
         "Bilohorivka, Klishchiivka and Bakhmut.", "Terny", 0, TERNY_BY_LYMAN),
    ],
)  # fmt: skip
def test_a_right_place_is_not_dropped_for_a_far_list_mate(text, name, nth, true_point):
    point = resolved(text, name, nth)
    assert point is not None and km(point, true_point) <= WITHIN_KM, point


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # namesakes far from every place of a list around Bakhmut stay unresolved: no pin 100 km off
        ("Attacks were repelled near Bakhmut, Klishchiivka, Kurdiumivka and Heorhiivka.", "Heorhiivka"),
        ("Attacks were repelled near Bakhmut, Klishchiivka, Kurdiumivka and Stepove.", "Stepove"),
    ],
)
def test_a_namesake_far_from_its_list_stays_unresolved(text, name):
    point = resolved(text, name)
    assert point is None or km(point, KLISHCHIIVKA) <= 40, point


def test_a_pick_far_from_its_list_gives_way_to_the_namesake_among_it() -> None:
    # the Uspenivka 31 km from Kurakhove fits the article; in the list, the one by Veselyi Hai is meant
    text = (
        "Russian soldiers have hoisted Russia's tricolor flag in the villages of Uspenovka and Annovka, "
        "south of Kurakhovo. A Ukrainian group of up to 700 personnel has been encircled south of "
        "Kurakhovo, near the villages of Uspenovka, Annovka, and Veselyi Gai."
    )

    found = [m for m in find_places(text) if m.text in ("Uspenovka", "Veselyi Gai")]
    listed, veselyi_hai = found[-2], found[-1]

    assert listed.place is not None and veselyi_hai.place is not None
    assert haversine_km(listed.place.lon, listed.place.lat, veselyi_hai.place.lon, veselyi_hai.place.lat) < 10


def test_a_list_after_two_oblasts_spans_their_border() -> None:
    # Sopych (Sumy Oblast) lies 150 km from Mistky (Chernihiv Oblast): a border's span, both named
    text = (
        "The Russian aggressor continues to terrorise the civilian population in the Chernihiv and Sumy "
        "regions, shelling the areas of Sopych, Mistky and Yelino with artillery."
    )

    found = {m.text: m.place for m in find_places(text)}

    assert found["Sumy regions"] is not None and found["Sumy regions"].name == "Sumy Oblast"
    assert found["Sopych"] is not None and found["Sopych"].admin1 == "Sumy Oblast"
    assert found["Mistky"] is not None and found["Mistky"].admin1 == "Chernihiv Oblast"


def test_a_list_spread_along_a_border_keeps_its_villages_as_far_apart_as_its_own_places() -> None:
    # the communities of Sumy Oblast's border lie 40-70 km apart: Esman, 40 km from Seredyna-Buda,
    # is the border's Esman, not a namesake the list rules out
    text = (
        "The Russian military targeted the communities of Bilopillia, Khotin, Krasnopillia, Yunakivka, "
        "Velyka Pysarivka, Seredyna-Buda, Esman, and Myropillia."
    )

    esman = resolved(text, "Esman")

    assert esman is not None and km(esman, (51.86, 34.01)) <= WITHIN_KM
