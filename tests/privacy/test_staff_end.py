"""Staff console test sessions are deleted when the staff member ends them (Reset, leaving the
page, or a session dropped to make room), through the REST channel's token-protected delete
route, down to the real PostgreSQL tracker store."""

from __future__ import annotations

import json
import secrets

import pytest
from sanic import response

from assistant.channels.rest import SafeRestInput
from assistant.staff.backends import HttpBackend
from assistant.staff.console import Sessions, StaffConsole
from tests.privacy.helpers import StoreAgent, event_counts, pg_store
from tests.security.helpers import ChannelServer

STAFF = secrets.token_urlsafe(16)
API = secrets.token_urlsafe(24)
HEADERS = {"Content-Type": "application/json", "Origin": "http://c.test", "Host": "c.test",
           "Sec-Fetch-Site": "same-origin"}  # fmt: skip


async def call(console, path, body=None, client="10.0.0.1"):
    reply = await console.handle(
        "POST", f"/staff/api/{path}", f"Bearer {STAFF}", json.dumps(body or {}).encode(),
        headers=HEADERS, client=client,
    )  # fmt: skip
    return reply.status, json.loads(reply.body)


@pytest.fixture
async def rasa(pg_database):
    store = pg_store(pg_database)
    server = ChannelServer(StoreAgent(store), [SafeRestInput(token=API)])

    @server.app.get("/conversations/<sender>/tracker")
    async def tracker(_request, sender):  # the part of Rasa's HTTP API the console reads
        return response.json({"sender_id": sender, "events": []})

    await server.start()
    yield server, store
    await server.stop()
    store.engine.dispose()


async def test_reset_and_leaving_delete_the_test_conversations(rasa):
    server, store = rasa
    console = StaffConsole(HttpBackend(server.base, token=API), token=STAFF)
    _, first = await call(console, "session")
    await call(console, "message", {"session": first["session"], "text": "hello"})
    assert len(event_counts(store.engine)) == 1

    _, second = await call(console, "session", {"previous": first["session"]})  # Reset
    assert event_counts(store.engine) == {}
    await call(console, "message", {"session": second["session"], "text": "hello"})
    assert len(event_counts(store.engine)) == 1

    status, _ = await call(console, "end", {"session": second["session"]})  # page left
    assert status == 200
    assert event_counts(store.engine) == {}
    status, _ = await call(console, "message", {"session": second["session"], "text": "x"})
    assert status == 409  # the ended session is gone too


async def test_sessions_dropped_to_make_room_are_deleted_too():
    forgotten = []

    class Backend:
        async def forget(self, sender):
            forgotten.append(sender)

    sessions = Sessions(per_client=2)
    console = StaffConsole(Backend(), token=STAFF, sessions=sessions)
    keys = [(await call(console, "session"))[1]["session"] for _ in range(3)]
    assert len(forgotten) == 1
    assert sessions.sender(keys[0]) is None


async def test_the_delete_route_needs_the_api_token(rasa):
    server, store = rasa
    await server.rest({"sender": "staff-abc", "message": "hi"}, {"Authorization": f"Bearer {API}"})
    url = f"{server.base}/webhooks/rest/forget"
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        async with server.session.post(url, json={"sender": "staff-abc"}, headers=headers) as r:
            assert r.status == 401
    assert event_counts(store.engine) == {"staff-abc": 3}
    async with server.session.post(
        url, json={"sender": "staff-abc"}, headers={"Authorization": f"Bearer {API}"}
    ) as r:
        assert r.status == 200
    assert event_counts(store.engine) == {}


async def test_without_an_api_token_nothing_can_be_deleted(pg_database):
    store = pg_store(pg_database)
    server = await ChannelServer(StoreAgent(store), [SafeRestInput(token="")]).start()
    try:
        await server.rest({"sender": "someone", "message": "hi"})
        async with server.session.post(
            f"{server.base}/webhooks/rest/forget", json={"sender": "someone"}
        ) as r:
            assert r.status == 403
        assert event_counts(store.engine) == {"someone": 3}
    finally:
        await server.stop()
        store.engine.dispose()
