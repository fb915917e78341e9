"""Round 7 follow-ups (helper h12b): a close with a plan, warning family before it is sent,
finding out whether it is online, the removal tools' cost and notice, a fast protection order,
reporting to the platform, and a child's helper's next questions. Our own wordings."""

from __future__ import annotations

import pytest

from assistant import helper_followups as hf
from assistant import next_questions as nq
from assistant.answer_kinds import answer_kind
from assistant.helper_context import answer_kind_in_context
from assistant.plain_text import plain_lower
from assistant.urgent_questions import YOUTH_TELL
from assistant.writer_framing import HELPER_CLOSE, helper_kind_in_context

_CHILD_STORY = [
    "some man on a game keeps asking my 10 year old granddaughter for pictures of herself"
]
_CHILD_TOPICS: list[str | None] = ["child_asked_for_images"]


def _in_context(text: str, topics: list[str | None], texts: list[str]) -> str | None:
    kind = answer_kind_in_context(answer_kind(text), None, text, topics, texts)
    helping = "child_asked_for_images" in topics or "helper_adult" in topics
    return helper_kind_in_context(kind, None, text, helping)


# --- a close with the person's own plan ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok I'll ring the protection service tomorrow, thanks",
        "thank you, I will phone them in the morning, goodbye",
        "alright, I'm going to email the legal line, thank you so much",
        "I shall contact the tribunal on Monday. Good day.",
        "thanks. gonna try take it down later",
        "ok i'll call the iips number, thank u",
    ],
)
def test_a_plan_said_as_a_close_is_a_warm_close(text):
    assert answer_kind(text) == nq.PLAN_CLOSE


@pytest.mark.parametrize(
    "text",
    [
        "ok i'll text them now",  # about to reach a line: glad you're reaching out
        "ok thanks, ill reach out to them",
        "ok thanks. i guess ill text them tonight",  # a young person about to text a line
        "I'll call them if he posts it",  # a plan with a threat in it
        "should I call the IIPS tomorrow?",  # a question
        "thanks, I'll call the police, he's outside with a knife",
        "will I have to phone them?",
    ],
)
def test_what_is_not_a_close_with_a_plan(text):
    assert not nq.plan_close(text)


def test_a_helpers_plan_is_the_helpers_close():
    text = "thanks so much, I'll report it to cybertip tonight"
    assert _in_context(text, _CHILD_TOPICS, _CHILD_STORY) == HELPER_CLOSE


# --- warning family before it is sent -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Should I warn my kids before she sends the video to them?",
        "do I give my family a heads up in case he posts it?",
        "is it better to prepare my son and daughter beforehand?",
        "should i tell my coworkers first before he emails it to them",
    ],
)
def test_warning_family_first_is_read(text):
    assert answer_kind(text) == nq.WARN_BEFORE


@pytest.mark.parametrize(
    "text",
    [
        "I told my family already",  # no question
        "should I tell my mom",  # a young person's or an adult's own tell answer
        "my kids saw it, what do I do",
    ],
)
def test_what_is_not_warning_first(text):
    assert not nq.warn_before(plain_lower(text))


def test_a_young_person_asking_to_warn_gets_the_safe_adult_answer():
    text = "should I warn my friends before he sends it around?"
    kind = answer_kind_in_context(answer_kind(text), None, text, [None], ["im 15"])
    assert kind == YOUTH_TELL


# --- finding out whether it is online -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "how would I know if he put it online?",
        "How can I check whether the video has been posted anywhere?",
        "is there a way to search for my pics on the internet",
        "can I find out if the footage is up on some website?",
    ],
)
def test_finding_out_if_it_is_online_is_read(text):
    assert answer_kind(text) == nq.FIND_ONLINE


@pytest.mark.parametrize(
    "text",
    [
        "how do I know if I qualify",
        "how do I get it taken down from the site",
        "can the IIPS check if it's online?",  # the IIPS's own answer
    ],
)
def test_what_is_not_finding_out(text):
    assert not nq.find_online(plain_lower(text))


# --- the removal tools: cost and whether the site learns who reported --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "does take it down cost anything? will the website find out it was me?",
        "is stopncii free",
        "will the site owner know I reported it",
        "can I report anonymously so the platform doesn't see my name",
    ],
)
def test_the_tools_cost_and_notice_are_read(text):
    assert answer_kind(text) == nq.REMOVAL_COST_NOTICE


@pytest.mark.parametrize(
    "text", ["is it free?", "will he know I reported him?", "how much does a lawyer cost"]
)
def test_what_is_not_the_tools_cost_or_notice(text):
    assert not nq.removal_cost_or_notice(plain_lower(text))


# --- a protection order, fast ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can I get a protection order before friday? he says he'll post it then",
        "how quickly can the tribunal order him to stop, it's this weekend",
        "is there any way to get an order right away",
    ],
)
def test_a_fast_order_is_read(text):
    assert answer_kind(text) == nq.CRT_FAST


def test_how_fast_again_after_naming_the_order():
    earlier = ["my ex says he'll post my nudes saturday", "can I get a protection order?"]
    assert nq.crt_fast_again("ok but how fast? it's saturday", earlier)
    assert not nq.crt_fast_again("ok but how fast?", ["my ex says he'll post my nudes"])
    assert not nq.crt_fast("how long does the tribunal take")


def test_how_fast_right_after_the_answer_is_said_in_other_words():
    earlier = ["my ex says he'll post my nudes saturday", "can I get a protection order fast?"]
    topics: list[str | None] = ["threat_only", nq.CRT_FAST]
    text = "ok but how quick though, it's saturday"
    kind = answer_kind_in_context(answer_kind(text), None, text, topics, earlier)
    assert kind == nq.CRT_FAST_AGAIN


# --- reporting to the platform -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text,kind",
    [
        ("can I report the post to tiktok directly?", nq.PLATFORM_REPORT),
        ("how do I report it to snapchat", nq.PLATFORM_REPORT),
        ("can he report it to X himself?", nq.PLATFORM_REPORT_HELPER),
        ("could she flag the video on reddit herself", nq.PLATFORM_REPORT_HELPER),
    ],
)
def test_reporting_to_the_platform_is_read(text, kind):
    assert answer_kind(text) == kind


@pytest.mark.parametrize(
    "text", ["can I report it to the police", "how do I report him", "I reported it to instagram"]
)
def test_what_is_not_reporting_to_the_platform(text):
    assert nq.platform_report(plain_lower(text)) is None


def test_a_helpers_own_platform_question_is_the_helpers_answer():
    text = "can I report his account to roblox myself?"
    assert _in_context(text, _CHILD_TOPICS, _CHILD_STORY) == nq.PLATFORM_REPORT_HELPER


# --- a child's helper: tell the parents, confront him, take the device -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "should I let her mom and dad know? she begged me to keep it secret",
        "Should I tell her parents? They're my brother and his wife. She made me promise not to.",
        "should I warn her parents before he sends anything?",
    ],
)
def test_a_helper_asking_about_the_childs_parents(text):
    assert _in_context(text, _CHILD_TOPICS, _CHILD_STORY) == hf.HELPER_TELL_PARENTS


@pytest.mark.parametrize(
    "text",
    ["should I confront him?", "should I go after the guy myself? I know his account name"],
)
def test_a_helper_asking_about_confronting(text):
    assert _in_context(text, _CHILD_TOPICS, _CHILD_STORY) == hf.HELPER_CONFRONT


@pytest.mark.parametrize(
    "text",
    [
        "do I take away her ipad now? she's sobbing and thinks she's in trouble",
        "should I take her phone away from her?",
        "should i confiscate his phone",
        "what about his laptop, do I take it away? he's scared he's in trouble",
    ],
)
def test_a_helper_asking_about_the_device(text):
    assert _in_context(text, _CHILD_TOPICS, _CHILD_STORY) == hf.HELPER_DEVICE


def test_confront_and_device_together():
    text = "should I confront the man? I have his username. and should I take her tablet?"
    assert _in_context(text, _CHILD_TOPICS, _CHILD_STORY) == hf.HELPER_CONFRONT_DEVICE


def test_without_a_child_before_the_adults_answers_stay():
    # An adult victim's "should I confront him?" keeps the practical answer.
    assert _in_context("should I confront him?", [None], ["my ex posted my nudes"]) == "confront"
    # A young person's "should I tell my parents" is not a helper's question.
    assert hf.helper_child_kind("should I tell my parents?", ["im 14"]) is None


def test_crisis_is_never_marked():
    for text in (
        "thanks, I'll call them tomorrow, I want to die anyway",
        "should I warn my kids before I kill myself",
    ):
        assert answer_kind(text, "crisis") is None
