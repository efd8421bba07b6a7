"""The cache folder: a value is built once, loaded after, and only the current version is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.cache import cache_folder, cached


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FRONTMAP_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_value_is_built_once_then_loaded(folder: Path) -> None:
    calls = []

    def build() -> dict:
        calls.append(1)
        return {"Izium": (37.26, 49.21)}

    assert cached("index", "aaaa", build) == {"Izium": (37.26, 49.21)}
    assert cached("index", "aaaa", build) == {"Izium": (37.26, 49.21)}
    assert len(calls) == 1
    assert cache_folder() == folder


def test_a_new_fingerprint_replaces_the_old_file_of_its_kind_only(folder: Path) -> None:
    cached("index", "aaaa", lambda: 1)
    cached("front-cells", "aaaa", lambda: 2)
    assert cached("index", "bbbb", lambda: 3) == 3
    assert sorted(p.name for p in folder.iterdir()) == ["front-cells-aaaa.pickle", "index-bbbb.pickle"]


def test_a_corrupt_file_is_built_again(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "index-aaaa.pickle").write_bytes(b"not a pickle")
    assert cached("index", "aaaa", lambda: "rebuilt") == "rebuilt"
    assert cached("index", "aaaa", lambda: "again") == "rebuilt"
