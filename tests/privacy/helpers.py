"""An agent stand-in that writes every turn to a real tracker store, under Rasa's own
in-memory lock store, so deletion is checked against real stores (PostgreSQL included)."""

from __future__ import annotations

from rasa.core.lock_store import InMemoryLockStore
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker


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
