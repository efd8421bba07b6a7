"""Round 80 of unseen reporting, places: a village the text puts by a town, far from the oblasts it names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Resolved = Callable[[str, date], dict[str, tuple[str, float, float]]]  # tests/gazetteer/conftest.py


def test_a_village_west_of_the_town_it_is_put_by_stays_though_far_from_the_named_oblast(
    resolved_on: Resolved,
) -> None:
    text = (
        "Russian missiles hit an energy site in the Lviv region on Sunday. The strikes came a day after "
        "Moscow said its troops had taken the village of Ivanivske west of Bakhmut."
    )
    found = resolved_on(text, date(2024, 3, 24))
    name, lat, lon = found["Ivanivske"]
    assert (round(lat, 1), round(lon, 1)) == (48.6, 37.9)  # the Ivanivske of the Bakhmut district
