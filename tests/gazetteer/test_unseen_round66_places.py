"""Round 66 of unseen reporting, places: western Ukraine struck, the bridges to Crimea, Sievierodonetsk in
2022, drones over Moscow, Izium in 2022, Vuhledar, Russia's refineries, Kharkiv Oblast's towns, Snake Island,
the end of the Kursk salient and the north in March 2022."""

from __future__ import annotations

from datetime import date

from gazetteer import find_places


def named(text: str, published: date | None = None) -> dict[str, str]:
    return {m.text: m.place.name for m in find_places(text, published=published) if m.place is not None}


def test_a_numbered_brigade_s_honorific_is_no_village() -> None:
    text = (
        "Today, the 93rd Mechanised Brigade Kholodnyi Yar, with the help of territorial defence forces, "
        "liberated Trostyanets."
    )
    assert named(text, date(2022, 3, 26)) == {"Trostyanets": "Trostyanets"}


def test_communities_named_by_their_adjective_alone_after_in() -> None:
    text = (
        "Russian missiles hit Pavlohrad in Dnipropetrovsk Oblast. Destruction was also reported in "
        "surrounding communities. In Verbkivska, nearly 40 residential buildings were damaged, while two "
        "were affected in Yurivska. In Mezhyritska, a school was damaged as well."
    )
    found = named(text, date(2023, 5, 1))
    assert found["Verbkivska"] == "Verbky"
    assert found["Mezhyritska"] == "Mezhyrich"
    assert "Yurivska" in found
    # no communities named before: an adjective after "in" is left alone
    assert "Verbkivska" not in named("In Verbkivska, nearly 40 residential buildings were damaged.")


def test_a_russian_adjective_opening_a_two_word_name_is_a_spelling_of_the_ukrainian_one() -> None:
    text = (
        "As many as eleven settlements have been liberated in five days, including large settlements of "
        "Loskutovka, Mirnaya Dolina, and Ustinovka, he added. Russian forces took Hirske and Zolote near "
        "Lysychansk."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2022, 6, 25)) if m.place is not None}
    dolyna = found["Mirnaya Dolina"]
    assert (dolyna.name, dolyna.admin1) == ("Myrna Dolyna", "Luhansk Oblast")


def test_a_community_named_after_the_sentence_that_names_its_district_is_by_that_district() -> None:
    text = (
        "Russian troops attacked Nikopol district in the evening and at night. Two people were injured in "
        "the Pokrovsk community as a result of the shelling."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2025, 7, 29)) if m.place is not None}
    # Pokrovska hromada by Nikopol (the nearer of its two seats of the name), not Donetsk Oblast's Pokrovsk
    assert (found["Pokrovsk"].name, found["Pokrovsk"].admin1) == ("Pokrovske", "Dnipropetrovsk Oblast")
