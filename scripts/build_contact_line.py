"""Build geo/front/data/contact_line.geojson: the 2015-2022 line of contact in Donbas.

No registry package ships the line that separated the government-held and the occupied parts of
Donetsk and Luhansk oblasts from the Minsk II ceasefire (February 2015) to the full-scale invasion
(24 February 2022). It is rebuilt here from what public reporting of those years agrees on: pairs of
settlements that faced each other across it, one held by Ukraine and one by the Russian-led forces
(OSCE Special Monitoring Mission reports, the Minsk II memorandum's withdrawal lines, the line of
contact drawn in Wikipedia's "War in Donbas" maps). The line passes between each pair, at the
fraction ``toward_ru`` of the way from the Ukrainian-held to the Russian-held settlement (0.5, the
middle, unless the line was known to run closer to one of them), through the pairs in order from the
Russian border on the Siverskyi Donets to the Sea of Azov. Both ends are pushed beyond the oblast
outlines (into Russia, into the sea) so the line splits the oblasts cleanly.

Settlements are looked up in frontmap's own gazetteer (GeoNames), by name within 15 km of the point
written here (several villages share a name), so the data follows the gazetteer's coordinates.
Run ``python3 scripts/build_contact_line.py``; it needs only the installed frontmap. Good to a few
kilometres: enough for a baseline at oblast scale, not for a tactical map.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gazetteer import haversine_km, key, load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "geo" / "front" / "data" / "contact_line.geojson"

# How far (km) a gazetteer settlement may lie from the point written below and still be taken as it.
MATCH_KM = 15.0

# (Ukrainian-held settlement, its approximate lon, lat), (Russian-held settlement, lon, lat), toward_ru.
# North-east to south, as the line ran from 2015 to 2022.
PAIRS: list[tuple[tuple[str, float, float], tuple[str, float, float], float]] = [
    (("Stanytsia Luhanska", 39.48, 48.66), ("Luhansk", 39.31, 48.57), 0.15),
    (("Shchastia", 39.23, 48.74), ("Vesela Hora", 39.26, 48.71), 0.5),
    (("Trokhizbenka", 38.97, 48.76), ("Slovianoserbsk", 38.98, 48.70), 0.5),
    (("Novotoshkivske", 38.63, 48.72), ("Holubivka", 38.64, 48.64), 0.5),
    (("Zolote", 38.52, 48.70), ("Pervomaisk", 38.52, 48.63), 0.5),
    (("Popasna", 38.37, 48.63), ("Kalynove", 38.52, 48.57), 0.5),
    (("Svitlodarsk", 38.22, 48.43), ("Debaltseve", 38.40, 48.34), 0.5),
    (("Zaitseve", 38.03, 48.39), ("Horlivka", 38.02, 48.30), 0.5),
    (("Toretsk", 37.85, 48.39), ("Horlivka", 38.02, 48.30), 0.5),
    (("Novhorodske", 37.84, 48.33), ("Horlivka", 38.02, 48.30), 0.5),
    (("Avdiivka", 37.75, 48.14), ("Yasynuvata", 37.86, 48.13), 0.5),
    (("Opytne", 37.72, 48.10), ("Spartak", 37.77, 48.08), 0.5),
    (("Krasnohorivka", 37.51, 48.00), ("Donetsk", 37.80, 48.02), 0.3),
    (("Marinka", 37.51, 47.95), ("Oleksandrivka", 37.58, 47.92), 0.5),
    (("Vuhledar", 37.25, 47.78), ("Olenivka", 37.66, 47.83), 0.6),
    (("Volnovakha", 37.49, 47.60), ("Dokuchaievsk", 37.68, 47.75), 0.5),
    (("Hranitne", 37.87, 47.46), ("Telmanove", 38.02, 47.41), 0.5),
    (("Chermalyk", 37.81, 47.31), ("Telmanove", 38.02, 47.41), 0.4),
    (("Talakivka", 37.72, 47.18), ("Kominternove", 37.82, 47.18), 0.5),
    (("Mariupol", 37.54, 47.10), ("Novoazovsk", 38.09, 47.11), 0.6),
    (("Shyrokyne", 37.82, 47.10), ("Bezimenne", 37.94, 47.11), 0.5),
]
# Where the line leaves the land: east into Russia along the Siverskyi Donets beyond Stanytsia
# Luhanska (the border lies near 39.65 E there), and south into the Sea of Azov off Shyrokyne.
START = (39.95, 48.62)
END = (37.88, 46.90)


def find(gazetteer, name: str, lon: float, lat: float, countries: tuple[str, ...] | None = ("UA",)):
    """The gazetteer's settlement of this name nearest (lon, lat), within MATCH_KM, in one of
    ``countries`` (any country with None). Also used by ``build_war_zone.py``."""
    found = [
        (haversine_km(lon, lat, p.lon, p.lat), p)
        for p in gazetteer.candidates(key(name))
        if p.kind in ("city", "town", "village") and (countries is None or p.country in countries)
    ]
    found = [(d, p) for d, p in found if d <= MATCH_KM]
    if not found:
        raise SystemExit(
            f"{name} near {lon}, {lat} is not in the gazetteer (no settlement within {MATCH_KM:.0f} km)"
        )
    return min(found, key=lambda pair: pair[0])[1]


def main() -> int:
    gazetteer = load_gazetteer()
    features, vertices = [], [list(START)]
    for (ua_name, ua_lon, ua_lat), (ru_name, ru_lon, ru_lat), toward_ru in PAIRS:
        ua, ru = find(gazetteer, ua_name, ua_lon, ua_lat), find(gazetteer, ru_name, ru_lon, ru_lat)
        lon = round(ua.lon + toward_ru * (ru.lon - ua.lon), 4)
        lat = round(ua.lat + toward_ru * (ru.lat - ua.lat), 4)
        vertices.append([lon, lat])
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "kind": "pair",
                    "ua_held": ua_name,
                    "ua_place_id": ua.id,
                    "ru_held": ru_name,
                    "ru_place_id": ru.id,
                    "toward_ru": toward_ru,
                },
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            }
        )
    vertices.append(list(END))
    line = {
        "type": "Feature",
        "properties": {
            "kind": "line_of_contact",
            "valid_from": "2015-02-15",
            "valid_until": "2022-02-23",
            "source": "pairs of facing settlements, scripts/build_contact_line.py",
        },
        "geometry": {"type": "LineString", "coordinates": vertices},
    }
    collection = {"type": "FeatureCollection", "features": [line, *features]}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(collection, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(PAIRS)} pairs)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
