"""Build gazetteer/data/settlements.tsv.gz and aliases.tsv.gz: Ukraine's villages below cities500.

The fighting is about villages that GeoNames' cities500 lacks (Robotyne, Klishchiivka, Synkivka).
GeoNames' postal-code dump for Ukraine lists about 18,000 settlements with their Ukrainian name,
oblast, raion and a point. Its points are uneven, so a row is kept only when it can be trusted:

- its accuracy code is 3 or 4 (code 1 is the raion centre, given to every village of the raion);
- its point is not shared by ``SHARED_POINT_NAMES`` or more different names (another shared centre);
- its point lies inside its own oblast's outline (admin1.geojson, with ``OBLAST_SLACK_DEG`` of slack);
  rows that carry a namesake's point from another oblast fail this. A border village's point may lie a
  few km across the state border (Novenke, Veterynarne, Kliusy): within ``STATE_BORDER_SLACK_DEG`` of
  its own oblast and inside no other oblast of Ukraine, it is kept.

Names are romanised by the official system (KMU 2010, ``gazetteer.names.romanise_ukrainian``) and
given the Russian-style spellings the press uses (``gazetteer.spellings``). A settlement whose name
meets a cities500 place of Ukraine within ``MERGE_KM`` is that place: it is not added again, but its
Russian spellings become aliases of the cities500 place. The curated former names
(``scripts/former_names.py``) become aliases too, with the years they were used.

Russia's border oblasts (Kursk, Belgorod, Bryansk) get their villages below cities500 the same way
from GeoNames' postal file for Russia (``RU.txt``): one row per post office, so only villages with
one (Sverdlikovo, Plekhovo, Guevo, Gora-Podol, Glotovo), kept by the same tests and one more, that
the point lies within ``RAION_KM`` of the middle of its raion's points (a namesake's point inside
the same oblast fails it). Their names are romanised as the press romanises Russian. A village of
theirs whose row carries no point of its own is kept near the war at the middle of its raion's
trusted points, marked approximate (``russian_raion_villages``).

Moldova's villages and those of Romania's border band come from GeoNames' postal files for those
countries (``scripts/border_villages.py``).

GeoNames' hamlets that neither table has (Stupochky, Berdychi, Tonenke) come from GeoNames' full dump
for Ukraine as Who's On First imported it (``scripts/geonames_localities.py``, the git mirror of
whosonfirst-data/whosonfirst-data-admin-ua), kept near the war zone and where their point is their
own (see ``geonames_villages``).

    python3 scripts/build_settlements.py                 # UA.txt, RU.zip and the hamlets from the git mirrors
    python3 scripts/build_settlements.py --raw UA.txt --raw-ru RU.txt   # or from downloaded copies

The raw file is GeoNames' ``UA.txt`` (https://download.geonames.org/export/zip/UA.zip, CC BY 4.0),
as in the public repository symerio/postal-codes-data (``data/geonames/UA.txt``), and ``RU.txt``
(https://download.geonames.org/export/zip/RU.zip, the 2016 file, CC BY 3.0 as its readme says), as
``RU.zip`` in the public repository Yoshuwa/Geo-Cities-Databases-By-Geonames. Neither is
committed. Run ``scripts/build_index.py`` afterwards. Output is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import subprocess
import sys
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import shapely
from shapely.geometry import shape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
# (the postal file's trust rules, TRUSTED_ACCURACY and SHARED_POINT_NAMES, are the border villages' too)
from border_villages import SHARED_POINT_NAMES, TRUSTED_ACCURACY, border_villages, read_postal  # noqa: E402
from former_names import FORMER_NAMES, OCCUPATION_NAMES  # noqa: E402
from geonames_localities import Locality, read_localities  # noqa: E402
from tsv_table import write_tsv_gz  # noqa: E402

from gazetteer.distance import haversine_km  # noqa: E402
from gazetteer.match import ADJECTIVE_ENDINGS, GLUED_MIN_POPULATION  # noqa: E402
from gazetteer.names import key, romanise_ukrainian  # noqa: E402
from gazetteer.records import APPROXIMATE_PREFIX, RU_APPROXIMATE_PREFIX  # noqa: E402
from gazetteer.spellings import STEMS, adjectival_forms, russian_spellings, ukrainian_spellings  # noqa: E402
from gazetteer.war_zone import near_war_zone  # noqa: E402

DATA = ROOT / "gazetteer" / "data"
RU_MIRROR = Path("/work/.mirror/Yoshuwa+Geo-Cities-Databases-By-Geonames/repo")
RU_MIRROR_PATH = "RU.zip"
# Russia's oblasts on the border with Ukraine that the fighting reaches: the postal file's admin
# name -> the admin1.geojson shape id.
RU_OBLASTS = {"Курская Область": "RU-KRS", "Белгородская Область": "RU-BEL", "Брянская Область": "RU-BRY"}
# Crimea as admin1.geojson names it: its places GeoNames names in Russian only get Ukrainian spellings.
CRIMEA = frozenset({"Crimea", "Sevastopol City"})
# The same oblasts as admin1.geojson names them, and what a Russian Cyrillic name is made of.
BORDER_OBLASTS = frozenset({"Kursk Oblast", "Belgorod Oblast", "Bryansk Oblast"})
RUSSIAN_CYRILLIC = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё -]*")
# A Russian village's point must lie this close (km) to the middle (median) of its raion's points.
RAION_KM = 45.0
# The postal file's oblast codes -> the admin1.geojson shape ids (ISO 3166-2).
OBLASTS = {
    "01": "UA-71", "02": "UA-74", "03": "UA-77", "04": "UA-12", "05": "UA-14", "06": "UA-26",
    "07": "UA-63", "08": "UA-65", "09": "UA-68", "10": "UA-35", "12": "UA-32", "13": "UA-30",
    "14": "UA-09", "15": "UA-46", "16": "UA-48", "17": "UA-51", "18": "UA-53", "19": "UA-56",
    "21": "UA-59", "22": "UA-61", "23": "UA-05", "24": "UA-07", "25": "UA-21", "26": "UA-23",
    "27": "UA-18",
}  # fmt: skip
# Slack around an oblast's outline (degrees, ~2 km): the shipped outlines are simplified to ~1 km.
OBLAST_SLACK_DEG = 0.02
# ... and around an oblast on the state border, for a point inside no other oblast of Ukraine (~5 km).
STATE_BORDER_SLACK_DEG = 0.06
# Rows of one name and oblast closer than this (km) are one settlement (a town has many post offices).
SAME_SETTLEMENT_KM = 3.0
# A settlement this close (km) to a cities500 place of the same name key is that place.
MERGE_KM = 5.0
# A former name's place must lie this close (km) to the table's point.
FORMER_NAME_KM = 15.0
OCCUPATION_NOTE = "the occupying power's name for the oblast"
COLUMNS = ["id", "name", "kind", "lat", "lon", "country", "admin1", "population", "names"]
ALIAS_COLUMNS = ["id", "name", "note"]
PARENTHESIS = re.compile(r"\s*\([^)]*\)")
# A Cyrillic name written in Ukrainian (letters or endings Russian lacks), from which to derive.
UKRAINIAN = re.compile(r"[іїєґ]|ськ|цьк", re.IGNORECASE)
# An h of the official romanisation that stands for г (not the h of kh, zh, ch, sh).
H_AS_G = re.compile(r"(?<![KkZzCcSs])[Hh]")
# Derived spellings whose key is this short or shorter are left out (see derived_spellings).
SHORT_DERIVED = 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, help="GeoNames postal UA.txt (default: the git mirror)")
    parser.add_argument("--raw-ru", type=Path, help="GeoNames postal RU.txt (default: the git mirror)")
    parser.add_argument("--out", type=Path, default=DATA, help="output folder (default: gazetteer/data)")
    args = parser.parse_args()
    raw = args.raw.read_text(encoding="utf-8") if args.raw else read_postal("UA")
    oblasts = _oblasts(DATA / "admin1.geojson")
    cities = _cities500(DATA / "places.tsv.gz")
    rows, dropped = trusted_rows(raw, oblasts)
    settlements = merge_rows(rows)
    new, aliases = against_cities500(settlements, cities)
    hamlets = geonames_villages(read_localities(), oblasts, cities, new, _ids(DATA / "places.tsv.gz"))
    approximate = raion_point_villages(raw, oblasts, new + hamlets + _cities500_rows(DATA / "places.tsv.gz"))
    raw_ru = args.raw_ru.read_text(encoding="utf-8") if args.raw_ru else _ru_from_mirror()
    ru_rows, ru_dropped = trusted_border_rows(raw_ru, oblasts)
    ru_new = russian_settlements(
        merge_rows(ru_rows, prefix="rupost"), _cities500(DATA / "places.tsv.gz", "RU"), _big_city_keys()
    )
    ru_approximate = russian_raion_villages(
        raw_ru, ru_rows, ru_new + _cities500_rows(DATA / "places.tsv.gz", "RU"), _big_city_keys()
    )
    beyond = [
        row
        for country in ("RO", "MD")
        for row in border_villages(
            read_postal(country),
            country,
            DATA / "admin1.geojson",
            _cities500(DATA / "places.tsv.gz", country),
            _common_words(),
        )
    ]
    aliases += cities500_spellings(cities)
    aliases += border_cities500_spellings(DATA / "places.tsv.gz")
    aliases += former_name_aliases(cities, new)
    aliases += [[region, name, OCCUPATION_NOTE] for region, names in OCCUPATION_NAMES for name in names]
    aliases = _unique_rows(aliases)
    table = new + hamlets + approximate + ru_new + ru_approximate + beyond
    write_tsv_gz(args.out / "settlements.tsv.gz", COLUMNS, table)
    write_tsv_gz(args.out / "aliases.tsv.gz", ALIAS_COLUMNS, aliases)
    for reason, count in sorted(dropped.items()):
        print(f"dropped {count:6d} rows: {reason}")
    for reason, count in sorted(ru_dropped.items()):
        print(f"dropped {count:6d} Russian rows: {reason}")
    print(f"{len(hamlets)} GeoNames populated places that neither cities500 nor the postal file has")
    print(f"{len(approximate)} villages known only by their raion centre's point, near the war")
    print(f"{len(ru_rows)} trusted Russian rows -> {len(ru_new)} new villages of Russia's border oblasts")
    print(f"{len(ru_approximate)} Russian border villages known only by their raion's middle, near the war")
    print(f"{len(beyond)} villages of Moldova and of Romania's border band (scripts/border_villages.py)")
    print(
        f"{len(rows)} trusted rows -> {len(settlements)} settlements; {len(new)} new, "
        f"{len(settlements) - len(new)} already in cities500; {len(aliases)} aliases"
    )


def _ru_from_mirror() -> str:
    done = subprocess.run(
        ["git", f"--git-dir={RU_MIRROR}", "show", f"HEAD:{RU_MIRROR_PATH}"], capture_output=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(
            f"{RU_MIRROR}: cannot read {RU_MIRROR_PATH} ({done.stderr.decode().strip()}); use --raw-ru"
        )
    with zipfile.ZipFile(io.BytesIO(done.stdout)) as archive:
        return archive.read("RU.txt").decode("utf-8")


def _oblasts(path: Path) -> dict[str, tuple[str, shapely.Geometry]]:
    """The oblast outlines of Ukraine and of Russia's border oblasts by ISO code: (name, outline with
    slack, prepared)."""
    out = {}
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        props = feature["properties"]
        code = props["id"].removeprefix("admin1:")
        if code.startswith("UA-") or code in RU_OBLASTS.values():
            outline = shape(feature["geometry"]).buffer(OBLAST_SLACK_DEG)
            shapely.prepare(outline)
            out[code] = (props["name"], outline)
    return out


def _cities500(path: Path, country: str = "UA") -> dict[str, list[tuple[str, float, float, list[str]]]]:
    """cities500's places of one country by name key: (id, lat, lon, names)."""
    by_key: dict[str, list[tuple[str, float, float, list[str]]]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as text:
        for row in csv.DictReader(text, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["country"] != country:
                continue
            place_names = row["names"].split("|")
            entry = (row["id"], float(row["lat"]), float(row["lon"]), place_names)
            for name_key in {key(n) for n in place_names}:
                by_key[name_key].append(entry)
    return by_key


def _names_by_point(pairs: Iterable[tuple[tuple, str]]) -> dict[tuple, set[str]]:
    """The different names given to each point, from (point, name) pairs: a point of several names is
    a shared centre or an old record, no village's own."""
    names_at: dict[tuple, set[str]] = defaultdict(set)
    for point, name in pairs:
        names_at[point].add(name)
    return names_at


def trusted_rows(raw: str, oblasts: dict) -> tuple[list[dict], dict[str, int]]:
    """The postal rows whose point can be trusted (see the module docstring), and drop counts."""
    parsed = []
    for line in raw.splitlines():
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "UA":
            continue
        name = PARENTHESIS.sub("", cols[2]).strip()
        try:
            lat, lon = float(cols[9]), float(cols[10])
        except ValueError:
            continue
        parsed.append({"postal": cols[1], "name": name, "oblast": cols[4], "lat": lat, "lon": lon,
                       "accuracy": cols[11].strip()})  # fmt: skip
    names_at = _names_by_point(((row["lat"], row["lon"]), row["name"]) for row in parsed)
    kept, dropped = [], defaultdict(int)
    for row in parsed:
        code = OBLASTS.get(row["oblast"])
        if row["accuracy"] not in TRUSTED_ACCURACY:
            dropped["accuracy code not 3 or 4 (a raion centre's point)"] += 1
        elif len(names_at[(row["lat"], row["lon"])]) >= SHARED_POINT_NAMES:
            dropped[f"point shared by {SHARED_POINT_NAMES} or more names"] += 1
        elif code is None or code not in oblasts:
            dropped["oblast not known"] += 1
        elif (where := _where_in_own_oblast(oblasts, code, shapely.Point(row["lon"], row["lat"]))) is None:
            dropped["point outside its own oblast"] += 1
        elif not row["name"] or not any(c.isalpha() for c in row["name"]):
            dropped["no name"] += 1
        else:
            # (a row kept across the state border is numbered after its post office's others, whose ids
            # were given before such rows were kept)
            kept.append({**row, "admin1": oblasts[code][0], "across": where == ACROSS})
    return kept, dict(dropped)


INSIDE, ACROSS = "inside", "across"  # where a kept row's point lies (see _where_in_own_oblast)


def _where_in_own_oblast(oblasts: dict, code: str, point: shapely.Point) -> str | None:
    """Where a Ukrainian row's point lies as its own oblast's: ``INSIDE`` its outline, ``ACROSS`` the state
    border from it (near it and inside no other oblast of Ukraine: a border village's rough point), or
    None: not its own oblast's."""
    if oblasts[code][1].contains(point):
        return INSIDE
    if not _widened(oblasts, code).contains(point):
        return None
    ukraine = (outline for other, (_, outline) in oblasts.items() if other.startswith("UA-"))
    return None if any(outline.contains(point) for outline in ukraine) else ACROSS


_WIDE: dict[str, shapely.Geometry] = {}


def _widened(oblasts: dict, code: str) -> shapely.Geometry:
    """The oblast's outline with ``STATE_BORDER_SLACK_DEG`` of slack, made once."""
    if code not in _WIDE:
        _WIDE[code] = oblasts[code][1].buffer(STATE_BORDER_SLACK_DEG - OBLAST_SLACK_DEG)
        shapely.prepare(_WIDE[code])
    return _WIDE[code]


def trusted_border_rows(raw: str, oblasts: dict) -> tuple[list[dict], dict[str, int]]:
    """The rows of Russia's postal file for the border oblasts whose point can be trusted: the
    Ukrainian tests, and a point within ``RAION_KM`` of the middle of its raion's points."""
    parsed = []
    for line in raw.splitlines():
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "RU" or cols[3] not in RU_OBLASTS:
            continue
        try:
            lat, lon = float(cols[9]), float(cols[10])
        except ValueError:
            continue
        parsed.append({"postal": cols[1], "name": PARENTHESIS.sub("", cols[2]).strip(), "raion": cols[5],
                       "oblast": cols[3], "lat": lat, "lon": lon, "accuracy": cols[11].strip()})  # fmt: skip
    names_at = _names_by_point(((row["lat"], row["lon"]), row["name"]) for row in parsed)
    kept, dropped = [], defaultdict(int)
    for row in parsed:
        code = RU_OBLASTS[row["oblast"]]
        if row["accuracy"] not in TRUSTED_ACCURACY:
            dropped["accuracy code not 3 or 4 (a raion centre's point)"] += 1
        elif len(names_at[(row["lat"], row["lon"])]) >= SHARED_POINT_NAMES:
            dropped[f"point shared by {SHARED_POINT_NAMES} or more names"] += 1
        elif code not in oblasts:
            dropped["oblast not known"] += 1
        elif not oblasts[code][1].contains(shapely.Point(row["lon"], row["lat"])):
            dropped["point outside its own oblast"] += 1
        elif not row["name"] or any(c.isdigit() for c in row["name"]) or not row["name"][0].isalpha():
            dropped["no name, or a numbered post office"] += 1
        else:
            kept.append({**row, "admin1": oblasts[code][0]})
    middles = raion_middles(kept)
    near = []
    for row in kept:
        lat, lon = middles[(row["oblast"], row["raion"])]
        if haversine_km(lon, lat, row["lon"], row["lat"]) <= RAION_KM:
            near.append(row)
        else:
            dropped[f"point over {RAION_KM:.0f} km from its raion's other points"] += 1
    return sorted(near, key=lambda r: r["postal"]), dict(dropped)


def raion_middles(rows: list[dict], least: int = 1) -> dict[tuple[str, str], tuple[float, float]]:
    """The middle (median lat, lon) of each (oblast, raion)'s points, for the raions with ``least`` of
    them or more."""
    by_raion: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by_raion[(row["oblast"], row["raion"])].append(row)
    return {
        raion: (_median([r["lat"] for r in members]), _median([r["lon"] for r in members]))
        for raion, members in by_raion.items()
        if len(members) >= least
    }


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def merge_rows(rows: list[dict], prefix: str = "uapost") -> list[dict]:
    """One settlement per name and oblast and cluster of points (a town's many post offices)."""
    groups: dict[tuple[str, str], list[list[dict]]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: r["postal"]):
        clusters = groups[(row["name"], row["admin1"])]
        for cluster in clusters:
            first = cluster[0]
            if haversine_km(first["lon"], first["lat"], row["lon"], row["lat"]) <= SAME_SETTLEMENT_KM:
                cluster.append(row)
                break
        else:
            clusters.append([row])
    settlements = []
    for (name, admin1), clusters in groups.items():
        for cluster in clusters:
            settlements.append({
                "postal": cluster[0]["postal"],
                "cyrillic": name,
                "admin1": admin1,
                "lat": round(sum(r["lat"] for r in cluster) / len(cluster), 4),
                "lon": round(sum(r["lon"] for r in cluster) / len(cluster), 4),
                "across": all(r.get("across", False) for r in cluster),
            })  # fmt: skip
    # One post office serves several villages: the id is the postal code, numbered after the first.
    settlements.sort(key=lambda s: (s["postal"], s["across"], s["cyrillic"], s["lat"], s["lon"]))
    used: dict[str, int] = defaultdict(int)
    for s in settlements:
        used[s["postal"]] += 1
        s["id"] = f"{prefix}:{s['postal']}" + (f".{used[s['postal']]}" if used[s["postal"]] > 1 else "")
    return settlements


@cache
def _common_words() -> frozenset[str]:
    with gzip.open(DATA / "common_words.txt.gz", "rt", encoding="utf-8") as text:
        return frozenset(line.strip() for line in text if line.strip())


def _with_g(name: str) -> str:
    """The name with g for h where the press writes the Russian g (Gorlivka, Glushkove)."""
    return H_AS_G.sub(lambda h: "G" if h.group() == "H" else "g", name)


def derived_spellings(cyrillic: str) -> list[str]:
    """The Russian-style spellings of a Ukrainian name worth indexing, and its official romanisation
    with g for h (Gorlivka, Grigorivka: Ukrainian vowels with the Russian g, as many reports write);
    not short words ("Ten", "Rev") or English words ("Never") that a text would match by accident."""
    with_g = _with_g(romanise_ukrainian(cyrillic))
    adjectival = [
        name
        for form in adjectival_forms(cyrillic)
        for name in (romanise_ukrainian(form), *russian_spellings(form))
    ]  # Chasovyi Yar, Chasovoy Yar
    return [
        name
        for name in (*russian_spellings(cyrillic), with_g, *adjectival)
        if len(key(name)) > SHORT_DERIVED and name.lower() not in _common_words() and "ў" not in name
    ]


def _names(cyrillic: str) -> tuple[str, list[str]]:
    """The main name (official romanisation) and every spelling with a distinct key."""
    main = romanise_ukrainian(cyrillic)
    names, keys = [], set()
    for name in (main, cyrillic, *derived_spellings(cyrillic)):
        name_key = key(name)
        if name_key and name_key not in keys:
            keys.add(name_key)
            names.append(name)
    return main, names


def against_cities500(settlements: list[dict], cities: dict) -> tuple[list[list], list[list]]:
    """Settlements cities500 lacks (table rows), and aliases for the cities500 places it has."""
    new, aliases = [], []
    for s in settlements:
        main, names = _names(s["cyrillic"])
        same = [
            c
            for name_key in {key(main), key(s["cyrillic"])}
            for c in cities.get(name_key, ())
            if haversine_km(c[2], c[1], s["lon"], s["lat"]) <= MERGE_KM
        ]
        if same:
            place_id, _, _, place_names = min(
                same, key=lambda c: haversine_km(c[2], c[1], s["lon"], s["lat"])
            )
            known = {key(n) for n in place_names}
            aliases += [[place_id, n, "Russian-style spelling"] for n in names if key(n) not in known]
            continue
        new.append([s["id"], main, "village", f"{s['lat']:.4f}", f"{s['lon']:.4f}", "UA", s["admin1"], "0",
                    "|".join(names)])  # fmt: skip
    return new, _unique_rows(aliases)


# GeoNames' hamlets are added only where the fighting has been (gazetteer.war_zone) and this far
# (degrees, 30 to 45 km) around it: elsewhere war reporting names towns and cities, and every extra
# namesake makes the front's villages harder to tell apart (and the first load slower). Adding all
# 13,000 measured the same on the learning sets as these 4,100.
HAMLET_MARGIN_DEG = 0.4
# ... and on the occupied peninsula, whose airfields, depots and radar posts by its villages (Hvardiiske,
# Maiske, Olenivka, Mayak) are struck from across the front; the postal file has no Crimea at all.
STRUCK_ANYWHERE = ("Crimea", "Sevastopol City")


# A village the postal file gives only its raion centre's point (accuracy code 1), and no other table
# has in its oblast (Piatykhatky by Vasylivka, Yanzhulivka, Bilohiria by Orikhiv), is still a place of the
# name there: kept near the war, at that point, with an id that says so (gazetteer.approximate), so its
# events are drawn as near the place (precision 2), never as at it. Raion centres lie within about 25 km
# of their villages (the raions before 2020 were some 1,000-1,500 km²).
APPROXIMATE_PREFIX = APPROXIMATE_PREFIX.removesuffix(":")


def raion_point_villages(raw: str, oblasts: dict, tables: list[list]) -> list[list]:
    """Table rows for the postal file's villages that have only a raion centre's point (see above)."""
    known = {(key(name), row[6]) for row in tables for name in row[8].split("|")}
    rows, seen, used = [], set(), defaultdict(int)
    for line in raw.splitlines():
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "UA" or cols[11].strip() != "1":
            continue
        name = PARENTHESIS.sub("", cols[2]).strip()
        code = OBLASTS.get(cols[4])
        try:
            lat, lon = float(cols[9]), float(cols[10])
        except ValueError:
            continue
        if not name or not name[0].isalpha() or code is None or code not in oblasts:
            continue
        admin1, outline = oblasts[code]
        if not outline.contains(shapely.Point(lon, lat)) or not near_war_zone(lon, lat, HAMLET_MARGIN_DEG):
            continue
        main, names = _names(name)
        keys = {key(n) for n in names}
        if any((k, admin1) in known for k in keys) or (key(main), admin1, cols[5]) in seen:
            continue
        seen.add((key(main), admin1, cols[5]))
        used[cols[1]] += 1  # one post office serves several villages: numbered after the first
        place_id = f"{APPROXIMATE_PREFIX}:{cols[1]}" + (f".{used[cols[1]]}" if used[cols[1]] > 1 else "")
        rows.append(
            [place_id, main, "village", f"{lat:.4f}", f"{lon:.4f}", "UA", admin1, "0", "|".join(names)]
        )
    return sorted(rows)


def _cities500_rows(path: Path, country: str = "UA") -> list[list]:
    """cities500's places of a country as table rows (their names and oblast are what is compared)."""
    with gzip.open(path, "rt", encoding="utf-8") as text:
        return [
            [row[c] for c in COLUMNS]
            for row in csv.DictReader(text, delimiter="\t", quoting=csv.QUOTE_NONE)
            if row["country"] == country
        ]


# A village of Russia's border oblasts whose postal row carries no point of its own (a code-1 point, a
# namesake's point elsewhere in Russia: Gornal and Nikolayevo-Darino by Sudzha, Lyubimovka of Korenevo
# raion), and no other table has in its oblast, is still a village of its raion: kept near the war at
# the middle (median) of its raion's trusted points, with an id that says so (Place.approximate), when
# the raion has RAION_POINTS trusted points at least. The border raions are 30-50 km across.
RAION_POINTS = 5


def russian_raion_villages(
    raw: str, trusted: list[dict], tables: list[list], city_keys: frozenset[str]
) -> list[list]:
    """Table rows for the border oblasts' villages known only by their raion (see above)."""
    middles = raion_middles(trusted, least=RAION_POINTS)
    admin1_of = {row["oblast"]: row["admin1"] for row in trusted}
    known = {(key(name), row[6]) for row in tables for name in row[8].split("|")}
    placed = {(row["postal"], row["name"]) for row in trusted}
    rows, seen, used = [], set(), defaultdict(int)
    prefix = RU_APPROXIMATE_PREFIX.removesuffix(":")
    for line in raw.splitlines():
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "RU" or cols[3] not in RU_OBLASTS:
            continue
        name = PARENTHESIS.sub("", cols[2]).strip()
        middle = middles.get((cols[3], cols[5]))
        admin1 = admin1_of.get(cols[3])
        if (
            middle is None
            or admin1 is None
            or (cols[1], name) in placed
            or not name
            or any(c.isdigit() for c in name)
            or not name[0].isalpha()
            or is_city_adjective(name, city_keys)
            or not near_war_zone(middle[1], middle[0], HAMLET_MARGIN_DEG)
        ):
            continue
        main, names = _russian_names(name)
        # (by its Russian names only: Киреевка's Ukrainian "Kiriivka" keys as Кировка's "Kirivka")
        russian = _russian_names(name, ukrainian=False)[1]
        if any((key(n), admin1) in known for n in russian) or (key(main), admin1) in seen:
            continue  # a village of this name the oblast already has (its own point), or this one again
        seen.add((key(main), admin1))
        used[cols[1]] += 1
        place_id = f"{prefix}:{cols[1]}" + (f".{used[cols[1]]}" if used[cols[1]] > 1 else "")
        rows.append([place_id, main, "village", f"{middle[0]:.4f}", f"{middle[1]:.4f}", "RU", admin1, "0",
                     "|".join(names)])  # fmt: skip
    return sorted(rows)


def _ids(path: Path) -> frozenset[str]:
    with gzip.open(path, "rt", encoding="utf-8") as text:
        return frozenset(row["id"] for row in csv.DictReader(text, delimiter="\t", quoting=csv.QUOTE_NONE))


def _oblast_of(ukraine: list[tuple[str, shapely.Geometry]], point: shapely.Point) -> str | None:
    """The oblast whose outline holds the point; by the border, where two outlines with their slack both
    hold it, the one it lies deeper inside (Dovhenke by Izium, 3 km inside Kharkiv Oblast, not Donetsk)."""
    holding = [(name, outline) for name, outline in ukraine if outline.contains(point)]
    if len(holding) < 2:
        return holding[0][0] if holding else None
    return max(holding, key=lambda held: held[1].boundary.distance(point))[0]


def geonames_villages(
    localities: list[Locality], oblasts: dict, cities: dict, postal: list[list], cities_ids: frozenset[str]
) -> list[list]:
    """Table rows for GeoNames' populated places of Ukraine that neither cities500 (by GeoNames id, or
    a place of the same name key within ``MERGE_KM``) nor the postal villages already hold, with
    their point inside a Ukrainian oblast's outline. Names: the official romanisation of the
    Ukrainian name and its Russian-style spellings, GeoNames' Russian names as the press romanises
    Russian, and GeoNames' own romanisations (Dal'nye, Verkhnekamenskoye), apostrophes dropped."""
    postal_by_key: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in postal:
        for name in row[8].split("|"):
            postal_by_key[key(name)].append((float(row[3]), float(row[4])))
    ukraine = [(name, outline) for code, (name, outline) in oblasts.items() if code.startswith("UA-")]
    # a point GeoNames gives two different names is no one's own (old records read off a map), nor
    # one that makes SHARED_POINT_NAMES names with the postal villages'
    names_at = _names_by_point(((f"{loc.lat:.4f}", f"{loc.lon:.4f}"), key(loc.name)) for loc in localities)
    postal_at = _names_by_point(((row[3], row[4]), key(row[1])) for row in postal)
    rows = []
    for loc in localities:
        point = (f"{loc.lat:.4f}", f"{loc.lon:.4f}")
        if (
            loc.geonameid in cities_ids
            or len(names_at[point]) > 1
            or len(names_at[point] | postal_at.get(point, set())) >= SHARED_POINT_NAMES
        ):
            continue
        if not loc.ukrainian and _on_minute_grid(loc.lat, loc.lon):
            continue  # an old record: no Ukrainian name, a point read off a map to the minute
        admin1 = _oblast_of(ukraine, shapely.Point(loc.lon, loc.lat))
        if admin1 is None or not (
            admin1 in STRUCK_ANYWHERE or near_war_zone(loc.lon, loc.lat, HAMLET_MARGIN_DEG)
        ):
            continue
        main, names = _locality_names(loc)
        if any(c in "|".join(names) for c in '\t"'):
            continue  # an institution ('GU "Ozirshchina"'), not a village; and a broken table cell
        keys = {key(n) for n in names}
        if any(
            haversine_km(c[2], c[1], loc.lon, loc.lat) <= MERGE_KM for k in keys for c in cities.get(k, ())
        ) or any(
            haversine_km(lon, lat, loc.lon, loc.lat) <= MERGE_KM
            for k in keys
            for lat, lon in postal_by_key.get(k, ())
        ):
            continue
        rows.append([loc.geonameid, main, "village", f"{loc.lat:.4f}", f"{loc.lon:.4f}", "UA", admin1, "0",
                     "|".join(names)])  # fmt: skip
    return rows


def _on_minute_grid(lat: float, lon: float) -> bool:
    """Whether both coordinates are whole minutes of arc (48.4000, 39.1333: 48°24', 39°08')."""
    return all(abs(value * 60 - round(value * 60)) < 0.01 for value in (lat, lon))


def _locality_names(loc: Locality) -> tuple[str, list[str]]:
    """A GeoNames place's main name and its spellings with distinct keys (see geonames_villages)."""
    plain = loc.name.replace("'", "").replace("’", "")
    if loc.ukrainian:
        main, names = _names(loc.ukrainian[0])
        more = [*loc.ukrainian[1:], plain]
    else:
        main, names = plain, [plain]
        more = []
    for russian in loc.russian:
        more += [russian, romanise_russian(russian), romanise_russian(russian, ye=False)]
    more += [n.replace("'", "").replace("’", "") for n in loc.latin]
    keys = {key(n) for n in names}
    for name in more:
        if any(c in name for c in '\t|"'):
            continue  # not a name a text would write
        name_key = key(name)
        if (
            name_key
            and name_key not in keys
            and len(name_key) > SHORT_DERIVED
            and name.lower() not in _common_words()
        ):
            keys.add(name_key)
            names.append(name)
    return main, names


# The press's romanisation of Russian place names (BGN/PCGN without its apostrophes): Свердликово
# Sverdlikovo, Олешня Oleshnya, Любимовка Lyubimovka, Николаево-Дарьино Nikolayevo-Darino.
RUSSIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
RUSSIAN_VOWELS = "аеёиоуыэюя"


def romanise_russian(name: str, ye: bool = True, soft_y: bool = False) -> str:
    """Romanise a Russian name as the press does: е is "ye" at a word's start and after a vowel
    (or a soft or hard sign) when ``ye``, else "e"; the soft sign is dropped, or written "y" before
    a vowel when ``soft_y`` (Дарьино: Darino, Daryino)."""
    out = []
    for i, char in enumerate(name):
        lower = char.lower()
        before = name[i - 1].lower() if i else ""
        latin = RUSSIAN_LATIN.get(lower, char)
        if lower == "е" and ye and (not before.isalpha() or before in RUSSIAN_VOWELS + "ьъ"):
            latin = "ye"
        if lower == "ь" and soft_y and name[i + 1 : i + 2].lower() in ("е", "ё", "и", "ю", "я"):
            latin = "y"
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def _big_city_keys() -> frozenset[str]:
    """The name keys of the cities of ``GLUED_MIN_POPULATION`` people or more, any country."""
    with gzip.open(DATA / "places.tsv.gz", "rt", encoding="utf-8") as text:
        return frozenset(
            key(name)
            for row in csv.DictReader(text, delimiter="\t", quoting=csv.QUOTE_NONE)
            if int(row["population"] or 0) >= GLUED_MIN_POPULATION
            for name in row["names"].split("|")
        )


def is_city_adjective(cyrillic: str, city_keys: frozenset[str]) -> bool:
    """Whether a name is the adjective of a big city ("Харьковское", of Kharkiv): the gazetteer reads
    "харьковское направление" as the city's sector only while no village bears the adjective."""
    lower = cyrillic.lower()
    return any(
        lower.endswith(ending) and key(lower[: -len(ending)]) in city_keys for ending in ADJECTIVE_ENDINGS
    )


def russian_settlements(settlements: list[dict], cities: dict, city_keys: frozenset[str]) -> list[list]:
    """Table rows for the Russian villages cities500 lacks (none within ``MERGE_KM`` of a cities500
    place of Russia of the same name), less those named as a big city's adjective."""
    rows = []
    for s in settlements:
        cyrillic = s["cyrillic"]
        if is_city_adjective(cyrillic, city_keys):
            continue
        main, names = _russian_names(cyrillic)
        keys = {key(name) for name in names}
        if any(
            haversine_km(c[2], c[1], s["lon"], s["lat"]) <= MERGE_KM
            for name_key in keys
            for c in cities.get(name_key, ())
        ):
            continue
        rows.append([s["id"], main, "village", f"{s['lat']:.4f}", f"{s['lon']:.4f}", "RU", s["admin1"], "0",
                     "|".join(names)])  # fmt: skip
    return rows


def _russian_names(cyrillic: str, ukrainian: bool = True) -> tuple[str, list[str]]:
    """A Russian village's main romanised name, and its names of distinct keys: that one, the Cyrillic,
    the romanisations with e/ye and the soft sign dropped or written y, and the spellings Ukrainian
    outlets give the border oblasts' villages (:func:`border_spellings`: Мартыновка "Martynivka",
    Гоголевка "Hoholivka", as they write of the Kursk fighting), unless not ``ukrainian``."""
    main = romanise_russian(cyrillic)
    names: dict[str, str] = {}  # key -> the first name of that key
    for name in (main, cyrillic, *(romanise_russian(cyrillic, ye, soft) for ye in (False, True)
                                   for soft in (False, True)),
                 *(border_spellings(cyrillic) if ukrainian else ())):  # fmt: skip
        if key(name):
            names.setdefault(key(name), name)
    return main, list(names.values())


def border_spellings(russian: str) -> list[str]:
    """The spellings Ukrainian outlets give a village of Russia's border oblasts, its Russian name
    declined as a Ukrainian one ("Koreneve", "Zvanne", "Martynivka"), also with g for h ("Glushkove");
    not short or English words, and not the names made of a given name (Алексеевка): Ukrainian outlets
    write those in Ukrainian (Oleksiivka), and a half-declined "Aleksiivka" is a misspelt Ukrainian
    village."""
    lower = russian.lower()
    if any(russian_stem in lower for _, russian_stem in STEMS):
        return []
    names = []
    for name in ukrainian_spellings(russian):
        names += [name, _with_g(name)]
    return [
        n for n in dict.fromkeys(names) if len(key(n)) > SHORT_DERIVED and n.lower() not in _common_words()
    ]


def border_cities500_spellings(path: Path) -> list[list]:
    """Ukrainian-style spellings (:func:`border_spellings`) of the cities500 places of Russia's border
    oblasts, from their Russian Cyrillic names: Korenevo is "Koreneve" in Ukrainian reporting. So too
    of Crimea's places that GeoNames names in Russian only: Olenevka on the Tarkhankut is "Olenivka" in
    Ukrainian reporting of the raids there."""
    aliases = []
    with gzip.open(path, "rt", encoding="utf-8") as text:
        for row in csv.DictReader(text, delimiter="\t", quoting=csv.QUOTE_NONE):
            place_names = row["names"].split("|")
            border = row["country"] == "RU" and row["admin1"] in BORDER_OBLASTS
            russian_only = (
                row["country"] == "UA"
                and row["admin1"] in CRIMEA
                and not any(UKRAINIAN.search(n) or "і" in n for n in place_names)
            )
            if not (border or russian_only):
                continue
            known = {key(n) for n in place_names}
            for cyrillic in place_names:
                if not RUSSIAN_CYRILLIC.fullmatch(cyrillic):
                    continue
                fresh = [n for n in border_spellings(cyrillic) if key(n) not in known]
                known.update(key(n) for n in fresh)
                aliases += [[row["id"], n, "Ukrainian-style spelling"] for n in fresh]
    return aliases


def cities500_spellings(cities: dict) -> list[list]:
    """Russian-style spellings of the cities500 places of Ukraine, from their Ukrainian Cyrillic names.

    GeoNames gives the bigger places their Russian names; many villages have only the Ukrainian one.
    """
    places = {c[0]: c for entries in cities.values() for c in entries}
    aliases = []
    for place_id, _, _, place_names in sorted(places.values()):
        known = {key(n) for n in place_names}
        for cyrillic in place_names:
            if UKRAINIAN.search(cyrillic) and all(not c.isascii() or not c.isalpha() for c in cyrillic):
                fresh = [n for n in derived_spellings(cyrillic) if key(n) not in known]
                known.update(key(n) for n in fresh)
                aliases += [[place_id, n, "Russian-style spelling"] for n in fresh]
    return aliases


def former_name_aliases(cities: dict, new: list[list]) -> list[list]:
    """The curated former names as aliases of the place each belongs to, noted with their years."""
    settlement_keys: dict[str, list[tuple[str, float, float, list[str]]]] = defaultdict(list)
    for row in new:
        for name in row[8].split("|"):
            settlement_keys[key(name)].append((row[0], float(row[3]), float(row[4]), row[8].split("|")))
    aliases = []
    for current, _, lat, lon, years, old_names in FORMER_NAMES:
        near = [
            c
            for c in (*cities.get(key(current), ()), *settlement_keys.get(key(current), ()))
            if haversine_km(c[2], c[1], lon, lat) <= FORMER_NAME_KM
        ]
        if not near:
            raise SystemExit(f"former_names.py: no place named {current!r} near {lat}, {lon}; fix the table")
        place_id = min(near, key=lambda c: haversine_km(c[2], c[1], lon, lat))[0]
        note = (
            f"former name of {current} ({years.replace('-', '–')})" if years else f"former name of {current}"
        )
        aliases += [[place_id, old, note] for old in old_names]
    return _unique_rows(aliases)


def _unique_rows(rows: list[list]) -> list[list]:
    seen, out = set(), []
    for row in rows:
        if (row[0], key(row[1])) not in seen:
            seen.add((row[0], key(row[1])))
            out.append(row)
    return out


if __name__ == "__main__":
    main()
