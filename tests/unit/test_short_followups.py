"""Short follow-ups whose meaning comes from the conversation (assistant/short_followups.py,
issue 16): someone who said they live outside B.C., then asks "anything in the Yukon?"; the
device answer asked again. Our own wordings."""

from __future__ import annotations

import pytest

from assistant import short_followups as sf
from assistant.plain_questions import DEVICE_TRACE

OUTSIDE = ["I live in Alberta and my ex posted my pics"]

ASKS = [
    "anything in the Yukon?",
    "so nothing for me at all?",
    "ok where do i go for help",
    "is there anything for people in Manitoba",
    "so you can't help me",
    "where can I go then?",
    "what about Ontario?",
]
NOT_ASKS = [
    "thanks",
    "what about deepfakes?",
    "he also sent them to my boss and my mom and all of my friends at work",
    "how does the tribunal work",
    "what can I do",  # the route finder's: it knows the home
]


@pytest.mark.parametrize("text", ASKS)
def test_outside_bc_then_a_short_question_gets_what_is_open_to_anyone(text):
    assert sf.kind_in_context(None, "inform", text, OUTSIDE) == sf.OUTSIDE_BC_ANYWHERE


@pytest.mark.parametrize("text", NOT_ASKS)
def test_other_messages_keep_their_reading(text):
    assert sf.kind_in_context(None, "ask_crt", text, OUTSIDE) is None


def test_the_checks_answer_counts_as_the_home():
    assert sf.kind_in_context(None, "nlu_fallback", "so nothing at all?", ["hi"], "no") == (
        sf.OUTSIDE_BC_ANYWHERE
    )


@pytest.mark.parametrize("text", ASKS[:3])
def test_someone_in_bc_or_not_said_keeps_the_classifiers_answer(text):
    assert sf.kind_in_context(None, "inform", text, ["I live in Victoria"]) is None
    assert sf.kind_in_context(None, "inform", text, ["my ex posted my pics"]) is None


@pytest.mark.parametrize("intent", ["crisis", "immediate_danger", "contact_lawyer"])
def test_safety_and_handoff_keep_their_answers(intent):
    assert sf.kind_in_context(None, intent, "so nothing for me at all?", OUTSIDE) is None


def test_a_mark_of_its_own_is_kept():
    assert sf.kind_in_context("sextortion_pay", None, "so nothing?", OUTSIDE) == "sextortion_pay"


def test_the_device_answer_asked_again_gets_the_short_pointer():
    before = ["utter_device_trace", "action_what_is_kept", "utter_device_trace_next"]
    assert sf.kind_in_context(DEVICE_TRACE, None, "x", ["y"], None, before) == (
        sf.DEVICE_TRACE_AGAIN
    )
    assert sf.kind_in_context(DEVICE_TRACE, None, "x", ["y"], None, []) == DEVICE_TRACE


def test_asked_again_right_after_that_answer_gets_a_short_warm_word():
    before = ["utter_outside_bc_anywhere"]
    text = "so there's really nothing for me"
    assert sf.kind_in_context(None, "inform_neither", text, OUTSIDE, None, before) == (
        sf.OUTSIDE_BC_AGAIN
    )


@pytest.mark.parametrize(
    ("kind", "adult"),
    [
        ("youth_in_trouble", "adult_now_in_trouble"),
        ("youth_no_one_to_tell", "adult_now_no_one_to_tell"),
    ],
)
def test_an_adult_now_gets_the_adult_wording(kind, adult):
    earlier = ["i'm 19 now, this happened when i was 16"]
    assert sf.kind_in_context(kind, None, "am i in trouble", earlier) == adult
    # A writer who is under 18 keeps the young person's answer.
    assert sf.kind_in_context(kind, None, "am i in trouble", ["im 16"]) == kind
    assert sf.kind_in_context(kind, None, "am i in trouble", ["im 18 now", "im 16"]) == kind
