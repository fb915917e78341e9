"""Web chat: "Clear conversation" (socket event) and quick exit (beacon to
POST /webhooks/socketio/erase) delete the conversation from the tracker store, authorised by
the session token only, and revoke the token; the next message starts fresh. Real Sanic,
real socket.io client, real PostgreSQL tracker store."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
import socketio

from assistant.channels.web.channel import SafeSocketIOInput, SessionTokens, WebChatGate
from tests.privacy.helpers import StoreAgent, event_counts, pg_store
from tests.security.helpers import ChannelServer

SECRET = b"privacy-test-secret"


@pytest.fixture
async def web(pg_database):
    store = pg_store(pg_database)
    channel = SafeSocketIOInput(
        allowed_origins=["http://127.0.0.1"], session_secret=SECRET, start_payloads=()
    )
    server = await ChannelServer(StoreAgent(store), [channel]).start()
    await server.server.before_start()  # as `rasa run`: the channel learns the app (agent)
    yield server, store
    await server.stop()
    store.engine.dispose()


class Widget:
    """A socket.io client doing what the widget does."""

    def __init__(self, base: str):
        self.base = base
        self.client = socketio.AsyncClient()
        self.token = None
        self.replies: list[str] = []
        self._confirmed = asyncio.Event()
        self.client.on("session_confirm", self._on_confirm)
        self.client.on("bot_uttered", lambda data: self.replies.append(data["text"]))

    async def _on_confirm(self, token):
        self.token = token
        self._confirmed.set()

    async def start(self, token=None):
        await self.client.connect(
            self.base,
            socketio_path="/socket.io",
            headers={"Origin": "http://127.0.0.1"},
            transports=["polling"],  # the websocket client needs a newer aiohttp than Rasa allows
        )
        await self.request_session(token)
        return self

    async def request_session(self, token=None):
        self._confirmed.clear()
        await self.client.emit("session_request", {"session_id": token})
        await asyncio.wait_for(self._confirmed.wait(), 5)

    async def say(self, text: str) -> str:
        ack = await self.client.call("user_uttered", {"message": text}, timeout=10)
        assert ack["status"] == "ok"
        return self.replies[-1]

    async def close(self):
        # abort: a graceful close waits for the long poll (about 30 s)
        await self.client.eio.disconnect(abort=True)

    @property
    def sender_id(self) -> str:
        return self.token.split(".")[0]


async def test_quick_exit_beacon_deletes_the_conversation_and_revokes_the_token(web):
    server, store = web
    widget = await Widget(server.base).start()
    await widget.say("a private question")
    assert await widget.say("another one") == "message 2"
    assert event_counts(store.engine) == {widget.sender_id: 6}
    token = widget.token

    # What navigator.sendBeacon(url, token) sends: text/plain, no credentials.
    async with aiohttp.ClientSession() as http:
        async with http.post(
            f"{server.base}/webhooks/socketio/erase",
            data=token,
            headers={"Content-Type": "text/plain;charset=UTF-8"},
        ) as response:
            assert response.status == 204
    assert event_counts(store.engine) == {}
    assert await store.retrieve(widget.sender_id) is None

    # The old token no longer resumes it; the next message starts a new conversation.
    await widget.request_session(token)
    assert widget.sender_id != token.split(".")[0]
    assert await widget.say("hello again") == "message 1"
    await widget.close()


async def test_clear_conversation_deletes_it_and_the_next_message_starts_fresh(web):
    server, store = web
    widget = await Widget(server.base).start()
    await widget.say("something to forget")
    old = widget.sender_id
    other = await Widget(server.base).start()
    await other.say("someone else")

    await widget.client.emit("session_end")
    await widget.request_session(None)  # the widget asks for a new session at once
    assert await widget.say("new start") == "message 1"
    counts = event_counts(store.engine)
    assert old not in counts
    assert counts == {widget.sender_id: 3, other.sender_id: 3}
    await widget.close()
    await other.close()


@pytest.mark.parametrize("body", ["", "not-a-token", "a.b.c", "x" * 5000])
async def test_erase_without_a_valid_token_deletes_nothing(web, body):
    server, store = web
    widget = await Widget(server.base).start()
    await widget.say("stay")
    forged = SessionTokens(b"another-secret").issue_for(widget.sender_id)
    async with aiohttp.ClientSession() as http:
        for attempt in (body, forged, widget.sender_id):
            async with http.post(f"{server.base}/webhooks/socketio/erase", data=attempt) as r:
                assert r.status == 204  # the same answer whatever was sent
    assert event_counts(store.engine) == {widget.sender_id: 3}
    await widget.close()


async def test_an_expired_token_still_deletes_its_conversation():
    clock = [1000.0]
    tokens = SessionTokens(SECRET, max_age=60, clock=lambda: clock[0])
    forgotten = []

    async def forget(sender_id):
        forgotten.append(sender_id)

    gate = WebChatGate(None, tokens, forget=forget)
    token, sender_id = tokens.issue()
    clock[0] += 3600
    assert tokens.verify(token) is None
    assert await gate.erase(token)
    assert forgotten == [sender_id] and sender_id in gate.revoked
