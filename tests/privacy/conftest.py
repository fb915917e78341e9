"""A throwaway PostgreSQL database on the machine's server (127.0.0.1:5432, trust auth), and
trackers with chosen timestamps."""

from __future__ import annotations

import uuid

import pytest

PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}


@pytest.fixture
def pg_database():
    """The name of a new, empty database `purge_test_<random>`, dropped afterwards."""
    psycopg2 = pytest.importorskip("psycopg2")
    name = f"purge_test_{uuid.uuid4().hex[:12]}"
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


def pg_store(name: str, domain=None):
    from assistant.privacy.stores import PrivateSQLTrackerStore

    return PrivateSQLTrackerStore(
        domain, dialect="postgresql", host=PG["host"], port=PG["port"], db=name,
        username=PG["user"],
    )  # fmt: skip


def tracker_at(sender_id: str, timestamp: float, turns: int = 2):
    """A conversation whose events all happened at `timestamp` (seconds since the epoch)."""
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    events = []
    for turn in range(turns):
        events += [
            ActionExecuted("action_listen", timestamp=timestamp),
            UserUttered(f"message {turn}", {"name": "greet"}, timestamp=timestamp),
            BotUttered(f"reply {turn}", timestamp=timestamp),
        ]
    return DialogueStateTracker.from_events(sender_id, events)


def event_counts(engine) -> dict[str, int]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT sender_id, COUNT(*) FROM events GROUP BY sender_id"
        ).fetchall()
    return {sender: count for sender, count in rows}
