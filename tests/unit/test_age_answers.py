"""Reading the age check's answers (assistant/age_answers.py): one row per kind of message."""

from __future__ import annotations

import pytest

from assistant.age_answers import (
    AGE,
    IS_MINOR,
    OFFSET,
    OTHER_AGE,
    TRUST,
    Reading,
    Turn,
    checked_age,
    read_age,
    read_other_age,
    read_trust,
    readable,
    required_slots,
)


def opening(text: str, intent: str = "check_age_rules") -> Turn:
    return Turn(intent, text, activating=True)


def answer(text: str, intent: str, requested: str, **known) -> Turn:
    return Turn(intent, text, requested=requested, **known)


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (opening("I'm 14 and he's 20, is that ok"), Reading({AGE: 14.0, IS_MINOR: True})),
        # a pair nobody said is their own: no is_minor (which is "age" does not matter)
        (opening("is it legal for a 16 and a 30 year old"), Reading({AGE: 30.0})),
        (opening("check ages"), Reading({AGE: None})),  # clears an earlier check
        (answer("fourteen", "nlu_fallback", AGE), Reading({AGE: 14.0, IS_MINOR: True})),
        (answer("17 y/o", "youth_disclosure", AGE), Reading({AGE: 17.0, IS_MINOR: True})),
        (answer("i'm 22", "inform", AGE), Reading({AGE: 22.0, IS_MINOR: False})),
        (answer("old enough", "nlu_fallback", AGE), Reading({AGE: None}, wrong_age=True)),
        (answer("asdf", "inform", AGE), Reading({AGE: None}, wrong_age=True)),
        # not an answer: another rule takes it, nothing is read
        (answer("old enough", "ask_consent", AGE), Reading()),
        (answer("I'm 15 and I want to die", "crisis", AGE), Reading()),
        (answer("never mind, I'm 15", "stop", AGE), Reading()),
        (answer("is 16 the age of consent in canada for photos", "ask_consent", AGE), Reading()),
    ],
)
def test_read_age(turn, expected):
    assert read_age(turn) == expected


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (opening("I'm 14 and he's 20"), Reading({OFFSET: None, OTHER_AGE: 20.0})),
        (opening("my bf is 2 years older than me"), Reading({OFFSET: 2.0, OTHER_AGE: None})),
        (opening("check ages"), Reading({OFFSET: None, OTHER_AGE: None})),
        (answer("25", "inform", OTHER_AGE, age=16.0), Reading({OTHER_AGE: 25.0})),
        # "2 years older" becomes an age once the person's own age is known
        (answer("14", "youth_disclosure", AGE, offset=2.0, age=14.0), Reading({OTHER_AGE: 16.0})),
        (answer("no idea", "inform", OTHER_AGE), Reading({OTHER_AGE: None}, wrong_age=True)),
        (answer("I'm 15 and he is outside my house", "immediate_danger", OTHER_AGE), Reading()),
        (answer("what if the person in the pic is under 18", "ask_under_18_images", OTHER_AGE),
         Reading()),
    ],
)  # fmt: skip
def test_read_other_age(turn, expected):
    assert read_other_age(turn) == expected


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (answer("/affirm", "affirm", TRUST), {TRUST: "yes"}),
        (answer("/deny", "deny", TRUST), {TRUST: "no"}),
        (answer("/dont_know", "dont_know", TRUST), {TRUST: "unsure"}),
        (answer("skip", "skip", TRUST), {TRUST: "unsure"}),
        (answer("she is my teacher", "inform", TRUST), {TRUST: "yes"}),
        (answer("he's just my boyfriend", "inform", TRUST), {TRUST: "no"}),
        (answer("hmm", "inform", TRUST), {}),
        # a plain yes or no said first, whatever the classifier made of the rest
        (answer("no, they go to the same school", "nlu_fallback", TRUST), {TRUST: "no"}),
        (answer("yeah kind of, he's in charge of the team", "inform", TRUST), {TRUST: "yes"}),
        (answer("no idea", "inform", TRUST), {}),
        (answer("no, he's my coach", "inform", TRUST), {TRUST: "yes"}),
        # outside the question only a clear authority counts
        (opening("my coach is 25 and i'm 16, is it legal"), {TRUST: "yes"}),
        (opening("my bf is 25 and i'm 16"), {TRUST: None}),
        (answer("my bf is 25", "inform", OTHER_AGE), {}),
    ],
)
def test_read_trust(turn, expected):
    assert read_trust(turn) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, Reading({AGE: None})),
        (15.0, Reading({AGE: 15.0})),
        (0, Reading({AGE: None}, wrong_age=True)),
        (150, Reading({AGE: None}, wrong_age=True)),
        (-3, Reading({AGE: None}, wrong_age=True)),
    ],
)
def test_checked_age(value, expected):
    assert checked_age(AGE, value) == expected


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        (opening("I'm 15"), True),
        (opening("I'm 15 and I want to die", "crisis"), False),
        (answer("a long question about something else entirely here", "ask_police", AGE), False),
        (answer("15 i think", "ask_police", AGE), True),  # short: read as the answer
        (answer("a long answer with my age in it which is 15", "inform", AGE), True),
    ],
)
def test_readable(turn, expected):
    assert readable(turn) is expected


@pytest.mark.parametrize(
    ("age", "other", "expected"),
    [
        (None, None, [AGE, OTHER_AGE, TRUST]),
        (14.0, 20.0, [AGE, OTHER_AGE]),  # trust cannot change the answer
        (16.0, 25.0, [AGE, OTHER_AGE, TRUST]),
        (14.0, 17.0, [AGE, OTHER_AGE, TRUST]),
    ],
)
def test_required_slots(age, other, expected):
    assert required_slots(age, other) == expected


def test_a_parents_one_age_is_the_young_persons():
    turn = Turn(
        intent="check_age_rules",
        text="he's 16, is that allowed?",
        activating=True,
        earlier=("my son's hockey coach keeps messaging him",),
    )
    assert read_age(turn).slots["age_check_age"] == 16.0
    assert read_other_age(turn).slots["age_check_other_age"] is None
    assert read_trust(turn) == {"age_check_trust": "yes"}


def test_without_a_child_named_the_one_age_stays_the_other_persons():
    turn = Turn(intent="check_age_rules", text="he's 16, is that allowed?", activating=True)
    assert read_age(turn).slots["age_check_age"] is None
