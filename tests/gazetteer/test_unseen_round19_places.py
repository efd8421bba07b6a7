"""Place readings from the nineteenth round of unseen articles (a monitor's day on several fronts, a
brigade named after a place). Our own sentences, facts from public reporting; real GeoNames and postal
data."""

from __future__ import annotations

from gazetteer import find_places


def places(text: str, name: str) -> list:
    return [m.place for m in find_places(text) if m.text == name]


def test_the_only_village_of_its_name_by_the_front_stays_in_a_list_that_spans_two_fronts() -> None:
    # Stelmakhivka lies by Svatove, 150 km from the villages by Pokrovsk it is listed with
    text = (
        "Pokrovsk is under pressure. According to DeepState, Russian troops advanced near Stelmakhivka, "
        "Hirnyk, Lysivka and Halytsynivka."
    )

    (place,) = places(text, "Stelmakhivka")

    assert place is not None and place.admin1 == "Luhansk Oblast"


def test_a_brigade_named_after_a_place_is_no_place_in_any_of_its_mentions() -> None:
    text = (
        "Azov, Ukraine's 12th special purpose brigade, said on Friday that it had regained positions in "
        "Niu-York in the Donetsk region. Azov's report was confirmed by DeepState."
    )

    assert places(text, "Azov") == []
    assert places(text, "Niu-York")[0].admin1 == "Donetsk Oblast"


def test_a_town_listed_with_a_brigade_near_it_is_still_the_town() -> None:
    # in a sentence, "X, the 72nd brigade near Y" lists places and units: X is no unit's name
    text = "Ukrainian units were defeated near Novomykhailivka, the 72nd mechanized brigade near Vuhledar."

    assert places(text, "Novomykhailivka")[0] is not None


def test_a_village_and_the_city_of_its_name_that_the_text_tells_apart_are_both_kept() -> None:
    text = (
        "Russian troops have captured the small settlement of Zaporizhzhia in Ukraine's eastern Donetsk "
        "region, near Pokrovsk. The village is distinct from the Ukrainian city of Zaporizhzhia, the "
        "regional centre some 90 miles to the southeast."
    )

    village, city = places(text, "Zaporizhzhia")

    assert village.admin1 == "Donetsk Oblast" and village.kind == "village"
    assert city.admin1 == "Zaporizhzhia Oblast" and city.kind == "city"


def test_the_only_village_of_its_name_across_the_border_from_all_its_list_mates_is_no_pick() -> None:
    # Goncharovka of the Kursk border, which the data lacks, is not the Goncharovka of Sumy Oblast
    text = (
        "Ukrainian troops crossed into the Kursk region near Sudzha. Battles were reported in Goncharovka, "
        "Oleshnya and Sverdlikovo."
    )

    (place,) = places(text, "Goncharovka")

    assert place is None or place.country == "RU"


def test_a_village_listed_with_villages_of_the_oblast_across_the_border_is_no_namesake_on_this_side() -> None:
    # a Belgorod governor's list: Malinovka and Petrovka are Belgorod Oblast's villages the data lacks,
    # not the Malynivka and Petrivka of Kharkiv Oblast a few km across the border
    text = (
        "Belgorod Region governor Vyacheslav Gladkov said the villages of Malinovka, Severny, Bessonovka "
        "and Petrovka were attacked with 14 munitions."
    )

    for name in ("Malinovka", "Petrovka"):
        (place,) = places(text, name)
        assert place is None or place.country == "RU", name
    assert places(text, "Bessonovka")[0].admin1 == "Belgorod Oblast"


def test_a_district_named_by_its_adjective_is_its_seat_in_the_oblast_the_text_names() -> None:
    # GeoNames spells Klimovsk by Moscow "Klimovsky" too; the district of the Bryansk region is Klimovo's,
    # in every mention of it
    text = (
        "In the morning, a drone attacked the Klimovsky district of Russia's Bryansk region, the governor "
        "said. Later a Ukrainian UAV carried out a second attack on the Klimovsky district."
    )

    first, second = places(text, "Klimovsky")

    assert first.name == second.name == "Klimovo" and first.admin1 == "Bryansk Oblast"


def test_a_town_named_before_its_air_base_is_the_town_even_after_the() -> None:
    text = "Ukrainian drones struck the Borisoglebsk aviation center in Russia's Voronezh region overnight."

    assert places(text, "Borisoglebsk")[0].admin1 == "Voronezh Oblast"


def test_a_district_of_the_city_is_in_the_city_its_sentence_named() -> None:
    text = (
        "At around 10 p.m. in Kharkiv, an unidentified aerial vehicle hit a forest belt in the "
        "Shevchenkivskyi district of the city."
    )

    assert places(text, "Shevchenkivskyi district")[0].name == "Shevchenkivskyi District"  # Kharkiv's


def test_a_city_far_from_the_communities_of_an_oblast_listed_with_it_is_no_community_of_them() -> None:
    # the Mykolaivka community of Sumy Oblast, not the city of Mykolaiv 400 km south
    text = (
        "The Mykolaiv, Bilopillia, Krasnopillia, Velyka Pysarivka, Esman and Seredyna-Buda communities came "
        "under attacks."
    )

    (place,) = places(text, "Mykolaiv")

    assert place is None or place.admin1 == "Sumy Oblast"


def test_a_district_whose_word_is_capitalised_is_still_a_district() -> None:
    text = "Gladkov said Ukraine shelled the village of Urazovo in the Valuysky District, killing one person."

    assert places(text, "Valuysky")[0].name == "Valuyki"


def test_a_district_whose_name_is_only_a_town_abroad_is_no_place() -> None:
    # a Belgorod governor's "Borisov district" (Borisovka's) is no Barysaw of Belarus
    text = "In the Borisov district, the outskirts of a village were hit by mortar fire: three shells landed."

    assert places(text, "Borisov") == []
