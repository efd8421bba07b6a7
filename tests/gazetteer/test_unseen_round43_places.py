"""Places of round 43 of unseen reporting, with the real gazetteer: two villages listed in the oblast named
after them (the one by its list-mate, not a bigger namesake across the oblast), and the acronym of the
occupied territories (not Sloviansk's name of the 18th century)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer import find_places

Placed = Callable[[str, str], tuple[float, float] | None]  # the fixtures of tests/gazetteer/conftest.py
KmFrom = Callable[[tuple[float, float] | None, float, float], float]  # tests/gazetteer/conftest.py
Resolved = Callable[[str], dict[str, tuple[str, str]]]


def test_a_village_listed_in_the_oblast_named_after_it_is_the_one_by_its_list_mate(
    placed: Placed, km_from: KmFrom
) -> None:
    text = (
        "The brigade said it had raised its flag in the settlements of Voskresenka and Yalta in Donetsk "
        "Oblast, near the border with Dnipropetrovsk Oblast."
    )
    # the Yalta 10 km from Voskresenka, not the seaside village of 5,500 people by Mariupol, 130 km off
    assert km_from(placed(text, "Yalta"), 48.045, 36.750) < 3


def test_a_list_mate_an_oblast_apart_does_not_outweigh_the_town_the_article_puts_it_by(
    placed: Placed, km_from: KmFrom
) -> None:
    text = (
        "Moscow said its troops had taken the settlements of Hostre and Hryhorivka in the Donetsk region. "
        "Hostre lies west of the city of Donetsk, while Hryhorivka lies close to the town of Chasiv Yar."
    )
    # the Hryhorivka 6 km from Chasiv Yar (the second sentence), not one 24 km from Hostre
    assert km_from(placed(text, "Hryhorivka"), 48.640, 37.861) < 3


def test_the_acronym_of_the_occupied_territories_is_no_place(resolved: Resolved) -> None:
    text = "Explosions were reported overnight in the TOR of Donetsk Oblast, local channels said."
    found = resolved(text)
    assert "TOR" not in found  # not Sloviansk, called Tor until 1784
    assert found["Donetsk Oblast"] == ("Donetsk Oblast", "")


def test_a_misprinted_hyphenated_village_listed_after_its_neighbour_is_read(resolved: Resolved) -> None:
    text = (
        "Ukraine acknowledged the loss of control of Loskutivka and Rai-Olekandrivka, about 20 kilometers "
        "southwest of Lysychansk."
    )
    assert resolved(text)["Rai-Olekandrivka"] == ("Rai-Oleksandrivka", "Luhansk Oblast")  # one letter off


def test_a_hyphenated_name_far_from_any_village_of_its_spelling_stays_unread(resolved: Resolved) -> None:
    text = "Troops held their ground near Loskutivka and Novo-Zhytomyrska, the general staff said."
    assert "Novo-Zhytomyrska" not in resolved(text)


def test_of_namesakes_tied_in_named_oblasts_the_one_of_the_oblast_named_nearest(km_from: KmFrom) -> None:
    text = (
        "Russian forces have advanced on Dachnoye and are now clearing the village, a Russian-appointed "
        "official said. \"This is the first settlement in Dnipropetrovsk province from which Ukrainian "
        "forces "
        "have been pushed out,\" he said.\n\n"
        "The defence ministry said earlier that its units had reached the western border of Donetsk province "
        "and were advancing into Dnipropetrovsk province. In recent days, Russian forces have taken several "
        "villages in Donetsk province, south and east of Dachnoye, near Kostiantynivka and Toretsk.\n\n"
        "Dnipropetrovsk borders Kharkiv, Donetsk, Zaporizhzhia and Kherson provinces; a million people live "
        "in its capital, Dnipro."
    )
    # (on the article's day, 1 July 2025, the Dachnes by a front of the day outweigh a bigger one by Odesa)
    place = next(m.place for m in find_places(text, published=date(2025, 7, 1)) if m.text == "Dachnoye")
    # the Dachne of Dnipropetrovsk Oblast by the Donetsk line, not one of Donetsk or Kharkiv Oblast
    assert place is not None and km_from((place.lat, place.lon), 48.045, 36.826) < 3


def test_a_great_village_the_gazetteer_knows_by_its_bare_name_is_that_village(resolved: Resolved) -> None:
    text = "In Kharkiv Oblast, Russian troops attacked the village of Velyka Rohan, injuring four civilians."
    assert resolved(text)["Velyka Rohan"] == ("Rohan", "Kharkiv Oblast")  # beside Mala Rohan, east of Kharkiv


def test_a_great_village_with_no_bare_namesake_in_its_oblast_stays_unread(resolved: Resolved) -> None:
    text = "In Kharkiv Oblast, Russian troops attacked the village of Velyka Zhytomyrka, the governor said."
    assert "Velyka Zhytomyrka" not in resolved(text)


def test_the_occupiers_name_for_an_oblast_after_an_area_of_it_is_the_oblast(resolved: Resolved) -> None:
    text = (
        "Fighting went on near the town of Selidovo in the Kiev-controlled area of the Donetsk People’s "
        "Republic, a spokesman said."
    )
    assert resolved(text)["Donetsk People’s Republic"] == ("Donetsk Oblast", "")


def test_the_occupiers_name_for_an_oblast_as_an_office_is_no_place(resolved: Resolved) -> None:
    text = "An adviser to the head of the Donetsk People’s Republic said Selidovo was shelled overnight."
    assert "Donetsk People’s Republic" not in resolved(text)


def test_the_only_town_of_its_name_stays_itself_beside_far_sectors(resolved: Resolved) -> None:
    text = (
        "The enemy unsuccessfully attempted to assault positions in Vovchansk and tried to break through the "
        "defenses in the Kramatorsk and Toretsk sectors."
    )
    assert resolved(text)["Vovchansk"] == ("Vovchansk", "Kharkiv Oblast")  # 17,000 people, no namesake


def test_settlements_listed_may_be_cities(resolved: Resolved) -> None:
    text = "Trostianets lies between the larger settlements of Sumy and Kharkiv in the east of Ukraine."
    assert resolved(text)["Kharkiv"] == ("Kharkiv", "Kharkiv Oblast")


def test_villages_listed_are_still_no_city(resolved: Resolved) -> None:
    text = "Russian troops captured the villages of Pogrebki and Gorlovka in the Kursk region, Moscow said."
    # not the city of 240,000 people in Donetsk Oblast
    assert resolved(text).get("Gorlovka", ("", ""))[0] != "Horlivka"


def test_a_direction_from_a_town_locates_the_village_named_after_it(
    placed: Placed, km_from: KmFrom
) -> None:
    text = (
        "Positional fighting continued northeast of Kupyansk near Synkivka, southwest of Svatove near "
        "Makiivka, and west of Kreminna near Terny, the Institute for the Study of War said."
    )
    assert km_from(placed(text, "Synkivka"), 49.763, 37.692) < 3  # not put "southwest of Svatove"
    assert km_from(placed(text, "Makiivka"), 49.228, 37.984) < 3  # the village, not the city by Donetsk
    assert km_from(placed(text, "Terny"), 49.06, 37.98) < 10  # by Kreminna, not a town of Dnipropetrovsk


def test_a_direction_then_an_oblast_still_locates_the_village_before_it(
    placed: Placed, km_from: KmFrom
) -> None:
    text = "Fighting continued near Stepove, north of Avdiivka in Donetsk Oblast, the General Staff said."
    assert km_from(placed(text, "Stepove"), 48.18, 37.73) < 8  # the Stepove north of Avdiivka


def test_a_village_positioned_by_a_distance_between_dashes_is_put_where_the_text_says(
    placed: Placed, km_from: KmFrom
) -> None:
    text = (
        "The Russian Defense Ministry said its forces captured Klynove village, positioned approximately 15 "
        "kilometers—roughly 9 miles—southeast of Kramatorsk city."
    )
    # 15 km south-east of Kramatorsk, not the Klynove of the data 46 km east of it
    assert km_from(placed(text, "Klynove"), 48.63, 37.70) < 5


def test_the_north_crimean_canal_is_drawn_at_its_stretch_by_the_article(resolved: Resolved) -> None:
    text = "The Russians seized the Kakhovka dam and captured the North Crimean Canal near Tavriysk."
    assert resolved(text)["North Crimean Canal"] == ("North Crimean Canal", "")


def test_communities_named_by_adjective_are_those_of_the_district_the_sentence_names(
    placed: Placed, km_from: KmFrom
) -> None:
    text = (
        "According to him, the enemy attacked Synelnykivshchyna with missiles and drones - in particular, "
        "the Petropavlivska, Malomykhailivska and Pokrovska communities suffered."
    )
    # the towns of the Synelnykove district, not the namesakes by Kryvyi Rih and Nikopol
    assert km_from(placed(text, "Petropavlivska"), 48.464, 36.431) < 3
    assert km_from(placed(text, "Malomykhailivska"), 48.087, 36.414) < 3
    assert km_from(placed(text, "Pokrovska"), 47.981, 36.234) < 3


def test_a_hromada_at_the_far_end_of_a_wide_district_is_still_in_it(placed: Placed, km_from: KmFrom) -> None:
    text = (
        "The Russians used drones and guided bombs against the Mezhova, Novopavlivka and Vasylkivka "
        "hromadas in the Synelnykove district."
    )
    assert km_from(placed(text, "Novopavlivka"), 48.138, 36.787) < 3  # 98 km east of Synelnykove, by Mezhova


def test_a_city_district_after_its_city_in_the_paragraph_is_that_citys(resolved: Resolved) -> None:
    text = (
        "A Russian drone struck a residential building in Kamianske, killing one man. Russian army also "
        "struck a bus in Nikopol.\n\n"
        "On the morning of 26 April, Russian forces also attacked Kharkiv with strike drones. One drone hit "
        "near a high-rise building in the Shevchenkivsky district."
    )
    # Kharkiv's district, not the town of Shevchenko in Poltava Oblast
    assert resolved(text)["Shevchenkivsky district"] == ("Shevchenkivskyi District", "Kharkiv Oblast")


def test_a_village_put_in_its_oblast_is_not_far_from_places_put_in_another(resolved: Resolved) -> None:
    text = (
        "The ministry said its forces had captured the villages of Stupochky and Otradne in Donetsk region. "
        "Further, they also captured Loknya, a village inside the Russian border in the Sumy region.\n\n"
        "Ukraine referred to Stupochky earlier this week as part of an area under Russian attack."
    )
    assert resolved(text)["Loknya"] == ("Loknia", "Sumy Oblast")  # 350 km from Stupochky, in its own oblast
