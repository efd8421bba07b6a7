"""Classes of errors seen on reporting the rules had never met: goals, failures and aims told as
background, generic summaries, where a withdrawal went, front sectors, "the same area", bridges
located by the next sentence and participles that describe. Sentences are our own, in the styles of
wire reports, General Staff summaries, ISW and Russian Defence Ministry statements."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import Event, extract_events, read_text


def events(text: str) -> list[Event]:
    return extract_events(read_text(text, published=date(2024, 8, 20)), load_gazetteer())


def seen(text: str, types: tuple[str, ...] = ("advance", "retreat", "strike", "bridge_strike")) -> set:
    return {(e.event_type, e.actor, e.place) for e in events(text) if e.event_type in types}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine's military is advancing towards the settlements of Robotyne and Verbove.",
        "The capture allows Ukrainian troops to continue advancing south toward the Russian-occupied Tokmak "
        "and Melitopol.",
        "Russian forces are pressing their attack as they push towards the city of Pokrovsk.",
        "Russian forces made advances farther north on the town of Siversk.",
        "Russian troops advanced on Kupiansk.",
        "Ukrainian units kept advancing in the direction of Tokmak.",
        "Russian forces advanced closer to Pokrovsk this week.",
        "Russian forces are closing in on the city of Pokrovsk.",
    ],
)
def test_where_a_side_is_heading_is_not_where_it_gained(sentence: str) -> None:
    assert seen(sentence, ("advance",)) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian forces advanced near Synkivka and towards Kupiansk.", {("advance", "RU", "Synkivka")}),
        ("Russian forces advanced into Vuhledar.", {("advance", "RU", "Vuhledar")}),
        ("Ukrainian forces began an attack on Balakliia.", {("advance", "UA", "Balakliia")}),
    ],
)
def test_the_places_a_side_moved_into_stay(sentence: str, expected: set) -> None:
    assert seen(sentence, ("advance",)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "After failing to advance on the capital Kyiv in the first weeks of the invasion, Russian troops "
        "have focused on capturing the Donbas.",
        "Having failed to take Kharkiv in 2022, Russian troops have concentrated on seizing the Donbas.",
        "Moscow's goal of capturing the Donbas has not changed.",
    ],
)
def test_a_failure_or_an_aim_in_the_background_is_no_advance(sentence: str) -> None:
    assert seen(sentence, ("advance",)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "They have seized village after village in their steady westward advance through Donetsk region.",
        "Moscow's troops have taken town after town in the Donetsk region.",
        "Russian forces captured villages in the Donetsk region this month.",
        "Chasiv Yar lies east of Kostiantynivka. The town's population has dwindled after two years of "
        "constant shelling and battles.",
        "Vuhledar has been reduced to ruins by two years of shelling.",
    ],
)
def test_a_generic_summary_is_no_event(text: str) -> None:
    assert seen(text) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russian troops have been advancing through the Donetsk region, capturing Novohrodivka on "
            "Monday.",
            {("advance", "RU", "Novohrodivka")},
        ),
        (
            "Ukrainian forces advanced in the Kharkiv region and recaptured Izium.",
            {("advance", "UA", "Izium")},
        ),
        ("Ukrainian forces recently advanced in Kursk Oblast.", {("advance", "UA", "Kursk Oblast")}),
    ],
)
def test_a_region_beside_the_town_that_says_where_adds_no_event(sentence: str, expected: set) -> None:
    assert seen(sentence) == expected


def test_months_of_fighting_before_a_capture_leave_the_capture() -> None:
    assert seen("After months of fighting, Russian forces captured Avdiivka.") == {
        ("advance", "RU", "Avdiivka")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian forces have withdrawn to Kostiantynivka, north of Toretsk.",
        "Ukrainian forces pulled back to Siversk.",
        "Ukrainian forces have withdrawn to Pokrovsk's outskirts, west of Novohrodivka.",
        "Ukrainian troops fell back to Kostiantynivka, south of Chasiv Yar.",
        "Ukrainian troops retreated to new positions near Lyman.",
        "Russian troops pulled back to the left bank of the Dnipro River.",
    ],
)
def test_where_a_withdrawal_went_is_not_where_it_happened(sentence: str) -> None:
    assert seen(sentence) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian troops entered Avdiivka. Ukrainian forces have withdrawn to Lastochkyne, west of "
            "Avdiivka.",
            "Avdiivka",
        ),
        (
            "Russian forces captured Chasiv Yar. Ukrainian troops retreated to positions west of Chasiv Yar.",
            "Chasiv Yar",
        ),
        ("Ukrainian forces withdrew from Vuhledar to new positions near Bohoiavlenka.", "Vuhledar"),
        ("Ukrainian troops were ordered to pull back from Avdiivka.", "Avdiivka"),
    ],
)
def test_a_withdrawal_is_from_the_place_the_article_says_was_lost(text: str, place: str) -> None:
    [retreat] = [e for e in events(text) if e.event_type == "retreat"]
    assert (retreat.actor, retreat.place, retreat.geo_precision) == ("UA", place, 1)


@pytest.mark.parametrize(
    ("sentence", "place", "precision"),
    [
        (
            "In the Kramatorsk sector, the occupants launched an air strike in the area of Chasiv Yar.",
            "Chasiv Yar",
            1,
        ),
        ("In the Kramatorsk sector, shelling was recorded in the area of Chasiv Yar.", "Chasiv Yar", 1),
        ("In the Pokrovsk direction, the enemy launched an air strike.", "Pokrovsk", 3),
    ],
)
def test_a_front_sector_is_context_not_the_place(sentence: str, place: str, precision: int) -> None:
    [strike] = [e for e in events(sentence) if e.event_type == "strike"]
    assert (strike.place, strike.geo_precision) == (place, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the Kramatorsk direction, the enemy attacked near Chasiv Yar. The occupants fired from "
            "multiple rocket launchers in the same area and near Bohdanivka.",
            {("strike", "RU", "Chasiv Yar"), ("strike", "RU", "Bohdanivka")},
        ),
        (
            "In the Kramatorsk direction, the enemy attacked near Chasiv Yar. The enemy also used multiple "
            "launch rocket systems in the same area.",
            {("strike", "RU", "Chasiv Yar")},
        ),
        (
            "In the Toretsk direction, the enemy attacked near Toretsk and Niu-York. The occupants shelled "
            "the same area and Pivnichne.",
            {("strike", "RU", "Niu-York"), ("strike", "RU", "Pivnichne")},
        ),
        (
            "Russian troops shelled Kupiansk. They also struck in the same area with guided bombs.",
            {("strike", "RU", "Kupiansk")},
        ),
    ],
)
def test_the_same_area_is_the_place_named_before(text: str, expected: set) -> None:
    assert seen(text, ("strike",)) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ukrainian forces have struck a key bridge in Russia's Kursk region. The bridge, located near "
            "Glushkovo, lies about 15 miles north of the border.",
            "Glushkovo",
        ),
        (
            "Ukrainian forces destroyed a pontoon bridge in the Kursk region. The crossing, near Tyotkino, "
            "was used to supply Russian troops.",
            "Tëtkino",
        ),
    ],
)
def test_a_bridge_is_placed_by_the_sentence_that_locates_it(text: str, place: str) -> None:
    [strike] = events(text)
    assert (strike.event_type, strike.actor, strike.place, strike.geo_precision) == (
        "bridge_strike",
        "UA",
        place,
        2,
    )


def test_a_bridge_told_again_is_one_strike() -> None:
    text = (
        "Ukrainian forces have struck a key bridge in Russia's Kursk region. The bridge, located near "
        "Glushkovo, lies about 15 miles north of the border. Officials said the attack on the bridge over "
        "the Seym River in the Glushkovo district cut a supply route."
    )
    assert [(e.event_type, e.place) for e in events(text)] == [("bridge_strike", "Glushkovo")]


def test_a_bridge_in_another_region_is_not_moved() -> None:
    text = (
        "Ukrainian forces have struck a key bridge in Russia's Kursk region. A second bridge near Kupiansk "
        "was closed for repairs."
    )
    assert [(e.place, e.geo_precision) for e in events(text)] == [("Kursk Oblast", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces entered Lyman on Saturday after Russian troops withdrew from the encircled town "
        "in the Donetsk region.",
        "Russian troops inside the surrounded city of Mariupol held out for weeks in the Donetsk region.",
    ],
)
def test_a_participle_that_describes_a_town_is_no_advance(text: str) -> None:
    assert all(e.place != "Donetsk Oblast" for e in events(text) if e.event_type == "advance")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russian troops have withdrawn to the eastern bank of the Dnipro from Kherson.",
            {("retreat", "RU", "Kherson")},
        ),
        (
            "The town of Myrnohrad, close to Pokrovsk, came under Russian artillery fire overnight.",
            {("strike", "RU", "Myrnohrad")},
        ),
        ("Russian forces captured Synkivka near Kupiansk.", {("advance", "RU", "Synkivka")}),
    ],
)
def test_a_place_that_only_locates_another_is_not_the_event(sentence: str, expected: set) -> None:
    assert seen(sentence) == expected
