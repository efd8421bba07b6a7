"""Round 54 of unseen reporting, places: a village the text puts near a town, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places, haversine_km

DEBALTSEVE = (48.34, 38.40)


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_village_put_near_a_town_is_the_namesake_by_it() -> None:
    # of 56 Kalynivkas, the one 8 km from Debaltseve, though the sentence names Mariupol, with another by it
    text = (
        "Fighting was reported near the village of Kalynivka, closer to Debaltseve, and shelling also took "
        "place near Mariupol."
    )
    found = _places(text, date(2016, 12, 18))
    kalynivka = found["Kalynivka"]
    assert kalynivka is not None
    assert haversine_km(kalynivka.lon, kalynivka.lat, DEBALTSEVE[1], DEBALTSEVE[0]) < 20


def test_near_a_town_chooses_nothing_when_no_namesake_lies_by_it() -> None:
    # no Kalynivka lies within 30 km of Lviv: the phrase leaves the choice to the rest of the text
    text = "Fighting was reported near the village of Kalynivka, near Lviv, and near Mariupol."
    found = _places(text, date(2016, 12, 18))
    assert found["Kalynivka"] is not None


def test_districts_of_a_krai_named_by_their_adjectives() -> None:
    # raions of Krasnodar Krai, seated in a town named "-na-Kubani" and in Cossack stanitsas: no Ukrainian
    # Sloviansk or Siversk, and no quarters of the city of Krasnodar
    text = (
        "Over 10 drones were suppressed in the Slavyansky, Seversky and Kushchevsky districts of the "
        "Krasnodar Krai."
    )
    found = _places(text, date(2024, 4, 27))
    assert found["Slavyansky"].name == "Slavyansk-na-Kubani"
    assert found["Seversky"].name == "Severskaya"
    assert found["Kushchevsky"].name == "Kushchyovskaya"


def test_a_town_put_in_its_region_is_no_nearer_namesake_of_a_far_article() -> None:
    # the article's other city (Volgograd) puts its middle 600 km from Slavyansk-na-Kubani: the region the
    # text names after the refinery still places it
    text = (
        "A small fire was doused at the Slavyansk oil refinery in Russia's region of Krasnodar, authorities "
        "said on Wednesday. Drones also attacked Volgograd."
    )
    found = _places(text, date(2025, 8, 13))
    assert found["Slavyansk"].name == "Slavyansk-na-Kubani"


def test_a_short_distance_with_no_direction_chooses_the_namesake() -> None:
    text = "Fighting was reported in Kalynivka, 8 km from Debaltseve, and near Mariupol."
    found = _places(text, date(2016, 12, 18))
    kalynivka = found["Kalynivka"]
    assert haversine_km(kalynivka.lon, kalynivka.lat, DEBALTSEVE[1], DEBALTSEVE[0]) < 20


def test_transnistria_is_a_region_with_tiraspol_in_it() -> None:
    text = "Explosions were reported in Tiraspol, the capital of Transnistria, and in Pridnestrovie."
    found = _places(text, date(2022, 4, 26))
    assert found["Transnistria"].kind == "region"
    assert found["Pridnestrovie"].name == "Transnistria"
    assert found["Tiraspol"].admin1 == "Transnistria"


def test_towns_across_the_western_border_where_drones_fall() -> None:
    # Romania's Danube bank opposite Izmail and Poland's border towns are in the data
    text = "Drone debris was found near Isaccea in Tulcea, across the Danube from Izmail."
    found = _places(text, date(2024, 7, 25))
    assert (found["Isaccea"].country, found["Tulcea"].country) == ("RO", "RO")
    text = "A Russian drone fell near Hrubieszów, a Polish town by the border with Ukraine's Volyn region."
    found = _places(text, date(2025, 9, 10))
    assert found["Hrubieszów"].country == "PL"
