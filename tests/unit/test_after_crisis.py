"""Staying with the person after the crisis answer (assistant/after_crisis.py, issue 16)."""

from __future__ import annotations

import pytest

from assistant.after_crisis import STAY, STAY_AGAIN, stay_kind, still_distressed

AFTER_CRISIS = [["utter_greet"], ["utter_crisis", "utter_crisis_next"]]


@pytest.mark.parametrize(
    "text",
    [
        "i really don't wanna call people",
        "honestly i have no idea what to do",
        "i'm exhausted with all of it",
        "i just feel so hopeless",
        "what's the point",
        "i can't speak to anyone",
        "im not gonna phone anybody",
        "nothing helps anyway",
    ],
)
def test_distress_after_crisis_stays(text: str) -> None:
    assert still_distressed(text)
    assert stay_kind(text, AFTER_CRISIS) == STAY


def test_said_again_gets_the_other_answer() -> None:
    turns = [*AFTER_CRISIS, ["utter_crisis_stay", "utter_crisis_stay_next"]]
    assert stay_kind("i don't want to talk to anybody", turns) == STAY_AGAIN
    turns.append(["utter_crisis_stay_again"])
    assert stay_kind("i'm so tired of this", turns) == STAY


@pytest.mark.parametrize("text", ["how do I get it taken down", "what is the CRT", "thanks"])
def test_questions_after_crisis_are_answered_as_usual(text: str) -> None:
    assert stay_kind(text, AFTER_CRISIS) is None


def test_no_crisis_answer_before() -> None:
    assert stay_kind("i don't know what to do", [["utter_greet"], ["utter_ask_route"]]) is None


def test_long_after_the_crisis_answer() -> None:
    turns = [["utter_crisis"], ["a"], ["b"], ["c"]]
    assert stay_kind("i don't know what to do", turns) is None
