"""What several gazetteer tests share: the settlements build script, and where a text puts a name."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from gazetteer import find_places, haversine_km, load_gazetteer

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_settlements.py"


@pytest.fixture(scope="module")
def build():
    """scripts/build_settlements.py, loaded as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("build_settlements", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _placed(text: str, name: str) -> tuple[float, float] | None:
    """Where ``name`` (as written) is put in ``text``: (lat, lon), or None when it is not resolved."""
    for m in find_places(text, load_gazetteer()):
        if m.text == name and m.place is not None:
            return m.place.lat, m.place.lon
    return None


@pytest.fixture
def placed() -> Callable[[str, str], tuple[float, float] | None]:
    """Where a text puts a name: ``placed(text, name)`` gives (lat, lon), or None when unresolved."""
    return _placed


def _km_from(point: tuple[float, float] | None, lat: float, lon: float) -> float:
    """How far a (lat, lon) point lies from (lat, lon); infinite when the name was not placed."""
    return float("inf") if point is None else haversine_km(point[1], point[0], lon, lat)


@pytest.fixture
def km_from() -> Callable[[tuple[float, float] | None, float, float], float]:
    """How far a place was put from where it is: ``km_from(placed(text, name), lat, lon)`` in km."""
    return _km_from


def _mention_of(text: str, name: str, gaz=None):
    """The mention of ``name`` (as written) in ``text``, resolved or not; None when nothing names it."""
    found = [m for m in find_places(text, gaz or load_gazetteer()) if m.text == name]
    return found[0] if found else None


@pytest.fixture
def mention_of() -> Callable:
    """``mention_of(text, name)``: the mention of that name in the text (place and reason), or None."""
    return _mention_of


def _resolved(text: str) -> dict[str, tuple[str, str]]:
    """Each name the text resolves, as written -> (its place's name, the place's oblast)."""
    return {m.text: (m.place.name, m.place.admin1) for m in find_places(text, load_gazetteer()) if m.place}


@pytest.fixture
def resolved() -> Callable[[str], dict[str, tuple[str, str]]]:
    """``resolved(text)``: each name the text resolves -> (place name, oblast); unresolved names left out."""
    return _resolved


def _resolved_on(text: str, published: date) -> dict[str, tuple[str, float, float]]:
    """Each name the text resolves, as written -> (its place's name, lat, lon to a tenth of a degree), read
    as of the day ``published``; unresolved names left out."""
    return {
        m.text: (m.place.name, round(m.place.lat, 1), round(m.place.lon, 1))
        for m in find_places(text, published=published)
        if m.place
    }


@pytest.fixture
def resolved_on() -> Callable[[str, date], dict[str, tuple[str, float, float]]]:
    """``resolved_on(text, published)``: each name resolved -> (place name, lat, lon) on that day."""
    return _resolved_on
