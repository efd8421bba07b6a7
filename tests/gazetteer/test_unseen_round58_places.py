"""Round 58 of unseen reporting, places: a company named after a far-off town, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_firm_named_after_its_owners_possessive_is_no_town_in_any_mention() -> None:
    text = (
        "Prigozhin said in an audio message published by his Concord firm that Wagner took Soledar. A photo "
        "posted by Concord's Telegram channel showed him in a salt mine in Soledar."
    )
    found = [m.text for m in find_places(text, published=date(2023, 1, 11)) if m.place is not None]
    assert "Concord" not in found
    assert "Soledar" in found


def test_a_town_before_the_word_company_with_no_owner_stays_a_town() -> None:
    text = "A Kharkiv company was hit by a missile on Monday, the mayor said."
    found = _places(text, date(2024, 5, 20))
    assert found["Kharkiv"] is not None


def test_two_names_before_the_word_rivers_are_rivers_or_none() -> None:
    text = (
        "Russian units have advanced approximately 3.5 kilometers between the small Lozovatka and Dubovka "
        "rivers on a narrow front. Ukrainian forces earlier crossed the Oskil and Siverskyi Donets rivers."
    )
    found = _places(text, date(2026, 2, 3))
    assert found.get("Lozovatka") is None  # no river of the name in the data: not the village Lozuvatka
    assert found.get("Dubovka") is None
    assert found["Oskil"].kind == "river"
    assert found["Siverskyi Donets rivers"].name == "Siverskyi Donets"


def test_the_western_border_of_a_city_name_is_its_oblasts() -> None:
    text = "Units crossed the western border of Donetsk into the adjacent Dnipropetrovsk region."
    found = _places(text, date(2025, 6, 8))
    assert found["Donetsk"].name == "Donetsk Oblast"


def test_the_edge_of_a_city_is_the_citys() -> None:
    text = "A savage struggle unfolded this spring on the edge of Kharkiv, Ukraine."
    found = _places(text, date(2024, 8, 1))
    assert found["Kharkiv"].kind == "city"


def test_a_city_put_in_a_ukrainian_oblast_where_its_name_is_one_letter_off_is_that_oblasts() -> None:
    # Novomoskovsk was renamed Samar in 2024; English reports often write it "Samara"
    text = "On June 27, Russia launched a missile strike on the city of Samara in Dnipropetrovsk Oblast."
    found = _places(text, date(2025, 6, 28))
    assert found["Samara"].name == "Samar"


def test_a_city_put_in_its_own_russian_oblast_stays_there() -> None:
    text = "Drones struck an oil refinery in Samara, in the Samara region, overnight."
    found = _places(text, date(2025, 6, 28))
    assert found["Samara"].admin1 == "Samara Oblast"
