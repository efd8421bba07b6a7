"""Round 38 of unseen reporting: the aim of a strike told after it ("the attack was directed against"),
its targets named as a noun, fire at a region in the present, a dam named long before it "came under
fire", and lists of oblasts and of villages a line each."""

from __future__ import annotations

from collections.abc import Callable

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_an_attack_directed_against_oblasts_strikes_each(seen: Seen) -> None:
    text = (
        "Russia launched a massive missile attack overnight. The attack was directed against energy "
        "infrastructure in the Kharkiv, Zaporizhzhia, Lviv, and Kyiv regions."
    )
    found = seen(text)
    assert {("strike", "RU", f"{o} Oblast") for o in ("Kharkiv", "Zaporizhzhia", "Lviv", "Kyiv")} <= found


def test_the_targets_of_a_strike_in_a_list_of_oblasts(seen: Seen) -> None:
    text = (
        "Russian forces launched a massive missile strike. The targets were electric substations in the "
        "Kiev, Vinnitsa, Nikolayev and Odessa regions."
    )
    assert ("strike", "RU", "Mykolaiv Oblast") in seen(text)
    assert ("strike", "RU", "Vinnytsia Oblast") in seen(text)


def test_troops_that_fire_at_a_region_strike_it(seen: Seen) -> None:
    text = (
        "According to Haidai, Russian troops continue to follow crawling tactics and fire at Luhansk Region "
        "with artillery and aviation."
    )
    assert ("strike", "RU", "Luhansk Oblast") in seen(text)


def test_a_dam_named_long_before_it_came_under_fire_is_struck(seen: Seen) -> None:
    text = (
        "The only other crossing is a dam at the hydroelectric power station of the town of Nova Kakhovka, "
        "which also came under Ukrainian fire but remained open."
    )
    assert ("bridge_strike", "UA", "Nova Kakhovka") in seen(text)


def test_an_attack_that_was_directed_nowhere_is_no_strike(seen: Seen) -> None:
    text = "Russian forces attacked near Robotyne. The attack was directed from the south, the army said."
    assert not {e for e in seen(text) if e[0] == "strike"}
