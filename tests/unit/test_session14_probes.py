"""Found by probing in session 14 (not from a rated transcript): earnings told inside the
eligibility check get what the service page says about income, never "Sorry, I can't help with
that"; no proof told gets the proof answer; the tribunal asked about across a border gets the
tribunal's answer, not the police's."""

from __future__ import annotations

import pytest

from assistant.answer_kinds_practical import INCOME, practical_kind


@pytest.mark.parametrize(
    "text",
    ["i make about 60k a year", "I earn $22 an hour", "we make 90 grand a year", "i make 100k"],
)
def test_earnings_told_get_the_income_answer(text):
    assert practical_kind(text.lower(), "out_of_scope") == INCOME


@pytest.mark.parametrize("text", ["i make 3 posts a day", "i made 2 videos last year"])
def test_other_numbers_are_not_income(text):
    assert practical_kind(text.lower(), "out_of_scope") != INCOME


def test_the_eligibility_topic_keeps_its_own_answer():
    assert practical_kind("does my income matter", "ask_who_qualifies") is None


# --- no proof told: the answer about proof, not "anything else?" (session 14 probe) ----------
@pytest.mark.parametrize(
    "text",
    [
        "i dont have proof",
        "I can't prove it",
        "we have no evidence",
        "i didnt save any screenshots",
    ],
)
def test_no_proof_told_gets_the_proof_answer(text):
    from assistant.answer_kinds_what_happens import _EVIDENCE_FIRST

    assert _EVIDENCE_FIRST.search(text.lower())


def test_having_proof_is_not_read_as_none():
    from assistant.answer_kinds_what_happens import _EVIDENCE_FIRST

    assert not _EVIDENCE_FIRST.search("i have proof")


# --- the tribunal asked about across a border: its answer, not the police's (session 14) ------
@pytest.mark.parametrize(
    "text",
    [
        "can the tribunal do anything if he's not in canada",
        "can the crt help if he lives in the us",
    ],
)
def test_the_tribunal_abroad_gets_the_tribunal_answer(text):
    from assistant.answer_kinds_practical import CRT_OUTSIDE_BC

    assert practical_kind(text.lower()) == CRT_OUTSIDE_BC


def test_police_abroad_keeps_the_police_answer():
    assert practical_kind("can police do anything if hes in india") is None


# --- a helper's "what else can we do": the helper's first steps (session 14 probe) -----------
def test_what_else_from_a_helper_gets_the_helpers_first_steps():
    from assistant import helper_reading as hr
    from assistant import route_form_gate as gate

    assert gate.helper_first_kind(["child_asked_for_images", None]) == hr.HELPER_MINOR_FIRST
    assert gate.helper_first_kind([hr.HELPER_ADULT]) == hr.HELPER_ADULT_FIRST
    assert gate.helper_first_kind(["ask_crt"]) is None
