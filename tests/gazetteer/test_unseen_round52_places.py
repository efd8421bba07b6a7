"""Round 52 of unseen reporting, places: the war's landmarks of 2014 and 2022 and Russia's airfields by the
names reports give them, and a list of villages put in a list of oblasts, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import find_places


def _places(text: str, published: date = date(2024, 8, 14)) -> dict[str, str | None]:
    return {m.text: (m.place.name if m.place else None) for m in find_places(text, published=published)}


def test_villages_listed_before_several_regions_may_lie_in_any_of_them() -> None:
    # "in the Voronezh, Kursk and Nizhny Novgorod regions": three oblasts (one of two words) for the list
    text = (
        "The airfields of Khalino, Savasleyka, Borisoglebsk and Baltimor in the Voronezh, Kursk and Nizhny "
        "Novgorod regions of Russia were attacked."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2024, 8, 14))}
    assert found["Savasleyka"] is not None and found["Savasleyka"].admin1 == "Nizhny Novgorod Oblast"
    assert found["Khalino"].name == "Khalino air base"
    assert found["Baltimor"].name == "Baltimor air base"


def test_airfields_by_the_names_reports_give_them() -> None:
    text = "Ukrainian drones targeted the Marinovka military airbase in Volgograd Oblast."
    assert _places(text)["Marinovka military airbase"] == "Marinovka air base"
    assert _places("Drones hit Voronezh's Baltimore airfield overnight.")["Baltimore airfield"] == (
        "Baltimor air base"
    )


def test_the_landmarks_of_2014_and_2022() -> None:
    text = "Ukrainian servicemen took Savur-Mohyla hill after hard combat."
    assert _places(text, date(2014, 7, 28))["Savur-Mohyla"] == "Savur-Mohyla"
    text = "After Russia's bombardment, the wooden monastery of the Svyatogorsk Lavra is on fire."
    assert _places(text, date(2022, 6, 4))["Svyatogorsk Lavra"] == "Sviatohirsk Lavra"


def test_the_village_of_a_small_town_beside_the_city_the_report_names_is_that_town() -> None:
    # Kherson's suburb Antonivka (12,800 people, an urban-type settlement) is "the village of Antonivka" in
    # a report from Kherson, not the hamlet Antonivka 60 km south on the occupied bank
    text = (
        "Russian troops struck the village of Antonivka in Kherson Oblast with drones overnight, wounding a "
        "man.\n\nSource: the head of the Kherson Oblast Military Administration\n\n"
        'Quote: "The Russian army attacked Antonivka with drones at night. A man, 40, was wounded."\n\n'
        "Details: He also reported that a woman injured in a drone attack on the city of Kherson the day "
        "before died in hospital."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2025, 1, 16)) if m.place}
    assert found["Antonivka"].population > 10_000
    # (with no such place named, "the village of" keeps the village: see test_article.py's Mykolaivka)


def test_a_far_city_in_a_list_opened_by_communities_of_is_no_member_of_it() -> None:
    text = (
        "Russian forces shelled the Sumy region overnight. The communities of Khotin, Myropillia, Mykolaiv, "
        "Yunakivka, Bilopillia, Krasnopillia and Velyka Pysarivka were targeted."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2024, 10, 4))}
    assert found["Mykolaiv"] is None  # not the city of Mykolaiv 300 km off
    assert found["Yunakivka"].admin1 == "Sumy Oblast"


def test_a_chemical_maker_named_after_its_town_is_in_the_town() -> None:
    text = "Drones struck Nevinnomyssk Azot, one of Russia's largest chemical plants, in Stavropol Krai."
    assert _places(text, date(2025, 12, 4))["Nevinnomyssk"] == "Nevinnomyssk"
