"""Build gazetteer/data/war_zone.geojson: where the fighting of the full-scale invasion has been.

Reporting names villages that share their names with dozens of others (27 Novooleksandrivkas, 40
Andriivkas). Population and the article's other places settle most of them; when they do not, the
one by the fighting is the one a war report means. No registry package ships the lines the front has
run along since February 2022, so the zone is drawn here from what public reporting of those years
agrees on: chains of settlements the front passed through or by, in order, one chain per stretch of
front (the Kyiv and Chernihiv fronts of spring 2022; the border of Chernihiv, Sumy and Kharkiv oblasts
with Russia's Bryansk, Kursk and Belgorod oblasts, shelled every day since; the Kharkiv and Donbas
fronts; the southern front from Zaporizhzhia oblast to the Dnipro and Kherson; Kursk oblast in
2024-2025). Each chain is a line through its settlements, widened by ``WIDTH_KM`` on either side:
villages of the fighting lie a few km to a few dozen km from the line, and the front moved within the
band over the years.

Settlements are looked up in frontmap's own gazetteer by name within 15 km of the point written here
(several villages share a name; ``build_contact_line.find``), so the zone follows the gazetteer's
coordinates. Run ``python3 scripts/build_war_zone.py``; it needs only the installed frontmap. It is a
prior for choosing among namesakes, good to a few dozen km, not a map of the front. Each chain's band
is also written on its own, with the days its front was fought over (``PERIODS``): the fronts of an
article's day.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import shapely
from build_contact_line import find  # the settlement of a name nearest a point, within 15 km
from pyproj import Transformer
from shapely.geometry import LineString, mapping
from shapely.ops import unary_union

from gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "gazetteer" / "data" / "war_zone.geojson"

# How far (km) on either side of a chain the zone reaches.
WIDTH_KM = 30.0
# Narrower bands for chains drawn along the line fought over itself, where the rear's namesakes lie
# within WIDTH_KM ("Dachne" on the Donetsk oblast border in 2025, not the Dachne by Mezhova 20 km back).
# (and the line of contact of 2014-2022, whose villages lie on it, Donetsk city a few km behind)
WIDTHS_KM = {"dnipropetrovsk-2025": 15.0, "donbas-2014": 15.0}
# Metres of the projection the chains are widened in (an equidistant conic for Ukraine and its
# Russian border), and the simplification tolerance of the result, in degrees.
PROJECTION = "+proj=eqdc +lat_0=48 +lon_0=34 +lat_1=46 +lat_2=52 +datum=WGS84 +units=m"
SIMPLIFY_DEGREES = 0.01

# Each stretch of front: (name, what it covers, settlements in order as (name, approximate lon, lat)).
CHAINS: list[tuple[str, str, list[tuple[str, float, float]]]] = [
    (
        "kyiv-2022",
        "the advance on Kyiv from Belarus, February to April 2022",
        [
            ("Chornobyl", 30.22, 51.27),
            ("Ivankiv", 29.90, 50.94),
            ("Hostomel", 30.26, 50.57),
            ("Bucha", 30.21, 50.54),
            ("Makariv", 29.81, 50.46),
            ("Irpin", 30.25, 50.52),
            ("Brovary", 30.79, 50.51),
            ("Baryshivka", 31.32, 50.36),
        ],
    ),
    (
        "chernihiv-sumy-2022",
        "the advance on Chernihiv and through Sumy oblast, February to April 2022",
        [
            ("Chernihiv", 31.29, 51.50),
            ("Nizhyn", 31.88, 51.05),
            ("Konotop", 33.20, 51.24),
            ("Romny", 33.49, 50.75),
            ("Sumy", 34.80, 50.91),
            ("Trostianets", 34.96, 50.48),
            ("Okhtyrka", 34.90, 50.31),
        ],
    ),
    (
        "northern-border",
        "Ukraine's border with Belarus and Russia from Chernihiv to Kharkiv oblast, shelled since 2022",
        [
            ("Dobrianka", 31.16, 52.06),
            ("Semenivka", 32.58, 52.18),
            ("Novhorod-Siverskyi", 33.26, 52.00),
            ("Seredyna-Buda", 34.00, 52.19),
            ("Esman", 33.88, 51.85),
            ("Bilopillia", 34.31, 51.15),
            ("Yunakivka", 35.00, 51.11),
            ("Krasnopillia", 35.27, 50.77),
            ("Velyka Pysarivka", 35.47, 50.43),
            ("Zolochiv", 35.98, 50.28),
            ("Kozacha Lopan", 36.21, 50.35),
            ("Vovchansk", 36.94, 50.29),
            ("Velykyi Burluk", 37.39, 50.06),
            ("Dvorichna", 37.68, 49.85),
        ],
    ),
    (
        "russian-border",
        "Russia's Bryansk, Kursk and Belgorod oblasts along the border, struck and raided since 2022",
        [
            ("Klimovo", 31.99, 52.38),
            ("Pogar", 33.26, 52.55),
            ("Suzemka", 34.08, 52.32),
            ("Tetkino", 34.29, 51.28),
            ("Glushkovo", 34.64, 51.34),
            ("Sudzha", 35.27, 51.19),
            ("Krasnaya Yaruga", 35.64, 50.80),
            ("Grayvoron", 35.67, 50.48),
            ("Belgorod", 36.59, 50.60),
            ("Shebekino", 36.90, 50.41),
            ("Valuyki", 38.10, 50.21),
        ],
    ),
    (
        "kursk-2024",
        "the Ukrainian incursion into Kursk oblast, August 2024 to March 2025",
        [
            ("Korenevo", 34.92, 51.41),
            ("Lgov", 35.26, 51.66),
            ("Bolshoye Soldatskoye", 35.51, 51.35),
            ("Sudzha", 35.27, 51.19),
        ],
    ),
    (
        "kharkiv",
        "around Kharkiv and its north in 2022 and 2024, and the Izium front of 2022",
        [
            ("Lyptsi", 36.43, 50.20),
            ("Tsyrkuny", 36.38, 50.10),
            ("Kharkiv", 36.25, 50.00),
            ("Chuhuiv", 36.69, 49.84),
            ("Balakliia", 36.84, 49.46),
            ("Izium", 37.26, 49.21),
            ("Sviatohirsk", 37.57, 49.03),
            ("Lyman", 37.80, 48.98),
        ],
    ),
    (
        "east",
        "the eastern front from the Russian border by Vovchansk to the Zaporizhzhia oblast line, 2022-2025",
        [
            ("Vovchansk", 36.94, 50.29),
            ("Kupiansk", 37.61, 49.71),
            ("Svatove", 38.15, 49.41),
            ("Kreminna", 38.22, 49.05),
            ("Siversk", 38.10, 48.87),
            ("Soledar", 38.09, 48.68),
            ("Bakhmut", 38.00, 48.60),
            ("Chasiv Yar", 37.84, 48.59),
            ("Toretsk", 37.85, 48.39),
            ("Avdiivka", 37.75, 48.14),
            ("Ocheretyne", 37.60, 48.26),
            ("Pokrovsk", 37.18, 48.28),
            ("Selydove", 37.30, 48.15),
            ("Kurakhove", 37.28, 47.98),
            ("Marinka", 37.50, 47.94),
            ("Vuhledar", 37.25, 47.78),
            ("Velyka Novosilka", 36.84, 47.84),
            ("Huliaipole", 36.26, 47.66),
        ],
    ),
    (
        "borova",
        "the Oskil front from Kupiansk south to Lyman, 2022-2025",
        [
            ("Kupiansk", 37.61, 49.71),
            ("Borova", 37.62, 49.38),
            ("Lyman", 37.80, 48.98),
            ("Siversk", 38.10, 48.87),
        ],
    ),
    (
        "luhansk-2022",
        "the Luhansk oblast cities and the Popasna front, spring and summer 2022",
        [
            ("Sievierodonetsk", 38.49, 48.95),
            ("Lysychansk", 38.43, 48.91),
            ("Zolote", 38.52, 48.70),
            ("Popasna", 38.37, 48.63),
            ("Bakhmut", 38.00, 48.60),
        ],
    ),
    (
        "donetsk-rear",
        "the Donetsk oblast towns behind the front, struck throughout and approached in 2025",
        [
            ("Sloviansk", 37.61, 48.85),
            ("Kramatorsk", 37.56, 48.73),
            ("Kostiantynivka", 37.71, 48.53),
            ("Dobropillia", 37.08, 48.47),
            ("Pokrovsk", 37.18, 48.28),
        ],
    ),
    (
        "donetsk-south",
        "Mariupol, Volnovakha and the south of Donetsk oblast, 2022",
        [("Mariupol", 37.55, 47.10), ("Volnovakha", 37.50, 47.60), ("Vuhledar", 37.25, 47.78)],
    ),
    (
        "dnipropetrovsk-2025",
        "the front's advance into Dnipropetrovsk oblast west of Pokrovsk, 2025",
        # (along the line fought over, the Donetsk oblast border south of Mezhova: not through the rear
        # town of Mezhova, whose namesake villages the band would take in)
        [
            ("Pokrovsk", 37.18, 48.28),
            ("Udachne", 36.99, 48.24),
            ("Novopavlivka", 36.79, 48.14),
            ("Dachne", 36.83, 48.04),
            ("Maliivka", 36.63, 47.92),
            ("Pokrovske", 36.23, 47.99),  # the Pokrovske community's villages, reached late in 2025
            ("Uspenivka", 36.41, 47.78),
            ("Huliaipole", 36.26, 47.66),
        ],
    ),
    (
        "south",
        "the southern front from Huliaipole to the Dnipro and along the river to its mouth, 2022-2025",
        [
            ("Huliaipole", 36.26, 47.66),
            ("Orikhiv", 35.79, 47.57),
            ("Robotyne", 35.84, 47.45),
            ("Stepnohirsk", 35.48, 47.58),
            ("Vasylivka", 35.28, 47.44),
            ("Enerhodar", 34.66, 47.50),
            ("Nikopol", 34.39, 47.57),
            ("Nova Kakhovka", 33.35, 46.76),
            ("Beryslav", 33.42, 46.84),
            ("Kherson", 32.61, 46.64),
            ("Hola Prystan", 32.52, 46.53),
            ("Ochakiv", 31.54, 46.61),
        ],
    ),
    (
        "zaporizhzhia-rear",
        "the occupied south of Zaporizhzhia oblast behind the front, struck throughout",
        [("Polohy", 36.26, 47.48), ("Tokmak", 35.71, 47.25), ("Melitopol", 35.37, 46.84)],
    ),
    (
        "donbas-2014",
        "the line of contact in Donetsk and Luhansk oblasts from 2014 to February 2022, as the OSCE's "
        "monitors and the ATO/JFO press centres named its villages",
        # (along the line itself, from the Russian border north of Luhansk to the Sea of Azov: the villages
        # of the ceasefire reports, not the occupied cities behind it)
        [
            ("Stanytsia Luhanska", 39.49, 48.65),
            ("Shchastia", 39.23, 48.74),
            ("Zolote", 38.51, 48.70),
            ("Popasna", 38.38, 48.63),
            ("Svitlodarsk", 38.23, 48.43),
            ("Zaitseve", 38.03, 48.39),
            ("Avdiivka", 37.75, 48.14),
            ("Pisky", 37.67, 48.07),
            ("Marinka", 37.51, 47.95),
            ("Novotroitske", 37.59, 47.72),
            ("Hranitne", 37.87, 47.46),
            ("Shyrokyne", 37.74, 47.09),
        ],
    ),
    (
        "kherson-2022",
        "the Kherson and Mykolaiv front west of the Dnipro, March to November 2022",
        [
            ("Mykolaiv", 32.00, 46.97),
            ("Snihurivka", 32.81, 47.08),
            ("Davydiv Brid", 33.19, 47.24),
            ("Vysokopillia", 33.53, 47.49),
            ("Nikopol", 34.39, 47.57),
        ],
    ),
]


# When each chain's front was fought over (first day, last day or None: still), as public reporting of
# those years tells it: the band of a chain whose front had moved on is no prior for a report of a later
# day ("Dachne" in 2025 is the village by Pokrovsk's front, not the one by Vysokopillia's of 2022).
PERIODS: dict[str, tuple[str, str | None]] = {
    "kyiv-2022": ("2022-02-24", "2022-04-05"),
    "chernihiv-sumy-2022": ("2022-02-24", "2022-04-08"),
    "northern-border": ("2022-02-24", None),
    "russian-border": ("2022-02-24", None),
    "kursk-2024": ("2024-08-06", "2025-04-30"),
    "kharkiv": ("2022-02-24", None),
    "east": ("2022-02-24", None),
    "borova": ("2022-02-24", None),
    "luhansk-2022": ("2022-02-24", "2022-07-31"),
    "donetsk-rear": ("2022-02-24", None),
    "donetsk-south": ("2022-02-24", "2022-05-31"),
    "dnipropetrovsk-2025": ("2024-11-01", None),
    "south": ("2022-02-24", None),
    "zaporizhzhia-rear": ("2022-02-24", None),
    "kherson-2022": ("2022-02-24", "2022-11-30"),
    "donbas-2014": ("2014-04-06", "2022-02-23"),
}


def _reproject(geometry, project):
    """``geometry`` with every vertex passed through ``project`` (a pyproj transform of x and y arrays)."""
    return shapely.transform(geometry, lambda xy: np.column_stack(project(xy[:, 0], xy[:, 1])))


def main() -> int:
    gazetteer = load_gazetteer()
    to_metres = Transformer.from_crs("EPSG:4326", PROJECTION, always_xy=True).transform
    to_degrees = Transformer.from_crs(PROJECTION, "EPSG:4326", always_xy=True).transform
    bands, chains, fronts = [], [], []
    for name, covers, settlements in CHAINS:
        places = [find(gazetteer, *settlement, countries=None) for settlement in settlements]
        line = LineString([(p.lon, p.lat) for p in places])
        bands.append(_reproject(line, to_metres).buffer(WIDTHS_KM.get(name, WIDTH_KM) * 1000))
        chains.append({"name": name, "covers": covers, "through": [p.name for p in places]})
        first, last = PERIODS[name]
        band = shapely.set_precision(_reproject(bands[-1], to_degrees).simplify(SIMPLIFY_DEGREES), 0.0001)
        fronts.append(
            {
                "type": "Feature",
                "properties": {"kind": "front", "name": name, "from": first, "to": last},
                "geometry": mapping(band),
            }
        )
    zone = _reproject(unary_union(bands), to_degrees).simplify(SIMPLIFY_DEGREES)
    zone = shapely.set_precision(zone, 0.0001)
    feature = {
        "type": "Feature",
        "properties": {
            "kind": "war_zone",
            "width_km": WIDTH_KM,
            "source": "chains of settlements the front passed through, scripts/build_war_zone.py",
            "chains": chains,
        },
        "geometry": mapping(zone),
    }
    collection = {"type": "FeatureCollection", "features": [feature, *fronts]}
    OUT.write_text(json.dumps(collection) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(CHAINS)} chains, {OUT.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
