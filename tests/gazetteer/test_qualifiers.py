"""An oblast written right after a name qualifies it only with the oblast's word ("Bilohorivka,
Luhansk region"); the next name of a list that happens to be an oblast's name ("Zaporizhzhia,
Dnipropetrovsk, Khmelnytskyi") does not. Sentences written for these tests; true points from public maps."""

from __future__ import annotations

import pytest

from gazetteer import find_places, haversine_km, load_gazetteer

ZAPORIZHZHIA_CITY = (47.84, 35.14)
BILOHORIVKA_LUHANSK = (48.93, 38.25)
TERNY_BY_LYMAN = (49.09, 37.96)


@pytest.mark.parametrize(
    ("text", "name", "true_point"),
    [
        ("Russia targeted 13 oblasts over the past day: Chernihiv, Mykolaiv, Luhansk, Zaporizhzhia, "
         "Dnipropetrovsk, Khmelnytskyi and Sumy.", "Zaporizhzhia", ZAPORIZHZHIA_CITY),
        ("Fighting went on near Bilohorivka, Luhansk region, the governor said.", "Bilohorivka",
         BILOHORIVKA_LUHANSK),
        ("Shelling hit Bilohorivka, Luhansk Oblast, overnight.", "Bilohorivka", BILOHORIVKA_LUHANSK),
        ("The enemy attacked near Terny, Donetsk Oblast.", "Terny", TERNY_BY_LYMAN),
    ],
)  # fmt: skip
def test_an_oblast_after_a_name_qualifies_it_only_with_its_word(text, name, true_point):
    [mention] = [m for m in find_places(text, load_gazetteer()) if m.text == name]
    assert mention.place is not None, mention.reason
    assert haversine_km(mention.place.lon, mention.place.lat, true_point[1], true_point[0]) <= 10


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian troops seized the village of Novomykolaivka near the border with the Donetsk region.",
         "Novomykolaivka"),
        ("Troops took Lozova, near the town of Kupiansk, in an area north of Donetsk region.", "Lozova"),
        ("Fighting went on west of Velyka Novosilka in the Donetsk region. Ukrainian units pushed Russian "
         "forces out of Zelenyi Hai, near the administrative border with Dnipropetrovsk region.",
         "Zelenyi Hai"),
    ],
)  # fmt: skip
def test_an_oblast_after_border_with_is_the_next_one(text, name):
    [mention] = [m for m in find_places(text, load_gazetteer()) if m.text == name]
    border_oblast = "Dnipropetrovsk Oblast" if "Dnipropetrovsk" in text else "Donetsk Oblast"
    assert mention.place is None or mention.place.admin1 != border_oblast, mention.reason


def test_an_oblast_in_a_clause_of_its_own_does_not_put_a_village_in_it():
    # Sudzha is across the border in Kursk Oblast; "in the Sumy region" belongs to the strikes' clause
    text = (
        "Russia's defence ministry said that it had taken the village of Basivka, just over the border "
        "from Sudzha, and had struck Ukrainian forces at 12 other points in the Sumy region."
    )
    [mention] = [m for m in find_places(text, load_gazetteer()) if m.text == "Sudzha"]
    assert mention.place is not None and mention.place.admin1 == "Kursk Oblast", mention.reason


def test_an_oblast_s_capital_named_after_a_village_is_the_oblast() -> None:
    text = "Russian forces shelled Robotyne village in Zaporizhzhia."

    places = {m.text: m.place for m in find_places(text)}

    assert places["Zaporizhzhia"].name == "Zaporizhzhia Oblast"
    assert places["Robotyne"].admin1 == "Zaporizhzhia Oblast"  # no longer measured against the city 60 km off


def test_a_city_named_after_a_building_stays_the_city() -> None:
    places = {m.text: m.place for m in find_places("Drones hit the railway station in Kharkiv.")}

    assert places["Kharkiv"].kind == "city"
