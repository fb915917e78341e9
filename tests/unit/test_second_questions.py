"""The other questions of a two-question message answered when their answer stands alone
(assistant/policies/second_questions.py; round 74: seven people's second halves dropped)."""

from __future__ import annotations

from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.policies import second_questions as sq
from assistant.policies.message_context import MessageContext

TEXTS = {
    "utter_main": "You don't have to tell your parents to get help.",
    "utter_if_threat_carried_out": "If it does get shared, the same help still applies.",
    "utter_trouble": "You are not in trouble for what was done to you.",
    "utter_who_told": "I won't tell anyone.",
    "utter_part_not_covered": "You also asked.",
}
ANSWERS = {
    sq.IF_POSTED: ["utter_if_threat_carried_out"],
    sq.WHO_IS_TOLD: ["utter_who_told"],
    "youth_in_trouble": ["utter_other_trouble"],
}.get


def _ctx(text: str, previous: str = "utter_earlier") -> MessageContext:
    tracker = DialogueStateTracker("t", [])
    for event in [
        UserUttered("im 16 and she has my pics", intent={"name": "share_story"}),
        ActionExecuted(previous),
        BotUttered("earlier reply", metadata={"utter_action": previous}),
        ActionExecuted("action_listen"),
        UserUttered(text, intent={"name": "ask_parents"}),
    ]:
        tracker.update(event)
    return MessageContext(tracker, list(tracker.events), lambda name: TEXTS.get(name, ""))


def _kinds(piece: str, before: str) -> str | None:
    if "posts them" in piece:
        return sq.IF_POSTED
    if "tell my mom" in piece or "tell my parents about" in piece:
        return sq.WHO_IS_TOLD
    if "trouble" in piece or "having them" in piece:
        return "youth_in_trouble"
    return None


def test_pieces_of_a_message_of_two():
    pieces = sq.question_pieces("do i have to tell my parents? what if she posts them at midnight")
    assert pieces == [
        ("do i have to tell my parents?", ""),
        ("what if she posts them at midnight", "do i have to tell my parents?"),
    ]


def test_a_message_of_one_question_has_no_pieces():
    assert sq.question_pieces("what if she posts them at midnight") == []
    assert sq.question_pieces("") == []
    # One question beside what is told: the reply's own ("that" is the manager asking).
    told = "im 17 and my manager at work keeps asking me for pics. i havent sent any. is that ok"
    assert sq.question_pieces(told) == []
    assert sq.question_pieces("my ex has my pics. what now? what then?") == []  # too short


def test_the_second_question_that_stands_alone_is_answered():
    ctx = _ctx("do i have to tell my parents? what if she posts them at midnight")
    assert sq.with_second_questions(["utter_main"], ctx, _kinds, ANSWERS) == [
        "utter_main",
        "utter_if_threat_carried_out",
    ]


def test_the_first_question_is_answered_too_when_the_reply_took_the_second():
    ctx = _ctx("will you tell my mom about this? how do i get it taken down")
    assert sq.with_second_questions(["utter_removal"], ctx, _kinds, ANSWERS) == [
        "utter_removal",
        "utter_who_told",
    ]


def test_a_question_that_means_something_else_alone_is_left():
    # "am i in trouble for having them?" read alone is a young person's own images.
    ctx = _ctx(
        "someone sent me his ex's nudes. what do i do with them? am i in trouble for having them"
    )
    assert sq.with_second_questions(["utter_received"], ctx, _kinds, ANSWERS) == ["utter_received"]


def test_a_question_the_reply_speaks_to_is_not_answered_twice():
    ctx = _ctx("what if she posts them at midnight? will you tell my mom")
    text = {"utter_posted_already": "If she posts them, report it. Your mom is not told."}
    ctx.response_text = lambda name: text.get(name, "")
    # "posts" is said in the reply; "will you tell my mom" has no word of its own to say back.
    found = sq.with_second_questions(["utter_posted_already"], ctx, _kinds, ANSWERS)
    assert found == ["utter_posted_already", "utter_who_told"]


def test_the_answer_sent_the_turn_before_or_in_the_reply_is_not_added_again():
    ctx = _ctx("do i have to tell my parents? what if she posts them at midnight")
    assert sq.with_second_questions(["utter_if_threat_carried_out"], ctx, _kinds, ANSWERS) == [
        "utter_if_threat_carried_out"
    ]
    again = _ctx(
        "do i have to tell my parents? what if she posts them at midnight",
        previous="utter_if_threat_carried_out",
    )
    assert sq.with_second_questions(["utter_main"], again, _kinds, ANSWERS) == ["utter_main"]


def test_a_form_and_the_crisis_are_left_as_they_are():
    ctx = _ctx("do i qualify? what if she posts them at midnight")
    assert sq.with_second_questions(["eligibility_form"], ctx, _kinds, ANSWERS) == [
        "eligibility_form"
    ]
    crisis = _ctx("i want to kill myself. what if she posts them? will you tell my mom")
    assert sq.with_second_questions(["utter_main"], crisis, _kinds, ANSWERS) == ["utter_main"]


def test_at_most_one_answer_is_added():
    ctx = _ctx("can i not tell my parents? what if she posts them tonight? will you tell my mom")
    assert sq.with_second_questions(["utter_main"], ctx, _kinds, ANSWERS) == [
        "utter_main",
        "utter_if_threat_carried_out",
    ]


def test_the_also_asked_line_goes_when_its_question_is_answered():
    ctx = _ctx("how do i get it down? will you tell my parents about it")
    clauses = [{"text": "how do i get it down?"}, {"text": "will you tell my parents about it"}]
    ctx.__dict__["parse_data"] = {"text": ctx.text, "clauses": clauses}
    sequence = ["utter_removal", "action_part_not_covered"]
    assert sq.with_second_questions(sequence, ctx, _kinds, ANSWERS) == [
        "utter_removal",
        "utter_who_told",
    ]
