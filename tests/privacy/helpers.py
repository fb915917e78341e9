"""An agent stand-in that writes every turn to a real tracker store, under Rasa's own
in-memory lock store, so deletion is checked against real stores (PostgreSQL included); the
privacy stores on a throwaway PostgreSQL database; trackers with chosen timestamps."""

from __future__ import annotations

from rasa.core.lock_store import InMemoryLockStore
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from tests.postgres import PG


class StoreAgent:
    """Like Rasa's agent for a channel: each message appends a user and a bot event to the
    conversation's tracker and saves it; the reply says how many messages the tracker holds
    (1 = the conversation started fresh)."""

    def __init__(self, tracker_store):
        self.tracker_store = tracker_store
        self.lock_store = InMemoryLockStore()

    async def handle_message(self, message) -> None:
        async with self.lock_store.lock(message.sender_id):
            tracker = await self.tracker_store.retrieve(message.sender_id)
            if tracker is None:
                tracker = DialogueStateTracker(message.sender_id, [])
            tracker.update(UserUttered(message.text, {"name": "greet"}))
            count = sum(1 for event in tracker.events if isinstance(event, UserUttered))
            reply = f"message {count}"
            tracker.update(ActionExecuted("utter_greet"))
            tracker.update(BotUttered(reply))
            await self.tracker_store.save(tracker)
        await message.output_channel.send_text_message(message.sender_id, reply)


def pg_store(name: str, domain=None):
    from assistant.privacy.stores import PrivateSQLTrackerStore

    return PrivateSQLTrackerStore(
        domain, dialect="postgresql", host=PG["host"], port=PG["port"], db=name,
        username=PG["user"],
    )  # fmt: skip


def tracker_at(sender_id: str, timestamp: float, turns: int = 2):
    """A conversation whose events all happened at `timestamp` (seconds since the epoch)."""
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    events = []
    for turn in range(turns):
        events += [
            ActionExecuted("action_listen", timestamp=timestamp),
            UserUttered(f"message {turn}", {"name": "greet"}, timestamp=timestamp),
            BotUttered(f"reply {turn}", timestamp=timestamp),
        ]
    return DialogueStateTracker.from_events(sender_id, events)


def event_counts(engine) -> dict[str, int]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT sender_id, COUNT(*) FROM events GROUP BY sender_id"
        ).fetchall()
    return {sender: count for sender, count in rows}
