"""A conversation lock shared by every Rasa instance, atomic in Redis.

Rasa 3.6's `RedisLockStore` reads a ticket list, changes it in Python and writes it back
(GET then SET): two instances that read at the same moment both take ticket 0 and both run
the same conversation at once (RasaHQ/rasa#9213). Here acquiring is one Redis command,
`SET key token NX PX ttl`, and releasing deletes the key only if it still holds our token
(a Lua script), so an instance whose lock expired can never release someone else's.

Only `lock()` is used by Rasa (agent, processor, HTTP API). The lifetime must be longer than
the slowest message: a few action calls, each cut off after ACTION_TIMEOUT_SECONDS
(assistant.action_timeout). Waiting messages poll every 20 ms; order between two messages of
the same conversation that arrive within the same instant is not guaranteed (nor is it with
one instance: they come over the network).

endpoints.production.yml: `lock_store: {type: assistant.stores.lock_store.AtomicRedisLockStore}`.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

import redis
from rasa.core.lock_store import LockError, LockStore

from assistant.settings import number, redis_settings, text

logger = logging.getLogger(__name__)

DEFAULT_LIFETIME_SECONDS = 60.0
POLL_SECONDS = 0.02
RELEASE_IF_OURS = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0
"""


class AtomicRedisLockStore(LockStore):
    def __init__(
        self,
        endpoint_config: Any = None,
        client: redis.Redis | None = None,
        key_prefix: str | None = None,
        lifetime_seconds: float | None = None,
    ) -> None:
        self.client = client or redis.Redis(**redis_settings())
        prefix = key_prefix or text("REDIS_KEY_PREFIX", None, "assistant")
        self.key_prefix = f"{prefix}:lock:"
        self.lifetime_seconds = lifetime_seconds or number(
            "LOCK_LIFETIME_SECONDS", DEFAULT_LIFETIME_SECONDS, minimum=1
        )
        self._release = self.client.register_script(RELEASE_IF_OURS)

    def key(self, conversation_id: str) -> str:
        return self.key_prefix + conversation_id

    def try_acquire(self, conversation_id: str, token: str, lifetime_seconds: float) -> bool:
        return bool(
            self.client.set(
                self.key(conversation_id), token, nx=True, px=int(lifetime_seconds * 1000)
            )
        )

    def release(self, conversation_id: str, token: str) -> bool:
        return bool(self._release(keys=[self.key(conversation_id)], args=[token]))

    def ping(self) -> None:
        self.client.ping()

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float | None = None,
        wait_time_in_seconds: float = POLL_SECONDS,
    ) -> AsyncGenerator[str, None]:
        """Hold the conversation for at most the lifetime; wait at most as long for it."""
        lifetime = lock_lifetime or self.lifetime_seconds
        token = secrets.token_hex(16)
        deadline = time.monotonic() + lifetime
        try:
            while not self.try_acquire(conversation_id, token, lifetime):
                if time.monotonic() >= deadline:
                    raise LockError("timed out waiting for the conversation lock")
                await asyncio.sleep(min(wait_time_in_seconds, POLL_SECONDS))
        except redis.RedisError as error:
            logger.error("lock store unavailable: %s", type(error).__name__)
            raise LockError("the lock store (Redis) is unavailable") from None
        try:
            yield token
        finally:
            try:
                if not self.release(conversation_id, token):
                    logger.warning("conversation lock expired before the message was done")
            except redis.RedisError as error:
                # The key expires by itself after the lifetime.
                logger.error("lock release failed: %s", type(error).__name__)
