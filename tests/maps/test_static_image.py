"""The static picture for reports: PNG or SVG of the same events, drawn without a browser."""

from __future__ import annotations

import pytest

from maps import MapError, render_static


@pytest.mark.parametrize(("name", "signature"), [("map.png", b"\x89PNG\r\n\x1a\n"), ("map.svg", b"<?xml")])
def test_writes_the_format_its_name_asks_for(real_events, places, tmp_path, name, signature):
    out = render_static(real_events, tmp_path / name, places=places, title="Kharkiv, September 2022")
    assert out.read_bytes().startswith(signature)


def test_the_svg_names_the_legend_and_places(real_events, places, tmp_path):
    svg = render_static(real_events, tmp_path / "map.svg", places=places).read_text()
    assert svg.count("<path") > 100  # outlines, markers and text drawn as paths


@pytest.mark.parametrize(
    "title",
    ["Costs $5 and $x^2$", "<script>alert(1)</script>", "`${x}` \\1 \\frac{1}{2}", "$\\unknowncommand$"],
)
def test_hostile_titles_and_places_are_drawn_as_text(hostile_events, hostile_places, tmp_path, title):
    out = render_static(hostile_events, tmp_path / "map.png", places=hostile_places, title=title)
    assert out.stat().st_size > 10_000


def test_an_empty_table_draws_ukraine(real_events, tmp_path):
    assert render_static(real_events.iloc[0:0], tmp_path / "map.png").exists()


@pytest.mark.parametrize("name", ["map.jpg", "map", "map.html"])
def test_an_unknown_format_is_refused(real_events, tmp_path, name):
    with pytest.raises(MapError, match=".png or .svg"):
        render_static(real_events, tmp_path / name)


def test_events_of_one_place_are_drawn_side_by_side_not_on_top_of_each_other():
    import geopandas as gpd
    from shapely.geometry import Point

    from maps.static_image import _side_by_side

    izium, kupiansk = Point(37.277, 49.207), Point(37.615, 49.711)
    events = gpd.GeoDataFrame(geometry=[izium, izium, izium, kupiansk], crs="EPSG:4326")
    xs, ys = _side_by_side(events, (35.0, 48.0, 39.0, 51.0))

    assert len({round(x, 4) for x in xs[:3]}) == 3  # three symbols at Izium, not one
    assert xs[1] == pytest.approx(izium.x) and xs[3] == pytest.approx(
        kupiansk.x
    )  # centred; a lone event stays
    assert ys == [izium.y] * 3 + [kupiansk.y]
