"""Round 63 of unseen reporting, places: a city's districts listed after the word "districts", with the
real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_districts_listed_after_the_word_are_the_citys() -> None:
    text = (
        "Russian drones attacked Zaporizhzhia overnight. The attacks hit two districts of the city - "
        "Komunarskyi and Shevchenkivskyi."
    )
    found = _places(text, date(2025, 9, 16))
    for name in ("Komunarskyi", "Shevchenkivskyi"):
        place = found[name]
        assert place is not None and place.name == f"{name} District"
        assert place.admin1 == "Zaporizhzhia Oblast"


def test_districts_listed_after_a_colon_are_the_citys() -> None:
    text = (
        "Russian drones attacked Kharkiv overnight, hitting three districts: Kyivskyi, Saltivskyi and "
        "Slobidskyi."
    )
    found = _places(text, date(2025, 6, 7))
    assert {found[n].name for n in ("Kyivskyi", "Saltivskyi", "Slobidskyi") if found[n]} == {
        "Kyivskyi District",
        "Saltivskyi District",
        "Slobidskyi District",
    }


def test_villages_in_the_border_region_of_an_oblast_are_that_oblasts() -> None:
    text = (
        "The attacks reportedly targeted areas near the villages of Gornal, Guyevo, and Oleshnya in the "
        "border region of Kursk."
    )
    found = _places(text, date(2025, 4, 6))
    assert found["Oleshnya"] is not None and found["Oleshnya"].admin1 == "Kursk Oblast"


def test_a_hydroelectric_station_by_its_russian_adjective() -> None:
    found = _places("A drone hit the Kremenchugskaya HPP overnight.", date(2025, 11, 8))
    place = found["Kremenchugskaya HPP"]
    assert place is not None and place.name == "Kremenchuk Hydroelectric Station"
