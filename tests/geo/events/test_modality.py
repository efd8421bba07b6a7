"""Predictions, hypotheticals, conditions, denials, questions and intentions are not events.

Each hedged sentence comes with its plain twin, which is an event: the test fails if the hedge check
drops everything as well as if it lets the hedge through.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


def seen(text: str) -> list[tuple[str, str, str]]:
    """The events that moved a line: a failed attempt is kept as a contact, tested on its own."""
    found = extract_events(read_text(text, published=date(2022, 9, 12)), load_gazetteer())
    return [(e.event_type, e.actor, e.place) for e in found if e.event_type != "contact"]


@pytest.mark.parametrize(
    ("family", "hedged", "plain", "event"),
    [
        (
            "prediction",
            "Russia will likely give up Kherson.",
            "Russia gave up Kherson.",
            ("retreat", "RU", "Kherson"),
        ),
        (
            "prediction",
            "Russian troops will withdraw from Kherson.",
            "Russian troops withdrew from Kherson.",
            ("retreat", "RU", "Kherson"),
        ),
        (
            "prediction",
            "Analysts expect Ukraine to retake Izium soon.",
            "Ukraine retook Izium.",
            ("advance", "UA", "Izium"),
        ),
        (
            "hypothetical",
            "Ukrainian forces could retake Izium within days.",
            "Ukrainian forces retook Izium.",
            ("advance", "UA", "Izium"),
        ),
        (
            "hypothetical",
            "Russian troops may withdraw from Kherson.",
            "Russian troops withdrew from Kherson.",
            ("retreat", "RU", "Kherson"),
        ),
        (
            "hypothetical",
            "Ukrainian forces might enter Lyman.",
            "Ukrainian forces entered Lyman.",
            ("advance", "UA", "Lyman"),
        ),
        (
            "condition",
            "If Russia withdraws from Kherson, the front will shorten.",
            "Russia withdrew from Kherson.",
            ("retreat", "RU", "Kherson"),
        ),
        (
            "condition",
            "Unless Ukraine recaptures Lyman, Izium stays exposed.",
            "Ukraine recaptured Lyman.",
            ("advance", "UA", "Lyman"),
        ),
        (
            "denial",
            "Moscow denied that its troops retreated from Izium.",
            "Russian troops retreated from Izium.",
            ("retreat", "RU", "Izium"),
        ),
        (
            "denial",
            "The Kremlin rejects the claim that Russian forces fled Kupiansk.",
            "Russian forces fled Kupiansk.",
            ("retreat", "RU", "Kupiansk"),
        ),
        (
            "question",
            "Has Ukraine recaptured Izium?",
            "Ukraine has recaptured Izium.",
            ("advance", "UA", "Izium"),
        ),
        (
            "question",
            "Will Russian forces abandon Kherson?",
            "Russian forces abandoned Kherson.",
            ("retreat", "RU", "Kherson"),
        ),
        (
            "intention",
            "Russian forces are trying to capture Avdiivka.",
            "Russian forces captured Avdiivka.",
            ("advance", "RU", "Avdiivka"),
        ),
        (
            "intention",
            "Russian forces aim to seize Bakhmut by May.",
            "Russian forces seized Bakhmut.",
            ("advance", "RU", "Bakhmut"),
        ),
        (
            "negation",
            "Ukrainian forces did not enter Kherson.",
            "Ukrainian forces entered Kherson.",
            ("advance", "UA", "Kherson"),
        ),
        (
            "negation",
            "Russian troops failed to capture Kharkiv.",
            "Russian troops captured Kharkiv.",
            ("advance", "RU", "Kharkiv"),
        ),
    ],
)
def test_a_hedged_report_is_no_event_and_its_plain_twin_is(
    family: str, hedged: str, plain: str, event: tuple[str, str, str]
) -> None:
    assert seen(hedged) == [], family
    assert seen(plain) == [event]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Russian troops were forced to retreat from Izium.", ("retreat", "RU", "Izium")),
        ("Russian commanders decided to withdraw from Kherson.", ("retreat", "RU", "Kherson")),
        ("Ukrainian forces managed to enter Lyman on Saturday.", ("advance", "UA", "Lyman")),
        ("Wagner fighters stormed Bakhmut last May.", ("advance", "RU", "Bakhmut")),  # "May" the month
    ],
)
def test_what_looks_like_a_hedge_but_reports_a_fact_is_an_event(
    sentence: str, event: tuple[str, str, str]
) -> None:
    assert seen(sentence) == [event]
