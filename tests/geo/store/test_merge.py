"""Merging reports of one event from several articles into one map point with all its sources."""

from __future__ import annotations

import dataclasses
import math
import random
import shutil
from datetime import date
from pathlib import Path

import pytest

from gazetteer import haversine_km
from geo import Event, events_frame
from geo.store.export import select_events
from geo.store.ingest import ingest_files
from geo.store.merge import MERGE_DAYS, MERGE_KM, merge_reports

FIXTURES = Path(__file__).parents[2] / "fixtures" / "store"
IZIUM = (37.2564, 49.2086)  # (lon, lat)


def report(
    article: str,
    *,
    day: str | None = "2022-09-10",
    lon_lat=IZIUM,
    event_type="advance",
    actor="UA",
    precision: int = 1,
    sentence: str = "Ukrainian forces recaptured Izium.",
) -> Event:
    lon, lat = lon_lat
    return Event(
        event_id=f"{article}-{day}-{lon:.3f}",
        event_type=event_type,
        actor=actor,
        place="Izium",
        place_id="707292",
        place_kind="town",
        lon=lon,
        lat=lat,
        geo_precision=precision,
        date=day,
        date_precision="day" if day else None,
        sentence=sentence,
        article_id=article,
        title=f"Report {article}",
        source=f"Outlet {article}",
        published="2022-09-11",
        url=f"https://news.example/{article}",
        mention="Izium",
        actor_basis="agent",
    )


def east(km: float) -> tuple[float, float]:
    """A point ``km`` east of Izium (a degree of longitude there is about 72.6 km)."""
    return IZIUM[0] + km / 72.6, IZIUM[1]


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        (report("b"), True),
        (report("b", lon_lat=east(4)), True),
        (report("b", lon_lat=east(8)), False),
        (report("b", day="2022-09-12"), True),
        (report("b", day="2022-09-15"), False),
        (report("b", actor="RU"), False),
        (report("b", event_type="strike"), False),
        (report("b", day=None), False),
    ],
    ids=[
        "same",
        "4 km apart",
        "8 km apart",
        "2 days apart",
        "5 days apart",
        "other actor",
        "other type",
        "undated and dated",
    ],
)
def test_two_outlets_reporting_one_event_become_one_point(second: Event, merged: bool):
    table = merge_reports(events_frame([report("a"), second]))
    assert len(table) == (1 if merged else 2)
    if merged:
        assert table["source_count"].tolist() == [2]
        assert [s["url"] for s in table["sources"].iloc[0]] == [
            "https://news.example/a",
            "https://news.example/b",
        ]


def test_undated_reports_merge_with_each_other():
    table = merge_reports(events_frame([report("a", day=None), report("b", day=None)]))
    assert table["source_count"].tolist() == [2]


def test_daily_strikes_do_not_chain_into_one_point():
    days = ["2022-09-01", "2022-09-03", "2022-09-05", "2022-09-07"]
    table = merge_reports(
        events_frame([report(f"a{i}", day=d, event_type="strike") for i, d in enumerate(days)])
    )
    assert table["date"].tolist() == ["2022-09-01", "2022-09-05"]
    assert table["source_count"].tolist() == [2, 2]


def test_one_article_telling_two_dates_keeps_two_events():
    table = merge_reports(events_frame([report("a", day="2022-09-05"), report("a", day="2022-09-06")]))
    assert len(table) == 2


def test_the_most_precise_report_gives_the_point():
    vague = report("a", lon_lat=east(3), precision=2)
    exact = report("b", precision=1)
    table = merge_reports(events_frame([vague, exact]))
    assert (table.geometry.x.iloc[0], table["event_ids"].iloc[0]) == (
        IZIUM[0],
        [vague.event_id, exact.event_id],
    )
    assert table["report_count"].tolist() == [2]


def test_merged_view_of_the_store_has_one_balakliia_point_with_both_sources(tmp_path: Path):
    shutil.copytree(FIXTURES, tmp_path / "articles")
    store = tmp_path / "events.gpkg"
    ingest_files(store, [tmp_path / "articles"])
    reports, _ = select_events(store)
    merged, places = select_events(store, merged=True)
    recapture = merged[(merged["place"] == "Balakliia") & (merged["event_type"] == "advance")]
    assert recapture["source_count"].tolist() == [2]
    assert sorted(s["source"] for s in recapture["sources"].iloc[0]) == ["Kyiv Independent", "Reuters"]
    assert len(reports) == len(merged) + 1  # the event table keeps each report
    assert "Balakliia" in set(places["name"])


def test_a_crowd_of_reports_at_one_place_and_day_is_one_point():
    crowd = [report(f"a{k}", lon_lat=east(k % 5 * 0.5)) for k in range(300)]
    table = merge_reports(events_frame(crowd))
    assert table["source_count"].tolist() == [300]


def greedy_rule(events: list[Event]) -> list[list[str]]:
    """The merging rule as the module states it, one report at a time against every seed: O(n^2), but
    short enough to read. A report is offered the open clusters around it cell by cell (the 3 x 3
    grid cells around its own, row by row), each cell's clusters in the order they were seeded."""

    def day(e: Event):
        return date.fromisoformat(e.date).toordinal() if e.date else None

    def cell(e: Event) -> tuple[int, int]:
        size = MERGE_KM / 111.2
        column = 0 if abs(e.lat) > 75 else math.floor(e.lon * math.cos(math.radians(75)) / size)
        return math.floor(e.lat / size), column

    clusters: list[list[Event]] = []  # each starts with its seed
    for e in sorted(events, key=lambda e: (day(e) is None, day(e) or 0, e.event_id)):
        offers = []
        for number, members in enumerate(clusters):
            seed, told = members[0], {day(m) for m in members if m.article_id == e.article_id}
            rows, columns = cell(seed)[0] - cell(e)[0], cell(seed)[1] - cell(e)[1]
            if (
                (seed.event_type, seed.actor, day(seed) is None) == (e.event_type, e.actor, day(e) is None)
                and abs(rows) <= 1
                and abs(columns) <= 1
                and (day(e) is None or day(e) - day(seed) <= MERGE_DAYS)
                and haversine_km(e.lon, e.lat, seed.lon, seed.lat) <= MERGE_KM
                and (not told or day(e) in told)
            ):
                offers.append(((rows + 1) * 3 + columns + 1, number))
        if offers:
            clusters[min(offers)[1]].append(e)
        else:
            clusters.append([e])
    return [[m.event_id for m in members] for members in clusters]


def scattered_reports(count: int, seed: int) -> list[Event]:
    """Reports of a week of fighting around Izium by a few outlets, some undated, some on one spot."""
    rng = random.Random(seed)
    reports = []
    for k in range(count):
        article = f"a{rng.randrange(max(1, count // 4))}"
        km_east, km_north = (0.0, 0.0) if rng.random() < 0.3 else (rng.gauss(0, 4), rng.gauss(0, 4))
        made = report(
            article,
            day=None if rng.random() < 0.1 else f"2022-09-{rng.randint(1, 9):02d}",
            lon_lat=(IZIUM[0] + km_east / 72.6, IZIUM[1] + km_north / 111.2),
            event_type=rng.choice(["advance", "strike"]),
            actor=rng.choice(["UA", "RU"]),
            precision=rng.randint(1, 3),
        )
        reports.append(dataclasses.replace(made, event_id=f"{rng.randrange(10**6):06d}-{k}"))
    return reports


@pytest.mark.parametrize("seed", range(8))
def test_the_grid_join_merges_as_the_greedy_rule_does(seed: int):
    reports = scattered_reports(40 + 40 * seed, seed)
    assert merge_reports(events_frame(reports))["event_ids"].tolist() == greedy_rule(reports)
