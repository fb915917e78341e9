"""Rounds 67-68's unanswered follow-ups (assistant/plain69.py), "should I tell HR?" (assistant/
plain_questions.py) and the narrow parts mended beside them (assistant/question_parts.py)."""

from __future__ import annotations

import pytest
from response_names import domain_responses, module_responses

from assistant import plain69 as p
from assistant import plain_questions, question_parts

YOUNG = ["im 17"]
PRESSURED = ["my bf keeps asking for pics and gets mad when i say no"]
DEMAND = ["he says he will send the video to my contacts unless I pay 1500 dollars in Bitcoin"]


def test_every_answer_is_a_domain_response():
    assert module_responses(p) - domain_responses() == set()
    assert {name for again in p.AGAIN.values() for name in again} <= domain_responses()


@pytest.mark.parametrize(
    ("said", "earlier", "answer"),
    [
        (
            "If someone chats with you over SMS, do the texts stay on their phone?",
            [],
            p.SMS_TEXTS_STAY,
        ),
        (
            "if they use it by text, the messages stay in their SMS app, right?",
            [],
            p.SMS_TEXTS_STAY,
        ),
        ("But do you think it is real? There is no camera on my computer.", DEMAND, p.REAL_OR_NOT),
        ("is this email likely a scam? Should I simply ignore it?", DEMAND, p.REAL_OR_NOT),
        ("is he bluffing?", DEMAND, p.REAL_OR_NOT),
        ("i mean what words do i say to HIM", [*YOUNG, *PRESSURED], p.WORDS_TO_SAY_YOUNG),
        (
            "i dont want to report him i just want him to stop. what do i say to him",
            [*YOUNG, *PRESSURED],
            p.WORDS_TO_SAY_YOUNG,
        ),
        ("how do i tell him to stop?", ["im 24", *PRESSURED], p.WORDS_TO_SAY),
        ("but if i use take it down does it tell the police or her", [], p.REMOVAL_TELLS_WHO),
        ("does stopncii notify the person who posted it?", [], p.REMOVAL_TELLS_WHO),
        ("if i use the take it down site will it tell my parents", [], p.REMOVAL_TELLS_WHO),
        ("so basically i just have to wait and see if it shows up?", [], p.WAIT_AND_SEE),
    ],
)
def test_each_kind_gets_its_answer(said, earlier, answer):
    assert p.kind(said, earlier) == [answer]


@pytest.mark.parametrize(
    ("said", "earlier"),
    [
        # The law, not the threat.
        ("is it real that the tribunal can award $75,000?", DEMAND),
        # A deepfake's "is it fake" is not a doubt about the threat.
        ("it is fake, does it still count?", DEMAND),
        # Keeping the person's own messages is evidence, not this chat's texts.
        ("should i keep the texts he sent me on my phone?", []),
        ("do i keep the text messages he sent on my phone?", []),
        ("can he see the text messages on my phone?", []),
        # What to say to a child is the helper's answer.
        ("what do i say to her?", ["my daughter is 14, a boy asked her for pics"]),
        # "take it down" said of the post, and the tool named beside another question.
        ("should I message him and tell him to take it down?", []),
        ("do i have to go to police or can i just do the take it down thing", []),
        # The IIPS's own contact with the person has older answers.
        ("does the protection service tell him who asked?", []),
        # Waiting for the lawyer is another question.
        ("do i just wait for the lawyer to call me back?", []),
        # No demand anywhere: "is it real" of something else.
        ("is it real?", ["i saw a picture that looks like me online"]),
    ],
)
def test_neighbouring_messages_are_left_to_other_readers(said, earlier):
    assert p.kind(said, earlier) is None


def test_asked_again_right_after_gets_the_short_line_never_the_same_block():
    said = "is this a scam? should i just ignore it?"
    assert p.follow_up(said, [], DEMAND) == [p.REAL_OR_NOT]
    assert p.follow_up(said, [p.REAL_OR_NOT], DEMAND) == ["utter_threat_real_or_not_again"]
    words = "what words do i say to him"
    earlier = [*YOUNG, *PRESSURED]
    assert p.follow_up(words, [p.WORDS_TO_SAY_YOUNG], earlier) == [
        "utter_words_to_say_no_young_again"
    ]


def test_a_crisis_message_is_left_to_the_safety_net():
    assert p.follow_up("is it real? i want to kill myself", [], DEMAND) is None


def test_money_back_beside_another_answer_is_answered_too():
    # Round 68 p13 T2: the account answered, "can i get my money back??" dropped.
    whole = "can i get my money back?? also should i just delete my instagram"
    added = question_parts.narrow_parts(whole, ["utter_delete_app_reach"], "Don't delete", [])
    assert "utter_money_back" in added
    said_already = "whether you can get money back after paying"
    assert "utter_money_back" not in question_parts.narrow_parts(whole, [], said_already, [])


def test_the_helpers_what_to_say_is_not_added_to_the_pressured_writers_answer():
    whole = "i dont want to report him i just want him to stop. what do i say to him"
    said = "You don't need perfect words. Something short and clear is enough"
    assert "utter_part_talk_support" not in question_parts.narrow_parts(whole, [], said, [])


def test_asking_whether_to_tell_hr_is_not_a_threat_to_the_job():
    # Round 68 p05: "when someone with power over you asks for this" to a colleague's deepfake.
    asked = "should i tell my manager or hr at work also? i am scared to lose my job."
    assert not plain_questions.job_threat(asked)
    assert plain_questions.job_threat("he said he would fire me if i tell anyone")
    assert plain_questions.job_threat("my boss wants pics, scared to lose my job if i say no")


def test_telling_hr_asked_again_after_the_workplace_answer_gets_the_short_line():
    said = "No, my manager did not ask anything. I ask if I should report him to HR."
    assert p.follow_up(said, [p.WORKPLACE], []) == [p.WORKPLACE_AGAIN]
    assert p.follow_up(said, [], []) is None


@pytest.mark.parametrize(
    "said",
    [
        "and the money? can I get it back",
        "ok but the money. is there any way to get it back? should I call my bank?",
        "and the 300 dollars? can i get it back somehow",
    ],
)
def test_money_back_asked_again_after_its_answer_gets_the_second_answer(said):
    assert p.follow_up(said, [p.MONEY_BACK], []) == [p.MONEY_BACK_AGAIN]
    assert p.follow_up(said, [], []) is None


def test_a_refund_of_something_else_is_not_the_money_paid_to_a_blackmailer():
    asked = question_parts.asked_parts("is there a refund if i withdraw my claim?")
    assert "money_back" not in [part.name for part in asked]
