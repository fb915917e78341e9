"""Issue 16, helper h12a (round 7's failures, our own wordings): printed or physical copies are
sharing; "it's me, not a friend" after a helper's answer re-runs the person's own answer; a
young teen's "am I in trouble?" gets the reassurance first; a date said after the tribunal's
answer gets the old-events answer; "he is showing them to people" answers the check."""

from __future__ import annotations

import pytest

from assistant.answer_kinds import IN_TROUBLE, answer_kind
from assistant.answer_kinds_sources import OLD_EVENTS, dated_follow_up, sources_kind
from assistant.answer_kinds_specific import SHOWING_COUNTS
from assistant.helper_reading import HELPER_ADULT, HELPER_MINOR, HELPER_THREAT
from assistant.image_kinds import PRINTED, image_kind
from assistant.own_case import (
    OWN_CASE_GENERAL,
    OWN_CRISIS,
    PREFIX,
    own_kind_in_context,
    topics_since_own_case,
)
from assistant.policies.interrupt import form_reads_it
from assistant.short_followups import kind_in_context
from assistant.situation_reading import situation_from_text
from assistant.writer_framing import says_it_is_me

HELPERS = {HELPER_THREAT, HELPER_ADULT, HELPER_MINOR, "helper_for_adult_routes"}


# 1. Printed or physical copies.
@pytest.mark.parametrize(
    "text",
    [
        "my ex made paper copies of my nudes and gave them out at the bar",
        "is printing my pics out and handing them around sharing?",
        "does printing count?",
        "what about printed copies?",
        "Good day. They were printed and handed out at my place of work.",
        "someone stuck photos of me naked on the wall at the gym",
        "copies of my photos were left in every mailbox on our street",
        "there are posters with my pictures all over campus",
        # A person writing formally of their own photographs (not "photos").
        "To whom it may concern, intimate photographs of me were printed and left at my office.",
    ],
)
def test_printed_or_physical_copies(text):
    assert answer_kind(text) == PRINTED


@pytest.mark.parametrize(
    "text",
    [
        "he put my pics on his facebook wall",
        "can I print this conversation",
        "i printed my boarding pass",
        "he posted my nudes online",
        "the printer at work is broken",
    ],
)
def test_not_printed_copies(text):
    assert image_kind(" ".join(text.lower().split())) != PRINTED


def test_a_formal_writer_about_their_own_photographs_is_no_helper():
    text = (
        "To whom it may concern, a former partner printed intimate photographs of me and put"
        " them in my neighbours' mailboxes. Nothing is on the internet. Does this count?"
    )
    assert answer_kind(text) == PRINTED
    correction = (
        "I am writing about myself, not someone else. They were not threatened, they were"
        " printed and handed to my neighbours. Does printing count as sharing?"
    )
    assert answer_kind(correction) == PRINTED


# 2. "It's me, not a friend".
@pytest.mark.parametrize(
    "text",
    [
        "it's me, not a friend",
        "no, it's about me",
        "I'm the one it happened to",
        "this happened to me, not my cousin",
        "I'm asking for myself",
        "not for a friend, sorry",
        "they're my pictures",
        "I am writing about myself, not someone else",
        "im the one in the photos",
    ],
)
def test_says_it_is_me(text):
    assert says_it_is_me(text)


@pytest.mark.parametrize(
    "text",
    [
        "it's not me",
        "this isn't about me",
        "hi it's me again",
        "I'm the one who shared it",
        "it was me who posted them",
        "it happened to my friend",
        "they are my friends",
        "can you help me",
    ],
)
def test_does_not_say_it_is_me(text):
    assert not says_it_is_me(text)


@pytest.mark.parametrize(
    "earlier,topic,expected",
    [
        ("my coworker's ex says he'll post her videos, does that count?", HELPER_THREAT,
         PREFIX + "threat_only"),
        ("my roommate's ex posted her nudes on reddit, how do I help", HELPER_ADULT,
         PREFIX + "adult_shared"),
        ("my friend is 15 and a guy posted her nudes", HELPER_MINOR,
         PREFIX + "minor_images_shared"),
        ("my sister's ex printed her photos and left them at her work", HELPER_ADULT,
         PREFIX + "printed_copies"),
        ("my friend's ex wants $500 or he posts her pics", HELPER_ADULT,
         PREFIX + "sextortion_pay"),
        ("how can I support my friend through this", HELPER_ADULT, OWN_CASE_GENERAL),
    ],
)  # fmt: skip
def test_a_correction_after_a_helpers_answer_gets_the_own_answer(earlier, topic, expected):
    assert own_kind_in_context(None, "it's me, not a friend", [topic], [earlier]) == expected


def test_a_correction_with_its_own_question_keeps_that_answer():
    kind = own_kind_in_context(PRINTED, "it's me. does printing count?", [HELPER_THREAT], ["x"])
    assert kind == PRINTED


def test_no_correction_without_a_helpers_answer_before():
    assert own_kind_in_context(None, "it's me, not a friend", ["ask_crt"], ["can I sue"]) is None
    # Too long ago: three messages back at most.
    topics = [HELPER_ADULT, "ask_crt", "ask_service", "ask_police"]
    assert own_kind_in_context(None, "it's about me", topics, ["a", "b", "c", "d"]) is None


def test_not_a_correction_keeps_the_kind():
    assert own_kind_in_context(None, "what can she do?", [HELPER_ADULT], ["x"]) is None


def test_after_the_correction_the_writer_is_no_longer_a_helper():
    topics = [HELPER_THREAT, None, "ask_examples"]
    texts = ["my friend's ex ...", "it's me, not a friend", "does printing count"]
    assert topics_since_own_case(topics, texts) == [None, None, "ask_examples"]
    # Without a correction nothing changes.
    assert topics_since_own_case(topics, ["a", "b", "c"]) == topics


# 3. A young teen's "am I in trouble?".
@pytest.mark.parametrize(
    "text",
    [
        "hey so a boy in my grade sent around a pic i sent him. im 13. am i going to be in trouble",
        "im 14 and a girl in my class airdropped my photo to everyone, will i get in trouble?",
        "12 yo here. boy shared my nude at school. am i in trouble? is that child porn",
        "i'm 15, my bf sent my video to his team. could i get charged",
    ],
)
def test_young_writer_in_trouble_gets_the_reassurance(text):
    assert answer_kind(text) == IN_TROUBLE


def test_the_law_question_alone_keeps_the_law_answer():
    assert answer_kind("is a nude of a 15 year old child porn") != IN_TROUBLE


# 4. A date after the tribunal's answer.
@pytest.mark.parametrize(
    "text",
    [
        "it happened in 2022 though",
        "this was back in 2021",
        "but he posted them in 2019",
        "it started in the summer of 2022",
        "it was years ago",
        "2020",
    ],
)
def test_dated_follow_up(text):
    assert dated_follow_up(text)


@pytest.mark.parametrize(
    "text",
    [
        "i was 16 in 2021",
        "it happened in 2024",
        "i live in surrey",
        "can I sue him",
    ],
)
def test_not_a_dated_follow_up(text):
    assert not dated_follow_up(text)


def test_a_date_after_the_tribunals_answer_is_the_old_events_answer():
    before = ["utter_crt", "utter_crt_damages"]
    kind = kind_in_context(None, "inform", "this was back in 2021", ["can I sue"], None, before)
    assert kind == OLD_EVENTS
    # Not after another answer (the date says nothing about the tribunal there).
    kind = kind_in_context(None, "inform", "this was back in 2021", ["hi"], None, ["utter_greet"])
    assert kind is None


def test_does_that_matter_with_an_old_year_is_the_old_events_answer():
    text = "the posting was in 2022 but the pics are still up. does that matter?"
    assert sources_kind(text) == OLD_EVENTS


# 5. A plain statement that answers "shared or threatened?".
@pytest.mark.parametrize(
    "text",
    [
        "Yes, like I said, he is showing them to people.",
        "she keeps showing my photos around",
        "he show my photo to his friends",
        "he send to family group whatsapp",
        "he's showing everyone at work",
    ],
)
def test_showing_them_is_shared(text):
    assert situation_from_text(text) == "shared"


@pytest.mark.parametrize(
    "text",
    [
        "can he share them on facebook",
        "what if he shows them to my boss",
        "should i show them to the police",
        "he hasn't shown them to anyone",
        "does he send them to people",
    ],
)
def test_not_shared(text):
    assert situation_from_text(text) != "shared"


def test_showing_a_threat_stays_a_threat():
    assert situation_from_text("he says he will show them to my family") == "threatened"


def test_back_in_a_year_read_as_resume_is_still_the_date():
    before = ["utter_crt", "utter_crt_damages"]
    kind = kind_in_context(None, "resume", "this was back in 2021", ["sue"], None, before)
    assert kind == OLD_EVENTS


@pytest.mark.parametrize(
    "text",
    [
        "my ex showed my nudes to his buddies on his phone at a bar",
        "he showed my pics to people at work on his phone, what can I do",
        "she showed photos of me in person to the whole team",
    ],
)
def test_own_images_shown_in_person(text):
    assert answer_kind(text) == SHOWING_COUNTS


@pytest.mark.parametrize(
    "text",
    [
        "he showed my nudes on his phone and then posted them online",
        "he showed me a pic on his phone",
    ],
)
def test_not_own_images_shown_in_person(text):
    assert answer_kind(text) != SHOWING_COUNTS


def test_inside_the_check_a_showing_statement_is_the_checks_answer():
    said = "he showed my pics to his friends on his phone"
    assert form_reads_it(SHOWING_COUNTS, "image_situation", said)
    assert not form_reads_it(SHOWING_COUNTS, "image_situation", "does showing it on a phone count")


@pytest.mark.parametrize("intent", ["crisis", "immediate_danger", "stop"])
def test_a_crisis_or_danger_message_is_never_the_own_case_answer(intent):
    kind = own_kind_in_context(None, "it's me, I can't go on", [HELPER_ADULT], ["x"], intent)
    assert kind is None


def test_its_me_after_the_crisis_lines_for_someone_else_is_the_crisis_answer():
    topics = ["crisis_lines_for_someone"]
    kind = own_kind_in_context(None, "actually it's me", topics, ["what number for a friend"])
    assert kind == OWN_CRISIS
    from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS

    assert DEFAULT_DIRECT_ANSWERS[OWN_CRISIS][0] == "utter_own_crisis"
