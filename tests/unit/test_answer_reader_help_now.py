"""A helper's "please help ... what do I do right now" about a child asked for images, read by
the classifier as "help now" (round 64 p30: the writer's own 24/7 lines and 9-8-8 first): the
AnswerReader reads it as "what can I do", so the answer for the child comes, with 9-1-1 if the
child is in danger. The writer's own "please help me right now" keeps the help-now lines, and
a crisis never changes."""

from __future__ import annotations

from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from assistant.answer_kinds import DIRECT_ANSWER_KEY
from assistant.nlu.answer_reader import AnswerReader


def _read(text: str, intent: str) -> Message:
    message = Message(data={TEXT: text, INTENT: {"name": intent, "confidence": 0.36}})
    AnswerReader.__new__(AnswerReader).process([message])
    return message


def test_a_helpers_help_now_about_a_child_asked_gets_the_childs_answer():
    said = (
        "please help a man online keeps messaging my niece asking for pictures of her she is "
        "only 11 what do I do right now"
    )
    message = _read(said, "need_help_now")
    assert message.get(INTENT)["name"] == "route_finder"
    assert message.get(DIRECT_ANSWER_KEY) in {"helper_for_minor", "child_asked_for_images"}


def test_the_writers_own_help_now_and_a_crisis_keep_their_readings():
    assert _read("please help me right now", "need_help_now").get(INTENT)["name"] == (
        "need_help_now"
    )
    said = "a man keeps asking my 12 year old son for nudes and i want to kill myself"
    assert _read(said, "need_help_now").get(INTENT)["name"] == "need_help_now"
