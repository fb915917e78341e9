"""Whose images a message is about and what happened (assistant/helper_reading.py), and the
direct answer each kind gets (assistant/answer_kinds.py). Our own wordings, not the
independent conversations' sentences."""

from __future__ import annotations

import pytest

from assistant import helper_reading as reading
from assistant.answer_kinds import CHILD_ASKED, CHILD_ASKED_TRUST, PRESSURED, answer_kind

KINDS = {
    reading.HELPER_MINOR: [
        "my niece is 14 and some boy posted her nudes on instagram",
        "one of my students had her photos passed around the class",
        "my stepdaughter's ex is threatening to leak her pics, she's 16",
        "I found out a neighbour filmed my 8 year old in the change room",
        "pics of my 13yo son are on some website",
        "my little sister (15) had her snaps forwarded to the whole grade",
        "I teach high school and one of my grade 11 students says her ex is sharing her nudes",
    ],
    reading.HELPER_ADULT: [
        "my roommate's ex posted her nudes on reddit, how can I support her",
        "my sister is 24 and her pics got leaked on a forum",
        "how can i help my best friend, her videos were uploaded without asking",
        "I'm a support worker, a client's partner put her photos on a website",
    ],
    reading.SELF_MINOR_SHARED: [
        "i'm 15 and my ex posted my nudes on his story",
        "im 13 and a girl forwarded my pics to everyone",
    ],
    reading.TAKEN_UNDER_18: [
        "I'm 23 now and a video of me from when I was 16 is on a porn site",
        "there are photos of me from when i was a minor online, i'm 20",
    ],
    reading.ALREADY_PAID: [
        "I already paid him 300 dollars and he wants more",
        "my son sent them the money yesterday",
        "we already gave him $150",
    ],
    PRESSURED: [
        "my supervisor said I'd lose my job if I don't send a photo",
        "the coach says he'll bench me unless i send nudes",
        "she said no more shifts for me if I refuse",
    ],
    reading.YOUTH_LINE: [
        "what's the number for kids help phone",
        "is there a helpline for teenagers",
        "is there somebody my granddaughter could call",
    ],
    CHILD_ASKED_TRUST: [
        "my son's tutor keeps asking him to send photos of himself",
        "her swim coach has been asking my 15 year old daughter for pics",
    ],
}


@pytest.mark.parametrize(
    "kind,text", [(kind, text) for kind, texts in KINDS.items() for text in texts]
)
def test_each_kind_is_read(kind, text):
    assert answer_kind(text, "nlu_fallback") == kind


@pytest.mark.parametrize(
    "text",
    [
        "my son wants to send pics to his gf",  # nothing done to anyone yet
        "my ex posted my pics, my friend told me",  # the speaker's own images
        "my friend told me about this service",
        "can my mom come on the call",
        "he posted my nudes",  # the speaker's own: the classifier's answer
        "I'm 20 and he shared my pics",  # an adult's own images
        "my daughter asked how consent works",
        "should I just pay him",  # the pay question is its own kind
        "i paid for the lawyer already",
        "is the service for kids too",  # the age limit answer
        "my cousin is being blackmailed and they want gift cards",  # the blackmail answer
        "is there someone I can talk to",  # anyone's support lines
        "I'm a school counsellor, what are the age rules",
    ],
)
def test_near_misses_are_not_a_helpers_kind(text):
    assert answer_kind(text, "nlu_fallback") not in {
        reading.HELPER_MINOR,
        reading.HELPER_ADULT,
        reading.SELF_MINOR_SHARED,
        reading.TAKEN_UNDER_18,
        reading.ALREADY_PAID,
        reading.YOUTH_LINE,
    }


def test_a_childs_age_decides_child_or_adult():
    assert reading.helped_person("my daughter is 19 and her ex leaked her photos") == (
        reading.HELPER_ADULT
    )
    assert reading.helped_person("my daughter is 12 and her ex leaked her photos") == (
        reading.HELPER_MINOR
    )


def test_blackmail_and_the_handoff_keep_the_classifiers_answer():
    text = "my sister's ex is threatening to post her pics"
    assert answer_kind(text, "sextortion") is None
    assert answer_kind(text, "contact_lawyer") is None
    assert answer_kind(text, "nlu_fallback") == reading.HELPER_ADULT


def test_a_child_asked_without_a_person_of_trust_stays_the_plain_answer():
    assert answer_kind("some guy online keeps asking my 12 yr old nephew for pics", None) == (
        CHILD_ASKED
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("my roommate texted me that she wants to die", True),
        ("my bf keeps saying he doesn't want to live anymore", True),
        ("she said she'd kill me if I told lol", False),  # not about herself
        ("he says he'll kill himself if i dont send more", False),  # pressure: its own answer
    ],
)
def test_someone_else_wanting_to_die_is_read(text, expected):
    assert reading.other_person_may_hurt_themselves(text) is expected


def test_cannot_reach_is_about_someone_else():
    assert reading.cannot_reach("he won't pick up his phone")
    assert reading.cannot_reach("I can't reach my friend")
    assert not reading.cannot_reach("I'm not answering his texts anymore")


def test_the_speakers_own_job_is_not_a_person_of_trust_over_the_child():
    assert not reading.names_others_authority("I'm a school counsellor and a student told me")
    assert reading.names_others_authority("the babysitter took pictures")
    assert reading.names_others_authority("my daughter's teacher messaged her")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("she told me it's okay since I agreed", True),
        ("he keeps saying its legal because i consented", True),
        ("he says it was fine to post it because i said yes", False),  # sharing: consent rules
        ("it's fine, I said yes to the date", False),
    ],
)
def test_a_yes_said_to_make_it_fine_goes_to_the_age_rules(text, expected):
    assert reading.agreed_so_fine(text) is expected
