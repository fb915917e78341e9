"""The REST channel (`POST /webhooks/rest/webhook`), replacing Rasa's `rest:` channel.

Rasa's own REST channel has no length limit, accepts a missing sender (one shared "default"
conversation), lets the client set `input_channel` and metadata, obeys typed `/payloads`, and
logs the user's text when a request is cancelled or fails. This one:

- needs `Authorization: Bearer <token>` when an API token is configured (assistant.api_token);
- refuses a request without a usable `sender` (400) and ignores any client `input_channel` or
  `metadata` (the channel is always "rest", metadata always empty);
- answers text over `max_message_length` (default 1,000) with a polite reply, before NLU;
- limits each conversation's rate (429 with a polite reply);
- passes a typed `/payload` on only when the bot offered it (assistant.channels.inbound);
- never logs text, sender or metadata, whatever goes wrong.
Request: `{"sender": "...", "message": "..."}`; reply: a JSON list of bot messages, as Rasa's.

`POST /webhooks/rest/forget {"sender": "..."}` deletes that conversation from the tracker store
(the staff console ends its test sessions with it). It needs the API token: without one it is
refused (403), so an unprotected REST channel cannot delete anyone's conversation.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from assistant import settings
from assistant.api_token import bearer_matches, load_token
from assistant.channels.base import NamedInput
from assistant.channels.inbound import (
    DEFAULT_MAX_LENGTH,
    RateLimiter,
    screen_with_tracker,
    too_fast_reply,
    too_long_reply,
    tracker_store_of,
)
from assistant.privacy.forget import agent_of, forget_conversation

logger = logging.getLogger(__name__)

MAX_LENGTH_ENV = "REST_MAX_MESSAGE_LENGTH"
# Letters, digits and . _ : @ - ; long enough for a UUID with a prefix, short enough to index.
_SENDER = re.compile(r"^[A-Za-z0-9._:@-]{1,128}$")


def error(message: str, status: int) -> HTTPResponse:
    return response.json({"error": message}, status=status)


def bot_reply(sender: str, text: str, status: int = 200) -> HTTPResponse:
    return response.json([{"recipient_id": sender, "text": text}], status=status)


class SafeRestInput(NamedInput):
    channel_name = "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        limit = settings.number(
            MAX_LENGTH_ENV, DEFAULT_MAX_LENGTH, 1, credentials.get("max_message_length")
        )
        # REST is internal (staff tools, load tests): a load test of one conversation may
        # raise the per-conversation rate; the defaults stay those of the public channels.
        limiter = RateLimiter(
            per_minute=settings.number("REST_RATE_PER_MINUTE", 30.0, 0.1),
            burst=settings.number("REST_RATE_BURST", 12, 1),
        )
        return cls(token=load_token(), max_message_length=limit, limiter=limiter)

    def __init__(
        self,
        token: str = "",
        max_message_length: int = DEFAULT_MAX_LENGTH,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.token = token
        self.max_message_length = max_message_length
        self.limiter = limiter or RateLimiter()

    def check(self, request: Request) -> tuple[str, str] | HTTPResponse:
        """(sender, text) of a well-formed, authorized request, else the error response."""
        if self.token and not bearer_matches(request.headers.get("Authorization"), self.token):
            return error("missing or wrong Authorization: Bearer token", 401)
        try:
            data = request.json
        except Exception:  # noqa: BLE001 - Sanic raises its own type on bad JSON
            data = None
        if not isinstance(data, dict):
            return error('send a JSON object {"sender": ..., "message": ...}', 400)
        sender, text = data.get("sender"), data.get("message")
        if not isinstance(sender, str) or not _SENDER.match(sender):
            return error("sender is required: 1-128 letters, digits or . _ : @ -", 400)
        if not isinstance(text, str) or not text.strip():
            return error("message is required: a non-empty string", 400)
        return sender, text

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        rest_webhook = Blueprint("safe_rest_webhook", __name__)

        @rest_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest_webhook.route("/forget", methods=["POST"])
        async def forget(request: Request) -> HTTPResponse:
            if not self.token:
                return error("deleting needs the API token (RASA_API_TOKEN_FILE)", 403)
            if not bearer_matches(request.headers.get("Authorization"), self.token):
                return error("missing or wrong Authorization: Bearer token", 401)
            try:
                data = request.json
            except Exception:  # noqa: BLE001 - Sanic raises its own type on bad JSON
                data = None
            sender = data.get("sender") if isinstance(data, dict) else None
            if not isinstance(sender, str) or not _SENDER.match(sender):
                return error("sender is required: 1-128 letters, digits or . _ : @ -", 400)
            if not await forget_conversation(agent_of(request.app), sender):
                return error("could not delete", 503)
            return response.json({"deleted": True})

        @rest_webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            checked = self.check(request)
            if isinstance(checked, HTTPResponse):
                return checked
            sender, text = checked
            if len(text) > self.max_message_length:
                return bot_reply(sender, too_long_reply(len(text), self.max_message_length))
            if not self.limiter.allow(sender):
                return bot_reply(sender, too_fast_reply(), status=429)
            collector = CollectingOutputChannel()
            try:
                text = await screen_with_tracker(text, sender, tracker_store_of(request.app))
                await on_new_message(
                    UserMessage(text, collector, sender, input_channel=self.name(), metadata={})
                )
            except asyncio.CancelledError:
                # The client gave up (e.g. while waiting for the conversation lock).
                logger.warning("REST message cancelled before it was answered")
                return error("cancelled", 503)
            except Exception as failure:  # noqa: BLE001 - the text must not reach a log
                logger.error("REST message failed: %s", type(failure).__name__)
            return response.json(collector.messages)

        return rest_webhook
