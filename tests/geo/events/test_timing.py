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
