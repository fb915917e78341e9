"""Round 11, helper "helpers": who is writing, closings, misfit boilerplate, repeats.

Wordings here are not the transcripts' (tests/simulated-users/2026-12-04-round11/)."""

from __future__ import annotations

import pytest

from assistant import closings, fear_reading, others_reading
from assistant import helper_followups as hf
from assistant import helper_reading as hr
from assistant import leftover_questions as lq
from assistant.answer_kinds import CLOSING, answer_kind
from assistant.answer_kinds_sources import (
    REPORT_POLICE,
    REPORT_POLICE_PARTNER,
    report_police_kind,
)
from assistant.courtesy import is_closing
from assistant.helper_check_in import CHECK_IN, HELPER_CHECK_IN, check_in_for
from assistant.helper_context import answer_kind_in_context
from assistant.next_questions import PLAN_CLOSE
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS
from assistant.policies.repeats import AGAIN
from assistant.role_followups import SHARER_WHO_TO_CALL, role_kind
from tests.domain_files import responses

# --- kind 1: a helper treated as the victim ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "he's scared his dad will find out",
        "she is afraid of her mom finding out about the pics",
        "they're terrified of their parents knowing",
    ],
)
def test_fear_of_being_found_out_is_not_fear_for_safety(text: str) -> None:
    assert not fear_reading.fears_the_person(text)


@pytest.mark.parametrize("text", ["i'm scared of him", "she is scared of him, he hits her"])
def test_fear_of_the_person_stays(text: str) -> None:
    assert fear_reading.fears_the_person(text)


@pytest.mark.parametrize(
    "earlier",
    [
        [hr.HELPER_MINOR],
        ["child_asked_for_images", None],
        [hr.HELPER_ADULT],
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "he told me he wishes he wasn't here anymore",
        "she's scared she'll lose her phone",
        "my niece said she doesn't want to live",
    ],
)
def test_check_in_in_a_helpers_conversation_is_about_the_person(
    earlier: list[str | None], text: str
) -> None:
    assert check_in_for(text, earlier) == HELPER_CHECK_IN


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ([], "she said she wants to die"),  # no helper's answer before: the usual check-in
        ([hr.HELPER_MINOR], "i can't cope anymore with all this"),  # the writer's own distress
        ([hr.HELPER_ADULT], "I'm scared for my own life too"),
    ],
)
def test_usual_check_in_stays(earlier: list[str | None], text: str) -> None:
    assert check_in_for(text, earlier) == CHECK_IN


def test_helper_check_in_carries_the_crisis_lines() -> None:
    text = responses()[HELPER_CHECK_IN][0]["text"]
    assert "9-1-1" in text and "9-8-8" in text
    assert "you are thinking of hurting yourself" not in text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "my grandson is 13, someone got him to send pics and now wants more or says he'll post"
        " them",
        "our 14 year old niece sent a photo to a guy online and now he wants more of them",
        "my son is 12. a person online wants more pics or they say they will send them to his"
        " friends",
    ],
)
def test_helper_of_a_blackmailed_child(text: str) -> None:
    assert hf.helper_minor_blackmail(text)
    assert answer_kind(text.lower(), "sextortion") == hf.HELPER_MINOR_BLACKMAIL


@pytest.mark.parametrize(
    "text",
    [
        "my son (14) forwarded a nude of her daughter to his friends",
        "our daughter, who is 16, sent a naked photo of his sister around the school",
        "my stepson forwarded a nude of their niece to a group chat",
    ],
)
def test_parent_of_the_one_who_shared(text: str) -> None:
    assert others_reading.own_child_shared(text)


@pytest.mark.parametrize(
    "text",
    [
        "who do we call today?",
        "ok so who should I contact first",
        "who do i report it to",
    ],
)
def test_sharers_parent_asks_who_to_call(text: str) -> None:
    earlier = ["my son (15) sent a nude photo of a girl in his class to his friends"]
    assert role_kind(None, "need_help_now", text, earlier) == SHARER_WHO_TO_CALL
    assert DEFAULT_DIRECT_ANSWERS[SHARER_WHO_TO_CALL] == ["utter_helper_minor_order"]


@pytest.mark.parametrize(
    "text",
    [
        "would the lawyer speak with her without her parents?",
        "could the legal service help him without his mom knowing",
        "can the advice line talk to a 13 year old without her parents",
    ],
)
def test_helper_asks_if_the_child_can_call_without_parents(text: str) -> None:
    kind = answer_kind_in_context(
        hr.HELPER_TALK_MAYBE, None, text, [hr.HELPER_MINOR], ["my student is 14, pics shared"]
    )
    assert kind == lq.YOUNG_CALL_ALONE


@pytest.mark.parametrize(
    "text",
    [
        "is there anything else we should do tonight?",
        "what else can my dad do",
        "what should my mom do",
    ],
)
def test_childs_helper_asks_next_step(text: str) -> None:
    kind = answer_kind_in_context(
        None, "route_finder", text, ["child_asked_for_images"], ["a man keeps asking my sister"]
    )
    assert kind == hr.HELPER_MINOR_FIRST
    assert AGAIN[hr.HELPER_MINOR_FIRST] == ["utter_helper_minor_order"]


# --- kind 7: the relationship sentence only where a relationship is said ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "can i report him to the police even though he lives in another province",
        "how do i report it to the cops",
        "should I report him to the police or will it hurt my divorce?",
    ],
)
def test_report_without_a_relationship_is_plain(text: str) -> None:
    assert report_police_kind(REPORT_POLICE, text) == REPORT_POLICE


@pytest.mark.parametrize(
    "text",
    [
        "can i report him to police even though we're still dating",
        "can I report my husband to the police",
        "I agreed to the photo, can I still report him?",
    ],
)
def test_report_with_a_relationship_gets_the_consent_rule(text: str) -> None:
    assert report_police_kind(REPORT_POLICE, text.lower()) == REPORT_POLICE_PARTNER
    assert DEFAULT_DIRECT_ANSWERS[REPORT_POLICE_PARTNER] == ["utter_report_police_partner"]


def test_other_kinds_untouched_by_the_report_reading() -> None:
    assert report_police_kind("fee", "my boyfriend, is there a fee") == "fee"


# --- kind 8: the same reply twice ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok thanks, I'll phone tomorrow and ask for a Mandarin interpreter",
        "thank you, i will call them and ask for an arabic interpreter",
        "great, I'm going to email them and ask for an ASL interpreter. thanks",
    ],
)
def test_plan_with_an_interpreter_is_a_close(text: str) -> None:
    kind = answer_kind(text.lower(), "thank")
    assert kind == PLAN_CLOSE or closings.closing_kind(kind, "thank", text, [], []) == (
        closings.THANKS_CLOSE
    )


# --- kind 10: closings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok that's enough for today",
        "thanks, I think that is enough for now",
        "thank you, this was very helpful, bye",
        "ok that was really useful. good night",
    ],
)
def test_goodbye_and_enough_are_closings(text: str) -> None:
    assert is_closing(text)
    assert answer_kind(text.lower(), "goodbye") == CLOSING


@pytest.mark.parametrize(
    "text",
    [
        "alright thanks, that was useful",
        "thank you!! ill ring them monday",
        "ok so cybertip and the police. thanks",
    ],
)
def test_thanks_with_more_is_a_warm_close(text: str) -> None:
    assert closings.closing_kind(None, "thank", text, [], []) == closings.THANKS_CLOSE


def test_bare_thanks_gets_anything_else_once() -> None:
    assert closings.closing_kind(None, "thank", "thanks a lot", ["utter_evidence"], []) is None
    assert (
        closings.closing_kind(None, "thank", "ok thank you", [], ["utter_thank", "utter_crt"])
        == closings.THANKS_CLOSE
    )


def test_thanks_after_the_crisis_lines_is_a_warm_close() -> None:
    assert closings.closing_kind(None, "thank", "ty", [], [], crisis_given=True) == (
        closings.THANKS_CLOSE
    )


def test_thanks_right_after_a_goodbye_is_the_short_goodbye() -> None:
    kind = closings.closing_kind(None, "thank", "thank you", ["utter_goodbye"], ["utter_goodbye"])
    assert kind == closings.THANKS_AFTER_GOODBYE
    assert DEFAULT_DIRECT_ANSWERS[kind] == ["utter_goodbye_again"]


@pytest.mark.parametrize(
    "text",
    [
        "thanks, but what if he posts it again?",
        "thank you. he just sent me another threat",
        "thanks, I'm still scared",
    ],
)
def test_thanks_with_a_question_or_event_is_no_close(text: str) -> None:
    assert closings.closing_kind(None, "thank", text, [], []) is None


def test_another_readers_kind_is_kept() -> None:
    assert closings.closing_kind("fee", "thank", "thanks", [], ["utter_thank"]) == "fee"


def test_topic_word_kinds_are_the_readers_names() -> None:
    from assistant.wrong_topic import INTERPRETER

    assert closings.TOPIC_WORD_KINDS == {hr.TAKEN_UNDER_18, INTERPRETER}


@pytest.mark.parametrize(
    "text",
    [
        "ok so take it down and the police then. thank you",
        "got it, take it down + the lawyer. thx",
        "thanks, I'll use take it down tonight",
    ],
)
def test_a_recap_naming_a_site_is_a_close(text: str) -> None:
    kind = closings.closing_kind(hr.TAKEN_UNDER_18, "thank", text, [], [])
    assert kind == closings.THANKS_CLOSE


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("my boyfriend filmed me when I was asleep", REPORT_POLICE_PARTNER),
        ("my husband keeps showing my photos to his friends", REPORT_POLICE_PARTNER),
        ("my ex who posted my pics lives in Vancouver", REPORT_POLICE),
        ("my ex-wife says she'll send my photos to my boss", REPORT_POLICE),
        ("a stranger posted my photos", REPORT_POLICE),
    ],
)
def test_report_after_a_partner_now_told(before: str, expected: str) -> None:
    assert report_police_kind(REPORT_POLICE, "how can i report him", [before]) == expected


@pytest.mark.parametrize("close", ["utter_thanks_close", "utter_plan_close", "utter_goodbye"])
def test_no_right_after_a_close_is_the_short_goodbye(close: str) -> None:
    kind = closings.closing_kind(None, "deny", "no", [close], [close])
    assert kind == closings.THANKS_AFTER_GOODBYE


def test_no_elsewhere_keeps_its_rules() -> None:
    assert closings.closing_kind(None, "deny", "no", ["utter_evidence"], []) is None
