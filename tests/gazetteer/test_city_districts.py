"""City districts at their own points (gazetteer/city_districts.py), with the real gazetteer: a
report of strikes on three districts draws three pins in the city, not one on its centre."""

from __future__ import annotations

from gazetteer import find_places, key, km_apart, load_gazetteer
from gazetteer.city_districts import district_of_city


def test_three_districts_of_one_report_are_three_points_in_the_city() -> None:
    text = "Russian drones hit the Shevchenkivskyi, Slobidskyi and Kholodnohirskyi districts of Kharkiv."
    found = {m.text: m.place for m in find_places(text) if m.place}
    city = found["Kharkiv"]
    districts = [found[name] for name in ("Shevchenkivskyi", "Slobidskyi", "Kholodnohirskyi")]
    assert [d.name for d in districts] == [
        "Shevchenkivskyi District",
        "Slobidskyi District",
        "Kholodnohirskyi District",
    ]
    assert all(2 < km_apart(d, city) < 12 for d in districts)
    assert all(km_apart(a, b) > 2 for a in districts for b in districts if a is not b)


def test_a_district_spelt_the_russian_way_is_the_same_district() -> None:
    kharkiv = next(c for c in load_gazetteer().candidates(key("Kharkiv")) if c.kind == "city")
    assert district_of_city(kharkiv, "Kholodnogorsky").name == "Kholodnohirskyi District"
    assert district_of_city(kharkiv, "the Kyivskyi district").name == "Kyivskyi District"


def test_a_district_the_table_lacks_stays_at_its_city() -> None:
    kharkiv = next(c for c in load_gazetteer().candidates(key("Kharkiv")) if c.kind == "city")
    assert district_of_city(kharkiv, "Podilskyi") is kharkiv
    text = "A missile hit the Podilskyi district of Poltava."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found["Podilskyi"] == "Poltava"


def _districts_of(text: str) -> dict[str, str]:
    return {m.text: m.place.name for m in find_places(text) if m.place and m.place.id.startswith("district:")}


def test_the_districts_of_kyiv_zaporizhzhia_dnipro_and_odesa_have_points_of_their_own() -> None:
    assert _districts_of("Russian drones hit the Darnytskyi and Solomianskyi districts of Kyiv.") == {
        "Darnytskyi": "Darnytskyi District",
        "Solomianskyi": "Solomianskyi District",
    }
    assert _districts_of("A missile struck the Shevchenkivskyi district of Zaporizhzhia.") == {
        "Shevchenkivskyi district": "Shevchenkivskyi District"
    }
    assert _districts_of("Drones hit the Samarskyi and Novokodatskyi districts of Dnipro.") == {
        "Samarskyi": "Samarskyi District",
        "Novokodatskyi": "Novokodatskyi District",
    }
    assert _districts_of("Debris fell in the Kyivskyi and Prymorskyi districts of Odesa.") == {
        "Kyivskyi": "Kyivskyi District",
        "Prymorskyi": "Prymorskyi District",
    }


def test_donetsk_districts_keep_their_soviet_names_in_russian_spelling() -> None:
    found = _districts_of("Shelling hit the Kievsky and Kuibyshevsky districts of Donetsk, the mayor said.")
    assert found == {"Kievsky": "Kyivskyi District", "Kuibyshevsky": "Kuibyshevskyi District"}


def test_a_district_no_place_is_named_after_is_found_by_the_table() -> None:
    # "Industrialnyi" and "Korabelnyi" are names no place of the gazetteer has
    assert _districts_of("Drones hit the Industrialnyi and Slobidskyi districts of Kharkiv.") == {
        "Industrialnyi": "Industrialnyi District",
        "Slobidskyi": "Slobidskyi District",
    }
    assert _districts_of("A drone struck a car in Kherson's Korabelnyi district.") == {
        "Korabelnyi": "Korabelnyi District"
    }
    # ... and the one big city the article has named
    text = "Russian troops shelled Kherson again. In the Korabelnyi district, a woman was wounded."
    assert _districts_of(text) == {"Korabelnyi": "Korabelnyi District"}


def test_a_district_named_like_another_city_is_the_district_of_the_city_the_text_says() -> None:
    # Kherson, at 66,000 people in GeoNames' wartime count, has districts; "Dniprovskyi" is not Dnipro's
    text = "Shelling hit the Dniprovskyi and Korabelnyi districts of Kherson."
    found = {m.text: m.place for m in find_places(text)}
    assert found["Dniprovskyi"].name == "Dniprovskyi District"
    assert found["Dniprovskyi"].admin1 == "Kherson Oblast"
    assert km_apart(found["Dniprovskyi"], found["Kherson"]) < 8


def test_the_military_districts_of_russia_are_no_city_quarters() -> None:
    text = "Troops of the Southern Military District attacked near Kherson and in the Central district."
    assert _districts_of(text) == {"Central": "Tsentralnyi District"}
    assert _districts_of("Units of the Central Military District advanced near Pokrovsk, Kyiv said.") == {}


def test_kryvyi_rihs_districts_lie_along_its_length() -> None:
    text = "Households in the Metalurhiynyi district of Kryvyi Rih were left without electricity."
    assert _districts_of(text) == {"Metalurhiynyi": "Metalurhiinyi District"}
    # ... the district, not the village Saksahan its adjective also names
    assert _districts_of("In Kryvyi Rih, a missile hit the Saksahanskyi district.") == {
        "Saksahanskyi": "Saksahanskyi District"
    }
