"""Place readings from the twenty-second round of unseen articles: a headline's passive report, a
village named with a cue then bare, the bridge the press describes without naming it, and the
Russian names that translate a Ukrainian root. Our own sentences, facts from public reporting; real
GeoNames and postal data."""

from __future__ import annotations

import pytest

from gazetteer import find_places
from gazetteer.spellings import russian_spellings


def places(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: ((m.place.name, m.place.admin1) if m.place else (None, None)) for m in find_places(text)}


def test_a_headline_reporting_a_village_captured_does_not_make_it_a_speaker() -> None:
    # "Berdychi reported captured" is no "Syrskyi reported": the village stays a place in every mention
    text = (
        "Russians take part of Ocheretyne, Berdychi reported captured\n\n"
        "DeepState says the village of Berdychi in the Ocheretyne hromada has been captured."
    )

    found = [m for m in find_places(text) if m.text == "Berdychi"]

    assert found and all(m.place is not None and m.place.admin1 == "Donetsk Oblast" for m in found)


def test_a_village_named_with_a_cue_keeps_its_sense_when_named_bare_beside_another_front() -> None:
    # the Semenivka by Ocheretyne, not the Kharkiv Oblast namesake near Kupiansk named later
    text = (
        "Russian troops occupied Soloviove and Semenivka villages near Avdiivka. "
        "Semenivka had been a grey zone for some time. Near Kupiansk, Russian troops advanced in the "
        "village of Kyslivka in the Kharkiv region."
    )

    semenivkas = {m.place.admin1 for m in find_places(text) if m.text == "Semenivka" and m.place}

    assert semenivkas == {"Donetsk Oblast"}


@pytest.mark.parametrize(
    "description",
    [
        "the bridge linking annexed Crimea to the Russian mainland",
        "the bridge connecting Crimea with Russia",
        "the bridge that links the Crimean peninsula to mainland Russia",
    ],
)
def test_the_bridge_the_press_describes_is_the_crimean_bridge(description: str) -> None:
    found = places(f"Drones attacked {description} overnight.")

    assert found["bridge"][0] == "Crimean Bridge"
    assert found.get("Crimea", (None,))[0] in ("Crimea", None)  # the peninsula stays a mention of its own


def test_a_bridge_described_otherwise_is_no_crimean_bridge() -> None:
    assert "bridge" not in places("Drones attacked the bridge linking Kherson to the left bank.")


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [("Відрадне", "Otradnoye"), ("Північне", "Severnoye"), ("Південне", "Yuzhnoye"), ("Гірське", "Gorskoye")],
)
def test_russian_translates_some_roots_of_village_names(ukrainian: str, russian: str) -> None:
    assert russian in russian_spellings(ukrainian)


def test_a_stem_the_press_spells_both_ways_keeps_both() -> None:
    assert {"Novoolenovka", "Novoyelenovka"} <= set(russian_spellings("Новооленівка"))


def test_a_village_under_its_plain_russian_spelling_resolves() -> None:
    assert places("The ministry announced the liberation of the settlement of Novoolenovka in the DPR.")[
        "Novoolenovka"
    ] == ("Novoolenivka", "Donetsk Oblast")


def test_a_big_town_called_a_city_is_kept_in_a_story_about_another_front() -> None:
    # an article about the Kursk incursion turns to the east: Pokrovsk of Donetsk Oblast, 300 km off
    text = (
        "Ukraine's attacks on the bridges over the Seim River in Kursk could trap Russian forces near "
        "Glushkovo. "
        "But even as Ukraine hails its success, the Russian push in eastern Ukraine is poised to claim "
        "another key centre, the city of Pokrovsk."
    )

    assert places(text)["Pokrovsk"] == ("Pokrovsk", "Donetsk Oblast")


def test_a_village_in_the_same_region_is_not_put_in_the_oblast_named_for_the_next_one() -> None:
    text = (
        "Russian troops fended off attacks east of Kupiansk in the Kharkov Region. The heaviest fighting "
        "was near "
        "the villages of Sinkovka in the same region and Novosyolovskoye in the Lugansk People's Republic."
    )

    assert places(text)["Sinkovka"] == ("Synkivka", "Kharkiv Oblast")


@pytest.mark.parametrize("noun", ["village", "settlement", "hamlet"])
def test_a_village_located_in_a_sentence_of_its_own_is_the_namesake_that_lies_there(noun: str) -> None:
    # of the Myrnes of Zaporizhzhia Oblast, the one 14 km southwest of Huliaipole
    text = (
        "The Russian military has taken the village of Mirnoye in Zaporozhye Region, the ministry said. "
        f"The {noun} is located 14 kilometers southwest of the town of Guliaipole."
    )

    (mirnoye,) = [m.place for m in find_places(text) if m.text == "Mirnoye"]

    assert mirnoye is not None and abs(mirnoye.lat - 47.58) < 0.1 and abs(mirnoye.lon - 36.11) < 0.1


def test_an_oblasts_town_in_a_list_of_its_towns_is_not_a_namesake_village_by_the_list() -> None:
    found = places(
        "The following are suffering from shelling: Chuhuiv, Derhachi, Zolochiv, Lozova and others."
    )

    assert found["Lozova"] == ("Lozova", "Kharkiv Oblast")
    (lozova,) = [
        m.place
        for m in find_places("Shelling hit Chuhuiv, Derhachi, Zolochiv and Lozova.")
        if m.text == "Lozova"
    ]
    assert lozova is not None and lozova.population > 50_000


def test_the_railroad_bridge_is_the_railway_bridge() -> None:
    assert places("The Antonivskyi railroad bridge was damaged.")["Antonivskyi railroad bridge"][0] == (
        "Antonivskyi Railway Bridge"
    )


def test_a_translated_root_with_the_ukrainian_ending_is_a_spelling_too() -> None:
    assert {"Volkovo", "Volkove"} <= set(russian_spellings("Вовкове"))
    assert "Volchansk" in russian_spellings("Вовчанськ")


def test_round_up_items_each_in_its_own_phrase_of_place_may_lie_a_district_apart() -> None:
    text = (
        "Kharkiv region. In the village of Kucherivka, Russian occupiers damaged a house, and in the village "
        "of Orishanka, forest litter burned."
    )

    assert places(text)["Kucherivka"] == ("Kucherivka", "Kharkiv Oblast")


def test_a_towns_district_is_around_that_town_not_a_city_quarter_named_after_it() -> None:
    # GeoNames gives Donetsk's Bohodukhivskyi quarter the name "Bohodukhiv District"; the build drops it
    found = places("In the village of Riasne, Bohodukhiv district, an agricultural enterprise was damaged.")

    assert found["Riasne"] == ("Riasne", "Kharkiv Oblast")
    assert found["Bohodukhiv district"] == ("Bohodukhiv Raion", "Kharkiv Oblast")  # (a raion since round 76)


def test_the_worlds_big_cities_are_kept_in_a_list_of_flights() -> None:
    found = places(
        "Flights were delayed at airports in Krasnodar, Sochi and Gelendzhik, including to Istanbul, Tel "
        "Aviv and Dubai."
    )

    assert found["Istanbul"][0] == "Istanbul" and found["Dubai"][0] == "Dubai"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The large landing ship Rostov-on-Don was damaged in Sevastopol.", "Rostov-on-Don"),
        ("Russian warship Novocherkassk damaged in Ukrainian attack on Crimea", "Novocherkassk"),
        ("Drones hit the Ship Repair Plant named after Ordzhonikidze in Sevastopol.", "Ordzhonikidze"),
    ],
)
def test_a_ship_or_a_thing_named_after_someone_is_no_place(text: str, name: str) -> None:
    assert name not in places(text)


def test_a_short_word_is_no_far_citys_alias() -> None:
    assert "Bay" not in places("Explosions occurred in the South Bay area of Sevastopol.")


def test_a_village_in_the_oblast_its_sentence_names_is_kept_beside_a_far_list_mate() -> None:
    text = (
        "Russian occupiers have advanced in two more directions in the Donetsk region - in the areas of "
        "Yablunivka and Nadiivka, reports DeepState."
    )

    found = places(text)

    assert found["Yablunivka"] == ("Yablunivka", "Donetsk Oblast")
    assert found["Nadiivka"] == (None, None)  # the one Nadiivka the data holds lies in Dnipropetrovsk Oblast


def test_a_time_zone_names_its_city() -> None:
    # the golds count "Kyiv time" as a mention of Kyiv; the events layer places nothing there
    assert places("As of 6:30 a.m. Kyiv time, the zoo was flooded.")["Kyiv"] == ("Kyiv", "Kyiv City")


def test_a_governors_land_is_an_oblast_or_its_city_not_a_village_of_the_name() -> None:
    text = (
        "Rostov Governor Vasily Golubev said a drone fell on the Novoshakhtinsk oil refinery near Kursk "
        "and Bryansk."
    )

    assert places(text)["Rostov"] == ("Rostov-on-Don", "Rostov Oblast")


def test_a_ship_of_the_enemy_is_named_so_too() -> None:
    assert "Rostov-on-Don" not in places(
        "The large landing ship of the enemy Rostov-on-Don was destroyed in Sevastopol."
    )


def test_a_russian_masculine_ending_is_a_spelling_of_the_neuter_village() -> None:
    text = (
        "Russian forces have made advances in the settlements of Vozdvyzhenka and near Yantarnyy, south of "
        "Pokrovsk."
    )

    assert places(text)["Yantarnyy"] == ("Yantarne", "Donetsk Oblast")
