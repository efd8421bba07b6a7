"""Round 27 of reading unseen reporting: a country as a place, counts named in the next sentence,
spoils of a fight, control restored, and who loses what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country named as where the fire fell is no side: unclaimed drones over Russia are Ukraine's
        ("In Russia, unknown drones attacked the Saratov region overnight.",
         {("strike", "UA", "Saratov Oblast")}),
        ("Drones hit a fuel depot in the Bryansk region of the Russian Federation.",
         {("strike", "UA", "Bryansk Oblast")}),
        ("A drone attack began overnight on the Russian Morozovsk airfield.",
         {("strike", "UA", "Morozovsk")}),
        # the side's own forces named as it is still its agent
        ("In Ukraine, Russian drones attacked Odesa overnight.", {("strike", "RU", "Odesa")}),
        # a side's possessive before its loss: the other side gained
        ("Moscow called the raid a distraction from Ukraine's alleged loss of Soledar.",
         {("advance", "RU", "Soledar")}),
        # the object of a stop is no subject of the verbs the sentence goes on with
        ("Russian troops halt a Ukrainian counteroffensive on the Sumy front, regain control of Loknia, and "
         "advance toward Yunakivka.", {("advance", "RU", "Loknia")}),
        # units of a side's force grouping are that side
        ("Units from Russia's Dnepr force grouping have re-established control over Lobkove.",
         {("advance", "RU", "Lobkove")}),
        # control restored is a place taken back
        ("Russian forces restored control over the village of Tetkino.", {("advance", "RU", "Tëtkino")}),
        ("Russia's Defence Ministry said control over the village of Tetkino in the Kursk region has been "
         "fully restored.", {("advance", "RU", "Tëtkino")}),
        # forces that pushed further into a place entered it
        ("Ukrainian assault units pushed farther west into the town of Sudzha.",
         {("advance", "UA", "Sudzha")}),
    ],
)  # fmt: skip
def test_who_acted_and_where(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the spoils of a fight are no ground taken
        "Survivors of the raid left the Bryansk region on captured trophies.",
        "The brigade showed captured Russian tanks in Kharkiv.",
        # a named weapon's attack is fire, not a ground assault (and "at" says no place it hit)
        "Ukraine launch HIMARS attack at bridge in Russian-occupied Nova Kakhovka",
    ],
)
def test_not_an_advance(text: str, seen: Seen) -> None:
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_a_count_of_places_named_by_a_spokesman_in_the_next_sentence(seen: Seen) -> None:
    text = (
        "The General Staff said four villages in the Kharkiv region were freed over the past ten days. "
        "We are talking about Hrakove, Verbivka, Volokhiv Yar and Chkalovske."
    )
    assert seen(text) == {
        ("advance", "UA", "Hrakove"),
        ("advance", "UA", "Verbivka"),
        ("advance", "UA", "Volokhiv Yar"),
        ("advance", "UA", "Prolisne"),  # Chkalovske's name since 2024
    }


def test_the_bridge_over_the_kakhovka_dam_is_the_dam(seen: Seen) -> None:
    text = "Ukrainian HIMARS units struck the Antonivskyi Bridge and the Nova Kakhovka bridge again."
    assert seen(text) == {
        ("bridge_strike", "UA", "Antonivskyi Bridge"),
        ("bridge_strike", "UA", "Kakhovka Dam"),
    }


def test_a_report_the_sentence_calls_fake_is_no_event_but_the_claim_before_it_stands(seen: Seen) -> None:
    text = (
        "Russian propaganda claims its forces advanced in the village of Torske, but reports about gains "
        "near Siversk are fake, the corps said."
    )
    assert seen(text) == {("advance", "RU", "Torske")}


def test_gains_held_are_not_gains_made_again(seen: Seen) -> None:
    text = "Russian forces captured Zelene Pole, further solidifying their gains in Donetsk."
    assert seen(text) == {("advance", "RU", "Zelene Pole")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only Russia's air force bombs the towns Ukraine holds
        ('The governor said: "Today airstrikes hit Balakliia, which is in the Izium district."',
         {("strike", "RU", "Balakliia")}),
        # a taking told done: "completely under the control of" the side named
        ("Mariupol is completely under the control of the Russian army.", {("advance", "RU", "Mariupol")}),
        # "returned X under control" took it back
        ("Earlier the Armed Forces of Ukraine returned Kutuzovka, Kharkiv region, under control.",
         {("advance", "UA", "Kutuzivka")}),
        # pushed beyond a city's limits: the pushing side gained the ground
        ("Ukrainian forces pushed Russian forces beyond the city limits of Mykolaiv.",
         {("advance", "UA", "Mykolaiv")}),
        # a side's people named as the object are no subject of the verb after them
        ("Russian troops abducted a Ukrainian mayor after capturing the city of Melitopol.",
         {("advance", "RU", "Melitopol")}),
    ],
)  # fmt: skip
def test_more_of_who_and_what(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


def test_power_lost_in_districts_is_no_ground_lost(seen: Seen) -> None:
    text = "Residential districts were shelled, and electrical power was lost in Saltivka and Oleksiivka."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_the_kakhovka_plant_in_its_russian_spelling_is_the_dam(seen: Seen) -> None:
    text = "Russian forces seized the Kakhovskaya hydroelectric power station on the first day."
    assert seen(text) == {("advance", "RU", "Kakhovka Dam")}


def test_a_headlines_present_knocks_out_its_object() -> None:
    title = "AFU Knock Out Invaders From Tsyrkuny, Continuing Counteroffensive In Kharkiv Region"
    article = read_text(f"# {title}\n\nThe fighting went on.", title=title, published=date(2022, 5, 7))
    found = {(e.event_type, e.actor, e.place) for e in extract_events(article, load_gazetteer())}
    assert ("advance", "UA", "Tsyrkuny") in found
    assert ("advance", "RU", "Tsyrkuny") not in found


def test_no_city_is_the_village_a_later_sentence_names(seen: Seen) -> None:
    text = (
        "The deputy minister backtracked on an announcement that Kyiv had wrested control of the eastern "
        "village from Russian forces. But the General Staff said Friday that the village was back under "
        "Ukrainian control."
    )
    assert ("advance", "UA", "Kyiv") not in seen(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list goes on with "the capital X"
        ("Russian forces attacked the cities of Kharkiv, Kryvyi Rih and the capital Kyiv.",
         {("strike", "RU", "Kharkiv"), ("strike", "RU", "Kryvyi Rih"), ("strike", "RU", "Kyiv")}),
        # the anchor of a direction is the place of its own relative clause
        ("The hamlet lies southeast of the city of Ukrainsk, which the Russian army captured in September.",
         {("advance", "RU", "Ukrainsk")}),
        # troops that found themselves encircled lost the place
        ("In the Kurakhove sector, Ukrainian infantry has found itself encircled without orders to retreat.",
         {("advance", "RU", "Kurakhove")}),
        ("It was reported that the Russian army began encircling the town of Kurakhovo.",
         {("advance", "RU", "Kurakhove")}),
        # a ship lost is no ground lost
        ("Russians confirm the loss of the ship in Feodosia", set()),
        # efforts concentrated on a seizure are an aim
        ("Russian forces have concentrated their efforts on seizing control of the Donetsk region.", set()),
        # a capital as the subject of an infinitive is its government
        ("Ukrainian troops have struck a strategic bridge essential for Moscow to supply its forces.", set()),
        # a side's adjective on the ships a verb of damage took is no agent of the strikes
        ("Ukraine said it damaged Russian warships in strikes on Sevastopol.",
         {("strike", "UA", "Sevastopol")}),
        # the side that annexed a place is no agent of the blasts there
        ("In Sevastopol, annexed by Russia in 2014, drones and explosions were reported overnight.",
         {("strike", "UA", "Sevastopol")}),
        # a train leaves a station; the water breaks through a dam
        ("At noon the first evacuation train of the Ukrainian railways left Kherson.", set()),
        ("Videos showed how the water masses of the Dnipro broke through the dam at Nova Kakhovka.", set()),
    ],
)  # fmt: skip
def test_round27_third_pass(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "have already liberated" is the verb's adverb, not a participle that describes a place (in a
        # Russian voice, a participle's liberation would be Russia's)
        ("MOSCOW, September 11. /TASS/. The Russian Defence Ministry said its troops had regrouped to the "
         "Donetsk front. Ukrainian troops have already liberated 30 settlements, including Kupyansk and "
         "Balaklia.", {("advance", "UA", "Kupiansk"), ("advance", "UA", "Balakliia")}),
        # a comma may set off the direction from the new line
        ("Ukrainian units have moved to new frontiers, west of Berdychi and Semenivka, the spokesman said.",
         {("retreat", "UA", "Berdychi"), ("retreat", "UA", "Semenivka")}),
        # weapons lost are no ground lost
        ("During the counter-battery fight, Kiev lost two D-20 howitzers near Avdiivka.", set()),
    ],
)  # fmt: skip
def test_round27_fourth_pass(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = extract_events(read_text(text, published=date(2022, 9, 11)), load_gazetteer())
    assert {(e.event_type, e.actor, e.place) for e in found if e.event_type != "contact"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side that shot an attack down did not make it
        ("Overnight, Russia shot down an attempted drone attack directed at Moscow, the mayor said.",
         {("strike", "UA", "Moscow")}),
        # a capital stepping up attacks is its government, not a city hit
        ("Both sides used drones, with Kyiv stepping up attacks on Russian refineries.", set()),
        # the planes a verb of damage took are no agent, however strong the phrase
        ("Ukraine said it had destroyed at least six Russian military planes at an airbase in the Rostov "
         "region in overnight drone attacks.", {("strike", "UA", "Rostov Oblast")}),
        # a direction set off by a comma locates the place before it
        ("Ukrainian drones struck a refinery in the Nizhny Novgorod region, east of Moscow.",
         {("strike", "UA", "Nizhny Novgorod Oblast")}),
    ],
)  # fmt: skip
def test_round27_fifth_pass(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital as the one who comments or is supported is its government
        ("No naval drone hit the bridge, though there has been no statement by Moscow.", set()),
        ("While Moscow has not yet commented on the attack, artillery fire was reported in Izmail.",
         {("strike", "RU", "Izmail")}),
        ("Military support to Kyiv is on the table as leaders meet in Brussels.", set()),
        # the towns a line of the front is named for are no place of the advance along it
        ("Russian forces had advanced along the Kupiansk-Svatove-Kreminna line and captured the village "
         "of Krokhmalne.", {("advance", "RU", "Krokhmalne")}),
        # an oblast named by its capital after a town only says where the town is
        ("The Russian Army said it had seized Vuhledar, Donetsk, on Wednesday.",
         {("advance", "RU", "Vuhledar")}),
        # ... but in a list it is an item
        ("Russian missiles hit Kramatorsk, Donetsk, Sloviansk and Druzhkivka.",
         {("strike", "RU", "Kramatorsk"), ("strike", "RU", "Donetsk"), ("strike", "RU", "Sloviansk"),
          ("strike", "RU", "Druzhkivka")}),
        # what the fire answered is no place of it
        ("Russia fired cruise missiles at cities across Ukraine, in what Putin declared to be revenge for "
         "Ukrainian attacks including on a bridge to Crimea.", set()),
    ],
)  # fmt: skip
def test_round27_sixth_pass(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected



def test_explosions_in_a_russian_town_are_fire_from_across_the_border(seen: Seen) -> None:
    # no air defence named, no bomb planted: the plural explosions of a strike from afar
    assert seen("Powerful explosions were heard in Millerovo overnight.") == {("strike", "UA", "Millerovo")}
    # a planted bomb stays for a claim or a probe to say
    assert seen("Explosions from a planted bomb were heard in Millerovo overnight.") <= {
        ("strike", "unknown", "Millerovo")
    }
