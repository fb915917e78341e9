"""Issue 16, helper h11a: a young relative who shared someone else's image, the crisis lines
asked for someone else (assistant/others_reading.py), a move to B.C. still to come and a
denied B.C. home (assistant/home_reading.py)."""

from __future__ import annotations

import pytest

from assistant.answer_kinds import answer_kind
from assistant.home_reading import NO, home_from_text, moves_to_bc
from assistant.others_reading import (
    CRISIS_LINES_FOR_OTHER,
    OWN_CHILD_SHARED,
    others_kind,
)


def _kind(text: str) -> str | None:
    return others_kind(" ".join(text.lower().split()))


@pytest.mark.parametrize(
    "text",
    [
        "My 14 yo son showed his ex's nudes to his whole team",
        "our daughter (16) passed around a photo of a naked girl from her class",
        "my stepdaughter sent a classmate's topless pic to some boys",
        "my grandson posted another student's video on his story",
        "no, it's my son that shared it",
        "no. my teenager is the one who forwarded them",
        "my kid did the sharing, not the other way round",
        # round 32 p29: a half-sister's pictures; "the one who did the sharing"
        "My 17 year old daughter shared nude pictures of her 15 year old half-sister with boys",
        "But what about my older daughter, the one who did the sharing? Will she be charged?",
        # round 46 p12: "found out from the school that he shared"; "is the one who did the
        # sharing"
        "My son is 17 and I just found out from the school that he shared nude pictures of a girl",
        "Sorry, you misunderstood. My son is the one who did the sharing.",
    ],
)
def test_own_child_who_shared(text):
    assert _kind(text) == OWN_CHILD_SHARED


@pytest.mark.parametrize(
    "text",
    [
        "someone shared my son's nudes",
        "my daughter's boyfriend posted her pictures",
        "my son is 15 and a girl spread his photos",
        "my daughter sent nudes to a boy and now he's threatening her",
        "my son sent a pic to his girlfriend and she forwarded it",
        # A brother or "my girl" may have shared the writer's own images.
        "my brother is the one who shared it",
        "my girl is the one who posted them",
        "my daughter, the one who got hurt, is 15",
    ],
)
def test_not_own_child_who_shared(text):
    assert _kind(text) != OWN_CHILD_SHARED


@pytest.mark.parametrize(
    "text",
    [
        "what's the number for someone who is suicidal? my coworker said she wants to die",
        "who should my best friend call, he's talking about ending his life",
        "is there any line i can give my mom, she is suicidal",
        "my roommate keeps saying she wants to kill herself, what number can she text",
    ],
)
def test_crisis_lines_for_someone_else(text):
    assert _kind(text) == CRISIS_LINES_FOR_OTHER


@pytest.mark.parametrize(
    "text",
    [
        "I want to die, what number do I call",
        "im suicidal who can i talk to",
        "what number do I call for the lawyer",
        "my friend posted my pics, who can I call",
    ],
)
def test_not_crisis_lines_for_someone_else(text):
    assert _kind(text) != CRISIS_LINES_FOR_OTHER


def test_answer_kind_reads_them_whatever_the_topic():
    for intent in (None, "contact_lawyer", "inform_shared", "route_finder"):
        text = "my son forwarded a girl's nude pic to his friends"
        assert answer_kind(text, intent) == OWN_CHILD_SHARED
        text = "what number can I give a friend who is suicidal?"
        assert answer_kind(text, intent) == CRISIS_LINES_FOR_OTHER


@pytest.mark.parametrize(
    "text",
    [
        "I'm in Edmonton right now, moving to Kamloops in March",
        "living in Toronto at the moment but we'll be moving to Vancouver next year",
        "I live in Montreal, planning to move to Victoria soon",
    ],
)
def test_lives_outside_bc_moving_in(text):
    assert home_from_text(text) == NO
    assert moves_to_bc(text)


@pytest.mark.parametrize("text", ["I'm relocating to Surrey soon", "we will move to Nelson"])
def test_a_move_to_come_is_no_home_now(text):
    assert home_from_text(text) is None
    assert moves_to_bc(text)


@pytest.mark.parametrize("text", ["I just moved to Surrey", "we moved to Prince George last year"])
def test_a_move_made_is_home(text):
    assert home_from_text(text) == "yes"
    assert not moves_to_bc(text)


@pytest.mark.parametrize(
    "text",
    [
        "stop saying I live in BC",
        "quit telling me I live in B.C.",
        "I never said I lived in BC",
        "i didnt say i live in bc",
    ],
)
def test_denied_bc_home(text):
    assert home_from_text(text) == NO


def test_form_home_answer_a_move_to_come_is_asked_again():
    from assistant.form_answers import home_answer
    from assistant.slot_history import Earlier

    value, _unclear = home_answer("I'm moving to Vancouver soon", "yes", Earlier(None, ""))
    assert value is None
