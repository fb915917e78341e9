"""Not the same block twice in a row (assistant/policies/repeats.py)."""

from __future__ import annotations

from rasa.shared.core.events import ActionExecuted, UserUttered

from assistant.answer_kinds import DIRECT_ANSWER_KEY, THREAT_ONLY
from assistant.policies.repeats import (
    SAID_ABOVE,
    previous_turn_actions,
    same_topic_again,
    without_repeats,
)


def user(text: str, intent: str, mark: str | None = None) -> UserUttered:
    parse = {"intent": {"name": intent}, DIRECT_ANSWER_KEY: mark}
    return UserUttered(text, intent={"name": intent, "confidence": 1.0}, parse_data=parse)


def conversation(*turns) -> list:
    events: list = []
    for message, actions in turns:
        events += [message, *(ActionExecuted(a) for a in actions)]
    return events


def test_the_turn_before_is_read():
    events = conversation(
        (user("can i sue him", "ask_crt"), ["utter_crt", "utter_crt_more", "action_listen"]),
        (user("how much can i get", "ask_crt"), []),
    )
    assert previous_turn_actions(events) == ["utter_crt", "utter_crt_more", "action_listen"]
    assert same_topic_again(events, DIRECT_ANSWER_KEY) == "ask_crt"


def test_the_same_words_again_or_another_topic_is_not_a_repeat():
    same_words = conversation(
        (user("can i sue him", "ask_crt"), ["utter_crt"]), (user("can I sue him", "ask_crt"), [])
    )
    assert same_topic_again(same_words, DIRECT_ANSWER_KEY) is None
    other = conversation(
        (user("can i sue him", "ask_crt"), ["utter_crt"]), (user("is it free", "ask_service"), [])
    )
    assert same_topic_again(other, DIRECT_ANSWER_KEY) is None
    marked = conversation(
        (user("can i sue him", "ask_crt"), ["utter_crt"]),
        (user("what are your hours", "ask_crt", "hours"), []),
    )
    assert same_topic_again(marked, DIRECT_ANSWER_KEY) is None


def test_what_was_said_is_left_out_and_the_next_step_comes_instead():
    steps = ["utter_sextortion_steps", "utter_sextortion_report"]
    paid = without_repeats(["utter_sextortion_pay", *steps], steps, "sextortion_pay")
    # Not "Here is what to do." with nothing after it: the plain no, standing alone.
    assert paid == ["utter_sextortion_pay_again"]
    threats = ["utter_threats_covered", "utter_threats_routes"]
    assert without_repeats(threats, threats, THREAT_ONLY) == ["utter_threats_before_posting"]
    assert without_repeats(["utter_hours"], ["utter_hours"], "hours") == [SAID_ABOVE]
    assert without_repeats([], ["utter_crt"], "ask_crt") == ["utter_crt_courts"]


def test_a_forms_question_asked_again_stays():
    question = "utter_ask_eligibility_form_lives_in_bc"
    sequence = without_repeats(["utter_hours", question], ["utter_hours", question], "hours")
    assert sequence == [SAID_ABOVE, question]
