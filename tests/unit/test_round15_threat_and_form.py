"""Round 14's kinds 6 and 7, fixed after its one measurement: a threat told just before makes
"how do I stop him from posting it" the before-posting question (wrong_topic), and "yes
vancouver. but do you help men too" answers the home question while the question gets its
own answer (form_answers). Wordings are not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import wrong_topic
from assistant.form_answers import statement_before_question

THREAT = ["my ex says he will post my video if i dont come back to him"]


@pytest.mark.parametrize(
    "text", ["how do i stop him from posting it", "how can i stop him", "can i stop him"]
)
def test_stopping_right_after_a_threat_is_before_posting(text):
    assert wrong_topic.threat_stop_in_context(text, THREAT)


def test_once_it_was_posted_stopping_is_removal():
    assert not wrong_topic.threat_stop_in_context(
        "how do i stop him from posting it", [*THREAT, "he posted it on reddit last night"]
    )


def test_the_threat_told_inside_the_question_counts():
    assert wrong_topic.threat_stop("how do i stop him from posting my pics? he said he would")


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("yes vancouver. but do you help men too", "yes vancouver"),
        ("kelowna. and is it free", "kelowna"),
        ("I was 19. does that matter?", "I was 19"),
    ],
)
def test_a_statement_before_a_question_without_its_question_mark(text, statement):
    assert statement_before_question("ask_service", text) == statement


@pytest.mark.parametrize("text", ["yes. thanks", "kelowna. my ex lives there too"])
def test_a_statement_and_no_question_is_not_split(text):
    assert statement_before_question("inform", text) is None
