"""The age-rules check over the trained bot with the real action server (tests/conftest.py)."""

from __future__ import annotations

import pytest

from assistant.age_rules import check_age_rules, explain, explain_general
from assistant.content import value
from tests.support.messages import texts

pytestmark = pytest.mark.slow

NOT_ADVICE = "legal information, not legal advice"


def payloads(messages: list[dict]) -> list[str]:
    return [button["payload"] for message in messages for button in message.get("buttons") or []]


def assert_answer(messages: list[dict], age: int, other: int, trust: bool | None) -> None:
    said = texts(messages)
    lines = explain(check_age_rules(age, other, trust))
    for line in lines:
        assert line in said
    assert NOT_ADVICE in said
    assert said.index(NOT_ADVICE) < said.index(lines[0])  # the line comes first (point 16)
    assert "/contact_lawyer" in payloads(messages)
    assert all(len(message.get("text") or "") <= 600 for message in messages)


def test_both_ages_in_the_opening_message(bot):
    sender = bot.new_sender()
    assert_answer(bot.say("I'm 14 and he's 20, is that ok", sender), 14, 20, None)
    assert bot.tracker(sender).get_slot("is_minor") is True
    assert bot.tracker(sender).get_slot("age_check_age") is None  # not kept after the answer


def test_asks_for_the_missing_age_then_uses_the_relative_age(bot):
    sender = bot.new_sender()
    reply = texts(bot.say("my bf is 2 years older than me is that legal", sender))
    assert "How old are you?" in reply
    assert "trust or authority" in texts(bot.say("15", sender))
    assert_answer(bot.say("/deny", sender), 15, 17, False)


def test_asks_about_trust_only_when_it_matters(bot):
    sender = bot.new_sender()
    asked = bot.say("im 16 and hes 25 is that ok", sender)
    assert "position of trust or authority" in texts(asked)
    assert {"/affirm", "/deny", "/dont_know"} <= set(payloads(asked))
    assert_answer(bot.say("/affirm", sender), 16, 25, True)


def test_not_sure_about_trust_explains_both_cases(bot):
    sender = bot.new_sender()
    bot.say("im 17 and he is 30", sender)
    assert_answer(bot.say("/dont_know", sender), 17, 30, None)


def test_asks_each_age_and_asks_again_for_an_impossible_one(bot):
    sender = bot.new_sender()
    assert "How old are you?" in texts(bot.say("/check_age_rules", sender))
    again = texts(bot.say("150", sender))
    assert "Please type the age as a number" in again and "How old are you?" in again
    assert "How old is the other person?" in texts(bot.say("fourteen", sender))
    assert "trust or authority" in texts(bot.say("13", sender))
    assert_answer(bot.say("/deny", sender), 14, 13, False)


def test_point1_a_17_year_old_babysitter_of_a_14_year_old(bot):
    """Issue 11 point 1: the old rules said "both can legally consent" and never asked."""
    sender = bot.new_sender()
    asked = bot.say("im 14 and hes 17 is that ok", sender)
    assert "trust or authority" in texts(asked) and "depend on them" in texts(asked)
    reply = bot.say("/affirm", sender)
    assert_answer(reply, 14, 17, True)
    assert "can legally consent" not in texts(reply)


def test_other_age_unknown_gives_the_general_rules(bot):
    sender = bot.new_sender()
    bot.say("I'm 15, is my relationship legal? check the age rules for me", sender)
    said = texts(bot.say("/dont_know", sender))
    assert explain_general()[0] in said and NOT_ADVICE in said


@pytest.mark.parametrize("stop", ["stop", "never mind"])
def test_stop_ends_the_check(bot, stop):
    sender = bot.new_sender()
    bot.say("check ages", sender)
    reply = bot.say(stop, sender)
    assert "stop" in texts(reply).lower()
    tracker = bot.tracker(sender)
    assert tracker.active_loop_name is None
    assert "How old" not in texts(bot.say("20", sender))


def test_crisis_message_is_not_taken_as_an_age(bot):
    sender = bot.new_sender()
    bot.say("check ages", sender)
    reply = texts(bot.say("I'm 15 and I want to kill myself", sender))
    assert str(value("contacts.suicide_crisis_line")) in reply
    assert bot.tracker(sender).get_slot("age_check_age") is None
