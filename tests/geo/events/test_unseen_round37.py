"""Round 37 of unseen reporting: an attack across the border into a region, the aim of a ground
offensive told with "targeting", troops stopped in a direction, a river crossed by a side named
before an aside, damage inflicted on troops, and attacks counted on an axis."""

from __future__ import annotations

from collections.abc import Callable

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_cross_border_attack_into_a_region_is_ground_taken_there(seen: Seen) -> None:
    text = (
        "Moscow's advances in the east come as Ukraine mounts an unprecedented cross-border attack into "
        "Russia's Kursk region."
    )
    assert ("advance", "UA", "Kursk Oblast") in seen(text)


def test_an_attack_mounted_near_a_village_is_still_no_advance(seen: Seen) -> None:
    assert ("advance", "RU", "Robotyne") not in seen("Russian troops mounted an attack near Robotyne.")


def test_the_aim_of_a_ground_offensive_is_no_strike(seen: Seen) -> None:
    text = (
        "Russia launched a new offensive with a reported 30,000 troops on May 10, targeting Kharkiv Oblast, "
        "near the border."
    )
    found = seen(text)
    assert ("strike", "RU", "Kharkiv Oblast") not in found
    assert ("advance", "RU", "Kharkiv Oblast") in found


def test_missiles_targeting_a_city_during_an_offensive_are_fire(seen: Seen) -> None:
    text = "Russia pressed its offensive in the east, with missiles targeting Kharkiv on Sunday."
    assert ("strike", "RU", "Kharkiv") in seen(text)


def test_forces_deployed_for_an_attack_on_a_town_are_no_strike(seen: Seen) -> None:
    text = (
        "Fighting was raging around Vovchansk, with Russian forces deploying significant forces for its "
        "attack on the town."
    )
    assert ("strike", "RU", "Vovchansk") not in seen(text)


def test_troops_blocked_in_a_direction_lost_nothing(seen: Seen) -> None:
    text = "The Russian occupiers were completely blocked in the Kupiansk direction for almost a month."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_troops_blocked_in_a_town_were_cut_off_there(seen: Seen) -> None:
    assert ("advance", "RU", "Mariupol") in seen("Ukrainian troops were blocked in Mariupol.")


def test_a_side_named_before_an_aside_crossed_the_water_barrier(seen: Seen) -> None:
    text = (
        "Near the village of Novomlynsk, Kupiansk district, the Russians, having a numerical advantage, "
        "managed to cross the water barrier."
    )
    assert ("advance", "RU", "Novomlynsk") in seen(text)


def test_damage_inflicted_on_troops_is_no_strike_on_the_town(seen: Seen) -> None:
    text = (
        "Siversk remains under the fire control of the Defense Forces, which allows blocking the enemy's "
        "advance and inflicting damage on them."
    )
    assert not {e for e in seen(text) if e[0] == "strike"}


def test_attacks_counted_on_an_axis_are_ground_assaults(seen: Seen) -> None:
    text = "The General Staff reported 10 Russian attacks on the Kupiansk axis over the past day."
    assert not {e for e in seen(text) if e[0] == "strike"}
