"""Short plain questions that fell to "Did you mean ...?" (assistant/plain_questions.py,
issue 16): our own wordings for each kind, and near misses that keep the classifier's answer.
The kinds are read through assistant.answer_kinds.answer_kind, as the AnswerReader does."""

from __future__ import annotations

import pytest

from assistant import plain_questions as pq
from assistant.answer_kinds import KINDS as ALL_KINDS
from assistant.answer_kinds import answer_kind
from tests.domain_files import responses

KINDS = {
    pq.NUMBERS: [
        "what numbers exactly?",
        "ok so which phone numbers",
        "I'm on staff, what phone numbers does the bot give people?",
        "the numbers please",
        "can you list the numbers",
        "whats the numbers?",
    ],
    pq.TEEN_SITES: [
        "is there a website for teens?",
        "any sites for kids my age",
        "are there websites made for young people",
        "a site for people under 18?",
    ],
    pq.JOB_THREAT: [
        "he'll fire me if I tell, I need this job",
        "my boss said i'd get fired if i report him",
        "i can't lose this job, if i tell anyone he'll cut my shifts",
        "if I speak up I will lose my job",
    ],
    pq.DEVICE_TRACE: [
        "how do I make sure he can't see I was on here",
        "how do I clear this from my browser",
        "will my husband find out i was using this site",
        "can i hide this from my browsing history",
        "my boyfriend goes through my phone every night",
        "does this leave any trace",
    ],
    pq.WHAT_IS_STOPNCII: [
        "what is stopncii",
        "sorry whats stop ncii?",
        "what does StopNCII.org do",
    ],
    pq.WHAT_IS_TAKE_IT_DOWN: ["what's take it down", "wait what is take it down exactly"],
    pq.WHAT_IS_NEEDHELPNOW: ["what is needhelpnow.ca", "whats need help now"],
    pq.WHAT_IS_IIPS: ["what is the protection service", "who is iips"],
}

# Near misses: a question of its own, the images, or a number that is no phone number.
NOT_MARKED = [
    "the number of people who saw it",
    "never mind, ill just call them. whats the number",
    "how many numbers are there in the video",
    "what number do I call for the lawyer in vancouver",
    "delete the pics from my phone",
    "he deleted my photos from his laptop",
    "can you delete this conversation",
    "what is the civil resolution tribunal",
    "my boss fired me after the pics got out",
    "what does stopncii do with my pictures if I upload them to their site",
]


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, ts in KINDS.items() for t in ts])
def test_each_kind_in_our_own_words(kind, text):
    assert answer_kind(text) == kind


@pytest.mark.parametrize("text", NOT_MARKED)
def test_near_misses_are_not_these_kinds(text):
    assert answer_kind(text) not in pq.KINDS


def test_device_question_read_as_deleting_the_chat_gets_the_device_answer():
    # "how do I clear this from my browser" classified as delete_conversation: not the
    # server-deletion offer alone.
    assert answer_kind("how do I clear this from my browser", "delete_conversation") == (
        pq.DEVICE_TRACE
    )


def test_asking_to_erase_the_chat_keeps_the_deletion():
    text = "can i erase this chat? he reads my phone"
    assert answer_kind(text, "delete_conversation") != pq.DEVICE_TRACE
    for text in ("delete my chat history with you", "wipe our conversation history please"):
        assert answer_kind(text, "delete_conversation") != pq.DEVICE_TRACE, text
    assert answer_kind("he reads my phone, will he see this?") == pq.DEVICE_TRACE


@pytest.mark.parametrize("intent", ["crisis", "immediate_danger"])
def test_the_safety_net_keeps_its_answers(intent):
    assert answer_kind("i want to die, how do i clear my browser history", intent) is None
    assert answer_kind("he'll fire me if I tell", intent) is None


def test_every_kind_is_registered_and_answered_by_responses_in_the_domain():
    names = set(responses())
    for kind in pq.KINDS:
        assert kind in ALL_KINDS
        for action in pq.ANSWERS[kind]:
            assert action.startswith("action_") or action in names


def test_device_answers_never_say_to_delete_the_messages_with_the_person():
    for name in ("utter_device_trace", "utter_device_trace_next", "utter_device_trace_again"):
        for variant in responses()[name]:
            text = variant["text"].lower()
            assert "delete your messages with" not in text or "don't delete" in text
            if "messages with the person" in text:
                assert "evidence" in text
