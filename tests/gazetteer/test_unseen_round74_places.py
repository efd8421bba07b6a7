"""Round 74 of unseen reporting, places."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def places(text: str, published: date) -> dict[str, Place | None]:
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_towns_hospital_names_the_town() -> None:
    # "the X hospital", "the X administration": a town used as an adjective, like "the X direction"
    text = "Russian drones hit the Kupyansk hospital and the Izium administration building on Monday."
    found = places(text, date(2025, 6, 3))
    assert found["Kupyansk"] is not None and found["Kupyansk"].name == "Kupiansk"
    assert found["Izium"] is not None and found["Izium"].admin1 == "Kharkiv Oblast"


def test_a_surname_before_hospital_is_no_hamlet() -> None:
    # a hamlet of the postal file (no population counted) does not become "the X hospital"
    # (Kyiv's Pavlov psychiatric hospital; "Pavlov" is Pavliv, a village of the postal file, in Russian
    # spelling: "near Pavlov" names it)
    text = "Patients of the Pavlov hospital in Kyiv were moved to shelters, the city administration said."
    found = places(text, date(2025, 6, 3))
    assert found.get("Pavlov") is None


def test_a_village_taken_by_the_days_front_beats_a_far_town_of_its_name() -> None:
    # June 2023: Piatykhatky of Zaporizhzhia Oblast, by the southern front the sentence before names, not
    # the town of 18,000 in Dnipropetrovsk Oblast, 100 km behind the line
    text = (
        "An occupation official admitted that Ukraine had recaptured a village in the southern Zaporizhzhia "
        "region. He said Ukrainian forces had taken the settlement of Piatykhatky and were digging in there."
    )
    village = places(text, date(2023, 6, 18))["Piatykhatky"]
    assert village is not None and village.admin1 == "Zaporizhzhia Oblast"


def test_an_old_name_of_a_town_by_the_front_is_still_the_town() -> None:
    # "Krasnoarmeysk" is Pokrovsk (renamed 2016), though a town of Saratov Oblast bears the name
    text = "Russian troops are eliminating encircled Ukrainian forces near Krasnoarmeysk, the ministry said."
    town = places(text, date(2022, 12, 30))["Krasnoarmeysk"]
    assert town is not None and town.name == "Pokrovsk"


def test_communities_of_then_their_adjectives_are_their_seats() -> None:
    text = (
        "In the communities of Marhanetska, Myrivska, and Tomakivska, left without water after the night's "
        "shelling, repairs are under way, the regional head said."
    )
    found = places(text, date(2024, 3, 10))
    assert {p.name for p in found.values() if p is not None} >= {"Marhanets", "Myrove", "Tomakivka"}


def test_a_river_is_placed_by_the_district_its_sentence_names_by_adjective() -> None:
    # the Seym's stretch in the Glushkovsky district, not its source by Kursk the oblast's name points to
    text = (
        "Moscow said Ukraine had destroyed a bridge across the Seim River in the Glushkovsky district with "
        "HIMARS rockets, their first use in the Kursk region. Officials in Kursk said the city was calm."
    )
    river = places(text, date(2024, 8, 17))["Seim River"]
    assert river is not None and river.lon < 35.0


def test_strikes_across_the_country_make_no_article_about_river_banks() -> None:
    # "across the country" crosses no water: Dnipro beside Uman is the city, not the river
    text = (
        "An apartment building in Uman was hit after a series of airstrikes across the country on Friday. "
        "Ukraine shot down 21 of 23 missiles, with the remaining two hitting Uman and Dnipro."
    )
    dnipro = places(text, date(2023, 4, 28))["Dnipro"]
    assert dnipro is not None and dnipro.kind == "city"


def test_community_stems_in_a_list_of_communities_are_their_seats() -> None:
    text = (
        "Over the past day, the Khotyn, Myropil, Bilopil, Krasnopil and Esmanska communities of Sumy Oblast "
        "were shelled, the regional administration said."
    )
    found = places(text, date(2024, 6, 1))
    assert found["Bilopil"] is not None and found["Bilopil"].name == "Bilopillia"
    assert found["Krasnopil"] is not None and found["Krasnopil"].name == "Krasnopillia"


def test_a_towns_district_of_the_oblast_capital_is_the_towns_raion() -> None:
    # "the Izmail district of Odesa" (the oblast, named by its capital): Izmail's raion, no quarter of Odesa
    text = "On the night of February 9-10, Russia attacked the Izmail district of Odesa with drones."
    found = places(text, date(2024, 2, 10))
    assert (
        found["Izmail district"] is not None and found["Izmail district"].name == "Izmail Raion"
    )  # (a raion since round 76)


def test_community_stems_among_two_word_names_in_a_list_of_hromadas() -> None:
    text = "The Velyka Pysarivka, Esman, Krasnopil, Seredyna Buda and Yunakivka hromadas were shelled."
    krasnopil = places(text, date(2024, 6, 1))["Krasnopil"]
    assert krasnopil is not None and krasnopil.name == "Krasnopillia"


def test_a_town_listed_with_its_oblasts_towns_beats_a_hamlet_across_the_line() -> None:
    # Yavoriv the town of 12,800 by Lviv, not the postal hamlet of Ivano-Frankivsk Oblast 17 km from Morshyn
    text = "Residents of Lviv, Stryi, Morshyn and Yavoriv were warned of a missile threat overnight."
    yavoriv = places(text, date(2024, 8, 26))["Yavoriv"]
    assert yavoriv is not None and yavoriv.kind == "town" and yavoriv.admin1 == "Lviv Oblast"


def test_a_town_before_its_border_crossings_name_is_the_town() -> None:
    text = "In the Kursk region, Russian paratroopers reached the Sudzha International Border Crossing Point."
    sudzha = places(text, date(2025, 3, 10)).get("Sudzha")
    assert sudzha is not None and sudzha.admin1 == "Kursk Oblast"
