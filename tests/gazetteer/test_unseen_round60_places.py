"""Round 60 of unseen reporting, places: Russian spellings GeoNames gives a far namesake, and villages
placed beside an oblast, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_russian_spelling_is_the_namesake_beside_the_articles_front() -> None:
    text = (
        "Russian troops are advancing near Kurakhovo and Ukrainsk in the Donetsk People's Republic. "
        "Units of Battlegroup Yug liberated Georgiyevka, the ministry said."
    )
    found = _places(text, date(2024, 9, 19))["Georgiyevka"]
    assert found is not None and found.admin1 == "Donetsk Oblast"
    assert abs(found.lat - 47.97) < 0.1 and abs(found.lon - 37.44) < 0.1  # by Kurakhove, not in Luhansk


def test_the_spelling_geonames_gives_stays_when_nothing_else_is_named() -> None:
    found = _places("Shelling was reported in Georgiyevka.", date(2024, 9, 19))["Georgiyevka"]
    assert found is not None and found.admin1 != "Donetsk Oblast"


def test_a_village_next_to_an_oblast_is_not_put_in_that_oblast() -> None:
    text = (
        "The liberation of Kotlyarovka settlement in the Donetsk People's Republic paves the way to the "
        'Dnepropetrovsk Region. "Kotlyarovka is in fact neighbors on the Dnepropetrovsk Region," he said.'
    )
    found = [m.place for m in find_places(text, published=date(2025, 5, 12)) if m.text == "Kotlyarovka"]
    assert found and all(p is not None and p.admin1 == "Donetsk Oblast" for p in found)
