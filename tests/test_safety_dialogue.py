"""Crisis, danger and handoff replies arrive from any state, and with the action server down."""

from __future__ import annotations

import pytest

from tests.support.messages import texts

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


# Round 41 p17: a friend who wants to die, told by a helper: the lines for her, spoken to the
# helper, with the action server down and inside a form too (assistant/crisis_for_others.py).
HELPER_CRISIS = ["call 9-1-1", "9-8-8", "ask how to help them"]


def test_someone_else_at_risk_with_action_server_down(bot_without_actions):
    sender = bot_without_actions.new_sender()
    bot_without_actions.say("my best friend's ex posted her nudes on twitter", sender)
    reply = texts(bot_without_actions.say("she keeps saying she wants to die over this", sender))
    assert all(line in reply for line in HELPER_CRISIS), reply
    assert "what happened is not your fault" not in reply
    again = texts(bot_without_actions.say("its not me its her. can i call 988 for her?", sender))
    assert "9-8-8 yourself" in again and "604-673-3143" not in again, again


def test_someone_else_at_risk_inside_a_form(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    reply = texts(bot.say("my sister says she wants to kill herself", sender))
    assert all(line in reply for line in HELPER_CRISIS), reply
    own = texts(bot.say("honestly i want to die too", sender))
    assert all(line in own for line in CRISIS_LINES), own


# Round 43 p18: "ok. maybe ill text 988" after the crisis reply: heard, never the fallback or
# the under-18 answer (answer_kinds_everyday._REACHING_OUT), with the action server down too.
def test_saying_they_will_text_988_is_heard_with_action_server_down(bot_without_actions):
    sender = bot_without_actions.new_sender()
    bot_without_actions.say("i cant do this anymore", sender)
    reply = texts(bot_without_actions.say("ok. maybe ill text 988", sender))
    assert "glad you're reaching out" in reply, reply
    again = texts(bot_without_actions.say("i said ill text 988", sender))
    assert "Kids Help Phone" not in again and "not sure I understood" not in again, again


# Possible crisis: the check-in line first, then the answer to what was asked, in one turn.
CHECK_IN = "Are you safe right now?"


def action_names(bot, sender):
    events = list(bot.tracker(sender).events)
    last_user = max(i for i, event in enumerate(events) if event.type_name == "user")
    return [e.action_name for e in events[last_user + 1 :] if e.type_name == "action"]


@pytest.mark.parametrize(
    "message,answer",
    [
        (
            "my dad is gonna kill me when he sees this, can i sue the guy who posted it",
            "Civil Resolution Tribunal",
        ),
        (
            "she said she'd kill me if I told anyone, can I report the guy who posted it",
            "police",
        ),
    ],
)
def test_check_in_and_the_answer_in_the_same_turn(bot, message, answer):
    sender = bot.new_sender()
    replies = bot.say(message, sender)
    assert replies[0]["text"].startswith(CHECK_IN), replies
    assert "9-8-8" in replies[0]["text"] and "9-1-1" in replies[0]["text"]
    assert [b["payload"] for b in replies[0]["buttons"]] == ["/immediate_danger", "/crisis"]
    assert answer in texts(replies[1:]), replies
    actions = action_names(bot, sender)
    assert actions[0] == "utter_crisis_checkin" and "utter_crisis" not in actions


FIGURE_AND_QUESTION = "my dad is gonna kill me when he sees this, can i sue the guy who posted it"


def test_check_in_button_gets_the_full_danger_answer(bot):
    sender = bot.new_sender()
    bot.say(FIGURE_AND_QUESTION, sender)
    replies = bot.say("/immediate_danger", sender)
    assert replies[0]["text"].startswith("If you are in danger right now, call 9-1-1")


@pytest.mark.parametrize(
    "message,answer",
    [
        ("I'm not in danger, I just want to know what counts as an intimate image", "private"),
        ("I'm not suicidal, I just want to know if I can sue him", "Civil Resolution Tribunal"),
        # A threat laughed at, and a past the message says is over: the answer alone.
        (
            "she said she'd kill me if I told anyone lol, can I report the guy who posted it",
            "police",
        ),
        (
            "I self harmed years ago but I'm doing much better now. Can I sue the guy who "
            "posted my pictures?",
            "Civil Resolution Tribunal",
        ),
    ],
)
def test_negation_with_a_clear_question_gets_the_answer(bot, message, answer):
    sender = bot.new_sender()
    replies = bot.say(message, sender)
    assert answer in texts(replies), replies
    actions = action_names(bot, sender)
    assert "utter_crisis" not in actions and "utter_immediate_danger" not in actions
    assert "utter_crisis_checkin" not in actions


def test_mixed_message_crisis_first_then_the_offer_to_continue(bot):
    replies = bot.say("how do I report him to the police? honestly I want to end my life")
    assert all(line in replies[0]["text"] for line in CRISIS_LINES)
    assert "keep talking" in replies[-1]["text"]
    assert {b["payload"] for b in replies[-1]["buttons"]} >= {"/contact_lawyer", "/route_finder"}


def test_fear_of_sharing_is_not_danger(bot):
    # The redirect to the threats topic itself is unit-tested (test_crisis_guard.py); here:
    # no danger reply and no check-in for a fear of sharing.
    reply = texts(bot.say("I'm scared he'll send them to my boss"))
    assert "call 9-1-1" not in reply and CHECK_IN not in reply, reply


def test_check_in_and_answer_with_the_action_server_down(bot_without_actions):
    replies = bot_without_actions.say(FIGURE_AND_QUESTION)
    assert replies[0]["text"].startswith(CHECK_IN)
    assert "Civil Resolution Tribunal" in texts(replies[1:]), replies


def test_check_in_inside_a_form_keeps_the_form(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    replies = bot.say(FIGURE_AND_QUESTION, sender)
    assert replies[0]["text"].startswith(CHECK_IN)
    assert bot.tracker(sender).active_loop_name == "eligibility_form"


@pytest.mark.parametrize(
    "message",
    [
        "I'm not in danger",
        "what if he comes to my house",
        "she said she'd kill me if I told lol",
        "not that I'm thinking of hurting myself, I only want to know the law",
        "my dad is gonna kill me when he sees this lol",
        "I'm afraid he'll send them to my boss",
    ],
)
def test_issue_14_wording_never_gets_the_full_crisis_answer(bot, message):
    sender = bot.new_sender()
    replies = bot.say(message, sender)
    actions = action_names(bot, sender)
    assert "utter_crisis" not in actions and "utter_immediate_danger" not in actions, replies
    assert len([a for a in actions if a not in ("action_listen", "utter_crisis_checkin")]) >= 1
