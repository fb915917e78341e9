"""Round 13, helper "skipped": a question that got a neighbouring answer, the same block again,
or "doesn't answer that" (tests/simulated-users/2026-12-04-round13/). Wordings are not the
transcripts' except where a transcript line is the point."""

from __future__ import annotations

import pytest

from assistant import skipped_questions as sq
from assistant.answer_kinds_practical import CRT_OUTSIDE_BC, OTHER_PERSON_TOLD
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS
from tests.domain_files import responses

CALGARY = ["hi, i live in calgary and my ex in vancouver sent our video to his friends"]
MOVING = ["im moving to toronto in 3 weeks and my ex says he will post our sex tape"]
CHILD = ["my daughter is 14 and a boy shared her nude at school"]


@pytest.mark.parametrize(
    ("kind", "text", "earlier"),
    [
        (sq.APPLICATION_FORM, "where do I actually find the form?", []),
        (sq.APPLICATION_FORM, "is there a link to the application?", []),
        (sq.APPLICATION_FORM, "can you send me the form to fill out", []),
        (sq.APPLICATION_FORM, "how do i get the application paperwork", []),
        (sq.IMMIGRATION, "if I report to police, it can affect my study permit or not?", []),
        (sq.IMMIGRATION, "will going to the cops mess up my visa", []),
        (sq.IMMIGRATION, "im on a work permit, is it a problem if i report?", []),
        (sq.IMMIGRATION, "could this get me deported if i go to police", []),
        (sq.BRING_TO_POLICE, "what should i take to the police station", []),
        (sq.BRING_TO_POLICE, "what will the police need from me", []),
        (sq.BRING_TO_POLICE, "what evidence should i give the cops", []),
        (sq.POSTS_ANYWAY, "what if he shares them anyway", []),
        (sq.POSTS_ANYWAY, "and if she still posts my pics after i block her?", []),
        (sq.POSTS_ANYWAY, "like if he posts them can they be taken down after", []),
        (sq.FASTER_REMOVAL, "any quicker way than the CRT?", []),
        (sq.FASTER_REMOVAL, "how do i get it off pornhub right away", []),
        (sq.FASTER_REMOVAL, "can i get it removed without the tribunal", []),
        (sq.REMOVAL_AND_MONEY, "how can i get them taken down and can i sue him", []),
        (sq.REMOVAL_AND_MONEY, "how do i get it removed? also can i get money for this", []),
        (CRT_OUTSIDE_BC, "can i use the bc tribunal from ontario", []),
        (CRT_OUTSIDE_BC, "can I still use the tribunal against him from here?", CALGARY),
        (CRT_OUTSIDE_BC, "so can i use it if i live in alberta?", ["tell me about the tribunal"]),
        (OTHER_PERSON_TOLD, "my ex will know if i contact them?", []),
        (OTHER_PERSON_TOLD, "he is going to find out that i called?", []),
        (sq.STEPS_AND_TOLD, "what happens after i call? my husband will know i call?", []),
        (
            sq.STOP_ABROAD,
            "he says he will send it to people back home, can the police stop him",
            [],
        ),
        (sq.STOP_ABROAD, "if he sends it to my family in china can anyone here stop him?", []),
        (sq.PLAN_IN_ORDER, "can you give me a step by step plan", MOVING),
        (sq.PLAN_IN_ORDER, "what do i do first, in what order", []),
        (sq.POLICE_OR_SCHOOL_HELPER, "do i tell the school first or the police", CHILD),
        (sq.POLICE_OR_SCHOOL, "police or the school first? im 14", []),
        (sq.POLICE_OR_SCHOOL_HELPER, "police or school first?", CHILD),
    ],
)
def test_the_question_gets_its_own_kind(kind, text, earlier):
    assert sq.skipped_kind(text, earlier) == kind


@pytest.mark.parametrize(
    "text",
    [
        "i want to apply",
        "how do i fill in the eligibility form",
        "will he find out",
        "what should i do",
        "can i get it removed",
        "how do I report to police",
        "what if he posts them",
        "/contact_lawyer",
    ],
)
def test_nearby_messages_are_left_to_their_readers(text):
    assert sq.skipped_kind(text, []) is None


def test_police_or_school_needs_a_child_in_the_story():
    assert sq.skipped_kind("police or school first?", ["my coworker shared my pic"]) is None


def test_a_young_writer_gets_no_adult_plan():
    assert (
        sq.skipped_kind("what do i do first, in what order", ["im 15 and he has my pics"]) is None
    )


def test_every_kind_is_answered_by_responses_that_exist():
    known = responses()
    for kind, names in sq.ANSWERS.items():
        assert DEFAULT_DIRECT_ANSWERS[kind] == names
        assert all(name in known for name in names), kind


def test_the_form_answer_says_there_is_no_link_and_how_to_ask():
    text = responses()["utter_application_form"][0]["text"]
    assert "doesn't include a link" in text
    assert "standinformed@clasbc.net" in text and "by phone" in text


@pytest.mark.parametrize(
    "text",
    [
        "You did not answer about the money I already sent. Can I get it back?",
        "No, I mean the 500 dollars I paid him. Is that money simply lost?",
        "the $300 in gift cards, is it gone forever?",
        "will i ever see that money again? i paid him 200",
        "can i get a refund of what i paid?",
    ],
)
def test_money_already_paid_gets_the_money_back_answer(text):
    from assistant.plain_text import plain_lower

    assert sq.skipped_kind(plain_lower(text), []) == sq.MONEY_BACK


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (
            sq.THREAT_AND_WHERE,
            "Does it matter where he lives? it's just a threat so far, does that count",
        ),
        (sq.WHERE_OTHER_LIVES, "he lives in vancouver, does it matter where he lives?"),
        (
            sq.WHERE_OTHER_LIVES,
            "would it make a difference where my ex is living? he moved to alberta",
        ),
        (sq.WHERE_OTHER_LIVES, "where he lives doesn't matter right?"),
        (sq.POLICE_OR_SCHOOL_HELPER, "should i call the police first or the school?"),
    ],
)
def test_the_other_persons_home_and_the_school_are_answered(kind, text):
    from assistant.plain_text import plain_lower

    assert sq.skipped_kind(plain_lower(text), CHILD if "school" in text else []) == kind


def test_a_young_persons_age_is_no_hurry_word():
    text = "im 18 now but the pics are from when i was 17. which site do i use to take them down"
    assert sq.skipped_kind(text, []) is None


@pytest.mark.parametrize(
    "text",
    [
        "I'm a high school counsellor. A 15-year-old student told me her boyfriend shared her "
        "photo. What are my obligations and what resources can I give her?",
        "im a teacher, a 14 yo student's nude is going around. am i required to report this, "
        "and how do i help her?",
        "youth worker here, a kid (13) had pics leaked. do I have to report it? what support "
        "can i point him to",
    ],
)
def test_a_staff_duty_beside_resources_gets_both(text):
    from assistant.plain_text import plain_lower

    assert sq.skipped_kind(plain_lower(text), []) == sq.STAFF_DUTY_AND_HELP


@pytest.mark.parametrize(
    "text",
    [
        "can i talk to the lawyer without my mom finding out? will you tell her",
        "can i call them without my parents knowing. are you going to tell my parents",
        "i want to get advice without my dad knowing, would you contact him?",
    ],
)
def test_the_lawyer_without_a_parent_and_will_you_tell_gets_both(text):
    assert sq.skipped_kind(text, []) == sq.LAWYER_AND_WILL_YOU_TELL


@pytest.mark.parametrize(
    "text",
    [
        "ok the tribunal thing, i dont want to fill out a form. just tell me how to get them down",
        "never mind the form, how do i get the pics down",
        "where do i find the tribunal's application form",
    ],
)
def test_no_form_wanted_or_the_tribunals_form_is_not_the_services_form(text):
    assert sq.skipped_kind(text, []) != sq.APPLICATION_FORM
