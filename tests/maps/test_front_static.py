"""The estimated front on the static picture: the latest snapshot under the events, PNG and SVG."""

from __future__ import annotations

import re

import pytest
from map_front import kharkiv_front

from maps import MapError, render_static


@pytest.fixture
def front(real_events):
    return kharkiv_front(real_events)


def svg_ids(path) -> set[str]:
    return set(re.findall(r'id="(frontmap-front-[\w-]+)"', path.read_text()))


@pytest.mark.parametrize(("name", "signature"), [("map.png", b"\x89PNG\r\n\x1a\n"), ("map.svg", b"<?xml")])
def test_writes_png_and_svg_with_the_front(real_events, places, front, tmp_path, name, signature):
    out = render_static(real_events, tmp_path / name, places=places, front=front, title="Kharkiv, 2022")
    without = render_static(real_events, tmp_path / f"plain-{name}", places=places, title="Kharkiv, 2022")
    assert out.read_bytes().startswith(signature)
    assert out.read_bytes() != without.read_bytes()


def test_the_svg_shows_areas_solid_and_dashed_line_and_the_caption(real_events, front, tmp_path):
    out = render_static(real_events, tmp_path / "map.svg", front=front)
    assert svg_ids(out) == {
        "frontmap-front-area-UA",
        "frontmap-front-area-RU",
        "frontmap-front-line-observed",
        "frontmap-front-line-inferred",
        "frontmap-front-note",
    }
    text = out.read_text()
    inferred = text[text.index('id="frontmap-front-line-inferred"') :][:2000]
    observed = text[text.index('id="frontmap-front-line-observed"') :][:2000]
    assert "stroke-dasharray" in inferred.split("</g>")[0]
    assert "stroke-dasharray" not in observed.split("</g>")[0]


def test_only_the_latest_snapshot_is_drawn(real_events, front, tmp_path):
    latest = front[front["as_of"] == front["as_of"].max()]
    alone = render_static(real_events, tmp_path / "latest.png", front=latest)
    both = render_static(real_events, tmp_path / "both.png", front=front)
    assert alone.read_bytes() == both.read_bytes()


def test_without_events_the_picture_frames_the_front_line(real_events, front):
    from maps.front_image import front_lines
    from maps.static_image import UKRAINE_BOUNDS, _bounds

    no_events = real_events.iloc[0:0]
    west, south, east, north = _bounds(no_events, None, front_lines(front))
    assert _bounds(no_events, None, None) == UKRAINE_BOUNDS
    assert west < 37.6 < east and south < 49.7 < north  # the Oskil at Kupiansk
    assert east - west < 5 and north - south < 5  # Kharkiv Oblast's front, not all Ukraine


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: f.drop(columns=["controller"]), "lacks column"),
        (lambda f: f.assign(kind="salient"), "unknown kind"),
    ],
)
def test_a_table_that_is_not_a_front_is_refused(real_events, front, tmp_path, change, message):
    with pytest.raises(MapError, match=message):
        render_static(real_events, tmp_path / "map.png", front=change(front))
    assert not (tmp_path / "map.png").exists()


@pytest.mark.parametrize(("certainty", "shown"), [("observed", "observed"), ("inferred", "inferred")])
def test_the_legend_keys_only_the_lines_drawn(front, certainty, shown):
    import matplotlib.pyplot as plt

    from maps.front_image import draw_front

    latest = front[
        (front["as_of"] == "2022-09-20") & ((front["kind"] == "area") | (front["certainty"] == certainty))
    ]
    figure, axes = plt.subplots()
    try:
        key = draw_front(axes, latest)
    finally:
        plt.close(figure)
    labels = [handle.get_label() for handle in key.handles]
    assert labels == ["Held by Ukraine (estimated)", "Held by Russia (estimated)", f"Front line, {shown}"]
