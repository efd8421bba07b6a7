"""``frontmap ingest``, ``build``, ``watch`` and ``export`` as a user runs them, on a real store."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import geopandas as gpd
import pytest

from geo.cli.main import main
from geo.store.watch import Poll, watch
from maps import build_map

FIXTURES = Path(__file__).parents[2] / "fixtures" / "store"
BAD_FILES = {
    "empty.txt": (b"", "empty.txt: file is empty"),
    "binary.txt": (bytes(range(256)) * 20, "binary.txt: binary file"),
    "truncated.html": (
        b"<!doctype html><html><head><title>Kherson</title></head><body><article><p>Ukrainian forc",
        "truncated.html: no article text found",
    ),
    "malformed.rss": (
        b'<?xml version="1.0"?><rss><channel><item><title>Izium</title><descr',
        "malformed.rss: not an RSS or Atom feed",
    ),
    "broken.jsonl": (
        b'{"title": "Bakhmut", "text": "Russian forces captured Bakhmut on Saturday."}\n{"title": broken\n',
        "broken.jsonl: line 2: not valid JSON",
    ),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "articles")
    return tmp_path / "articles"


@pytest.fixture
def store(tmp_path: Path, folder: Path) -> Path:
    path = tmp_path / "events.gpkg"
    assert main(["ingest", str(folder), "--store", str(path)]) == 0
    return path


def test_ingest_says_what_it_did(tmp_path: Path, folder: Path, capsys):
    store = tmp_path / "events.gpkg"
    assert main(["ingest", str(folder), "--store", str(store)]) == 0
    assert capsys.readouterr().err == "frontmap: ingested 8 articles (0 unchanged), 17 events\n"
    assert main(["ingest", str(folder), "--store", str(store)]) == 0
    assert capsys.readouterr().err == "frontmap: ingested 8 articles (8 unchanged), 0 events\n"


def test_a_folder_with_bad_files_ingests_the_good_ones_and_names_each_bad_one(
    tmp_path: Path, folder: Path, capsys
):
    for name, (data, _) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    (folder / "invalid_utf8.txt").write_bytes(
        b"Ukrainian forces recaptured Lyman on Saturday \xff\xc3\x28 officials said."
    )
    with (folder / "huge.txt").open("wb") as stream:
        stream.truncate(50 * 2**20)  # 50 MB
    store = tmp_path / "events.gpkg"
    assert main(["ingest", str(folder), "--store", str(store)]) == 1
    lines = capsys.readouterr().err.splitlines()
    expected = [message for _, message in BAD_FILES.values()] + ["huge.txt: file is 50.0 MB"]
    assert len(lines) == len(expected) + 1
    for message in expected:
        assert sum(message in line for line in lines) == 1, message
    assert lines[-1] == "frontmap: ingested 10 articles (0 unchanged), 19 events; 6 files failed"
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        places = {row[0] for row in db.execute("SELECT place FROM events")}
    assert {"Bakhmut", "Lyman", "Izium", "Kherson"} <= places


def test_ingest_of_a_missing_file_fails_with_one_line(tmp_path: Path, capsys):
    assert main(["ingest", str(tmp_path / "gone.txt"), "--store", str(tmp_path / "events.gpkg")]) == 1
    assert capsys.readouterr().err.splitlines()[0] == f"frontmap: {tmp_path / 'gone.txt'}: no such file"


@pytest.mark.parametrize("suffix", [".geojson", ".csv", ".kml", ".gpkg"])
@pytest.mark.parametrize("merged", [False, True])
def test_export_writes_a_file_geopandas_reads_back(tmp_path: Path, store: Path, suffix: str, merged: bool):
    out = tmp_path / f"events{suffix}"
    args = ["export", "--store", str(store), "-o", str(out), "--type", "advance", "--actor", "UA"]
    assert main(args + (["--merged"] if merged else [])) == 0
    table = gpd.read_file(out)
    names = (
        table["Name"] if suffix == ".kml" else table["place"]
    )  # Google Earth's placemark name is the place
    # (Kupiansk: "as Ukrainian units advanced towards Kupiansk", an advance near it)
    expected = ["Balakliia", "Izium", "Kherson", "Kupiansk", "Lyman"] + ([] if merged else ["Balakliia"])
    assert sorted(names) == sorted(expected)
    if suffix == ".csv":
        assert {"lon", "lat"} <= set(table.columns)
    if merged:
        sources = [json.loads(s) if isinstance(s, str) else s for s in table["sources"]]  # GeoJSON: native
        assert sorted(len(s) for s in sources) == [1, 1, 1, 1, 2]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_refuses_an_unknown_format(tmp_path: Path, store: Path, capsys):
    assert main(["export", "--store", str(store), "-o", str(tmp_path / "events.shp")]) == 1
    assert "unknown export format" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [["--since", "2022-13-01"], ["--type", "invasion"], ["--actor", "NATO"], ["--bbox", "40,50,30,45"]],
)
def test_bad_filters_are_usage_errors(store: Path, args: list[str]):
    with pytest.raises(SystemExit) as exit_:
        main(["export", "--store", str(store), "-o", "x.csv", *args])
    assert exit_.value.code == 2


def test_build_draws_the_merged_events_of_the_store(tmp_path: Path, store: Path):
    out = tmp_path / "map.html"
    assert (
        main(
            ["build", "--store", str(store), "-o", str(out), "--since", "2022-09-01", "--until", "2022-12-31"]
        )
        == 0
    )
    page = out.read_text("utf-8")
    assert "Balakliia" in page and "Kyiv Independent" in page and "Reuters" in page
    assert "Avdiivka" not in page  # 2024: outside the dates


def test_build_from_a_store_that_matches_nothing_fails(tmp_path: Path, store: Path, capsys):
    assert (
        main(["build", "--store", str(store), "-o", str(tmp_path / "m.html"), "--since", "2030-01-01"]) == 1
    )
    assert "no events match" in capsys.readouterr().err


def test_watch_ingests_articles_as_they_land_and_rewrites_the_map(tmp_path: Path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(FIXTURES / "izium.txt", inbox)
    out, store = inbox / "map.html", tmp_path / "events.gpkg"
    args = ["watch", str(inbox), "-o", str(out), "--store", str(store), "--once"]
    assert main(args) == 0
    assert "Izium" in out.read_text("utf-8") and "Lyman" not in out.read_text("utf-8")
    shutil.copy(FIXTURES / "lyman.html", inbox)
    assert main(args) == 0
    assert "Lyman" in out.read_text("utf-8")
    assert sorted(p.name for p in inbox.iterdir()) == [
        "izium.txt",
        "lyman.html",
        "map.html",
    ]  # no temporary left
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"frontmap: ingested 2 articles (1 unchanged), 3 events; wrote {out} (6 events)"


def test_watch_takes_a_new_file_once_it_has_stopped_changing(tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    out, store = tmp_path / "map.html", tmp_path / "events.gpkg"
    polls = []

    def arrive(poll: Poll) -> None:
        polls.append((poll.report.articles, poll.drawn))
        if len(polls) == 1:
            shutil.copy(FIXTURES / "izium.txt", inbox)  # lands between the first and second poll

    watch(inbox, store, out, build_map, interval=0, iterations=3, on_poll=arrive)
    assert polls == [(0, 0), (0, None), (1, 3)]  # seen at poll 2, taken at poll 3 when unchanged
    assert "Izium" in out.read_text("utf-8")
