"""The retention purge (assistant.privacy.purge) on the machine's real PostgreSQL and on
SQLite, rows counted."""

from __future__ import annotations

import threading
import time

import sqlalchemy as sa

from assistant.privacy import purge
from tests.privacy.helpers import event_counts, pg_store, tracker_at

HOUR = 3600


async def test_retention_zero_removes_the_conversation_from_postgresql(pg_database):
    store = pg_store(pg_database)
    try:
        await store.save(tracker_at("earlier", time.time() - 5))
        assert event_counts(store.engine) == {"earlier": 6}
        result = purge.purge(store.engine, hours=0, every=0)
        assert (result.conversations, result.events) == (1, 6)
        assert event_counts(store.engine) == {}
        assert await store.retrieve("earlier") is None
    finally:
        store.engine.dispose()


async def test_old_conversations_go_and_recent_ones_stay(pg_database):
    store = pg_store(pg_database)
    now = time.time()
    try:
        await store.save(tracker_at("two-days-old", now - 48 * HOUR))
        await store.save(tracker_at("an-hour-old", now - HOUR))
        await store.save(tracker_at("just-now", now))
        result = purge.purge(store.engine, hours=24, every=60, now=now)
        assert result.conversations == 1
        assert event_counts(store.engine) == {"an-hour-old": 6, "just-now": 6}
    finally:
        store.engine.dispose()


async def test_the_purge_interval_is_taken_off_so_nothing_outlives_the_promise(pg_database):
    store = pg_store(pg_database)
    now = time.time()
    try:
        # Idle 23.5 h: the next hourly run would come after 24 h, so this run deletes it.
        await store.save(tracker_at("idle-23.5h", now - 23.5 * HOUR))
        await store.save(tracker_at("idle-22h", now - 22 * HOUR))
        purge.purge(store.engine, hours=24, every=60, now=now)
        assert set(event_counts(store.engine)) == {"idle-22h"}
    finally:
        store.engine.dispose()


async def test_a_conversation_that_became_active_is_not_deleted(pg_database):
    store = pg_store(pg_database)
    now = time.time()
    try:
        await store.save(tracker_at("old-then-active", now - 48 * HOUR))
        # Found idle, then a new message arrives before its transaction: left whole.
        before = purge.cutoff(now, 24, 60)
        assert purge.idle_senders(store.engine, before, "", 10) == ["old-then-active"]
        await store.save(tracker_at("old-then-active", now, turns=3))
        assert purge.delete_if_idle(store.engine, "old-then-active", before, 2.0) == 0
        assert event_counts(store.engine) == {"old-then-active": 9}
    finally:
        store.engine.dispose()


async def test_a_busy_table_is_waited_for_briefly_then_left_whole(pg_database):
    """A Rasa insert in progress (its transaction open): the purge does not delete around it;
    after the lock timeout the conversation is skipped and nothing is half deleted."""
    store = pg_store(pg_database)
    now = time.time()
    try:
        await store.save(tracker_at("writing-now", now - 48 * HOUR))
        writer = store.engine.connect()
        transaction = writer.begin()
        writer.exec_driver_sql(
            "INSERT INTO events (sender_id, type_name, timestamp, data) "
            "VALUES ('writing-now', 'user', %(t)s, '{}')",
            {"t": now},
        )
        result = purge.purge(store.engine, hours=24, every=60, now=now, lock_timeout=0.3)
        transaction.commit()
        writer.close()
        assert (result.conversations, result.skipped) == (0, 1)
        assert event_counts(store.engine) == {"writing-now": 7}
    finally:
        store.engine.dispose()


async def test_the_purge_runs_while_messages_are_written(pg_database):
    """Rasa keeps inserting for an active conversation while the purge deletes 200 old ones."""
    store = pg_store(pg_database)
    now = time.time()
    try:
        with store.engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO events (sender_id, type_name, timestamp, data) "
                    "VALUES (:s, 'user', :t, '{}')"
                ),
                [{"s": f"old-{n:03}", "t": now - 48 * HOUR} for n in range(200) for _ in range(3)],
            )
        stop = threading.Event()
        written = []

        def keep_writing():
            while not stop.is_set():
                with store.engine.begin() as connection:
                    connection.exec_driver_sql(
                        "INSERT INTO events (sender_id, type_name, timestamp, data) "
                        "VALUES ('active', 'user', %(t)s, '{}')",
                        {"t": time.time()},
                    )
                written.append(1)

        writer = threading.Thread(target=keep_writing)
        writer.start()
        try:
            result = purge.purge(store.engine, hours=24, every=60, batch=50)
        finally:
            stop.set()
            writer.join()
        assert (result.conversations, result.events, result.skipped) == (200, 600, 0)
        assert event_counts(store.engine) == {"active": len(written)}
    finally:
        store.engine.dispose()


async def test_sqlite_tracker_store_is_purged_too(tmp_path):
    from assistant.privacy.stores import PrivateSQLTrackerStore

    store = PrivateSQLTrackerStore(None, dialect="sqlite", db=str(tmp_path / "rasa.db"))
    now = time.time()
    await store.save(tracker_at("old", now - 48 * HOUR))
    await store.save(tracker_at("new", now))
    result = purge.purge(store.engine, hours=24, every=60, now=now)
    assert (result.conversations, result.events) == (1, 6)
    assert event_counts(store.engine) == {"new": 6}


def test_make_purge_entry_point_reads_the_endpoints_file(tmp_path, monkeypatch, pg_database):
    """`python -m assistant.privacy.purge` with production-style settings from the environment."""
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "tracker_store:\n  type: SQL\n  dialect: postgresql\n  url: ${DB_HOST}\n"
        "  port: ${DB_PORT}\n  db: ${DB_NAME}\n  username: ${DB_USER}\n"
    )
    for name, value in {
        "DB_HOST": "127.0.0.1", "DB_PORT": "5432", "DB_NAME": pg_database, "DB_USER": "postgres",
        "RETENTION_HOURS": "0",
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    engine = sa.create_engine(f"postgresql://postgres@127.0.0.1:5432/{pg_database}")
    try:
        import asyncio

        store = pg_store(pg_database)
        asyncio.run(store.save(tracker_at("someone", time.time() - 1)))
        store.engine.dispose()
        assert purge.main(["--endpoints", str(endpoints), "--every-minutes", "0"]) == 0
        assert event_counts(engine) == {}
    finally:
        engine.dispose()


def test_memory_store_needs_no_purge(tmp_path):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "tracker_store:\n  type: assistant.privacy.stores.PrivateInMemoryTrackerStore\n"
    )
    assert purge.main(["--endpoints", str(endpoints)]) == 0


def test_retention_hours_from_the_environment():
    assert purge.purge_hours({"RETENTION_HOURS": "0"}) == 0
    assert purge.purge_hours({"RETENTION_HOURS": "6"}) == 6
    assert purge.purge_hours({}) == 24
    assert purge.purge_hours({"RETENTION_HOURS": "soon"}) == 24


def test_only_the_tracker_store_settings_are_needed(tmp_path, monkeypatch):
    """The CronJob has the database settings, not the action server's or Redis's."""
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "action_endpoint:\n  url: ${ACTION_SERVER_URL}\n"
        "tracker_store:\n  type: SQL\n  dialect: postgresql\n  url: ${DB_HOST}\n  db: x\n"
        "lock_store:\n  type: redis\n  url: ${REDIS_HOST}\n"
    )
    for name in ("ACTION_SERVER_URL", "REDIS_HOST", "DB_HOST"):
        monkeypatch.delenv(name, raising=False)
    assert purge.main(["--endpoints", str(endpoints)]) == 2  # DB_HOST missing: said, not run
    config = purge.tracker_store_config(endpoints, {"DB_HOST": "db.internal"})
    assert config.url == "db.internal" and config.kwargs["db"] == "x"
