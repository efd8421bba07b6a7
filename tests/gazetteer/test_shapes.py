"""The shipped shapes answer the questions the map and the resolver ask of them."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import Point

from gazetteer.shapes import admin1, countries, features

METRIC = "EPSG:3035"  # equal-area Europe: distances in metres


def distance_km(geometry, lon: float, lat: float) -> float:
    """Distance in km from a shape to a (lon, lat) point."""
    shapes = gpd.GeoSeries([geometry, Point(lon, lat)], crs="EPSG:4326").to_crs(METRIC)
    return shapes.iloc[0].distance(shapes.iloc[1]) / 1000


def shape_of(frame: gpd.GeoDataFrame, feature_id: str):
    rows = frame[frame["id"] == feature_id]
    assert len(rows) == 1, f"{feature_id} should be in the data once"
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("river", "town", "lon", "lat", "km"),
    [
        ("river:oskil", "Kupiansk", 37.616, 49.710, 10),
        ("river:oskil", "Borova", 37.619, 49.380, 10),
        ("river:dnipro", "Kherson", 32.615, 46.637, 10),
        ("river:dnipro", "Zaporizhzhia", 35.139, 47.823, 10),
        ("river:dnipro", "Kyiv", 30.524, 50.455, 10),
        ("river:siverskyi-donets", "Izium", 37.277, 49.207, 10),
        ("river:siverskyi-donets", "Lysychansk", 38.421, 48.912, 10),
        ("river:siverskyi-donets", "Chuhuiv", 36.687, 49.835, 10),
        ("river:inhulets", "Snihurivka", 32.820, 47.077, 10),
        ("river:zherebets", "Torske", 37.961, 49.017, 10),
        ("river:vovcha", "Kurakhove", 37.281, 47.985, 10),
        ("river:vovcha-kharkiv", "Vovchansk", 36.941, 50.291, 10),
        ("river:kalmius", "Mariupol", 37.541, 47.095, 10),
        ("river:mokri-yaly", "Velyka Novosilka", 36.837, 47.843, 10),
        ("river:vorskla", "Poltava", 34.554, 49.589, 10),
        ("river:desna", "Chernihiv", 31.287, 51.505, 10),
        ("river:southern-buh", "Mykolaiv", 31.994, 46.975, 10),
    ],
)
def test_a_river_runs_past_its_towns(river, town, lon, lat, km):
    line = shape_of(features("river"), river).geometry
    assert distance_km(line, lon, lat) < km, f"{river} should pass {town}"


@pytest.mark.parametrize(
    ("feature_id", "lon", "lat", "km"),
    [
        ("bridge:antonivskyi", 32.72, 46.67, 5),
        ("bridge:crimean", 36.51, 45.30, 5),
        ("bridge:chonhar", 34.56, 45.97, 10),
        ("bridge:darivka", 32.79, 46.75, 5),
        ("dam:kakhovka", 33.37, 46.78, 5),
        ("dam:dnipro-hpp", 35.09, 47.87, 5),
    ],
)
def test_a_crossing_stands_where_reporting_puts_it(feature_id, lon, lat, km):
    feature = shape_of(features(), feature_id)
    assert feature.geometry.geom_type == "Point"
    assert distance_km(feature.geometry, lon, lat) < km


@pytest.mark.parametrize(
    ("region", "inside", "outside"),
    [
        ("region:donbas", [(37.80, 48.02), (39.31, 48.57)], [(36.25, 49.98)]),  # Donetsk, Luhansk; Kharkiv
        ("region:crimea", [(34.11, 44.96), (33.52, 44.61)], [(32.61, 46.64)]),  # Simferopol, Sevastopol
        ("region:sloboda", [(36.25, 49.98), (34.80, 50.91)], [(35.04, 48.47)]),  # Kharkiv, Sumy; not Dnipro
        # Oleshky and Nova Kakhovka are on the left bank; Kherson city and Beryslav are not.
        ("region:left-bank", [(32.71, 46.62), (33.35, 46.755)], [(32.615, 46.637), (33.43, 46.84)]),
    ],
)
def test_a_region_holds_its_places(region, inside, outside):
    polygon = shape_of(features("region"), region).geometry
    assert all(polygon.contains(Point(p)) for p in inside)
    assert not any(polygon.contains(Point(p)) for p in outside)


@pytest.mark.parametrize(
    ("admin_id", "name", "lon", "lat"),
    [
        ("admin1:UA-63", "Kharkiv Oblast", 36.255, 49.982),  # Kharkiv
        ("admin1:UA-65", "Kherson Oblast", 33.427, 46.839),  # Beryslav
        ("admin1:UA-43", "Crimea", 34.111, 44.957),  # Simferopol
        ("admin1:UA-30", "Kyiv City", 30.524, 50.455),  # Kyiv
        ("admin1:UA-09", "Luhansk Oblast", 38.421, 48.912),  # Lysychansk
        ("admin1:RU-BEL", "Belgorod Oblast", 36.581, 50.603),  # Belgorod
        ("admin1:RU-KRS", "Kursk Oblast", 35.161, 51.526),  # Sudzha
    ],
)
def test_an_oblast_contains_its_towns(admin_id, name, lon, lat):
    oblast = shape_of(admin1(), admin_id)
    assert oblast["name"] == name
    assert oblast.geometry.contains(Point(lon, lat))
    assert oblast.geometry.contains(Point(oblast["lon"], oblast["lat"]))


def test_every_ukrainian_oblast_and_city_is_there():
    ukraine = admin1()[admin1()["country"] == "UA"]
    assert len(ukraine) == 27  # 24 oblasts, Crimea, Kyiv and Sevastopol


@pytest.mark.parametrize(
    ("admin_id", "alternate"),
    [
        ("admin1:UA-63", "Kharkiv region"),
        ("admin1:UA-63", "Kharkov Oblast"),
        ("admin1:UA-63", "Kharkivska oblast"),
        ("admin1:UA-63", "Харківська область"),
        ("admin1:UA-63", "Харьковская область"),
        ("admin1:UA-23", "Zaporozhye region"),
        ("admin1:UA-12", "Dnipropetrovsk region"),
        ("admin1:RU-BEL", "Belgorod region"),
        ("admin1:RU-KDA", "Krasnodar Territory"),
    ],
)
def test_an_oblast_answers_to_the_names_readers_meet(admin_id, alternate):
    assert alternate in shape_of(admin1(), admin_id)["names"]


@pytest.mark.parametrize(
    ("country_id", "alternate", "lon", "lat"),
    [
        ("country:UA", "Україна", 34.11, 44.96),  # Simferopol: Crimea is drawn as Ukraine
        ("country:RU", "Russian Federation", 37.62, 55.75),  # Moscow
        ("country:US", "U.S.", -77.04, 38.90),  # Washington
        ("country:BY", "Belorussia", 27.56, 53.90),  # Minsk
    ],
)
def test_a_country_has_its_names_and_its_land(country_id, alternate, lon, lat):
    country = shape_of(countries(), country_id)
    assert alternate in country["names"]
    assert country.geometry.contains(Point(lon, lat))


@pytest.mark.parametrize("load", [admin1, countries, features])
def test_every_shape_has_the_columns_and_names(load):
    frame = load()
    assert list(frame.columns) == ["id", "name", "kind", "country", "lat", "lon", "names", "geometry"]
    assert frame.crs.to_epsg() == 4326
    assert frame["id"].is_unique
    assert all(isinstance(names, list) for names in frame["names"])
    assert frame.geometry.is_valid.all()


def test_every_feature_has_alternate_names():
    assert all(len(names) >= 1 for names in features()["names"])


@pytest.mark.parametrize("kind", ["river", "bridge", "dam", "region"])
def test_features_of_one_kind(kind):
    frame = features(kind)
    assert len(frame) >= 4
    assert set(frame["kind"]) == {kind}


def test_an_unknown_kind_says_which_exist():
    with pytest.raises(ValueError, match="river, bridge, dam, region"):
        features("lake")
