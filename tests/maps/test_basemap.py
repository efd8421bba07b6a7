"""The shapes under the events, from the gazetteer's shipped data."""

from __future__ import annotations

import json

import pytest

from maps.basemap import base_shapes


@pytest.mark.parametrize(
    ("layer", "name"),
    [("countries", "Ukraine"), ("countries", "Poland"), ("oblasts", "Kharkiv"), ("features", "Antonivskyi")],
)
def test_the_base_names_the_places_a_reader_expects(layer, name):
    names = [feature["properties"]["name"] for feature in base_shapes()[layer]["features"]]
    assert any(name in each for each in names), names[:10]


def test_the_base_leaves_out_regions_and_far_countries():
    kinds = {feature["properties"]["kind"] for feature in base_shapes()["features"]["features"]}
    assert kinds <= {"river", "bridge", "dam"}
    countries = {feature["properties"]["country"] for feature in base_shapes()["countries"]["features"]}
    assert "UA" in countries and "US" not in countries and "AU" not in countries


def test_the_base_is_small_enough_to_inline():
    assert len(json.dumps(base_shapes())) < 400_000


def test_the_simplified_shapes_are_kept_between_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTMAP_CACHE", str(tmp_path))
    base_shapes.cache_clear()
    built = base_shapes()
    assert len(list(tmp_path.glob("base-shapes-*.pickle"))) == 1
    base_shapes.cache_clear()  # as a new process: read back from the cache folder
    assert base_shapes() == built
    base_shapes.cache_clear()
