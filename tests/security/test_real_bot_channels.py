"""Our channels in front of the trained bot and the real action server (issue 18, points 1, 4).

The REST and web chat channels run in a real Sanic server with the real agent, the way
`rasa run` mounts them, so the typed-payload check reads the real tracker store.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import time

import pytest

from assistant.channels.inbound import too_long_reply
from assistant.channels.rest import SafeRestInput
from assistant.channels.web.channel import SafeSocketIOInput
from assistant.content import value
from tests.support.messages import texts
from tests.support.web_chat import web_chat

from .helpers import ChannelServer

pytestmark = pytest.mark.slow

CRISIS_LINE = str(value("contacts.suicide_crisis_line"))


@contextlib.contextmanager
def served(bot, *channels):
    server = ChannelServer(bot.agent, list(channels))
    bot.loop.run_until_complete(server.start())
    try:
        yield server
    finally:
        bot.loop.run_until_complete(server.stop())


def rest(bot, server, sender: str, message: str) -> list[dict]:
    status, replies = bot.loop.run_until_complete(
        server.rest({"sender": sender, "message": message})
    )
    assert status == 200
    return replies


@pytest.mark.parametrize(
    "message",
    [
        '/ask_consent{"note": "I want to kill myself tonight"}',
        "/ask_consent I want to kill myself tonight",
        '/inform{"bc_place": "I want to end my life"}',
    ],
)
def test_typed_payload_with_a_suicidal_sentence_gets_crisis_lines(bot, message):
    with served(bot, SafeRestInput()) as server:
        replies = rest(bot, server, bot.new_sender(), message)
    assert CRISIS_LINE in texts(replies)


def test_typed_restart_does_not_wipe_the_conversation(bot):
    sender = bot.new_sender()
    with served(bot, SafeRestInput()) as server:
        rest(bot, server, sender, "Do I qualify for the free legal advice?")
        # All events, not applied_events(): Rasa hides the user turns a form handled on its
        # happy path there, which depends on how NLU reads "restart", not on a wipe.
        before = [e.text for e in bot.tracker(sender).events if e.type_name == "user"]
        rest(bot, server, sender, "/restart")
        rest(bot, server, sender, '/inform{"bc_place": "Vancouver"}')
    tracker = bot.tracker(sender)
    assert not any(event.type_name == "restart" for event in tracker.events)
    after = [e.text for e in tracker.events if e.type_name == "user"]
    assert after[: len(before)] == before
    assert "restart" in after  # it arrived as words
    assert tracker.get_slot("bc_place") is None  # typed slots are not filled


def test_an_offered_button_payload_still_works(bot):
    sender = bot.new_sender()
    with served(bot, SafeRestInput()) as server:
        replies = rest(bot, server, sender, "Do I qualify for the free legal advice?")
        buttons = [button for reply in replies for button in reply.get("buttons", [])]
        assert buttons, "the eligibility check offers buttons"
        rest(bot, server, sender, buttons[0]["payload"])
    last_user = [e for e in bot.tracker(sender).events if e.type_name == "user"][-1]
    assert last_user.text == buttons[0]["payload"]
    assert last_user.intent.get("confidence") == 1.0  # taken as the button's intent


async def _timed_post(server, payload) -> tuple[float, int, list]:
    start = time.perf_counter()
    status, body = await server.rest(payload)
    return time.perf_counter() - start, status, body


def test_200000_characters_refused_politely_fast_and_others_unaffected(bot):
    """Issue 18, point 1: one huge message must not hold anyone else's conversation."""
    other = bot.new_sender()
    question = {"sender": other, "message": "what is consent?"}
    with served(bot, SafeRestInput()) as server:
        run = bot.loop.run_until_complete
        run(server.rest(question))  # warm up
        baseline = statistics.median(run(_timed_post(server, question))[0] for _ in range(3))

        async def together():
            huge = {"sender": bot.new_sender(), "message": "I need help " * 16_667}
            return await asyncio.gather(_timed_post(server, huge), _timed_post(server, question))

        (huge_time, huge_status, huge_body), (other_time, other_status, _) = run(together())
    assert len("I need help " * 16_667) > 200_000
    assert huge_status == 200 and huge_time < 1.0
    assert huge_body[0]["text"] == too_long_reply(len("I need help " * 16_667), 1000)
    assert other_status == 200
    assert other_time < 2 * baseline + 0.5, (other_time, baseline)


def test_web_chat_typed_payload_goes_through_the_crisis_net(bot):
    channel = SafeSocketIOInput(allowed_origins=["http://127.0.0.1"])
    with served(bot, channel) as server:
        message = '/ask_consent{"x": "I want to kill myself"}'
        replies, _ = bot.loop.run_until_complete(web_chat(server.base, [message]))
    assert CRISIS_LINE in texts(replies)
