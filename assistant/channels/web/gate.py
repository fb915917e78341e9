"""The web chat's socket events (session request and end, quick exit, a user message), apart
from Sanic so they can be tested with a fake socket server. See channel.py for the rules."""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from rasa.core.channels.channel import UserMessage

from assistant.channels.inbound import (
    DEFAULT_MAX_LENGTH,
    RateLimiter,
    screen_with_tracker,
    too_fast_reply,
    too_long_reply,
)
from assistant.channels.web.replies import RecordingOutput, ReplyCache
from assistant.channels.web.tokens import RevokedSessions, SessionTokens

logger = logging.getLogger(__name__)

DEFAULT_START_PAYLOADS = ("/greet",)  # the widget's data-start-payload
_MESSAGE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class WebChatGate:
    """The socket events, apart from Sanic so they can be tested with a fake server."""

    def __init__(
        self,
        sio: Any,
        tokens: SessionTokens,
        bot_message_evt: str = "bot_uttered",
        max_length: int = DEFAULT_MAX_LENGTH,
        cache: ReplyCache | None = None,
        clock=time.monotonic,
        tracker_store: Callable[[], Any] = lambda: None,
        start_payloads: Iterable[str] = DEFAULT_START_PAYLOADS,
        limiter: RateLimiter | None = None,
        forget: Callable[[str], Awaitable[Any]] | None = None,
    ):
        self.sio = sio
        self.tokens = tokens
        self.bot_message_evt = bot_message_evt
        self.max_length = max_length
        self.cache = cache or ReplyCache()
        self.clock = clock
        self.tracker_store = tracker_store
        self.start_payloads = tuple(start_payloads)
        self.limiter = limiter or RateLimiter()
        self.forget = forget or _forget_nothing
        self.revoked = RevokedSessions(tokens.max_age)
        self.senders: dict[str, str] = {}

    async def session_request(self, sid: str, data: Any) -> None:
        """Resume the conversation of a valid token (with a renewed token), else start a new
        one."""
        token = data.get("session_id") if isinstance(data, dict) else None
        sender_id = self.tokens.verify(token)
        if sender_id is None or sender_id in self.revoked:
            token, sender_id = self.tokens.issue()
        else:
            token = self.tokens.issue_for(sender_id)
        self.senders[sid] = sender_id
        await self.sio.emit("session_confirm", token, room=sid)

    async def session_end(self, sid: str) -> None:
        """ "Clear": the conversation cannot be resumed with its token, from any socket, and
        is deleted from the tracker store."""
        sender_id = self.senders.get(sid)
        if sender_id is not None:
            await self.end_conversation(sender_id)

    async def erase(self, token: Any) -> bool:
        """Quick exit's beacon: the same as "Clear" for the conversation of a token this server
        signed (an expired one too: deleting is never refused to the token's holder)."""
        sender_id = self.tokens.verify(token, allow_expired=True)
        if sender_id is None:
            return False
        await self.end_conversation(sender_id)
        return True

    async def end_conversation(self, sender_id: str) -> None:
        self.revoked.revoke(sender_id)
        self.cache.forget(sender_id)
        for other in [other for other, held in self.senders.items() if held == sender_id]:
            del self.senders[other]
        await self.forget(sender_id)

    def disconnect(self, sid: str) -> None:
        self.senders.pop(sid, None)

    async def user_message(
        self, sid: str, data: Any, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> dict[str, Any]:
        """Handle one widget message; the return value is the socket.io acknowledgement."""
        sender_id = self.senders.get(sid)
        if sender_id is None:
            return {"status": "no_session"}
        text = data.get("message") if isinstance(data, dict) else None
        if not isinstance(text, str) or not text.strip():
            return {"status": "invalid"}
        message_id = data.get("message_id")
        if not isinstance(message_id, str) or not _MESSAGE_ID.match(message_id):
            message_id = secrets.token_hex(8)  # no id: processed, never deduplicated
        if len(text) > self.max_length:
            reply = {
                "text": too_long_reply(len(text), self.max_length),
                "reply_to": message_id,
                "seq": 0,
            }
            await self.sio.emit(self.bot_message_evt, reply, room=sid)
            return {"status": "too_long", "limit": self.max_length}
        if not self.limiter.allow(sender_id):
            reply = {"text": too_fast_reply(), "reply_to": message_id, "seq": 0}
            await self.sio.emit(self.bot_message_evt, reply, room=sid)
            return {"status": "too_fast"}

        record, is_new = self.cache.claim(sender_id, message_id, self.clock())
        if not is_new:
            await record.done.wait()
            for reply in record.replies:
                await self.sio.emit(self.bot_message_evt, reply, room=sid)
            return {"status": "ok", "replayed": True}

        output = RecordingOutput(self.sio, self.bot_message_evt, message_id, record, sid)
        try:
            text = await screen_with_tracker(
                text, sender_id, self.tracker_store(), self.start_payloads
            )
            await on_new_message(
                UserMessage(text, output, sender_id, input_channel="socketio", metadata={})
            )
        except Exception as error:  # noqa: BLE001 - the message text must not reach a log
            logger.error("Web chat message failed: %s", type(error).__name__)
            return {"status": "error"}
        finally:
            record.done.set()
        return {"status": "ok"}


async def _forget_nothing(sender_id: str) -> bool:
    return False
