"""Direct answers over the trained bot with the real action server (issue 16): a threat with
nothing shared yet, "should I just pay him", pressure to send, a young person's fears, and a
helper telling of a child asked for images. Each gets its answer in the same turn, then what to
do next; inside a form, the form's question comes again. Our own wording, not the measured
conversations'."""

from __future__ import annotations

import pytest

from tests.support.messages import texts

pytestmark = pytest.mark.slow

ASK_HOME = "Do you live in British Columbia"
AGE_QUESTIONS = ("How old are you", "how old are you", "How old is the other person")


def test_a_threat_alone_is_covered_and_then_the_offer(bot):
    sender = bot.new_sender()
    replies = bot.say("nothing is online yet, he keeps saying he'll post them", sender)
    reply = texts(replies)
    assert "A threat counts" in reply
    names = ("Legal Advice service", "Civil Resolution Tribunal", "Protection Service")
    order = [reply.index(name) for name in names]
    assert order == sorted(order)  # the sources' order
    assert "Do I qualify?" in [button["title"] for button in replies[-1].get("buttons", [])]


def test_asking_whether_a_threat_counts(bot):
    sender = bot.new_sender()
    assert "A threat counts" in texts(
        bot.say("does it count if they only said they would?", sender)
    )


def test_a_threat_inside_the_check_answers_the_checks_question(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    bot.say("yes I live in Surrey", sender)
    bot.say("he hasn't posted them yet, he just keeps saying he will", sender)
    assert bot.tracker(sender).get_slot("image_situation") == "threatened"


def test_should_i_pay_gets_dont_pay_first(bot):
    sender = bot.new_sender()
    reply = texts(bot.say("should I just pay him so it stops", sender))
    assert reply.startswith("Don't pay")
    for step in ("Stop all contact", "Screenshot", "Cybertip.ca", "police"):
        assert step in reply
    assert "I'm really glad you told me" not in reply  # not the crisis answer


def test_paying_asked_inside_the_check_then_the_question_again(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    reply = texts(bot.say("should i just pay him?", sender))
    # The form's question comes back (in short words right after a side answer: h10a).
    assert "Don't pay" in reply and ASK_HOME.lower() in reply.lower()
    assert bot.tracker(sender).active_loop_name == "eligibility_form"


def test_pressure_to_send(bot):
    sender = bot.new_sender()
    reply = texts(bot.say("he gets angry when I say no", sender))
    assert "You never have to send anything" in reply and "not consent" in reply
    assert "Kids Help Phone" in reply
    reply = texts(bot.say("my bf keeps asking for pics", bot.new_sender()))
    assert "You never have to send anything" in reply


def test_am_i_in_trouble(bot):
    reply = texts(bot.say("am I in trouble?", bot.new_sender()))
    assert "You are not in trouble for what someone else did to you" in reply
    assert "under 12 cannot be charged" in reply


def test_will_you_tell_my_mom(bot):
    reply = texts(bot.say("will you tell my mom?", bot.new_sender()))
    assert "I won't tell anyone" in reply and "confidential" in reply
    assert "delete this chat" in reply
    assert "deleted within" in reply or "may be stored" in reply  # what this deployment keeps
    assert "confidential" in texts(bot.say("will he find out if I call?", bot.new_sender()))


def test_no_one_to_tell(bot):
    reply = texts(bot.say("I can't tell my parents, who can I talk to", bot.new_sender()))
    assert "Kids Help Phone" in reply and "686868" in reply


def test_a_child_asked_for_images_by_an_adult_no_age_quiz(bot):
    sender = bot.new_sender()
    reply = texts(bot.say("a man online keeps asking my 11-year-old cousin for photos", sender))
    for name in ("Cybertip.ca", "NeedHelpNow.ca", "police", "Kids Help Phone", "not their fault"):
        assert name in reply
    assert not any(question in reply for question in AGE_QUESTIONS)
    assert bot.tracker(sender).active_loop_name is None


def test_a_child_asked_inside_the_age_check_ends_its_questions(bot):
    sender = bot.new_sender()
    bot.say("is it legal, how old do you have to be", sender)
    reply = texts(bot.say("someone keeps asking my 12 year old niece for pics", sender))
    assert "Cybertip.ca" in reply
    assert not any(question in reply for question in AGE_QUESTIONS)
    assert bot.tracker(sender).active_loop_name is None


def test_crisis_words_still_get_the_crisis_answer_first(bot):
    reply = texts(bot.say("should I just pay him, I want to kill myself", bot.new_sender()))
    assert "9-8-8" in reply


def test_direct_answers_with_the_action_server_down(bot_without_actions):
    reply = texts(bot_without_actions.say("should I just pay him so it stops"))
    assert "Don't pay" in reply and "Cybertip.ca" in reply
    reply = texts(bot_without_actions.say("will you tell my mom?"))
    assert "I won't tell anyone" in reply  # static; what is kept needs the action server


def test_everyday_answers_with_the_action_server_down(bot_without_actions):
    reply = texts(bot_without_actions.say("can I post her pics back to get even"))
    assert "Please don't share their images" in reply
    reply = texts(bot_without_actions.say("can i text that number instead of calling"))
    assert "686868" in reply and "1-800-563-0808" in reply
    reply = texts(bot_without_actions.say("is there any low cost legal help"))
    assert "extra 2 hours" in reply
    reply = texts(bot_without_actions.say("is this chat private?"))
    assert "delete this chat" in reply  # what is kept needs the action server; deletion does not
