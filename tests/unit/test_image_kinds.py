"""Kinds of image read from the words (assistant/image_kinds.py) and answered directly: our own
made-up wordings, the near misses, and the way they reach answer_kind."""

from __future__ import annotations

import pytest

from assistant.answer_kinds import THREAT_ONLY, answer_kind
from assistant.image_kinds import DEEPFAKE, HELD_NOT_SHARED, PRINTED, SECRET_RECORDING
from assistant.said_before import (
    ALREADY_HEARD,
    HOME_ONLY,
    NOTHING,
    OUTCOME,
    answer_outside_check,
    situation_said,
)
from assistant.situation_reading import situation_from_text

KINDS = {
    DEEPFAKE: [
        "a guy photoshopped my face onto a porn pic",
        "there's a deepfake video of me going around",
        "they used an app to make AI nudes of me",
        "someone edited my photos to make me look naked",
        "a bot on discord turned my selfie into a nude",
        "does it make a difference that they're AI fakes?",
    ],
    PRINTED: [
        "she printed off my nudes and handed them out at school",
        "he left hard copies of the pics in my mailbox",
    ],
    SECRET_RECORDING: [
        "my landlord had a hidden camera in the shower",
        "he secretly filmed us having sex",
        "my stepdad recorded me while i was changing",
    ],
    HELD_NOT_SHARED: [
        "my old boyfriend still has my pictures and won't delete them",
        "is it covered if she never posted them",
        "he kept the videos we made, nothing else happened",
        "she refuses to delete the old pictures of me",
    ],
}


@pytest.mark.parametrize(
    "kind,text", [(kind, text) for kind, texts in KINDS.items() for text in texts]
)
def test_each_kind_is_read(kind, text):
    assert answer_kind(text, "inform_shared") == kind


@pytest.mark.parametrize(
    "text",
    [
        "he posted my nudes on twitter",
        "what is the age of consent",
        "i printed the application form, where do i send it",
        "she recorded our video call and wants money",  # blackmail: the sextortion answer
    ],
)
def test_near_misses_keep_the_classifiers_answer(text):
    assert answer_kind(text, "nlu_fallback") is None


def test_a_threat_comes_before_the_held_images():
    text = "he still has my pics and he only threatened to post them"
    assert answer_kind(text, "nlu_fallback") == THREAT_ONLY


def test_the_check_and_the_handoff_keep_their_answers():
    assert answer_kind("there's a deepfake of me, do i qualify", "check_eligibility") is None
    assert answer_kind("my ex still has my nudes", "inform_neither") == HELD_NOT_SHARED


@pytest.mark.parametrize(
    "text,reading",
    [
        ("he sent my video to all his friends", "shared"),
        ("they put it in the class group chat", "shared"),
        ("she printed them out and passed them around", "shared"),
        ("my ex said he would share them", "threatened"),
    ],
)
def test_more_ways_to_say_what_happened(text, reading):
    assert situation_from_text(text) == reading


def test_what_was_said_before_comes_from_words_intents_and_marks():
    assert situation_said(["hi"], ["greet"], [None]) is None
    assert situation_said(["a scam account wants money"], ["sextortion"], [None]) == "threatened"
    assert situation_said(["does that count"], ["ask_who_qualifies"], ["threat_only"]) == (
        "threatened"
    )


@pytest.mark.parametrize(
    "home,situation,given,answer",
    [
        ("yes", "shared", False, OUTCOME),
        ("no", None, False, OUTCOME),
        ("yes", None, False, HOME_ONLY),
        (None, "shared", False, NOTHING),
        ("yes", "shared", True, ALREADY_HEARD),  # said again after the outcome
        ("no", None, True, ALREADY_HEARD),
        (None, "shared", True, NOTHING),
    ],
)
def test_a_home_named_outside_the_check(home, situation, given, answer):
    assert answer_outside_check(home, situation, given) == answer


def test_inside_the_check_a_message_that_says_what_happened_is_the_forms_answer():
    from assistant.policies.interrupt import form_reads_it

    said = "she printed them out and left them at my work"
    assert form_reads_it(PRINTED, "image_situation", said)
    assert not form_reads_it(PRINTED, "lives_in_bc", said)  # another question: answered, re-asked
    assert not form_reads_it(HELD_NOT_SHARED, "image_situation", "he still has my pics")


def test_going_around_is_shared():
    assert situation_from_text("the video is going around the office") == "shared"
