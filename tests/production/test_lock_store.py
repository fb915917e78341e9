"""The conversation lock across instances, on the real Redis (db 14, a test prefix)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from rasa.core.lock_store import LockError, RedisLockStore

from assistant.settings import redis_settings
from assistant.stores.lock_store import AtomicRedisLockStore


async def test_upstream_redis_lock_lets_two_instances_in_at_once(redis_client):
    """RasaHQ/rasa#9213: issue_ticket is GET, change, SET. Two instances interleaved there
    (the order below) both get ticket 0 and both hold the lock."""
    _, prefix = redis_client
    first = RedisLockStore(host="127.0.0.1", port=6379, db=14, key_prefix=prefix.replace("-", ""))
    second = RedisLockStore(host="127.0.0.1", port=6379, db=14, key_prefix=prefix.replace("-", ""))
    lock_a = first.get_or_create_lock("conv")
    lock_b = second.get_or_create_lock("conv")  # read before the first one wrote
    ticket_a = lock_a.issue_ticket(60)
    first.save_lock(lock_a)
    ticket_b = lock_b.issue_ticket(60)
    second.save_lock(lock_b)
    held_a = await first._acquire_lock("conv", ticket_a, 0.01)
    held_b = await asyncio.wait_for(second._acquire_lock("conv", ticket_b, 0.01), 1)
    assert held_a and held_b  # both instances are inside the same conversation
    first.delete_lock("conv")


def stores(prefix: str, count: int) -> list[AtomicRedisLockStore]:
    import redis

    return [
        AtomicRedisLockStore(client=redis.Redis(db=14), key_prefix=prefix, lifetime_seconds=10)
        for _ in range(count)
    ]


def test_atomic_lock_admits_one_instance_at_a_time(redis_client):
    """Four instances (threads, each with its own connection) hammer one conversation."""
    _, prefix = redis_client
    inside = 0
    most_inside = 0
    entries = 0
    guard = threading.Lock()

    async def worker(store: AtomicRedisLockStore) -> None:
        nonlocal inside, most_inside, entries
        for _ in range(50):
            async with store.lock("conv"):
                with guard:
                    inside += 1
                    entries += 1
                    most_inside = max(most_inside, inside)
                await asyncio.sleep(0.001)
                with guard:
                    inside -= 1

    threads = [
        threading.Thread(target=asyncio.run, args=(worker(store),)) for store in stores(prefix, 4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert entries == 200
    assert most_inside == 1


async def test_release_never_frees_someone_elses_lock(redis_client):
    client, prefix = redis_client
    first, second = stores(prefix, 2)
    async with first.lock("conv", lock_lifetime=0.2):
        await asyncio.sleep(0.3)  # our lifetime ran out while we worked...
        assert second.try_acquire("conv", "second-token", 10)  # ...and another instance took it
    # leaving the block must not have deleted the second instance's lock
    assert client.get(f"{prefix}:lock:conv") == b"second-token"


async def test_waiting_gives_up_after_the_lifetime(redis_client):
    _, prefix = redis_client
    first, second = stores(prefix, 2)
    assert first.try_acquire("conv", "held", 10)
    started = time.monotonic()
    with pytest.raises(LockError):
        async with second.lock("conv", lock_lifetime=0.3):
            pass
    assert 0.3 <= time.monotonic() - started < 2


async def test_redis_down_is_a_lock_error_in_seconds(caplog):
    import redis

    from tools.local_servers import free_port

    store = AtomicRedisLockStore(
        client=redis.Redis(port=free_port(), socket_connect_timeout=1), key_prefix="x"
    )
    with pytest.raises(LockError):
        async with store.lock("conv"):
            pass
    assert "lock store unavailable: ConnectionError" in caplog.text


def test_redis_settings_from_the_environment(tmp_path):
    (tmp_path / "pw").write_text("pw\n")
    settings = redis_settings(
        {
            "REDIS_HOST": "redis.internal",
            "REDIS_PORT": "6380",
            "REDIS_DB": "2",
            "REDIS_PASSWORD_FILE": str(tmp_path / "pw"),
            "REDIS_TLS": "true",
        }
    )
    assert settings["host"] == "redis.internal" and settings["port"] == 6380
    assert settings["db"] == 2 and settings["password"] == "pw" and settings["ssl"] is True
    assert settings["socket_timeout"] <= 5
