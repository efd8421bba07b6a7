"""Places of round 33 of unseen reporting, with the real gazetteer: a list closed by its own "and"
before the next group's oblast, an oblast's bare name closing a sentence as a qualifier, a settlement
"in the Lugansk People's Republic", and the quarters and districts of a city named apart from it."""

from __future__ import annotations

from collections.abc import Callable

from gazetteer import haversine_km
from gazetteer.capitals import as_government

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py
Placed = Callable[[str, str], tuple[float, float] | None]


def test_a_list_closed_by_its_own_and_keeps_its_oblast(resolved: Resolved) -> None:
    text = (
        "Russia claimed settlements in the Kharkiv region, among them Lyptsi and Hlyboke, and Robotyne "
        "in the Zaporizhzhia region."
    )
    found = resolved(text)
    assert found["Hlyboke"] == ("Hlyboke", "Kharkiv Oblast")
    assert found["Robotyne"] == ("Robotyne", "Zaporizhzhia Oblast")


def test_an_oxford_comma_list_still_takes_the_oblast_after_it(resolved: Resolved) -> None:
    text = "Russia claimed Lyptsi, Hlyboke, and Robotyne in the Zaporizhzhia region."
    assert "Hlyboke" not in resolved(text) or resolved(text)["Hlyboke"][1] == "Zaporizhzhia Oblast"


def test_an_oblasts_bare_name_closing_the_sentence_qualifies_every_mention(resolved: Resolved) -> None:
    # the city of Kamianske on the Dnipro is 130 km away; the headline's mention is the village too
    text = (
        "Fighting goes on for Kamianske\n\n"
        "Ukrainian units had to pull back from ruined positions in Kamianske, Zaporizhzhia."
    )
    assert resolved(text)["Kamianske"] == ("Kamianske", "Zaporizhzhia Oblast")


def test_a_capitals_quarter_is_not_named_in_a_text_about_another_city(resolved: Resolved) -> None:
    # (the data's one Dniprovskyi district is Kyiv's; Kherson's own comes from the table of city districts)
    found = resolved("In Kherson, the Dniprovskyi district came under artillery fire.")
    assert found["Dniprovskyi district"] == ("Dniprovskyi District", "Kherson Oblast")
    assert found["Kherson"][1] == "Kherson Oblast"
    # ... but is Kyiv's where the text names Kyiv
    kyiv = resolved("In Kyiv, debris fell in the Dniprovskyi district.")
    assert kyiv["Dniprovskyi district"][1] == "Kyiv City"


def test_a_settlement_in_an_occupied_republic_is_that_oblasts(resolved: Resolved) -> None:
    # the city of Makiivka is in Donetsk oblast; the village of the Luhansk line is meant
    text = (
        "Makeevka set free\n\n"
        "Russia announced the liberation of Makeevka, a settlement in the Lugansk People's Republic."
    )
    assert resolved(text)["Makeevka"][1] == "Luhansk Oblast"


def test_a_district_read_by_its_adjective_is_the_big_citys_when_the_seat_would_be_a_hamlet(
    resolved: Resolved,
) -> None:
    text = (
        "A Russian drone struck Kharkiv overnight. Two people were injured in the Slobidskyi district, "
        "the mayor said."
    )
    assert resolved(text)["Slobidskyi"] == ("Slobidskyi District", "Kharkiv Oblast")  # Kharkiv's


def test_a_place_added_with_as_well_as_takes_its_own_oblast_not_the_lists(resolved: Resolved) -> None:
    text = (
        "Russian forces took two villages in the eastern Donetsk region—Stupochky and Predtechyne—as well "
        "as Loknya, a village in the Sumy region."
    )
    found = resolved(text)
    assert found["Stupochky"] == ("Stupochky", "Donetsk Oblast")
    assert found["Loknya"] == ("Loknia", "Sumy Oblast")


def test_a_refinery_named_by_its_towns_adjective_is_that_towns(resolved: Resolved) -> None:
    found = resolved("Drones attacked the Novoshakhtinsky oil refinery in the Rostov region overnight.")
    assert found["Novoshakhtinsky"] == ("Novoshakhtinsk", "Rostov Oblast")


def test_the_places_of_a_road_named_by_its_ends_are_places(resolved: Resolved) -> None:
    found = resolved("Russian infantry tried to advance along the Bakhmut-Chasiv Yar road.")
    assert found["Bakhmut"] == ("Bakhmut", "Donetsk Oblast")
    assert found["Chasiv Yar"] == ("Chasiv Yar", "Donetsk Oblast")
    chain = resolved("Attempts to enter by the O0506 road [Chasiv Yar-Khromove-Bakhmut] failed.")
    assert {"Chasiv Yar", "Khromove", "Bakhmut"} <= set(chain)


def test_two_one_word_halves_with_no_joining_noun_stay_one_name(resolved: Resolved) -> None:
    # "Gora-Podil" is Gora-Podol of Belgorod oblast, not a Gora and a Podil of Kyiv oblast
    found = resolved("Russian shells hit the village of Gora-Podil in the Belgorod region.")
    assert "Gora" not in found and "Podil" not in found


def test_a_list_of_cities_holds_towns_not_a_village_once_named_so(
    resolved: Resolved, placed: Placed
) -> None:
    text = (
        "Hits were recorded in 15 settlements: the cities of Druzhkivka, Kostiantynivka, Lyman, Pokrovsk, "
        "Rodynske, and the village of Dovha Balka."
    )
    found = resolved(text)
    assert found["Lyman"] == ("Lyman", "Donetsk Oblast")
    assert found["Rodynske"] == ("Rodynske", "Donetsk Oblast")
    # the town of Lyman by the Siverskyi Donets, not a hamlet of the name by Pokrovsk
    lat, lon = placed(text, "Lyman")
    assert haversine_km(lon, lat, 37.80, 48.99) < 5


def test_a_big_town_of_the_front_is_kept_far_from_the_articles_places(resolved: Resolved) -> None:
    text = (
        "Russian troops are advancing in Vovchansk, Kharkiv region, the spokesman said. Earlier, the General "
        "Staff refuted Russian claims about the capture of Kupyansk, Pokrovsk, and Vovchansk."
    )
    assert resolved(text)["Pokrovsk"] == ("Pokrovsk", "Donetsk Oblast")


def test_a_capital_that_attempts_is_its_government_no_list_mate() -> None:
    text = "By attacking nearby settlements such as Ivanivske, Moscow is attempting to encircle the town."
    assert as_government("Moscow", text, text.index("Moscow") + len("Moscow"))


def test_a_community_adjective_in_iv_may_be_a_town_in_ova(resolved: Resolved) -> None:
    # Borova's hromada is the Borivska: the o of the town is an i before the adjective's ending
    text = "The Russian army attacked the Borivska community of Izium district in Kharkiv region."
    assert resolved(text)["Borivska"] == ("Borova", "Kharkiv Oblast")


def test_a_village_of_the_front_is_no_misspelt_quarter_of_kyiv(resolved: Resolved) -> None:
    text = (
        "Kyiv has not commented. Russia's ministry said its units had secured control over Otradne, "
        "further west along the front."
    )
    assert resolved(text).get("Otradne", ("", ""))[1] != "Kyiv City"


def test_ukraines_tavria_group_of_forces_is_no_village(resolved: Resolved) -> None:
    text = "The spokesman of the Tavria defense forces said there were no airstrikes on the Tavriia front."
    assert "Tavria" not in resolved(text) and "Tavriia" not in resolved(text)


def test_a_village_near_the_border_with_an_oblast_lies_just_outside_it(
    resolved: Resolved, placed: Placed
) -> None:
    text = (
        "Russia said it had captured a new village in Ukraine's Dnipropetrovsk region. Its troops had seized "
        "the village of Novomykolaivka near the border with the Donetsk region."
    )
    assert resolved(text)["Novomykolaivka"] == ("Novomykolaivka", "Dnipropetrovsk Oblast")
    lat, lon = placed(text, "Novomykolaivka")
    assert haversine_km(lon, lat, 36.49, 47.85) < 10  # by the oblast line, not by Dnipro
