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

import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncServer

from assistant import settings
from assistant.channels.inbound import DEFAULT_MAX_LENGTH, too_long_reply, tracker_store_of
from assistant.channels.web.gate import DEFAULT_START_PAYLOADS, WebChatGate
from assistant.channels.web.replies import ReplyCache
from assistant.channels.web.tokens import DEFAULT_SESSION_MAX_AGE, SessionTokens
from assistant.privacy.forget import agent_of, forget_conversation

# Re-exported: tests and tools reach the parts through the channel module.
__all__ = ["ReplyCache", "SafeSocketIOInput", "SessionTokens", "WebChatGate", "too_long_reply"]

logger = logging.getLogger(__name__)

ORIGINS_ENV = "WEB_ALLOWED_ORIGINS"
SECRET_ENV = "WEB_SESSION_SECRET"  # noqa: S105 - a variable name, not a secret
MAX_LENGTH_ENV = "WEB_MAX_MESSAGE_LENGTH"
DEFAULT_ORIGINS = ("http://localhost:8080", "http://127.0.0.1:8080")
ERASE_BODY_LIMIT = 200  # a session token is under 100 characters


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
            max_message_length=settings.number(
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
