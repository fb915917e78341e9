"""The eligibility check over the real bot: outcomes, skip/stop, topic switches, crisis."""

from __future__ import annotations

from tests.support.messages import texts


def test_bc_and_shared_can_apply(bot):
    sender = bot.new_sender()
    assert "live in British Columbia" in texts(bot.say("do I qualify?", sender))
    assert "shared your intimate images" in texts(bot.say("/affirm", sender))
    reply = texts(bot.say("/inform_shared", sender))
    assert "you may qualify" in reply and "income" in reply and "no age limit" in reply


def test_place_names_answer_the_question(bot):
    sender = bot.new_sender()
    bot.say("can you help me?", sender)
    assert "shared your intimate images" in texts(bot.say("I live in Kelowna", sender))
    assert "you may qualify" in texts(bot.say("he says he will", sender))


def test_answer_in_opening_message_is_not_asked_again(bot):
    sender = bot.new_sender()
    reply = texts(bot.say("can I use this if I live in Kamloops?", sender))
    assert "Do you live in British Columbia" not in reply
    assert "shared your intimate images" in reply


def test_home_and_situation_in_one_answer_are_both_kept(bot):
    # Whatever the classifier makes of it, the threat said with the place is not asked again.
    sender = bot.new_sender()
    bot.say("am I eligible?", sender)
    reply = texts(bot.say("I'm in Prince George and she keeps threatening to post them", sender))
    assert "you may qualify" in reply
    assert "shared your intimate images" not in reply


def test_a_question_about_sharing_with_the_place_is_no_answer(bot):
    sender = bot.new_sender()
    bot.say("am I eligible?", sender)
    reply = texts(bot.say("I live in Victoria, can he share them?", sender))
    assert "you may qualify" not in reply


def test_outside_bc_gets_routes_open_to_anyone(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    reply = texts(bot.say("Calgary", sender))
    if "shared your intimate images" in reply:
        reply = texts(bot.say("/inform_shared", sender))
    assert "for people who live in B.C." in reply and "StopNCII" in reply


def test_neither_gets_protection_service(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    bot.say("/affirm", sender)
    reply = texts(bot.say("/inform_neither", sender))
    assert "Intimate Images Protection Service" in reply and "1-833-688-4381" in reply


def test_unclear_answer_is_asked_once_more_then_skipped(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    assert "didn't catch that" in texts(bot.say("/inform", sender))
    reply = texts(bot.say("/inform", sender))
    assert "go on without it" in reply and "shared your intimate images" in reply


def test_stop_ends_the_check(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    assert "stop there" in texts(bot.say("stop", sender))
    assert bot.tracker(sender).active_loop_name is None


def test_skip_everything_still_gives_somewhere_to_go(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    bot.say("/skip", sender)
    reply = texts(bot.say("/skip", sender))
    assert "604-673-3143" in reply


def test_question_mid_form_is_answered_then_form_continues(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    reply = texts(bot.say("what does consent mean?", sender))
    assert "permission" in reply
    # The form's question comes back (in short words right after a side answer: h10a).
    assert "do you live in british columbia" in reply.lower()
    assert "you may qualify" in texts(
        bot.say("/affirm", sender) + bot.say("/inform_shared", sender)
    )


def test_crisis_inside_the_form_is_answered_and_form_resumes(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    reply = texts(bot.say("i cant do this anymore i want to die", sender))
    assert "9-8-8" in reply and "310-6789" in reply and "1-800-563-0808" in reply
    assert bot.tracker(sender).active_loop_name == "eligibility_form"
    assert "Do you live in British Columbia" in texts(bot.say("/resume", sender))


def test_summary_after_the_check(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    bot.say("/affirm", sender)
    bot.say("/inform_threatened", sender)
    reply = texts(bot.say("/request_summary", sender))
    assert "I live in B.C." in reply and "threatened to share" in reply
