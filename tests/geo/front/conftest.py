"""Reports for the front tests, written here in the style of wire copy (facts from public reporting),
run through the real reader, event rules and gazetteer."""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import pytest

from gazetteer import key, load_gazetteer
from geo.events.extract import extract_events
from geo.events.table import events_frame
from geo.read.reading import read_text


def reported(*reports: tuple[str, str]) -> gpd.GeoDataFrame:
    """The event table of one article per (sentence, published day), each its own outlet."""
    events = []
    for number, (sentence, published) in enumerate(reports):
        article = read_text(
            sentence,
            title=f"Report {number}",
            source=f"Outlet {number}",
            published=date.fromisoformat(published),
        )
        events.extend(extract_events(article))
    return events_frame(events)


def where(name: str) -> tuple[float, float]:
    """(lon, lat) of the most populous Ukrainian or Russian settlement of that name in the gazetteer."""
    found = [
        p
        for p in load_gazetteer().candidates(key(name))
        if p.country in ("UA", "RU") and p.kind in ("city", "town", "village")
    ]
    place = max(found, key=lambda p: p.population)
    return place.lon, place.lat


CAPTURE_OF_IZIUM = (
    "Russian forces captured Izium on Friday, the Defence Ministry in Moscow said.",
    "2022-04-02",
)
LIBERATION_OF_IZIUM = ("Ukrainian forces liberated Izium on Saturday, officials said.", "2022-09-11")


@pytest.fixture(scope="session")
def izium_events() -> gpd.GeoDataFrame:
    return reported(CAPTURE_OF_IZIUM, LIBERATION_OF_IZIUM)
