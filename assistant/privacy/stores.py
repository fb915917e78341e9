"""Tracker stores that keep the least they can.

Configure them in the endpoints file as custom tracker stores (`type: module.Class`):

- `PrivateInMemoryTrackerStore` (`make run`, endpoints.yml): Rasa's in-memory store that
  forgets a conversation RETENTION_HOURS after its last message: on access, and in a sweep
  every minute, so an idle laptop or kiosk forgets too; at most `max_conversations` are held
  (the least recently active goes first), so memory stays bounded.
- `PrivateSQLTrackerStore` (production: PostgreSQL), `PrivateRedisTrackerStore`: Rasa's stores.
  Old conversations in SQL are deleted by `python -m assistant.privacy.purge`; Redis expires
  them itself after the retention period.

All three delete a conversation when the person asked for it in the chat: the turn that ran
`utter_conversation_deleted` is not saved; the whole conversation is deleted instead. Saving is
the last thing Rasa does in a turn (under the conversation's lock), so nothing of the
conversation is written back afterwards, and the next message starts a new one.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore, SQLTrackerStore

from assistant.privacy.forget import delete_sql_events, erase_requested
from assistant.retention import retention_hours

logger = logging.getLogger(__name__)

SWEEP_SECONDS = 60
MAX_CONVERSATIONS = 10_000


if TYPE_CHECKING:  # a mixin for Rasa's tracker stores: `super().save` is theirs
    from rasa.core.tracker_store import TrackerStore as _Store
else:
    _Store = object


class ErasesOnRequest(_Store):
    """Deletes the conversation instead of saving a turn in which the person asked for it."""

    async def save(self, tracker: Any, *args: Any, **kwargs: Any) -> None:
        if erase_requested(tracker.events):
            self.forget(tracker.sender_id)
            return
        await super().save(tracker, *args, **kwargs)

    def forget(self, sender_id: str) -> None:  # pragma: no cover - each store has its own
        raise NotImplementedError


class PrivateInMemoryTrackerStore(ErasesOnRequest, InMemoryTrackerStore):
    def __init__(
        self,
        domain: Any = None,
        event_broker: Any = None,
        retention_hours: float | None = None,
        max_conversations: int = MAX_CONVERSATIONS,
        sweep_seconds: float = SWEEP_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        **kwargs: Any,
    ) -> None:
        kwargs.pop("host", None)  # Rasa passes the endpoint's url (none for this store)
        super().__init__(domain, event_broker, **kwargs)
        hours = _configured_hours() if retention_hours is None else float(retention_hours)
        self.max_age = hours * 3600
        self.max_conversations = int(max_conversations)
        self.sweep_seconds = float(sweep_seconds)
        self.clock = clock
        self.last_active: OrderedDict[str, float] = OrderedDict()
        self._sweeper: asyncio.Task | None = None

    # A sweep every `sweep_seconds` forgets a conversation once it is idle for the retention
    # period less one sweep interval: so it is gone within the period, never later.
    def _expired(self, last_active: float, now: float) -> bool:
        return now - last_active >= max(0.0, self.max_age - self.sweep_seconds)

    def forget(self, sender_id: str) -> None:
        self.store.pop(sender_id, None)
        self.last_active.pop(sender_id, None)

    def sweep(self) -> int:
        """Forget every expired conversation; how many were forgotten."""
        now = self.clock()
        forgotten = 0
        # last_active is in order of activity: the oldest first.
        while self.last_active:
            sender_id, last = next(iter(self.last_active.items()))
            if not self._expired(last, now):
                break
            self.forget(sender_id)
            forgotten += 1
        return forgotten

    def _forget_if_expired(self, sender_id: str) -> None:
        last = self.last_active.get(sender_id)
        if last is not None and self._expired(last, self.clock()):
            self.forget(sender_id)

    async def save(self, tracker: Any, *args: Any, **kwargs: Any) -> None:
        await super().save(tracker, *args, **kwargs)
        if tracker.sender_id in self.store:
            self.last_active.pop(tracker.sender_id, None)
            self.last_active[tracker.sender_id] = self.clock()
        while len(self.last_active) > self.max_conversations:
            self.forget(next(iter(self.last_active)))
        self._start_sweeper()

    async def retrieve(self, sender_id: str) -> Any:
        self._forget_if_expired(sender_id)
        return await super().retrieve(sender_id)

    async def retrieve_full_tracker(self, sender_id: str) -> Any:
        self._forget_if_expired(sender_id)
        return await super().retrieve_full_tracker(sender_id)

    async def keys(self) -> Iterable[str]:
        self.sweep()
        return list(self.store.keys())

    def _start_sweeper(self) -> None:
        """One sweeping task on the server's event loop, started by the first save."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if self._sweeper is not None and not self._sweeper.done():
            if self._sweeper.get_loop() is loop:
                return
        self._sweeper = loop.create_task(self._sweep_forever())

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.sweep_seconds)
            try:
                self.sweep()
            except Exception as error:  # noqa: BLE001 - the sweep must keep running
                logger.error("Sweeping old conversations failed: %s", type(error).__name__)


class PrivateSQLTrackerStore(ErasesOnRequest, SQLTrackerStore):
    """Rasa's SQL tracker store (same settings), deleting a conversation on request."""

    def forget(self, sender_id: str) -> None:
        delete_sql_events(self, sender_id)


class PrivateRedisTrackerStore(ErasesOnRequest, RedisTrackerStore):
    """Rasa's Redis tracker store; records expire after the retention period unless
    `record_exp` says otherwise."""

    def __init__(self, domain: Any = None, host: str = "localhost", **kwargs: Any) -> None:
        kwargs.setdefault("record_exp", int(_configured_hours() * 3600))
        super().__init__(domain, host=host, **kwargs)

    def forget(self, sender_id: str) -> None:
        self.red.delete(self.key_prefix + sender_id)


def _configured_hours() -> float:
    return float(retention_hours())
