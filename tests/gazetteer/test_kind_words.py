"""Words around a name that say what it is: "X village", "X and Y villages" after the names, and the
names the press gives the war's bridges and dams in Russian and English. Sentences written for these
tests; coordinates are the places' true ones (public maps)."""

from __future__ import annotations

import pytest

from gazetteer import find_places, haversine_km, load_gazetteer

SOLOVIOVE = (48.22, 37.60)  # the village north-west of Avdiivka
ROBOTYNE = (47.45, 35.84)
ANTONIVSKYI_BRIDGE = (46.67, 32.72)
KAKHOVKA_DAM = (46.78, 33.37)
# A paragraph long enough that the places after it are not the name's passage.
FILLER = (
    " Its analysts wrote that the defenders had to fall back to new positions after weeks of pressure, "
    "and that the shortage of artillery shells made every day harder for the brigades holding the line. "
    "The group's map showed the change the same evening, with the grey zone widened around the ridge."
)


def mentions_of(text: str, name: str):
    return [m for m in find_places(text, load_gazetteer()) if m.text == name]


def km(place, point: tuple[float, float]) -> float:
    return haversine_km(place.lon, place.lat, point[1], point[0])


@pytest.mark.parametrize(
    ("text", "name", "true_point"),
    [
        # "villages" after a list of names makes each a village: not a stray capitalised word dropped
        # for want of company (the article's other places, by Kupiansk, are 160 km away)
        ("Russian troops occupied Soloviove and Semenivka villages on Friday, DeepState said."
         + FILLER + " Near Kupiansk, Russian forces advanced in the village of Kyslivka.",
         "Soloviove", SOLOVIOVE),
        ("Russian forces entered Soloviove village, north-west of Avdiivka.", "Soloviove", SOLOVIOVE),
        ("Ukrainian troops pushed the enemy out of Robotyne village.", "Robotyne", ROBOTYNE),
    ],
)  # fmt: skip
def test_a_name_before_village_is_a_village(text, name, true_point):
    found = mentions_of(text, name)
    assert found and found[0].place is not None, found
    assert found[0].place.kind == "village" and km(found[0].place, true_point) <= 10


@pytest.mark.parametrize(
    "text",
    [
        "He said the village was quiet, and the settlement council met on Monday.",
        "The villages of the region voted; Village Voice reported it.",
    ],
)
def test_village_words_alone_are_no_place(text):
    assert find_places(text, load_gazetteer()) == []


@pytest.mark.parametrize(
    ("text", "name", "true_point"),
    [
        ("Ukrainian forces shelled the Antonovka Bridge near Kherson.", "Antonovka Bridge",
         ANTONIVSKYI_BRIDGE),  # the Russian name of the Antonivskyi Bridge
        ("HIMARS rockets hit the Antonovka road bridge again overnight.", "Antonovka road bridge",
         ANTONIVSKYI_BRIDGE),
        ("Missiles were fired at the Kakhovka hydroelectric dam.", "Kakhovka hydroelectric dam",
         KAKHOVKA_DAM),
        ("A lock of the Kakhovskaya dam was damaged.", "Kakhovskaya dam", KAKHOVKA_DAM),
    ],
)  # fmt: skip
def test_a_bridge_or_dam_by_another_of_its_names(text, name, true_point):
    found = mentions_of(text, name)
    assert found and found[0].place is not None, [m.text for m in find_places(text, load_gazetteer())]
    assert found[0].place.kind in ("bridge", "dam") and km(found[0].place, true_point) <= 5


HORLIVKA = (48.30, 38.02)
KURDIUMIVKA = (48.47, 37.96)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the Kursk region's villages the gazetteer lacks are not the city of Horlivka or a town by Moscow
        ("Russian troops entered the village of Gorlovka in the Kursk region.", "Gorlovka"),
        ("Russia said it had recaptured the villages of Pogrebki and Gorlovka north of Sudzha.", "Gorlovka"),
        ("Further south, toward Sudzha, Russian troops took back the village of Nikolsky.", "Nikolsky"),
    ],
)
def test_a_village_is_no_city_and_no_far_town(text, name):
    assert all(m.place is None for m in mentions_of(text, name))


@pytest.mark.parametrize(
    ("text", "name", "true_point"),
    [
        ("Shelling hit the city of Horlivka overnight.", "Horlivka", HORLIVKA),
        ("Ukraine liberated the villages of Andriivka, Klishchiivka and Kurdiumivka near Bakhmut.",
         "Kurdiumivka", KURDIUMIVKA),
    ],
)  # fmt: skip
def test_a_city_called_a_city_and_a_list_of_villages_stay(text, name, true_point):
    [mention] = mentions_of(text, name)
    assert mention.place is not None and km(mention.place, true_point) <= 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the left bank of another river, or of Kyiv, is not the Dnipro's left bank in Kherson Oblast
        ("Russian troops tried to reach the left bank of the Oskil River near Kupiansk.", False),
        ("Drones hit Kyiv's left bank districts overnight.", False),
        ("Ukraine holds a foothold on the left bank of the Dnipro near Krynky.", True),
        ("Marines crossed to the left bank of the Dnieper River at night.", True),
    ],
)
def test_the_left_bank_is_the_dnipros_only_when_the_text_says_so(text, expected):
    found = [m for m in find_places(text, load_gazetteer()) if m.place and m.place.id == "region:left-bank"]
    assert bool(found) == expected, [m.text for m in find_places(text, load_gazetteer())]


PERVOMAISKE_BY_AVDIIVKA = (48.10, 37.60)


def test_a_village_named_before_its_dam_is_the_village():
    text = (
        "Russian forces took Orlivka, north-west of Avdiivka, and pushed near the Pervomaiske dam, "
        "south-west of Avdiivka."
    )
    [mention] = mentions_of(text, "Pervomaiske")
    assert mention.place is not None and km(mention.place, PERVOMAISKE_BY_AVDIIVKA) <= 10, mention.reason
