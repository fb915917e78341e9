"""Rasa's socket.io channel, locked down for the website widget.

Rasa 3.6's `SocketIOInput` accepts any Origin (`cors_allowed_origins=[]`), trusts whatever
session id the client sends, has no size limit and, with python-socketio 5.12+, never awaits
`enter_room`. This channel keeps Rasa's output side and replaces the input side:

- allowed origins come from `WEB_ALLOWED_ORIGINS` or credentials, never "*" (the environment
  wins, as for every setting: assistant.settings);
- the server issues session tokens (random id + HMAC); a token the server did not sign starts
  a new conversation, so nobody can join another person's conversation by guessing; a session
  always persists across reconnects while its token is valid, so `session_persistence` can only
  be true (false is refused at start rather than silently ignored);
- messages longer than `max_message_length` get a clear reply and are not processed;
- each widget message carries a client message id: a resend after a dropped connection is
  answered from a short in-memory cache (replayed, not processed twice);
- nothing the user wrote, and no session id, is logged;
- replies go only to the socket that sent the message (another socket holding the same token
  hears nothing);
- "Clear" in the widget (`session_end`) and quick exit (`POST /webhooks/socketio/erase` with the
  session token as its body, sent by `navigator.sendBeacon` as the page is left) revoke the
  session at once and delete the conversation from the tracker store (assistant.privacy);
  the session token is the only authorisation, so only its holder can delete;
- tokens live 2 hours (renewed on each reconnect), not a day;
- a typed "/payload" counts only when the bot offered it as a button or it is a start payload
  (assistant.channels.inbound), and each conversation has a rate limit.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import secrets
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncServer

from assistant import settings
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

ORIGINS_ENV = "WEB_ALLOWED_ORIGINS"
SECRET_ENV = "WEB_SESSION_SECRET"  # noqa: S105 - a variable name, not a secret
MAX_LENGTH_ENV = "WEB_MAX_MESSAGE_LENGTH"
DEFAULT_ORIGINS = ("http://localhost:8080", "http://127.0.0.1:8080")
DEFAULT_SESSION_MAX_AGE = 2 * 3600
DEFAULT_START_PAYLOADS = ("/greet",)  # the widget's data-start-payload
MAX_REVOKED = 100_000
ERASE_BODY_LIMIT = 200  # a session token is under 100 characters
_MESSAGE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def parse_origins(value: str | Iterable[str] | None) -> list[str]:
    """Origins from a comma/space separated string or a list; '*' is refused."""
    if value is None:
        return []
    items = re.split(r"[,\s]+", value) if isinstance(value, str) else list(value)
    origins = [str(item).strip().rstrip("/") for item in items if str(item).strip()]
    if any(origin == "*" for origin in origins):
        raise ValueError("allowed_origins must list origins; '*' would accept any website")
    return origins


def resolve_origins(
    configured: str | Iterable[str] | None, env: Mapping[str, str] | None = None
) -> list[str]:
    """The environment wins over credentials.yml; the fallback is the local demo page."""
    listed = ", ".join(configured) if configured and not isinstance(configured, str) else configured
    return parse_origins(settings.text(ORIGINS_ENV, listed, environ=env)) or list(DEFAULT_ORIGINS)


def resolve_secret(configured: str | None, env: Mapping[str, str] | None = None) -> bytes:
    """Signing key for session tokens. Without one, a random key per process: a restart
    then starts new conversations, which is safe."""
    secret = settings.secret(SECRET_ENV, configured, env)
    return secret.encode("utf-8") if secret else secrets.token_bytes(32)


class SessionTokens:
    """Issue and check session tokens `<sender id>.<issued, hex>.<signature>`."""

    def __init__(self, secret: bytes, max_age: float = DEFAULT_SESSION_MAX_AGE, clock=time.time):
        self._secret = secret
        self._max_age = max_age
        self._clock = clock

    def _sign(self, body: str) -> str:
        return hmac.new(self._secret, body.encode("ascii"), hashlib.sha256).hexdigest()[:32]

    @property
    def max_age(self) -> float:
        return self._max_age

    def issue(self) -> tuple[str, str]:
        """A new (token, sender id). The sender id is 128 random bits."""
        sender_id = secrets.token_hex(16)
        return self.issue_for(sender_id), sender_id

    def issue_for(self, sender_id: str) -> str:
        """A fresh token for a conversation (a resumed session gets a new lifetime)."""
        body = f"{sender_id}.{int(self._clock()):x}"
        return f"{body}.{self._sign(body)}"

    def verify(self, token: Any, allow_expired: bool = False) -> str | None:
        """The sender id of a valid, unexpired token (or expired: `allow_expired`), else None."""
        if not isinstance(token, str) or len(token) > 100 or token.count(".") != 2:
            return None
        sender_id, issued_hex, signature = token.split(".")
        if not hmac.compare_digest(self._sign(f"{sender_id}.{issued_hex}"), signature):
            return None
        try:
            issued = int(issued_hex, 16)
        except ValueError:
            return None
        if self._clock() - issued > self._max_age and not allow_expired:
            return None
        return sender_id


@dataclass
class ReplyRecord:
    """The bot's replies to one user message, kept briefly so a resend can be answered."""

    done: asyncio.Event = field(default_factory=asyncio.Event)
    replies: list[dict[str, Any]] = field(default_factory=list)


class ReplyCache:
    """Recent replies per conversation, in memory only, bounded in count and age."""

    def __init__(self, per_session: int = 20, max_sessions: int = 5000, ttl: float = 3600.0):
        self._per_session = per_session
        self._max_sessions = max_sessions
        self._ttl = ttl
        self._sessions: OrderedDict[str, tuple[float, OrderedDict[str, ReplyRecord]]] = (
            OrderedDict()
        )

    def claim(self, sender_id: str, message_id: str, now: float) -> tuple[ReplyRecord, bool]:
        """The record for this message and whether it is new (i.e. must be processed)."""
        self._expire(now)
        _, records = self._sessions.pop(sender_id, (now, OrderedDict()))
        self._sessions[sender_id] = (now, records)
        if message_id in records:
            return records[message_id], False
        record = records[message_id] = ReplyRecord()
        while len(records) > self._per_session:
            records.popitem(last=False)
        return record, True

    def forget(self, sender_id: str) -> None:
        self._sessions.pop(sender_id, None)

    def _expire(self, now: float) -> None:
        while self._sessions:
            sender_id, (last_used, _) = next(iter(self._sessions.items()))
            if now - last_used <= self._ttl and len(self._sessions) < self._max_sessions:
                break
            del self._sessions[sender_id]


class RevokedSessions:
    """Sender ids whose session was ended ("Clear"), until their tokens expire anyway.
    In memory and bounded (the oldest go first)."""

    def __init__(self, max_age: float, limit: int = MAX_REVOKED, clock=time.time):
        self._max_age = max_age
        self._limit = limit
        self._clock = clock
        self._until: OrderedDict[str, float] = OrderedDict()

    def revoke(self, sender_id: str) -> None:
        self._until[sender_id] = self._clock() + self._max_age
        self._until.move_to_end(sender_id)
        while len(self._until) > self._limit:
            self._until.popitem(last=False)

    def __contains__(self, sender_id: str) -> bool:
        until = self._until.get(sender_id)
        if until is None:
            return False
        if until < self._clock():
            del self._until[sender_id]
            return False
        return True


class RecordingOutput(SocketIOOutput):
    """Rasa's socket.io output, tagging each reply with the message it answers and sending it
    only to the socket that asked (Rasa sends to the conversation's room: every socket that
    presented the same token would hear it)."""

    def __init__(self, sio: AsyncServer, bot_message_evt: str, message_id: str, record, sid):
        super().__init__(sio, bot_message_evt)
        self._message_id = message_id
        self._record = record
        self._sid = sid

    async def _send_message(self, socket_id: str, response: Any) -> None:
        tagged = dict(response, reply_to=self._message_id, seq=len(self._record.replies))
        self._record.replies.append(tagged)
        await super()._send_message(self._sid, tagged)


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


class SafeSocketIOInput(SocketIOInput):
    """Socket.IO input channel for the website widget (see the module docstring)."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        if credentials.get("session_persistence", True) is not True:
            # Sessions are the server's own tokens (see the module docstring); Rasa's
            # non-persistent mode (a new conversation per socket) is not offered.
            raise ValueError("session_persistence must be true (or left out) for this channel")
        return cls(
            user_message_evt=credentials.get("user_message_evt", "user_uttered"),
            bot_message_evt=credentials.get("bot_message_evt", "bot_uttered"),
            namespace=credentials.get("namespace"),
            socketio_path=credentials.get("socketio_path", "/socket.io"),
            allowed_origins=resolve_origins(credentials.get("allowed_origins")),
            max_message_length=settings.integer(
                MAX_LENGTH_ENV, DEFAULT_MAX_LENGTH, 1, credentials.get("max_message_length")
            ),
            session_secret=resolve_secret(credentials.get("session_secret")),
            session_max_age=float(
                credentials.get("session_max_age_seconds", DEFAULT_SESSION_MAX_AGE)
            ),
            start_payloads=credentials.get("start_payloads", DEFAULT_START_PAYLOADS),
        )

    def __init__(
        self,
        user_message_evt: str = "user_uttered",
        bot_message_evt: str = "bot_uttered",
        namespace: str | None = None,
        socketio_path: str = "/socket.io",
        allowed_origins: Iterable[str] = DEFAULT_ORIGINS,
        max_message_length: int = DEFAULT_MAX_LENGTH,
        session_secret: bytes | None = None,
        session_max_age: float = DEFAULT_SESSION_MAX_AGE,
        start_payloads: Iterable[str] = DEFAULT_START_PAYLOADS,
    ):
        # Sessions are always the server's own, so `session_persistence` is always on.
        super().__init__(user_message_evt, bot_message_evt, namespace, True, socketio_path, None)
        self.allowed_origins = parse_origins(list(allowed_origins)) or list(DEFAULT_ORIGINS)
        self.max_message_length = max_message_length
        self.tokens = SessionTokens(session_secret or secrets.token_bytes(32), session_max_age)
        self.start_payloads = tuple(start_payloads or ())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # Small transport buffer: a chat message needs far less than the 1 MB default.
        sio = AsyncServer(
            async_mode="sanic",
            cors_allowed_origins=self.allowed_origins,
            max_http_buffer_size=64 * 1024,
        )
        self.sio = sio
        running: dict[str, Any] = {}
        gate = WebChatGate(
            sio,
            self.tokens,
            self.bot_message_evt,
            self.max_message_length,
            tracker_store=lambda: tracker_store_of(running.get("app")),
            start_payloads=self.start_payloads,
            forget=lambda sender_id: forget_conversation(agent_of(running.get("app")), sender_id),
        )
        socketio_webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)

        @socketio_webhook.listener("before_server_start")
        async def remember_app(app, _loop) -> None:
            running["app"] = app  # its agent's tracker store holds the buttons offered

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        @socketio_webhook.route("/erase", methods=["POST"])
        async def erase(request: Request):
            """Quick exit: the body is the session token (text/plain, from sendBeacon). The
            answer is the same whatever the token: the page has gone, and it tells nothing."""
            running.setdefault("app", request.app)
            body = (request.body or b"")[:ERASE_BODY_LIMIT]
            await gate.erase(body.decode("ascii", "replace").strip())
            return response.empty(status=204)

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, environ: dict, auth: Any = None) -> bool:
            return True  # the Origin check already happened in engineio

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: str, *_: Any) -> None:
            gate.disconnect(sid)

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any = None) -> None:
            await gate.session_request(sid, data)

        @sio.on("session_end", namespace=self.namespace)
        async def session_end(sid: str, *_: Any) -> None:
            await gate.session_end(sid)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any = None) -> dict[str, Any]:
            return await gate.user_message(sid, data, on_new_message)

        return socketio_webhook
