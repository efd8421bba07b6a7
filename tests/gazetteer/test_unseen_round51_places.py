"""Places of round 51 of unseen reporting, with the real gazetteer: the Southern Buh named bare, as a
Mykolaiv report names it ("the Bug River", "the Buh"); a headline that says where a body's villages are;
a cluster of guessed villages in one list that one far namesake does not outweigh."""

from __future__ import annotations

from datetime import date

from gazetteer import find_places


def test_the_bug_river_of_a_mykolaiv_report_is_the_southern_buh() -> None:
    text = (
        "Mykolaiv will hold. There is the Bug River, which they need to force their way across in order to "
        "advance."
    )
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found["Bug River"] == "Southern Buh"


def test_the_buh_as_ukraines_second_river_is_the_southern_buh() -> None:
    text = "The bridge spans Ukraine's second largest river, the Buh, south of Voznesensk."
    found = {m.text: (m.place.name, m.place.kind) for m in find_places(text) if m.place}
    assert found["Buh"] == ("Southern Buh", "river")


def test_a_bug_in_the_software_is_no_river() -> None:
    text = "A bug in the air-raid app delayed alerts in Mykolaiv."
    assert [m.place.name for m in find_places(text) if m.place] == ["Mykolaiv"]


def test_a_headline_settles_a_village_the_body_leaves_unresolved() -> None:
    # (one village: with Solodke beside it, the pair by the day's front settles both since round 75)
    text = "Fierce battles go on in Uspenivka, Voloshyn told reporters in Odesa."
    headline = "Russians try to fortify positions on the Huliaipole front"
    alone = {m.text: m.place for m in find_places(text, published=date(2025, 11, 10))}
    headed = {
        m.text: m.place.admin1
        for m in find_places(text, published=date(2025, 11, 10), headline=headline)
        if m.place
    }
    assert alone["Uspenivka"] is None
    assert headed == {"Uspenivka": "Zaporizhzhia Oblast", "Odesa": "Odesa Oblast"}


def test_a_headlines_own_names_are_not_mentions_of_the_text() -> None:
    text = "Fierce battles go on in Uspenivka, Voloshyn said."
    headline = "Fighting on the Huliaipole front"
    mentions = find_places(text, published=date(2025, 11, 10), headline=headline)
    assert [(m.text, text[m.start : m.end]) for m in mentions] == [("Uspenivka", "Uspenivka")]


def test_a_headline_does_not_move_what_the_body_places_by_itself() -> None:
    text = (
        "Russia announced on Tuesday that its forces have taken control of Niu-York, a logistics hub in "
        "eastern Ukraine."
    )
    headline = "Russia claims strategic victory in Niu-York as Ukraine advances in Kursk"
    found = {
        m.text: m.place.admin1
        for m in find_places(text, published=date(2024, 8, 21), headline=headline)
        if m.place
    }
    assert found["Niu-York"] == "Donetsk Oblast"


def test_guessed_villages_of_one_list_outweigh_one_far_namesake() -> None:
    text = (
        "The Russians have not occupied Uspenivka. They are trying to bring consolidation groups into these "
        "settlements (Uspenivka, Stepova Novoselivka, Zlahoda, Solodke, and Okhotnyche), the spokesman said."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2025, 11, 10))}
    assert found["Uspenivka"].admin1 == "Zaporizhzhia Oblast"
    assert found["Solodke"].admin1 == "Zaporizhzhia Oblast"
    assert found["Okhotnyche"].admin1 == "Zaporizhzhia Oblast"


def test_a_name_settled_by_its_other_mention_is_as_sure_as_that_mention() -> None:
    text = (
        "The Russians have not occupied Uspenivka. They are trying to bring consolidation groups into these "
        "settlements (Uspenivka, Stepova Novoselivka, Zlahoda, Solodke, and Okhotnyche), the spokesman said."
    )
    scores = [m.score for m in find_places(text, published=date(2025, 11, 10)) if m.text == "Uspenivka"]
    assert len(scores) == 2
    assert scores[0] == scores[1] > 0


def test_a_republic_of_the_north_caucasus_is_the_region() -> None:
    text = "Ukrainian drones targeted the North Caucasus republic of Dagestan early on Wednesday."
    found = {m.text: (m.place.name, m.place.kind) for m in find_places(text) if m.place}
    assert found == {"republic of Dagestan": ("Republic of Dagestan", "region")}


def test_the_republic_of_a_name_shared_with_a_village_is_the_republic() -> None:
    text = "Fighters from the North Caucasus republic of Chechnya were sent to the front."
    found = {m.text: (m.place.name, m.place.kind) for m in find_places(text) if m.place}
    assert found == {"Chechnya": ("Chechen Republic", "region")}


def test_crimea_beside_villages_is_the_division_not_the_curated_peninsula() -> None:
    # the two share a name and an outline; the curated one would keep any village within 60 km of its
    # point ("Olenivka" in the middle of the peninsula, not the one by Mayak on the Tarkhankut)
    text = "Ukrainian special forces landed near Olenivka and Mayak in Crimea."
    found = {m.text: m.place for m in find_places(text) if m.place}
    assert found["Crimea"].id == "admin1:UA-43"
    assert found["Olenivka"].lon < 33.0


def test_a_town_the_text_calls_ukraines_is_kept_however_far_the_story() -> None:
    text = (
        "Russian forces seized the Zaporizhzhia nuclear plant in Enerhodar. The episode evoked memories of "
        "the worst nuclear disaster, at Ukraine's Chernobyl."
    )
    found = {m.text: m.place for m in find_places(text)}
    assert found["Chernobyl"] is not None and found["Chernobyl"].admin1 == "Kyiv Oblast"


def test_a_place_of_the_other_country_after_a_possessive_is_not_moved() -> None:
    text = "Russia struck Kharkiv overnight. Ukraine's Kursk incursion went on near Sudzha."
    found = {m.text: m.place.country for m in find_places(text) if m.place}
    assert found["Kursk"] == "RU"


def test_many_villages_is_a_quantity_not_a_village_called_mani() -> None:
    text = "Many villages in the occupied Bucha district are at the verge of humanitarian catastrophe."
    assert "Many" not in {m.text for m in find_places(text)}


def test_a_quarter_read_by_its_adjective_is_no_second_big_city() -> None:
    # Saltivka (the Saltivskyi district) is Kharkiv's: Kharkiv stays the one big city "the
    # Shevchenkivskyi district" belongs to, not a Shevchenko of Poltava Oblast
    text = (
        "In Kharkiv, a Russian attack drone hit a tower crane. A drone strike was also recorded in the "
        "Saltivskyi district.\n\nSyniehubov also reported a strike in the Saltivskyi district.\n\n"
        "According to updated information, the enemy launched a drone strike on the Shevchenkivskyi district."
    )
    found = {m.text: m.place for m in find_places(text) if m.place}
    assert found["Shevchenkivskyi district"].name == "Shevchenkivskyi District"  # Kharkiv's


def test_a_headline_settles_the_one_place_a_body_names() -> None:
    text = (
        "Ukrainian forces fully control Fedorivka, the spokesman said. Russian infiltration groups entered "
        "Fedorivka but were destroyed."
    )
    headline = "Ukrainian forces fully control Fedorivka in Siversk sector"
    alone = {m.place.admin1 for m in find_places(text, published=date(2025, 10, 6)) if m.place}
    headed = {
        m.place.admin1 for m in find_places(text, published=date(2025, 10, 6), headline=headline) if m.place
    }
    assert alone == {"Zaporizhzhia Oblast"}  # fifty namesakes, and no other place in the body to tell
    assert headed == {"Donetsk Oblast"}


def test_a_warship_named_after_a_town_is_no_town_in_any_of_its_mentions() -> None:
    text = (
        "The Novocherkassk large landing ship was damaged in the port of Feodosia. The Ukrainian air force "
        "said its pilots had attacked Feodosia with cruise missiles, destroying the 'Novocherkassk'."
    )
    found = [(m.text, m.place.name if m.place else None) for m in find_places(text)]
    assert ("Novocherkassk", "Novocherkassk") not in found
    assert ("Feodosia", "Feodosiya") in found


def test_ships_listed_in_quotes_after_their_class_are_ships() -> None:
    text = 'Ukraine struck two Russian Ropucha-class landing ships, "Yamal" and "Azov," in occupied Crimea.'
    assert "Azov" not in {m.text for m in find_places(text) if m.place}


def test_a_ferry_named_after_its_town_is_still_at_the_town() -> None:
    assert [m.place.name for m in find_places("The Kerch ferry was hit by a drone.") if m.place] == ["Kerch"]


def test_a_city_abroad_listed_among_villages_of_the_war_is_no_pick() -> None:
    text = "Russian troops are advancing toward Zarya, Slavianka and Petropavlivka near Kurakhove."
    found = {m.text: m.place for m in find_places(text)}
    assert found["Zarya"] is None  # not Zaria of Nigeria
    assert found["Petropavlivka"] is not None


def test_a_city_abroad_named_on_its_own_stays() -> None:
    text = "Talks in Washington and Kyiv went on as Russia shelled Kherson."
    assert {m.text: m.place.name for m in find_places(text) if m.place}["Washington"] == "Washington"


def test_a_district_in_a_story_of_moscow_is_moscows_not_a_quarter_of_donetsk() -> None:
    text = (
        "Drones attacked Moscow overnight. Drone wreckage damaged warehouses in the Leninsky district, set "
        "fire to 20 cars at a parking lot in Domodedovo."
    )
    found = {m.text: m.place for m in find_places(text) if m.place}
    assert found["Leninsky district"].admin1 == "Moscow City"


def test_a_district_in_a_story_of_kursk_is_still_the_oblasts_raion() -> None:
    text = "Drones attacked Kursk overnight. Shelling hit the Sudzhansky district."
    assert {m.text: m.place.name for m in find_places(text) if m.place}["Sudzhansky"] == "Sudzha"
