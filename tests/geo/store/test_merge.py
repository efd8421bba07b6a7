"""Merging reports of one event from several articles into one map point with all its sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geo import Event, events_frame
from geo.store.export import select_events
from geo.store.ingest import ingest_files
from geo.store.merge import merge_reports

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
