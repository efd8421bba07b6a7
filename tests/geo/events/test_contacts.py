"""Fighting that changed nothing is a ``contact``, not an advance; its actor is who holds the place.

Ukrainian General Staff summaries, ISW assessments and monitors report far more repelled attacks
and unconfirmed claims than changes of ground. Each case is a sentence in the style of such
reporting (facts from public reporting, 2023-2024) and the events a user sees.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


def seen(text: str) -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2024, 5, 10)), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the side that repelled the attack holds the place
        (
            "Ukrainian defenders repelled 14 Russian attacks near Nevske and Terny.",
            {("contact", "UA", "Nevske"), ("contact", "UA", "Terny")},
        ),
        (
            "Russian attacks were repelled near Robotyne and Verbove, the General Staff said.",
            {("contact", "UA", "Robotyne"), ("contact", "UA", "Verbove")},
        ),
        (
            "Russia's Battlegroup Yug repelled two Ukrainian counterattacks near Klishchiivka.",
            {("contact", "RU", "Klishchiivka")},
        ),
        (
            "Ukrainian forces halted 37 Russian attacks in the Pokrovsk area.",
            {("contact", "UA", "Pokrovsk")},
        ),
        (
            "Over the past day, units of the Defense Forces repulsed the attacks of the Russian occupiers "
            "near Bilohorivka, Luhansk region and near Bakhmut and Klishchiivka in the Donetsk region.",
            {
                ("contact", "UA", "Bilohorivka"),
                ("contact", "UA", "Bakhmut"),
                ("contact", "UA", "Klishchiivka"),
            },
        ),
        # the side that attacked without gaining does not hold it
        (
            "Russian forces continued offensive operations near Chasiv Yar and Toretsk on Tuesday.",
            {("contact", "UA", "Chasiv Yar"), ("contact", "UA", "Toretsk")},
        ),
        (
            "In the Pokrovsk direction, the enemy attacked 25 times near Ocheretyne and Keramik.",
            {("contact", "UA", "Ocheretyne"), ("contact", "UA", "Keramik")},
        ),
        ("Russian troops tried to storm Vuhledar again on Tuesday.", {("contact", "UA", "Vuhledar")}),
        (
            "Russian troops attacked Ukrainian positions 15 times near Synkivka.",
            {("contact", "UA", "Synkivka")},
        ),
        (
            "In the Pokrovsk direction, the enemy made 35 attempts to advance near Lysivka and Hrodivka.",
            {("contact", "UA", "Lysivka"), ("contact", "UA", "Hrodivka")},
        ),
        ("The Russians failed to break through near Synkivka.", {("contact", "UA", "Synkivka")}),
        ("Russian forces unsuccessfully attacked near Terny.", {("contact", "UA", "Terny")}),
        ("Ukrainian forces counterattacked near Krynky on May 9.", {("contact", "RU", "Krynky")}),
        # ISW's "northeast of Kupiansk near Synkivka": the town only says where the village is
        (
            "Russian forces conducted offensive operations northeast of Kupiansk near Synkivka and "
            "Petropavlivka, west of Svatove near Stelmakhivka, and west of Kreminna near Terny and Torske.",
            {
                ("contact", "UA", "Synkivka"),
                ("contact", "UA", "Petropavlivka"),
                ("contact", "UA", "Stelmakhivka"),
                ("contact", "UA", "Terny"),
                ("contact", "UA", "Torske"),
            },
        ),
        # the side that kept its positions holds the place
        (
            "Ukrainian troops are holding their positions in Krynky, the navy said.",
            {("contact", "UA", "Krynky")},
        ),
        ("Krynky remains under Ukrainian control, the military said.", {("contact", "UA", "Krynky")}),
        ("Ukraine said it was holding back enemy forces in Pokrovsk.", {("contact", "UA", "Pokrovsk")}),
        (
            "Ukraine's military said Russian forces had launched five attacks on Rozlyv.",
            {("contact", "UA", "Rozlyv")},
        ),
        # nobody's side
        ("Fighting continues near Vovchansk, the governor said.", {("contact", "unknown", "Vovchansk")}),
        ("Heavy fighting is under way for Chasiv Yar.", {("contact", "unknown", "Chasiv Yar")}),
        ("No confirmed gains were reported near Kupiansk.", {("contact", "unknown", "Kupiansk")}),
        # "near Ukrainian-held X" says who holds it
        ("Fighting continues near Ukrainian-held Siversk.", {("contact", "UA", "Siversk")}),
    ],
)
def test_fighting_that_changed_nothing_is_a_contact_held_by_the_side_the_sentence_says(sentence, expected):
    assert seen(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russian forces did not make any confirmed gains near Avdiivka on Monday.",
            {("contact", "UA", "Avdiivka")},
        ),
        ("Claims of Russian advances near Synkivka remain unconfirmed.", {("contact", "UA", "Synkivka")}),
        (
            "Russian milbloggers claimed that Russian forces advanced near Robotyne, but ISW has yet to "
            "observe visual confirmation of the claim.",
            {("contact", "UA", "Robotyne")},
        ),
        ("Russian forces have not captured Chasiv Yar, the ISW said.", {("contact", "UA", "Chasiv Yar")}),
        # what is unconfirmed is the later claim, not the advance told first
        (
            "ISW assessed that Russian forces recently advanced southeast of Pokrovsk, but said it had not "
            "observed confirmation of the claimed capture of Novohrodivka.",
            {("advance", "RU", "Pokrovsk"), ("contact", "UA", "Novohrodivka")},
        ),
        (
            "Ukrainian forces are maintaining positions in northwestern Krynky, but claims of further "
            "advances remain unconfirmed.",
            {("contact", "UA", "Krynky")},
        ),
    ],
)
def test_unconfirmed_or_denied_gains_are_no_advance(sentence, expected):
    assert seen(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where the line moved, the fighting there is not told again as a contact
        (
            "Russian troops captured Krynky after heavy fighting in the village.",
            {("advance", "RU", "Krynky")},
        ),
        # drones and missiles attacking is a strike, not fighting over ground
        (
            "Russian drones attacked energy facilities near Kharkiv overnight.",
            {("strike", "RU", "Kharkiv")},
        ),
        (
            "Russian forces launched a massive missile attack on Kyiv and Lviv overnight.",
            {("strike", "RU", "Kyiv"), ("strike", "RU", "Lviv")},
        ),
        # a plan to fight is no contact
        ("Russia plans to attack near Kupiansk in the spring.", set()),
        # a contact's place is after its verb: these losses were inflicted elsewhere
        (
            "The Zapad group inflicted losses on Ukrainian units near Terny, and repelled a counterattack.",
            {("strike", "RU", "Terny")},
        ),
    ],
)
def test_what_is_not_a_contact(sentence, expected):
    assert seen(sentence) == expected


def test_a_direction_named_after_a_town_is_placed_at_region_precision() -> None:
    found = extract_events(
        read_text("In the Pokrovsk direction, Ukrainian forces repelled 20 Russian attacks."),
        load_gazetteer(),
    )

    assert [(e.event_type, e.place, e.geo_precision) for e in found] == [("contact", "Pokrovsk", 3)]
