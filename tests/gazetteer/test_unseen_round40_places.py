"""Places of round 40 of unseen reporting, with the real gazetteer: two villages of many namesakes named
as a pair, a village the text calls neighbouring, the towns of "the X and Y regions", and the one village
of a name far from a list of villages that a misspelt neighbour explains."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer import find_places

Placed = Callable[[str, str], tuple[float, float] | None]  # the fixtures of tests/gazetteer/conftest.py
KmFrom = Callable[[tuple[float, float] | None, float, float], float]  # tests/gazetteer/conftest.py
Resolved = Callable[[str], dict[str, tuple[str, str]]]


PAIR_TEXT = (
    "The Ukrainian General Staff gave its morning update on Facebook.\n\n"
    "In the report, the enemy tried to launch an offensive outside the settlements of Dovhenke and "
    "Dmytrivka. The attempts failed and the enemy fell back to its earlier positions.\n\n"
    "An attempt to storm Zolote failed as well.\n\n"
    "The main effort of the Russian troops remains the capture of the Donetsk and Luhansk regions "
    "and the creation of a land corridor to occupied Crimea, the staff said. In the Slobozhanshchyna "
    "direction the enemy keeps part of Kharkiv blockaded and shells its districts with artillery and "
    "rocket launchers.\n\n"
    "Russian units stationed in Moldova’s breakaway Transnistria region remain on alert, according "
    "to the report, and the threat of missile strikes from the Black Sea persists.\n\n"
    "In the Donetsk direction, the enemy continued assaults on Popasna, Rubizhne and Nyzhnie and "
    "tried to advance towards Novobakhmutivka. Fighting for the Azovstal plant in Mariupol goes on.\n\n"
    "Aerial reconnaissance goes on in the Izium direction, where the enemy looks for the positions "
    "of the Ukrainian forces with Orlan-10 drones."
)


def test_two_villages_of_many_namesakes_named_as_a_pair_lie_together(placed: Placed, km_from: KmFrom) -> None:
    # the Dovhenke and the Dmytrivka 15 km apart south of Izium (four Dovhenkes, dozens of Dmytrivkas)
    assert km_from(placed(PAIR_TEXT, "Dovhenke"), 49.016, 37.325) < 3
    assert km_from(placed(PAIR_TEXT, "Dmytrivka"), 49.053, 37.125) < 3


def test_a_village_the_text_calls_neighbouring_lies_beside_the_place_of_the_story(
    placed: Placed, km_from: KmFrom
) -> None:
    text = (
        "Ukrainian troops have freed the village of Neskuchne in Donetsk Oblast, a territorial defence "
        "battalion said on Sunday.\n\n"
        "Neskuchne lies a few kilometers from the town of Velyka Novosilka, west of Vuhledar.\n\n"
        "A video from the battalion shows its soldiers with the unit flag beside a ruined house.\n\n"
        "The news comes on the same day the army freed the neighboring Blahodatne village, a day after "
        "the president said the counteroffensive was under way.\n\n"
        "The General Staff also said a motorized brigade took back a Russian position near the town of "
        "Avdiivka in Donetsk Oblast.\n\n"
        "Avdiivka, a few kilometers north of occupied Donetsk, has been shelled by Russian forces since "
        "2014."
    )
    # the Blahodatne 2 km from Neskuchne, not the larger one 15 km from Vuhledar
    assert km_from(placed(text, "Blahodatne"), 47.797, 36.814) < 3


def test_the_towns_of_the_x_and_y_regions_are_both_places(resolved: Resolved) -> None:
    text = "Moscow said its troops stationed in the Balakliya and Izyum regions would be regrouped."
    found = resolved(text)
    assert found["Balakliya"][0] == "Balakliia"
    assert found["Izyum regions"][0] == "Izium Raion"  # (round 76: a seat's "region" is its raion)


def test_the_one_village_of_a_name_far_from_its_list_gives_way_to_a_misspelt_one(
    placed: Placed, km_from: KmFrom
) -> None:
    text = (
        "Ukraine's defence forces liberated seven villages on the southern fronts over the past week, "
        "the deputy defence minister said on Monday.\n\n"
        "According to her, the troops have freed the settlements of Lobkove, Levadne, Novodarivka, "
        "Neskuchne, Storozhove, Makarivka and Blahodatne."
    )
    # Storozheve by Neskuchne, not the Storozhove of Poltava Oblast 280 km away
    assert km_from(placed(text, "Storozhove"), 47.80, 36.80) < 3


def test_a_hamlet_of_the_2025_front_is_the_one_on_the_line_not_one_behind_it(km_from: KmFrom) -> None:
    text = (
        "The General Staff says the village of Dachne in Dnipropetrovsk Oblast remains under Ukrainian "
        "control.\n\n"
        "Earlier, military intelligence said the city of Dnipro faced no threat beyond missile and drone "
        "attacks."
    )
    (mention, *_) = [m for m in find_places(text, published=date(2025, 7, 2)) if m.text == "Dachne"]
    # the Dachne on the Donetsk oblast border by Novopavlivka, not those by Mezhova 20-40 km behind it
    assert km_from((mention.place.lat, mention.place.lon) if mention.place else None, 48.045, 36.826) < 3


def test_a_town_misspelt_by_one_letter_with_no_cue_is_the_town_near_the_story(resolved: Resolved) -> None:
    text = "Russian troops shelled Kramadorsk overnight, after a day of fighting near Sloviansk and Bakhmut."
    assert resolved(text)["Kramadorsk"][0] == "Kramatorsk"


def test_a_name_one_letter_off_a_town_far_from_the_story_stays_unplaced(resolved: Resolved) -> None:
    # Liubotyn lies by Kharkiv, 600 km from Odesa: a reporter's "Lubotyn" there is no misprint of it
    text = "Officials in Odesa said the Lubotyn family had left the port before the strike on Chornomorsk."
    assert "Lubotyn" not in resolved(text)


def test_a_village_spelled_with_the_hard_ending_is_its_soft_ending_namesake(
    placed: Placed, km_from: KmFrom
) -> None:
    text = "Russian troops shelled the Mykolaiv region. In the village of Kotliarove, a shop burned."
    assert km_from(placed(text, "Kotliarove"), 46.886, 32.220) < 3  # Kotliareve (Kotlyareve)


def test_a_name_in_a_list_of_towns_across_the_fronts_is_the_town(resolved: Resolved) -> None:
    text = (
        "Infrastructure in more than 20 settlements was damaged today. Among them are Sloviansk, Siversk, "
        "Soledar, Bakhmut, Vuhledar, Nikopol and Ochakiv."
    )
    found = resolved(text)
    assert found["Nikopol"] == ("Nikopol", "Dnipropetrovsk Oblast")  # the city, not the hamlet by Sloviansk
    assert found["Ochakiv"] == ("Ochakiv", "Mykolaiv Oblast")  # far from the others as they are apart


def test_a_misspelt_town_the_gazetteer_left_unresolved_is_read_again(resolved: Resolved) -> None:
    text = (
        "Ukrainian forces retook Izium and Balakliya. Later it was reported that they also took full "
        "control of the cities Kypyansk and Vovchansk."
    )
    assert resolved(text)["Kypyansk"][0] == "Kupiansk"


def test_an_adjective_before_a_thing_is_no_misspelt_town(resolved: Resolved) -> None:
    text = "Russian forces advanced near Kurakhove and struck the Ternivska Dam on the Vovcha river."
    assert "Ternivska" not in resolved(text)


def test_the_kreminna_forest_under_its_other_names_is_the_serebrianskyi_forest(resolved: Resolved) -> None:
    text = "Border guards struck Russian positions in the Serebryan forestry and the Kreminskyi forest."
    found = resolved(text)
    assert found["Serebryan forestry"][0] == found["Kreminskyi forest"][0] == "Serebrianskyi Forest"
