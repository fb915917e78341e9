"""Free text inside the forms over the trained bot with the real action server (issue 16):
places named for someone else, doubts, corrections, stop and delete words in a sentence, an
answer in the person's own words, questions asked mid-form, the trust rule at once. Our own
wording, not the measured conversations'."""

from __future__ import annotations

import pytest

from assistant.age_rules import explain_trust
from tests.support.messages import texts

pytestmark = pytest.mark.slow

ASK_HOME = "Do you live in British Columbia"
NOT_IN_BC = "for people who live in B.C."
CAN_APPLY = "you may qualify"


def test_a_place_named_for_the_other_person_is_not_the_home(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    reply = texts(bot.say("I'm in Red Deer, my ex lives in Victoria", sender))
    assert "Okay, you live outside B.C." in reply  # said back, so it can be corrected
    assert NOT_IN_BC in reply and CAN_APPLY not in reply
    assert bot.tracker(sender).get_slot("lives_in_bc") == "no"


def test_the_other_persons_place_leaves_the_home_unknown(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    reply = texts(bot.say("the guy who did it lives in Victoria", sender))
    assert CAN_APPLY not in reply and NOT_IN_BC not in reply
    assert bot.tracker(sender).get_slot("lives_in_bc") is None


def test_a_correction_after_the_outcome_works_it_out_again(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    bot.say("/affirm", sender)
    assert CAN_APPLY in texts(bot.say("/inform_shared", sender))
    reply = texts(bot.say("no, I said I live in Saskatchewan", sender))
    assert "answer again" in reply and NOT_IN_BC in reply and CAN_APPLY not in reply
    assert bot.tracker(sender).get_slot("lives_in_bc") == "no"


def test_a_doubt_is_not_taken_as_shared(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    bot.say("/affirm", sender)
    reply = texts(bot.say("honestly I don't know if she sent it to anyone", sender))
    # Round 16 (p28): the check's outcome at once, never the same question again.
    assert CAN_APPLY not in reply and "can't say from here whether you qualify" in reply
    assert bot.tracker(sender).get_slot("image_situation") == "unsure"


def test_stopping_someone_does_not_end_the_check(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    reply = texts(bot.say("how can I make him stop posting my stuff", sender))
    # The form's question comes back (in short words right after a side answer: h10a).
    assert "stop there" not in reply and ASK_HOME.lower() in reply.lower()
    assert bot.tracker(sender).active_loop_name == "eligibility_form"
    assert "stop there" in texts(bot.say("stop the questions please", sender))


def test_erasing_this_chat_is_about_this_conversation(bot):
    sender = bot.new_sender()
    bot.say("do I qualify?", sender)
    reply = texts(bot.say("please wipe our conversation, my sister uses my laptop", sender))
    assert "delete this conversation" in reply


def test_trust_named_in_the_message_answers_at_once(bot):
    sender = bot.new_sender()
    reply = texts(bot.say("I'm 16 and is it legal, my swim coach wants pics of me", sender))
    assert "How old is the other person" not in reply
    for line in explain_trust(16):
        assert line in reply


def test_an_answer_in_own_words_to_the_trust_question(bot):
    sender = bot.new_sender()
    assert "trust or authority" in texts(bot.say("im 16 and hes 25 is that ok", sender))
    reply = texts(bot.say("yeah like I said before he is my coach at the gym", sender))
    assert "cannot legally agree when the other person has trust or authority" in reply


def test_a_question_inside_the_age_check_then_the_same_question(bot):
    sender = bot.new_sender()
    assert "How old is the other person" in texts(bot.say("is it legal? I'm 15", sender))
    reply = texts(bot.say("what counts as an intimate image?", sender))
    assert "how old is the other person" in reply.lower()  # "Back to the age question: ..."
    assert bot.tracker(sender).active_loop_name == "age_check_form"
