"""Conversations that finish (issue 16), over the real bot and action server: outcomes carry
their handoff, yes to "anything else?" goes somewhere, nothing said is asked again, and the
fallback offers the closest topics first without losing the crisis net."""

from __future__ import annotations

import pytest

from assistant.channels.sms.text import plain_text
from tests.support.messages import texts

INTAKE = ["604-673-3143", "1-888-685-6222", "standinformed@clasbc.net"]


def message_with(replies: list[dict], phrase: str) -> str:
    return next((m.get("text") or "" for m in replies if phrase in (m.get("text") or "")), "")


def test_eligible_outcome_gives_the_intake_lines_in_the_same_message(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    bot.say("/affirm", sender)
    outcome = message_with(bot.say("/inform_shared", sender), "you may qualify")
    assert all(contact in outcome for contact in INTAKE), outcome
    # SMS shows the same lines as plain text (the widget turns them into tel:/mailto: links).
    assert all(contact in plain_text(outcome) for contact in INTAKE)


def test_outside_bc_outcome_says_where_to_go(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    replies = bot.say("/deny", sender)
    outcome = message_with(replies, "for people who live in B.C.")
    assert "StopNCII" in outcome and "Take It Down" in outcome and "1-866-658-9022" in outcome


def test_every_outcome_has_somewhere_to_go(bot):
    for answers, contact in [
        (["/affirm", "/inform_neither"], "1-833-688-4381"),
        (["/skip", "/skip"], "604-673-3143"),
    ]:
        sender = bot.new_sender()
        bot.say("do I qualify?", sender)
        replies = [reply for answer in answers for reply in bot.say(answer, sender)]
        assert contact in texts(replies)


def test_yes_to_anything_else_asks_what_and_no_ends_warmly(bot):
    for yes in ["/affirm", "yes", "sure"]:
        sender = bot.new_sender()
        assert "anything else" in texts(bot.say("thank you", sender))
        replies = bot.say(yes, sender)
        assert "What would you like to know?" in texts(replies), (yes, texts(replies))
        assert replies[-1].get("buttons")
    sender = bot.new_sender()
    bot.say("/skip", sender)
    assert "Take care" in texts(bot.say("/deny", sender))


def test_no_after_thanks_ends_warmly(bot):
    sender = bot.new_sender()
    bot.say("thank you", sender)
    assert "Take care" in texts(bot.say("no", sender))


def test_printed_copies_count_as_sharing(bot):
    replies = bot.say("what counts as sharing without consent?")
    first = replies[0]["text"]
    assert "Printing" in first and "does not have to be online" in first


def test_process_questions_get_the_steps(bot):
    reply = texts(bot.say("what happens after I call?"))
    for step in ["1. The Intake Coordinator", "2. They send you a letter", "3. After you sign"]:
        assert step in reply
    assert "speak with the lawyer" in reply and "604-673-3143" in reply


def reply_after(bot, said: list[str], then: str) -> str:
    """The reply to `then`, after the person first said each of `said` (one conversation)."""
    sender = bot.new_sender()
    for message in said:
        bot.say(message, sender)
    return texts(bot.say(then, sender))


def test_age_said_first_is_not_asked_again(bot):
    reply = reply_after(bot, ["I'm 15"], "/check_age_rules")
    assert "How old are you" not in reply and "How old is the other person" in reply


def test_both_ages_said_first_get_the_answer_at_once(bot):
    sender = bot.new_sender()
    bot.say("I'm 15", sender)
    second = texts(bot.say("my boyfriend is 19", sender))
    # The classifier may read the second message as the age question itself (the linear one
    # does; DIET took it for a youth disclosure); then the topic has already started.
    started = "legal information, not legal advice" in second or "position of trust" in second
    reply = second if started else texts(bot.say("/check_age_rules", sender))
    # Both ages are known; for 15 and 19 only a position of trust can still change the answer.
    assert "How old" not in second + reply
    assert "legal information, not legal advice" in reply or "position of trust" in reply


def test_eligibility_uses_what_was_already_said(bot):
    reply = reply_after(
        bot, ["my ex posted my pics online", "I live in Surrey"], "/check_eligibility"
    )
    assert "Do you live in British Columbia" not in reply
    assert "Has someone shared" not in reply
    assert "you may qualify" in reply and "604-673-3143" in reply


def test_hedged_earlier_message_is_asked_about(bot):
    reply = reply_after(
        bot, ["I don't know if he shared it", "I live in Surrey"], "/check_eligibility"
    )
    assert "Has someone shared" in reply


# Vague messages; which of them the classifier is unsure about changes with each training, so the
# tests below use the first that reaches the fallback and are skipped (visibly) if none does.
UNCLEAR = [
    "my pictures thing help",
    "can you tell me if my guy can do that",
    "the photos are in a folder at school",
    "hmm what about the other thing then",
    "ok so like what now with the stuff",
    "is the blue one better or the other one",
]


def first_unclear(bot, sender: str) -> list[dict] | None:
    """The reply to the first of UNCLEAR that the classifier is unsure about, if any."""
    for message in UNCLEAR:
        replies = bot.say(message, sender)
        if bot.tracker(sender).latest_message.intent.get("name") == "nlu_fallback":
            return replies
    return None


def test_unclear_message_offers_the_closest_topics_first(bot):
    sender = bot.new_sender()
    replies = first_unclear(bot, sender)
    if replies is None:
        pytest.skip("this model is sure of every UNCLEAR message: none reached the fallback")
    titles = [b["title"] for b in replies[-1].get("buttons") or []]
    if "Did you mean" in texts(replies):
        assert 3 <= len(titles) <= 5 and titles[-2:] == ["Show me the topics", "Talk to someone"]
        assert "I'm thinking of hurting myself" not in titles
    else:
        assert "didn't understand" in texts(replies)  # nothing close enough: the full list


def test_second_unclear_message_gets_the_full_topic_list(bot):
    sender = bot.new_sender()
    if first_unclear(bot, sender) is None:
        pytest.skip("this model is sure of every UNCLEAR message: none reached the fallback")
    replies = bot.say("blah the thing again whatever", sender)
    if bot.tracker(sender).latest_message.intent.get("name") == "nlu_fallback":
        assert "didn't understand" in texts(replies)


def test_crisis_with_low_confidence_still_gets_the_crisis_answer(bot, bot_without_actions):
    for client in (bot, bot_without_actions):
        reply = texts(client.say("qwzx blorf snargle i want to kill myself"))
        assert "9-8-8" in reply and "Did you mean" not in reply


def test_fallback_with_the_action_server_down_is_the_static_list(bot_without_actions):
    sender = bot_without_actions.new_sender()
    replies = first_unclear(bot_without_actions, sender)
    if replies is None:
        pytest.skip("this model is sure of every UNCLEAR message: none reached the fallback")
    assert "didn't understand" in texts(replies) and replies[-1].get("buttons")


def test_checking_other_ages_starts_afresh(bot):
    sender = bot.new_sender()
    bot.say("I'm 14 and he's 19, is that legal?", sender)
    bot.say("/deny", sender)
    assert "How old are you" in texts(bot.say("/check_age_rules", sender))
