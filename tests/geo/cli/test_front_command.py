"""``frontmap front`` and the front layer of ``frontmap build``, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo import api
from geo.cli import main

ARTICLES = {
    "izium-captured.md": (
        "2022-04-02",
        "Russian forces captured Izium on Friday, the Defence Ministry in Moscow said.",
    ),
    "izium-liberated.md": ("2022-09-11", "Ukrainian forces liberated Izium on Saturday, officials said."),
    "kupiansk.md": (
        "2022-09-10",
        "Russian troops withdrew from Kupiansk on Friday, Ukrainian officials said.",
    ),
}
IZIUM, KUPIANSK = (37.2556, 49.2103), (37.6167, 49.7106)


def _write(folder: Path, articles: dict[str, tuple[str, str]]) -> Path:
    folder.mkdir()
    for name, (published, text) in articles.items():
        (folder / name).write_text(
            f"---\ntitle: {name}\nsource: Test Wire\npublished: {published}\n---\n\n{text}\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "events.gpkg"
    assert main(["ingest", str(_write(tmp_path / "articles", ARTICLES)), "--store", str(path)]) == 0
    return path


def test_front_as_geojson_on_a_day(store: Path, tmp_path: Path, capsys):
    out = tmp_path / "front.geojson"
    assert main(["front", "--store", str(store), "--as-of", "2022-09-20", "-o", str(out)]) == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["note"] == "estimated from 3 reports"
    assert {f["properties"]["kind"] for f in collection["features"]} == {"area", "front_line"}
    assert "estimated from 3 reports" in capsys.readouterr().err


def test_front_is_the_api_front_written_out(store: Path, tmp_path: Path):
    front = api.front(store, as_of="2022-09-01")
    assert (front.holder(*IZIUM), front.holder(*KUPIANSK)) == ("RU", "RU")
    later = api.front(store, as_of="2022-09-20")
    assert (later.holder(*IZIUM), later.holder(*KUPIANSK)) == ("UA", "UA")
    assert api.front(store).as_of.isoformat() == "2022-09-10"  # the latest event


def test_front_as_geopackage(store: Path, tmp_path: Path):
    import pyogrio

    out = tmp_path / "front.gpkg"
    assert main(["front", "--store", str(store), "-o", str(out)]) == 0
    assert [name for name, _ in pyogrio.list_layers(out)] == ["areas", "front_line"]


def test_a_store_with_no_dated_events_gives_the_baseline_and_says_so(tmp_path: Path, capsys):
    undated = {"strike.md": ("2023-03-01", "Russian forces shelled Kramatorsk, officials said.")}
    folder = _write(tmp_path / "undated", undated)
    store, out = tmp_path / "events.gpkg", tmp_path / "front.geojson"
    main(["ingest", str(folder), "--store", str(store)])
    capsys.readouterr()
    assert main(["front", "--store", str(store), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "no dated events: baseline only" in err
    assert json.loads(out.read_text(encoding="utf-8"))["n_reports"] == 0


@pytest.mark.parametrize(
    ("as_of", "message"),
    [("2021-12-31", "before the full-scale invasion"), ("2099-01-01", "in the future")],
)
def test_a_day_outside_the_war_is_one_line_and_exit_1(store: Path, tmp_path: Path, capsys, as_of, message):
    out = tmp_path / "front.geojson"
    assert main(["front", "--store", str(store), "--as-of", as_of, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["-o", "front.kml"], "front.kml: unknown front format"),
        (["--store", "missing.gpkg", "-o", "front.geojson"], "missing.gpkg"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(tmp_path: Path, capsys, monkeypatch, arguments, message):
    monkeypatch.chdir(tmp_path)
    assert main(["front", *arguments]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_a_malformed_day_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["front", "--as-of", "20-09-2022"])
    assert exit_.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_build_draws_the_front_unless_told_not_to(store: Path, tmp_path: Path):
    with_front, without = tmp_path / "with.html", tmp_path / "without.html"
    assert main(["build", "--store", str(store), "-o", str(with_front)]) == 0
    assert main(["build", "--store", str(store), "-o", str(without), "--no-front"]) == 0
    assert "Front line (estimated)" in with_front.read_text(encoding="utf-8")
    assert "Front line (estimated)" not in without.read_text(encoding="utf-8")


@pytest.mark.parametrize("no_front", [False, True], ids=["with front", "--no-front"])
def test_watch_draws_the_front_unless_told_not_to(tmp_path: Path, no_front: bool):
    inbox, out = _write(tmp_path / "inbox", ARTICLES), tmp_path / "map.html"
    args = ["watch", str(inbox), "-o", str(out), "--store", str(tmp_path / "events.gpkg"), "--once"]
    assert main(args + (["--no-front"] if no_front else [])) == 0
    assert ("Front line (estimated)" in out.read_text(encoding="utf-8")) is not no_front


def test_api_build_draws_the_front_unless_told_not_to(store: Path, tmp_path: Path):
    drawn = api.build(tmp_path / "with.html", store)
    plain = api.build(tmp_path / "without.html", store, front=False)
    assert "Front line (estimated)" in drawn.read_text(encoding="utf-8")
    assert "Front line (estimated)" not in plain.read_text(encoding="utf-8")
