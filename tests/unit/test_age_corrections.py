"""Age corrections after the age check answered (issue 16): reading them, applying them, and
when the InterruptPolicy takes a message as one. Our own wordings."""

import pytest
from rasa.shared.core.events import ActionExecuted, UserUttered

from actions.age_check import corrections_since_answer, said_last_turn, slots_at_last_answer
from assistant.age_corrections import AgeCorrection, corrected, read_age_correction
from assistant.policies.interrupt import age_check_answered_lately, age_correction_step


@pytest.mark.parametrize(
    "text,age,other",
    [
        ("sorry i meant he's 23 not 19", None, 23),
        ("wait, she is 15", None, 15),
        ("actually I'm 16, not 15", 16, None),
        ("my bad I was 13 when it happened", 13, None),
        ("no sorry, the other person is 30", None, 30),
    ],
)
def test_corrections_are_read_with_whose_age_they_are(text, age, other):
    reading = read_age_correction(text)
    assert reading is not None and (reading.age, reading.other_age) == (age, other)


@pytest.mark.parametrize(
    "text",
    [
        "he's 19",  # no word of correcting: a new answer, the form reads it
        "i meant to ask about the tribunal",  # no age
        "sorry what does consent mean",
        "actually can a 14 year old and a 16 year old date? asking for my cousin who is "
        "worried about what her friends might think of it all",  # long: a new question
    ],
)
def test_other_messages_are_not_corrections(text):
    assert read_age_correction(text) is None


def test_the_replaced_number_decides_which_age_changes():
    # "can a 16 year old date a 20 year old": neither age is clearly the person's own.
    assert corrected(20.0, 16.0, AgeCorrection(other_age=18, replaced=20)) == (18.0, 16.0)
    assert corrected(16.0, 20.0, AgeCorrection(other_age=18, replaced=20)) == (16.0, 18.0)


def test_without_a_replaced_number_the_named_person_changes():
    assert corrected(15.0, 17.0, AgeCorrection(other_age=21)) == (15.0, 21.0)
    assert corrected(15.0, 17.0, AgeCorrection(age=14)) == (14.0, 17.0)


def _slot(name, value):
    return {"event": "slot", "name": name, "value": value}


def test_the_ages_at_the_last_answer_are_read_from_the_events():
    events = [
        _slot("age_check_age", 15.0),
        _slot("age_check_other_age", 17.0),
        _slot("age_check_trust", "no"),
        {"event": "action", "name": "action_age_check_answer"},
        _slot("age_check_age", None),
        _slot("age_check_other_age", None),
        {"event": "user", "text": "sorry he's 20 not 17"},
        {"event": "action", "name": "action_age_check_correction"},
    ]
    assert slots_at_last_answer(events) == {
        "age_check_age": 15.0,
        "age_check_other_age": 17.0,
        "age_check_trust": "no",
    }
    assert [c.other_age for c in corrections_since_answer(events)] == [20]


def _user(text):
    return UserUttered(text, intent={"name": "inform", "confidence": 0.9})


def test_a_correction_is_taken_only_right_after_the_age_answer():
    answered = [_user("im 15 hes 17"), ActionExecuted("action_age_check_answer")]
    latest = [ActionExecuted("action_listen"), _user("oops he's 22 not 17")]
    assert age_check_answered_lately(answered + latest)
    assert age_correction_step(answered + latest, "inform", "oops he's 22 not 17", None) == (
        "action_age_check_correction"
    )
    # Inside a form the form reads it; a crisis is never a correction.
    assert (
        age_correction_step(answered + latest, "inform", "oops he's 22", "age_check_form") is None
    )
    assert age_correction_step(answered + latest, "crisis", "oops he's 22", None) is None
    later = [ActionExecuted("action_listen"), _user("what is the crt"), ActionExecuted("utter_crt")]
    assert not age_check_answered_lately(answered + later + latest)


def test_small_talk_after_the_answer_keeps_the_chance_to_correct():
    answered = [_user("im 15 hes 17"), ActionExecuted("action_age_check_answer")]
    thanks = [ActionExecuted("action_listen"), _user("ok thx"), ActionExecuted("utter_thank")]
    latest = [ActionExecuted("action_listen"), _user("wait he's 19 not 17")]
    assert age_check_answered_lately(answered + thanks + latest)


def test_the_paragraphs_of_the_turn_before_are_known_word_for_word():
    events = [
        {"event": "user", "text": "im 15 hes 17"},
        {"event": "bot", "text": "Images are a separate rule."},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "sorry he's 20 not 17"},
    ]
    assert said_last_turn(events) == frozenset({"Images are a separate rule."})
