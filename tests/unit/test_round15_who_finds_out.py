"""Round 14's kind 1, fixed after its one measurement (tests/simulated-users/2026-12-04-round14/):
"will he find out it was me?", "will this get my parents involved?" get what each route means for
who is told (assistant/who_finds_out.py), not the lawyer's confidentiality alone. Wordings are
not the transcripts'."""

from __future__ import annotations

import pytest
import yaml

from assistant import who_finds_out as w
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS as POLICY_ANSWERS

MANAGER = ["im 16 and my boss at the cafe keeps asking me for pictures"]
EX_THREAT = ["my ex says hes gonna post my nudes if i dont get back with him"]
EX_POSTED = ["my ex put my pics on a website"]
SEXTORTION = ["some guy on insta says he'll leak my pic unless i send 200"]


@pytest.mark.parametrize(
    ("text", "earlier", "kind"),
    [
        ("if i go to the cops will he know it was me", EX_POSTED, w.PERSON_REPORT),
        ("would my boss know i reported him??", MANAGER, w.PERSON_REPORT),
        ("if i report to cybertip does the guy get told", SEXTORTION, w.PERSON_REPORT),
        ("if i apply for the order will my ex be notified", EX_THREAT, w.PERSON_ORDER),
        ("does he get told if i make a tribunal claim", EX_THREAT, w.PERSON_ORDER),
        ("how do i apply for that order and will he find out", EX_THREAT, w.PERSON_ORDER_HOW),
        ("if i call the lawyer will he know", EX_POSTED, w.PERSON_SERVICE),
        ("if i tell a teacher will he find out", MANAGER, w.PERSON_TELL),
        ("will he find out?", EX_POSTED, w.PERSON_ANY),
        ("is this gonna get my parents involved", SEXTORTION, w.PARENTS_ANY),
        ("do my parents have to know", SEXTORTION, w.PARENTS_ANY),
        ("will the cops call my mom if i report it", SEXTORTION, w.PARENTS_REPORT),
        ("will my school find out", SEXTORTION, w.OTHERS_ANY),
        ("will my boss find out about this", EX_POSTED, w.OTHERS_ANY),
        # a pronoun right after a parent is named is that parent, by gender and number
        ("i cant tell my mom. will she find out if i call", SEXTORTION, w.PARENTS_ANY),
        ("and my parents?? will they be told", EX_POSTED, w.PARENTS_ANY),
        ("my dad is strict. would he know if i report it", SEXTORTION, w.PARENTS_REPORT),
        ("my mom is away. will he find out if i report", EX_POSTED, w.PERSON_REPORT),
    ],
)
def test_who_might_learn_and_by_which_route(text, earlier, kind):
    assert w.who_finds_out_kind(text, earlier) == kind


@pytest.mark.parametrize(
    "text",
    [
        "will you tell my mom",  # the assistant's own answer
        "should i tell my mom",  # the writer's own choice, not who is told
        "will my mom see this chat",  # the chat's own answer
        "does kids help phone tell your parents",  # the helpline's own answer
        "what do i do now",
        "he knows where i live",
        "does he know my address",  # "know" of something else than the asking
        "will people see it",  # the images seen, not a report told
        "will they know its me in the pic",
        "do they know who i am",
    ],
)
def test_other_questions_are_not_read_as_who_finds_out(text):
    assert w.who_finds_out_kind(text, EX_POSTED) is None


def test_a_pronoun_without_anyone_else_in_it_is_not_read():
    assert w.who_finds_out_kind("will she find out", []) is None


def test_every_answer_is_in_the_domain_and_the_policy():
    with open("domain/who_finds_out.yml", encoding="utf-8") as handle:
        responses = set(yaml.safe_load(handle)["responses"])
    for kind, actions in w.ANSWERS.items():
        assert POLICY_ANSWERS[kind] == actions
        for action in actions:
            assert action in responses or action == "utter_crt_start"


def test_the_order_answer_says_the_person_would_learn_and_who_can_explain():
    with open("domain/who_finds_out.yml", encoding="utf-8") as handle:
        text = yaml.safe_load(handle)["responses"]["utter_told_person_order"][0]["text"]
    assert "would learn about it" in text and "1-833-688-4381" in text
