"""Round 57 of unseen reporting, places: Ukrainian cities named the Russian way, and the run-together
sentences of careless pages, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places

DECEMBER_2025 = date(2025, 12, 11)


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_big_city_named_the_russian_way_beats_hamlets_of_an_oblast_named_elsewhere() -> None:
    # the stops have no space after them, as the page had it: the Kharkov region is another sentence's
    text = (
        "Battlegroup Sever is deepening the security zone in the Sumy and Kharkov regions, Gerasimov said on "
        "Thursday.As many as 45% of buildings in Konstantinovka are under the control of the Russian armed "
        "forces, Gerasimov said."
    )
    found = _places(text, DECEMBER_2025)
    assert found["Konstantinovka"].name == "Kostiantynivka"
    assert found["Konstantinovka"].admin1 == "Donetsk Oblast"


def test_a_village_named_the_russian_way_stays_a_village() -> None:
    text = "The shelling of Makiivka was carried out from the village of Konstantinovka, the mayor said."
    found = _places(text, date(2024, 1, 20))
    assert found["Konstantinovka"] is None or found["Konstantinovka"].kind == "village"


def test_the_old_name_of_one_city_is_no_other_citys_name() -> None:
    # Nikopol was once "Slaviansk" among GeoNames' alternate names; Sloviansk bears the name today
    text = "Government troops retook Slovyansk after a night of fighting, Poroshenko said."
    assert _places(text, date(2014, 7, 5))["Slovyansk"].name == "Sloviansk"


def test_an_oblast_in_brackets_after_one_town_of_a_list_is_not_the_whole_lists() -> None:
    text = (
        "Missiles destroyed four fuel depots in the areas of Kremenets (Ternopol region), Cherkassy, "
        "Zaporozhye and Novomoskovsk (Dnepropetrovsk region), Konashenkov said."
    )
    found = _places(text, date(2022, 4, 2))
    assert found["Zaporozhye"].name == "Zaporizhzhia"
    assert found["Zaporozhye"].kind == "city"


def test_a_city_district_named_again_in_short_is_that_district() -> None:
    text = (
        "A Russian guided bomb hit a high-rise building in the Dniprovskyi district of Kherson. "
        "A guided aerial bomb hit a high-rise building in the Dnipro district."
    )
    found = [m for m in find_places(text, published=date(2025, 2, 20)) if m.text == "Dnipro district"]
    assert found[0].place.name == "Dniprovskyi District"
    assert found[0].place.admin1 == "Kherson Oblast"


def test_a_district_of_the_one_city_named_before_is_not_the_raion_of_a_far_capital() -> None:
    text = (
        "Police officers took a 63-year-old woman from Kherson to the hospital after she was caught in "
        "enemy shelling in the Dnipro district."
    )
    found = _places(text, date(2025, 11, 28))
    assert found["Dnipro district"].name == "Dniprovskyi District"
    assert found["Dnipro district"].admin1 == "Kherson Oblast"
    # ... but the Dnipro district of Dnipropetrovsk Oblast stays the raion round Dnipro
    text = (
        "Russian drones struck Kherson overnight. In the Dnipropetrovsk region, the Dnipro district came "
        "under attack."
    )
    assert _places(text, date(2025, 6, 1))["Dnipro district"].admin1 == "Dnipropetrovsk Oblast"


def test_a_district_named_like_a_far_oblast_is_not_that_oblast() -> None:
    # the Samarivskyi raion of Dnipropetrovsk Oblast (the gazetteer holds no raions), not Samara Oblast
    text = (
        "In the Dnipropetrovsk region, the Russian army attacked the Samara district with a drone, hitting "
        "an infrastructure facility."
    )
    found = _places(text, date(2026, 2, 4))
    assert found.get("Samara district") is None
    assert "Samara" not in found or found["Samara"] is None


def test_a_community_of_a_district_named_by_its_adjective_cut_short() -> None:
    text = (
        "According to the head of the regional administration, the Vasylkiv community of the Synelnyky "
        "district has again come under attack from Russian drones."
    )
    found = _places(text, date(2026, 2, 4))
    assert found["Vasylkiv"].name == "Vasylkivka"
    assert found["Vasylkiv"].admin1 == "Dnipropetrovsk Oblast"


def test_a_district_another_citys_quarter_is_named_for_is_the_one_big_citys() -> None:
    # GeoNames holds "Kyivskyi" as quarters of Donetsk and Poltava; a Kharkiv report (naming Kyiv too) means
    # Kharkiv's Kyivskyi district, which Kyiv has none of
    text = (
        "Russia attacked Kharkiv overnight, Ukraine's second city, while Kyiv was spared. "
        "The Kyivskyi and Osnovianskyi districts sustained significant damage. "
        "In the Kyivskyi district, a drone hit a private home, killing one person."
    )
    found = [m for m in find_places(text, published=date(2025, 6, 7)) if m.text.startswith("Kyivskyi")]
    assert [m.place.name for m in found] == ["Kyivskyi District", "Kyivskyi District"]
    assert all(m.place.admin1 == "Kharkiv Oblast" for m in found)


def test_a_district_not_in_the_gazetteer_is_of_the_named_city_that_has_it() -> None:
    # the dateline's Kyiv, Kharkiv and Kherson are three cities of districts; only Kharkiv has an Osnovianskyi
    text = (
        "KYIV (Reuters) - Russia attacked Kharkiv, Kyiv and Kherson overnight. Four people were killed in "
        "Kharkiv in Russia's bombardment of the city's Osnovianskyi district."
    )
    found = _places(text, date(2024, 10, 29))
    assert found["Osnovianskyi"].name == "Osnovianskyi District"
    assert found["Osnovianskyi"].admin1 == "Kharkiv Oblast"


def test_air_bases_listed_after_their_noun_each_with_its_region() -> None:
    text = (
        "The four airbases hit were Belaya (Irkutsk, Siberia), Olenya (Murmansk, northwest Russia), "
        "Dyagilevo (Ryazan), and Ivanovo (Ivanovo region)."
    )
    found = _places(text, date(2025, 6, 2))
    assert found["Belaya"].name == "Belaya air base"  # not a village Belaya of Kursk Oblast
    assert found["Ivanovo"].name == "Ivanovo Severny air base"


def test_two_villages_joined_by_a_hyphen_after_towns_of_are_both_places() -> None:
    text = "Success was developed near towns of Novosvitlivka-Khriaschuvate, cutting Luhansk off."
    found = _places(text, date(2014, 8, 18))
    assert found["Novosvitlivka"].admin1 == found["Khriaschuvate"].admin1 == "Luhansk Oblast"
