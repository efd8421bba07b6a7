"""Front-line villages resolve where they are, in the Ukrainian and the Russian spelling.

The expected points are written from public geography (maps of the front, to about 2 km), not read
from the gazetteer's data, so a wrong point in the data fails here. Each name is resolved from the
sentence an analyst meets every day: "Fighting continued near the village of X in the Y region."
"""

from __future__ import annotations

import pytest

from gazetteer import find_places, haversine_km

# (Ukrainian spelling, Russian spelling, region as the press names it, lat, lon)
FRONT_LINE = [
    ("Robotyne", "Rabotino", "Zaporizhzhia", 47.44, 35.84),
    ("Klishchiivka", "Kleshcheevka", "Donetsk", 48.53, 37.96),
    ("Staromaiorske", "Staromayorskoye", "Donetsk", 47.75, 36.79),
    ("Krynky", "Krinki", "Kherson", 46.73, 33.07),
    ("Novoprokopivka", "Novoprokopovka", "Zaporizhzhia", 47.41, 35.84),
    ("Synkivka", "Sinkovka", "Kharkiv", 49.76, 37.69),
    ("Ocheretyne", "Ocheretino", "Donetsk", 48.28, 37.60),
    ("Verbove", "Verbovoye", "Zaporizhzhia", 47.45, 35.96),
    ("Krasnohorivka", "Krasnogorovka", "Donetsk", 47.98, 37.51),
    ("Marinka", "Maryinka", "Donetsk", 47.94, 37.50),
    ("Vuhledar", "Ugledar", "Donetsk", 47.78, 37.25),
    ("Avdiivka", "Avdeyevka", "Donetsk", 48.14, 37.75),
    ("Bakhmut", "Artemovsk", "Donetsk", 48.60, 38.00),
    ("Bilohorivka", "Belogorovka", "Luhansk", 48.93, 38.25),
    ("Kreminna", "Kremennaya", "Luhansk", 49.05, 38.22),
    ("Nevske", "Nevskoye", "Luhansk", 49.16, 37.97),
    ("Vovchansk", "Volchansk", "Kharkiv", 50.29, 36.94),
    ("Lyptsi", "Liptsy", "Kharkiv", 50.21, 36.43),
    ("Chasiv Yar", "Chasov Yar", "Donetsk", 48.59, 37.84),
    ("Toretsk", "Dzerzhinsk", "Donetsk", 48.40, 37.85),
    ("Pokrovsk", "Krasnoarmeysk", "Donetsk", 48.28, 37.18),
    ("Myrnohrad", "Dimitrov", "Donetsk", 48.30, 37.26),
    ("Lyman", "Krasny Liman", "Donetsk", 48.99, 37.80),
    ("Velyka Novosilka", "Velikaya Novoselka", "Donetsk", 47.84, 36.83),
    ("Hola Prystan", "Golaya Pristan", "Kherson", 46.52, 32.52),
    ("Kupiansk", "Kupyansk", "Kharkiv", 49.71, 37.62),
    ("Siversk", "Seversk", "Donetsk", 48.87, 38.10),
    ("Orikhiv", "Orekhov", "Zaporizhzhia", 47.57, 35.78),
    ("Kurakhove", "Kurakhovo", "Donetsk", 47.98, 37.28),
    ("Tyotkino", "Tetkino", "Kursk", 51.27, 34.28),
]
CASES = [(name, region, lat, lon) for ukr, rus, region, lat, lon in FRONT_LINE for name in (ukr, rus)]
WITHIN_KM = 5.0
SHARE = 0.9


def resolved_km(name: str, region: str, lat: float, lon: float) -> float | None:
    """How far from the true point the name resolves in the everyday sentence (None: unresolved)."""
    text = f"Fighting continued near the village of {name} in the {region} region."
    found = [m for m in find_places(text) if m.text == name]
    if not found or found[0].place is None:
        return None
    place = found[0].place
    return haversine_km(place.lon, place.lat, lon, lat)


def test_the_list_holds_thirty_villages_in_two_spellings():
    assert len(FRONT_LINE) == 30
    assert len(CASES) == 60


def test_nine_in_ten_front_line_villages_resolve_within_5_km():
    misses = []
    for name, region, lat, lon in CASES:
        km = resolved_km(name, region, lat, lon)
        if km is None or km > WITHIN_KM:
            misses.append(f"{name} ({region}): {'unresolved' if km is None else f'{km:.0f} km off'}")
    assert len(misses) <= len(CASES) * (1 - SHARE), misses


@pytest.mark.parametrize(("ukrainian", "russian", "region", "lat", "lon"), FRONT_LINE[:8])
def test_a_village_below_cities500_resolves_in_both_spellings(ukrainian, russian, region, lat, lon):
    for name in (ukrainian, russian):
        km = resolved_km(name, region, lat, lon)
        assert km is not None and km <= WITHIN_KM, (name, km)
