"""Round 65 of unseen reporting, places: a town the war is known for keeps its place beside a far
list-mate, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places
from gazetteer.capitals import as_government


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_front_line_town_listed_beside_a_far_town_keeps_its_place() -> None:
    text = (
        "The encirclement of Ukrainian troops in Kupyansk (Kharkiv region) is a fiction, the army said. "
        "Earlier, Putin said that Ukrainian forces were blocked in Kupyansk and Pokrovsk."
    )
    place = _places(text, date(2025, 10, 29))["Pokrovsk"]
    assert place is not None and place.admin1 == "Donetsk Oblast" and place.kind in ("town", "city")


def test_a_name_written_alike_is_the_namesake_in_the_oblast_the_article_names() -> None:
    text = (
        "Kyiv's troops take control of Piatykhatky village on Zaporizhzhia front: official\n\n"
        "An official installed by Moscow conceded on Sunday that Ukraine had recaptured a village in the "
        "southern Zaporizhzhia region, its first gain on that front since the counter-offensive began.\n\n"
        "The official, Vladimir Rogov, said Ukrainian troops had taken the settlement of Piatykhatky and "
        "were digging in there under fire from Russian guns."
    )
    found = [m.place for m in find_places(text, published=date(2023, 6, 18)) if m.text == "Piatykhatky"]
    assert len(found) == 2
    assert all(p is not None and p.admin1 == "Zaporizhzhia Oblast" for p in found)


def test_a_town_far_from_the_war_listed_beside_a_front_line_town_is_not_taken() -> None:
    text = (
        "The greatest successes are in the vicinity of Pokrowsk in the west, in the direction of the famous "
        "Krasnoarmeiskaya mine, he said of the Donetsk People's Republic."
    )
    place = _places(text, date(2025, 1, 11)).get("Krasnoarmeiskaya")
    assert place is None or place.admin1 == "Donetsk Oblast"


def test_a_river_is_placed_by_the_village_the_text_puts_its_bridge_in() -> None:
    text = (
        "KYIV: Ukrainian aircraft destroyed another bridge over the Seym River in Russia's Kursk region. "
        "Kyiv said it had taken more than 80 settlements in Kursk since the incursion began. \"Kursk "
        "direction. Minus one more bridge!\" the commander wrote.\n\n"
        "Military bloggers reported an attack on Sunday on the bridge in Zvannoye."
    )
    seym = next(m.place for m in find_places(text, published=date(2024, 8, 18)) if m.text == "Seym River")
    assert seym is not None and seym.lon < 35.0  # by Zvannoye (34.55 E), not by Kursk city (36.19 E)


def test_a_community_named_by_its_russian_feminine_adjective_is_its_seat() -> None:
    text = (
        "Russian drones hit the Nikopol district again: in the evening the Marganetskaya community came "
        "under fire, the regional administration said."
    )
    place = _places(text, date(2024, 6, 6))["Marganetskaya"]
    assert place is not None and place.name == "Marhanets"


def test_the_volchya_river_of_a_story_from_volchansk_is_the_northern_vovcha() -> None:
    text = (
        "Russian troops have taken about half of Volchansk in the Kharkov Region, TASS said. The town is "
        "divided by the Volchya River, and the bridges across it have been blown up."
    )
    river = _places(text, date(2024, 6, 4))["Volchya River"]
    assert river is not None and river.lat > 50.0  # by Vovchansk, not the Vovcha of Donetsk Oblast


def test_the_flagship_moskva_is_a_ship_not_moscow() -> None:
    text = (
        "Russia's Black Sea flagship Moskva sank\n\nMoskva, the flagship of Russia's Black Sea Fleet, was "
        "being towed to port when it sank, the ministry said. Ukrainian officials said they struck the "
        "Moskva with Neptune missiles near Snake Island."
    )
    found = [m for m in find_places(text, published=date(2022, 4, 15)) if m.text == "Moskva"]
    assert all(m.place is None for m in found)


def test_a_far_city_named_only_in_quotes_is_a_firms_name() -> None:
    text = (
        "Yevgeny Prigozhin stands next to Wagner fighters in Bakhmut, in a still image released on May 20. "
        '(Press service of "Concord"/Handout via Reuters)'
    )
    assert _places(text, date(2023, 5, 20)).get("Concord") is None


def test_capitals_forced_to_retreat_or_attacking_each_other_are_governments() -> None:
    forced = "As Ukrainian troops approached the city, Moscow was forced to retreat."
    assert as_government("Moscow", forced, forced.index("Moscow") + len("Moscow"))
    both = "Kyiv and Moscow have intensified attacks against each other in recent months."
    assert as_government("Kyiv", both, len("Kyiv"))


def test_a_village_captured_in_2025_is_no_quarter_of_the_kyiv_the_sentence_names_as_a_government() -> None:
    text = "Russian troops captured Voskresenka, officials in Kyiv said on Thursday."
    place = _places(text, date(2025, 7, 17))["Voskresenka"]
    assert place is not None and place.admin1 != "Kyiv City"


def test_a_quarter_of_kyiv_named_with_the_city_stays_the_quarter() -> None:
    text = "Russian drones hit Nyvky and Lypky in Kyiv overnight, the city's mayor said."
    found = _places(text, date(2025, 7, 17))
    assert found["Nyvky"] is not None and found["Nyvky"].admin1 == "Kyiv City"
