"""SMS state: the last menu, opt-outs, known conversations, answered MessageSids.

ERASE (`SmsState.erase`) deletes everything kept for a conversation except its opt-out: the
menu, the "seen" marker (so the next text gets the privacy notice again) and the replies kept
for Twilio's retries. The MessageSid markers stay: they are keyed hashes of Twilio's ids with
no text and nothing that leads to the number in this store, and they keep a replayed request
from being processed again.

Keys are keyed hashes (never phone numbers). Everything expires except an opt-out, which is
kept until the person texts START: it must never be forgotten while the number may text again.
`MemoryStore` keeps state in the Rasa process (right for one instance; opt-outs are never
evicted, but a restart forgets them). With Redis configured (REDIS_URL, or REDIS_HOST with
REDIS_PORT, REDIS_PASSWORD and SMS_REDIS_DB) all instances share it and opt-outs survive
restarts (`RedisStore`).
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Protocol
from urllib.parse import quote

from assistant import settings

MENU_TTL = 24 * 3600  # a menu older than a day is stale; the number goes to NLU instead
SEEN_TTL = 30 * 24 * 3600  # after a month of silence the privacy notice is shown again
OPT_OUT_TTL = None  # kept until START: never expires, never evicted
REPLY_TTL = 15 * 60  # Twilio retries within minutes; keep bot text no longer than that
# A MessageSid's hash is remembered far longer than its reply: a replay days later is not
# processed again (it gets an empty reply).
MESSAGE_SEEN_TTL = 7 * 24 * 3600
MAX_KEPT_REPLIES = 50  # a conversation's replies within REPLY_TTL: far more than anyone texts
PENDING = ""  # a MessageSid being processed: a retry meanwhile gets an empty reply
DEFAULT_REDIS_DB = 2  # the lock store uses db 1 (endpoints.production.yml)


class KeyValueStore(Protocol):
    async def get(self, key: str) -> str | None: ...

    async def set(self, key: str, value: str, ttl: int | None) -> None:
        """ttl None: kept until deleted (never expired, never evicted)."""
        ...

    async def add(self, key: str, value: str, ttl: int) -> bool:
        """Set only when absent; True when this call set it (atomic in Redis)."""
        ...

    async def delete(self, key: str) -> None: ...


class MemoryStore:
    """An in-process store with expiry. Entries with a ttl are bounded (the least recently
    written goes first); entries without one (opt-outs) are never evicted."""

    def __init__(self, max_entries: int = 200_000, clock: Callable[[], float] = time.monotonic):
        self.max_entries = max_entries
        self.clock = clock
        self._entries: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._kept: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._entries) + len(self._kept)

    async def get(self, key: str) -> str | None:
        if key in self._kept:
            return self._kept[key]
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires, value = entry
        if expires <= self.clock():
            del self._entries[key]
            return None
        return value

    async def set(self, key: str, value: str, ttl: int | None) -> None:
        self._entries.pop(key, None)
        self._kept.pop(key, None)
        if ttl is None:
            self._kept[key] = value
            return
        self._entries[key] = (self.clock() + ttl, value)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    async def add(self, key: str, value: str, ttl: int) -> bool:
        if await self.get(key) is not None:
            return False
        await self.set(key, value, ttl)
        return True

    async def delete(self, key: str) -> None:
        self._entries.pop(key, None)
        self._kept.pop(key, None)


class RedisStore:
    """The same store in Redis, shared by all Rasa instances."""

    def __init__(self, url: str, prefix: str = "sms:"):
        import redis.asyncio as redis

        self.prefix = prefix
        # No connection is opened here: it is made on first use, inside Sanic's event loop.
        self.client = redis.Redis.from_url(url, decode_responses=True)

    async def get(self, key: str) -> str | None:
        return await self.client.get(self.prefix + key)

    async def set(self, key: str, value: str, ttl: int | None) -> None:
        await self.client.set(self.prefix + key, value, ex=ttl)  # ex=None: no expiry

    async def add(self, key: str, value: str, ttl: int) -> bool:
        return bool(await self.client.set(self.prefix + key, value, ex=ttl, nx=True))

    async def delete(self, key: str) -> None:
        await self.client.delete(self.prefix + key)

    async def close(self) -> None:
        await self.client.close()


def redis_url(environ: Mapping[str, str] | None = None) -> str:
    """REDIS_URL, else one built from REDIS_HOST (the variables endpoints.production.yml uses),
    else "" (no Redis)."""
    url = settings.secret("REDIS_URL", environ=environ)  # it may hold a password
    host = settings.text("REDIS_HOST", environ=environ)
    if url or not host:
        return url
    port = settings.number("REDIS_PORT", 6379, 1, environ=environ)
    password = settings.secret("REDIS_PASSWORD", environ=environ)
    auth = f":{quote(password, safe='')}@" if password else ""
    db = settings.number("SMS_REDIS_DB", DEFAULT_REDIS_DB, environ=environ)
    return f"redis://{auth}{host}:{port}/{db}"


def store_from_env(environ: Mapping[str, str] | None = None) -> KeyValueStore:
    url = redis_url(environ)
    return RedisStore(url) if url else MemoryStore()


class SmsState:
    """What the channel remembers per conversation, on top of any KeyValueStore."""

    def __init__(self, store: KeyValueStore):
        self.store = store

    async def menu(self, conversation: str) -> list[str]:
        stored = await self.store.get(f"menu:{conversation}")
        return json.loads(stored) if stored else []

    async def set_menu(self, conversation: str, payloads: list[str]) -> None:
        if payloads:
            await self.store.set(f"menu:{conversation}", json.dumps(payloads), MENU_TTL)
        else:
            await self.store.delete(f"menu:{conversation}")

    async def opted_out(self, conversation: str) -> bool:
        return await self.store.get(f"optout:{conversation}") is not None

    async def set_opted_out(self, conversation: str, opted_out: bool) -> None:
        if opted_out:
            await self.store.set(f"optout:{conversation}", "1", OPT_OUT_TTL)
        else:
            await self.store.delete(f"optout:{conversation}")

    async def is_new(self, conversation: str) -> bool:
        """True the first time a conversation is seen (or after SEEN_TTL of silence)."""
        new = await self.store.get(f"seen:{conversation}") is None
        await self.store.set(f"seen:{conversation}", "1", SEEN_TTL)
        return new

    async def claim_message(self, message_key: str) -> str | None:
        """None when this message is new (now claimed); else the reply already given ('' while
        the first attempt is still running, or once the reply itself has expired)."""
        if await self.store.add(f"sid:{message_key}", "1", MESSAGE_SEEN_TTL):
            return None
        return await self.store.get(f"msg:{message_key}") or PENDING

    async def remember_reply(
        self, message_key: str, twiml: str, conversation: str | None = None
    ) -> None:
        await self.store.set(f"msg:{message_key}", twiml, REPLY_TTL)
        if conversation:  # so ERASE can find the replies kept for this conversation
            keys = await self._reply_keys(conversation)
            keys = [*keys[-(MAX_KEPT_REPLIES - 1) :], message_key]
            await self.store.set(f"replies:{conversation}", json.dumps(keys), REPLY_TTL)

    async def _reply_keys(self, conversation: str) -> list[str]:
        stored = await self.store.get(f"replies:{conversation}")
        return json.loads(stored) if stored else []

    async def erase(self, conversation: str) -> None:
        """Everything kept for the conversation, except an opt-out (never forgotten)."""
        for message_key in await self._reply_keys(conversation):
            await self.store.delete(f"msg:{message_key}")
        for kind in ("replies", "menu", "seen"):
            await self.store.delete(f"{kind}:{conversation}")
