"""The readiness report: each part checked for real, no conversation data in it."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import redis
from aiohttp import web
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.utils.endpoints import EndpointConfig

from assistant.readiness import health_url, readiness
from assistant.stores.lock_store import AtomicRedisLockStore
from assistant.stores.tracker_store import FailLoudTrackerStore, PostgresTrackerStore
from tools.local_servers import free_port


def agent(tracker_store, lock_store, action_url: str | None):
    return SimpleNamespace(
        tracker_store=tracker_store,
        lock_store=lock_store,
        action_endpoint=EndpointConfig(action_url) if action_url else None,
        is_ready=lambda: True,
    )


async def health_server():
    app = web.Application()
    app.router.add_get("/health", lambda _: web.json_response({"status": "ok"}))
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}/webhook"


def test_health_url_of_the_action_endpoint():
    assert health_url("http://actions:5055/webhook") == "http://actions:5055/health"


async def test_every_part_ok(postgres_db, redis_client):
    runner, action_url = await health_server()
    try:
        tracker = FailLoudTrackerStore(PostgresTrackerStore(domain=Domain.empty()))
        lock = AtomicRedisLockStore(client=redis.Redis(db=14), key_prefix=redis_client[1])
        ready, report = await readiness(agent(tracker, lock, action_url))
    finally:
        await runner.cleanup()
    assert ready
    assert report == {
        "model": "ok",
        "tracker_store": "ok",
        "lock_store": "ok",
        "action_server": "ok",
    }


async def test_failures_are_reported_by_type():
    dead_redis = redis.Redis(port=free_port(), socket_connect_timeout=0.5)
    lock = AtomicRedisLockStore(client=dead_redis, key_prefix="x")
    tracker = FailLoudTrackerStore(InMemoryTrackerStore(Domain.empty()))
    ready, report = await asyncio.wait_for(
        readiness(agent(tracker, lock, f"http://127.0.0.1:{free_port()}/webhook")), 5
    )
    assert not ready
    assert report["lock_store"] == "error: ConnectionError"
    assert report["action_server"].startswith("error: ")
    assert report["tracker_store"] == "in memory"


async def test_memory_stores_are_ready_but_say_so():
    runner, action_url = await health_server()
    try:
        tracker = InMemoryTrackerStore(Domain.empty())
        ready, report = await readiness(agent(tracker, InMemoryLockStore(), action_url))
    finally:
        await runner.cleanup()
    assert ready and report["lock_store"] == "in memory"


async def test_no_model_is_not_ready():
    assert await readiness(None) == (False, {"model": "not loaded"})
