"""Round 17 kinds 1 and 8 (session 18, helper "multipart"): every part of a two- or three-part
question answered in one reply, each response once (assistant/question_parts.py,
assistant/clauses.py). Wordings are our own, not the transcripts'."""

from __future__ import annotations

import glob

import pytest
import yaml

from assistant import question_parts as qp
from assistant.clauses import question_clauses
from assistant.content.responses import all_responses


def text_of(name: str) -> str:
    variants = all_responses().get(name) or [{}]
    return str(variants[0].get("text") or "")


def clauses(*pairs: tuple[str, str | None, float]) -> list[dict]:
    return [{"text": t, "intent": i, "confidence": c} for t, i, c in pairs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how much can i get do i have to go to court", 2),
        ("whats the number is it free", 2),
        ("should i pay him will he stop", 2),
        ("i need to get my pics off instagram and whats the number", 2),
        ("ok. what number i call? and facebook photo how i remove", 2),
        ("what happens if i do it", 0),
        ("where can i report it is it a crime", 0),
        ("can you tell me what i should do", 0),
        ("I need help", 0),
    ],
)
def test_parts_without_punctuation_or_joining_words(text, expected):
    assert len(question_clauses(text)) == expected


@pytest.mark.parametrize(
    ("clause", "whole", "answer"),
    [
        ("what's the most i can get", "", "utter_part_most"),
        ("how much money could we get", "", "utter_part_most"),
        ("whats the max i can claim", "", "utter_part_most"),
        ("would i have to go to court", "", "utter_part_court"),
        ("is this a court thing or not", "", "utter_part_court"),
        ("what does it cost", "", "utter_part_cost"),
        ("is it free", "", "utter_part_cost"),
        ("is there a fee", "", "utter_part_cost"),
        ("how long does it take", "is it free and how long does it take", "utter_part_how_long"),
        ("how long does it take", "how do i apply to the crt", "utter_crt_how_long"),
        ("whats the number", "", "utter_part_number"),
        ("can i email the form instead", "", "utter_part_email_form"),
        ("do i need to call the police first", "", "utter_part_police_first"),
        ("do i need a police report to claim", "", "utter_part_police_first"),
        ("what r ur hours", "", "utter_hours"),
        ("could she speak to a lawyer herself at fourteen", "", "utter_part_age"),
        ("do i have a duty to report this", "", "utter_duty_to_report"),
    ],
)
def test_practical_parts_read_from_their_words(clause, whole, answer):
    assert qp.part_answer(clause, whole or clause) == [answer]


@pytest.mark.parametrize(
    "clause", ["do i have to pay him", "can she consent at fourteen", "should i tell my mom"]
)
def test_not_a_practical_part(clause):
    assert qp.part_answer(clause, clause) is None


def test_three_parts_each_answered_in_order():
    parts = clauses(
        ("how do i file with the tribunal", "ask_crt", 0.98),
        ("what does it cost", "ask_service", 0.97),
        ("what's the most i can get", "ask_crt", 0.6),
    )
    added = qp.added_parts(parts, "", ["utter_crt_start"], [], text_of)
    assert added == ["utter_part_cost", "utter_part_most"]


def test_a_part_the_main_answer_says_is_not_added():
    parts = clauses(
        ("how much money could i get", "ask_crt", 0.98),
        ("would i have to go to court", "nlu_fallback", 0.2),
    )
    seq = qp.with_every_part(None, None, "ask_crt", {"clauses": parts, "text": ""}, [], text_of)
    assert seq is None  # the rules' answer says both: left to the rules


def test_the_number_beside_removal():
    parts = clauses(
        ("can you give me the number", "contact_lawyer", 0.92),
        ("how do i get it off facebook", "ask_image_removal", 1.0),
    )
    seq = ["utter_platform_off", "utter_image_removal", "utter_image_removal_youth"]
    assert qp.added_parts(parts, "", seq, [], text_of) == ["utter_part_number"]


def test_a_rules_topic_gets_the_other_part():
    parts = clauses(
        ("is it free", "ask_service", 0.94),
        ("how long does it take", "ask_what_to_expect", 0.9),
    )
    seq = qp.with_every_part(
        None,
        None,
        "ask_service",
        {"clauses": parts, "text": "is it free and how long"},
        [],
        text_of,
    )
    assert seq == ["utter_service", "utter_service_more", "utter_part_how_long"]


def test_a_later_part_nothing_answers_is_said_back_in_one_line():
    parts = clauses(
        ("should i take the camera out", "ask_police", 0.57),
        ("and should i tell the host", "nlu_fallback", 0.2),
    )
    added = qp.added_parts(parts, "", ["utter_keep_device"], [], text_of)
    assert added == [qp.PART_NOT_COVERED]
    data = {"clauses": parts, "text": ""}
    assert qp.uncovered_clause(data, text_of("utter_keep_device")) == "and should i tell the host"


def test_no_not_covered_line_for_the_first_part_or_a_statement():
    parts = clauses(
        ("should i tell the landlord", "ask_evidence", 0.35),
        ("can the lawyer help with that too", "contact_lawyer", 0.28),
    )
    assert qp.added_parts(parts, "", ["utter_tell_someone"], [], text_of) == []
    parts = clauses(
        ("a boy has been passing around a photo of her", "nlu_fallback", 0.2),
        ("which she had sent to him privately.", "nlu_fallback", 0.2),
    )
    assert qp.added_parts(parts, "", ["utter_helper_minor"], [], text_of) == []


def test_the_turn_befores_first_block_is_not_sent_again():
    parts = clauses(
        ("how much money can i get", "ask_crt", 0.9),
        ("is this a court thing or not", "nlu_fallback", 0.2),
    )
    data = {"clauses": parts, "text": ""}
    previous = ["utter_crt", "action_listen"]
    assert qp.with_every_part(None, None, "ask_crt", data, previous, text_of) == [
        "utter_crt_damages"
    ]
    # Asked again after another topic's reply: the rules' answer as it is.
    assert qp.with_every_part(None, None, "ask_crt", data, ["utter_police"], text_of) is None


def test_each_response_once_in_a_reply():
    assert qp.once_each(["utter_crt", "utter_part_cost", "utter_crt"], text_of) == [
        "utter_crt",
        "utter_part_cost",
    ]
    # The platform's removal lines beside the young person's block: the short platform lines.
    assert qp.shorter_beside(["utter_platform_removal", "utter_removal_young"]) == [
        "utter_platform_off",
        "utter_removal_young",
    ]


def test_every_added_answer_is_in_the_domain():
    responses = all_responses()
    for answer in qp.ANSWERS.values():
        for name in answer:
            assert name in responses or name == qp.PART_NOT_COVERED, name


def test_each_rule_answer_is_its_rules_answer():
    steps_of = {}
    for path in glob.glob("data/rules/*.yml"):
        for rule in yaml.safe_load(open(path)).get("rules") or []:
            steps = rule.get("steps") or []
            if set(rule) == {"rule", "steps"} and steps and "intent" in steps[0]:
                steps_of.setdefault(steps[0]["intent"], [s.get("action") for s in steps[1:]])
    for topic, answer in qp.RULE_ANSWER.items():
        assert steps_of[topic][: len(answer)] == answer, topic
