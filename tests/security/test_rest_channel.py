"""Our REST channel over real HTTP with a fake agent (issue 18, points 1, 3, 4, 5, 8)."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from assistant.channels.inbound import RateLimiter, too_fast_reply, too_long_reply
from assistant.channels.rest import SafeRestInput

from .helpers import ChannelServer, FakeAgent

MARKER = "zebrafinch-4471 call me at 604-555-0199"
TOKEN = "rest-test-token-0123456789"  # noqa: S105 - a test value


@pytest.fixture
def agent():
    return FakeAgent()


@pytest.fixture
async def server(agent):
    server = await ChannelServer(agent, [SafeRestInput()]).start()
    yield server
    await server.stop()


async def test_a_message_reaches_the_bot_as_rest_with_no_metadata(server, agent):
    status, replies = await server.rest(
        {
            "sender": "s1",
            "message": "hello",
            "input_channel": "socketio",
            "metadata": {"role": "admin", "phone": "+16045550199"},
        }
    )
    assert status == 200
    assert replies == [{"recipient_id": "s1", "text": "echo: hello"}]
    message = agent.seen[-1]
    assert message.input_channel == "rest"
    assert not message.metadata


@pytest.mark.parametrize(
    "payload",
    [
        {"message": "hello"},
        {"sender": "", "message": "hello"},
        {"sender": None, "message": "hello"},
        {"sender": 42, "message": "hello"},
        {"sender": "a b", "message": "hello"},
        {"sender": "x" * 129, "message": "hello"},
        {"sender": "s1"},
        {"sender": "s1", "message": "   "},
        {"sender": "s1", "message": ["a"]},
        ["not", "an", "object"],
    ],
)
async def test_requests_without_sender_or_message_are_refused(server, agent, payload):
    status, body = await server.rest(payload)
    assert status == 400
    assert "error" in body
    assert agent.seen == []


async def test_bad_json_is_400_not_500(server, agent):
    status, _ = await server.rest(None, raw=b"{not json", headers={"Content-Type": "text/plain"})
    assert status == 400
    assert agent.seen == []


async def test_200000_characters_are_refused_politely_and_quickly(server, agent):
    start = time.perf_counter()
    status, replies = await server.rest({"sender": "s1", "message": "a" * 200_000})
    assert time.perf_counter() - start < 1.0
    assert status == 200
    assert replies == [{"recipient_id": "s1", "text": too_long_reply(200_000, 1000)}]
    assert agent.seen == []


async def test_exactly_the_limit_is_processed(server, agent):
    status, _ = await server.rest({"sender": "s1", "message": "a" * 1000})
    assert status == 200
    assert len(agent.seen) == 1


async def test_typed_payloads_are_text_unless_the_bot_offered_them(server, agent):
    await server.rest({"sender": "s1", "message": "/restart"})
    assert agent.seen[-1].text == "restart"
    await server.rest({"sender": "s1", "message": '/inform{"bc_place": "Vancouver"}'})
    assert agent.seen[-1].text == 'inform{"bc_place": "Vancouver"}'
    await server.rest({"sender": "s1", "message": "menu please"})
    await server.rest({"sender": "s1", "message": '/inform{"answer": "unsure"}'})
    assert agent.seen[-1].text == '/inform{"answer": "unsure"}'  # offered: kept
    await server.rest({"sender": "s1", "message": "/affirm"})
    assert agent.seen[-1].text == "affirm"  # offered one turn ago, not on the last message
    await server.rest({"sender": "s2", "message": "/affirm"})
    assert agent.seen[-1].text == "affirm"  # another conversation's buttons don't count


async def test_token_is_required_in_a_header_when_configured(agent):
    server = await ChannelServer(agent, [SafeRestInput(token=TOKEN)]).start()
    try:
        payload = {"sender": "s1", "message": "hi"}
        assert (await server.rest(payload))[0] == 401
        wrong = {"Authorization": "Bearer not-it"}
        assert (await server.rest(payload, headers=wrong))[0] == 401
        url = f"{server.base}/webhooks/rest/webhook?token={TOKEN}"
        async with server.session.post(url, json=payload) as resp:
            assert resp.status == 401  # never in the URL
        assert agent.seen == []
        right = {"Authorization": f"Bearer {TOKEN}"}
        assert (await server.rest(payload, headers=right))[0] == 200
    finally:
        await server.stop()


async def test_rate_limit_per_conversation(agent):
    channel = SafeRestInput(limiter=RateLimiter(per_minute=1, burst=2))
    server = await ChannelServer(agent, [channel]).start()
    try:
        for _ in range(2):
            assert (await server.rest({"sender": "fast", "message": "hi"}))[0] == 200
        status, replies = await server.rest({"sender": "fast", "message": "hi"})
        assert status == 429
        assert replies[0]["text"] == too_fast_reply()
        assert (await server.rest({"sender": "other", "message": "hi"}))[0] == 200
        assert len(agent.seen) == 3
    finally:
        await server.stop()


async def test_failure_logs_no_text_or_sender(server, agent, caplog):
    agent.fail = RuntimeError(f"boom {MARKER}")
    with caplog.at_level(logging.DEBUG):
        status, replies = await server.rest({"sender": "sender-okapi-9913", "message": MARKER})
    assert status == 200 and replies == []
    assert "RuntimeError" in caplog.text
    assert "zebrafinch" not in caplog.text and "okapi" not in caplog.text


async def test_cancelled_request_logs_no_text_or_sender(agent, caplog):
    """A client that gives up while its message waits (e.g. for the conversation lock)."""
    started = asyncio.Event()

    async def slow(message):
        started.set()
        await asyncio.sleep(30)

    agent.handle_message = slow
    server = await ChannelServer(agent, [SafeRestInput()]).start()
    try:
        with caplog.at_level(logging.DEBUG):
            request = asyncio.ensure_future(
                server.rest({"sender": "sender-okapi-9913", "message": MARKER})
            )
            await asyncio.wait_for(started.wait(), 5)
            request.cancel()  # the client disconnects; Sanic cancels the handler
            await asyncio.sleep(0.5)
    finally:
        await server.stop()
    assert "cancelled" in caplog.text
    assert "zebrafinch" not in caplog.text and "okapi" not in caplog.text
