"""Session 20, from round 19's minor misses and conversations I tried myself. Wordings are mine."""

from __future__ import annotations

import pytest

from assistant.clause_answers import MAIN_ANSWER
from assistant.legal_asks import held_refused
from assistant.other_sense import crt_fee
from assistant.question_parts import added_parts

HELD = {"utter_held_not_shared_order"}


def test_the_steps_after_the_call_are_never_cut_after_step_two() -> None:
    assert MAIN_ANSWER["ask_what_to_expect"] == [
        "utter_what_to_expect",
        "utter_what_to_expect_more",
    ]


def test_a_reply_that_says_who_may_be_on_the_call_gets_no_second_support_block() -> None:
    clauses = [
        {
            "text": "Can I be on the intake call with a client?",
            "intent": "ask_support_person",
            "confidence": 0.9,
        },
        {
            "text": "And what happens after they call?",
            "intent": "ask_what_to_expect",
            "confidence": 0.9,
        },
    ]
    texts = {"utter_coverage_support_on_call": "A support worker is welcome on the call."}
    added = added_parts(
        clauses,
        "Can I be on the intake call with a client? And what happens after they call?",
        ["utter_coverage_support_on_call"],
        [],
        lambda name: texts.get(name, ""),
    )
    assert "utter_support_person" not in added
    assert added[:2] == ["utter_what_to_expect", "utter_what_to_expect_more"]


@pytest.mark.parametrize(
    "text",
    [
        "does it cost anything to file at the tribunal?",
        "is the crt free",
        "how much are the tribunal fees",
    ],
)
def test_the_tribunals_cost_right_after_the_damages_answer(text: str) -> None:
    assert crt_fee(text, ["utter_damages_how_much"])


def test_the_tribunals_cost_cold_is_left_to_the_tribunals_block() -> None:
    assert not crt_fee("does it cost anything to file at the tribunal?", [])


@pytest.mark.parametrize(
    "text",
    [
        "he says no. can anyone force him",
        "what if he refuses",
        "she said no, is there a way to make her",
        "can the police make him",
        "they won't do it",
    ],
)
def test_a_refusal_after_the_held_images_answer(text: str) -> None:
    assert held_refused(text, HELD)


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("he says no. can anyone force him", {"utter_crt"}),
        ("how do i report it", HELD),
        ("will he find out", HELD),
    ],
)
def test_no_refusal_reading_elsewhere(text: str, previous: set[str]) -> None:
    assert not held_refused(text, previous)


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("im a school counsellor, what does the service do exactly", "ask_service", None),
        ("im a school counsellor, who do i call", "youth_disclosure", "staff_how_to_use"),
        ("I'm a youth worker, is it still running?", "ask_service_dates", "staff_service_status"),
    ],
)
def test_a_job_said_alone_is_no_childs_case(text: str, intent: str, expected: str | None) -> None:
    from assistant.answer_kinds import answer_kind

    assert answer_kind(text, intent) == expected


def test_a_childs_case_told_by_a_teacher_keeps_the_childs_answer() -> None:
    from assistant.answer_kinds import answer_kind

    kind = answer_kind(
        "a 13 year old student told me a man is asking her for nudes, i'm her teacher"
    )
    assert kind in {"child_asked_for_images", "child_asked_by_person_of_trust"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can you just call them for me", "bot_asked_to_call"),
        ("could u email the lawyer for me", "bot_asked_to_call"),
        ("can you contact the service for us please", "bot_asked_to_call"),
        ("can you do the call, im too scared", "bot_asked_to_call"),
        ("can you report him for me", "bot_asked_to_report"),
        ("could you tell the police for me", "bot_asked_to_report"),
        ("can you tell me what to say when i call", None),
        ("can you call 911 for me", None),
        ("can i call them for her", None),
    ],
)
def test_the_assistant_asked_to_make_the_call(text: str, expected: str | None) -> None:
    from assistant.bot_cannot_contact import contact_asked_kind

    assert contact_asked_kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my bf took a video of us without me knowing and his friends have seen it", "shared"),
        ("her coworkers all saw the video", "shared"),
        ("my friends saw my post about it", None),
        ("nobody has seen it", None),
    ],
)
def test_the_others_friends_have_seen_it_is_sharing(text: str, expected: str | None) -> None:
    from assistant.situation_reading import situation_from_text

    assert situation_from_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my bf took a video of us without me knowing and his friends have seen it", True),
        ("my roommate secretly filmed me and posted it online", True),
        ("my bf took a video of us without me knowing", False),
        ("did he break the law if he secretly filmed me and showed his friends?", False),
    ],
)
def test_taken_secretly_and_shared_told(text: str, expected: bool) -> None:
    from assistant.secret_told import secret_and_shared

    assert secret_and_shared(text, [], young=False) is expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            ["im 16 and my ex bf (17) still has my nudes from when we dated"],
            "held_not_shared_young",
        ),
        (["my ex has my nudes on his phone, he hasnt shared them. im 15"], "held_not_shared_young"),
        (["my ex still has my pics, nothing shared. im 24"], "held_not_shared"),
        (["i was 16 when he took them, he still has them"], "held_not_shared"),
    ],
)
def test_a_young_writers_held_images(said: list[str], expected: str) -> None:
    from assistant.young_held import fitted

    assert fitted("held_not_shared", said) == expected


def test_other_kinds_are_not_fitted_for_a_young_writer() -> None:
    from assistant.young_held import fitted

    assert fitted("threat_only", ["im 15"]) == "threat_only"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my son is 16. i just found out he forwarded a naked picture of a girl from his class"
            " to his friends",
            True,
        ),
        ("my daughter is 14. she sent a nude of a girl in her class to a boy", True),
        ("my daughter is 15. he posted a pic of her", False),
    ],
)
def test_own_child_who_shared_told_over_two_sentences(text: str, expected: bool) -> None:
    from assistant.role_followups import own_child_story

    assert own_child_story([text]) is expected
