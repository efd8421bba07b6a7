"""The villages below cities500 (settlements.tsv.gz) and the aliases (aliases.tsv.gz) hold what they should.

Real data: the shipped tables, built from GeoNames' postal file by scripts/build_settlements.py.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources

import pytest
import shapely
from shapely.geometry import shape

from gazetteer import find_places, haversine_km, key, load_gazetteer
from gazetteer.records import APPROXIMATE_PREFIX, RU_APPROXIMATE_PREFIX

SLACK_DEG = 0.02  # as scripts/build_settlements.py allows around an oblast's outline
ACROSS_BORDER_DEG = 0.04  # ... and, on the state border, beyond that (to 0.06 in all)


def table(name: str) -> list[dict[str, str]]:
    source = resources.files("gazetteer") / "data" / name
    with source.open("rb") as raw:
        header, *lines = gzip.decompress(raw.read()).decode("utf-8").splitlines()
    return [dict(zip(header.split("\t"), line.split("\t"), strict=True)) for line in lines]


@cache
def settlements() -> list[dict[str, str]]:
    return table("settlements.tsv.gz")


@cache
def oblasts() -> dict[str, shapely.Geometry]:
    source = resources.files("gazetteer") / "data" / "admin1.geojson"
    features = json.loads(source.read_text(encoding="utf-8"))["features"]
    return {f["properties"]["name"]: shape(f["geometry"]).buffer(SLACK_DEG) for f in features}


@cache
def ukrainian_oblasts() -> frozenset[str]:
    source = resources.files("gazetteer") / "data" / "admin1.geojson"
    features = json.loads(source.read_text(encoding="utf-8"))["features"]
    return frozenset(f["properties"]["name"] for f in features if f["properties"]["country"] == "UA")


def test_the_table_holds_thousands_of_ukrainian_villages_with_unique_ids() -> None:
    rows = settlements()
    assert len(rows) > 10_000
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["kind"] for r in rows} == {"village"}
    assert {r["country"] for r in rows} == {"UA", "RU", "MD", "RO"}  # (Moldova's and the Danube bank's:
    # test_settlements_beyond.py)
    assert {r["admin1"] for r in rows if r["country"] == "RU"} == {
        "Kursk Oblast",
        "Belgorod Oblast",
        "Bryansk Oblast",
    }


def test_every_village_lies_inside_its_own_oblast_or_just_across_the_state_border() -> None:
    outlines = oblasts()
    ukraine = {name: outline for name, outline in outlines.items() if name in ukrainian_oblasts()}
    outside, across = [], []
    for r in settlements():
        if r["country"] not in ("UA", "RU"):
            continue  # Moldova's and Romania's have no oblast to lie in (test_settlements_beyond.py)
        point = shapely.Point(float(r["lon"]), float(r["lat"]))
        if outlines[r["admin1"]].contains(point):
            continue
        # a border village whose point lies a few km inside Russia (Novenke of Sumy Oblast)
        near = outlines[r["admin1"]].buffer(ACROSS_BORDER_DEG).contains(point)
        if near and not any(outline.contains(point) for outline in ukraine.values()):
            across.append(r["name"])
        else:
            outside.append(r["name"])
    assert outside == []
    assert "Novenke" in across and len(across) < 30


def test_no_village_repeats_a_cities500_place_of_its_name_within_5_km() -> None:
    gaz = load_gazetteer()
    table_ids = {r["id"] for r in settlements()}
    repeats = []
    for r in settlements()[::10]:
        lat, lon = float(r["lat"]), float(r["lon"])
        for place in gaz.candidates(key(r["name"])):
            if place.id not in table_ids and haversine_km(place.lon, place.lat, lon, lat) < 5:
                repeats.append((r["name"], place.name))
    assert repeats == []


def test_no_point_is_shared_by_three_names_but_the_raion_centres_of_approximate_villages() -> None:
    names_at: dict[tuple[str, str], set[str]] = {}
    for r in settlements():
        if not r["id"].startswith((APPROXIMATE_PREFIX, RU_APPROXIMATE_PREFIX)):
            names_at.setdefault((r["lat"], r["lon"]), set()).add(r["name"])
    assert max(len(names) for names in names_at.values()) < 3


def test_villages_known_only_by_their_raion_centre_are_marked_approximate() -> None:
    # Piatykhatky by Vasylivka (Zaporizhzhia), retaken in June 2023: the postal file has only the
    # raion centre's point for it
    [row] = [
        r for r in settlements() if r["name"] == "Piatykhatky" and r["admin1"] == "Zaporizhzhia Oblast"
    ]
    assert row["id"].startswith(APPROXIMATE_PREFIX)
    assert haversine_km(float(row["lon"]), float(row["lat"]), 35.40, 47.50) < 25

    text = "Ukrainian forces retook the village of Piatykhatky in the Zaporizhzhia region."
    [mention] = [m for m in find_places(text) if m.text == "Piatykhatky"]
    assert mention.place is not None and mention.place.approximate


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Robotyne", 47.44, 35.84),
        ("Klishchiivka", 48.53, 37.96),
        ("Synkivka", 49.76, 37.69),
        ("Novoprokopivka", 47.41, 35.84),
        ("Lozuvatske", 48.28, 37.51),
        ("Nevske", 49.16, 37.97),
    ],
)
def test_front_line_villages_missing_from_cities500_are_in_the_table(
    name: str, lat: float, lon: float
) -> None:
    [row] = [r for r in settlements() if r["name"] == name and abs(float(r["lat"]) - lat) < 0.1]
    assert haversine_km(float(row["lon"]), float(row["lat"]), lon, lat) < 3


@pytest.mark.parametrize(
    ("old", "current", "years"),
    [
        ("Artemivsk", "Bakhmut", "1924–2016"),
        ("Artyomovsk", "Bakhmut", "1924–2016"),
        ("Krasnoarmiisk", "Pokrovsk", "1938–2016"),
        ("Krasnoarmeysk", "Pokrovsk", "1938–2016"),
        ("Krasnyi Lyman", "Lyman", "1925–2016"),
        ("Krasny Liman", "Lyman", "1925–2016"),
        ("Dzerzhynsk", "Toretsk", "1938–2016"),
        ("Dzerzhinsk", "Toretsk", "1938–2016"),
        ("Dimitrov", "Myrnohrad", "1972–2016"),
        ("Dymytrov", "Myrnohrad", "1972–2016"),
        ("Stakhanov", "Kadiivka", "1978–2016"),
        ("Dnipropetrovsk", "Dnipro", "1926–2016"),
    ],
)
def test_a_former_name_resolves_to_the_renamed_place_and_says_so(old: str, current: str, years: str) -> None:
    text = f"The Russian Defence Ministry said its forces had taken {old}, in the Donbas."
    [mention] = [m for m in find_places(text) if m.text == old]
    assert mention.place is not None and key(mention.place.name) == key(current)
    assert f"former name of {current} ({years})" in mention.reason


def test_the_donetsk_kirovske_is_khrestivka_and_artemove_is_zalizne() -> None:
    found = {
        m.text: m.place.name
        for m in find_places("Shelling hit Kirovske and Artemove near Horlivka.")
        if m.place
    }
    assert found["Kirovske"] == "Khrestivka"
    assert found["Artemove"] == "Zalizne"


@pytest.mark.parametrize(
    ("name", "region", "lat", "lon"),
    [
        ("Sudzha", "Kursk", 51.19, 35.27),
        ("Tetkino", "Kursk", 51.27, 34.28),
        ("Glushkovo", "Kursk", 51.34, 34.64),
        ("Korenevo", "Kursk", 51.41, 34.91),
        ("Shebekino", "Belgorod", 50.41, 36.90),
        ("Grayvoron", "Belgorod", 50.48, 35.67),
        ("Klimovo", "Bryansk", 52.38, 32.19),
        ("Suzemka", "Bryansk", 52.32, 34.08),
    ],
)
def test_russian_border_places_in_the_news_resolve_in_their_oblast(
    name: str, region: str, lat: float, lon: float
) -> None:
    text = f"Ukrainian drones struck {name} in Russia's {region} region, the governor said."
    [mention] = [m for m in find_places(text) if m.text == name]
    assert mention.place is not None and mention.place.admin1 == f"{region} Oblast"
    assert haversine_km(mention.place.lon, mention.place.lat, lon, lat) < 5


def test_every_cities500_place_of_russias_border_oblasts_resolves_in_its_oblast() -> None:
    """Their cities500 places all resolve, save the few whose names are English words ("Tim", "Star").
    A name with another village of it in the same oblast is left out: the one in the war zone, by the
    border, may rightly win ("drones struck Dubrovka in the Bryansk region")."""
    gaz = load_gazetteer()
    regions = {"Kursk Oblast": "Kursk", "Belgorod Oblast": "Belgorod", "Bryansk Oblast": "Bryansk"}
    border = [
        p
        for p in gaz.places.values()
        if p.country == "RU"
        and p.admin1 in regions
        and p.population
        and not any(c.admin1 == p.admin1 and c.id != p.id for c in gaz.candidates(key(p.name)))
    ]
    missed = []
    for place in border:
        text = (
            f"Ukrainian drones struck {place.name} in the {regions[place.admin1]} region, the governor said."
        )
        found = [m.place for m in find_places(text, gaz) if m.place and m.place.kind != "region"]
        if not found or haversine_km(found[0].lon, found[0].lat, place.lon, place.lat) > 5:
            missed.append(place.name)

    # (with every region of European Russia outlined, a few by the edge are Oryol's or Lipetsk's)
    assert len(border) > 140
    assert len(missed) <= 3, missed


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        ("Russian forces captured Stupochky, south of Bakhmut.", "Stupochky", 48.53, 37.82),
        ("Fighting continued near Berdychi and Tonenke, west of Avdiivka.", "Tonenke", 48.14, 37.64),
        ("The enemy attacked near Kleban-Byk in the Donetsk region.", "Kleban-Byk", 48.43, 37.77),
        ("Russian troops advanced near Nevelske, west of Donetsk.", "Nevelske", 48.06, 37.58),
        ("Russia claimed Oleksandro-Shultyne, south of Bakhmut.", "Oleksandro-Shultyne", 48.49, 37.82),
        ("Fighting went on near Predtechyne, south of Chasiv Yar.", "Predtechyne", 48.52, 37.81),
    ],
)
def test_geonames_hamlets_the_postal_file_lacks_resolve_where_they_are(text, name, lat, lon) -> None:
    [mention] = [m for m in find_places(text) if m.text == name]
    assert mention.place is not None and haversine_km(mention.place.lon, mention.place.lat, lon, lat) < 3
