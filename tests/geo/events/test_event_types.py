"""Each phrase war reporting uses for an event gives that event, at the place the verb governs."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import Event, extract_events, read_text


def events(text: str, published: date = date(2022, 9, 12)) -> list[Event]:
    return extract_events(read_text(text, published=published), load_gazetteer())


def seen(text: str, published: date = date(2022, 9, 12)) -> list[tuple[str, str, str]]:
    """What a user sees in the table: (type, actor, place) per event."""
    return [(e.event_type, e.actor, e.place) for e in events(text, published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ukrainian forces recaptured Izium.", ("advance", "UA", "Izium")),
        ("Ukrainian troops retook Kupiansk.", ("advance", "UA", "Kupiansk")),
        ("Ukrainian forces liberated Balakliia.", ("advance", "UA", "Balakliia")),
        ("Russian troops seized Lysychansk.", ("advance", "RU", "Lysychansk")),
        ("Russian forces captured Bakhmut.", ("advance", "RU", "Bakhmut")),
        ("Ukrainian forces entered Kherson.", ("advance", "UA", "Kherson")),
        ("Ukrainian troops pushed into Lyman.", ("advance", "UA", "Lyman")),
        ("Ukrainian forces took control of Izium.", ("advance", "UA", "Izium")),
        ("Russian forces withdrew from Kherson.", ("retreat", "RU", "Kherson")),
        ("Russian troops retreated from Izium.", ("retreat", "RU", "Izium")),
        ("Russian forces pulled back from Balakliia.", ("retreat", "RU", "Balakliia")),
        ("Russia ceded Kherson.", ("retreat", "RU", "Kherson")),
        ("Ukrainian forces abandoned Avdiivka.", ("retreat", "UA", "Avdiivka")),
        ("Russian soldiers fled Izium.", ("retreat", "RU", "Izium")),
        ("Russian troops were thrown back from Kupiansk.", ("retreat", "RU", "Kupiansk")),
        ("Russian forces shelled Kharkiv.", ("strike", "RU", "Kharkiv")),
        ("Russian missiles struck Zaporizhzhia.", ("strike", "RU", "Zaporizhzhia")),
        ("A Russian missile strike on Kramatorsk killed two people.", ("strike", "RU", "Kramatorsk")),
        ("A Russian drone attack on Odesa damaged the port.", ("strike", "RU", "Odesa")),
        ("A Russian air strike on Izium killed civilians.", ("strike", "RU", "Izium")),
    ],
)
def test_each_event_phrase(sentence: str, expected: tuple[str, str, str]) -> None:
    assert seen(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Ukrainian forces struck the Antonivskyi bridge.",
            date(2022, 7, 28),
            ("bridge_strike", "Antonivskyi Bridge"),
        ),
        ("The Antonivskyi bridge was destroyed.", date(2022, 7, 28), ("bridge_strike", "Antonivskyi Bridge")),
        ("The Antonivskyi bridge was blown up.", date(2022, 7, 28), ("bridge_strike", "Antonivskyi Bridge")),
        ("The Antonivskyi bridge collapsed.", date(2022, 7, 28), ("bridge_strike", "Antonivskyi Bridge")),
        (
            "Ukrainian artillery hit the Antonivskyi bridge again.",
            date(2022, 7, 28),
            ("bridge_strike", "Antonivskyi Bridge"),
        ),
        (
            "A HIMARS strike on the Antonivskyi bridge left it impassable.",
            date(2022, 7, 28),
            ("bridge_strike", "Antonivskyi Bridge"),
        ),
        ("The Kakhovka dam was destroyed.", date(2023, 6, 6), ("bridge_strike", "Kakhovka Dam")),
        (
            "Russian forces blew up the bridges across the Oskil River.",
            date(2022, 9, 12),
            ("bridge_strike", "Oskil"),
        ),
    ],
)
def test_bridges_and_dams_destroyed_are_bridge_strikes_at_the_crossing(
    sentence: str, published: date, expected: tuple[str, str]
) -> None:
    assert [(e.event_type, e.place) for e in events(sentence, published)] == [expected]


def test_a_crossing_struck_is_drawn_on_the_crossing_not_the_river() -> None:
    (event,) = events("Ukrainian forces struck the Antonivskyi bridge over the Dnipro River near Kherson.")

    assert (event.event_type, event.place_kind, event.geo_precision) == ("bridge_strike", "bridge", 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather in Kharkiv was mild and the markets were open.",
        "Ukrainian soldiers in Izium handed out bread.",
        "Russian troops left behind captured equipment near Balakliia.",  # an adjective, not an event
        "Kharkiv is Ukraine's second-largest city.",
    ],
)
def test_sentences_without_an_event_phrase_give_no_event(sentence: str) -> None:
    assert seen(sentence) == []


def test_an_event_phrase_without_a_place_gives_no_event() -> None:
    assert seen("Ukrainian forces recaptured more than 3,000 square kilometres.") == []


def test_two_places_joined_by_and_both_get_the_event() -> None:
    assert seen("Ukrainian forces recaptured Izium and Kupiansk.") == [
        ("advance", "UA", "Izium"),
        ("advance", "UA", "Kupiansk"),
    ]


def test_one_sentence_can_report_two_events() -> None:
    assert seen("Russian forces withdrew from Izium and Ukrainian troops entered Kupiansk.") == [
        ("retreat", "RU", "Izium"),
        ("advance", "UA", "Kupiansk"),
    ]
