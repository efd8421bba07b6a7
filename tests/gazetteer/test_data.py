"""The populated places table (gazetteer/data/places.tsv.gz) holds what readers of war reporting meet."""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache
from importlib import resources

import pandas as pd
import pytest

COLUMNS = ["id", "name", "kind", "lat", "lon", "country", "admin1", "population", "names"]


@cache
def places() -> pd.DataFrame:
    source = resources.files("gazetteer") / "data" / "places.tsv.gz"
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        frame = pd.read_csv(text, sep="\t", dtype=str, keep_default_na=False, quoting=3)
    return frame.astype({"lat": float, "lon": float, "population": int})


def place_named(spelling: str, lat: float, lon: float, km: float = 5) -> pd.Series:
    """The place that answers to ``spelling`` (name or alternate) within ``km`` of (lat, lon)."""
    frame = places()
    named = frame[frame["names"].str.split("|").apply(lambda names: spelling in names)]
    near = named[((named["lat"] - lat) ** 2 + (named["lon"] - lon) ** 2) ** 0.5 < km / 111]
    assert len(near) == 1, f"{spelling!r} near {lat}, {lon}: {near['name'].tolist()}"
    return near.iloc[0]


def test_the_table_has_exactly_the_columns():
    source = resources.files("gazetteer") / "data" / "places.tsv.gz"
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        header = text.readline().rstrip("\n").split("\t")
    assert header == COLUMNS


def test_ids_are_geonames_ids():
    assert places()["id"].str.fullmatch(r"\d+").all()
    assert places()["id"].is_unique


@pytest.mark.parametrize(
    ("spelling", "lat", "lon", "admin1", "kind"),
    [
        ("Izium", 49.21, 37.26, "Kharkiv Oblast", "town"),
        ("Izyum", 49.21, 37.26, "Kharkiv Oblast", "town"),
        ("Изюм", 49.21, 37.26, "Kharkiv Oblast", "town"),
        ("Kupiansk", 49.71, 37.62, "Kharkiv Oblast", "town"),
        ("Kupyansk", 49.71, 37.62, "Kharkiv Oblast", "town"),
        ("Balakliia", 49.46, 36.84, "Kharkiv Oblast", "town"),
        ("Balakliya", 49.46, 36.84, "Kharkiv Oblast", "town"),
        ("Lysychansk", 48.91, 38.42, "Luhansk Oblast", "town"),
        ("Kherson", 46.64, 32.61, "Kherson Oblast", "city"),  # an oblast capital, whatever its count
        ("Avdiivka", 48.14, 37.75, "Donetsk Oblast", "town"),
        ("Bakhmut", 48.59, 38.00, "Donetsk Oblast", "town"),
        ("Artemovsk", 48.59, 38.00, "Donetsk Oblast", "town"),
        ("Artemivsk", 48.59, 38.00, "Donetsk Oblast", "town"),
        ("Kyiv", 50.45, 30.52, "Kyiv City", "city"),
        ("Kiev", 50.45, 30.52, "Kyiv City", "city"),
        ("Kharkiv", 49.98, 36.25, "Kharkiv Oblast", "city"),
        ("Kharkov", 49.98, 36.25, "Kharkiv Oblast", "city"),
        ("Simferopol", 44.96, 34.11, "Crimea", "city"),
        ("Belgorod", 50.60, 36.58, "Belgorod Oblast", "city"),
        ("Sudzha", 51.19, 35.27, "Kursk Oblast", "village"),
    ],
)
def test_places_of_the_war_are_where_they_belong(spelling, lat, lon, admin1, kind):
    place = place_named(spelling, lat, lon)
    assert (place["admin1"], place["kind"]) == (admin1, kind)


def test_the_other_balakliia_is_a_village_in_poltava_oblast():
    balakliias = places()[places()["names"].str.split("|").apply(lambda names: "Balakliia" in names)]
    assert set(balakliias["admin1"]) >= {"Kharkiv Oblast", "Poltava Oblast"}
    assert balakliias.sort_values("population").iloc[-1]["admin1"] == "Kharkiv Oblast"


@pytest.mark.parametrize(
    ("spelling", "lat", "lon", "country"),
    [
        ("Washington", 38.90, -77.04, "US"),
        ("Brussels", 50.85, 4.35, "BE"),
        ("London", 51.51, -0.13, "GB"),
        ("Moscow", 55.75, 37.62, "RU"),
        ("Minsk", 53.90, 27.56, "BY"),
        ("Chisinau", 47.01, 28.86, "MD"),
    ],
)
def test_capitals_named_as_metonyms_are_there(spelling, lat, lon, country):
    place = place_named(spelling, lat, lon, km=15)
    assert (place["country"], place["kind"]) == (country, "city")


@pytest.mark.parametrize("country", ["UA", "RU", "BY", "MD"])
def test_small_places_of_ukraine_and_its_neighbours_are_kept(country):
    in_country = places()[places()["country"] == country]
    assert (in_country["kind"] == "village").sum() > 50


def test_elsewhere_only_cities_are_kept():
    elsewhere = places()[~places()["country"].isin(["UA", "RU", "BY", "MD", "RO", "PL", "HU", "SK"])]
    assert (elsewhere["population"] >= 100_000).all()


def test_across_the_western_border_only_places_near_it_are_kept():
    # Romania, Poland, Hungary and Slovakia: cities anywhere, smaller places only by Ukraine's border (the
    # Danube delta's Sulina is the farthest east, Poland's Lublin region the farthest north-west)
    border = places()[places()["country"].isin(["RO", "PL", "HU", "SK"]) & (places()["population"] < 100_000)]
    assert len(border) > 1000
    assert border["lon"].between(21.0, 30.0).all() and border["lat"].between(44.5, 52.5).all()
    # ... by their own names only
    assert not border["names"].str.contains("|", regex=False).any()


def test_every_ukrainian_place_has_its_oblast():
    ukraine = places()[places()["country"] == "UA"]
    assert (ukraine["admin1"] != "").all()


def test_names_hold_the_name_and_only_readable_alternates():
    for name, names in zip(places()["name"], places()["names"], strict=True):
        spellings = names.split("|")
        assert spellings[0] == name
        assert len(spellings) == len(set(spellings))
    spellings = {s for names in places()["names"] for s in names.split("|")[1:]}
    assert not any(s.isalpha() and s.isupper() and 2 <= len(s) <= 4 for s in spellings)  # IEV, DNK
    assert not any(any(c.isdigit() for c in s) or len(s) < 3 for s in spellings)
    scripts = {unicodedata.name(c).split()[0] for s in spellings for c in s if c.isalpha()}
    assert scripts == {"LATIN", "CYRILLIC"}


def test_kyiv_is_not_known_by_its_airport_code():
    assert "IEV" not in place_named("Kyiv", 50.45, 30.52)["names"].split("|")


def test_coordinates_have_five_decimals_at_most():
    assert (places()["lat"].round(5) == places()["lat"]).all()
    assert places()["lat"].between(-90, 90).all() and places()["lon"].between(-180, 180).all()
