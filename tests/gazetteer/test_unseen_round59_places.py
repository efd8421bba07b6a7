"""Round 59 of unseen reporting, places: fronts named after a region in a list, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_group_of_forces_named_in_a_list_of_fronts_is_no_village() -> None:
    text = "Seven settlements have been liberated on the Donetsk and Tavriia fronts over the past week."
    assert _places(text, date(2023, 6, 12)).get("Tavriia") is None


def test_the_village_of_tavriia_named_as_a_village_stays_a_place() -> None:
    text = "A Russian drone hit a house in the village of Tavriia in Zaporizhzhia Oblast."
    found = _places(text, date(2024, 6, 12))
    assert found["Tavriia"] is not None and found["Tavriia"].admin1 == "Zaporizhzhia Oblast"


def test_a_community_by_its_adjective_is_the_one_of_the_oblast_named_before() -> None:
    text = (
        "Russian troops attacked the border areas of Chernihiv region with mortars.\n\n"
        "- In Semenivska community, there were 7 explosions in the direction of Medvedivka.\n"
        "Over the past day, the enemy did not advance in the Kharkiv region and near Avdiivka."
    )
    found = _places(text, date(2024, 5, 23))
    assert found["Semenivska"].admin1 == "Chernihiv Oblast"
    assert found["Medvedivka"] is not None and found["Medvedivka"].admin1 == "Chernihiv Oblast"
