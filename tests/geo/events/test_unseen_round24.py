"""Round 24 of reading unseen reporting: fire no side owns up to, on ground behind Russia's lines on the
day (geo.events.held.held_by_russia), is Ukraine's, as on Crimea."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # held since 2014
        ("Several shells hit the centre of Donetsk, killing two.", date(2024, 1, 21),
         {("strike", "UA", "Donetsk")}),
        # held since the first days of 2022: the town's own administration tells of the fire
        ("Shelling hit the market area of Nova Kakhovka, the town's administration said.", date(2023, 3, 4),
         {("strike", "UA", "Nova Kakhovka")}),
        # a crossing behind the lines, hit from across the front
        ("A missile hit the Chonhar bridge on Sunday morning.", date(2023, 8, 6),
         {("bridge_strike", "UA", "Chonhar Bridge")}),
        # explosions heard on occupied ground are a strike's from across the front
        ("Explosions rocked Melitopol overnight, the occupation authorities said.", date(2023, 4, 30),
         {("strike", "UA", "Melitopol")}),
        # the right bank, until Russia left it in November 2022
        ("The Antonivskyi Bridge was hit again overnight.", date(2022, 8, 8),
         {("bridge_strike", "UA", "Antonivskyi Bridge")}),
        # a town Russia took in the summer of 2022, from the day it took it
        ("Artillery fire damaged the central market of Sievierodonetsk.", date(2023, 5, 2),
         {("strike", "UA", "Sievierodonetsk")}),
    ],
)  # fmt: skip
def test_unclaimed_fire_behind_russias_lines_is_ukraines(text, published, expected, seen: Seen) -> None:
    assert seen(text, published=published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # before Russia took it, the town was fought over: anyone's fire
        ("Artillery fire damaged the central market of Sievierodonetsk.", date(2022, 6, 2)),
        # a bomb set off there is for a claim or a probe to say
        (
            "A car bomb exploded in Melitopol, killing an official, the occupation authorities said.",
            date(2023, 4, 30),
        ),
        # the nuclear plant's town: each side lays the fire on the other
        ("Shelling damaged a power line in Enerhodar on Thursday.", date(2023, 4, 27)),
    ],
)
def test_fire_the_rule_does_not_reach_stays_unknown(text, published, seen: Seen) -> None:
    assert {actor for _, actor, _ in seen(text, published=published)} == {"unknown"}


def test_a_town_retaken_is_fired_on_by_the_side_that_lost_it(seen: Seen) -> None:
    # Kherson: Ukraine's fire while Russia held it, Russia's once Ukraine retook it
    text = "Kherson came under fire on Tuesday, the regional administration said."

    assert seen(text, published=date(2022, 8, 10)) == {("strike", "UA", "Kherson")}
    assert seen(text, published=date(2023, 8, 10)) == {("strike", "RU", "Kherson")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare infinitive after "were able to"
        ("Ukrainian soldiers were able to deoccupy Tyshchenkivka and Kindrashivka last week.",
         {("advance", "UA", "Tyshchenkivka"), ("advance", "UA", "Kindrashivka")}),
        # troops on their way out
        ("The occupation administration reported that Russian troops were leaving Vovchansk.",
         {("retreat", "RU", "Vovchansk")}),
        # a town razed by fire
        ("Russian bombs razed the village of Kozacha Lopan.", {("strike", "RU", "Kozacha Lopan")}),
        # the weapons a side's air defence took down were the other side's
        ("Only one missile hit the Chonhar Bridge, and the Russian air defense took down the rest of "
         "the missiles.", {("bridge_strike", "UA", "Chonhar Bridge")}),
        ("Russian air defenses intercepted three missiles over Belgorod.", {("strike", "UA", "Belgorod")}),
    ],
)  # fmt: skip
def test_new_phrasings_are_events(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # residents leaving a town are no front
        "Thousands of residents were leaving Pokrovsk as the front approached.",
        # a council's works are no fire
        "The city council demolished the old market in Poltava.",
    ],
)
def test_look_alikes_are_no_events(text: str, seen: Seen) -> None:
    assert seen(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The fall of Toretsk in turn brings closer the liberation of Kostiantynivka and Chasiv Yar.",
        "Taking Avdiivka paved the way for the capture of Pokrovsk, the ministry said.",
    ],
)
def test_what_a_step_brings_closer_is_no_event_yet(text: str, seen: Seen) -> None:
    assert not {e for e in seen(text) if e[2] in ("Kostiantynivka", "Chasiv Yar", "Pokrovsk")}


def test_a_side_that_claims_after_with_is_the_claims_agent(seen: Seen) -> None:
    text = (
        "The operation reached its tenth day, with Kyiv claiming to have seized 82 settlements, including "
        "the town of Sudzha."
    )

    assert seen(text, published=date(2024, 8, 16)) == {("advance", "UA", "Sudzha")}


def test_a_bridge_across_a_named_strait_is_that_crossing_not_the_bridge_before(seen: Seen) -> None:
    text = (
        "Photos show at least two holes in the Chonhar bridge caused by the strikes. Saldo claimed that "
        "Ukraine's Armed Forces also shelled the bridge across the Tonky Strait near Henichesk."
    )

    # (the crossing is placed by the town it is near)
    assert ("bridge_strike", "UA", "Henichesk") in seen(text, published=date(2023, 8, 6))


def test_a_round_up_list_after_a_colon_goes_on_past_its_semicolons(seen: Seen) -> None:
    # a regional administration's list, district by district; two nouns of fire joined by "and"
    text = (
        "More than 15 settlements of Kharkiv region were subjected to enemy artillery and mortar attacks, "
        "including: Vesele, Dvorichna, Synkivka in Kupiansk district; Bochkove, Budarky in Chuhuiv district "
        "- wrote Syniehubov on Telegram."
    )

    assert seen(text) == {
        ("strike", "RU", place) for place in ("Vesele", "Dvorichna", "Synkivka", "Bochkove", "Budarky")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present progressive of fire
        ("Russian artillery is hitting an industrial zone in the city of Sievierodonetsk, the governor said.",
         {("strike", "RU", "Sievierodonetsk")}),
        # what the gain means is no hedge on the gain
        ("Russia said its forces were in full control of the town of Lyman on Saturday in a gain that would "
         "help set the stage for the next phase of its offensive.", {("advance", "RU", "Lyman")}),
        # ... and a step towards a liberation is no liberation yet
        ("The liberation of Lyman is another step towards the liberation of the Donbas.",
         {("advance", "UA", "Lyman")}),
    ],
)  # fmt: skip
def test_more_phrasings(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # freed from a side: by that side's enemy, wherever the town lies
        ("General Syrskyi reported the completion of the liberation of the town of Sudzha from the Russian "
         "military.", {("advance", "UA", "Sudzha")}),
        # the forces of the clause's first verb, over a long list, also crossed
        ("Russian troops recaptured the villages of Sverdlikovo and Lebedevka on the western side of the "
         "foothold and crossed into Ukraine's Sumy region.",
         {("advance", "RU", "Sverdlikovo"), ("advance", "RU", "Lebedevka"),
          ("advance", "RU", "Sumy Oblast")}),
    ],
)  # fmt: skip
def test_who_freed_and_who_crossed(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's authorities who acknowledge a fire only speak
        ("Russian authorities acknowledged only a brief fire at the Volgograd refinery during the drone "
         "attack.",
         {("strike", "UA", "Volgograd")}),
        # debris that set a refinery on fire
        ("Authorities in Tuapse said debris from a downed drone sparked a fire at a Rosneft oil refinery "
         "there.",
         {("strike", "UA", "Tuapse")}),
        # a town before "industrial zone" is the town
        ("The governor reported a drone attack on a fuel refinery in the Kstovo industrial zone.",
         {("strike", "UA", "Kstovo")}),
        # the capital as a government, subject of a verb of attack, is not where anything was hit
        ("Both sides have used drones to strike infrastructure, with Kyiv hitting Russian refineries.",
         set()),
        ("Ukrainian media reported that Kyiv was behind attacks against two Russian refineries.", set()),
    ],
)  # fmt: skip
def test_strikes_on_russia(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ships leave a port: no ground given up
        "Two Russian vessels left Feodosia after Ukraine's strike, the media said.",
        # years of fire, no one strike
        "Annexed Crimea has been repeatedly targeted since Moscow launched its invasion of Ukraine.",
        # weapons kept, not fired
        "Russia was building an arsenal for the storage of missiles and explosives in Toropets.",
    ],
)
def test_no_event_there(text: str, seen: Seen) -> None:
    assert seen(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list that goes on past where in the country each part of it is
        ("Explosions were also reported in Lviv and Ternopil in Ukraine's west, Dnipro and Kremenchuk in "
         "central Ukraine and Kharkiv in the east.",
         {("strike", "RU", p) for p in ("Lviv", "Ternopil", "Dnipro", "Kremenchuk", "Kharkiv")}),
        # a plant a side holds, named as a landmark, says nothing of who fired on the town near it
        ("Shelling damaged infrastructure in Nikopol, near the Russian-held Zaporizhzhia nuclear power "
         "plant, the governor said.", {("strike", "RU", "Nikopol")}),
        # an outlet's dateline: the story was filed from Kyiv
        ("Kyiv (Brussels Morning Newspaper) – A Russian drone attack overnight targeted four power "
         "facilities near Odesa.", {("strike", "RU", "Odesa")}),
        # where drones are launched from is not where they hit
        ("The report states that drone strikes on Odesa are carried out from Kursk.",
         {("strike", "RU", "Odesa")}),
    ],
)  # fmt: skip
def test_strikes_on_ukraine(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


def test_a_longer_serial_list_of_phrases_of_place(seen: Seen) -> None:
    text = (
        "ISW reported that Russian forces had made confirmed advances northwest of Svatove (Luhansk Oblast), "
        "near Avdiivka (Donetsk Oblast), in Robotyne (Zaporizhzhia Oblast), and in Kherson Oblast."
    )

    assert {place for _, _, place in seen(text)} >= {"Svatove", "Avdiivka", "Robotyne"}


def test_a_serial_list_of_phrases_of_place_is_a_list_of_items(seen: Seen) -> None:
    text = (
        "ISW reported that Russian forces had recently made confirmed advances northwest of Svatove (Luhansk "
        "Oblast), near Avdiivka (Donetsk Oblast), and in Kherson Oblast."
    )

    assert seen(text) == {
        ("advance", "RU", "Svatove"),
        ("advance", "RU", "Avdiivka"),
        ("advance", "RU", "Kherson Oblast"),
    }


def test_what_a_goal_is_has_not_happened(seen: Seen) -> None:
    text = (
        "The ultimate goal of the counteroffensive remains the breaking of Russia's land bridge to occupied "
        "Crimea and, in the long term, the liberation of all territories occupied by Russian forces."
    )

    assert seen(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Explosions rocked Sevastopol overnight, the Russian-installed governor said.",
         {("strike", "UA", "Sevastopol")}),
        ("Reports also indicated air defense activity and explosions in the cities of Lipetsk and Voronezh.",
         {("strike", "UA", "Lipetsk"), ("strike", "UA", "Voronezh")}),
        # with no air defence at work, explosions at a Russian factory may be anything
        ("Explosions were heard at a factory in Moscow.", {("strike", "unknown", "Moscow")}),
    ],
)  # fmt: skip
def test_explosions_heard_under_fire_from_afar(
    text: str, expected: set[tuple[str, str, str]], seen: Seen
) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor said Russian forces were gaining ground near Lukyantsi and Hlyboke.",
         {("advance", "RU", "Lukiantsi"), ("advance", "RU", "Hlyboke")}),
        # a capture disputed is no capture
        ("The governor disputed that the five villages in the Kharkiv region had been captured.", set()),
        # a capital visited or supplied is no place of an event
        ("Russia claims advances on two fronts during Blinken's visit to Kyiv.", set()),
        # the town a distance is measured from is no place of the fire
        ("Vovchansk, located 74km from Kharkiv, has been heavily bombed, and Russia is now targeting "
         "settlements with glide bombs.", {("strike", "RU", "Vovchansk")}),
        # a side named after "after" is another clause's subject, not the strike's object
        ("The past week saw more strikes on the city of Kharkiv after Russian troops crossed the border.",
         {("strike", "RU", "Kharkiv")}),
    ],
)  # fmt: skip
def test_kharkiv_2024(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


def test_a_side_after_a_verb_that_follows_the_fire_is_no_target_of_it(seen: Seen) -> None:
    text = (
        "He said the intensified shelling north of Siversk is allowing Russian forces to advance by "
        "destroying Ukrainian positions with artillery."
    )

    assert ("strike", "UA", "Siversk") not in seen(text)


def test_they_is_the_side_that_drove_the_other_out(seen: Seen) -> None:
    text = (
        "The Defense Forces expelled the occupiers from the north of Ukraine, and later they de-occupied "
        "parts of the Kherson and Kharkiv regions."
    )

    assert seen(text) == {("advance", "UA", "Kherson Oblast"), ("advance", "UA", "Kharkiv Oblast")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an advance that goes on
        ("Russian sabotage groups remain in parts of Kupyansk, while the Ukrainian Defense Forces continue "
         "their advance southeast of Petropavlivka.", {("advance", "UA", "Petropavlivka")}),
        # years of fire since a date: no one strike
        ("Ever since 2014, the deployed troops kept launching artillery and drone strikes against the "
         "neighboring city of Gorlovka.", set()),
        # ... but fire kept up on a day is that day's
        ("Russian troops kept shelling Kherson and Beryslav on Monday.",
         {("strike", "RU", "Kherson"), ("strike", "RU", "Beryslav")}),
    ],
)  # fmt: skip
def test_what_goes_on(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


def test_a_side_that_attacked_settlements_fired_on_them(seen: Seen) -> None:
    text = (
        "Russia also attacked other settlements in Dnipropetrovsk region. In Pavlograd one of the "
        "enterprises was damaged."
    )

    assert seen(text) == {("strike", "RU", "Dnipropetrovsk Oblast"), ("strike", "RU", "Pavlohrad")}


def test_a_politician_who_attacked_the_west_fired_on_nothing(seen: Seen) -> None:
    assert seen("Putin attacked the West and its towns in a speech in Moscow.") == set()
