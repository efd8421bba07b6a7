"""Places of round 50 of unseen reporting, with the real gazetteer: Kyiv's districts named by their
adjectives, in Ukrainian ("the Darnytskyi district") or Russian ("Darnitsky", "Solomensky"), and listed
after "districts of the city ... including", are the city's quarters."""

from __future__ import annotations

from datetime import date

from gazetteer import find_places


def test_the_darnytskyi_district_is_darnytsia() -> None:
    text = "Russian forces attacked Kyiv with drones, injuring eight people in the Darnytskyi district."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    # (Kyiv's district at its own point since round 52, not the quarter Darnytsya nor a village elsewhere)
    assert found["Darnytskyi"] == "Darnytskyi District"


def test_districts_listed_after_including_are_the_citys_quarters() -> None:
    text = (
        "Russia attacked Kyiv overnight. Locations in different districts of the city were hit, including "
        "Solomensky, Darnitsky and Obolonsky."
    )
    found = {m.text: (m.place.name, m.place.admin1) for m in find_places(text) if m.place}
    assert found["Solomensky"] == ("Solomyanka", "Kyiv City")
    assert found["Darnitsky"] == ("Darnytsya", "Kyiv City")
    assert found["Obolonsky"] == ("Obolon", "Kyiv City")


def test_adjectives_in_a_sentence_without_a_list_word_are_left_alone() -> None:
    text = "The Darnitsky bread factory in Kyiv reopened."
    assert "Darnitsky" not in {m.text for m in find_places(text) if m.place}


def test_a_pact_named_after_a_town_is_no_place() -> None:
    text = "Russia invaded after Ukraine failed to implement the terms of the Minsk agreements."
    assert "Minsk" not in {m.text for m in find_places(text) if m.place}


def test_a_summit_in_a_town_is_still_the_town() -> None:
    text = "Zelensky spoke at the Odesa summit on food security."
    assert "Odesa" in {m.place.name for m in find_places(text) if m.place}


def test_an_oblasts_capital_after_a_town_of_it_is_the_oblast() -> None:
    text = "A missile hit a hotel in the Russian-occupied city of Kadiivka in Luhansk."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found == {"Kadiivka": "Kadiyivka", "Luhansk": "Luhansk Oblast"}


def test_the_capital_after_its_own_quarter_stays_the_city() -> None:
    text = "Shelling hit the Kyivskyi district in Donetsk."
    assert "Donetsk Oblast" not in {m.place.name for m in find_places(text) if m.place}


def test_rostovs_kamensky_district_is_round_kamensk_shakhtinsky() -> None:
    text = "Drones hit a fuel warehouse in the Kamensky district of the Rostov region."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found["Kamensky"] == "Kamensk-Shakhtinsky"


def test_a_village_by_the_days_front_beats_a_far_city_where_ground_is_fought_over() -> None:
    text = (
        "Russian troops did not capture Kamianske, but only destroyed Ukrainian positions within the town, "
        "25 km from Zaporizhzhia, the spokesman said."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2025, 8, 3)) if m.place}
    assert found["Kamianske"].kind == "village"


def test_the_city_of_the_name_stays_where_no_ground_is_fought_over() -> None:
    text = "Russian missiles hit the city of Kamianske overnight."
    found = {m.text: m.place for m in find_places(text, published=date(2025, 8, 3)) if m.place}
    assert found["Kamianske"].kind == "city"


def test_a_misprint_of_a_name_the_article_resolved_is_that_place() -> None:
    text = (
        "Ukrainian forces keep positions in Kamianske, 25 km from Zaporizhzhia. "
        "There is an enemy in Kamanske, the spokesman said."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2025, 8, 3)) if m.place}
    assert found["Kamanske"] == found["Kamianske"]


def test_capitals_listed_after_oblasts_including_are_the_oblasts() -> None:
    text = "Oblasts in western Ukraine, including Ternopil and Lviv, were hit in the attack."
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found == {"Ukraine": "Ukraine", "Ternopil": "Ternopil Oblast", "Lviv": "Lviv Oblast"}


def test_a_western_ukrainian_towns_district_is_the_town() -> None:
    text = "Hits were recorded in the Drohobych district of the Lviv region."
    assert "Drohobych Raion" in {
        m.place.name for m in find_places(text) if m.place
    }  # (a raion since round 76)


def test_the_ship_named_again_after_a_capital_the_is_the_ship() -> None:
    text = (
        "Ukrainian soldiers rebuffed a demand by the Russian warship Moskva to surrender. The Moskva, sank "
        "in the Black Sea in mid-April."
    )
    assert "Moscow" not in {m.place.name for m in find_places(text) if m.place}


def test_a_name_the_text_says_several_villages_bear_is_left_unresolved() -> None:
    text = (
        "Russian forces have captured the villages of Makarivka and Leninskoye in Ukraine's eastern Donetsk "
        "region. There are several settlements in the region called Leninskoye, but the ministry did not "
        "specify which one was captured."
    )
    found = {m.text: m.place for m in find_places(text)}
    assert found["Leninskoye"] is None
    assert found["Makarivka"] is not None
