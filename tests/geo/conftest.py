"""Fixtures shared across the test tree: a real PostGIS server, started only when a test asks for it."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def postgis_server():
    """One throwaway PostgreSQL + PostGIS server for the session (see tests/geo/postgis_server.py)."""
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install -e '.[test]'")
    from postgis_server import PostgisServer, unavailable

    reason = unavailable()
    if reason:
        pytest.skip(reason)
    server = PostgisServer()
    yield server
    server.stop()


@pytest.fixture
def postgis_url(postgis_server) -> str:
    """The URL of a new, empty database with PostGIS, for one test."""
    return postgis_server.new_database()
