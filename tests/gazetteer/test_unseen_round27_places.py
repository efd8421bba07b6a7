"""Places of round 27 of unseen reporting, with the real gazetteer: a city's Russian-style spelling of
a village name GeoNames lends it is as borrowed as that name."""

from __future__ import annotations

from collections.abc import Callable

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py


def test_a_village_name_melitopol_once_had_is_the_village(resolved: Resolved) -> None:
    # GeoNames lists Melitopol's name of the 1830s; dozens of villages bear it today
    found = resolved("Russian forces captured the village of Novoaleksandrovka in Zaporizhzhia region.")
    assert found["Novoaleksandrovka"][0] == "Novooleksandrivka"
    assert all(place != "Melitopol" for place, _ in found.values())


def test_the_russian_spelling_of_a_curated_former_name_still_names_the_town(resolved: Resolved) -> None:
    # Khrestivka was Kirovske until 2016: the Russian press's Kirovskoye is a spelling of that former name
    assert resolved("Shelling hit Kirovskoye in the Donetsk region.")["Kirovskoye"] == (
        "Khrestivka",
        "Donetsk Oblast",
    )


def test_a_land_bridge_to_crimea_is_no_bridge(resolved: Resolved) -> None:
    text = "Ukrainian forces aim to cut the land bridge that connects Russia to occupied Crimea near Tokmak."
    assert "Crimean Bridge" not in {place for place, _ in resolved(text).values()}
    # the bridge itself, described the same way, still is
    assert resolved("A blast hit the bridge that connects Russia to occupied Crimea.")["bridge"][0] == (
        "Crimean Bridge"
    )


def test_the_road_bridge_to_crimea_is_the_crimean_bridge(resolved: Resolved) -> None:
    found = resolved("Blasts hit Russia's road bridge to the occupied Crimean Peninsula.")
    assert found["bridge"][0] == "Crimean Bridge"
