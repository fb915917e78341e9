"""Wording rules: short messages, plain language (measured), a next step as buttons."""

from __future__ import annotations

import statistics

import pytest

from tests.domain_files import response_texts, responses, rules
from tests.support.readability import grade_level

MAX_CHARS = 600
MAX_MEAN_GRADE = 8.0  # aim: grade 8 or below on average
MAX_SINGLE_GRADE = 12.0  # no single message reads like a legal text


@pytest.mark.parametrize("name,text", response_texts(), ids=lambda item: str(item)[:40])
def test_message_is_short(name, text):
    assert len(text) <= MAX_CHARS, f"{name} has {len(text)} characters; split it"


@pytest.mark.parametrize("name,text", response_texts(), ids=lambda item: str(item)[:40])
def test_no_escape_sequence_shows_as_text(name, text):
    # "\\n" inside a double-quoted YAML string is a backslash and an n, shown as such.
    assert "\\n" not in text and "\\t" not in text, f"{name} shows a literal escape sequence"


def grades() -> dict[str, float]:
    return {
        name: grade_level(text)
        for name, text in response_texts()
        if len(text.split()) >= 12  # grade formulas mean little on a few words
    }


def test_plain_language_grade_level():
    measured = grades()
    mean = statistics.mean(measured.values())
    print(f"\nreading grade (Flesch-Kincaid): mean {mean:.1f} over {len(measured)} messages")
    assert mean <= MAX_MEAN_GRADE
    too_hard = {
        name: round(grade, 1) for name, grade in measured.items() if grade > MAX_SINGLE_GRADE
    }
    assert not too_hard


def last_response_of_each_rule() -> set[str]:
    finals = set()
    for rule in rules():
        actions = [step["action"] for step in rule.get("steps", []) if "action" in step]
        if actions and actions[-1].startswith("utter_"):
            finals.add(actions[-1])
    return finals


def test_every_answer_ends_with_buttons():
    no_next_step_needed = {"utter_goodbye"}
    missing = [
        name
        for name in sorted(last_response_of_each_rule() - no_next_step_needed)
        if not all(variant.get("buttons") for variant in responses()[name])
    ]
    assert not missing, f"answers without buttons: {missing}"


# Answers to a question that a direct reading settles (the age check's own ages, "should I pay")
# may start with a plain yes or no; topic answers may not: when the classifier picks the wrong
# topic, "Yes. You can bring a support person" reads as a yes to "can I stay anonymous?"
# (simulated users, 2026-12-03 round 2).
PLAIN_YES_NO_ALLOWED = (
    "utter_age_rule_",
    "utter_sextortion_pay",
    "utter_lines_by_text",
    "utter_widget_",
    # Printed copies or a fake asked about again right after their answer, read from the words
    # (assistant/said_above_gate.py, round 12): the plain yes restated.
    "utter_printed_copies_again",
    "utter_deepfake_again",
    # "Can I meet the lawyer by video?" / "do I have to go in person?": the page's plain yes or
    # no first, then how (assistant/legal_asks.py, round 16 p14).
    "utter_meet_",
    # "Guys can use this too?" / "is it only for women?": the page's plain yes first, read from
    # the words, never from a classifier's topic (assistant/misread_followups.py, round 18 p25).
    "utter_misread_men_too",
)


def test_topic_answers_do_not_start_with_a_bare_yes_or_no():
    starting = [
        name
        for name, text in response_texts()
        if text.startswith(("Yes.", "No.", "Yes,", "No,"))
        and not name.startswith(PLAIN_YES_NO_ALLOWED)
    ]
    assert not starting, starting
