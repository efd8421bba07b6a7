"""Round 70 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_the_defenders_share_of_a_town_is_no_gain_but_the_attackers_is(seen: Seen) -> None:
    text = "Ukrainian forces currently control about 60% of Kupiansk, a brigade spokesman said."
    found = seen(text, types=("advance", "contact"), published=date(2025, 11, 20))
    assert found == {("contact", "UA", "Kupiansk")}
    text = "Russian forces currently control about 40% of Kupiansk, a brigade spokesman said."
    assert ("advance", "RU", "Kupiansk") in seen(text, published=date(2025, 11, 20))


def test_a_raid_told_by_its_end_as_repelled_hit_nothing(seen: Seen) -> None:
    text = "The ministry said drone attacks on airfields in the Tver and Kaluga regions were repelled."
    assert not {e for e in seen(text, published=date(2025, 6, 2)) if e[0] == "strike"}
    text = "A drone attack on Kursk was repelled overnight, the governor said."
    assert not {e for e in seen(text, published=date(2025, 6, 2)) if e[0] == "strike"}
    # (a strike told beside the raids that failed stays)
    text = "Ukrainian drones struck an oil depot in Bryansk, while other attacks were repelled."
    assert ("strike", "UA", "Bryansk") in seen(text, published=date(2025, 6, 2))
