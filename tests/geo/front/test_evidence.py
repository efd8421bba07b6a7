"""Which reports can say who holds a place, and for whom."""

from __future__ import annotations

import pytest
from conftest import reported

from geo.front.evidence import control_reports


@pytest.mark.parametrize(
    ("sentence", "published", "holder"),
    [
        ("Russian forces captured Izium on Friday.", "2022-04-02", "RU"),
        ("Ukrainian forces liberated Izium on Saturday.", "2022-09-11", "UA"),
        ("Russian troops withdrew from Kupiansk on Friday.", "2022-09-10", "UA"),
        ("Ukrainian troops repelled Russian attacks near Chasiv Yar on Sunday.", "2023-05-22", "UA"),
        ("Fighting continued near Bakhmut on Tuesday.", "2023-01-13", None),
    ],
)
def test_the_holder_a_report_gives(sentence: str, published: str, holder: str | None):
    [report] = control_reports(reported((sentence, published))).itertuples()
    assert report.holder == holder


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("Russian forces shelled Kramatorsk on Tuesday.", "2023-01-13"),
        ("Russian forces advanced in the Donetsk region on Tuesday.", "2023-01-13"),
        ("Russian-backed separatists captured Debaltseve in February 2015.", "2016-02-18"),
    ],
    ids=["a strike", "a region", "before the baseline"],
)
def test_reports_that_say_nothing_of_control(sentence: str, published: str):
    assert control_reports(reported((sentence, published))).empty


def test_a_merged_event_counts_its_sources_and_reports():
    events = reported(("Russian forces captured Izium on Friday.", "2022-04-02"))
    merged = events.assign(source_count=3, report_count=4, event_ids=[["a", "b", "c", "d"]])
    [report] = control_reports(merged).itertuples()
    assert (report.sources, report.reports, report.event_ids) == (3, 4, "a;b;c;d")


def test_a_table_that_is_not_the_event_table_is_refused():
    from geo.errors import FrontmapError

    events = reported(("Russian forces captured Izium on Friday.", "2022-04-02"))
    with pytest.raises(FrontmapError, match="lack column.*actor.*pass the event table"):
        control_reports(events.drop(columns=["actor"]))


def test_a_table_without_source_counts_counts_one_source_a_report():
    events = reported(("Russian forces captured Izium on Friday.", "2022-04-02"))
    [report] = control_reports(events.drop(columns=["source_count"])).itertuples()
    assert (report.holder, report.sources) == ("RU", 1)
