"""Which date dates which event phrase of a sentence."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a date inside a "since they ..." clause dates that clause's event, not the one before it
        (
            "Russian troops entered Avdiivka. It is the biggest gain for Russian forces since they seized "
            "Bakhmut last May.",
            "Avdiivka",
            "2024-02-14",
        ),
        (
            "Russian troops entered Avdiivka. It is the biggest gain for Russian forces since they seized "
            "Bakhmut last May.",
            "Bakhmut",
            "2023-05-20",  # the day Bakhmut fell: "last May" of a turning point is its day
        ),
        # a phrase with no date of its own takes the next one when nothing comes between
        ("Russian forces captured and held Krynky on Tuesday.", "Krynky", "2024-02-13"),
    ],
)
def test_a_date_belongs_to_its_own_event_phrase(text: str, place: str, day: str) -> None:
    found = extract_events(read_text(text, published=date(2024, 2, 17)), load_gazetteer())

    assert {e.date for e in found if e.place == place and e.event_type == "advance"} == {day}


@pytest.mark.parametrize(
    ("text", "published", "place", "day"),
    [
        # a "since" span names when something began, not the event's day
        (
            "Russia on Tuesday said it had retaken one of the last villages held by Ukraine in its Kursk "
            "region, with Moscow having recaptured most of the border area since Kiev's shock August 2024 "
            "attack.",
            date(2025, 4, 8),
            "Kursk Oblast",
            "2025-04-08",
        ),
        # a participle that goes on with its clause: the clause's day
        (
            "Russians began a new offensive on the Kharkiv region on May 10, pushing into the region in the "
            "directions of Vovchansk and Lyptsi.",
            date(2024, 5, 23),
            "Vovchansk",
            "2024-05-10",
        ),
    ],
)
def test_a_span_or_a_clause_going_on_dates_its_phrase(
    text: str, published: date, place: str, day: str
) -> None:
    found = extract_events(read_text(text, published=published), load_gazetteer())

    assert {e.date for e in found if e.place == place and e.event_type == "advance"} == {day}


def test_a_season_of_a_year_is_no_recent_day_and_a_turning_point_gives_its_day() -> None:
    text = (
        "Ukraine's Armed Forces liberated Kherson and other settlements on the river's west bank in the fall "
        "2022 counteroffensive."
    )
    found = extract_events(read_text(text, published=date(2024, 1, 22)), load_gazetteer())

    # not the week before publication: the one Ukrainian advance at Kherson the turning points know
    assert {(e.place, e.date) for e in found if e.event_type == "advance"} == {("Kherson", "2022-11-11")}


def test_the_year_a_place_was_renamed_dates_no_event() -> None:
    text = (
        "Ukrainian forces were driven out of the village of Blahodatne (until 2016 Komsomolske) in the "
        "Mykolaiv region."
    )
    found = extract_events(read_text(text, published=date(2022, 8, 22)), load_gazetteer())

    dates = {e.date for e in found if e.place == "Blahodatne"}
    assert dates and all(d is not None and d.startswith("2022-08") for d in dates)
