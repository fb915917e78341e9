"""Staff, clinic workers and counsellors testing or asking about the assistant get direct
answers, not the eligibility form or a helper's thanks (issue 16, helper h10b)."""

from __future__ import annotations

import pytest

from assistant import staff_reading as sr
from assistant.answer_kinds import answer_kind
from assistant.answer_kinds_everyday import CHAT_KEPT


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i'm with a community legal clinic and we're trying this out today", sr.STAFF_TESTING),
        ("Staff here - reviewing the answers before launch", sr.STAFF_TESTING),
        ("I'm a victim services worker, checking what this says to people", sr.STAFF_TESTING),
        ("I'm an outreach worker. who is this service for?", sr.STAFF_CRITERIA),
        ("as a case worker, what are the requirements to get the free lawyer", sr.STAFF_CRITERIA),
        ("we are from a women's centre, which of our clients would qualify", sr.STAFF_CRITERIA),
        ("I'm a paralegal, is the service still taking new clients?", sr.STAFF_STATUS),
        ("I work for a nonprofit, is the pilot over?", sr.STAFF_STATUS),
        ("I'm a therapist. are these chats recorded?", CHAT_KEPT),
        ("i work at a transition house, does this convo get logged", CHAT_KEPT),
    ],
)
def test_staff_questions(text: str, kind: str) -> None:
    assert sr.staff_kind(text) == kind
    assert answer_kind(text, "check_eligibility") == kind
    assert answer_kind(text, None) == kind


@pytest.mark.parametrize(
    "text",
    [
        "I'm a counsellor and my client's ex posted her nudes",  # a case: the helper's answer
        "I'm her teacher, who do I call?",  # a helper, not staff about the assistant
        "do I qualify?",  # nobody's work said
        "I'm 16, do I qualify",
        "I'm a nurse, do I qualify?",  # her own question, maybe: no staff reading
    ],
)
def test_not_staff_questions(text: str) -> None:
    assert sr.staff_kind(text) is None


@pytest.mark.parametrize(
    ("kind", "intent", "text", "expected"),
    [
        (None, "check_eligibility", "ok so who qualifies", sr.STAFF_CRITERIA),
        (None, "check_eligibility", "check eligibility", sr.STAFF_CRITERIA),
        (None, "ask_service_dates", "is it still running", sr.STAFF_STATUS),
        (None, "ask_who_qualifies", "and what are the criteria", sr.STAFF_CRITERIA),
        # A case told after all: the helper readings answer it.
        (
            "helper_for_adult",
            "check_eligibility",
            "my client's ex posted her pics",
            "helper_for_adult",
        ),
        (None, "greet", "hello", None),
    ],
)
def test_staff_in_context(kind, intent, text, expected) -> None:
    earlier = ["I work at a legal clinic and I'm testing this chatbot"]
    assert sr.staff_kind_in_context(kind, intent, text, earlier) == expected


def test_no_staff_before_no_change() -> None:
    assert sr.staff_kind_in_context(None, "check_eligibility", "do I qualify", ["hi"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "does this conversation get saved anywhere?",
        "are these chats recorded?",
        "do you keep what people type?",
        "what data does this bot collect",
        "what happens to this chat after I close it",
        "will my messages be stored",
    ],
)
def test_chat_kept_wordings(text: str) -> None:
    assert answer_kind(text, "ask_confidentiality") == CHAT_KEPT


@pytest.mark.parametrize(
    "text",
    [
        "hi, I work at the clinic and I'm testing this. which phone numbers do you give out?",
        "staff here testing, what happens on the call?",
    ],
)
def test_testing_with_a_question_is_answered_as_asked(text: str) -> None:
    assert not sr.only_testing(text)
    assert answer_kind(text, "nlu_fallback") != sr.STAFF_TESTING


def test_a_role_alone_is_no_helpers_case_when_testing() -> None:
    text = "I'm a counsellor at a youth centre, I want to see what this bot says"
    assert answer_kind(text, "check_eligibility") == sr.STAFF_TESTING
