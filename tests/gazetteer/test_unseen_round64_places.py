"""Round 64 of unseen reporting, places: towns joined by a hyphen before a railway's noun, a village's
namesake by the front for a capture, the wire's "eastern Donetsk region" and a spelling variant after
"territory of", with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_two_cities_joined_before_railroad_are_both_places() -> None:
    text = (
        "Russian forces shelled Kharkiv again. Saboteurs blew up the St. Petersburg-Pskov railroad on the "
        "night of September 14."
    )
    found = _places(text, date(2025, 9, 14))
    assert found["Pskov"] is not None and found["Pskov"].admin1 == "Pskov Oblast"
    assert found["St. Petersburg"] is not None


def test_a_village_taken_in_2025_is_its_namesake_by_the_front() -> None:
    text = (
        "Russia's defence ministry said on Wednesday it had taken control of the settlement of Chervona Zirka "
        "in the eastern Donetsk region."
    )
    place = _places(text, date(2025, 6, 25))["Chervona Zirka"]
    assert place is not None and place.admin1 == "Donetsk Oblast"
    assert place.lon < 37.5  # by the front west of Donetsk, not the namesake held by Moscow since 2014


def test_the_western_part_of_an_oblast_still_picks_the_western_namesake() -> None:
    text = (
        "The village of Chervona Zirka in the western part of the Donetsk region has been liberated, the "
        "ministry said."
    )
    place = _places(text, date(2025, 6, 25))["Chervona Zirka"]
    assert place is not None and place.lon < 37.5


def test_a_spelling_variant_after_territory_of_is_the_village() -> None:
    text = (
        "Russian troops crossed the Siverskyi Donets near Bilohorivka. \"Our troops are clearing the "
        "territory of Belohorivka,\" the governor of the Luhansk region said."
    )
    place = _places(text, date(2022, 5, 9))["Belohorivka"]
    assert place is not None and place.name == "Bilohorivka" and place.admin1 == "Luhansk Oblast"


def test_the_river_through_huliaipole_is_on_its_course_by_the_town() -> None:
    text = "Russian troops have crossed the Gaichur River in force near Huliaipole, Putin said."
    river = _places(text, date(2025, 12, 29))["Gaichur River"]
    assert river is not None and river.kind == "river" and river.name == "Haichur"
    assert abs(river.lat - 47.67) < 0.1 and abs(river.lon - 36.26) < 0.1


def test_the_estuary_off_ochakiv_is_a_place_under_each_spelling() -> None:
    text = (
        "Russian forces fire artillery at the Dnipro-Buh Estuary from the Kinburn Spit; boats entering the "
        "Dnieper-Bug Estuary are shelled."
    )
    found = _places(text, date(2023, 4, 6))
    assert found["Dnipro-Buh Estuary"] is not None and found["Dnipro-Buh Estuary"].name == "Dnipro-Buh Estuary"
    assert found["Dnieper-Bug Estuary"] is not None and found["Dnieper-Bug Estuary"].name == "Dnipro-Buh Estuary"
