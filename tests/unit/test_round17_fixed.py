"""Round 17 (session 17), fixed after its one measurement: a plan said as a close, "which one
first" after the route list, feelings told, and sending more to make it stop. Wordings are mine,
not the rater's (tests/simulated-users/2026-12-05-round17)."""

from __future__ import annotations

import pytest

from assistant import feelings as fe
from assistant import safety_followups as sf
from assistant.answer_kinds import _PAY
from assistant.next_questions import plan_close


@pytest.mark.parametrize(
    "text",
    [
        "ok. im gonna lie down. thanks",
        "im safe rn just stressed. ok ill call the protection service one first i think",
        "ok ill call the lawyer first then",
        "thanks, im going to get some sleep",
    ],
)
def test_a_plan_said_as_a_close(text):
    assert plan_close(text)


@pytest.mark.parametrize(
    "text",
    ["ill call them first?", "i cant sleep", "will the lawyer call me first"],
)
def test_not_a_plan_said_as_a_close(text):
    assert not plan_close(text)


THREAT = ["my ex is threatening to post my videos"]


@pytest.mark.parametrize(
    "text",
    ["which one first", "just tell me what to do first", "which of these first?"],
)
def test_which_first_after_the_routes_is_one_first_step(text):
    assert sf.safety_followup_kind(text, THREAT, False, "threatened") == sf.FIRST_STEP_THREAT


def test_a_choice_between_two_routes_is_not_the_first_step():
    assert sf.safety_followup_kind("tribunal or lawyer first?", THREAT, False, "threatened") is None


@pytest.mark.parametrize(
    ("text", "young", "kind"),
    [
        ("im not gonna hurt myself im just really sad and embarrassed", True, fe.FEELINGS_YOUNG),
        ("everyone keeps laughing at me, i dont want to go to school", True, fe.FEELINGS_YOUNG),
        ("i feel so humiliated", False, fe.FEELINGS),
        ("i cant face anyone at work", False, fe.FEELINGS),
    ],
)
def test_feelings_told(text, young, kind):
    assert fe.feelings_kind(text, young) == kind


@pytest.mark.parametrize(
    "text",
    [
        "is it normal to feel embarrassed?",  # a question keeps its own answer
        "why do i feel so stupid",
        "he is sad",
        "my ex posted my pics",
    ],
)
def test_not_feelings_told(text):
    assert fe.feelings_kind(text, False) is None


@pytest.mark.parametrize(
    "text",
    [
        "should i send another so he leaves me alone",
        "if i send one more pic will he stop",
        "can i send him the video so he stops",
    ],
)
def test_sending_more_to_make_it_stop_is_the_pay_question(text):
    assert _PAY.search(text)
