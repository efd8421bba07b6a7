"""Round 69 of unseen reporting, places."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places, key, load_gazetteer


def places(text: str, published: date) -> dict[str, Place | None]:
    return {m.text: m.place for m in find_places(text, published=published)}


def named(text: str) -> dict[str, str | None]:
    return {m.text: m.place.name if m.place else None for m in find_places(text, published=date(2025, 8, 21))}


def test_an_oblast_before_its_governor_s_short_title_is_the_oblast() -> None:
    text = "Volyn Oblast Gov. Ivan Rudnytskyi announced that a drone had hit a warehouse in Lutsk."
    assert named(text)["Volyn Oblast"] == "Volyn Oblast"



def test_kyiv_city_is_the_city_s_own_outline_not_a_circle_round_its_centre() -> None:
    # Vyshneve, a town of 43,000 just outside the city line, is Kyiv Oblast's; Bortnychi, 12 km out on
    # the left bank, is a quarter of the city
    gazetteer = load_gazetteer()

    def oblast_of(name: str) -> set[str]:
        places = gazetteer.candidates(key(name))
        return {p.admin1 for p in places if abs(p.lat - 50.45) < 0.3 and abs(p.lon - 30.5) < 0.4}

    assert oblast_of("Vyshneve") == {"Kyiv Oblast"}
    assert oblast_of("Bortnychi") == {"Kyiv City"}
    assert oblast_of("Irpin") == {"Kyiv Oblast"}
    # ... so "Vyshneve in the Kyiv region" finds it
    text = "Debris of a downed drone fell on a house in Vyshneve in the Kyiv region overnight."
    assert named(text)["Vyshneve"] == "Vyshneve"


def test_a_border_village_of_russia_goes_by_its_ukrainian_spelling_too() -> None:
    # Ukrainian outlets decline the Kursk and Belgorod villages' names as Ukrainian ones: Мартыновка by
    # Sudzha is "Martynivka", Глотово by Grayvoron "Glotove"; the name itself finds them, with no oblast
    # named to look for a spelling variant in
    text = "Russian forces retook Martynivka and Malaya Loknia, the General Staff said."
    found = places(text, date(2025, 3, 9))
    assert (found["Martynivka"].name, found["Martynivka"].admin1) == ("Martynovka", "Kursk Oblast")
    text = "The legion fought in the Belgorod region's villages of Kozinka, Glotove and Gora-Podil."
    assert named(text)["Glotove"] == "Glotovo"


def test_a_russian_village_s_spelling_in_a_sentence_of_ukraine_s_oblasts_is_the_ukrainian_one() -> None:
    # "Kondrativka" is how Ukrainian outlets spell Kursk Oblast's Kondratovka, and a misspelt Kindrativka
    # of Sumy Oblast: the sentence's own oblast decides, though the article names Kursk's
    text = (
        "Fighting continues in the Kursk region. Along the Sumy region's frontline, from Yunakivka to "
        "Oleksiivka and Kondrativka, Russian forces have been halted."
    )
    found = places(text, date(2025, 6, 20))
    assert (found["Kondrativka"].name, found["Kondrativka"].admin1) == ("Kindrativka", "Sumy Oblast")


def test_a_village_on_a_short_river_the_article_names_is_the_one_on_it() -> None:
    # Donetsk Oblast's Blahodatne and Urozhaine lie on the Mokri Yaly; Zaporizhzhia Oblast has a pair of
    # villages of those names too, nearer the Kakhovka dam the article also names
    text = (
        "The Russian occupiers blew up a dam on the Mokri Yaly River in Donetsk Oblast. Earlier they blew up "
        "the Kakhovka Hydroelectric Power Plant and other dams in Zaporizhzhia Oblast. On the Tavriia front, "
        "the Defence Forces liberated Blahodatne and advanced on the village of Urozhaine."
    )
    found = places(text, date(2023, 6, 11))
    assert (found["Blahodatne"].admin1, found["Urozhaine"].admin1) == ("Donetsk Oblast", "Donetsk Oblast")


def test_odesa_s_district_goes_by_its_new_name() -> None:
    # Malynovskyi district has been Khadzhybeiskyi since 2024
    text = "One of the drones hit a new building in the Hadzhibeysky District of Odesa, causing a fire."
    found = places(text, date(2024, 1, 25))
    assert found["Hadzhibeysky"].name == "Khadzhybeiskyi District"


def test_a_town_s_name_before_street_names_a_street() -> None:
    # Komsomolsk (Horishni Plavni since 2016) is no place of "Pushkinska and Komsomolska streets" in Horlivka
    text = "A shell struck a well at the intersection of Pushkinska and Komsomolska streets in Horlivka."
    assert "Komsomolska" not in named(text)
    text = "Another shell hit a house on Komsomolska street in Horlivka."
    assert "Komsomolska" not in named(text)
    # (but a town's own streets are the town's)
    text = "Russian troops entered Kupiansk street by street."
    assert named(text)["Kupiansk"] == "Kupiansk"


def test_a_world_city_named_on_the_world_stage_is_the_world_city() -> None:
    # Donetsk Oblast's Niu-York goes by "New York" too; the UN's is the American city
    text = "Zelensky, currently in New York for the UN General Assembly, condemned the strike on Kharkiv."
    found = places(text, date(2024, 9, 24))
    assert found["New York"].country == "US"
    # (the front's village stays the village)
    text = "Ukrainian troops repelled assaults near New York and Toretsk, the General Staff said."
    found = places(text, date(2024, 9, 24))
    assert found["New York"].admin1 == "Donetsk Oblast"


def test_the_city_s_district_in_short_after_another_of_its_districts() -> None:
    text = (
        "According to the governor, the barrage of missiles struck the city's sports palace, a shopping "
        "centre in Kharkiv's Saltivskyi district and a residential building in the city's Kyiv district."
    )
    found = places(text, date(2024, 9, 1))
    district = found["Kyiv district"]
    assert (district.name, district.admin1) == ("Kyivskyi District", "Kharkiv Oblast")
