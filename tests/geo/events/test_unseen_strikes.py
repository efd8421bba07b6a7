"""Strikes told in phrasings the first articles did not use.

A strike whose sentence names no attacker takes the side the sentence before attacked with; an
attack named as a noun ("a Russian attack on the city of X") is a strike by that side on X. A
blast nobody owned up to stays ``unknown`` (see test_blasts.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text

STRIKES = ("strike", "bridge_strike")


def seen(text: str, types: tuple[str, ...] = STRIKES) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2023, 3, 4)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found if e.event_type in types}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces launched two missile strikes and 30 airstrikes over the past day. "
            "Settlements in Sumy and Kharkiv oblasts were shelled.",
            {("strike", "RU", "Sumy Oblast"), ("strike", "RU", "Kharkiv Oblast")},
        ),
        (
            "Russian forces launched 12 air strikes on Thursday. More than 40 settlements in the "
            "Zaporizhzhia and Kherson Regions were shelled.",
            {("strike", "RU", "Zaporizhzhia Oblast"), ("strike", "RU", "Kherson Oblast")},
        ),
        (
            "Ukrainian drones attacked an airfield in Russia overnight. "
            "Rockets struck the centre of Belgorod hours later.",
            {("strike", "UA", "Belgorod")},
        ),
        (
            "Three people were wounded in a Russian attack on the city of Zaporizhzhia on Monday. "
            "Guided bombs struck two apartment blocks in the city, the mayor said.",
            {("strike", "RU", "Zaporizhzhia")},
        ),
    ],
)
def test_a_strike_that_names_nobody_is_the_attacker_of_the_sentence_before(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people were killed following a Russian attack on the Ukrainian city of Odesa.",
            {("strike", "RU", "Odesa")},
        ),
        (
            "The toll from a Russian missile strike on Dnipro rose to 40 on Sunday.",
            {("strike", "RU", "Dnipro")},
        ),
    ],
)
def test_an_attack_named_by_its_side_is_a_strike_on_the_town(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # nobody attacked in the sentence before: the shelling stays unknown
        "The governor visited the hospital on Monday. Several villages in the Donetsk region were shelled.",
        # the sentence before names both sides attacking
        "Russian missiles hit Kyiv while Ukrainian drones struck Kursk. Explosions shook Enerhodar at night.",
        # the sentence before struck elsewhere
        "Ukrainian drones struck an oil depot in Kursk. Hours later, missiles hit Marinka.",
        # a blast: for a claim or a probe to say
        "Russian forces shelled Kherson on Monday. An explosion hit a railway depot in Melitopol on Tuesday.",
    ],
)
def test_without_one_clear_attacker_before_a_strike_stays_unknown(text):
    struck = ("Donetsk Oblast", "Enerhodar", "Melitopol", "Marinka")
    assert {actor for _, actor, place in seen(text) if place in struck} == {"unknown"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive: the bridge, not the city it stands in; built by the occupiers: the other side fired
        (
            "On Tuesday night the Antonivskyi bridge in Kherson and a pontoon crossing built by the "
            "occupiers suffered a strike.",
            {("bridge_strike", "UA", "Antonivskyi Bridge")},
        ),
        (
            "Ukrainian forces fired HIMARS rockets at the Kakhovka hydroelectric dam, in the "
            "Moscow-controlled part of the Kherson region.",
            {("bridge_strike", "UA", "Kakhovka Dam")},
        ),
        (
            "Four HIMARS rockets were fired at the Antonivskyi bridge near Kherson overnight, "
            "the Russian-installed authorities said.",
            # HIMARS: a weapon only Ukraine fires there
            {("bridge_strike", "UA", "Antonivskyi Bridge")},
        ),
    ],
)
def test_a_strike_aimed_at_a_crossing_is_a_bridge_strike_at_the_crossing(text, expected):
    assert seen(text) == expected


def test_the_news_agency_that_reports_a_strike_is_not_its_side() -> None:
    text = (
        "Russian state news agency RIA Novosti quoted an emergency official as saying that a "
        "rocket had hit the Kakhovka dam."
    )
    assert seen(text) == {("bridge_strike", "unknown", "Kakhovka Dam")}
    # ... and a weapon only the other side fires says who fired it
    assert seen(text.replace("a rocket", "a HIMARS rocket")) == {("bridge_strike", "UA", "Kakhovka Dam")}


def test_strikes_carried_out_since_a_month_are_background() -> None:
    text = "Strikes on the Antonivskyi bridge have been carried out regularly since July."
    assert seen(text) == set()


def test_a_place_made_an_adjective_is_not_where_a_strike_was() -> None:
    text = "Ukrainian artillery shelled Moscow-held positions near Nova Kakhovka on Sunday."
    assert seen(text) == {("strike", "UA", "Nova Kakhovka")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aviation and artillery hit manpower and equipment of the Ukrainian 72nd mechanized brigade "
            "near Vuhledar and Pavlivka.",
            {("strike", "RU", "Vuhledar"), ("strike", "RU", "Pavlivka")},
        ),
        (
            "In addition, aviation and artillery hit temporary deployment points and areas of "
            "concentration of personnel of the Ukrainian 47th assault brigade in Robotyne, the 65th "
            "mechanized brigade in Mala Tokmachka and northwest of Verbove, and the 118th territorial "
            "defence brigade near Orikhiv.",
            {
                ("strike", "RU", "Robotyne"),
                ("strike", "RU", "Mala Tokmachka"),
                ("strike", "RU", "Verbove"),
                ("strike", "RU", "Orikhiv"),
            },
        ),
        # a name the gazetteer does not know does not end the list
        (
            "Aviation and artillery hit manpower of the Ukrainian 72nd brigade in Vuhledar, Zbruchivka "
            "and northwest of Pavlivka, and the 58th brigade near Urozhaine.",
            {("strike", "RU", "Vuhledar"), ("strike", "RU", "Pavlivka"), ("strike", "RU", "Urozhaine")},
        ),
        (
            "The Russian forces destroyed an enemy mortar unit north of Vuhledar.",
            {("strike", "RU", "Vuhledar")},
        ),
        (
            "Ukrainian drones destroyed an ammunition depot near Tokmak.",
            {("strike", "UA", "Tokmak")},
        ),
    ],
)
def test_a_defence_ministry_list_of_units_hit_is_a_strike_at_each_place(text, expected):
    assert seen(text, types=("strike", "bridge_strike", "contact", "advance")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Artillery struck a column of Russian troops near Bakhmut.", {("strike", "UA", "Bakhmut")}),
        (
            "Command posts of the Ukrainian 24th mechanized brigade were wiped out near Toretsk.",
            {("strike", "RU", "Toretsk")},
        ),
        ("Russian troops were shelled near Robotyne.", {("strike", "UA", "Robotyne")}),
        (
            "Units of the Vostok group, supported by aviation and artillery, inflicted fire on the "
            "personnel and equipment of the 72nd mechanized brigade near Vuhledar and Urozhaine.",
            {("strike", "RU", "Vuhledar"), ("strike", "RU", "Urozhaine")},
        ),
        ("Russian shelling destroyed a school in Kherson.", {("strike", "RU", "Kherson")}),
        ("They walked through the destroyed city of Bakhmut.", set()),
    ],
)
def test_forces_named_as_what_was_hit_make_the_other_side_the_attacker(text, expected):
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        (
            "The General Staff said that settlements in Sumy and Kharkiv oblasts came under fire.",
            "",
            {("strike", "RU", "Sumy Oblast"), ("strike", "RU", "Kharkiv Oblast")},
        ),
        (
            "Settlements in the Belgorod region came under fire on Monday.",
            "https://tass.com/politics/1",
            {("strike", "UA", "Belgorod Oblast")},
        ),
        # the nearer "damaged" names nobody: the shelling's side is the strike's
        (
            "The General Staff said that as a result of shelling in the village of Vovchansk, two "
            "houses were damaged.",
            "",
            {("strike", "RU", "Vovchansk")},
        ),
        # nobody's report: nobody's fire
        (
            "Settlements in the Zaporizhzhia region came under fire on Monday.",
            "",
            {("strike", "unknown", "Zaporizhzhia Oblast")},
        ),
        # a blast in a side's report is still for a claim to say
        (
            "The General Staff said an explosion hit a depot in Melitopol.",
            "",
            {("strike", "unknown", "Melitopol")},
        ),
    ],
)
def test_shelling_a_sides_own_report_tells_of_is_the_other_sides(text, url, expected):
    article = read_text(text, url=url, published=date(2023, 3, 4))
    found = extract_events(article, load_gazetteer())
    assert {(e.event_type, e.actor, e.place) for e in found} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched 40 drones at Odesa overnight.", {("strike", "RU", "Odesa")}),
        ("The Russians dropped guided aerial bombs on Kupiansk.", {("strike", "RU", "Kupiansk")}),
        # the side of the attack named after the blast is the attacker, not the target
        (
            "Explosions were heard in Sevastopol after a Ukrainian missile attack.",
            {("strike", "UA", "Sevastopol")},
        ),
    ],
)
def test_weapons_sent_at_a_town_are_a_strike_by_their_side(text, expected):
    assert seen(text) == expected


def test_a_crossing_as_a_noun_is_no_advance_across_the_river() -> None:
    text = "Ukrainian artillery struck a Russian pontoon crossing over the Dnipro near Nova Kakhovka."
    assert seen(text, types=("strike", "bridge_strike", "advance")) == {
        ("bridge_strike", "UA", "Nova Kakhovka")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As a result of a strike from Ukraine, a bridge in Glushkovo was destroyed.",
            {("bridge_strike", "UA", "Glushkovo")},
        ),
        ("Shelling from the Russian side damaged houses in Vovchansk.", {("strike", "RU", "Vovchansk")}),
    ],
)
def test_an_attack_named_with_where_it_came_from_is_that_sides(text, expected):
    assert seen(text) == expected


def test_a_bridge_strike_told_again_by_its_river_is_the_same_strike() -> None:
    text = (
        "Ukrainian forces struck a bridge near Glushkovo with HIMARS rockets. "
        "The attack destroyed the bridge over the Seym River, officials said."
    )
    assert seen(text) == {("bridge_strike", "UA", "Glushkovo")}
