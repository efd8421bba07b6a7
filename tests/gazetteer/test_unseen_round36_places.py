"""Places of round 36 of unseen reporting, with the real gazetteer: a village whose name is also a common
word, put in its oblast right after it; a locator measured from the namesake in that oblast; namesake
hamlets that tie, settled by the rest of the article; a census village the text puts off its real
bearing; and a list of communities whose district follows the list."""

from __future__ import annotations

from collections.abc import Callable

from gazetteer import find_places, haversine_km, load_gazetteer

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py
Placed = Callable[[str, str], tuple[float, float] | None]


def test_a_common_word_with_its_oblast_right_after_it_is_the_village(placed: Placed) -> None:
    # "hai" is an English word to the gazetteer; Hai of the Pokrovske community is a front village
    where = placed("Russian forces claimed control of Hai in the Dnipropetrovsk region on Tuesday.", "Hai")
    assert where is not None
    assert haversine_km(where[1], where[0], 36.29, 47.92) < 10


def test_a_common_word_without_its_oblast_stays_a_word(resolved: Resolved) -> None:
    assert "Hai" not in resolved("Hai, the officer said, was the word they used for yes.")


def test_a_locator_measures_from_the_namesake_in_the_oblast_the_text_names() -> None:
    # the best-known Vyshneve is a Kyiv suburb; "Hai in the Dnipropetrovsk region, 5 km north of
    # Vyshneve" is measured from the Vyshneve by Hai, not from the suburb
    text = (
        "Russian forces claimed control of Hai in the Dnipropetrovsk region, situated about 5 kilometers "
        "north of Vyshneve."
    )
    found = {m.text: m.place for m in find_places(text, load_gazetteer())}
    assert found["Hai"].admin1 == "Dnipropetrovsk Oblast"
    assert found["Vyshneve"] is not None and found["Vyshneve"].admin1 == "Dnipropetrovsk Oblast"


def test_namesake_hamlets_that_tie_are_settled_by_the_article_s_other_places(placed: Placed) -> None:
    # three hamlets called Zhuravka in Sumy Oblast score alike; the article later names Basivka, by
    # the border, and the Zhuravka meant is the one next to it
    text = (
        "Russia's defence ministry said its forces had captured the village of Zhuravka in the Sumy "
        "region.\n\n"
        "Ukrainian officials said the fighting went on.\n\n"
        "Moscow said on Monday it had taken Basivka, a village near the border."
    )
    where = placed(text, "Zhuravka")
    assert where is not None
    assert haversine_km(where[1], where[0], 34.99, 51.22) < 5


def test_a_census_village_off_the_stated_bearing_is_still_the_village(placed: Placed) -> None:
    # Staromaiorske lies 11 km south-southwest of Velyka Novosilka; a ministry wrote "9 km southeast"
    text = (
        "The AFU achieved certain successes south of the settlement of Staromayorske (9 km southeast of "
        "Velyka Novosilka)."
    )
    where = placed(text, "Staromayorske")
    assert where is not None
    assert haversine_km(where[1], where[0], 36.79, 47.75) < 3


def test_a_district_after_a_list_of_communities_seats_each_of_them(placed: Placed) -> None:
    # Dnipropetrovsk Oblast has a Pokrovske in the Nikopol district and another in the Synelnykove one
    text = (
        "The Russians shelled the Pokrovske community in the Nikopol district. Explosions also rocked the "
        "Pokrovske and Mezhova communities in the Synelnykove district, the governor said."
    )
    found = [m for m in find_places(text, load_gazetteer()) if m.text == "Pokrovske"]
    assert len(found) == 2
    first, second = (m.place for m in found)
    assert haversine_km(first.lon, first.lat, 34.15, 47.55) < 15
    assert haversine_km(second.lon, second.lat, 36.23, 47.98) < 15


def test_a_far_hamlet_after_a_verb_of_taking_is_still_no_place(resolved: Resolved) -> None:
    # Piskiv of Rivne Oblast is spelled "Peskov" too; the Kremlin's spokesman is no village taken
    assert "Peskov" not in resolved("Russia said it captured Peskov.")
