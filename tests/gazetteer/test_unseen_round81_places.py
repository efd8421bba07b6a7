"""Round 81 of unseen reporting, places: a translation's "in the" before a village of the oblast named."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer import find_places, load_gazetteer

Resolved = Callable[[str, date], dict[str, tuple[str, float, float]]]  # tests/gazetteer/conftest.py


def test_in_the_before_a_village_of_the_oblast_its_sentence_names_is_that_village(
    resolved_on: Resolved,
) -> None:
    text = "Marines hoisted the national flag in the Krynky on the left bank in the Kherson region."
    name, lat, lon = resolved_on(text, date(2023, 11, 20))["Krynky"]
    assert (name, round(lat, 1), round(lon, 1)) == ("Krynky", 46.7, 33.1)


def test_in_the_before_a_small_place_with_no_oblast_named_is_no_place(resolved_on: Resolved) -> None:
    assert "Krynky" not in resolved_on("The debate continued in the Krynky on Tuesday.", date(2023, 11, 20))


def test_a_village_in_the_neighbouring_oblast_lies_in_that_oblast(resolved_on: Resolved) -> None:
    text = (
        "Moscow said its troops took Stepove in the Zaporizhzhia region and Andriivka in neighbouring "
        "Dnipropetrovsk region."
    )
    name, lat, lon = resolved_on(text, date(2025, 8, 1))["Andriivka"]
    assert name == "Andriivka"
    assert 47.5 < lat < 48.9 and 33.5 < lon < 36.5  # inside Dnipropetrovsk Oblast


def test_a_village_with_its_oblast_after_it_and_no_comma_is_both(resolved_on: Resolved) -> None:
    found = resolved_on(
        "The fighters took the village of Gorkovsky Belgorod Oblast on Tuesday.", date(2024, 3, 13)
    )
    assert found["Gorkovsky"][0] == "Gorkovskiy"
    assert found["Belgorod Oblast"][0] == "Belgorod Oblast"
    assert "Gorkovsky Belgorod" not in found


def test_a_newspaper_named_after_a_city_is_still_no_place(resolved_on: Resolved) -> None:
    assert resolved_on("The Kyiv Post reported the news on Tuesday.", date(2024, 3, 13)) == {}


def test_a_community_named_by_a_noun_of_its_adjective_is_its_seat(resolved_on: Resolved) -> None:
    text = (
        "Russian artillery hit the Nikopol, Marhanets and Myrivka communities overnight, the governor said."
    )
    name, lat, lon = resolved_on(text, date(2024, 5, 1))["Myrivka"]
    assert name == "Myrove"  # the seat of the Myrivska community, by Nikopol
    assert (round(lat, 1), round(lon, 1)) == (47.8, 34.7)


def test_a_community_cut_short_in_a_list_put_in_an_oblast_is_that_oblasts_seat(resolved_on: Resolved) -> None:
    text = "Overnight, the Vasylkiv and Nikopol communities in the Dnipropetrovsk region were hit."
    name, lat, lon = resolved_on(text, date(2024, 5, 1))["Vasylkiv"]
    assert name == "Vasylkivka"  # the seat in Dnipropetrovsk Oblast, not the town of Vasylkiv by Kyiv
    assert 47.5 < lat < 48.9 and 33.5 < lon < 36.5


def test_communities_of_a_raion_called_by_its_towns_short_name_are_in_its_oblast(
    resolved_on: Resolved,
) -> None:
    text = "The Vasylkivska and Rozdorska communities of the Synelnyky region were shelled overnight."
    found = resolved_on(text, date(2024, 5, 1))
    assert found["Vasylkivska"][0] == "Vasylkivka"  # the seat in Dnipropetrovsk Oblast, not Kyiv's Vasylkiv
    assert 47.5 < found["Vasylkivska"][1] < 48.9


def test_a_far_town_one_letter_off_a_town_of_the_named_oblast_is_that_town(resolved_on: Resolved) -> None:
    text = "The governor of Belgorod Oblast said a drone hit the administration of the Gaivoron district."
    name, lat, lon = resolved_on(text, date(2024, 5, 1))["Gaivoron"]
    assert name == "Grayvoron"  # by the border, not Hayvoron of Kirovohrad Oblast, 600 km off
    assert (round(lat, 1), round(lon, 1)) == (50.5, 35.7)


def test_the_before_a_town_the_article_also_names_as_a_place_is_that_town() -> None:
    text = (
        "Street fighting went on in Toretsk all week. The command ordered the units still holding parts of "
        "the Toretsk to fall back."
    )
    found = [m for m in find_places(text, load_gazetteer()) if m.text == "Toretsk" and m.place is not None]
    assert [m.place.name for m in found] == ["Toretsk", "Toretsk"]  # "the Toretsk" too, not dropped
