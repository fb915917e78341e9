"""A throwaway database on the machine's PostgreSQL (127.0.0.1:5432, trust auth) for tests that
need the real server; the test is skipped when there is none."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import pytest

PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}


@contextlib.contextmanager
def throwaway_database(prefix: str) -> Iterator[str]:
    """The name of a new, empty database `<prefix>_<random>`, dropped afterwards."""
    psycopg2 = pytest.importorskip("psycopg2")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg2.connect(dbname="postgres", **PG)
    except psycopg2.OperationalError as error:
        pytest.skip(f"no PostgreSQL on 127.0.0.1:5432 ({type(error).__name__})")
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        # Connections left open by a failed test must not keep the database alive.
        admin.cursor().execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
        )
        admin.cursor().execute(f'DROP DATABASE "{name}"')
        admin.close()


@contextlib.contextmanager
def tracker_store_in_use(agent, store) -> Iterator:
    """The in-process agent saves to and reads from `store` inside the block, then its own
    store again; a SQL store's connections are closed afterwards."""
    before = agent.tracker_store, agent.processor.tracker_store
    agent.tracker_store = agent.processor.tracker_store = store
    try:
        yield store
    finally:
        agent.tracker_store, agent.processor.tracker_store = before
        if hasattr(store, "engine"):
            store.engine.dispose()
