"""Checks every input channel makes before a message reaches NLU: length, typed payloads, rate.

- Length: one over-long message must not hold the server (DIET's memory and some patterns grow
  faster than the text). Every channel refuses text over its limit with a polite reply, before
  Rasa sees it.
- Typed payloads: Rasa treats any text that starts with "/" as an intent with slots, skipping
  NLU and with it the crisis net (`/restart` wipes a conversation). A payload is accepted only
  when the bot offered it as a button in its last turn (or it is one of the channel's own start
  payloads); anything else has its leading slashes removed and goes through NLU as plain text.
- Rate: a per-conversation token bucket, far above what a person can type.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from assistant.content.responses import say

DEFAULT_MAX_LENGTH = 1000  # the widget's limit; the model for every channel
PAYLOAD_PREFIX = "/"  # rasa.shared.constants.INTENT_MESSAGE_PREFIX
_LEADING_SLASHES = re.compile(r"^[\s/]+")


def too_long_reply(length: int, limit: int) -> str:
    return say("utter_message_too_long", length=length, limit=limit)


def too_fast_reply() -> str:
    return say("utter_message_too_fast")


def is_too_long(text: str, limit: int) -> bool:
    return len(text) > limit


# ---------- typed payloads ----------


def looks_like_payload(text: str) -> bool:
    return text.strip().startswith(PAYLOAD_PREFIX)


def as_plain_text(text: str) -> str:
    """The text without its leading slashes, so Rasa reads it as words, not as an intent
    (a message of nothing but slashes becomes "?", which NLU answers like any unclear text)."""
    plain = _LEADING_SLASHES.sub("", text)
    return plain if plain.strip() else "?"


def offered_payloads(events: Iterable[Any]) -> set[str]:
    """Payloads of the buttons the bot sent after the person's last message.

    `events` are Rasa events (objects with `.data`, like `BotUttered`) or their dict form."""
    offered: list[str] = []
    for event in events:
        kind = event.get("event") if isinstance(event, dict) else getattr(event, "type_name", "")
        if kind == "user":
            offered = []
        elif kind == "bot":
            data = event.get("data") if isinstance(event, dict) else getattr(event, "data", None)
            for button in (data or {}).get("buttons") or []:
                payload = button.get("payload") if isinstance(button, dict) else None
                if isinstance(payload, str) and payload.strip():
                    offered.append(payload.strip())
    return set(offered)


def screen_payload(text: str, allowed: Iterable[str]) -> str:
    """The text Rasa should get: a payload the bot offered as it is, anything else as words."""
    if not looks_like_payload(text):
        return text
    if text.strip() in {payload.strip() for payload in allowed}:
        return text
    return as_plain_text(text)


async def screen_with_tracker(
    text: str, sender_id: str, tracker_store: Any, start_payloads: Iterable[str] = ()
) -> str:
    """`screen_payload` against the buttons in the conversation's tracker (read only when the
    text looks like a payload, so ordinary messages cost nothing)."""
    if not looks_like_payload(text):
        return text
    allowed = set(start_payloads)
    if tracker_store is not None:
        tracker = await tracker_store.retrieve(sender_id)
        if tracker is not None:
            allowed |= offered_payloads(tracker.events)
    return screen_payload(text, allowed)


def tracker_store_of(app: Any) -> Any:
    """The running agent's tracker store (None before the model is loaded, or in tests)."""
    agent = getattr(getattr(app, "ctx", None), "agent", None)
    return getattr(agent, "tracker_store", None)


# ---------- rate ----------


class RateLimiter:
    """A token bucket per key, in memory: `burst` messages at once, then `per_minute`.

    Bounded: the least recently used keys are dropped first (a dropped key starts full again,
    which only ever lets a message through)."""

    def __init__(
        self,
        per_minute: float = 30,
        burst: int = 12,
        max_keys: int = 50_000,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.rate = per_minute / 60.0
        self.burst = burst
        self.max_keys = max_keys
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def forget(self, key: str) -> None:
        self._buckets.pop(key, None)

    def allow(self, key: str) -> bool:
        now = self.clock()
        tokens, last = self._buckets.pop(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return allowed
