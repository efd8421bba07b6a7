"""The villages of Moldova and of Romania's bank of the Danube and Prut that cities500 lacks.

Russia's drones fall across the river from Izmail and Reni (Plauru, Ceatalchioi, Grindu), and the
reporting on Transnistria names its villages (Cobasna, where the old Soviet depot is; Parcani by
Bender). GeoNames' cities500 has the towns there but few villages: Moldova has 94 places in it.
GeoNames' postal files for Romania and Moldova (``RO.txt``, ``MD.txt``) list a village per post
office with its own point (accuracy code 4; a town's many offices merge into one). A row is kept
when:

- its accuracy code is 3 or 4 and its point is given to fewer than ``SHARED_POINT_NAMES`` names;
- its name is a name, not a numbered office or a station ("Cobasna Loc.C.F.");
- for Romania, it lies within ``ROMANIA_BAND_KM`` of Ukraine's oblasts (Moldova is kept whole: all of
  it lies within about 100 km of Ukraine, and drones have fallen across it);
- it is no cities500 place of its country within ``MERGE_KM`` under the same name key, and its name is
  not an English word common enough to need more than the word (``common_words.txt.gz``).

A Moldovan village inside the outline of Transnistria or Gagauzia (``admin1.geojson``) is put in it,
as cities500's places there are, and so is one whose raion the postal file marks " Tr." (Transnistria's:
"Ribnita Tr."; the outline is coarse); the others, and Romania's, carry no admin-1 name, as cities500's
places of those countries do in the table.

The raw files are GeoNames' ``RO.txt`` and ``MD.txt`` (https://download.geonames.org/export/zip/,
CC BY 4.0), as committed in the public repository symerio/postal-codes-data
(``data/geonames/RO.txt``, ``data/geonames/MD.txt``), read from its git mirror. Neither is committed.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import defaultdict
from pathlib import Path

import geopandas as gpd
import shapely
from build_gazetteer import border_band
from shapely.geometry import shape

from gazetteer.distance import haversine_km
from gazetteer.names import key

MIRROR = Path("/work/.mirror/symerio+postal-codes-data/repo")
MIRROR_PATHS = {"UA": "data/geonames/UA.txt", "RO": "data/geonames/RO.txt", "MD": "data/geonames/MD.txt"}
# A postal row's accuracy code (column 12) we trust: 4 is the village's own point, 3 near it.
TRUSTED_ACCURACY = ("3", "4")
# A point given to this many different names is a shared centre, not a village's own point.
SHARED_POINT_NAMES = 3
# Romania's villages this close (km) to Ukraine's oblasts: the Danube and Prut banks, Maramures.
ROMANIA_BAND_KM = 30.0
# Rows of one name closer than this (km) are one village; a village this close (km) to a cities500
# place of the same name key is that place.
SAME_VILLAGE_KM = 3.0
MERGE_KM = 5.0
# Moldova's postal file marks Transnistria's raions so ("Ribnita Tr."); admin1.geojson's name for it.
TRANSNISTRIAN_RAION, TRANSNISTRIA = " Tr.", "Transnistria"
# What a post office's name may carry that is no village's name: "Loc.C.F." (a railway station).
NOT_A_NAME = re.compile(r"[\d.()/]")


def read_postal(country: str, mirror: Path = MIRROR) -> str:
    """One country's postal file from the git mirror of symerio/postal-codes-data (Ukraine's too, for
    scripts/build_settlements.py)."""
    done = subprocess.run(
        ["git", f"--git-dir={mirror}", "show", f"HEAD:{MIRROR_PATHS[country]}"],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(
            f"{mirror}: cannot read {MIRROR_PATHS[country]} ({done.stderr.decode().strip()}); "
            "fetch the mirror or pass the file (build_settlements.py --raw)"
        )
    return done.stdout.decode("utf-8")


def border_villages(
    raw: str,
    country: str,
    admin1_path: Path,
    cities: dict[str, list[tuple[str, float, float, list[str]]]],
    common_words: frozenset[str],
) -> list[list]:
    """Table rows (settlements.tsv.gz's columns) of one country's trusted villages that cities500
    lacks, ids ``<country>post:<postal code>``; see the module docstring for the tests."""
    near_ukraine = None
    if country == "RO":
        near_ukraine = border_band(gpd.read_file(admin1_path), ROMANIA_BAND_KM * 1000)
    regions = _outlines(admin1_path, f"admin1:{country}-")
    parsed = []
    for line in raw.splitlines():
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != country or cols[11].strip() not in TRUSTED_ACCURACY:
            continue
        name = " ".join(cols[2].split())
        if not name or NOT_A_NAME.search(name):
            continue
        try:
            lat, lon = float(cols[9]), float(cols[10])
        except ValueError:
            continue
        parsed.append((cols[1], name, lat, lon, cols[3].endswith(TRANSNISTRIAN_RAION)))
    names_at: dict[tuple[float, float], set[str]] = defaultdict(set)
    for _, name, lat, lon, _ in parsed:
        names_at[(lat, lon)].add(name)
    villages: dict[str, list[tuple]] = defaultdict(list)  # name -> (postal, lat, lon, in Transnistria)
    for postal, name, lat, lon, transnistrian in sorted(parsed):
        if len(names_at[(lat, lon)]) >= SHARED_POINT_NAMES:
            continue
        if near_ukraine and not near_ukraine(lon, lat):
            continue
        if any(haversine_km(lon, lat, x, y) <= SAME_VILLAGE_KM for _, y, x, _ in villages[name]):
            continue  # another office of a village already kept
        villages[name].append((postal, lat, lon, transnistrian))
    rows = []
    used: dict[str, int] = defaultdict(int)  # one post office serves several villages: .2, .3 after the first
    for name, points in sorted(villages.items()):
        name_key = key(name)
        if not name_key or name_key in common_words:
            continue
        for postal, lat, lon, transnistrian in points:
            if any(haversine_km(lon, lat, c[2], c[1]) <= MERGE_KM for c in cities.get(name_key, ())):
                continue
            admin1 = next(
                (name for name, outline in regions if outline.contains(shapely.Point(lon, lat))), ""
            )
            admin1 = TRANSNISTRIA if transnistrian else admin1
            used[postal] += 1
            number = f".{used[postal]}" if used[postal] > 1 else ""
            place_id = f"{country.lower()}post:{postal}{number}"
            rows.append([place_id, name, "village", f"{lat:.4f}", f"{lon:.4f}", country,
                         admin1, "0", name])  # fmt: skip
    return rows


def _outlines(admin1_path: Path, prefix: str) -> list[tuple[str, shapely.Geometry]]:
    """The admin-1 outlines whose id starts with ``prefix`` ("admin1:MD-"), prepared, with their names."""
    out = []
    for feature in json.loads(admin1_path.read_text(encoding="utf-8"))["features"]:
        if feature["properties"]["id"].startswith(prefix):
            outline = shape(feature["geometry"])
            shapely.prepare(outline)
            out.append((feature["properties"]["name"], outline))
    return out
