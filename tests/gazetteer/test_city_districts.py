"""Kharkiv's districts at their own points (gazetteer/city_districts.py), with the real gazetteer: a
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
    text = "A missile hit the Oleksandrivskyi district of Zaporizhzhia."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found["Oleksandrivskyi district"] == "Zaporizhzhia"
