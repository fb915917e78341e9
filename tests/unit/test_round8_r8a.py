"""Round 8 kinds 3, 4 and 6 (issue 16, helper r8a): who is writing, facts given, and threats
for something other than money. Our own wordings, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import demand_reading, fear_reading, plain_questions
from assistant import helper_reading as hr
from assistant import others_reading as others
from assistant.answer_kinds import answer_kind
from assistant.helper_context import answer_kind_in_context

CHILD_ASKED = {"child_asked_for_images", "child_asked_by_person_of_trust"}


@pytest.mark.parametrize(
    "text",
    [
        "my nephew got tricked in an online game into sending a naked picture of himself",
        "A STRANGER ON A GAME GOT MY GRANDDAUGHTER TO SEND PHOTOS WITH NO CLOTHES ON",
        "someone on minecraft convinced my son to send nude pics",
        "my neighbour's kid was pressured into sending naked photos by a man online",
    ],
)
def test_a_child_made_to_send_images_is_exploitation(text):
    assert answer_kind(text, "nlu_fallback") in CHILD_ASKED


@pytest.mark.parametrize(
    "text", ["a guy got me to send a pic", "my ex got me to send nudes then posted them"]
)
def test_the_writer_made_to_send_is_not_a_child_helped(text):
    assert answer_kind(text, "nlu_fallback") not in CHILD_ASKED


def test_a_coach_writing_about_a_stranger_is_not_the_trust_rule():
    text = "i coach a 12 year old and a stranger got her to send naked pics"
    assert answer_kind(text, "nlu_fallback") == "child_asked_for_images"


@pytest.mark.parametrize("later", ["he is 9", "she's 11 btw", "SHE IS 7"])
def test_the_childs_age_later_is_no_age_quiz(later):
    earlier = ["my grandson got tricked in a game into sending a naked picture"]
    kind = answer_kind_in_context(
        answer_kind(later, "check_age_rules"),
        "check_age_rules",
        later,
        ["child_asked_for_images"],
        earlier,
    )
    assert kind == hr.HELPER_MINOR_FIRST


def test_who_do_we_call_after_a_childs_answer_is_the_order():
    earlier = ["my grandson got tricked in a game into sending a naked picture"]
    text = "who should we call? the cops?"
    kind = answer_kind_in_context(
        answer_kind(text, "ask_police"), "ask_police", text, ["child_asked_for_images"], earlier
    )
    assert kind == "helper_minor_who_first"


@pytest.mark.parametrize(
    "text",
    [
        "i posted my ex's pics on insta when i was mad, can i go to jail",
        "I airdropped a classmate's naked photo to a few people, what happens to me",
        "I'm the one who sent it around, not her",
        "i am the person who did the sharing, what could happen to me",
    ],
)
def test_the_writer_who_shared_someone_elses_image(text):
    assert answer_kind(text, "nlu_fallback") == others.WRITER_SHARED


@pytest.mark.parametrize(
    "text",
    [
        "my ex forwarded my pics to his friends",
        "I'm the one who sent it to him, then he posted it",
        "I sent my nudes to my boyfriend and he shared them",
    ],
)
def test_ones_own_image_shared_is_not_the_sharers_answer(text):
    assert answer_kind(text, "nlu_fallback") != others.WRITER_SHARED


@pytest.mark.parametrize(
    "text",
    [
        "he says he will share my nudes unless I come back to him",
        "my husband says he'll post our videos online if I file for divorce",
        "is it blackmail if he only wants me to sign the papers?",
        "does it count as extortion when she's not asking for money?",
    ],
)
def test_a_threat_for_something_other_than_money(text):
    assert answer_kind(text, "sextortion") == demand_reading.DEMAND_NOT_MONEY


@pytest.mark.parametrize(
    "text",
    [
        "he wants 500 or he posts my pics",
        "she says send more nudes or she posts the old ones",
        "my ex is threatening to post my pics",
        "can I keep the house in the divorce",
    ],
)
def test_money_images_or_no_threat_is_not_the_demand_answer(text):
    assert answer_kind(text, "sextortion") != demand_reading.DEMAND_NOT_MONEY


def test_fear_told_for_a_relative_is_the_helpers_safety_answer():
    text = "I'm writing for my cousin, her ex is posting her pictures and she is terrified of him"
    assert answer_kind(text, "nlu_fallback") == fear_reading.FEAR_HELPER


def test_the_writers_own_fear_keeps_the_safety_answer():
    assert answer_kind("he knows where I live and I'm scared", "nlu_fallback") == fear_reading.FEAR


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what does she do first?", "route_finder"),
        ("what can he do tonight", "nlu_fallback"),
        ("ok what should she do now", "route_finder"),
    ],
)
def test_an_adult_helpers_next_step_is_for_the_person_helped(text, intent):
    kind = answer_kind_in_context(
        answer_kind(text, intent), intent, text, ["helper_for_adult"], ["my friend's ex..."]
    )
    assert kind == hr.HELPER_ADULT_FIRST


def test_an_adult_helpers_fear_for_them_is_the_helpers_safety_answer():
    text = "she's afraid he'll come to her work. who can she call?"
    kind = answer_kind_in_context(
        answer_kind(text, "nlu_fallback"), "nlu_fallback", text, ["helper_for_adult"], ["..."]
    )
    assert kind == fear_reading.FEAR_HELPER


def test_what_can_i_do_without_a_helper_before_is_left_alone():
    kind = answer_kind_in_context(None, "route_finder", "what can I do?", [None], ["my ex..."])
    assert kind is None


@pytest.mark.parametrize("text", ["he's like 30. is that even legal", "is that allowed? he's 40"])
def test_is_that_allowed_after_a_person_of_trust_asked(text):
    earlier = ["my swim coach keeps asking me to send pics"]
    kind = answer_kind_in_context(None, "check_age_rules", text, ["pressured_to_send"], earlier)
    assert kind == hr.TRUST_ASKED_ALLOWED


def test_is_that_allowed_with_the_writers_own_age_keeps_the_age_check():
    earlier = ["my swim coach keeps asking me to send pics"]
    text = "im 15 and he's 30 is that allowed"
    kind = answer_kind_in_context(None, "check_age_rules", text, ["pressured_to_send"], earlier)
    assert kind != hr.TRUST_ASKED_ALLOWED


def test_a_young_writers_job_threat_uses_their_age():
    text = "he says I'll lose my shifts if I don't send one"
    kind = answer_kind_in_context(
        plain_questions.JOB_THREAT, "nlu_fallback", text, [None], ["I'm 16, my boss wants pics"]
    )
    assert kind == plain_questions.JOB_THREAT_YOUTH


def test_an_adults_job_threat_keeps_the_general_answer():
    text = "he says I'll lose my shifts if I don't send one"
    kind = answer_kind_in_context(
        plain_questions.JOB_THREAT, "nlu_fallback", text, [None], ["I'm 29, my boss wants pics"]
    )
    assert kind == plain_questions.JOB_THREAT


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("no I'm 19, he made it like 2 weeks ago", True),
        ("he posted it last weekend", True),
        ("a few days ago", True),
        ("it was years ago", False),
        ("36 months ago", False),
        ("I'm 19", False),
    ],
)
def test_a_recent_time_said_answers_the_date_question(text, said):
    from assistant.said_before import recent_time_said

    assert recent_time_said([text]) is said


def test_the_childs_age_with_a_consent_question_keeps_the_age_check():
    earlier = ["my son's hockey coach has been asking him for shirtless pics, he is 16"]
    text = "he's 16 though, isn't that old enough to agree"
    kind = answer_kind_in_context(
        None, "check_age_rules", text, ["child_asked_by_person_of_trust"], earlier
    )
    assert kind != hr.HELPER_MINOR_FIRST
