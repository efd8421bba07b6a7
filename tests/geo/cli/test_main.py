"""The command line as a user runs it: `frontmap places` and `frontmap extract` on article files.

Most cases call ``geo.cli.main(argv)`` in-process; the exit-status and bad-input cases run the
installed ``frontmap`` script, so what is checked is what a shell sees.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from geo.cli.main import main

ARTICLES = Path(__file__).parents[2] / "fixtures" / "articles"
KHARKIV_2022 = ARTICLES / "kharkiv-2022.md"
EXAMPLE = Path(__file__).parents[3] / "examples" / "kharkiv-counteroffensive.md"
FRONTMAP = shutil.which("frontmap") or "frontmap"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def places_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, text: str
) -> tuple[int, list[dict], str]:
    """``frontmap places --format json`` on ``text`` written to ``name``: the status, the rows, stderr."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "places", str(path), "--format", "json")
    return status, json.loads(out), err


def frontmap(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([FRONTMAP, *argv], capture_output=True, text=True, timeout=120)


@pytest.fixture
def izium(tmp_path: Path) -> Path:
    path = tmp_path / "izium.txt"
    path.write_text("Ukrainian forces entered Izjum on Saturday.\n", encoding="utf-8")
    return path


# places


def test_places_json_is_a_list_of_objects_with_mention_name_kind_lat_lon(capsys, izium: Path) -> None:
    status, out, _ = run(capsys, "places", str(izium), "--format", "json")

    rows = json.loads(out)
    assert status == 0
    assert isinstance(rows, list) and len(rows) == 1
    (row,) = rows
    assert {"mention", "name", "kind", "lat", "lon"} <= set(row)
    assert (row["mention"], row["name"], row["kind"]) == ("Izjum", "Izium", "town")
    assert row["lat"] == pytest.approx(49.21, abs=0.05) and row["lon"] == pytest.approx(37.26, abs=0.05)


def test_places_json_marks_the_names_of_front_sectors(capsys, tmp_path: Path) -> None:
    text = "In the Kramatorsk sector, the enemy struck near Chasiv Yar.\n"
    status, found, _ = places_json(capsys, tmp_path, "sector.txt", text)

    rows = {row["mention"]: row for row in found}
    assert status == 0
    assert rows["Kramatorsk"]["direction"] is True and rows["Chasiv Yar"]["direction"] is False


def test_places_reads_a_namesake_by_the_fronts_of_the_article_s_day(capsys, tmp_path: Path) -> None:
    # the front matter's date: in 2025 the Dachne by the Donetsk line, not the one by 2022's Kherson front
    text = (
        '---\ntitle: "First village"\npublished: 2025-06-30\n---\n\nRussian forces have taken control of the '
        "village of Dachne just inside the Dnipropetrovsk region.\n"
    )
    status, rows, _ = places_json(capsys, tmp_path, "dachne.md", text)

    (row,) = [row for row in rows if row["mention"] == "Dachne"]
    assert status == 0 and row["lon"] > 36.0


def test_places_reads_the_title_for_where_the_body_s_villages_are(capsys, tmp_path: Path) -> None:
    # the body alone names no town that says which Uspenivka; the title's Huliaipole front does
    text = (
        '---\ntitle: "Russians try to fortify positions on the Huliaipole front"\n'
        "published: 2025-11-10\n---\n\n"
        "Fierce battles go on in Uspenivka and Solodke, Voloshyn told reporters in Odesa.\n"
    )
    status, found, _ = places_json(capsys, tmp_path, "huliaipole.md", text)

    rows = {row["mention"]: row for row in found}
    assert status == 0
    assert rows["Uspenivka"]["admin1"] == rows["Solodke"]["admin1"] == "Zaporizhzhia Oblast"
    # the title's own place is listed too, marked as the title's (its offsets are into the title)
    assert rows["Huliaipole"]["in_title"] is True and rows["Uspenivka"]["in_title"] is False
    assert rows["Huliaipole"]["start"] == len("Russians try to fortify positions on the ")


def test_places_lists_a_title_s_place_the_body_never_names_once(capsys, tmp_path: Path) -> None:
    text = (
        '---\ntitle: "Ukrainian forces hold Fedorivka in the Siversk sector"\npublished: 2025-10-06\n---\n\n'
        "A group of four Russian soldiers was spotted in Fedorivka on October 3, the spokesman said. "
        "The settlement remains under Ukrainian control.\n"
    )
    status, rows, _ = places_json(capsys, tmp_path, "fedorivka.md", text)

    assert status == 0
    assert [(r["mention"], r["in_title"]) for r in rows] == [
        ("Siversk", True),
        ("Fedorivka", False),
    ]


def test_places_table_shows_the_mention_the_place_and_why(capsys, izium: Path) -> None:
    status, out, _ = run(capsys, "places", str(izium))

    header, row = out.splitlines()
    assert status == 0
    assert header.split()[:3] == ["mention", "place", "kind"]
    assert row.split()[:3] == ["Izjum", "Izium", "town"]


def test_places_notes_names_it_cannot_resolve(capsys, tmp_path: Path) -> None:
    text = "Troops entered the village of Zzyzxka, east of Kupiansk.\n"
    status, rows, err = places_json(capsys, tmp_path, "zz.txt", text)

    assert status == 0
    assert [r["name"] for r in rows] == ["Kupiansk"]
    assert "Zzyzxka" in err


# extract


def test_extract_geojson_is_a_feature_collection_of_points(capsys, izium: Path) -> None:
    status, out, _ = run(capsys, "extract", str(izium), "--format", "geojson")

    collection = json.loads(out)
    assert status == 0
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert lat == pytest.approx(49.21, abs=0.05) and lon == pytest.approx(37.26, abs=0.05)
    props = feature["properties"]
    assert (props["event_type"], props["actor"], props["place"], props["geo_precision"]) == (
        "advance",
        "UA",
        "Izium",
        1,
    )


def test_extract_csv_has_a_header_and_one_row_per_event(capsys, izium: Path) -> None:
    status, out, _ = run(capsys, "extract", str(izium), "--format", "csv")

    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert (row["event_type"], row["actor"], row["place"]) == ("advance", "UA", "Izium")
    assert float(row["lat"]) == pytest.approx(49.21, abs=0.05)
    assert float(row["lon"]) == pytest.approx(37.26, abs=0.05)


def test_extract_table_is_the_default(capsys, izium: Path) -> None:
    status, out, _ = run(capsys, "extract", str(izium))

    header, row = out.splitlines()
    assert status == 0
    assert header.split()[:3] == ["type", "actor", "place"]
    assert row.split()[:3] == ["advance", "UA", "Izium"]


def test_extract_of_an_article_without_events_prints_an_empty_collection_and_a_note(
    capsys, tmp_path: Path
) -> None:
    path = tmp_path / "calm.txt"
    path.write_text("Kharkiv is Ukraine's second-largest city.\n", encoding="utf-8")

    status, out, err = run(capsys, "extract", str(path), "--format", "geojson")

    assert status == 0
    assert json.loads(out)["features"] == []
    assert "no events" in err and "calm.txt" in err


@pytest.mark.parametrize(("published", "day"), [("2022-09-12", "2022-09-10"), ("2022-09-20", "2022-09-17")])
def test_published_overrides_the_day_dates_are_resolved_against(
    capsys, izium: Path, published: str, day: str
) -> None:
    _, out, _ = run(capsys, "extract", str(izium), "--format", "csv", "--published", published)

    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert (row["date"], row["published"]) == (day, published)


def test_extracting_a_file_twice_gives_the_same_event_ids(capsys) -> None:
    first = json.loads(run(capsys, "extract", str(KHARKIV_2022), "--format", "geojson")[1])
    again = json.loads(run(capsys, "extract", str(KHARKIV_2022), "--format", "geojson")[1])

    assert [f["properties"]["event_id"] for f in first["features"]] == [
        f["properties"]["event_id"] for f in again["features"]
    ]


# bad input: one line on stderr naming the file, exit 1, no traceback


def _write_bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input, and a word the message must contain."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n \t\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "russian.txt").write_bytes(
        "Украинские войска вошли в Изюм в субботу. Российские войска отступили из Купянска.".encode("cp1251")
    )
    (folder / "no-places.txt").write_text(
        "The weather was fine and everyone went home early.\n", encoding="utf-8"
    )
    (folder / "a-folder").mkdir()
    return {
        "missing": (folder / "missing.md", "no such file"),
        "empty": (folder / "empty.txt", "empty"),
        "blank": (folder / "blank.txt", "empty"),
        "binary": (folder / "binary.txt", "binary"),
        "cp1251 Russian": (folder / "russian.txt", "not in English"),
        "directory": (folder / "a-folder", "directory"),
        "no places": (folder / "no-places.txt", "no places"),
    }


BAD = ["missing", "empty", "blank", "binary", "cp1251 Russian", "directory", "no places"]


@pytest.mark.parametrize("command", ["places", "extract"])
@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_one_line_naming_the_file_and_exit_1(tmp_path: Path, command: str, case: str) -> None:
    path, words = _write_bad_inputs(tmp_path)[case]

    done = frontmap(command, str(path))

    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert str(path) in lines[0] and words in lines[0]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["places"],
        ["extract"],
        ["places", "x.md", "--format", "geojson"],
        ["extract", "x.md", "--format", "xml"],
        ["extract", "x.md", "--published", "12/09/2022"],
        ["nonsense-command"],
    ],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    done = frontmap(*argv)

    assert done.returncode == 2
    assert "usage:" in done.stderr
    assert "Traceback" not in done.stderr


# the example article round-trips


def test_the_example_ships_the_fixture_text() -> None:
    assert EXAMPLE.read_text(encoding="utf-8") == KHARKIV_2022.read_text(encoding="utf-8")


def test_the_example_is_a_news_article_with_front_matter() -> None:
    text = KHARKIV_2022.read_text(encoding="utf-8")
    front, body = text.split("---\n")[1:3]

    assert {line.split(":")[0] for line in front.splitlines()} >= {"title", "source", "published", "url"}
    assert 500 <= len(body.split()) <= 700


@pytest.mark.parametrize("name", ["Balakliia", "Kupiansk", "Izium", "Kharkiv", "Oskil", "Kharkiv Oblast"])
def test_places_finds_the_counteroffensive_towns(name: str) -> None:
    done = frontmap("places", str(KHARKIV_2022), "--format", "json")

    assert done.returncode == 0, done.stderr
    assert name in {row["name"] for row in json.loads(done.stdout)}


@pytest.fixture(scope="module")
def example_events() -> list[dict]:
    done = frontmap("extract", str(KHARKIV_2022), "--format", "geojson")
    assert done.returncode == 0, done.stderr
    return [f["properties"] for f in json.loads(done.stdout)["features"]]


@pytest.mark.parametrize(
    "town",
    [
        "Balakliia",
        ("Kupiansk"),
        "Izium",
    ],
)
def test_extract_gives_ukrainian_advances_at_the_retaken_towns(example_events: list[dict], town: str) -> None:
    assert ("advance", "UA") in {(e["event_type"], e["actor"]) for e in example_events if e["place"] == town}


def test_extract_gives_the_russian_retreats_and_strikes_of_the_example(example_events: list[dict]) -> None:
    seen = {(e["event_type"], e["actor"], e["place"]) for e in example_events}

    assert {("retreat", "RU", "Izium"), ("retreat", "RU", "Kupiansk"), ("strike", "RU", "Chuhuiv")} <= seen


def test_extract_dates_balakliia_to_the_thursday_it_was_entered(example_events: list[dict]) -> None:
    entered = [e for e in example_events if e["place"] == "Balakliia" and "Thursday" in e["sentence"]]

    assert [e["date"] for e in entered] == ["2022-09-08"]


def test_no_event_is_placed_at_the_dateline_city(example_events: list[dict]) -> None:
    assert "Kyiv" not in {e["place"] for e in example_events}


def test_a_hard_wrapped_copy_of_the_article_gives_the_same_events(
    tmp_path: Path, example_events: list[dict]
) -> None:
    text = KHARKIV_2022.read_text(encoding="utf-8")
    head, body = text.split("---\n", 2)[1:]
    wrapped_body = "\n\n".join(textwrap.fill(p, 100) for p in body.strip().split("\n\n"))
    wrapped = tmp_path / "kharkiv-2022-wrapped.md"
    wrapped.write_text(f"---\n{head}---\n\n{wrapped_body}\n", encoding="utf-8")

    done = frontmap("extract", str(wrapped), "--format", "geojson")
    found = [f["properties"] for f in json.loads(done.stdout)["features"]]

    def seen(events: list[dict]) -> list[tuple[str, str, str]]:
        return sorted((e["event_type"], e["actor"], e["place"]) for e in events)

    assert seen(found) == seen(example_events)


def test_map_draws_a_folder_and_names_each_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "today"
    folder.mkdir()
    (folder / "kharkiv.md").write_text(KHARKIV_2022.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "map.html"

    code, _, err = run(capsys, "map", str(folder), "-o", str(out))

    assert code == 1  # something failed, but the good article is still drawn
    assert out.exists() and "Kupiansk" in out.read_text(encoding="utf-8")
    assert "empty.txt: file is empty" in err


def test_a_map_that_cannot_be_written_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "map.html"
    taken.mkdir()  # a folder where the map should go

    code, _, err = run(capsys, "map", str(KHARKIV_2022), "-o", str(taken))

    assert code == 1
    assert err.strip().endswith(")") and "map.html: could not be written" in err and "Traceback" not in err
