"""A throwaway PostgreSQL database on the machine's server (127.0.0.1:5432, trust auth)."""

from __future__ import annotations

import pytest

from tests.postgres import throwaway_database


@pytest.fixture
def pg_database():
    """The name of a new, empty database `purge_test_<random>`, dropped afterwards."""
    with throwaway_database("purge_test") as name:
        yield name
