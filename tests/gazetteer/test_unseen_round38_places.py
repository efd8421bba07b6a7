"""Places of round 38 of unseen reporting, with the real gazetteer: pairs of villages named as the ends of
directions, an oblast called by its city's Russian spelling in a list of oblasts, a list of bare names a
line each, a name the gazetteer knows only far from the oblast the story is about, and the southern
front's operational name."""

from __future__ import annotations

from collections.abc import Callable

from gazetteer import haversine_km

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py
Placed = Callable[[str, str], tuple[float, float] | None]


def test_pairs_of_villages_after_such_directions_as_are_places(resolved: Resolved) -> None:
    text = (
        "Ukrainian defenders prevented the enemy's reconnaissance in such directions as Metiolkine-Voronove "
        "and Metiolkine-Syrotyne near Sievierodonetsk."
    )
    found = resolved(text)
    assert found["Voronove"] == ("Voronove", "Luhansk Oblast")
    assert found["Syrotyne"] == ("Syrotyne", "Luhansk Oblast")
    # spelled Metolkine in the data: a variant, read without the hyphen after it
    assert found["Metiolkine"] == ("Metolkine", "Luhansk Oblast")


def test_a_city_s_russian_spelling_in_a_list_of_oblasts_is_its_oblast(resolved: Resolved) -> None:
    text = "The targets were substations in the Kiev, Vinnitsa, Poltava, Nikolayev and Odessa regions."
    assert resolved(text)["Nikolayev"] == ("Mykolaiv Oblast", "")


def test_villages_listed_a_line_each_are_told_apart_by_one_another(placed: Placed) -> None:
    text = (
        "Ukrainian units restored the state flag in four settlements of the Beryslav district:\n\n"
        "- Ukrainka\n- Khreshchenivka\n- Zolota Balka\n- Biliaivka\n\n"
        "The enemy is trying to hold the occupied territories."
    )
    ukrainka = placed(text, "Ukrainka")
    # the Ukrainka by Khreshchenivka on the Dnipro's right bank, not one of Kherson Oblast's other three
    assert ukrainka is not None and haversine_km(ukrainka[0], ukrainka[1], 47.32, 33.78) < 5


def test_a_russian_spelling_is_looked_for_in_the_oblast_the_story_is_about(placed: Placed) -> None:
    text = (
        "Russian troops have entered the Dnipropetrovsk region, Kyiv admitted. Russian forces are now "
        "occupying the villages of Zaporizke and Novogeorgievka, DeepState reported. The Ukrainian "
        "military said the Russians were trying to establish control of Novogeorgievka."
    )
    first = placed(text, "Novogeorgievka")
    # the Novoheorhiivka by Zaporizke, not Mykolaiv Oblast's Novogeorgiyevka, which the data spells so
    assert first is not None and haversine_km(first[0], first[1], 47.87, 36.57) < 5


def test_the_southern_front_s_operational_name_is_no_village(resolved: Resolved) -> None:
    text = "Ukrainian troops have advanced up to 7 kilometers in the Tavriia direction, Maliar said."
    assert "Tavriia" not in resolved(text)


def test_pairs_of_villages_after_in_the_area_of_are_places(resolved: Resolved) -> None:
    text = "Near Bakhmut, in the area of Ivanivske-Klishchiyivka, Ukrainian forces advanced by 700 metres."
    found = resolved(text)
    assert found["Klishchiyivka"] == ("Klishchiivka", "Donetsk Oblast")
    assert found["Ivanivske"][1] == "Donetsk Oblast"


def test_a_city_s_name_before_settlements_of_is_its_oblast(placed: Placed, resolved: Resolved) -> None:
    text = (
        "Ukraine says it has liberated three villages. Videos showed Ukrainian soldiers in the nearby "
        "Donetsk settlements of Blahodatne and Neskuchne."
    )
    assert resolved(text)["Donetsk"] == ("Donetsk Oblast", "")
    neskuchne = placed(text, "Neskuchne")
    # the Neskuchne south of Velyka Novosilka, beside Blahodatne
    assert neskuchne is not None and haversine_km(neskuchne[0], neskuchne[1], 47.82, 36.81) < 5


def test_a_variant_over_a_whole_oblast_matches_a_place_s_own_name(mention_of) -> None:
    # GeoNames lists "Chaikino" among the alternate names of a Naikyne 25 km off: no spelling of Chaikyne
    text = (
        "In the Chernihiv region, the Novhorod-Siverska community came under fire. There were 47 explosions "
        "in the direction of Hremiach, Chaikyne and Mykhalchyna Sloboda."
    )
    chaikyne = mention_of(text, "Chaikyne")
    assert chaikyne is not None
    assert chaikyne.place is None or chaikyne.place.name != "Naikyne"
