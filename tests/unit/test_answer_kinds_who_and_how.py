"""Plain follow-ups that got a nearby stock answer (assistant/answer_kinds_who_and_how.py, issue 16,
helper h10c): our own wordings for each kind, near misses that keep their own answers, and
the closings and "is this chat kept" wordings added to assistant/courtesy.py and
assistant/answer_kinds_everyday.py. Read through assistant.answer_kinds.answer_kind, as the
AnswerReader does."""

from __future__ import annotations

import pytest

from assistant import answer_kinds_who_and_how as pf
from assistant.answer_kinds import CLOSING, answer_kind
from assistant.answer_kinds import KINDS as ALL_KINDS
from assistant.answer_kinds_everyday import CHAT_KEPT
from assistant.answer_kinds_subjects import CRT_OR_POLICE
from assistant.courtesy import is_closing
from tests.domain_files import responses

KINDS = {
    pf.ANY_GENDER: [
        "is this only for women?",
        "does the law protect guys too",
        "what about men?",
        "im a dude, does any of this apply to me",
        "would it still count if I'm a trans woman",
        "does it cover non-binary people",
        "is revenge porn just a girls thing",
        "can boys get help from this service too?",
        "does my gender matter",
    ],
    pf.POLICE_COMING: [
        "ok i called 911 and they said someone is coming. what now",
        "the cops are on their way to my place, what should I do until then",
        "I've already phoned the police, they're sending an officer",
        "my sister called the rcmp, can I still get a protection order?",
        "waiting for the police right now, anything I should do",
        "we reported it to the police and they are coming over tonight",
    ],
    pf.EVIDENCE_TO_POLICE: [
        "do I hand the envelope over to the police or hang on to it",
        "will the police want the printouts?",
        "should i bring the photos he printed to the cops",
        "keep the flash drive or give it to police?",
        "is it ok to burn the copies he left in my mailbox",
        "can i just throw the prints in the garbage",
    ],
    pf.PHONE_SOMEONE: [
        "could I just call someone instead of typing",
        "is there a real person I can phone",
        "can i speak to a human",
        "what should I say when I call them",
        "what happens when i call, what do they ask",
        "can I talk to someone on the phone please",
    ],
    pf.HOME_MUST_NOT_KNOW: [
        "my wife must never find out. is this private?",
        "my boyfriend can't know about this, will you tell him?",
        "my parents cannot know. it is secret yes?",
        "please keep this between us",
        "is it confidential? my husband checks everything",
    ],
}

# Near misses: the person who did it named by gender, calling him, a question of its own.
NOT_MARKED = [
    "a guy I met online posted my pics",
    "this man keeps threatening to send my nudes to my family",
    "should I call the police?",
    "can I call him and tell him to stop",
    "can I call 988 instead",
    "what do I say to him if he messages again",
    "how do I keep evidence",
    "what is the civil resolution tribunal",
    "will the cops want screenshots?",
    "can i call the lawyer for her",
    "is there a number i can call tonight",
    "what do i say if i text kids help phone",
    "my ex is a woman and she shared my photos with her friends",
    "i called the police and they said they cant do anything",
    "i reported it to the police last year",
    "i called the police",
]

CLOSINGS = [
    "thanks, good night",
    "ok thank you so much. goodnight",
    "thank you, take care",
    "ok bye",
    "thanks that's everything, have a good night",
    "alright thanks, see you",
]
# A bare thanks keeps its own answer; a farewell inside a question is no closing.
NOT_CLOSINGS = ["thanks", "thank you so much for your help", "good night, can he still post it?"]

CHAT_KEPT_WORDINGS = [
    "does this chat get stored",
    "are my messages kept anywhere",
    "is anything I type here being recorded?",
    "are you saving this conversation",
    "who gets to read this",
]

CRT_OR_POLICE_WORDINGS = [
    "is it better to go to police or the tribunal",
    "would the cops do anything or is the crt better?",
    "should I rather use the tribunal than the police",
]


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, ts in KINDS.items() for t in ts])
def test_each_kind_in_our_own_words(kind, text):
    assert answer_kind(text) == kind


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, ts in KINDS.items() for t in ts])
def test_each_kind_whatever_topic_the_classifier_chose(kind, text):
    # Mid-conversation the classifier picks a neighbouring topic; the words still decide.
    for intent in ("ask_police", "ask_confidentiality", "ask_age_of_consent", "nlu_fallback"):
        assert answer_kind(text, intent) == kind, intent


@pytest.mark.parametrize("text", NOT_MARKED)
def test_near_misses_are_not_these_kinds(text):
    assert answer_kind(text) not in pf.KINDS


def test_police_coming_leaves_pay_and_trouble_their_answers():
    assert answer_kind("police are coming, should I pay him") == "sextortion_pay"
    text = "my mom called the police and they are coming, am i in trouble?"
    assert answer_kind(text) == "youth_in_trouble"


def test_911_is_no_age():
    text = "ok i called 911 and they said someone is coming. what now"
    assert answer_kind(text, "nlu_fallback") == pf.POLICE_COMING


@pytest.mark.parametrize("intent", ["crisis", "immediate_danger"])
def test_the_safety_net_keeps_its_answers(intent):
    assert answer_kind("I called 911, they are on their way", intent) is None
    assert answer_kind("my husband cannot know, is it secret?", intent) is None


@pytest.mark.parametrize("text", CLOSINGS)
def test_a_farewell_closes_warmly(text):
    assert is_closing(text) or answer_kind(text) == CLOSING
    assert answer_kind(text) == CLOSING


@pytest.mark.parametrize("text", NOT_CLOSINGS)
def test_a_bare_thanks_or_a_question_is_no_closing(text):
    assert answer_kind(text) != CLOSING


@pytest.mark.parametrize("text", CHAT_KEPT_WORDINGS)
def test_is_this_chat_kept_in_other_words(text):
    assert answer_kind(text) == CHAT_KEPT


def test_is_this_chat_kept_read_as_deleting_it_is_the_question():
    # The classifier hears "delete_conversation" in "does this chat get stored?".
    assert answer_kind("does this conversation get stored", "delete_conversation") == CHAT_KEPT
    assert answer_kind("are you keeping my messages?", "delete_conversation") == CHAT_KEPT
    for text in ("delete this chat", "can you erase what i typed", "is it saved? delete it"):
        assert answer_kind(text, "delete_conversation") != CHAT_KEPT, text


@pytest.mark.parametrize("text", CRT_OR_POLICE_WORDINGS)
def test_police_or_tribunal_is_the_comparison(text):
    assert answer_kind(text) == CRT_OR_POLICE


def test_every_kind_is_registered_and_answered_by_responses_in_the_domain():
    names = set(responses())
    for kind in pf.KINDS:
        assert kind in ALL_KINDS
        for action in pf.ANSWERS[kind]:
            assert action.startswith("action_") or action in names


def test_police_coming_never_says_you_do_not_have_to_report():
    for name in pf.ANSWERS[pf.POLICE_COMING]:
        for variant in responses()[name]:
            assert "don't need to report" not in variant["text"]
            assert "do not need to report" not in variant["text"]
    assert "protection order" in responses()["utter_police_coming_next"][0]["text"]


def test_gender_answer_is_not_the_under_18_rule():
    text = responses()["utter_any_gender"][0]["text"]
    assert "anyone" in text and "under 18" not in text
