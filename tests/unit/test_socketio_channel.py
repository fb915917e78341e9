"""The web chat channel: origins, session tokens, length limit, resend handling, no logging."""

from __future__ import annotations

import asyncio
import logging

import pytest

from assistant.channels.web.channel import (
    DEFAULT_ORIGINS,
    ReplyCache,
    SafeSocketIOInput,
    SessionTokens,
    WebChatGate,
    parse_origins,
    resolve_origins,
    too_long_reply,
)

SECRET = b"test-secret-not-for-production"


class FakeSio:
    """Records what the gate asks the socket.io server to do."""

    def __init__(self):
        self.emitted: list[tuple[str, object, str]] = []
        self.rooms: dict[str, set[str]] = {}

    async def emit(self, event, data=None, room=None, **_):
        self.emitted.append((event, data, room))

    async def enter_room(self, sid, room, namespace=None):
        self.rooms.setdefault(sid, set()).add(room)

    async def leave_room(self, sid, room, namespace=None):
        self.rooms.get(sid, set()).discard(room)

    def events(self, name):
        return [(data, room) for event, data, room in self.emitted if event == name]


class FakeBot:
    """Stands in for Rasa's on_new_message: replies with two messages."""

    def __init__(self):
        self.received = []

    async def __call__(self, message):
        self.received.append((message.text, message.sender_id))
        await message.output_channel.send_text_message(message.sender_id, "one\n\ntwo")


def make_gate(max_length=50):
    sio = FakeSio()
    return sio, WebChatGate(sio, SessionTokens(SECRET), max_length=max_length)


async def start_session(gate, sio, sid="sid-1", token=None):
    await gate.session_request(sid, {"session_id": token})
    return sio.events("session_confirm")[-1][0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "https://a.example, http://b.example:8080/",
            ["https://a.example", "http://b.example:8080"],
        ),
        (["http://x.example"], ["http://x.example"]),
        ("", []),
        (None, []),
    ],
)
def test_parse_origins(value, expected):
    assert parse_origins(value) == expected


@pytest.mark.parametrize("value", ["*", ["http://a.example", "*"]])
def test_wildcard_origin_is_refused(value):
    with pytest.raises(ValueError):
        parse_origins(value)


def test_environment_origins_win_and_default_is_local_demo():
    env = {"WEB_ALLOWED_ORIGINS": "https://site.example"}
    assert resolve_origins(["https://other.example"], env) == ["https://site.example"]
    assert resolve_origins(["https://other.example"], {}) == ["https://other.example"]
    assert resolve_origins(None, {}) == list(DEFAULT_ORIGINS)


def test_channel_from_credentials_is_not_open(monkeypatch):
    monkeypatch.delenv("WEB_ALLOWED_ORIGINS", raising=False)
    monkeypatch.delenv("WEB_MAX_MESSAGE_LENGTH", raising=False)
    channel = SafeSocketIOInput.from_credentials(
        {"allowed_origins": "https://site.example", "max_message_length": 300}
    )
    assert channel.allowed_origins == ["https://site.example"]
    assert channel.max_message_length == 300
    assert channel.name() == "socketio"


def test_tokens_round_trip_and_reject_tampering():
    tokens = SessionTokens(SECRET)
    token, sender = tokens.issue()
    assert tokens.verify(token) == sender
    assert len(sender) == 32
    other_token, other_sender = tokens.issue()
    assert other_sender != sender
    forged = other_sender + token[len(sender) :]
    assert tokens.verify(forged) is None
    assert tokens.verify(sender) is None  # a bare id, as Rasa's own widget would send
    assert SessionTokens(b"another key").verify(token) is None
    assert tokens.verify({"not": "a string"}) is None


def test_tokens_expire():
    now = [1_000_000.0]
    tokens = SessionTokens(SECRET, max_age=60, clock=lambda: now[0])
    token, sender = tokens.issue()
    now[0] += 59
    assert tokens.verify(token) == sender
    now[0] += 2
    assert tokens.verify(token) is None


async def test_unknown_session_id_gets_a_new_server_session():
    sio, gate = make_gate()
    guessed = "someone-elses-session-id"
    token = await start_session(gate, sio, token=guessed)
    assert token != guessed
    sender = gate.tokens.verify(token)
    assert gate.senders["sid-1"] == sender


async def test_valid_token_resumes_the_same_conversation_on_a_new_socket():
    sio, gate = make_gate()
    token = await start_session(gate, sio, "sid-1")
    again = await start_session(gate, sio, "sid-2", token=token)
    assert gate.tokens.verify(again) == gate.tokens.verify(token)
    assert gate.senders["sid-2"] == gate.senders["sid-1"]


async def test_new_session_request_moves_the_socket_to_a_new_conversation():
    sio, gate = make_gate()
    await start_session(gate, sio, "sid-1")
    first = gate.senders["sid-1"]
    await start_session(gate, sio, "sid-1", token=None)
    assert gate.senders["sid-1"] != first


async def test_message_goes_to_bot_under_the_server_session_not_a_client_one():
    sio, gate = make_gate()
    bot = FakeBot()
    token = await start_session(gate, sio)
    ack = await gate.user_message(
        "sid-1", {"message": "hello", "session_id": "victim", "message_id": "m1"}, bot
    )
    assert ack == {"status": "ok"}
    assert bot.received == [("hello", gate.tokens.verify(token))]
    replies = [data for data, _ in sio.events("bot_uttered")]
    assert [(r["text"], r["reply_to"], r["seq"]) for r in replies] == [
        ("one", "m1", 0),
        ("two", "m1", 1),
    ]


async def test_message_before_session_is_refused():
    sio, gate = make_gate()
    bot = FakeBot()
    assert await gate.user_message("sid-9", {"message": "hi"}, bot) == {"status": "no_session"}
    assert bot.received == []


@pytest.mark.parametrize("data", [None, "text", {"message": ""}, {"message": "   "}, {"x": 1}])
async def test_malformed_messages_are_ignored(data):
    sio, gate = make_gate()
    bot = FakeBot()
    await start_session(gate, sio)
    assert (await gate.user_message("sid-1", data, bot))["status"] == "invalid"
    assert bot.received == []


async def test_too_long_message_gets_a_clear_reply_and_is_not_processed():
    sio, gate = make_gate(max_length=50)
    bot = FakeBot()
    await start_session(gate, sio)
    ack = await gate.user_message("sid-1", {"message": "x" * 51, "message_id": "m1"}, bot)
    assert ack == {"status": "too_long", "limit": 50}
    assert bot.received == []
    (reply, room), *_ = sio.events("bot_uttered")
    assert reply["text"] == too_long_reply(51, 50)
    assert room == "sid-1"
    assert "50" in reply["text"]


async def test_exactly_the_limit_is_accepted():
    sio, gate = make_gate(max_length=50)
    bot = FakeBot()
    await start_session(gate, sio)
    assert (await gate.user_message("sid-1", {"message": "y" * 50}, bot))["status"] == "ok"


async def test_resent_message_is_replayed_not_processed_twice():
    sio, gate = make_gate()
    bot = FakeBot()
    token = await start_session(gate, sio, "sid-1")
    await gate.user_message("sid-1", {"message": "hello", "message_id": "m1"}, bot)
    # The connection dropped before the ack arrived; the widget resends on a new socket.
    await start_session(gate, sio, "sid-2", token=token)
    ack = await gate.user_message("sid-2", {"message": "hello", "message_id": "m1"}, bot)
    assert ack == {"status": "ok", "replayed": True}
    assert len(bot.received) == 1
    replayed = [data["text"] for data, room in sio.events("bot_uttered") if room == "sid-2"]
    assert replayed == ["one", "two"]


async def test_resend_while_first_attempt_runs_waits_for_it():
    sio, gate = make_gate()
    release = asyncio.Event()

    async def slow_bot(message):
        await release.wait()
        await message.output_channel.send_text_message(message.sender_id, "done")

    await start_session(gate, sio)
    first = asyncio.create_task(
        gate.user_message("sid-1", {"message": "a", "message_id": "m"}, slow_bot)
    )
    second = asyncio.create_task(
        gate.user_message("sid-1", {"message": "a", "message_id": "m"}, slow_bot)
    )
    await asyncio.sleep(0)
    assert not second.done()
    release.set()
    assert (await first)["status"] == "ok"
    assert (await second)["replayed"] is True


async def test_bot_failure_is_acknowledged_and_logged_without_text(caplog):
    sio, gate = make_gate()

    async def broken_bot(message):
        raise RuntimeError(f"boom while handling {message.text}")

    await start_session(gate, sio)
    with caplog.at_level(logging.DEBUG):
        ack = await gate.user_message(
            "sid-1", {"message": "my secret words", "message_id": "m1"}, broken_bot
        )
    assert ack == {"status": "error"}
    assert "RuntimeError" in caplog.text
    assert "secret words" not in caplog.text


async def test_no_user_text_or_session_in_logs(caplog):
    sio, gate = make_gate(max_length=20)
    bot = FakeBot()
    with caplog.at_level(logging.DEBUG):
        token = await start_session(gate, sio)
        await gate.user_message("sid-1", {"message": "private words here", "message_id": "a"}, bot)
        await gate.user_message("sid-1", {"message": "too long private words" * 3}, bot)
        gate.disconnect("sid-1")
    for secret in ("private words", gate.tokens.verify(token), token):
        assert secret not in caplog.text


def test_reply_cache_is_bounded():
    cache = ReplyCache(per_session=2, max_sessions=2, ttl=10)
    cache.claim("s1", "a", now=0)
    cache.claim("s1", "b", now=0)
    cache.claim("s1", "c", now=0)
    assert cache.claim("s1", "a", now=1)[1] is True  # "a" fell out
    cache.claim("s2", "x", now=1)
    cache.claim("s3", "y", now=1)  # s1 is the oldest session: evicted
    assert cache.claim("s1", "c", now=2)[1] is True
    assert cache.claim("s3", "y", now=20)[1] is True  # expired after ttl


# ---------- issue 18: tokens, eavesdropping, Clear, typed payloads, rate ----------


def test_tokens_live_two_hours_by_default():
    now = [1_000_000.0]
    tokens = SessionTokens(SECRET, clock=lambda: now[0])
    token, sender = tokens.issue()
    now[0] += 2 * 3600 - 1
    assert tokens.verify(token) == sender
    now[0] += 2
    assert tokens.verify(token) is None


async def test_resuming_renews_the_token_for_the_same_conversation():
    now = [1_000_000.0]
    sio = FakeSio()
    gate = WebChatGate(sio, SessionTokens(SECRET, max_age=100, clock=lambda: now[0]))
    token = await start_session(gate, sio, "sid-1")
    now[0] += 90
    renewed = await start_session(gate, sio, "sid-2", token=token)
    now[0] += 20  # the first token is now too old, the renewed one is not
    assert gate.tokens.verify(token) is None
    assert gate.tokens.verify(renewed) == gate.senders["sid-1"]


async def test_a_second_socket_with_the_same_token_hears_nothing():
    sio, gate = make_gate()
    bot = FakeBot()
    token = await start_session(gate, sio, "sid-owner")
    await start_session(gate, sio, "sid-spy", token=token)
    await gate.user_message("sid-owner", {"message": "private", "message_id": "m1"}, bot)
    rooms = {room for _, room in sio.events("bot_uttered")}
    assert rooms == {"sid-owner"}


async def test_clear_revokes_the_session_for_every_socket_and_token():
    sio, gate = make_gate()
    bot = FakeBot()
    token = await start_session(gate, sio, "sid-1")
    sender = gate.tokens.verify(token)
    await start_session(gate, sio, "sid-2", token=token)
    await gate.session_end("sid-1")
    assert await gate.user_message("sid-2", {"message": "hi"}, bot) == {"status": "no_session"}
    resumed = await start_session(gate, sio, "sid-3", token=token)
    assert gate.tokens.verify(resumed) != sender  # a new conversation, not the cleared one
    assert bot.received == []


class ButtonTrackerStore:
    """The agent's tracker store: the last bot turn offered one button."""

    def __init__(self, sender, payload):
        self.sender, self.payload = sender, payload

    async def retrieve(self, sender_id):
        if sender_id != self.sender:
            return None

        class Tracker:
            events = [
                {"event": "user", "text": "hi"},
                {"event": "bot", "data": {"buttons": [{"title": "Yes", "payload": self.payload}]}},
            ]

        return Tracker()


async def test_typed_payloads_count_only_when_offered_or_the_start_payload():
    sio, gate = make_gate(max_length=500)
    bot = FakeBot()
    token = await start_session(gate, sio)
    sender = gate.tokens.verify(token)
    store = ButtonTrackerStore(sender, "/affirm")
    gate.tracker_store = lambda: store
    for text in [
        "/greet",
        "/affirm",
        "/restart",
        '/ask_consent{"x": "I want to end my life"}',
        "/deny",
    ]:
        await gate.user_message("sid-1", {"message": text}, bot)
    assert [text for text, _ in bot.received] == [
        "/greet",
        "/affirm",
        "restart",
        'ask_consent{"x": "I want to end my life"}',
        "deny",
    ]


async def test_a_flood_gets_a_polite_reply_and_is_not_processed():
    from assistant.channels.inbound import RateLimiter, too_fast_reply

    sio = FakeSio()
    gate = WebChatGate(sio, SessionTokens(SECRET), limiter=RateLimiter(per_minute=1, burst=2))
    bot = FakeBot()
    await start_session(gate, sio)
    acks = [await gate.user_message("sid-1", {"message": "hi"}, bot) for _ in range(3)]
    assert [ack["status"] for ack in acks] == ["ok", "ok", "too_fast"]
    assert len(bot.received) == 2
    assert sio.events("bot_uttered")[-1][0]["text"] == too_fast_reply()
