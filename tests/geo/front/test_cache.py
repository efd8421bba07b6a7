"""The front's geometry cache: built once, read back after, rebuilt when it cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.front.cache import cache_folder, cached, fingerprint


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("FRONTMAP_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_value_is_built_once_and_read_back(folder: Path):
    builds = []
    first = cached("example", lambda: builds.append(1) or {"cells": [1, 2, 3]})
    again = cached("example", lambda: builds.append(1) or {"cells": []})
    assert first == again == {"cells": [1, 2, 3]}
    assert builds == [1]
    assert [p.name for p in folder.iterdir()] == [f"front-example-{fingerprint()}.pickle"]


def test_a_corrupt_cache_file_is_built_again(folder: Path):
    folder.mkdir()
    (folder / f"front-example-{fingerprint()}.pickle").write_bytes(b"not a pickle")
    assert cached("example", lambda: "rebuilt") == "rebuilt"
    assert cached("example", lambda: "not asked") == "rebuilt"


def test_an_unwritable_cache_folder_still_gives_the_value(tmp_path: Path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way", encoding="utf-8")
    monkeypatch.setenv("FRONTMAP_CACHE", str(blocked / "cache"))
    assert cache_folder() == blocked / "cache"
    assert cached("example", lambda: 42) == 42
