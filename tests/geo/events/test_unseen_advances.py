"""Advances and withdrawals told in phrasings the first articles did not use.

"exploited the breakthrough and occupied X and Y villages" and "managed to hang up the flag in
this village" are captures; a withdrawal from a village named with the wider area it lies in is
at the village.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text

MOVES = ("advance", "retreat")


def seen(text: str, types: tuple[str, ...] = MOVES) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2024, 5, 6)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found if e.event_type in types}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian troops exploited their breakthrough and occupied Novobakhmutivka and Keramik villages.",
            {("advance", "RU", "Novobakhmutivka"), ("advance", "RU", "Keramik")},
        ),
        (
            "Ukrainian troops pushed on and occupied the village of Robotyne.",
            {("advance", "UA", "Robotyne")},
        ),
        (
            "Fighting went on near Ocheretyne for a week. On Sunday the Russians managed to hang up "
            "their flag in this village.",
            {("advance", "RU", "Ocheretyne")},
        ),
    ],
)
def test_an_occupation_or_a_flag_hung_is_a_capture(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an occupied place named as where something is, with no force occupying it
        "Shelling was reported in the occupied city of Melitopol.",
        "Residents of occupied Tokmak and occupied Melitopol reported explosions.",
    ],
)
def test_occupied_as_an_adjective_is_no_capture(text):
    assert seen(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian troops withdrew from the village of Krynky on the left bank of the Dnipro "
            "in the Kherson region.",
            {("retreat", "UA", "Krynky")},
        ),
        (
            "Russian forces pulled out of the village of Dudchany on the right bank of the Dnipro.",
            {("retreat", "RU", "Dudchany")},
        ),
        # a village the gazetteer lacks: the bank it lies on is not where the withdrawal was
        (
            "Ukrainian troops withdrew from the village of Zbruchivka on the left bank of the Dnipro.",
            set(),
        ),
        # an unknown village named with adjectives is not moved to its region
        (
            "Russian forces captured the eastern Ukrainian village of Zbruchivka in the Donetsk region.",
            set(),
        ),
        # a town the sentence only heads toward is not where the unknown village was taken back
        ("Further south, toward Sudzha, Russian troops also took back the village of Zbruchivka.", set()),
        ("Ukrainian troops took back Kupiansk.", {("advance", "UA", "Kupiansk")}),
        # but the places listed with it are
        (
            "Russian troops withdrew from Zbruchivka, Dudchany and Mylove.",
            {("retreat", "RU", "Dudchany"), ("retreat", "RU", "Mylove")},
        ),
    ],
)
def test_a_withdrawal_from_a_village_on_a_wider_area_is_at_the_village(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Following Kyiv's incursion in August, Russian troops pushed into Vovchansk.",
            {("advance", "RU", "Vovchansk")},
        ),
        ("Following Kyiv's incursion in early August, Ukraine seized 1,200 square kilometres.", set()),
        (
            "After Moscow's offensive stalled, Ukrainian troops retook Kupiansk.",
            {("advance", "UA", "Kupiansk")},
        ),
        # a part of the city is the city
        ("Russian troops reached Kyiv's outskirts in March 2022.", {("advance", "RU", "Kyiv")}),
    ],
)
def test_a_capitals_possessive_is_its_government_not_the_place(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what was taken are the unnamed settlements, not the region they are in
        "The village lies near a group of settlements in Donetsk Oblast that Ukraine liberated in June.",
        "The dam lies upstream of Kherson, where Ukrainian forces have been making advances.",
        "Aid reached Orikhiv, where Ukrainian troops have been slowly advancing for weeks.",
    ],
)
def test_a_place_described_by_what_has_been_going_on_there_is_no_event(text):
    assert seen(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a General Staff summary's axes: towns far apart, named for the cities they lead to
        ("Ukrainian forces continue to advance around Bakhmut, Melitopol and Berdiansk.", set()),
        # villages on the line, or towns on the line, are advances
        (
            "Ukrainian forces continue to advance near Klishchiivka, Andriivka and Kurdiumivka.",
            {
                ("advance", "UA", "Klishchiivka"),
                ("advance", "UA", "Andriivka"),
                ("advance", "UA", "Kurdiumivka"),
            },
        ),
        (
            "Russian forces continued advancing near Kupiansk, Bakhmut and Avdiivka.",
            {("advance", "RU", "Kupiansk"), ("advance", "RU", "Bakhmut"), ("advance", "RU", "Avdiivka")},
        ),
        # one advance told with a big city: no list of axes
        (
            "Ukrainian forces advanced around Bakhmut, Melitopol and Berdiansk.",
            {("advance", "UA", "Bakhmut"), ("advance", "UA", "Melitopol"), ("advance", "UA", "Berdiansk")},
        ),
    ],
)
def test_an_ongoing_advance_over_far_apart_cities_names_axes(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its capture will enable Russian forces to reach the Ukrainian defence line in Sloviansk and "
            "reduce the number of enemy attacks on Horlivka.",
            set(),
        ),
        # the capture happened; what it will allow has not
        (
            "The capture of Vuhledar will allow Russian forces to reduce the number of enemy attacks on "
            "Volnovakha.",
            {("advance", "unknown", "Vuhledar")},
        ),
    ],
)
def test_what_an_event_will_make_possible_has_not_happened(text, expected):
    assert seen(text, types=("advance", "retreat", "strike")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vuhledar is now under Russian control, DeepState said.", {("advance", "RU", "Vuhledar")}),
        # still under control: fighting, not a change of hands
        ("Kupiansk remains under Ukrainian control.", set()),
    ],
)
def test_a_town_now_under_a_sides_control_was_taken_by_it(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kreminna lies on the road to Svatove. Russian troops captured it in April 2022.",
        "The town of Kreminna lies on the road to Svatove. Russian troops captured the town in April 2022.",
    ],
)
def test_it_stands_for_what_the_sentence_before_was_about(text):
    assert seen(text) == {("advance", "RU", "Kreminna")}


def test_an_attack_on_positions_that_failed_is_a_contact_not_a_strike() -> None:
    text = (
        "Units of the Russian occupation forces unsuccessfully attacked the positions of the Defense "
        "Forces in the areas of Robotyne and Verbove."
    )
    assert seen(text, types=("advance", "strike", "contact")) == {
        ("contact", "UA", "Robotyne"),
        ("contact", "UA", "Verbove"),
    }
