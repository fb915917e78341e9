"""Staff console backend with a fake bot: the token, own conversations only, save as test."""

import base64
import json
import secrets

import pytest
import yaml

from assistant.staff.console import StaffConsole
from tools.conversations.spec import parse_document

TOKEN = secrets.token_urlsafe(16)  # a fresh token per run


class FakeBackend:
    """Echoes; keeps trackers per sender so we can see who was talked to."""

    def __init__(self):
        self.events = {}

    async def say(self, text, sender):
        reply = {"text": f"You said {text}", "buttons": [{"title": "Yes", "payload": "/affirm"}]}
        self.events.setdefault(sender, []).extend(
            [
                {
                    "event": "user",
                    "text": text,
                    "parse_data": {
                        "intent": {"name": "greet", "confidence": 0.9},
                        "intent_ranking": [],
                    },
                },
                {
                    "event": "bot",
                    "text": reply["text"],
                    "data": {"buttons": reply["buttons"]},
                    "metadata": {"utter_action": "utter_echo"},
                },
            ]
        )
        return [reply]

    async def tracker(self, sender):
        return {"sender_id": sender, "events": self.events.get(sender, [])}


def basic(token, user="staff"):
    return "Basic " + base64.b64encode(f"{user}:{token}".encode()).decode()


@pytest.fixture
def console():
    return StaffConsole(FakeBackend(), token=TOKEN)


# What a browser on the console's own page sends with a fetch() POST.
SAME_ORIGIN = {"Content-Type": "application/json", "Origin": "http://console.test",
               "Host": "console.test", "Sec-Fetch-Site": "same-origin"}  # fmt: skip


async def call(console, method, path, auth=None, body=None, query=None, headers=None):
    raw = json.dumps(body).encode() if body is not None else b""
    auth = basic(TOKEN) if auth is None else auth
    headers = SAME_ORIGIN if headers is None else headers
    return await console.handle(method, path, auth, raw, query, headers=headers)


@pytest.mark.parametrize("auth", ["", basic("wrong"), "Bearer wrong", "Basic !!!", basic("")])
@pytest.mark.parametrize("path", ["/staff/", "/staff/console.js", "/staff/api/session"])
async def test_refused_without_the_right_token(console, auth, path):
    reply = await call(console, "GET" if "api" not in path else "POST", path, auth=auth, body={})
    assert reply.status == 401
    assert reply.body == b"401 Unauthorized"
    assert "Basic" in reply.headers["WWW-Authenticate"]


async def test_console_off_when_token_unset(monkeypatch):
    monkeypatch.delenv("STAFF_TOKEN", raising=False)
    console = StaffConsole(FakeBackend())
    for auth in ("", basic(""), "Bearer "):
        assert (await call(console, "GET", "/staff/", auth=auth)).status == 401


async def test_token_from_environment(monkeypatch):
    monkeypatch.setenv("STAFF_TOKEN", TOKEN)
    console = StaffConsole(FakeBackend())
    reply = await call(console, "POST", "/staff/api/session", auth=f"Bearer {TOKEN}", body={})
    assert reply.status == 200


@pytest.mark.parametrize("path", ["/staff/../../etc/passwd", "/staff/conftest.py", "/staff/api/x"])
async def test_unknown_paths_are_404(console, path):
    assert (await call(console, "GET", path)).status == 404


async def test_sessions_are_staff_senders_never_given_by_client(console):
    key = json.loads((await call(console, "POST", "/staff/api/session", body={})).body)["session"]
    reply = await call(
        console,
        "POST",
        "/staff/api/message",
        body={"session": key, "text": "hello", "sender": "someone-else"},
    )
    data = json.loads(reply.body)
    assert reply.status == 200
    assert data["turn"]["intent"]["name"] == "greet"
    [sender] = console.backend.events
    assert sender.startswith("staff-") and len(sender) > 20
    assert sender not in reply.body.decode() and key != sender
    # A made-up session or a raw sender id is refused, and nothing is read.
    for fake in ("someone-else", sender, None, 3):
        refused = await call(
            console, "POST", "/staff/api/message", body={"session": fake, "text": "x"}
        )
        assert refused.status == 409
    assert list(console.backend.events) == [sender]


async def test_reset_starts_a_new_conversation_and_forgets_the_old(console):
    first = json.loads((await call(console, "POST", "/staff/api/session", body={})).body)["session"]
    second = json.loads(
        (await call(console, "POST", "/staff/api/session", body={"previous": first})).body
    )["session"]
    assert first != second
    old = await call(console, "POST", "/staff/api/message", body={"session": first, "text": "x"})
    assert old.status == 409


@pytest.mark.parametrize("body", [{"text": ""}, {"text": "x" * 2001}, {"text": 5}])
async def test_bad_messages_are_refused(console, body):
    key = json.loads((await call(console, "POST", "/staff/api/session", body={})).body)["session"]
    reply = await call(console, "POST", "/staff/api/message", body={"session": key, **body})
    assert reply.status == 400


async def test_save_as_test_downloads_a_valid_conversation_file(console):
    key = json.loads((await call(console, "POST", "/staff/api/session", body={})).body)["session"]
    await call(console, "POST", "/staff/api/message", body={"session": key, "text": "hello"})
    await call(console, "POST", "/staff/api/message", body={"session": key, "text": "/affirm"})
    reply = await call(
        console, "GET", "/staff/api/export", query={"session": key, "name": "greeting"}
    )
    assert reply.status == 200
    assert "attachment" in reply.headers["Content-Disposition"]
    [conversation] = parse_document(yaml.safe_load(reply.body), "saved.yml")
    assert conversation.name == "greeting"
    assert [s.kind for s in conversation.steps] == ["user", "bot", "click", "bot"]
    assert conversation.steps[2].text == "Yes"


# ---------- issue 18, point 6: cross-site requests and session exhaustion ----------


@pytest.mark.parametrize(
    "headers",
    [
        # what a cross-site <form enctype="text/plain"> sends with cached Basic credentials
        {"Content-Type": "text/plain", "Origin": "https://evil.example", "Host": "console.test"},
        {"Content-Type": "application/x-www-form-urlencoded", "Host": "console.test"},
        {"Content-Type": "application/json", "Origin": "https://evil.example",
         "Host": "console.test"},
        {"Content-Type": "application/json", "Origin": "http://console.test.evil.example",
         "Host": "console.test"},
        {"Content-Type": "application/json", "Host": "console.test"},  # Basic, no Origin
        {**SAME_ORIGIN, "Sec-Fetch-Site": "cross-site"},
    ],
)  # fmt: skip
async def test_cross_site_posts_are_refused_and_create_nothing(console, headers):
    reply = await call(console, "POST", "/staff/api/session", body={}, headers=headers)
    assert reply.status in (403, 415)
    assert len(console.sessions) == 0


async def test_bearer_clients_need_json_but_no_origin(console):
    bearer = f"Bearer {TOKEN}"
    json_only = {"Content-Type": "application/json"}
    assert (
        await call(console, "POST", "/staff/api/session", bearer, {}, headers=json_only)
    ).status == 200
    plain = {"Content-Type": "text/plain"}
    assert (
        await call(console, "POST", "/staff/api/session", bearer, {}, headers=plain)
    ).status == 415


async def test_one_client_cannot_empty_the_session_table():
    console = StaffConsole(FakeBackend(), token=TOKEN)

    async def new_session(client):
        reply = await console.handle(
            "POST", "/staff/api/session", basic(TOKEN), b"{}", headers=SAME_ORIGIN, client=client
        )
        return reply.status, json.loads(reply.body).get("session")

    _, mine = await new_session("10.0.0.1")
    for _ in range(101):
        await new_session("10.0.0.66")
    assert console.sessions.sender(mine) is not None  # not evicted by the other client
    assert len(console.sessions) <= 1 + 10


async def test_a_full_table_refuses_new_sessions_instead_of_dropping_others():
    from assistant.staff.console import Sessions

    now = [0.0]
    sessions = Sessions(limit=3, per_client=3, idle=60, clock=lambda: now[0])
    keys = [sessions.create(f"client-{n}") for n in range(3)]
    assert sessions.create("client-9") is None
    assert all(sessions.sender(key) for key in keys)
    now[0] += 30
    sessions.sender(keys[0])  # used: stays
    now[0] += 40  # the other two are idle for 70 s
    assert sessions.create("client-9") is not None
    assert sessions.sender(keys[0]) is not None
