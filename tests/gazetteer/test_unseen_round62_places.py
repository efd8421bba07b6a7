"""Round 62 of unseen reporting, places: names that share one noun ("Velyka and Mala Komyshuvakha"),
with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_the_first_of_two_villages_that_share_their_noun_is_its_own_village() -> None:
    text = "Russian artillery shelled Velyka and Mala Komyshuvakha in the Kharkiv region on Sunday."
    found = _places(text, date(2022, 5, 9))
    assert found["Velyka"] is not None and found["Velyka"].name == "Velyka Komyshuvakha"
    assert found["Mala Komyshuvakha"] is not None


def test_three_villages_that_share_their_noun_after_a_comma() -> None:
    text = "Shelling was reported in Verkhnia, Serednia and Nyzhnia Syrovatka of the Sumy region."
    found = _places(text, date(2024, 8, 20))
    assert found["Verkhnia"] is not None and found["Verkhnia"].name.endswith("Syrovatka")
    assert found["Verkhnia"].admin1 == "Sumy Oblast"


def test_a_word_before_and_with_no_shared_name_stays_as_it_was() -> None:
    text = "Fighting went on near Kupiansk and Velyka Shapkivka, and near Lyman and Torske."
    found = _places(text, date(2025, 3, 2))
    assert found["Kupiansk"] is not None and found["Kupiansk"].name in {"Kupiansk", "Kup'yans'k"}
    assert found["Lyman"] is not None and found["Lyman"].admin1 == "Donetsk Oblast"


def test_a_weapon_spelt_another_way_is_no_town_that_bore_its_name() -> None:
    text = "The Bryansk plant makes parts for Iskander missiles and Pantsyr air defence systems."
    found = _places(text, date(2024, 10, 19))
    assert "Pantsyr" not in found or found["Pantsyr"] is None  # not Krasnoarmeysk, once "Pantsir"


def test_an_air_base_in_russian_quotes_before_its_kind() -> None:
    text = "In addition to Olenya, the «Belaya» airfield in the Irkutsk region is also on fire."
    found = [m.place for m in find_places(text, published=date(2025, 6, 1)) if m.text.startswith("Belaya")]
    assert found and found[0] is not None and found[0].name == "Belaya air base"


def test_an_air_base_called_a_military_base() -> None:
    text = "Ukraine hit several Russian strategic sites, including the Belaya military base deep in Siberia."
    found = _places(text, date(2025, 7, 5))
    base = found["Belaya military base"]
    assert base is not None and base.name == "Belaya air base"


def test_a_russian_town_whose_namesake_bears_its_name_only_as_an_alternate() -> None:
    text = (
        "A statement by Ukraine’s general staff said the munitions depots were at Tikhoretsk in "
        "southern Russia "
        "and Oktyabrsky in the western region of Tver. An overnight Russian missile strike on the central "
        "Ukrainian city of Kryvyi Rih killed a boy."
    )
    found = _places(text, date(2024, 9, 21))
    assert found["Tikhoretsk"] is not None and found["Tikhoretsk"].admin1 == "Krasnodar Krai"


def test_a_river_named_beside_a_town_off_its_course_is_not_placed_by_a_far_city_on_it() -> None:
    text = (
        "Tokmak is a small town some 50km from the Dnieper River, which divides the Russian and "
        "Ukrainian-controlled areas of the Zaporozhye region.\n\n"
        "The town's mayor said that drones had struck a bakery and two apartment blocks overnight, that two "
        "people were wounded and that power was cut in three districts. Emergency crews worked through the "
        "morning to clear the rubble, and the town's schools moved to remote lessons for the rest of "
        "the week. "
        "Local officials said the attacks had grown more frequent since the spring.\n\n"
        "Kiev has repeatedly shelled the town, officials said, and the fighting in the Donbass goes on."
    )
    river = next(m.place for m in find_places(text, published=date(2024, 4, 13)) if m.text == "Dnieper River")
    assert river is not None and river.lat < 48.5  # the lower Dnipro by Zaporizhzhia Oblast, not by Kyiv


def test_a_capital_after_a_share_of_ground_is_its_oblast_when_the_article_names_it() -> None:
    text = (
        "In the neighbouring Kursk region, Ukrainian forces had held parts of the territory for months. "
        "However the troops have since retreated from most of Kursk. Drones hit Kursk overnight."
    )
    kursk = [m.place for m in find_places(text, published=date(2025, 4, 8)) if m.text == "Kursk"]
    assert [p.name for p in kursk] == ["Kursk Oblast", "Kursk"]  # the ground, then the city hit


def test_an_air_base_in_quotes_called_a_base_ends_at_base() -> None:
    text = 'Drones hit the «Belaya» military base near Irkutsk overnight. The "Belaya" base burned.'
    found = [m for m in find_places(text, published=date(2025, 6, 1)) if m.text.startswith("Belaya")]
    assert [m.text for m in found] == ["Belaya» military base", 'Belaya" base']
    assert all(m.place is not None and m.place.name == "Belaya air base" for m in found)
