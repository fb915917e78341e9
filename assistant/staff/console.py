"""Staff console backend: framework-neutral request handling, plus an aiohttp shell.

Everything under /staff/ needs the staff token (STAFF_TOKEN): HTTP Basic auth with the token as
password (the browser asks once), or `Authorization: Bearer <token>`. With STAFF_TOKEN unset the
console is off: every request gets 401. The console is an aiohttp sub-app mounted at /staff/ on
the web server (`staff_app`): its auth middleware guards every path under the prefix; its page
and scripts are served by the web server's own static handler from web/staff/, with the web
server's security headers and `Cache-Control: no-store`. (yarl is held at 1.12: with aiohttp 3.9,
which Rasa 3.6 requires, newer yarl breaks sub-app routing, aiohttp issue #9435.)

The console talks only to conversations it created itself: a session key maps, on the server,
to a sender id "staff-<random>"; the client never sends a sender id, so it cannot read anyone
else's conversation.

Cross-site requests: a browser that has cached the Basic credentials would send them with a
form another site posts here. So every POST must be `Content-Type: application/json` (a plain
form cannot set it without a CORS preflight, which this server never grants) and, with Basic
auth, carry an `Origin` equal to this server's own (Bearer tokens are never sent by a browser
on its own). Sessions are capped per client and in total, and a full table refuses new
sessions instead of dropping other people's.

Test conversations are deleted from the tracker store when their session ends: Reset, leaving
the page (`POST api/end`, sent as a beacon), or a session dropped to make room.

Mounted on the :8080 web server with `--mount assistant.staff.console:mount`; or run alone
(web server + console + the model in-process):
  python -m assistant.staff.console --port 8081 [--rasa-url URL | --actions-url URL]
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import logging
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from assistant import settings
from assistant.staff.domain_responses import varied_responses
from assistant.staff.save_test import as_yaml
from assistant.staff.turn_debug import turns

logger = logging.getLogger(__name__)
REPO_ROOT = Path(__file__).resolve().parents[2]
STATIC_DIR = REPO_ROOT / "web" / "staff"
STAFF_PREFIX = "/staff"
MAX_SESSIONS = 100
MAX_SESSIONS_PER_CLIENT = 10
SESSION_IDLE_SECONDS = 3600  # a session unused this long may make room for a new one
MAX_TEXT = 2000


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict = field(default_factory=dict)


def json_reply(data, status: int = 200) -> Reply:
    return Reply(status, json.dumps(data).encode("utf-8"))


def unauthorized() -> Reply:
    # Basic auth makes the browser ask for the token; nothing else is sent.
    return Reply(
        401,
        b"401 Unauthorized",
        "text/plain; charset=utf-8",
        {"WWW-Authenticate": 'Basic realm="staff console", charset="UTF-8"'},
    )


def token_from_header(authorization: str) -> str:
    scheme, _, value = (authorization or "").partition(" ")
    if scheme.lower() == "bearer":
        return value.strip()
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return ""
        return decoded.partition(":")[2]
    return ""


def is_authorized(authorization: str, expected: str | None) -> bool:
    if not expected:
        return False  # no token configured: the console is off
    given = token_from_header(authorization)
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())


class Sessions:
    """Session key -> sender id, both random. A client (its address) keeps at most
    `per_client` sessions (its own oldest goes first); when the table is full, sessions idle
    for `idle` seconds make room, and otherwise a new session is refused (None)."""

    def __init__(
        self,
        limit: int = MAX_SESSIONS,
        per_client: int = MAX_SESSIONS_PER_CLIENT,
        idle: float = SESSION_IDLE_SECONDS,
        clock=time.monotonic,
    ):
        self.limit = limit
        self.per_client = per_client
        self.idle = idle
        self.clock = clock
        # key -> (sender id, client, last used)
        self._sessions: OrderedDict[str, tuple[str, str, float]] = OrderedDict()
        self._ended: list[str] = []  # sender ids of ended sessions, to delete

    def __len__(self) -> int:
        return len(self._sessions)

    def create(self, client: str = "") -> str | None:
        now = self.clock()
        own = [key for key, (_, owner, _) in self._sessions.items() if owner == client]
        for key in own[: max(0, len(own) - self.per_client + 1)]:
            self.drop(key)
        if len(self._sessions) >= self.limit:
            for key, (_, _, used) in list(self._sessions.items()):
                if now - used > self.idle:
                    self.drop(key)
        if len(self._sessions) >= self.limit:
            return None
        key = secrets.token_urlsafe(24)
        self._sessions[key] = (f"staff-{secrets.token_hex(16)}", client, now)
        return key

    def sender(self, key) -> str | None:
        if not isinstance(key, str) or key not in self._sessions:
            return None
        sender, client, _ = self._sessions[key]
        self._sessions[key] = (sender, client, self.clock())
        return sender

    def drop(self, key) -> None:
        if isinstance(key, str) and key in self._sessions:
            self._ended.append(self._sessions.pop(key)[0])

    def take_ended(self) -> list[str]:
        """Sender ids of the sessions ended since the last call (their conversations must be
        deleted)."""
        ended, self._ended = self._ended, []
        return ended


def same_origin(origin: str, host: str) -> bool:
    """True when the Origin header names this server (scheme aside: TLS may end at a proxy)."""
    parts = urlsplit(origin or "")
    return parts.scheme in ("http", "https") and bool(host) and parts.netloc == host


def cross_site_refusal(method: str, authorization: str, headers: dict) -> Reply | None:
    """Why a state-changing request must be refused, or None. See the module docstring."""
    if method != "POST":
        return None
    content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type != "application/json":
        return json_reply({"error": "send JSON (Content-Type: application/json)"}, 415)
    if (headers.get("Sec-Fetch-Site") or "same-origin") not in ("same-origin", "none"):
        return json_reply({"error": "cross-site request refused"}, 403)
    bearer = authorization.lower().startswith("bearer ")
    origin = headers.get("Origin")
    if origin is None and bearer:
        return None  # not a browser's ambient credentials
    if not same_origin(origin or "", headers.get("Host") or ""):
        return json_reply({"error": "cross-site request refused"}, 403)
    return None


class StaffConsole:
    def __init__(self, backend, token: str | None = None, sessions: Sessions | None = None):
        self.backend = backend
        self._token = token
        self.sessions = sessions if sessions is not None else Sessions()  # an empty one is falsy

    @property
    def token(self) -> str | None:
        return self._token if self._token is not None else settings.secret("STAFF_TOKEN")

    async def handle(
        self,
        method: str,
        path: str,
        authorization: str,
        body: bytes,
        query: dict | None = None,
        headers: dict | None = None,
        client: str = "",
    ) -> Reply:
        if not is_authorized(authorization, self.token):
            return unauthorized()
        refusal = cross_site_refusal(method, authorization, headers or {})
        if refusal is not None:
            return refusal
        return await self._route(method, path, body, query or {}, client)

    async def _route(
        self, method: str, path: str, body: bytes, query: dict, client: str = ""
    ) -> Reply:
        rest = path.removeprefix(STAFF_PREFIX).strip("/")
        if not rest.startswith("api/"):
            return Reply(404, b"not found", "text/plain")
        try:
            data = json.loads(body or b"{}") if method == "POST" else {}
        except ValueError:
            return json_reply({"error": "bad json"}, 400)
        if not isinstance(data, dict):
            return json_reply({"error": "bad json"}, 400)
        if (method, rest) == ("POST", "api/session"):
            self.sessions.drop(data.get("previous"))
            key = self.sessions.create(client)
            await self._delete_ended()
            if key is None:
                return json_reply({"error": "too many open sessions: try again later"}, 429)
            return json_reply({"session": key})
        if (method, rest) == ("POST", "api/end"):
            self.sessions.drop(data.get("session"))
            await self._delete_ended()
            return json_reply({"ended": True})
        if (method, rest) == ("POST", "api/message"):
            return await self._message(data)
        if (method, rest) == ("GET", "api/export"):
            return await self._export(query.get("session"), query.get("name"))
        return json_reply({"error": "not found"}, 404)

    async def _delete_ended(self) -> None:
        """Delete the conversations of ended sessions (a backend without `forget`, or a
        failure, leaves them to the retention period)."""
        forget = getattr(self.backend, "forget", None)
        for sender in self.sessions.take_ended():
            if forget is not None:
                try:
                    await forget(sender)
                except Exception as error:  # noqa: BLE001 - ending a session must not fail
                    logger.error("Deleting a test conversation failed: %s", type(error).__name__)

    async def _message(self, data: dict) -> Reply:
        sender = self.sessions.sender(data.get("session"))
        text = data.get("text")
        if sender is None:
            return json_reply({"error": "unknown session: press Reset"}, 409)
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
            return json_reply({"error": "message must be 1 to 2000 characters"}, 400)
        messages = await self.backend.say(text, sender)
        all_turns = turns(await self.backend.tracker(sender))
        return json_reply({"messages": messages, "turn": all_turns[-1] if all_turns else None})

    async def _export(self, key, name) -> Reply:
        sender = self.sessions.sender(key)
        if sender is None:
            return json_reply({"error": "unknown session: press Reset"}, 409)
        all_turns = turns(await self.backend.tracker(sender))
        if not all_turns:
            return json_reply({"error": "nothing to save yet"}, 400)
        title = (name or "").strip()[:80] or "saved from the staff console"
        text = as_yaml(all_turns, title, varied_responses())
        filename = "staff-conversation.yml"
        return Reply(
            200,
            text.encode("utf-8"),
            "text/yaml; charset=utf-8",
            {"Content-Disposition": f'attachment; filename="{filename}"'},
        )


def as_response(reply: Reply):
    from aiohttp import web

    headers = {**reply.headers, "Content-Type": reply.content_type}
    return web.Response(status=reply.status, body=reply.body, headers=headers)


def auth_middleware(console: StaffConsole):
    """Everything of the console needs the token; nothing of it is ever cached."""
    from aiohttp import web

    @web.middleware
    async def staff_only(request: web.Request, handler):
        if not is_authorized(request.headers.get("Authorization", ""), console.token):
            return as_response(unauthorized())
        response = await handler(request)
        response.headers["Cache-Control"] = "no-store"
        return response

    return staff_only


def staff_app(console: StaffConsole, config=None):
    """The console as an aiohttp sub-app for /staff/: its own auth middleware (so unknown paths
    under /staff/ get 401 too, not 404), the API, and the page and scripts of web/staff/ through
    the web server's static handler. The web server's security headers apply: its middleware
    runs first for a sub-app's requests."""
    from aiohttp import web

    from assistant.web_server import WebConfig, static_handler

    async def api(request: web.Request) -> web.Response:
        reply = await console.handle(
            request.method,
            request.path,
            request.headers.get("Authorization", ""),
            await request.read(),
            dict(request.query),
            headers={
                name: request.headers[name]
                for name in ("Content-Type", "Origin", "Host", "Sec-Fetch-Site")
                if name in request.headers
            },
            client=request.remote or "",
        )
        return as_response(reply)

    async def to_slash(_: web.Request) -> web.Response:
        raise web.HTTPFound(STAFF_PREFIX + "/")  # the page's relative URLs need the slash

    app = web.Application(middlewares=[auth_middleware(console)])
    app.router.add_get("", to_slash)  # "/staff" itself
    app.router.add_route("*", "/api/{rest:.*}", api)
    app.router.add_get("/{path:.*}", static_handler(config or WebConfig(), STATIC_DIR))
    return app


def add_routes(app, console: StaffConsole, config=None) -> None:
    """Mount the console on the web server's aiohttp app (assistant.web_server) at /staff/."""
    app.add_subapp(STAFF_PREFIX + "/", staff_app(console, config))


def mount(app, config=None) -> None:
    """`python -m assistant.web_server --mount assistant.staff.console:mount`.

    Talks to the running Rasa server (RASA_URL; the token from RASA_API_TOKEN_FILE or
    RASA_API_TOKEN, sent only in headers; the server needs --enable-api),
    so the web server does not load a second copy of the model.
    """
    from assistant.staff.backends import HttpBackend

    add_routes(app, StaffConsole(HttpBackend()), config)


def standalone_app(rasa_url: str | None, actions_url: str, model: str):
    """The web server with the console mounted and, without --rasa-url, the agent in-process
    (tests, or trying the console without `make run`)."""
    from assistant.staff.backends import HttpBackend, load_agent_backend
    from assistant.web_server import create_app

    console = StaffConsole(HttpBackend(rasa_url) if rasa_url else None)
    app = create_app(mounts=[lambda app, config: add_routes(app, console, config)])

    async def load(app) -> None:  # the agent must live on the server's event loop
        console.backend = await load_agent_backend(model, actions_url)

    if not rasa_url:
        app.on_startup.append(load)
    return app


def main() -> None:
    import argparse

    from aiohttp import web

    parser = argparse.ArgumentParser(description="Run the web server with the staff console.")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--rasa-url", help="use a running Rasa server (needs --enable-api)")
    parser.add_argument("--actions-url", default="http://127.0.0.1:5055/webhook")
    parser.add_argument("--model", default=str(REPO_ROOT / "models" / "current.tar.gz"))
    args = parser.parse_args()
    app = standalone_app(args.rasa_url, args.actions_url, args.model)
    web.run_app(app, host="127.0.0.1", port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
