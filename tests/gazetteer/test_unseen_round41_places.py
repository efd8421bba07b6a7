"""Places of round 41 of unseen reporting, with the real gazetteer: the two ends of a numbered highway, a
village the text calls one in a sentence full of towns, a village put by a town named again alone, and
districts named by their adjectives after their oblast."""

from __future__ import annotations

from collections.abc import Callable

from gazetteer import find_places

Placed = Callable[[str, str], tuple[float, float] | None]  # the fixtures of tests/gazetteer/conftest.py
KmFrom = Callable[[tuple[float, float] | None, float, float], float]  # tests/gazetteer/conftest.py
Resolved = Callable[[str], dict[str, tuple[str, str]]]


def test_the_ends_of_a_numbered_highway_are_its_cities(resolved: Resolved) -> None:
    text = (
        "Russia keeps trying to capture the rest of Donetsk Oblast, focusing on Pokrovsk and Kurakhove. The "
        "monitoring group said Russian forces were storming Kurakhove from the north, south and east, "
        "flanking to control the N15 Zaporizhzhia-Donetsk highway."
    )
    found = resolved(text)
    assert found["Zaporizhzhia"] == ("Zaporizhzhia", "Zaporizhzhia Oblast")  # not the village by Kurakhove
    assert found["Donetsk"] == ("Donetsk", "Donetsk Oblast")


def test_a_village_the_text_calls_one_stays_a_village_among_towns(placed: Placed, km_from: KmFrom) -> None:
    text = (
        "Haidai said that the Russians captured Mykolaivka, a village south-west of Lysychansk, near the "
        "Bakhmut-Lysychansk road."
    )
    # the Mykolaivka of Hirske hromada, not the town by Sloviansk 50 km west
    assert km_from(placed(text, "Mykolaivka"), 48.77, 38.34) < 10


def test_a_village_put_by_a_town_is_that_village_when_named_again(placed: Placed, km_from: KmFrom) -> None:
    text = (
        "The Luhansk governor said today that the Russians have captured Mykolayivka, 12 kilometers "
        "southwest of Lysychansk.\n\n"
        "The General Staff said on Thursday that enemy troops were trying to gain a foothold in Mykolayivka."
    )
    mentions = [m for m in find_places(text) if m.text == "Mykolayivka"]
    assert len(mentions) == 2
    assert {m.place.id for m in mentions if m.place} == {mentions[0].place.id}
    assert km_from((mentions[1].place.lat, mentions[1].place.lon), 48.77, 38.34) < 10


def test_districts_named_by_adjectives_lie_in_the_oblast_the_sentence_names_first(resolved: Resolved) -> None:
    text = (
        "In the Dnipropetrovsk region, energy facilities were damaged in the Dniprovskyi, Kryvorizkyi, "
        "Pavlohradskyi and Kamyanskyi districts."
    )
    found = resolved(text)
    # (the raions since round 76; not Kamianka's in Cherkasy Oblast)
    assert found["Kamyanskyi"] == ("Kamianske Raion", "Dnipropetrovsk Oblast")
    assert found["Kryvorizkyi"] == ("Kryvyi Rih Raion", "Dnipropetrovsk Oblast")


def test_a_quarter_of_a_city_the_text_never_names_is_no_place_of_it(resolved: Resolved) -> None:
    # GeoNames lists Sumy's Zarichnyi quarter as a city of 150,000; by Lyman "Zarichny" is the village
    text = "In the north, Ukrainian troops have retaken Stavky and are fighting in Zarichny near Lyman."
    assert resolved(text).get("Zarichny", ("", ""))[1] != "Sumy Oblast"


def test_a_quarter_of_a_city_the_text_names_is_still_that_quarter(resolved: Resolved) -> None:
    text = "A Russian drone hit a house in Zarichnyi in Sumy, the city council said."
    assert resolved(text)["Zarichnyi"] == ("Zarichnyi", "Sumy Oblast")


def test_the_quarters_are_read_from_the_names_geonames_gives_them() -> None:
    from gazetteer import load_gazetteer

    quarters = load_gazetteer().quarters
    assert "Sumy" in quarters["13607718"]  # Zarichnyi, "Zarichnyi rajon"
    assert "Mariupol" in quarters["13607722"]  # Tsentralnyi (GeoNames counts Pravyi Bereh bigger)
    assert "701822" not in quarters  # Mariupol itself is no quarter


def test_districts_listed_before_their_noun_are_the_city_s_the_article_is_about(resolved: Resolved) -> None:
    text = (
        "Russian glide bombs struck Kharkiv on Tuesday, the governor said. Residential buildings in the "
        "Kyivskyi and Saltivskyi districts had been hit."
    )
    # Kharkiv's district, not Poltava's quarter, nor Kyiv
    assert resolved(text)["Kyivskyi"] == ("Kyivskyi District", "Kharkiv Oblast")


def test_a_town_on_a_river_spelled_otherwise_is_not_its_namesake(resolved: Resolved) -> None:
    text = "Hits and a fire were recorded at the oil refinery near the city of Slovyansk-on-Kuban."
    found = resolved(text)
    assert ("Sloviansk", "Donetsk Oblast") not in found.values()  # Slavyansk-na-Kubani, not Donetsk's
    assert "Kuban" not in found


def test_a_town_on_a_river_the_gazetteer_spells_so_is_found_whole(resolved: Resolved) -> None:
    assert resolved("Drones were shot down near Rostov-on-Don.")["Rostov-on-Don"][1] == "Rostov Oblast"


def test_a_quarter_of_a_city_named_in_another_spelling_is_still_that_quarter(resolved: Resolved) -> None:
    # "Kiev" names Kyiv as well as "Kyiv" does: its Pechersk quarter, not a Pechersk 700 km off
    assert resolved("A missile hit a house in Pechersk in Kiev, the mayor said.")["Pechersk"] == (
        "Pechersk",
        "Kyiv City",
    )
