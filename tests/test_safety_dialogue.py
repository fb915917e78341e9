"""Crisis, danger and handoff replies arrive from any state, and with the action server down."""

from __future__ import annotations

import pytest

from tests.conftest import texts

CRISIS_LINES = ["9-8-8", "310-6789", "1-800-563-0808", "9-1-1"]


@pytest.mark.parametrize(
    "message", ["I want to kill myself", "kms", "everyone has seen it, I want to disappear"]
)
def test_crisis_from_a_fresh_start(bot, message):
    reply = texts(bot.say(message))
    assert all(line in reply for line in CRISIS_LINES)


def test_danger_leads_with_911(bot):
    replies = bot.say("he's outside my house right now")
    assert replies[0]["text"].startswith("If you are in danger right now, call 9-1-1")
    assert "1-800-563-0808" in texts(replies)


def test_crisis_after_a_fallback(bot):
    sender = bot.new_sender()
    bot.say("asdkjh qwe", sender)
    assert "9-8-8" in texts(bot.say("i want to unalive myself", sender))


def test_sextortion_steps_in_order(bot):
    reply = texts(bot.say("he says pay him or he'll post my nudes"))
    order = [
        "not to blame",
        "Don't pay",
        "Screenshot",
        "Don't delete",
        "non-emergency line",
        "StopNCII",
    ]
    positions = [reply.find(step) for step in order]
    assert all(p >= 0 for p in positions), reply
    assert positions == sorted(positions)


def test_youth_path(bot):
    reply = texts(bot.say("I'm 15"))
    for phrase in [
        "686868",
        "Cybertip.ca",
        "NeedHelpNow.ca",
        "no age limit",
        "never screenshot",
        "safe adult",
        "1-800-668-6868",
    ]:
        assert phrase in reply


def test_evidence_guidance(bot):
    reply = texts(bot.say("how do I keep evidence?"))
    assert "usernames" in reply and "Don't delete" in reply and "under 18" in reply


@pytest.mark.parametrize(
    "message,expected",
    [
        ("I want to kill myself", CRISIS_LINES),
        ("he's coming to hurt me", ["9-1-1", "1-800-563-0808"]),
        ("I need to talk to a lawyer", ["604-673-3143", "standinformed@clasbc.net"]),
        ("who can I talk to tonight?", ["1-800-563-0808"]),
    ],
)
def test_works_with_the_action_server_down(bot_without_actions, message, expected):
    reply = texts(bot_without_actions.say(message))
    assert all(line in reply for line in expected), reply


def test_crisis_inside_form_with_action_server_down(bot_without_actions):
    sender = bot_without_actions.new_sender()
    bot_without_actions.say("do I qualify?", sender)
    reply = texts(bot_without_actions.say("i want to end my life", sender))
    assert all(line in reply for line in CRISIS_LINES)
