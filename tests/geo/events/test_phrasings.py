"""Phrasings of monitors, General Staff summaries and Russian Defence Ministry statements.

The rules were first written against a few wire stories; these are the ways other outlets tell the
same events: several places after one verb, a monitor's claim, Moscow's "liberated", a pronoun for
the place, one strike on several bridges. Sentences are ours, facts from public reporting.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


def events(text: str, published: date = date(2024, 5, 10), **meta: str):
    return extract_events(read_text(text, published=published, **meta), load_gazetteer())


def seen(text: str, **meta: str) -> set[tuple[str, str, str]]:
    return {(e.event_type, e.actor, e.place) for e in events(text, **meta) if e.event_type != "contact"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one verb, several villages
        (
            "DeepState identified the settlements of Robotyne, Verbove and Novoprokopivka as occupied.",
            {
                ("advance", "RU", "Robotyne"),
                ("advance", "RU", "Verbove"),
                ("advance", "RU", "Novoprokopivka"),
            },
        ),
        (
            "Russian troops made advances in the settlements of Ocheretyne and Keramik.",
            {("advance", "RU", "Ocheretyne"), ("advance", "RU", "Keramik")},
        ),
        (
            "Russian forces have taken control over the villages of Novobakhmutivka and Soloviove, "
            "according to DeepState.",
            {("advance", "RU", "Novobakhmutivka"), ("advance", "RU", "Soloviove")},
        ),
        # a monitor's report of advances near one place and in others
        (
            "According to DeepState, Russian forces advanced near "
            "Ocheretyne and in Keramik and Novobakhmutivka.",
            {
                ("advance", "RU", "Ocheretyne"),
                ("advance", "RU", "Keramik"),
                ("advance", "RU", "Novobakhmutivka"),
            },
        ),
        (
            "Russian forces made marginal advances north of Chasiv Yar and in eastern Toretsk.",
            {("advance", "RU", "Chasiv Yar"), ("advance", "RU", "Toretsk")},
        ),
        (
            "Geolocated footage indicates that Russian forces recently advanced northeast of Kupiansk "
            "near Synkivka.",
            {("advance", "RU", "Synkivka")},
        ),
        # a place that only locates another is not a second event...
        (
            "Russian bombs hit the town of Myrnohrad close to Pokrovsk and the town of Kurakhove.",
            {("strike", "RU", "Myrnohrad"), ("strike", "RU", "Kurakhove")},
        ),
        # ...nor is the region that qualifies a village
        (
            "Russian troops occupied Terny in the Donetsk region, Nevske and Bilohorivka.",
            {("advance", "RU", "Terny"), ("advance", "RU", "Nevske"), ("advance", "RU", "Bilohorivka")},
        ),
    ],
)
def test_one_verb_with_several_places_is_one_event_per_place(sentence, expected):
    assert seen(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian troops occupied the village of Synkivka.", {("advance", "RU", "Synkivka")}),
        ("The village of Synkivka was occupied in May.", {("advance", "RU", "Synkivka")}),
        ("Ukrainian marines gained a foothold in Krynky.", {("advance", "UA", "Krynky")}),
        ("Ukrainian troops abandoned the outpost of Krynky.", {("retreat", "UA", "Krynky")}),
        # who drives someone out advances and the driven retreat: both are told
        (
            "Russian troops were driven out of Robotyne.",
            {("retreat", "RU", "Robotyne"), ("advance", "UA", "Robotyne")},
        ),
        (
            "Russian troops were driven back from Robotyne.",
            {("retreat", "RU", "Robotyne"), ("advance", "UA", "Robotyne")},
        ),
        (
            "Ukrainian forces drove Russian troops out of Klishchiivka.",
            {("advance", "UA", "Klishchiivka"), ("retreat", "RU", "Klishchiivka")},
        ),
        (
            "Ukrainian forces have driven Russian troops back from Synkivka.",
            {("advance", "UA", "Synkivka"), ("retreat", "RU", "Synkivka")},
        ),
        ("Russian troops fell back from Robotyne after Ukrainian assaults.", {("retreat", "RU", "Robotyne")}),
        (
            "Avdiivka fell after four months of fighting, and Russian "
            "forces raised their flag over the city.",
            {("advance", "RU", "Avdiivka")},
        ),
        (
            "Russian units entered Ocheretyne after the fall of Berdychi.",
            {("advance", "RU", "Ocheretyne"), ("advance", "RU", "Berdychi")},
        ),
        (
            "Ukrainian troops reached Robotyne and then Verbove.",
            {("advance", "UA", "Robotyne"), ("advance", "UA", "Verbove")},
        ),
        (
            "Russian troops seized Melitopol on the war's first day. Ukraine has never retaken it.",
            {("advance", "RU", "Melitopol")},
        ),
        (
            "Melitopol lies on the road to Crimea. Russian troops captured it on the war's first day.",
            {("advance", "RU", "Melitopol")},
        ),
        (
            "The village of Novooleksandrivka, two kilometers from "
            "Ocheretyne, was claimed by Russia in June.",
            {("advance", "RU", "Novooleksandrivka")},
        ),
        ("Avdiivka fell on Saturday, the governor said.", {("advance", "unknown", "Avdiivka")}),
        # a place after another event phrase is that phrase's; "It" is the place the article is about
        (
            "Russian troops entered Avdiivka on Saturday. It is the most significant territorial gain for "
            "Russian forces since they seized Bakhmut last May.",
            {("advance", "RU", "Avdiivka"), ("advance", "RU", "Bakhmut")},
        ),
        # what a side aims at is not where it advanced
        (
            "Russian troops moved forward near Ocheretyne, aiming to encircle Pokrovsk.",
            {("advance", "RU", "Ocheretyne")},
        ),
        # a clause set against another does not lend its place to the verb after it
        (
            "Russian troops entered Ocheretyne, while Ukrainian troops withdrew from positions near "
            "Avdiivka.",
            {("advance", "RU", "Ocheretyne"), ("retreat", "UA", "Avdiivka")},
        ),
        # a place taken, then left by the other side: "after" lends it
        (
            "Ukrainian forces took control of Lyman, a rail junction, after Russian troops withdrew on "
            "Saturday.",
            {("advance", "UA", "Lyman"), ("retreat", "RU", "Lyman")},
        ),
        (
            "Russia said on Saturday its forces had captured a village. The defence ministry said its "
            "troops “liberated the village of Sokil”.",
            {("advance", "RU", "Sokil")},
        ),
        (
            "Ukraine launched an offensive into Russia's Kursk region in August.",
            {("advance", "UA", "Kursk Oblast")},
        ),
        # a village the gazetteer lacks is not replaced by another place of the sentence
        (
            "Russian troops entered Ocheretyne, while Ukrainian troops withdrew from Berdychi.",
            {("advance", "RU", "Ocheretyne"), ("retreat", "UA", "Berdychi")},
        ),
        ("Bakhmut finally fell in May 2023.", {("advance", "RU", "Bakhmut")}),  # long ago: history
        # a drone downed over a city was sent at it: an attack on it, though what fell hit nothing
        (
            "Air defences shot down a drone over Kyiv. The drone fell onto a field.",
            {("strike", "RU", "Kyiv")},
        ),
        # shells, not a town, fell: a strike, no advance
        ("Shells fell on Kharkiv overnight, killing two people.", {("strike", "RU", "Kharkiv")}),
    ],
)
def test_taking_and_losing_ground_in_other_words(sentence, expected):
    assert seen(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Units of Battlegroup Tsentr liberated the settlement of "
            "Ocheretyne in the Donetsk People's Republic.",
            {("advance", "RU", "Ocheretyne")},
        ),
        (
            "The Russian Defence Ministry said the Yug group of forces had liberated Dzerzhinsk.",
            {("advance", "RU", "Toretsk")},
        ),
        (
            '"The settlement of Krasnohorivka has been liberated by decisive actions of the units of '
            'Battlegroup Tsentr," the ministry said.',
            {("advance", "RU", "Krasnohorivka")},
        ),
        (
            "Units of the Armed Forces of the Russian Federation liberated Vodiane.",
            {("advance", "RU", "Vodiane")},
        ),
        (
            "The Russian Defence Ministry said its forces had liberated the settlement of Pervomaiske.",
            {("advance", "RU", "Pervomaiske")},
        ),
    ],
)
def test_moscows_liberations_are_russian_advances(sentence, expected):
    assert seen(sentence) == expected


def test_a_headline_in_the_present_tense_reports_the_event() -> None:
    text = "# Russian Forces Liberate Vodiane Settlement in Donetsk Region\n\nThe ministry gave no details.\n"

    assert seen(text, title="Russian Forces Liberate Vodiane Settlement in Donetsk Region") == {
        ("advance", "RU", "Vodiane")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The communities of Bilopillia and Krasnopillia came under Russian fire over the past day.",
            {("strike", "RU", "Bilopillia"), ("strike", "RU", "Krasnopillia")},
        ),
        (
            "Enemy airstrikes targeted the settlements of Synkivka and Podoly in the Kupiansk district.",
            {("strike", "RU", "Synkivka"), ("strike", "RU", "Podoly")},
        ),
        (
            "Ukrainian drones damaged two high-rise buildings in Taganrog, the acting governor said.",
            {("strike", "UA", "Taganrog")},
        ),
    ],
)
def test_strikes_on_lists_of_settlements(sentence, expected):
    assert seen(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russian attacks killed four people in Kharkiv and Kherson oblasts over the past day.",
            {("strike", "RU", "Kharkiv Oblast"), ("strike", "RU", "Kherson Oblast")},
        ),
        ("Russian forces launched a guided aerial bomb at Kharkiv.", {("strike", "RU", "Kharkiv")}),
        ("Partisans blew up a railway bridge near Melitopol.", {("bridge_strike", "UA", "Melitopol")}),
        # a town named after a comma and a direction only locates the one before
        (
            "Ukrainian forces regained control of Andriivka, south of Bakhmut, the brigade said.",
            {("advance", "UA", "Andriivka")},
        ),
        ("The Russian army seized the initiative near Kupiansk.", set()),  # no ground seized
        ("Ukrainian forces recently regained positions near Robotyne.", {("advance", "UA", "Robotyne")}),
        ("Russian forces recently captured territory near Synkivka.", {("advance", "RU", "Synkivka")}),
        ("The recently captured territory near Synkivka was mined.", set()),  # a description
        (
            "Units of the Sever group defeated formations of two mechanized brigades near Vovchansk.",
            {("strike", "RU", "Vovchansk")},
        ),
    ],
)
def test_more_ways_of_telling_strikes_and_gains(sentence, expected):
    assert seen(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Settlements in Chernihiv, Sumy and Kharkiv oblasts came under fire overnight.",
            {"Chernihiv Oblast", "Sumy Oblast", "Kharkiv Oblast"},
        ),
        (
            "Russian troops shelled the Sumy and Kharkiv regions on Tuesday.",
            {"Sumy Oblast", "Kharkiv Oblast"},
        ),
    ],
)
def test_a_list_of_oblasts_is_struck_at_region_precision(sentence, expected):
    found = [e for e in events(sentence) if e.event_type == "strike"]

    assert {e.place for e in found} == expected
    assert {e.geo_precision for e in found} == {3}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ukrainian forces struck the Chonhar bridge and a smaller bridge near Henichesk.",
            {("bridge_strike", "UA", "Chonhar Bridge"), ("bridge_strike", "UA", "Henichesk")},
        ),
        (
            "Russian troops blew up the bridge over the Siverskyi Donets near Bilohorivka.",
            {("bridge_strike", "RU", "Bilohorivka")},
        ),
        (
            "Ukrainian forces struck the Antonivskyi bridge near Kherson with HIMARS rockets.",
            {("bridge_strike", "UA", "Antonivskyi Bridge")},
        ),
        (
            "Ukraine's southern command said the enemy launched a missile strike in the area of the "
            "Antonivskyi bridge.",
            {("bridge_strike", "RU", "Antonivskyi Bridge")},
        ),
    ],
)
def test_strikes_on_bridges(sentence, expected):
    assert seen(sentence) == expected


def test_a_bridge_by_a_town_is_placed_near_the_town() -> None:
    [near] = [
        e for e in events("Ukrainian drones hit a pontoon bridge near Henichesk.") if e.place == "Henichesk"
    ]

    assert (near.event_type, near.geo_precision) == ("bridge_strike", 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # months before the story, by nobody named: taken from its country
        ("Lysychansk lies on the Donets. The city was captured in July 2022.", ("RU", "history")),
        ("Sudzha is a town in the Kursk region. It was captured in August.", ("UA", "history")),
        # this week's news is left to the article's own direction of advance
        ("Balakliia was captured on Thursday.", ("unknown", "none")),
    ],
)
def test_a_place_taken_long_ago_by_nobody_named_was_taken_from_its_country(text, expected):
    [event] = [e for e in events(text, published=date(2024, 10, 1)) if e.event_type == "advance"]

    assert (event.actor, event.actor_basis) == expected
