"""Tracker stores that forget (issue 15): the in-memory store of `make run` forgets after the
retention period and stays bounded; every store deletes a conversation on request."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore, SQLTrackerStore
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.privacy.forget import (
    ERASE_RESPONSE,
    delete_conversation,
    erase_requested,
    forget_conversation,
)
from assistant.privacy.stores import PrivateInMemoryTrackerStore, PrivateRedisTrackerStore
from tests.privacy.helpers import event_counts, pg_store, tracker_at

HOUR = 3600


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def turn_that_erases(sender_id: str) -> DialogueStateTracker:
    tracker = tracker_at(sender_id, 1.0)
    for event in [
        ActionExecuted("utter_ask_delete_conversation"),
        ActionExecuted("action_listen"),
        UserUttered("yes", {"name": "affirm"}),
        ActionExecuted(ERASE_RESPONSE),
        BotUttered("Done."),
        ActionExecuted("action_listen"),
    ]:
        tracker.update(event)
    return tracker


def test_erase_is_requested_only_by_the_latest_turn():
    assert erase_requested(turn_that_erases("a").events)
    later = turn_that_erases("a")
    later.update(UserUttered("hi again", {"name": "greet"}))
    assert not erase_requested(later.events)
    assert not erase_requested(tracker_at("b", 1.0).events)


async def test_memory_store_forgets_after_the_retention_period():
    clock = Clock()
    store = PrivateInMemoryTrackerStore(None, retention_hours=24, sweep_seconds=60, clock=clock)
    await store.save(tracker_at("kiosk", 1.0))
    clock.now += 23 * HOUR
    assert await store.retrieve("kiosk") is not None
    clock.now += HOUR - 60  # idle 24 h less one sweep interval
    assert await store.retrieve("kiosk") is None
    assert "kiosk" not in store.store and not store.last_active


async def test_memory_store_sweep_forgets_without_anyone_asking():
    clock = Clock()
    store = PrivateInMemoryTrackerStore(None, retention_hours=1, sweep_seconds=60, clock=clock)
    await store.save(tracker_at("first", 1.0))
    clock.now += 30 * 60
    await store.save(tracker_at("second", 1.0))
    clock.now += 30 * 60
    assert store.sweep() == 1
    assert set(store.store) == {"second"}


async def test_memory_store_sweeps_on_a_timer():
    store = PrivateInMemoryTrackerStore(None, retention_hours=0, sweep_seconds=0.05)
    await store.save(tracker_at("idle", 1.0))
    await asyncio.sleep(0.2)
    assert store.store == {}
    store._sweeper.cancel()


async def test_memory_store_is_bounded():
    store = PrivateInMemoryTrackerStore(None, retention_hours=24, max_conversations=3)
    for n in range(10):
        await store.save(tracker_at(f"person-{n}", 1.0))
    assert list(store.store) == ["person-7", "person-8", "person-9"]
    assert len(store.last_active) == 3
    store._sweeper.cancel()


async def test_memory_store_deletes_the_turn_that_asked_and_everything_before():
    store = PrivateInMemoryTrackerStore(None, retention_hours=24)
    await store.save(tracker_at("asks", 1.0))
    await store.save(turn_that_erases("asks"))
    assert await store.retrieve("asks") is None
    assert "asks" not in store.store
    store._sweeper.cancel()


async def test_postgresql_store_deletes_the_conversation_on_request(pg_database):
    store = pg_store(pg_database)
    try:
        await store.save(tracker_at("asks", 1.0))
        await store.save(tracker_at("someone-else", 1.0))
        await store.save(turn_that_erases("asks"))
        assert event_counts(store.engine) == {"someone-else": 6}
    finally:
        store.engine.dispose()


async def test_delete_conversation_looks_through_rasa_wrappers(pg_database):
    """Rasa wraps the configured store in FailSafeTrackerStore; plain Rasa stores work too."""
    sql = SQLTrackerStore(
        None, dialect="postgresql", host="127.0.0.1", port=5432, db=pg_database,
        username="postgres",
    )  # fmt: skip
    memory = InMemoryTrackerStore(None)
    try:
        for store in (sql, memory):
            await store.save(tracker_at("gone", 1.0))
            await store.save(tracker_at("stays", 1.0))
            await delete_conversation(FailSafeTrackerStore(store), "gone")
            assert await store.retrieve("gone") is None
            assert await store.retrieve("stays") is not None
    finally:
        sql.engine.dispose()


async def test_redis_store_deletes_and_expires():
    redis = pytest.importorskip("redis")
    try:
        redis.Redis(port=6379, db=14).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    prefix = f"privacytest{uuid.uuid4().hex[:8]}"
    store = PrivateRedisTrackerStore(None, host="127.0.0.1", db=14, key_prefix=prefix)
    assert store.record_exp == 24 * HOUR
    await store.save(tracker_at("gone", 1.0))
    assert store.red.ttl(store.key_prefix + "gone") > 23 * HOUR
    await store.save(turn_that_erases("gone"))
    assert await store.retrieve("gone") is None
    await store.save(tracker_at("later", 1.0))
    await delete_conversation(store, "later")
    assert store.red.keys(store.key_prefix + "*") == []


class FakeLockStore:
    def __init__(self):
        self.locked = []

    def lock(self, sender_id, **_):
        import contextlib

        @contextlib.asynccontextmanager
        async def held():
            self.locked.append(sender_id)
            yield

        return held()


async def test_forget_conversation_holds_the_conversation_lock():
    class Agent:
        tracker_store = InMemoryTrackerStore(None)
        lock_store = FakeLockStore()

    await Agent.tracker_store.save(tracker_at("someone", 1.0))
    assert await forget_conversation(Agent, "someone")
    assert Agent.lock_store.locked == ["someone"]
    assert Agent.tracker_store.store == {}
    assert not await forget_conversation(object(), "someone")  # no agent loaded yet
