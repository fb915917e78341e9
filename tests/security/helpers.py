"""A Sanic server with our input channels on a free port, and a fake agent behind it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from tests.sms.helpers import ChannelServer as SanicChannelServer

_names = itertools.count()


@dataclass
class FakeTracker:
    events: list[dict[str, Any]] = field(default_factory=list)


class FakeTrackerStore:
    def __init__(self):
        self.trackers: dict[str, FakeTracker] = {}

    async def retrieve(self, sender_id):
        return self.trackers.get(sender_id)


@dataclass
class FakeAgent:
    """Records each UserMessage; answers with one text and, on "menu please", two buttons,
    which it also logs in its tracker like Rasa does."""

    seen: list[Any] = field(default_factory=list)
    fail: Exception | None = None
    tracker_store: FakeTrackerStore = field(default_factory=FakeTrackerStore)

    async def handle_message(self, message) -> None:
        self.seen.append(message)
        if self.fail is not None:
            raise self.fail
        tracker = self.tracker_store.trackers.setdefault(message.sender_id, FakeTracker())
        tracker.events.append({"event": "user", "text": message.text})
        out, sender = message.output_channel, message.sender_id
        if message.text == "menu please":
            buttons = [
                {"title": "Yes", "payload": "/affirm"},
                {"title": "Not sure", "payload": '/inform{"answer": "unsure"}'},
            ]
            tracker.events.append({"event": "bot", "text": "Sure?", "data": {"buttons": buttons}})
            await out.send_text_with_buttons(sender, "Sure?", buttons)
        else:
            tracker.events.append({"event": "bot", "text": "echo", "data": {}})
            await out.send_text_message(sender, f"echo: {message.text}")


class ChannelServer(SanicChannelServer):
    """Channels served as `rasa run` serves them, with a helper for the REST channel."""

    async def rest(self, payload: Any, headers: dict | None = None, raw: bytes | None = None):
        """POST to the REST channel: (status, parsed JSON)."""
        url = f"{self.base}/webhooks/rest/webhook"
        kwargs = {"data": raw} if raw is not None else {"json": payload}
        async with self.session.post(url, headers=headers or {}, **kwargs) as resp:
            return resp.status, await resp.json(content_type=None)
