"""Round 72 of unseen reporting, places."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places
from gazetteer.article import article_context


def places(text: str, published: date) -> dict[str, Place | None]:
    return {m.text: m.place for m in find_places(text, published=published)}


def test_the_oblast_of_a_described_list_item_is_its_own() -> None:
    # "Otradne, a village further west ..., and Loknya, a village in the Sumy region": the oblast is in
    # Loknya's own aside (Sumy Oblast has three Loknias; the one by the Russian border)
    text = (
        "Russian forces captured Stupochky near Kostiantynivka in the Donetsk region. They also claimed the "
        "capture of Otradne, a village further west along the front line, and Loknya, a village in the Sumy "
        "region near the Russian border."
    )
    found = places(text, date(2025, 5, 24))
    loknya = found["Loknya"]
    assert loknya is not None and loknya.admin1 == "Sumy Oblast"
    assert abs(loknya.lat - 51.15) < 0.05 and abs(loknya.lon - 35.06) < 0.05
    assert found["Otradne"] is None or found["Otradne"].admin1 != "Sumy Oblast"


def test_a_name_listed_beside_a_places_own_name_is_another_place() -> None:
    # GeoNames keeps Ivanivka, a name Bilozerka once bore, among Bilozerka's names; a list naming both
    # names two villages (the Kherson Oblast Ivanivka by the Dnipro)
    text = (
        "According to the governor, Prydniprovske, Ivanivka, Berehove, Bilozerka, Yantarne, Dniprovske, "
        "Antonivka, Komyshany and the city of Kherson came under Russian fire."
    )
    found = places(text, date(2024, 5, 29))
    ivanivka, bilozerka = found["Ivanivka"], found["Bilozerka"]
    assert ivanivka is not None and bilozerka is not None and ivanivka != bilozerka
    assert ivanivka.name == "Ivanivka" and ivanivka.admin1 == "Kherson Oblast"


def test_two_names_of_one_place_side_by_side_stay_one_place() -> None:
    found = places("Russian forces shelled Bakhmut, or Artemovsk, and Soledar.", date(2023, 1, 5))
    assert found["Artemovsk"] is not None and found["Artemovsk"] == found["Bakhmut"]


def test_ships_named_after_their_class_are_no_cities() -> None:
    text = (
        "Since the start of the invasion, Ukraine's forces have destroyed or damaged the landing ships "
        "Saratov, Tsezar Kunikov, Olenegorsky Gornyak and Minsk, the navy said."
    )
    assert "Minsk" not in {name for name, place in places(text, date(2023, 12, 26)).items() if place}


def test_the_kursk_vostochny_airfield_is_the_kursk_air_base() -> None:
    text = "Ukraine fired eight ATACMS missiles at the Kursk-Vostochny airfield east of Kursk on Monday."
    found = places(text, date(2024, 11, 26))
    base = found["Kursk-Vostochny airfield"]
    assert base is not None and base.kind == "other" and base.country == "RU"
    assert abs(base.lat - 51.75) < 0.1 and abs(base.lon - 36.3) < 0.1


def test_a_village_across_the_border_in_an_oblast_lies_in_it() -> None:
    # the oblast after "a village across the border in" qualifies the village, as "a village inside the
    # Russian border in" does
    text = "The ministry claimed to have seized Loknya, a village across the border in Ukraine's Sumy region."
    context = article_context(text, [(text.index("Sumy region"), "Sumy Oblast")])
    assert context.region_qualifying(text.index("Loknya") + len("Loknya")) == "Sumy Oblast"


def test_a_village_told_further_along_the_front_is_no_neighbour_of_the_places_before() -> None:
    # Donetsk Oblast's Odradne lies 90 km from Kostiantynivka; the text says it is elsewhere on the front
    text = (
        "The Russian Defence Ministry said its forces had taken Stupochky, a village east of the town of "
        "Kostiantynivka, as well as Otradne, a settlement further west along the 1,000-kilometre front line. "
        "Ukraine's military listed Otradne among the settlements where its troops had repelled attacks."
    )
    found = [m for m in find_places(text, published=date(2025, 5, 24)) if m.text == "Otradne"]
    assert found and all(m.place is not None and m.place.admin1 == "Donetsk Oblast" for m in found)


def test_sumy_communities_named_by_their_adjectives_are_their_seats() -> None:
    # Свеська громада is Svesa's, Новослобідська Nova Sloboda's (the o of Sloboda an i in the adjective)
    text = "Russian forces shelled the Esmanska, Sveska, Novoslobidska and Khotinska communities of Sumy."
    found = places(text, date(2025, 2, 9))
    assert found["Sveska"] is not None and found["Sveska"].name == "Svesa"
    assert found["Novoslobidska"] is not None and found["Novoslobidska"].name == "Nova Sloboda"
    assert {found["Sveska"].admin1, found["Novoslobidska"].admin1} == {"Sumy Oblast"}
