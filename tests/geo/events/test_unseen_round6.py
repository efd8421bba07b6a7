"""Events told in phrasings of a sixth set of unseen articles (monitor and General Staff summaries,
think-tank assessments relayed by Ukrainian outlets, wire stories with datelines, state media).

Sentences are our own, built on facts from public reporting.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a taking that a side puts off has not happened
        (
            "The analysts believe the Kremlin has told its commanders to delay the capture of Kostiantynivka "
            "in favour of pushing across open fields.",
            set(),
        ),
        ("After heavy losses the command put off the capture of Toretsk until the autumn.", set()),
        # ... and so is the course chosen instead
        (
            "Commanders chose to bypass Chasiv Yar in favour of advancing through the fields to its south.",
            set(),
        ),
        ("Russian forces bypassed the mine instead of capturing Vuhledar.", set()),
        # reports the sentence itself calls sporadic or conflicting are no report of the event
        (
            "There have been sporadic reports that Russian troops crossed the river near Krynky, and "
            "Ukraine said it had pushed them back.",
            set(),
        ),
        ("Conflicting reports said Ukrainian forces had taken the town of Vovchansk on Monday.", set()),
        # what a side tries to win back, and the loss it tries to undo, are no advance of it
        (
            "Heavy fighting went on around Bakhmut, with Russian units counterattacking from several "
            "directions, trying to regain lost positions.",
            set(),
        ),
        (
            "Russian units kept attacking near Avdiivka, attempting to retake ground lost after Ukraine's "
            "liberation of Opytne.",
            set(),
        ),
        # the same words with the event told as done stay events
        (
            "Ukrainian forces liberated Andriivka on Friday, the General Staff said.",
            {("advance", "UA", "Andriivka")},
        ),
        (
            "Reports that Russian forces captured Ocheretyne were confirmed by the Ukrainian military.",
            {("advance", "RU", "Ocheretyne")},
        ),
    ],
)
def test_delayed_rumoured_and_attempted_takings_are_no_events(seen, text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire dateline whose dash touches the first word is where the story was filed
        (
            "KYIV, Oct 2 (Reuters) -Russia has captured two villages in the eastern Donetsk region, "
            "researchers said.",
            {("advance", "RU", "Donetsk Oblast")},  # not Kyiv; the count is the oblast's news
        ),
        (
            "KYIV (Reuters) -Russian troops captured the town of Vuhledar, Ukraine's military said on "
            "Wednesday.",
            {("advance", "RU", "Vuhledar")},
        ),
    ],
)
def test_a_dateline_is_no_place_of_the_event(seen, text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire whose object is a bridge is a strike on the crossing, however the verb is put
        (
            "Ukrainian rockets strikes Antonivskyi bridge again, the occupation official says",
            {("bridge_strike", "UA", "Antonivskyi Bridge")},
        ),
        (
            "Ukraine's air force commander released footage of the airstrike on Seym River bridge near "
            "Glushkovo.",
            {("bridge_strike", "UA", "Glushkovo")},
        ),
        (
            "Ukrainian forces are also targeting a second bridge in the village of Zvannoye in Russia's "
            "Kursk region, a Russian blogger said.",
            {("bridge_strike", "UA", "Zvannoye")},
        ),
    ],
)
def test_fire_on_a_bridge_is_a_bridge_strike(seen, text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "where" clause tells of the place right before it, not of the sentence's subject
        (
            "Sumy lies across the border from the Kursk region in Russia, where Ukrainian forces launched "
            "a surprise offensive last August.",
            {("advance", "UA", "Kursk Oblast")},
        ),
        (
            "Kharkiv is about 30 km from Vovchansk, where Russian forces advanced in May.",
            {("advance", "RU", "Vovchansk")},
        ),
        # ... unless the clause names its own place
        (
            "Sumy lies across the border from the Kursk region, where Ukrainian troops captured Sudzha.",
            {("advance", "UA", "Sudzha")},
        ),
    ],
)
def test_a_where_clause_is_about_the_place_before_it(seen, text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakthrough told in the perfect tense, near a town an oblast's possessive names
        (
            "Ukrainian troops have broken through a Russian defensive line near Donetsk Oblast's Bakhmut, "
            "the ground forces commander said.",
            {("advance", "UA", "Bakhmut")},
        ),
        (
            "Russian units had broken into the eastern part of Toretsk by Friday.",
            {("advance", "RU", "Toretsk")},
        ),
    ],
)
def test_a_breakthrough_in_the_perfect_tense(seen, text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a monitor's "now occupy" reports ground newly taken
        (
            "Russian troops now occupy the villages of Pishchane and Novoiehorivka, the monitoring group "
            "said.",
            {("advance", "RU", "Pishchane"), ("advance", "RU", "Novoiehorivka")},
        ),
        # ... but holding positions or a share of the country is no taking
        ("Ukrainian units currently occupy positions near Robotyne.", set()),
        ("Russia now occupies about a fifth of Ukraine's territory.", set()),
    ],
)
def test_now_occupying_a_village_is_an_advance(seen, text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead and wounded of the fire at another place of its sentence: fire there too
        (
            "Russian shelling of Nikopol killed two people overnight, and a man was wounded in the town of "
            "Marhanets.",
            {("strike", "RU", "Nikopol"), ("strike", "RU", "Marhanets")},
        ),
        (
            "As a result of Russian shelling in Kherson, six people were injured, and one man died in "
            "Bilozerka, the governor said.",
            {("strike", "RU", "Kherson"), ("strike", "RU", "Bilozerka")},
        ),
        # ... not someone hurt elsewhere some other day
        (
            "Russian missiles hit Odesa; a man who was injured in Kharkiv last week died in hospital.",
            {("strike", "RU", "Odesa")},
        ),
    ],
)
def test_casualties_at_a_place_of_a_strike_sentence(seen, text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire told as a constant state, the cause of something else, is no one strike
        (
            "Troops said that advancing toward Andriivka was very hard because of dense minefields and "
            "Russia's constant artillery fire.",
            set(),
        ),
        ("Residents of Vovchansk have lived for months under relentless Russian shelling.", set()),
        # one bout of fire stays a strike
        ("Russian artillery shelled Kherson on Monday.", {("strike", "RU", "Kherson")}),
    ],
)
def test_constant_fire_is_a_backdrop(seen, text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flag that "had flown again" over a village, in the past perfect of a confirmation
        (
            "The defence forces confirmed that the Ukrainian flag had flown again over the village of "
            "Urozhaine in the Donetsk region.",
            {("advance", "UA", "Urozhaine")},
        ),
    ],
)
def test_a_flag_that_has_flown_again_over_a_village(seen, text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places counted in one sentence and named in the next: one event, told over the two
        (
            "Russian forces captured two villages in the Donetsk region, the Defence Ministry said. These "
            "are Ocheretyne and Novobakhmutivka.",
            {("advance", "RU", "Ocheretyne"), ("advance", "RU", "Novobakhmutivka")},
        ),
        (
            "Ukrainian troops liberated three settlements in the Kharkiv region on Saturday. Among them are "
            "Balakliia, Volokhiv Yar and Shevchenkove.",
            {
                ("advance", "UA", "Balakliia"),
                ("advance", "UA", "Volokhiv Yar"),
                ("advance", "UA", "Shevchenkove"),
            },
        ),
        # a next sentence that names no place, or a first one that tells no event, joins nothing
        (
            "Russian troops shelled several villages overnight. They are now without power, officials said.",
            set(),
        ),
        ("The villages were quiet for once. These are Ocheretyne and Novobakhmutivka.", set()),
    ],
)
def test_places_counted_in_one_sentence_and_named_in_the_next(seen, text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow claimed control of Avdiivka on Saturday.", {("advance", "RU", "Avdiivka")}),
        ("Russian forces expanded their foothold in Chasiv Yar.", {("advance", "RU", "Chasiv Yar")}),
        ("Ukrainian marines widened the bridgehead at Krynky.", {("advance", "UA", "Krynky")}),
        # control of the skies is no ground, and a firm's presence no foothold
        ("Ukraine claimed control of the skies over Odesa.", set()),
        ("The company expanded its presence in Kyiv.", set()),
    ],
)
def test_claimed_control_and_a_widened_foothold_are_advances(seen, text, expected):
    assert seen(text) == expected
