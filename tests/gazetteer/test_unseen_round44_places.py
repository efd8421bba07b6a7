"""Places of round 44 of unseen reporting, with the real gazetteer: a known village of the war zone (9,000
people) named beside towns of another front is kept, where its namesakes are hamlets of unknown size."""

from __future__ import annotations

from collections.abc import Callable

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py


def test_a_known_front_village_listed_with_far_towns_is_kept(resolved: Resolved) -> None:
    text = (
        "The heaviest clashes took place in Marinka, where Russian forces have advanced a little since "
        "spring, and along the Svatove-Kreminna road."
    )
    # Marinka west of Donetsk, 150 km from Svatove; its namesakes (Bryansk, Lviv) are hamlets
    assert resolved(text)["Marinka"] == ("Marinka", "Donetsk Oblast")

