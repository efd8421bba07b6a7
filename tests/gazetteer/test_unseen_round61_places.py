"""Round 61 of unseen reporting, places: districts of Russia's border oblasts named by their seat's
adjective when GeoNames spells the seat otherwise, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_district_adjective_with_ks_is_the_seat_geonames_spells_with_x() -> None:
    text = "Drones struck the Alekseyevsky district of Belgorod Oblast overnight, the governor said."
    found = _places(text, date(2025, 3, 2))["Alekseyevsky"]
    assert found is not None and found.admin1 == "Belgorod Oblast"  # Alexeyevka, not a Volgograd stanitsa
    assert abs(found.lat - 50.63) < 0.1 and abs(found.lon - 38.69) < 0.1
