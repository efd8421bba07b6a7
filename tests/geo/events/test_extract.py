"""Events dated against the article's published day, and the event table maps and the store read.

The event phrases, actors, places and hedges have their own files (test_events_types.py,
test_events_actors.py, test_events_places.py, test_events_hedges.py).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from shapely.geometry import Point

from gazetteer import load_gazetteer
from geo import Article, Event, events_frame, extract_events, read_text

# The columns of the event schema (docs: the event table).
SCHEMA = [
    "event_id",
    "event_type",
    "actor",
    "place",
    "place_id",
    "place_kind",
    "geo_precision",
    "date",
    "date_precision",
    "sentence",
    "article_id",
    "title",
    "source",
    "url",
    "published",
    "source_count",
    "geometry",
]
KINDS = {"city", "town", "village", "river", "bridge", "dam", "region", "country", "other"}


def events(text: str, published: date | None, **meta: str) -> list[Event]:
    return extract_events(read_text(text, published=published, **meta), load_gazetteer())


MONDAY = date(2022, 9, 12)  # "last Tuesday" and "the weekend" mean the same to every reader on a Monday
THURSDAY = date(2022, 9, 15)


@pytest.mark.parametrize(
    ("sentence", "published", "day", "precision"),
    [
        ("Russian forces shelled Kharkiv last Tuesday.", MONDAY, "2022-09-06", "day"),
        ("Ukrainian forces retook Balakliia on 8 September.", MONDAY, "2022-09-08", "day"),
        ("Ukrainian forces retook Balakliia on September 8.", MONDAY, "2022-09-08", "day"),
        ("Ukrainian forces entered Izium on Saturday.", MONDAY, "2022-09-10", "day"),
        ("Ukrainian forces entered Kupiansk at the weekend.", MONDAY, "2022-09-10", "week"),
        ("Russian troops withdrew from Izium earlier this week.", THURSDAY, "2022-09-12", "week"),
        ("Ukrainian troops entered Kherson on 11 November.", date(2022, 11, 14), "2022-11-11", "day"),
        (
            "Ukrainian troops entered Kherson on 11 November.",
            date(2023, 1, 5),
            "2022-11-11",
            "day",
        ),  # last year's
        ("Ukrainian forces withdrew from Avdiivka on 17 February 2024.", None, "2024-02-17", "day"),
        ("Ukrainian forces withdrew from Avdiivka yesterday.", date(2024, 2, 18), "2024-02-17", "day"),
    ],
)
def test_the_event_date_is_resolved_against_the_published_day(
    sentence: str, published: date | None, day: str, precision: str
) -> None:
    (event,) = events(sentence, published)

    assert (event.date, event.date_precision) == (day, precision)


@pytest.mark.parametrize(
    ("sentence", "published", "month"),
    [
        ("Russian forces captured Popasna in July.", MONDAY, "2022-07"),
        ("Russian forces captured Popasna in July.", date(2023, 1, 10), "2022-07"),  # the most recent July
        ("Wagner fighters captured Soledar in May.", date(2023, 5, 25), "2023-05"),
    ],
)
def test_a_month_alone_dates_the_event_to_that_month(sentence: str, published: date, month: str) -> None:
    # (a month of one of the war's turning points is its day: see test_calendar.py)
    (event,) = events(sentence, published)

    assert event.date_precision == "month"
    assert event.date.startswith(month)


def test_without_a_published_day_a_relative_date_is_unknown() -> None:
    (event,) = events("Russian forces shelled Kharkiv last Tuesday.", None)

    assert (event.date, event.date_precision) == (None, None)


def test_an_undated_sentence_is_recent_news() -> None:
    (event,) = events("Ukrainian forces recaptured Izium.", MONDAY)

    assert event.date_precision == "week"
    assert 0 <= (MONDAY - date.fromisoformat(event.date)).days <= 7


def test_a_date_in_a_relative_clause_does_not_date_the_main_event() -> None:
    found = events("Russian forces withdrew from Izium, which they had captured in April.", MONDAY)

    retreat = next(e for e in found if e.event_type == "retreat")
    assert retreat.date_precision != "month"


# The event table


ARTICLE = (
    "Ukrainian forces recaptured Izium on Saturday. Russian troops withdrew from Kupiansk. "
    "Russian missiles struck Kharkiv on Sunday evening. Ukrainian forces struck the Antonivskyi bridge."
)


def test_events_frame_has_the_schema_columns_in_epsg_4326() -> None:
    found = events(
        ARTICLE, MONDAY, title="Izium retaken", source="frontmap example", url="https://example.org/a"
    )
    table = events_frame(found)

    assert set(SCHEMA) <= set(table.columns)
    assert table.crs.to_epsg() == 4326
    assert len(table) == len(found) == 4
    assert list(table["event_type"]) == ["advance", "retreat", "strike", "bridge_strike"]
    assert set(table["actor"]) <= {"UA", "RU", "unknown"}
    assert set(table["place_kind"]) <= KINDS
    assert table["geo_precision"].dtype == "int64" and set(table["geo_precision"]) <= {1, 2, 3}
    assert table["source_count"].dtype == "int64" and set(table["source_count"]) == {1}
    assert all(re.fullmatch(r"[0-9a-f]{16}", i) for i in table["event_id"])
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in table["date"])
    assert set(table["published"]) == {"2022-09-12"}
    assert set(table["title"]) == {"Izium retaken"} and set(table["url"]) == {"https://example.org/a"}


def test_each_row_is_a_point_at_lon_lat() -> None:
    found = events(ARTICLE, MONDAY)
    table = events_frame(found)

    for event, point in zip(found, table.geometry, strict=True):
        assert isinstance(point, Point)
        assert (point.x, point.y) == (event.lon, event.lat)
        assert 44 < point.y < 53 and 22 < point.x < 41  # in or near Ukraine


def test_no_events_give_an_empty_frame_with_the_same_columns() -> None:
    table = events_frame([])

    assert len(table) == 0
    assert set(SCHEMA) <= set(table.columns)
    assert table.crs.to_epsg() == 4326


def test_extracting_twice_gives_the_same_event_ids() -> None:
    article = read_text(ARTICLE, published=MONDAY, title="Izium retaken")

    first = [e.event_id for e in extract_events(article)]
    again = [e.event_id for e in extract_events(read_text(ARTICLE, published=MONDAY, title="Izium retaken"))]
    assert first == again
    assert len(set(first)) == len(first)


@pytest.mark.parametrize(
    "change",
    [{"title": "Another title"}, {"published": date(2022, 9, 13)}, {"text": ARTICLE + " Kherson was quiet."}],
)
def test_a_different_article_gives_different_event_ids(change: dict) -> None:
    base = Article(text=ARTICLE, title="Izium retaken", published=MONDAY)
    other = Article(**{"text": ARTICLE, "title": "Izium retaken", "published": MONDAY, **change})

    assert {e.event_id for e in extract_events(base)}.isdisjoint(e.event_id for e in extract_events(other))


def test_the_sentence_is_kept_verbatim() -> None:
    text = 'Residents said: "Ukrainian forces recaptured Izium <b>today</b>."'
    (event,) = events(text, MONDAY)

    assert event.sentence == text


def test_in_the_past_few_days_is_the_week_before_publication() -> None:
    article = read_text(
        "Ukrainian forces have advanced on the flanks of Bakhmut in the past few days.",
        published=date(2023, 5, 20),
    )
    [event] = extract_events(article)

    assert (event.date, event.date_precision) == ("2023-05-17", "week")


def test_the_opening_day_dates_an_event_more_finely_than_a_month_after_it() -> None:
    article = read_text(
        "On Wednesday night, Russian drones attacked Kyiv for the 12th time this month.",
        published=date(2023, 5, 25),
    )
    [event] = extract_events(article)

    assert (event.date, event.date_precision) == ("2023-05-24", "day")
