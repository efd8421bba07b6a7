"""Round 82 of unseen reporting, places: the line of contact of 2014-2022 as the front of its days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Resolved = Callable[[str, date], dict[str, tuple[str, float, float]]]  # tests/gazetteer/conftest.py

JFO_REPORT = (
    "Howitzers of the occupation forces fired on the positions of the Joint Forces near the settlement of "
    "Hranitne, the press centre said."
)


def test_a_village_of_a_ceasefire_report_lies_on_the_line_of_contact_of_its_day(
    resolved_on: Resolved,
) -> None:
    name, lat, lon = resolved_on(JFO_REPORT, date(2021, 4, 10))["Hranitne"]
    assert (name, round(lat, 1), round(lon, 1)) == ("Hranitne", 47.5, 37.9)  # by Mariupol, not Nikopol's


def test_after_the_invasion_the_line_of_2014_is_no_front_of_the_day(resolved_on: Resolved) -> None:
    name, lat, lon = resolved_on(JFO_REPORT, date(2024, 4, 10))["Hranitne"]
    assert round(lon) == 34  # the Hranitne by Nikopol's front of 2024
