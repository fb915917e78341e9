"""The state store: expiry, bounds, atomic claims; in memory and in the real local Redis."""

import uuid

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from assistant.channels.sms.store import (
    MENU_TTL,
    MemoryStore,
    RedisStore,
    SmsState,
    store_from_env,
)

REDIS_URL = "redis://127.0.0.1:6379/14"


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


async def open_redis_store() -> RedisStore:
    store = RedisStore(REDIS_URL, prefix=f"sms-test-{uuid.uuid4().hex}:")
    try:
        await store.client.ping()
    except (OSError, RedisConnectionError) as error:
        pytest.skip(f"no Redis on 127.0.0.1:6379 ({type(error).__name__})")
    return store


async def close_redis_store(store: RedisStore) -> None:
    keys = await store.client.keys(store.prefix + "*")
    if keys:
        await store.client.delete(*keys)
    await store.close()


@pytest.fixture
async def redis_store():
    store = await open_redis_store()
    yield store
    await close_redis_store(store)


@pytest.fixture(params=["memory", "redis"])
async def state(request):
    if request.param == "memory":
        yield SmsState(MemoryStore())
        return
    store = await open_redis_store()
    yield SmsState(store)
    await close_redis_store(store)


async def test_menu_round_trip_and_clear(state):
    await state.set_menu("c1", ["/affirm", "/deny"])
    assert await state.menu("c1") == ["/affirm", "/deny"]
    assert await state.menu("c2") == []
    await state.set_menu("c1", [])
    assert await state.menu("c1") == []


async def test_opt_out_on_and_off(state):
    assert not await state.opted_out("c1")
    await state.set_opted_out("c1", True)
    assert await state.opted_out("c1")
    await state.set_opted_out("c1", False)
    assert not await state.opted_out("c1")


async def test_conversation_is_new_once(state):
    assert await state.is_new("c1")
    assert not await state.is_new("c1")


async def test_message_claimed_once_then_reply_remembered(state):
    assert await state.claim_message("m1") is None
    assert await state.claim_message("m1") == ""  # still being processed
    await state.remember_reply("m1", "<Response />")
    assert await state.claim_message("m1") == "<Response />"


async def test_redis_entries_expire(redis_store):
    state = SmsState(redis_store)
    await state.set_menu("c1", ["/affirm"])
    ttl = await redis_store.client.ttl(redis_store.prefix + "menu:c1")
    assert 0 < ttl <= MENU_TTL


async def test_memory_entries_expire():
    clock = Clock()
    state = SmsState(MemoryStore(clock=clock))
    await state.set_menu("c1", ["/affirm"])
    clock.now += MENU_TTL + 1
    assert await state.menu("c1") == []


async def test_memory_store_is_bounded():
    store = MemoryStore(max_entries=3)
    for n in range(10):
        await store.set(f"k{n}", "v", 60)
    assert len(store) == 3
    assert await store.get("k9") == "v"
    assert await store.get("k0") is None


def test_store_from_env_picks_redis_only_when_configured():
    assert isinstance(store_from_env({}), MemoryStore)
    assert isinstance(store_from_env({"REDIS_URL": REDIS_URL}), RedisStore)
