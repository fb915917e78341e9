"""Delete one conversation from the tracker store Rasa runs, on request.

Rasa 3.6 has no way to delete a conversation (RasaHQ/rasa#10719). `delete_conversation` knows
the stores this project can be configured with: in memory, SQL (PostgreSQL, SQLite) and Redis;
it looks through Rasa's wrappers (`FailSafeTrackerStore`, `AwaitableTrackerStore`).
`forget_conversation` does it under the conversation's lock, so a turn still being answered
cannot write the conversation back after it was deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

logger = logging.getLogger(__name__)

# The response that tells the person their conversation is deleted (domain/privacy.yml). The
# tracker stores in `stores` delete the conversation when they save a turn that ran it.
ERASE_RESPONSE = "utter_conversation_deleted"


class CannotDelete(RuntimeError):
    """The configured tracker store is one this module cannot delete from."""


def erase_requested(events: Iterable[Any]) -> bool:
    """True when the latest turn (events after the last user message) ran ERASE_RESPONSE."""
    for event in reversed(list(events)):
        kind = getattr(event, "type_name", None)
        if kind == "user":
            return False
        if kind == "action" and getattr(event, "action_name", None) == ERASE_RESPONSE:
            return True
    return False


def _stores(store: Any) -> Iterator[Any]:
    """The store and every store it wraps (Rasa's fail-safe wrapper and its memory fallback)."""
    seen: set[int] = set()
    pending = [store]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        wrapped = [
            getattr(current, name, None) for name in ("_tracker_store", "_fallback_tracker_store")
        ]
        if any(inner is not None for inner in wrapped):
            pending += wrapped
        else:
            yield current


def _delete_from(store: Any, sender_id: str) -> None:
    from rasa.core.tracker_store import (
        InMemoryTrackerStore,
        RedisTrackerStore,
        SQLTrackerStore,
    )

    if hasattr(store, "forget"):  # our stores (assistant.privacy.stores)
        store.forget(sender_id)
    elif isinstance(store, InMemoryTrackerStore):
        store.store.pop(sender_id, None)
    elif isinstance(store, SQLTrackerStore):
        delete_sql_events(store, sender_id)
    elif isinstance(store, RedisTrackerStore):
        store.red.delete(store.key_prefix + sender_id)
    else:
        raise CannotDelete(type(store).__name__)


def delete_sql_events(store: Any, sender_id: str) -> int:
    """Every event of one conversation, in one transaction; the number of rows deleted."""
    with store.session_scope() as session:
        deleted = (
            session.query(store.SQLEvent)
            .filter(store.SQLEvent.sender_id == sender_id)
            .delete(synchronize_session=False)
        )
        session.commit()
    return deleted


async def delete_conversation(tracker_store: Any, sender_id: str) -> None:
    """Delete the conversation from the store (and any store it wraps). Raises CannotDelete
    for a store type this module does not know."""
    for store in _stores(tracker_store):
        _delete_from(store, sender_id)


async def forget_conversation(agent: Any, sender_id: str) -> bool:
    """Delete the conversation under its lock; False when there is no agent yet or the store
    cannot delete (logged by type only: never the sender id)."""
    tracker_store = getattr(agent, "tracker_store", None)
    if tracker_store is None:
        return False
    try:
        lock_store = getattr(agent, "lock_store", None)
        if lock_store is None:
            await delete_conversation(tracker_store, sender_id)
        else:
            async with lock_store.lock(sender_id, wait_time_in_seconds=0.2):
                await delete_conversation(tracker_store, sender_id)
    except Exception as error:  # noqa: BLE001 - the caller must go on (quick exit, SMS)
        logger.error("Deleting a conversation failed: %s", type(error).__name__)
        return False
    return True


def agent_of(app: Any) -> Any:
    """The running Sanic app's agent (None before the model is loaded, or in tests)."""
    return getattr(getattr(app, "ctx", None), "agent", None)
