"""Where a region is drawn: the shipped oblasts' points, as `scripts/build_gazetteer.py` computes them.

An analyst reads "the Orenburg region" as the region's middle, and so do the annotators a pin is checked
against; a point merely somewhere inside it (shapely's representative point) put Orenburg Oblast 150 km
west of its middle. Where the middle falls outside the shape (Kyiv Oblast around the city it does not
hold), the point stays inside."""

from __future__ import annotations

import geopandas as gpd
import shapely

from gazetteer.distance import haversine_km
from gazetteer.shapes import admin1


def _equal_area_centroid(shape: shapely.Geometry) -> shapely.Point:
    frame = gpd.GeoSeries([shape], crs="EPSG:4326")
    return frame.to_crs("EPSG:6933").centroid.to_crs("EPSG:4326").iloc[0]


def test_an_oblast_is_drawn_at_its_middle() -> None:
    regions = admin1().set_index("name")
    orenburg = regions.loc["Orenburg Oblast"]
    middle = _equal_area_centroid(orenburg.geometry)
    assert haversine_km(orenburg.lon, orenburg.lat, middle.x, middle.y) < 1.0


def test_an_oblast_around_a_city_it_does_not_hold_is_drawn_inside_itself() -> None:
    regions = admin1().set_index("name")
    kyiv_oblast = regions.loc["Kyiv Oblast"]
    point = shapely.Point(kyiv_oblast.lon, kyiv_oblast.lat)
    assert not kyiv_oblast.geometry.contains(_equal_area_centroid(kyiv_oblast.geometry))
    assert kyiv_oblast.geometry.contains(point)
    assert not regions.loc["Kyiv City"].geometry.contains(point)


def test_every_region_is_drawn_inside_its_outline() -> None:
    outside = [
        row.name
        for row in admin1().itertuples()
        if not row.geometry.buffer(0.01).contains(shapely.Point(row.lon, row.lat))
    ]
    assert outside == []
