"""Round 18 kind 2: "I'd rather not guess" where the sources answer (coverage_answers.py), and
the retriever over the bot's own blocks (answer_retriever.py). Wordings are mine."""

from __future__ import annotations

import pytest

from assistant import answer_retriever as retriever
from assistant import coverage_answers as ca


@pytest.mark.parametrize(
    ("text", "young", "kind"),
    [
        (
            "am i allowed to join the call with her or does her mom need to be there?",
            False,
            ca.SUPPORT_ON_CALL,
        ),
        ("can my friend be on the call with the lawyer?", False, ca.SUPPORT_ON_CALL),
        ("does a parent have to be there since shes 15?", False, ca.SUPPORT_ON_CALL),
        ("can i do the tribunal claim by phone? no computer here", False, ca.CRT_HELP),
        ("who can help me fill in the crt claim?", False, ca.CRT_HELP),
        ("is there someone to help with the tribunal application", False, ca.CRT_HELP),
        ("can the government service take it down for me?", False, ca.IIPS_FOR_YOU),
        ("could someone contact the site for me? i cant look at it", False, ca.IIPS_FOR_YOU),
        ("can he be made to delete it and pay me?", False, ca.CRT_ORDERS),
        ("can i get compensation for this?", False, ca.CRT_ORDERS),
        ("should i keep the printouts he left or throw them away?", False, ca.KEEP_COPIES),
        ("i have practice with him tomorrow, what do i do", True, ca.SEE_THEM_YOUNG),
        (
            "he's my teacher and i have class again tomorrow. what should i do?",
            True,
            ca.SEE_THEM_YOUNG,
        ),
        ("i have to see him at work tomorrow, what do i do", False, ca.SEE_THEM_ADULT),
        ("which numbers are toll free?", False, ca.TOLL_FREE),
        ("is it long distance to call the 604 one?", False, ca.TOLL_FREE),
    ],
)
def test_sources_answer(text, young, kind):
    assert ca.coverage_kind(text, young) == kind


@pytest.mark.parametrize(
    "text",
    [
        "is the legal advice free?",
        "how much does it cost",
        "what can i do",
        "can he be charged?",
        "how do i keep evidence",
        "should i keep talking to him?",
        "will the lawyer go to the tribunal for me?",
        "should i make him delete it from his phone?",
        "he says he will post them tomorrow",
    ],
)
def test_near_misses_unchanged(text):
    assert ca.coverage_kind(text, False) is None


@pytest.mark.parametrize(
    "text",
    [
        "i have practice tomorrow and i want to kill myself, what am i supposed to do",
        "which numbers are free? i am going to end my life tonight",
        "can the tribunal make him pay? he is at my door right now with a knife",
    ],
)
def test_crisis_never_a_coverage_answer(text):
    assert ca.coverage_kind(text, True) is None
    assert retriever.retrieved_block(text) is None


def test_never_a_block_already_sent():
    text = "which numbers are toll free?"
    assert ca.coverage_kind(text, False, ["utter_coverage_toll_free"]) is None


@pytest.mark.parametrize(
    ("text", "block"),
    [
        ("could i get paid damages for what she did", "utter_crt_damages"),
        (
            "my bf guilt tripped me until i sent them, is that still consent",
            "utter_no_consent_more",
        ),
        ("what does trauma informed mean", "utter_approach"),
    ],
)
def test_retriever_finds_the_block(text, block):
    assert retriever.retrieved_block(text) == block
    assert retriever.retrieved_block(text, [block]) is None


@pytest.mark.parametrize(
    "text",
    ["what about my cat?", "is the weather nice in kelowna", "can i sit down", "ok"],
)
def test_retriever_stays_quiet_without_a_clear_block(text):
    assert retriever.retrieved_block(text) is None


def test_every_answer_is_a_response():
    import yaml

    responses = yaml.safe_load(open("domain/coverage_answers.yml"))["responses"]
    for steps in ca.ANSWERS.values():
        for step in steps:
            assert step in responses


def test_replaces_only_the_pressure_answers_and_only_with_what_to_do():
    text = "we have class tomorrow. what am i supposed to do?"
    assert ca.coverage_kind(text, True, replacing="pressured_to_send") == ca.SEE_THEM_YOUNG
    assert (
        ca.coverage_kind("which numbers are toll free?", False, replacing="pressured_to_send")
        is None
    )
    assert ca.coverage_kind(text, True, replacing="some_other_kind") is None


def test_tribunal_orders_only_in_place_of_the_honest_answer():
    text = "can he be made to delete it and pay me?"
    assert ca.coverage_kind(text, False, honest_answer=False) is None
    assert ca.coverage_kind(text, False, honest_answer=True) == ca.CRT_ORDERS
