"""Round 47 of unseen reporting: a raion named after its oblast's capital, like any district named
after a village ("Kozacha Lopan, Kharkiv district"), only says where the village is; in a monitor's line
"Kharkiv district, Tsyrkunivska community" the community carries the event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_village_in_the_raion_of_the_capital_is_struck_not_the_city(seen: Seen) -> None:
    text = (
        "At 11:00 a.m., there was an enemy artillery attack on the outskirts of Kozacha Lopan, the Kharkiv "
        "district. About 1:50 p.m., the enemy struck near the town of Merefa, Kharkiv district."
    )
    found = seen(text, published=date(2024, 1, 5))
    assert {e[2] for e in found} == {"Kozacha Lopan", "Merefa"}


def test_villages_listed_after_the_capitals_raion_in_the_possessive_are_struck(seen: Seen) -> None:
    text = (
        "Enemy artillery and mortar strikes affected over 20 settlements in the Kharkiv region, such as the "
        "Kharkiv district's Kozacha Lopan, Lukiantsi and Zelene."
    )
    found = {e[2] for e in seen(text, published=date(2023, 12, 14))}
    assert {"Kozacha Lopan", "Lukiantsi"} <= found and "Kharkiv" not in found


def test_in_a_monitors_line_the_community_after_its_district_carries_the_event(seen: Seen) -> None:
    text = (
        "According to RMA Chairman Syniehubov:\n\n"
        "17:49, Kharkiv district, Tsyrkunivska community. As a result of the shelling, grass burned on the "
        "area of 3 hectares.\n\n"
        "14:20, Bohodukhiv district, Zolochivska TG, Ivashky village. A private house caught fire as a "
        "result of the shelling."
    )
    found = {e[2] for e in seen(text, published=date(2024, 9, 24))}
    assert found == {"Tsyrkuny", "Ivashky"}
