"""Round 55 of unseen reporting, places: a town of Russia's border oblasts named alone, and the western
tip of Crimea, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places

AUGUST_2024 = date(2024, 8, 20)


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_border_town_entered_or_hit_counts_with_no_other_place_beside_it() -> None:
    # "entered", "hit", "reached": verbs whose object is a place, as "captured" is
    assert _places("Ukrainian forces entered Sudzha.", AUGUST_2024)["Sudzha"].admin1 == "Kursk Oblast"
    assert (
        _places("Ukrainian drones hit Glushkovo on Tuesday.", AUGUST_2024)["Glushkovo"].admin1
        == "Kursk Oblast"
    )


def test_a_town_of_a_named_oblast_abroad_counts_in_a_later_sentence() -> None:
    # the oblast is named a sentence before: Sudzha (6,940 people) in it is the town, though nothing names
    # another town beside it
    text = "Ukrainian forces entered the Kursk region. Shelling was reported in the Sudzha district."
    assert _places(text, AUGUST_2024)["Sudzha"].name == "Sudzha"


def test_a_surname_like_hamlet_of_a_named_oblast_still_needs_company() -> None:
    # a place of unknown population named with no cue stays a word, the oblast named or not
    text = "Ukrainian forces entered the Kursk region. Peskov said the talks were over."
    assert "Peskov" not in {name for name, place in _places(text, AUGUST_2024).items() if place is not None}


def test_cape_tarkhankut_is_the_tip_of_crimea_not_the_inland_village() -> None:
    text = (
        "Ukrainian special forces landed on Cape Tarkhankut and raised the flag, military intelligence said."
    )
    cape = _places(text, date(2023, 8, 24))["Cape Tarkhankut"]
    assert cape.name == "Cape Tarkhankut"
    assert cape.lon < 32.6  # the village GeoNames calls Tarkhankut lies at 33.08


def test_a_big_citys_russian_spelling_in_a_long_list_of_oblasts_is_the_city() -> None:
    # GeoNames spells four hamlets "Zaporozhye"; the sentence's seven oblasts say where the explosions
    # were, not which Zaporozhye (one hamlet lies in Dnipropetrovsk Oblast, 34 km from Kryvyi Rih)
    text = (
        "Explosions occurred, in particular, in Kyiv, Vinnitsa, Rivne, Dnepropetrovsk, Odessa, Nikolaev, "
        "Lvov regions, as well as Krivoy Rog, Ivano-Frankivsk, Zaporozhye."
    )
    zaporizhzhia = _places(text, date(2022, 10, 12))["Zaporozhye"]
    assert (zaporizhzhia.name, zaporizhzhia.kind) == ("Zaporizhzhia", "city")


def test_a_former_name_of_a_far_city_is_no_reason_to_leave_the_hamlet() -> None:
    # Perm was Molotov: "Molotov cocktails" stay no pin at all, and no far Russian city takes them
    text = "Residents of Bucha and Irpin prepared Molotov cocktails as Russian columns approached Hostomel."
    found = _places(text, date(2022, 2, 27))
    assert found.get("Molotov") is None or found["Molotov"].country == "UA"


def test_the_port_of_kavkaz_is_the_ferry_port_not_a_village_of_the_name() -> None:
    # GeoNames' one Kavkaz is a village of Mykolaiv Oblast; "the port of" names the port on the Chushka spit
    text = "Drones attacked a ferry in the port of Kavkaz, the governor of the Krasnodar region said."
    port = _places(text, date(2024, 7, 23))["Kavkaz"]
    assert port is not None and port.name == "Port Kavkaz"
    # ("the port of Feodosia" stays the town)
    feodosia = _places("A landing ship was hit in the port of Feodosia.", date(2023, 12, 26))["Feodosia"]
    assert feodosia.kind == "town"


def test_ships_in_a_list_or_dubbed_are_no_towns() -> None:
    # Orsk, Novocherkassk and Saratov are landing ships here, named after towns 1,000 km away
    text = "Big landing ships – Orsk, Caesar Kunikov, Novocherkask – were damaged."
    assert not {name for name, place in _places(text, date(2023, 3, 24)).items() if place is not None}
    text = "An officer said damaged ships dubbed the Kunikov and Novocherkassk did escape from Berdiansk."
    found = _places(text, date(2022, 3, 24))
    assert {name for name, place in found.items() if place is not None} == {"Berdiansk"}
    text = "The report named the landing ship as the Orsk."
    assert _places(text, date(2023, 3, 24)).get("Orsk") is None
    # (a ship sailing between towns leaves them towns)
    found = _places("The ship sailed from Sevastopol to Novorossiysk.", date(2023, 3, 24))
    assert found["Sevastopol"] is not None and found["Novorossiysk"] is not None


def test_a_crimean_village_geonames_names_in_russian_has_its_ukrainian_spelling() -> None:
    # GeoNames calls the Tarkhankut village Olenevka; Ukrainian reporting of the 2023 raids writes Olenivka
    text = "An S-400 system was destroyed near the village of Olenivka on Cape Tarkhankut in Crimea."
    olenivka = _places(text, date(2023, 8, 23))["Olenivka"]
    assert olenivka is not None and olenivka.admin1 == "Crimea" and olenivka.lon < 32.7
