"""Control from reports: captures and withdrawals move it, later evidence wins, the line runs between."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shapely
from conftest import CAPTURE_OF_IZIUM, LIBERATION_OF_IZIUM, reported, where

from geo.errors import FrontmapError
from geo.front import estimate_front, front_snapshots

IZIUM = where("Izium")


@pytest.mark.parametrize(
    ("as_of", "side"),
    [
        ("2022-03-20", "UA"),  # before the capture (and more than a month before it: the baseline)
        ("2022-04-05", "RU"),  # captured on 1 April
        ("2022-09-01", "RU"),
        ("2022-09-20", "UA"),  # liberated on 10 September
    ],
)
def test_izium_changes_hands_with_the_reports(izium_events, as_of: str, side: str):
    assert estimate_front(izium_events, date.fromisoformat(as_of)).holder(*IZIUM) == side


@pytest.mark.parametrize(
    ("as_of", "side"),
    [
        ("2022-07-01", "UA"),  # nothing says Russia held it then: the baseline
        ("2022-09-01", "RU"),  # a liberation on 10 September says Russia held it just before
        ("2022-09-20", "UA"),
    ],
)
def test_a_liberation_alone_says_who_held_the_place_the_month_before(as_of: str, side: str):
    events = reported(LIBERATION_OF_IZIUM)
    assert estimate_front(events, date.fromisoformat(as_of)).holder(*IZIUM) == side


def test_the_earlier_holder_is_less_sure_than_a_report_of_it(izium_events):
    implied = estimate_front(reported(LIBERATION_OF_IZIUM), date(2022, 9, 1))
    reported_capture = estimate_front(reported(CAPTURE_OF_IZIUM), date(2022, 4, 2))
    assert _confidence_at(implied, IZIUM) < _confidence_at(reported_capture, IZIUM)


def test_a_retreat_flips_a_place():
    kupiansk = where("Kupiansk")
    events = reported(
        ("Russian forces took control of Kupiansk on Monday.", "2022-07-05"),
        ("Russian troops withdrew from Kupiansk on Friday.", "2022-09-10"),
    )
    assert estimate_front(events, date(2022, 8, 1)).holder(*kupiansk) == "RU"
    assert estimate_front(events, date(2022, 9, 15)).holder(*kupiansk) == "UA"


@pytest.mark.parametrize("order", [1, -1], ids=["in order", "reversed"])
def test_later_evidence_wins_whatever_the_order_of_the_reports(order: int):
    soledar = where("Soledar")
    reports = [
        ("Russian forces seized Soledar on Wednesday, the Defence Ministry in Moscow said.", "2023-01-13"),
        ("Ukrainian forces recaptured Soledar on Friday.", "2023-01-21"),
    ][::order]
    events = reported(*reports)
    assert estimate_front(events, date(2023, 1, 15)).holder(*soledar) == "RU"
    assert estimate_front(events, date(2023, 1, 25)).holder(*soledar) == "UA"


def test_contradictory_reports_of_one_day_keep_the_better_sourced_side_less_surely():
    soledar = where("Soledar")
    seized = (
        "Russian forces seized Soledar on Wednesday, the Defence Ministry in Moscow said.",
        "2023-01-13",
    )
    denied = ("Ukrainian forces recaptured Soledar on Wednesday, a Ukrainian commander said.", "2023-01-13")
    unanimous = estimate_front(reported(seized, seized), date(2023, 1, 14))
    disputed = estimate_front(reported(seized, seized, denied), date(2023, 1, 14))
    assert disputed.holder(*soledar) == unanimous.holder(*soledar) == "RU"
    assert _confidence_at(disputed, soledar) < _confidence_at(unanimous, soledar)


@pytest.mark.parametrize(
    "report",
    [
        ("Russian forces advanced in the Donetsk region on Tuesday.", "2023-01-13"),  # a region: precision 3
        ("Russian forces shelled Kramatorsk on Tuesday.", "2023-01-13"),  # a strike holds nothing
    ],
)
def test_reports_that_place_no_holder_move_nothing(report):
    front = estimate_front(reported(report), date(2023, 1, 20))
    assert front.note.startswith("no dated events: baseline only")
    assert front.holder(*where("Kramatorsk")) == "UA"


def test_an_undated_report_moves_nothing():
    events = reported(CAPTURE_OF_IZIUM).assign(date=None, date_precision=None)
    assert estimate_front(events, date(2022, 6, 1)).holder(*IZIUM) == "UA"


@pytest.fixture(scope="module")
def bakhmut_front():
    events = reported(
        ("Russian forces captured Bakhmut on Saturday, the Wagner group said.", "2023-05-21"),
        (
            "Ukrainian troops repelled Russian attacks near Chasiv Yar on Sunday, the General Staff said.",
            "2023-05-22",
        ),
    )
    return events, estimate_front(events, date(2023, 5, 25))


def test_the_line_lies_between_the_two_sides_evidence(bakhmut_front):
    _, front = bakhmut_front
    bakhmut, chasiv_yar = where("Bakhmut"), where("Chasiv Yar")
    assert front.holder(*bakhmut) == "RU"
    assert front.holder(*chasiv_yar) == "UA"
    between = shapely.LineString([bakhmut, chasiv_yar])
    crossings = shapely.intersection(shapely.union_all(front.lines.geometry.to_numpy()), between)
    assert not crossings.is_empty
    for point in shapely.get_parts(crossings):
        assert (
            point.distance(shapely.Point(bakhmut)) > 0.01 and point.distance(shapely.Point(chasiv_yar)) > 0.01
        )


def test_the_line_is_observed_where_both_sides_reported_lately_and_inferred_after(bakhmut_front):
    events, front = bakhmut_front
    between = shapely.LineString([where("Bakhmut"), where("Chasiv Yar")])
    crossing = front.lines[front.lines.geometry.intersects(between)]
    assert crossing["certainty"].tolist() == ["observed"]
    later = estimate_front(events, date(2023, 9, 1))
    assert later.lines[later.lines.geometry.intersects(between)]["certainty"].tolist() == ["inferred"]
    assert _confidence_at(later, where("Bakhmut")) < _confidence_at(front, where("Bakhmut"))


def test_every_front_says_how_many_reports_it_rests_on(bakhmut_front):
    _, front = bakhmut_front
    assert (front.n_reports, front.note) == (2, "estimated from 2 reports")
    reported_areas = front.areas[front.areas["certainty"] == "observed"]
    assert reported_areas["event_ids"].str.len().gt(0).all()
    assert reported_areas["last_evidence_date"].isin(["2023-05-20", "2023-05-21"]).all()


def test_without_a_day_the_estimate_is_for_the_latest_report(izium_events):
    assert estimate_front(izium_events).as_of == date(2022, 9, 10)


@pytest.mark.parametrize(
    ("as_of", "message"),
    [
        (date(2021, 6, 1), "before the full-scale invasion"),
        (date(2022, 2, 23), "before the full-scale invasion"),
        (None, "in the future"),  # two days on, taken when the test runs: a run may cross midnight
    ],
)
def test_a_day_outside_the_war_is_refused(izium_events, as_of: date | None, message: str):
    with pytest.raises(FrontmapError, match=message):
        estimate_front(izium_events, as_of or date.today() + timedelta(days=2))


def test_snapshots_come_on_the_days_control_changes(izium_events):
    days = [front.as_of for front in front_snapshots(izium_events)]
    assert days == [date(2022, 4, 1), date(2022, 9, 10)]


def test_snapshots_for_given_days_come_in_order_once_each(izium_events):
    asked = [date(2022, 9, 20), date(2022, 5, 1), date(2022, 9, 20)]
    fronts = front_snapshots(izium_events, asked)
    assert [(f.as_of, f.holder(*IZIUM)) for f in fronts] == [
        (date(2022, 5, 1), "RU"),
        (date(2022, 9, 20), "UA"),
    ]


def test_no_dated_reports_give_one_baseline_snapshot():
    [front] = front_snapshots(None)
    assert front.as_of == date(2022, 2, 24)
    assert front.holder(*where("Simferopol")) == "RU"


def _confidence_at(front, lonlat: tuple[float, float]) -> float:
    hits = front.areas[front.areas.geometry.covers(shapely.Point(lonlat))]
    return float(hits["confidence"].iloc[0])


def test_fighting_alone_does_not_undo_the_baseline_but_makes_it_less_sure():
    """'Attacks near Donetsk repelled' names no change of hands: Donetsk stays Russian-held."""
    donetsk = where("Donetsk")
    disputed = estimate_front(
        reported(("Ukrainian troops repelled Russian attacks near Donetsk on Tuesday.", "2024-05-08")),
        date(2024, 5, 10),
    )
    assert disputed.holder(*donetsk) == "RU"
    assert _confidence_at(disputed, donetsk) < _confidence_at(
        estimate_front(None, date(2024, 5, 10)), donetsk
    )


def test_fighting_where_a_place_changed_hands_is_later_evidence():
    bakhmut = where("Bakhmut")
    capture = ("Russian forces captured Bakhmut on Saturday, the Wagner group said.", "2023-05-21")
    held = (
        "Russian forces repelled Ukrainian attacks near Bakhmut on Sunday, the Defence Ministry said.",
        "2023-08-21",
    )
    lost = (
        "Ukrainian troops repelled Russian attacks near Bakhmut on Sunday, the General Staff said.",
        "2023-08-21",
    )
    capture_only = estimate_front(reported(capture), date(2023, 9, 1))
    confirmed = estimate_front(reported(capture, held), date(2023, 9, 1))
    assert confirmed.holder(*bakhmut) == "RU"
    assert _confidence_at(confirmed, bakhmut) > _confidence_at(capture_only, bakhmut)  # fresher
    assert estimate_front(reported(capture, lost), date(2023, 9, 1)).holder(*bakhmut) == "UA"


def test_past_two_months_of_daily_changes_snapshots_come_weekly():
    """Izium changing hands every day for 90 days: one snapshot a week (its last change), not 90."""
    from geo.events.record import Event
    from geo.events.table import events_frame

    lon, lat = IZIUM
    first = date(2023, 3, 1)
    events = events_frame(
        Event(
            event_id=f"{k:016x}",
            event_type="advance",
            actor="UA" if k % 2 else "RU",
            place="Izium",
            place_id="707292",
            place_kind="town",
            lon=lon,
            lat=lat,
            geo_precision=1,
            date=(first + timedelta(days=k)).isoformat(),
            date_precision="day",
            sentence="Izium changed hands.",
            article_id=f"a{k}",
            title="Report",
            source="Wire",
            published=(first + timedelta(days=k)).isoformat(),
            url="",
            mention="Izium",
            actor_basis="agent",
        )
        for k in range(90)
    )
    days = [front.as_of for front in front_snapshots(events)]
    weeks = [day.isocalendar()[:2] for day in days]
    assert len(days) == len(set(weeks)) < 20
    assert days[-1] == first + timedelta(days=89)
