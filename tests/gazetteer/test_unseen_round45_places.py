"""Places of round 45 of unseen reporting, with the real gazetteer: a quarter of Kharkiv that GeoNames
lists as a city of 100,000 people is no pick on the Sumy front, and a Russian spelling that a town by
Moscow bears is the village of the front beside the article's places."""

from __future__ import annotations

from collections.abc import Callable

from gazetteer import find_places

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixtures of tests/gazetteer/conftest.py
Placed = Callable[[str, str], tuple[float, float] | None]
KmFrom = Callable[[tuple[float, float] | None, float, float], float]

SUMY_FRONT = (
    "Ukrainian troops are holding their positions on this line and preparing to push the enemy back. The "
    "Armed Forces liberated the settlement of Andriivka and advanced in the area of Oleksiivka, and the "
    "enemy was pushed further away from Sumy, the General Staff said.\n\n"
    "The Russian army lacks the forces to create a buffer zone along the border with the Sumy, Chernihiv "
    "and Kharkiv regions, a spokesman for the border guard said on Saturday. Its assault groups attack on "
    "foot, without armour, and suffer heavy losses every day, he said."
)


def test_a_city_quarter_is_no_village_of_another_front(resolved: Resolved) -> None:
    # Oleksiivka by Andriivka, not Kharkiv's Oleksiivka quarter (100,500 people in GeoNames), though the
    # article names the Kharkiv region
    assert resolved(SUMY_FRONT)["Oleksiivka"] == ("Oleksiivka", "Sumy Oblast")


def test_the_quarter_is_kharkivs_when_kharkiv_is_named(resolved: Resolved) -> None:
    text = "Russian drones struck Kharkiv overnight. In Oleksiivka, a residential building caught fire."
    assert resolved(text)["Oleksiivka"] == ("Oleksiivka", "Kharkiv Oblast")


RUSSIAN_BLOGGERS = (
    "Russian forces stop a Ukrainian counterattack near Sumy and retake Konstantinovka\n\n"
    "Russian forces have stopped a Ukrainian counterattack on the Sumy front and are advancing along a wide "
    "stretch of the line, Russian military bloggers wrote on Tuesday.\n\n"
    "Units of the North group of forces have again taken full control of Konstantinovka, they said. Russian "
    "troops are attacking Kondratovka from the north and east and have come closer to Andreyevka.\n\n"
    "The bloggers also cite Ukrainian analysts who say that Ukrainian forces have pulled out of Alekseyevka."
)


def test_a_russian_spelling_a_town_by_moscow_bears_is_the_village_by_the_articles_places(
    resolved: Resolved,
) -> None:
    # the Oleksiivka 5 km from Andriivka and Kindrativka, not the town of Alekseyevka 560 km off by Moscow
    assert resolved(RUSSIAN_BLOGGERS)["Alekseyevka"] == ("Oleksiivka", "Sumy Oblast")


def test_each_district_of_a_name_is_of_the_oblast_named_after_it() -> None:
    text = (
        "Novopavlovka is a village in the Pokrovsky district of the former Donetsk region, on the highway "
        "south of the city. Alekseyevka is a village in the Pokrovsky district of the Dnipropetrovsk region, "
        "4 kilometres north of Verbove."
    )
    districts = [m.place for m in find_places(text) if m.text == "Pokrovsky"]
    # the first is Pokrovsk's district (the oblast by its name before 2022), not the second's oblast
    assert (districts[0].name, districts[0].admin1) == (
        "Pokrovsk Raion",
        "Donetsk Oblast",
    )  # (a raion since round 76)
    assert districts[1].admin1 == "Dnipropetrovsk Oblast"


def test_a_community_named_by_its_shortened_adjective_is_of_the_district_named(resolved: Resolved) -> None:
    text = "A drone damaged a five-storey block in the Shakhtarsk community in the Synelnykivskyi district."
    # Shakhtarske (its community is the Shakhtarska hromada), not the town of Shakhtarsk 200 km east
    assert resolved(text)["Shakhtarsk"] == ("Shakhtarske", "Dnipropetrovsk Oblast")
    text = "The enemy struck the Vasylkiv community in Synelnykove district with drones, Lysak said."
    assert resolved(text)["Vasylkiv"] == ("Vasylkivka", "Dnipropetrovsk Oblast")


def test_a_community_whose_town_lies_in_the_district_is_that_town(resolved: Resolved) -> None:
    text = "Russian artillery shelled the Kupiansk community in the Kupiansk district twice overnight."
    assert resolved(text)["Kupiansk"] == ("Kupiansk", "Kharkiv Oblast")


def test_a_town_with_the_before_its_possessive_is_the_town(resolved: Resolved) -> None:
    text = "The enemy keeps advancing in the Chasiv Yar's northeastern Kanal microdistrict, ISW said."
    assert resolved(text)["Chasiv Yar"] == ("Chasiv Yar", "Donetsk Oblast")


def test_a_community_named_by_its_adjective_cut_short_is_beside_the_towns_of_its_sentence(
    resolved: Resolved, placed: Placed, km_from: KmFrom
) -> None:
    text = "The enemy targeted the Marhanets, Pokrovsk communities and Nikopol with drones, Lysak said."
    # Pokrovske of the Nikopol district (the Pokrovska hromada), not the town of Pokrovsk 230 km east
    assert resolved(text)["Pokrovsk"] == ("Pokrovske", "Dnipropetrovsk Oblast")
    assert km_from(placed(text, "Pokrovsk"), 47.65, 34.13) < 30


def test_the_town_of_pokrovsk_stays_with_its_own_neighbours(resolved: Resolved) -> None:
    text = "Russian drones hit Pokrovsk, Myrnohrad and Selydove in the Pokrovsk district overnight."
    assert resolved(text)["Pokrovsk"] == ("Pokrovsk", "Donetsk Oblast")


def test_a_village_of_a_misnamed_community_is_of_the_district_named_after_it(resolved: Resolved) -> None:
    text = (
        "Russian forces struck a municipal business in the frontline village of Prykolotne in the Vilkhivka "
        "hromada in the Kupiansk district overnight."
    )
    # (Prykolotne's community is Vilkhuvatka's; the Vilkhivka by Kharkiv is 60 km off)
    assert resolved(text)["Prykolotne"] == ("Prykolotne", "Kharkiv Oblast")


def test_a_village_far_from_its_community_and_its_district_is_not_placed(resolved: Resolved) -> None:
    text = "Shelling hit the village of Prykolotne in the Vilkhivka hromada in the Bohodukhiv district."
    assert "Prykolotne" not in resolved(text)


EIGHT_SETTLEMENTS = (
    "The Ukrainian soldiers liberated eight settlements, including Piatykhatky, over the past two weeks.\n\n"
    "According to the deputy minister, over two weeks of offensive operations in the Berdiansk and "
    "Melitopol directions the troops liberated eight settlements: Novodarivka, Levadne, Storozheve, "
    "Makarivka, Blahodatne, Lobkove, Neskuchne, and Piatykhatky."
)


def test_a_lone_mention_takes_the_village_the_list_of_its_name_points_to(mention_of: Callable) -> None:
    # the Piatykhatky 9 km from Lobkove, in both mentions; not the town of Pyatykhatky 200 km north
    first = mention_of(EIGHT_SETTLEMENTS, "Piatykhatky")
    assert (first.place.name, first.place.admin1) == ("Piatykhatky", "Zaporizhzhia Oblast")
