"""Round 17 (session 17), fixed after its one measurement: a plan said as a close, "which one
first" after the route list, feelings told, sending more to make it stop, the partner who shared
asked about by a sibling, and the one who shared asking for someone to talk to. Wordings are mine,
not the rater's (tests/simulated-users/2026-12-05-round17)."""

from __future__ import annotations

import pytest

from assistant import answer_kinds_sources as sources
from assistant import feelings as fe
from assistant import safety_followups as sf
from assistant import sharer_charged as sc
from assistant import sharer_support as ss
from assistant import statements as st
from assistant.age_parsing import parse_ages
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
        "I'm scared to talk to a lawyer, will they judge me",
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


def test_an_age_before_am_i_is_an_age():
    assert parse_ages("im 17 am i in trouble").age == 17
    assert parse_ages("he messaged me at 3 am").age is None


SISTER = ["yo my little sister's bf is sending her pics around to his friends. she's 16"]


def test_sharing_going_on_is_someone_else_sharing():
    text = "the bf is 17 so is he even gonna get in trouble"
    assert sc.sharer_charged_kind(text, SISTER) == sources.OTHERS_IN_TROUBLE
    assert sc.names_the_partner(text)
    assert sc.sharer_charged_kind("is he going to get in trouble", ["im sending my pics"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "can she get help without telling our parents",
        "she doesnt want our parents to know",
    ],
)
def test_a_siblings_no_parents(text):
    assert st._NO_PARENTS.search(text)


SHARER = ["i sent my gf's pic to my friend and now she found out. im 17 am i in trouble"]


@pytest.mark.parametrize(
    ("text", "young", "kind"),
    [
        (
            "is there anyone i can just talk to about this. im freaking out",
            True,
            ss.SHARER_TALK_YOUNG,
        ),
        ("i need someone to talk to", False, ss.SHARER_TALK),
    ],
)
def test_the_one_who_shared_asks_for_someone_to_talk_to(text, young, kind):
    assert ss.sharer_talk_kind(text, SHARER, young) == kind


def test_a_victim_asking_for_someone_to_talk_to_is_not_the_sharer():
    victim = ["my ex sent my pics to his friends"]
    assert ss.sharer_talk_kind("is there anyone i can talk to", victim, False) is None
