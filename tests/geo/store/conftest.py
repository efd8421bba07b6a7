"""Fixtures of the store's tests, whichever engine holds the store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

STORE_ARTICLES = Path(__file__).parents[2] / "fixtures" / "store"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder of our own articles (Markdown, a feed) to ingest, copied so a test may change them."""
    folder = tmp_path / "articles"
    shutil.copytree(STORE_ARTICLES, folder)
    return folder
