"""Round 21 kinds 1 and 4 (answers22): the exact point asked, answered from the sources.
Wordings are mine, except one rater sentence per kind."""

from __future__ import annotations

import pytest

from assistant import answers22 as a
from assistant import clauses
from assistant import question_parts as qp
from assistant.answer_kinds import _pays_asked
from assistant.answer_kinds_practical import _block
from assistant.misread_followups import (
    ANSWERS,
    PHONE_CYBERTIP,
    WHAT_AND_PHONE_CYBERTIP,
    misread_kind,
)
from assistant.plain_text import plain_lower
from assistant.practical_followups import block_fear
from assistant.practical_next import TIMING_NOW, timing_kind

EARLIER = ["my ex posted my pics online, im in kelowna"]
COACH = ["When I was 15 my swim coach filmed me in the shower. Im 30 now and its online."]


# --- an order not obeyed ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "And the first part, what if he ignores the order?",
        "are there penalties if he doesn't obey the order?",
        "what happens if she doesnt follow the tribunal order",
        "can the crt enforce it if he refuses to delete them",
        "what if they just ignore the protection order",
        "is there a penalty for not complying with the order?",
    ],
)
def test_order_ignored(text: str) -> None:
    assert a.follow_up(text, [], EARLIER) == [a.ORDER_IGNORED]


def test_order_ignored_after_the_tribunal_answer_needs_no_order_word() -> None:
    assert a.follow_up("what if he ignores it?", ["utter_crt"], EARLIER) == [a.ORDER_IGNORED]
    assert a.follow_up("what if he ignores it?", ["utter_police"], EARLIER) is None


def test_order_ignored_with_the_damages_limit_in_the_same_message() -> None:
    text = (
        "If I get a protection order and the guy ignores it, what happens? And is the max "
        "damages still 5000?"
    )
    assert a.follow_up(text, [], []) == [a.ORDER_IGNORED, a.DAMAGES_NOW]


@pytest.mark.parametrize(
    "text",
    [
        "what is the crt",
        "what if he ignores me",
        "can the tribunal order him to delete it",
        "Can she get protection from him? He also shouts and breaks things when she says no.",
    ],
)
def test_order_ignored_near_misses(text: str) -> None:
    assert a.follow_up(text, [], EARLIER) is None


# --- other legal help -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "If the pilot has ended, what's the best place to refer a client who needs legal help?",
        "is there a legal clinic i can go to",
        "are there any other lawyers who do this for free",
        "where else can we refer people for legal advice?",
    ],
)
def test_other_legal_help(text: str) -> None:
    assert a.follow_up(text, [], EARLIER) == [a.OTHER_LEGAL_HELP, a.OTHER_LEGAL_CLINIC]


def test_other_legal_help_asked_again() -> None:
    text = "Are there other legal services I could refer to, like a clinic?"
    assert a.follow_up(text, [a.OTHER_LEGAL_HELP], EARLIER) == [a.OTHER_LEGAL_CLINIC]
    both = [a.OTHER_LEGAL_HELP, a.OTHER_LEGAL_CLINIC]
    assert a.follow_up(text, both, EARLIER) == [a.OTHER_LEGAL_AGAIN]


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (EARLIER, "what other resources are there"),
        (["my son is 15, he shared a pic of a girl"], "how do i find a lawyer for my son"),
        (EARLIER, "is the legal advice free?"),
        (EARLIER, "is there legal aid for this?"),
        (EARLIER, "can i refer them directly"),
        (EARLIER, "I'm a counsellor. Is the pilot still running? I refer people to it"),
        (EARLIER, "I refer people to you. What's the intake email?"),
        ([], "I work at a community legal clinic. Is the service still running?"),
    ],
)
def test_other_legal_help_near_misses(earlier: list[str], text: str) -> None:
    assert a.follow_up(text, [], earlier) is None


# --- how the service reaches you ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "if i call them will they call me back or leave messages? i dont want him to find out",
        "do they leave voicemails or call back? he checks my phone",
        "will the lawyer leave a voicemail? my husband listens to them",
        "how will they contact me? he reads my texts",
        "would the intake person text me? my bf goes through my phone",
    ],
)
def test_safe_contact(text: str) -> None:
    assert a.follow_up(text, [], EARLIER) == [a.SAFE_CONTACT, a.SAFE_CONTACT_SUPPORT]


def test_safe_contact_asked_again() -> None:
    text = "no, do they leave voicemails or not? he checks my phone"
    previous = [a.SAFE_CONTACT, a.SAFE_CONTACT_SUPPORT]
    assert a.follow_up(text, previous, EARLIER) == [a.SAFE_CONTACT_AGAIN]


@pytest.mark.parametrize(
    "text",
    [
        "can you call me back",
        "can she ask them to call her back",
        "what's their phone number",
        "will he find out if i call them",
    ],
)
def test_safe_contact_near_misses(text: str) -> None:
    assert a.follow_up(text, [], EARLIER) is None


# --- police years later -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "can i still go to the police about the coach even though it was 7 years ago?",
        "ok but what about police? can i report him for taking them back then",
        "is it too late to report it to the cops",
        "could i still press charges after all this time?",
    ],
)
def test_police_years_later_with_a_coach(text: str) -> None:
    assert a.follow_up(text, [], COACH) == [a.POLICE_YEARS_LATER, a.POLICE_YEARS_LATER_TRUST]


def test_police_years_later_without_a_person_of_trust() -> None:
    text = "it happened years ago, can i still report it to police?"
    assert a.follow_up(text, [], EARLIER) == [a.POLICE_YEARS_LATER]


@pytest.mark.parametrize(
    "text",
    [
        "will the police charge me for the pics i sent when i was 16",
        "can i report him to the police",
        "is it too late to do anything?",
        "should i go to the police or cybertip since the pics are from when i was 17",
        "he posted it two years ago, can i get it taken down",
    ],
)
def test_police_years_later_near_misses(text: str) -> None:
    assert a.follow_up(text, [], COACH) is None


# --- blocking feared (practical_followups.block_fear's answer, not the when-to-block one) -----
@pytest.mark.parametrize(
    "text",
    [
        "he gets so mad when i say no. if i block him wont he just post it right away",
        "she gets angry when i say no, if i block her won't she just send it to everyone",
        "im scared to block them, won't they leak it right away?",
    ],
)
def test_block_fear_is_not_the_when_to_block_question(text: str) -> None:
    cleaned = plain_lower(text)
    assert block_fear(cleaned)
    assert not _block(cleaned)


@pytest.mark.parametrize(
    "text", ["should i block him right away", "block him now or wait?", "can i block her first"]
)
def test_when_to_block_is_still_read(text: str) -> None:
    assert _block(plain_lower(text))


# --- the neighbouring fixes -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "yes. the cost. is it free or do i pay",
        "do i pay for it or is it free",
        "is there a fee or do i pay nothing",
    ],
)
def test_the_service_cost_is_not_a_demand_to_pay(text: str) -> None:
    assert not _pays_asked(text)


@pytest.mark.parametrize(
    "text", ["should i just pay him", "he wants 500, is it free to report or do i pay him"]
)
def test_a_demand_to_pay_still_is(text: str) -> None:
    assert _pays_asked(text)


def test_what_is_cybertip_with_the_phone_question_gets_both() -> None:
    text = "What is Cybertip? Is it the police? I would rather talk to a person on the telephone."
    assert misread_kind(text, ["my granddaughter is 12"], False) == WHAT_AND_PHONE_CYBERTIP
    assert ANSWERS[WHAT_AND_PHONE_CYBERTIP][0] == "utter_what_is_cybertip"
    assert misread_kind("can i call cybertip and talk to a person", [], False) == PHONE_CYBERTIP


@pytest.mark.parametrize(
    "text",
    [
        "Should I wait until her mother comes home on Friday, or should I telephone someone today?",
        "do i wait till monday or call someone now",
    ],
)
def test_wait_or_phone_someone(text: str) -> None:
    earlier = ["my granddaughter is 12, a boy sent her picture around"]
    assert timing_kind(text, earlier) == TIMING_NOW


def test_a_greeting_does_not_hide_the_first_question() -> None:
    text = (
        "Hi, how much does it cost to talk to the lawyer and how long does it take to get an "
        "appointment? also do I need a police report first"
    )
    found = clauses.question_clauses(text)
    assert found[0] == "how much does it cost to talk to the lawyer"
    assert len(found) == 3
    assert clauses.question_clauses("hi i need help") == []


def test_too_late_is_a_part_of_its_own() -> None:
    assert qp.part_answer("Is it too late to do anything?", "") == ["utter_old_events"]
    assert qp.part_answer("is it too late to go to the police?", "") is None
