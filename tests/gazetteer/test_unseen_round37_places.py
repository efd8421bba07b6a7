"""Places of round 37 of unseen reporting, with the real gazetteer: two spellings of one village in one
article, and a command of troops named for a city."""

from __future__ import annotations

from collections.abc import Callable

from gazetteer import haversine_km

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py
Placed = Callable[[str, str], tuple[float, float] | None]

TWO_SPELLINGS = (
    "Russia said Friday its forces had captured Sergiivka, a frontline village some 15 km from Pokrovsk. "
    "The defense ministry said its units liberated the village of Sergeevka, using the Russian name. "
    "Earlier this week, Moscow claimed the villages of Lysychne and Ivanivka, both north of Sergiivka."
)


def test_two_spellings_of_one_village_are_one_place(placed: Placed) -> None:
    ukrainian, russian = placed(TWO_SPELLINGS, "Sergiivka"), placed(TWO_SPELLINGS, "Sergeevka")
    assert ukrainian is not None and russian == ukrainian
    # the Serhiivka of the Novohrodivka community, east of Pokrovsk
    assert haversine_km(ukrainian[0], ukrainian[1], 48.22, 37.41) < 5


def test_two_spellings_in_two_oblasts_stay_two_places(placed: Placed) -> None:
    # the resort by the Black Sea and the village by Pokrovsk: the text puts each in its oblast
    text = (
        "A drone hit a hotel in Serhiivka in the Odesa region overnight. In the Donetsk region, the "
        "ministry said its units liberated Sergeevka near Pokrovsk and Lysychne."
    )
    resort, village = placed(text, "Serhiivka"), placed(text, "Sergeevka")
    assert resort is not None and village is not None
    assert haversine_km(resort[0], resort[1], 46.02, 30.36) < 15
    assert haversine_km(village[0], village[1], 48.22, 37.41) < 15


def test_a_command_named_for_a_city_is_no_place(resolved: Resolved) -> None:
    text = (
        "Oleksii Bielskyi, spokesperson for the Dnipro operational and strategic group of troops, said "
        "Russian forces shelled Kolodiazi in the Donetsk region."
    )
    found = resolved(text)
    assert "Dnipro" not in found
    assert "Kolodiazi" in found


def test_a_city_before_other_words_stays_a_city(resolved: Resolved) -> None:
    assert "Dnipro" in resolved("A group of Russian drones attacked Dnipro overnight.")


def test_a_community_s_adjective_with_a_russian_g_is_its_seat_s(resolved: Resolved) -> None:
    text = "In the Chervonogrihorivska community, three high-rise buildings were damaged by shelling."
    assert resolved(text)["Chervonogrihorivska"] == ("Chervonohryhorivka", "Dnipropetrovsk Oblast")


def test_a_district_adjective_in_z_is_its_city_s(resolved: Resolved) -> None:
    text = "Russia shelled the Nikopolskyi and Kryvorizkyi districts of the Dnipropetrovsk region."
    found = resolved(text)
    # (the raions since round 76)
    assert found["Kryvorizkyi"] == ("Kryvyi Rih Raion", "Dnipropetrovsk Oblast")
    assert found["Nikopolskyi"] == ("Nikopol Raion", "Dnipropetrovsk Oblast")


def test_a_district_adjective_before_towns_names_is_the_district_of_its_town(resolved: Resolved) -> None:
    # not a misprint of one of the Pokrovskes, nor the Pokrovskiy of Luhansk Oblast
    text = "This night, the Russians fired in Pokrovsky, Kramatorsk and Bakhmut districts."
    assert resolved(text)["Pokrovsky"] == ("Pokrovsk Raion", "Donetsk Oblast")  # (a raion since round 76)
