"""Places of round 42 of unseen reporting, with the real gazetteer: two oblasts joined by a hyphen before
"Oblast border", a ship named between commas, and a village in its Russian spelling by the town the
passage names."""

from __future__ import annotations

from collections.abc import Callable

Placed = Callable[[str, str], tuple[float, float] | None]  # the fixtures of tests/gazetteer/conftest.py
KmFrom = Callable[[tuple[float, float] | None, float, float], float]  # tests/gazetteer/conftest.py
Resolved = Callable[[str], dict[str, tuple[str, str]]]


def test_two_oblasts_joined_by_a_hyphen_are_both_oblasts(resolved: Resolved) -> None:
    text = "Ukrainian troops pressed on along the Donetsk-Zaporizhzhia Oblast border on Thursday."
    found = resolved(text)
    assert found["Donetsk"] == ("Donetsk Oblast", "")  # not the city, 100 km from that border
    assert found["Zaporizhzhia Oblast"] == ("Zaporizhzhia Oblast", "")


def test_a_ship_named_between_commas_is_no_town(resolved: Resolved) -> None:
    text = "Ukraine said it had sunk a large landing ship, Novocherkassk, in the port of Feodosia."
    found = resolved(text)
    assert "Novocherkassk" not in found
    assert found["Feodosia"][1] == "Crimea"


def test_a_village_in_its_russian_spelling_is_the_one_by_the_town_named_around_it(
    placed: Placed, km_from: KmFrom
) -> None:
    text = (
        "The situation near Seversk has changed. Russian units were able to take the village of "
        "Novoselovka, and fighting goes on at the town's hospital."
    )
    # the Novoselivka 5 km east of Siversk, not the bigger one 37 km north-west
    assert km_from(placed(text, "Novoselovka"), 48.853, 38.161) < 5


def test_a_russian_spelling_is_as_much_the_ukrainian_village_as_a_row_spelt_so(
    placed: Placed, km_from: KmFrom
) -> None:
    text = "Russia's Defence Ministry said its forces had taken Malinovka in the Zaporozhye region."
    # Malynivka (873 people) by Huliaipole, not the "Malynovka" row of GeoNames 60 km south-west
    assert km_from(placed(text, "Malinovka"), 47.68, 36.48) < 5


def test_a_russian_town_that_bears_the_name_as_written_keeps_it(resolved: Resolved) -> None:
    text = "Drones struck an oil depot in Podolsk, south of Moscow, the governor of the Moscow region said."
    assert resolved(text)["Podolsk"][0] == "Podolsk"  # not Podilsk in Odesa Oblast


def test_a_city_s_name_before_border_is_its_oblast_s(resolved: Resolved) -> None:
    text = "Russian forces reportedly reached the area near the Donetsk border in early July."
    assert resolved(text)["Donetsk"] == ("Donetsk Oblast", "")
