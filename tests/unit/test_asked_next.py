"""Round 10, kind 1 (issue 16): a specific follow-up question gets its own answer, not "my
answer just above", the block before again or a neighbour's text (assistant/asked_next.py)."""

from __future__ import annotations

import pytest

from assistant import asked_next as an
from assistant.adult_age import ADULT_AGE
from assistant.leftover_questions import HELD_NOT_SHARED, MAKE_DELETE, make_delete
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS
from assistant.policies.repeats import runner_up_topic, without_repeats


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The intake steps: "what's the first step after I phone" (p18), other wordings.
        ("does that count as sharing? what's the first step after I phone", an.AFTER_CALL),
        ("what happens after i call them", an.AFTER_CALL),
        ("wat do i do once i email the lawyer place?", an.AFTER_CALL),
        ("My daughter wants to know what comes next when she phones the intake", an.AFTER_CALL),
        # A site that won't remove it (p25).
        ("what if the site doesnt remove it", an.SITE_REFUSES),
        ("and what if instagram ignores my report?", an.SITE_REFUSES),
        ("What happens if the website refuses to take it down", an.SITE_REFUSES),
        ("what if they dont respond?? its been a week", an.SITE_REFUSES),
        # How to apply for the order (p23).
        ("how do I apply for the order? do I need a lawyer for it", an.ORDER_APPLY_LAWYER),
        ("how do i get one of those orders", an.ORDER_APPLY),
        ("Where would my sister file for a protection order?", an.ORDER_APPLY),
        ("how can i apply to the tribunal by myself", an.ORDER_APPLY_LAWYER),
        # Police, and the free lawyer's number, in one message (p01).
        (
            "ok. do i have to go to the police for any of this? and who do i call for the free"
            " lawyer",
            an.POLICE_AND_LAWYER,
        ),
        (
            "should I report to the cops first, and what number do I call for legal advice",
            an.POLICE_AND_LAWYER,
        ),  # fmt: skip
        # Who to report a person in a position of trust to (p15).
        ("can I quit and still report him? who do I report a manager to", an.REPORT_WHO),
        ("who do i report my coach to", an.REPORT_WHO),
        ("Where can I report her teacher?", an.REPORT_WHO),
        ("can i report my boss somewhere other than police", an.REPORT_WHO),
        # Police where the other person lives (p04).
        (
            "ok. can the police in vancouver do anything even though i live in alberta?",
            an.POLICE_WHERE,
        ),  # fmt: skip
        ("which police do I call, the ones where he lives or mine?", an.POLICE_WHERE),
        ("can cops there do anything if i'm in another province", an.POLICE_WHERE),
        # Who keeps what I type (p27).
        (
            "what happens to what I type here? is it saved? you said 24 hours, by who?",
            an.WHO_KEEPS,
        ),  # fmt: skip
        ("who keeps it? the lawyers? the government?", an.WHO_KEEPS),
        ("can the government see what i type here", an.WHO_KEEPS),
        ("who reads my messages in this chat", an.WHO_KEEPS),
        # A question with an age note is a question (p14).
        ("ok thanks. i'm 22 btw. anything else i should do", ADULT_AGE),
        ("thx. im 30. what else should i do", ADULT_AGE),
        ("ok. anything else we can do?", an.WHAT_ELSE),
        # Housing (p29).
        ("ok thanks. should i move out?", an.HOUSING),
        ("do I have to move out of my apartment now", an.HOUSING),
        ("can i break my lease because of this", an.HOUSING),
        ("should we kick him out", an.HOUSING),
    ],
)
def test_a_follow_up_is_read(text: str, kind: str) -> None:
    assert an.asked_kind(text, []) == kind


@pytest.mark.parametrize(
    "text",
    [
        "thanks, that's all",
        "how do i report it? its some account on instagram",
        "nothing is online yet. can I get an order to stop him?",
        "what is the CRT",
        "can I report to the police?",
        "is what I type saved?",  # the retention answer's own question
        "my ex moved out and took my phone",
        "who shared it? i don't know",
        "I want to kill myself",
        "he is outside my house right now",
        "",
        "/contact_lawyer",
    ],
)
def test_other_messages_are_not_read(text: str) -> None:
    assert an.asked_kind(text, []) is None


def test_you_did_not_answer_after_one_of_them_is_sorry_and_the_point() -> None:
    earlier = ["what happens to what I type?", "who keeps it? the lawyers? the government?"]
    kind = an.asked_kind("hello? you didn't answer", earlier)
    assert kind == an.MISSED_PREFIX + an.WHO_KEEPS
    sequence = DEFAULT_DIRECT_ANSWERS[kind]
    assert sequence[0] == "utter_sorry_the_point"
    assert "utter_who_keeps_chat" in sequence
    # Said again on purpose: the answer is not cut to "see above".
    assert kind in an.SAID_AGAIN
    assert an.asked_kind("you didnt answer me", ["should i move out?"]) == (
        an.MISSED_PREFIX + an.HOUSING
    )


def test_you_did_not_answer_after_another_question_is_left_to_the_others() -> None:
    assert an.asked_kind("hello? you didn't answer", ["what is consent"]) is None
    assert an.asked_kind("you didn't answer", []) is None


def test_every_kind_is_answered_by_the_policy() -> None:
    for kind in an.KINDS:
        assert DEFAULT_DIRECT_ANSWERS[kind] == an.ANSWERS[kind]


def test_the_repeat_guard_leaves_the_new_answer_whole() -> None:
    # The showing answer the turn before: the intake steps are new, so they are all sent.
    sequence = DEFAULT_DIRECT_ANSWERS[an.AFTER_CALL]
    assert without_repeats(sequence, ["utter_showing_counts"], an.AFTER_CALL) == sequence


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # p27: images held, nothing done with them: never an order "for sharing" implied.
        (
            "ok so my ex has pics of me and hasn't done anything with them. can I make him delete"
            " them",
            HELD_NOT_SHARED,
        ),  # fmt: skip
        ("he never did anything with the videos, can i get him to delete them?", HELD_NOT_SHARED),
        ("can I make him delete the videos he posted?", MAKE_DELETE),
    ],
)
def test_held_images_get_the_held_answer(text: str, kind: str) -> None:
    assert make_delete(text) == kind


def _ranking(*pairs: tuple[str, float]) -> dict:
    return {"intent_ranking": [{"name": name, "confidence": c} for name, c in pairs]}


@pytest.mark.parametrize(
    ("parse_data", "topic", "before", "expected"),
    [
        # The topic just answered ranked first, another topic a clear second: that topic.
        (
            _ranking(("ask_examples", 0.6), ("ask_what_to_expect", 0.3)),
            "ask_examples",
            None,
            "ask_what_to_expect",
        ),  # fmt: skip
        # Too low a runner-up: never a guess.
        (
            _ranking(("ask_image_removal", 0.91), ("ask_crt", 0.02)),
            "ask_image_removal",
            None,
            None,
        ),  # fmt: skip
        # Never a safety intent, a form's or a handoff's: only topics.
        (_ranking(("ask_police", 0.5), ("crisis", 0.45)), "ask_police", None, None),
        (_ranking(("ask_police", 0.5), ("route_finder", 0.45)), "ask_police", None, None),
        # Never the topic answered the turn before, nor a ranking led by another intent.
        (_ranking(("ask_crt", 0.5), ("ask_fee", 0.4)), "ask_crt", "ask_fee", None),
        (_ranking(("ask_fee", 0.5), ("ask_crt", 0.4)), "ask_crt", None, None),
        ({}, "ask_crt", None, None),
    ],
)
def test_runner_up_topic(parse_data: dict, topic: str, before: str | None, expected) -> None:
    assert runner_up_topic(parse_data, topic, before) == expected


def test_who_keeps_asked_again_is_the_short_line() -> None:
    full = DEFAULT_DIRECT_ANSWERS[an.WHO_KEEPS]
    previous = ["action_listen", *full, "action_listen"]
    assert an.short_if_again(an.WHO_KEEPS, full, previous) == ["utter_who_keeps_chat_again"]
    assert an.short_if_again(an.WHO_KEEPS, full, ["utter_greet"]) == full
    assert an.short_if_again(an.HOUSING, ["x"], ["x"]) == ["x"]


def test_left_to_the_topic_or_the_fee() -> None:
    # A part of the steps asked with them: that topic answers.
    assert an.asked_kind("what happens when i call", [], intent="ask_interpreter") is None
    # A cost asked with the order: the fee's answer keeps it.
    assert an.asked_kind("how do i get the protection order thing? does it cost money", []) is None
    # Savings are no housing; "anyone else" sees is the who-is-told answer's.
    assert an.asked_kind("should I move my savings to another bank account?", []) is None
    assert an.asked_kind("does anyone else see what I type here?", []) is None


def test_the_details_question_keeps_its_topic() -> None:
    text = "i dont know what happens when i call. do i have to tell them everything?"
    assert an.asked_kind(text, [], intent="ask_details_required") is None
    assert an.asked_kind(text, [], intent="ask_examples") == an.AFTER_CALL
