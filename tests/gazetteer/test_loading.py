"""Loading the gazetteer: places are rows made Place objects on demand, the war zone is measured when the
index is built, and a run that loads the shipped index needs no geometry library.

Real package data; the cache goes to a temporary folder."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer import key, load_gazetteer
from gazetteer.places import NameIndex, PlaceRows, PlacesById
from gazetteer.records import Place
from gazetteer.war_zone import inside_of

ROOT = Path(__file__).resolve().parents[2]


def test_a_place_is_one_object_under_every_name_and_id() -> None:
    gaz = load_gazetteer()
    (bakhmut,) = [p for p in gaz.candidates(key("Bakhmut")) if p.kind != "village"]
    (artemivsk,) = [p for p in gaz.candidates(key("Artemivsk")) if p.id == bakhmut.id]
    assert artemivsk is bakhmut
    assert gaz.get(bakhmut.id) is bakhmut
    assert gaz.places[bakhmut.id] is bakhmut


def test_the_index_reads_like_a_mapping() -> None:
    gaz = load_gazetteer()
    assert key("Kupiansk") in gaz.index
    assert "no such name at all" not in gaz.index
    assert gaz.index.get("no such name at all") is None
    assert gaz.candidates("no such name at all") == ()
    assert len(gaz.places) > 30_000 and len(gaz.index) > len(gaz.places)
    with pytest.raises(KeyError):
        gaz.places["no-such-id"]


def test_rows_become_places_only_when_asked_for_and_survive_pickling() -> None:
    rows = PlaceRows(
        [
            ("706448", "Izium", "city", 49.21, 37.26, "UA", "Kharkiv Oblast", 45000),
            ("704147", "Kupiansk", "city", 49.71, 37.62, "UA", "Kharkiv Oblast", 27000),
        ]
    )
    index = NameIndex(rows, {"izium": (0,), "iziym": (0,), "kupiansk": (1,)})
    places = PlacesById(rows)
    izium = index["izium"][0]
    assert izium == Place("706448", "Izium", "city", 49.21, 37.26, "UA", "Kharkiv Oblast", 45000)
    assert index["iziym"][0] is izium is places["706448"]
    again_index, again_places = pickle.loads(pickle.dumps((index, places)))
    assert again_index["kupiansk"][0] == places["704147"]
    assert again_index["kupiansk"][0] is again_places["704147"]  # one table under both after loading


def test_the_war_zone_measured_at_build_time_agrees_with_the_outline() -> None:
    rows = [
        ("a", "Robotyne", "village", 47.45, 35.83),
        ("b", "Vovchansk", "town", 50.29, 36.94),
        ("c", "Lviv", "city", 49.84, 24.03),
        ("d", "Uzhhorod", "city", 48.62, 22.29),
    ]
    assert inside_of(rows) == frozenset({"a", "b"})
    gaz = load_gazetteer()
    assert {p.name for p in gaz.candidates(key("Robotyne"))} <= {gaz.places[i].name for i in gaz.war_zone}
    assert not any(p.id in gaz.war_zone for p in gaz.candidates(key("Uzhhorod")))


def test_a_run_imports_no_geometry_library(tmp_path: Path) -> None:
    """shapely (and numpy with it) takes a fifth of a second to import; the places command needs it only
    to build the index (shipped ready made), or for an oblast's outline when a text puts a town in another
    oblast."""
    program = (
        "import sys\n"
        "from gazetteer import find_places, load_gazetteer\n"
        "text = 'Russian forces shelled Kupiansk and Izium near the Oskil river.'\n"
        "found = find_places(text, load_gazetteer())\n"
        "print(len(found), 'shapely' in sys.modules, 'numpy' in sys.modules)\n"
    )
    env = {"FRONTMAP_CACHE": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", program]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    count, shapely_loaded, numpy_loaded = done.stdout.split()
    assert int(count) >= 3
    assert (shapely_loaded, numpy_loaded) == ("False", "False")
