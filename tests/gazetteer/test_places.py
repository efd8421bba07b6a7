"""The shipped gazetteer: what it holds, how it is looked up, and its index cache."""

from __future__ import annotations

import gzip
import json
import math
import os
import pickle
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


# Loading: the index ships ready made (scripts/build_index.py); when it is stale (a developer changed the
# data or the code it is made with) a fresh process builds it and caches it in FRONTMAP_CACHE, and the
# next one reads the cache back and gets the same answers. STALE makes the shipped index look stale.
LOOKUP = (
    "import json; from gazetteer import load_gazetteer, key; g = load_gazetteer(); "
    "print(json.dumps([len(g.places), [p.id for p in g.candidates(key('Izjum'))]]))"
)
STALE = "import gazetteer.places as places; places.INDEX_FILE = 'no-such-index.pickle.gz'; "


def run_lookup(cache: Path, before: str = "") -> list:
    env = {**os.environ, "FRONTMAP_CACHE": str(cache)}
    command = [sys.executable, "-c", before + LOOKUP]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_a_first_run_loads_the_shipped_index_and_writes_no_cache(tmp_path: Path) -> None:
    assert run_lookup(tmp_path)[1] == ["707292"]
    assert list(tmp_path.iterdir()) == []


def test_a_stale_index_is_built_cached_then_reused(tmp_path: Path) -> None:
    built = run_lookup(tmp_path, STALE)
    written = sorted(tmp_path.glob("gazetteer-*.pickle"))
    again = run_lookup(tmp_path, STALE)

    assert len(written) == 1
    assert sorted(tmp_path.glob("gazetteer-*.pickle")) == written
    assert built == again == run_lookup(tmp_path)
    assert built[1] == ["707292"]


def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path) -> None:
    first = run_lookup(tmp_path, STALE)
    (cache_file,) = tmp_path.glob("gazetteer-*.pickle")
    cache_file.write_bytes(b"not a pickle")

    assert run_lookup(tmp_path, STALE) == first


def test_an_unwritable_cache_folder_still_loads(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")

    assert run_lookup(blocker / "cache", STALE)[1] == ["707292"]


def test_the_shipped_index_is_current_and_equals_a_fresh_build() -> None:
    """Run scripts/build_index.py after changing the data or the gazetteer code it is made with."""
    from gazetteer.places import _fingerprint, _index_parts, _shipped_index

    shipped = _shipped_index(_fingerprint())

    assert shipped is not None, "gazetteer/data/index.pickle.gz is stale: run scripts/build_index.py"
    assert {k: v for k, v in shipped.items() if k != "fingerprint"} == _index_parts()


def test_an_index_file_naming_code_is_refused(tmp_path: Path) -> None:
    """The shipped index is plain values; a file that would import something is not loaded."""
    from collections import OrderedDict

    from gazetteer.places import _fingerprint, read_index

    plain, coded = tmp_path / "plain.pickle.gz", tmp_path / "coded.pickle.gz"
    plain.write_bytes(gzip.compress(pickle.dumps({"fingerprint": _fingerprint(), "rows": []})))
    coded.write_bytes(gzip.compress(pickle.dumps(OrderedDict(fingerprint=_fingerprint()))))

    assert read_index(plain, _fingerprint()) == {"fingerprint": _fingerprint(), "rows": []}
    assert read_index(plain, "another fingerprint") is None
    assert read_index(coded, _fingerprint()) is None
    assert read_index(tmp_path / "missing.pickle.gz", _fingerprint()) is None
