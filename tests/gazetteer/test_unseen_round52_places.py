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
