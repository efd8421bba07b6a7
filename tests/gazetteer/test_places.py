"""The shipped gazetteer: what it holds, how it is looked up, and its index cache."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer import KINDS, key, load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_load_gazetteer_is_loaded_once_per_process(gaz) -> None:
    assert load_gazetteer() is gaz


def test_every_place_has_a_known_kind_and_a_point_on_earth(gaz) -> None:
    bad = [
        p
        for p in gaz.places.values()
        if p.kind not in KINDS or not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180) or not p.name
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("place_id", "name", "kind", "lat", "lon", "within_km"),
    [
        ("706483", "Kharkiv", "city", 49.9935, 36.2304, 10),
        ("707292", "Izium", "town", 49.2128, 37.2569, 10),
        ("703656", "Kupiansk", "town", 49.7106, 37.6156, 10),
        ("706448", "Kherson", "city", 46.6354, 32.6169, 10),
        ("river:oskil", "Oskil", "river", 49.45, 37.55, 60),
        ("admin1:UA-63", "Kharkiv Oblast", "region", 49.50, 36.60, 100),
        ("admin1:UA-09", "Luhansk Oblast", "region", 48.90, 39.00, 100),
    ],
)
def test_get_by_id(
    gaz, place_id: str, name: str, kind: str, lat: float, lon: float, within_km: float
) -> None:
    place = gaz.get(place_id)

    assert (place.name, place.kind) == (name, kind)
    assert km(place.lat, place.lon, lat, lon) < within_km


def test_get_an_unknown_id_is_none(gaz) -> None:
    assert gaz.get("no-such-place") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Izjum", {("Izium", "town")}),
        ("Kharkov", {("Kharkiv", "city")}),
        ("Oskil River", {("Oskil", "river")}),
        ("Antonivskyi Bridge", {("Antonivskyi Bridge", "bridge")}),
        ("Kakhovka dam", {("Kakhovka Dam", "dam")}),
        ("Kharkiv oblast", {("Kharkiv Oblast", "region")}),
    ],
)
def test_candidates_by_key(gaz, name: str, expected: set[tuple[str, str]]) -> None:
    assert {(p.name, p.kind) for p in gaz.candidates(key(name))} == expected


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("Dnipro", {"city", "river"}),  # the city and the river share a name
        ("Balakliia", {"town", "village"}),  # the Kharkiv town and a Poltava village
    ],
)
def test_ambiguous_names_keep_every_candidate(gaz, name: str, kinds: set[str]) -> None:
    assert {p.kind for p in gaz.candidates(key(name))} == kinds


def test_an_unknown_name_has_no_candidates(gaz) -> None:
    assert gaz.candidates(key("Zzyzxka")) == ()


def test_ukrainian_places_carry_the_official_romanisation(gaz) -> None:
    names = {gaz.candidates(key(n))[0].name for n in ("Izyum", "Kupyansk", "Artemovsk")}
    assert {"Izium", "Kupiansk"} <= names


# The cache: a fresh process with FRONTMAP_CACHE pointing at an empty folder builds and writes the
# index; the next one reads it back and gets the same answers.
LOOKUP = (
    "import json; from gazetteer import load_gazetteer, key; g = load_gazetteer(); "
    "print(json.dumps([len(g.places), [p.id for p in g.candidates(key('Izjum'))]]))"
)


def run_lookup(cache: Path) -> list:
    env = {**os.environ, "FRONTMAP_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-c", LOOKUP], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_index_cache_is_written_then_reused(tmp_path: Path) -> None:
    cold = run_lookup(tmp_path)
    written = sorted(tmp_path.glob("gazetteer-*.pickle"))
    warm = run_lookup(tmp_path)

    assert len(written) == 1
    assert sorted(tmp_path.glob("gazetteer-*.pickle")) == written
    assert cold == warm
    assert cold[1] == ["707292"]


def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path) -> None:
    first = run_lookup(tmp_path)
    (cache_file,) = tmp_path.glob("gazetteer-*.pickle")
    cache_file.write_bytes(b"not a pickle")

    assert run_lookup(tmp_path) == first


def test_an_unwritable_cache_folder_still_loads(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")

    assert run_lookup(blocker / "cache")[1] == ["707292"]


def test_the_shipped_name_keys_are_current() -> None:
    """Run scripts/build_name_keys.py after changing the data or gazetteer/names.py."""
    from gazetteer.places import shipped_name_keys

    shipped = shipped_name_keys()

    assert shipped is not None, "gazetteer/data/name_keys.json.gz is stale: run scripts/build_name_keys.py"
    assert key("Kharkov") in shipped["706483"]  # GeoNames' Kharkiv, by one of its old names


def test_a_first_run_without_cache_uses_the_shipped_keys(tmp_path: Path) -> None:
    env = {**os.environ, "FRONTMAP_CACHE": str(tmp_path)}
    code = "from gazetteer import load_gazetteer; print(len(load_gazetteer().index))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)

    assert int(out.stdout) > 50_000
