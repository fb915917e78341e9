"""A scripted bot behind the real SafeSocketIOInput channel, for widget tests.

It runs Sanic with our channel exactly as Rasa mounts it, but answers from a small script
instead of a model, so the widget's behaviour can be tested in seconds and without a trained
model. Phone numbers and emails here are made-up test values, not facts.

    python tests/browser/fake_bot.py --port 5999   (origins from WEB_ALLOWED_ORIGINS)

GET /control/received lists the messages the bot processed (to check nothing is doubled);
GET /control/conversations the conversations its tracker store holds, and /control/erased
those deleted on request (Clear, quick exit), by sender id.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from types import SimpleNamespace

from sanic import Sanic, response

from assistant.channels.web.channel import SafeSocketIOInput

GREETING = "Hi. I give legal information. What would you like to know?"
XSS_TEXT = '<img src=x onerror="window.__xss=1"> and <script>window.__xss=2</script>'
SCRIPT = {
    "/greet": (
        GREETING,
        [("Do I qualify?", "/check_eligibility"), ("Talk to a lawyer", "/contact_lawyer")],
    ),
    "/check_eligibility": ("Do you live in B.C.?", [("Yes", "/affirm"), ("No", "/deny")]),
    # Typed, a payload is only words (the channel passes on offered payloads only).
    "check please": ("Do you live in B.C.?", [("Yes", "/affirm"), ("No", "/deny")]),
    "/affirm": ("Thanks. You may qualify.", []),
    "/contact_lawyer": (
        "Call 604-555-0100 or 1-800-555-0199, or text 5-5-5. "
        "Email intake@example.org or see www.example.org/help.",
        [],
    ),
    "xss please": (
        f"{XSS_TEXT}\n[click me](javascript:window.__xss=3) [ok](https://example.org/a)\n"
        + "W" * 400,
        [("<b>bold</b> button", "/affirm")],
    ),
}


class ScriptTrackers:
    """Like the agent's tracker store, enough for the channel: the buttons of the last turn
    (the channel accepts a clicked payload only when it was offered)."""

    def __init__(self):
        self.events: dict[str, list[dict]] = {}
        self.erased: list[str] = []

    def forget(self, sender_id):
        """What assistant.privacy.forget calls to delete a conversation."""
        self.events.pop(sender_id, None)
        self.erased.append(sender_id)

    async def retrieve(self, sender_id):
        events = self.events.get(sender_id)
        return SimpleNamespace(events=events) if events else None


def build_app(received: list[str]) -> Sanic:
    app = Sanic("fake_bot")
    trackers = ScriptTrackers()
    app.ctx.agent = SimpleNamespace(tracker_store=trackers)
    channel = SafeSocketIOInput.from_credentials({"max_message_length": 200})

    async def on_new_message(message) -> None:
        received.append(message.text)
        out = message.output_channel
        if message.text == "slow":
            await asyncio.sleep(1.5)
        text, buttons = SCRIPT.get(message.text, (f"You said: {message.text}", []))
        choices = [{"title": title, "payload": payload} for title, payload in buttons]
        trackers.events.setdefault(message.sender_id, []).extend(
            [{"event": "user"}, {"event": "bot", "data": {"buttons": choices}}]
        )
        if buttons:
            await out.send_text_with_buttons(message.sender_id, text, choices)
        else:
            await out.send_text_message(message.sender_id, text)

    app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/socketio")

    @app.get("/control/received")
    async def list_received(_request):
        return response.json(received)

    @app.get("/control/conversations")
    async def list_conversations(_request):
        return response.json(sorted(trackers.events))

    @app.get("/control/erased")
    async def list_erased(_request):
        return response.json(trackers.erased)

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    build_app([]).run(host="127.0.0.1", port=args.port, access_log=False, motd=False)


if __name__ == "__main__":
    main()
