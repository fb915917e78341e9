"""Everyday questions that get a direct answer (assistant/answer_kinds_everyday.py): our own
wording for each kind (none copied from an evaluation set), and near misses that keep the
classifier's answer."""

from __future__ import annotations

import pytest

from assistant.answer_kinds import answer_kind
from assistant.answer_kinds_everyday import (
    CHAT_KEPT,
    LOW_COST_HELP,
    REACHING_OUT,
    RETALIATION,
    TEXT_A_LINE,
)

KINDS = {
    CHAT_KEPT: [
        "do you keep what I type here?",
        "how long do you store this chat",
        "is this chat private",
        "is this conversation recorded?",
        "does this bot save my messages",
        "can anyone read this",
        "who can see what i write here",
        "are you recording this",
        "how long is it kept",
        "is what I type saved anywhere",
    ],
    RETALIATION: [
        "can I post his pics back to get even?",
        "I have nudes of her too, can I send them to her family as revenge",
        "should i leak his nudes back",
        "i want to share the photos he sent me to get back at him",
        "would it be illegal if I posted her pictures too",
        "im going to expose his pics as payback",
    ],
    TEXT_A_LINE: [
        "can i text that number instead of calling?",
        "can I text them",
        "is there a line I can text",
        "i can't call, can I message someone",
        "can i text 988",
        "could I just text instead",
    ],
    REACHING_OUT: [
        "ok i'll text them now",
        "okay I will call them",
        "i'm going to call that number",
        "ok thanks, ill reach out to them",
        "alright im gonna text 988",
    ],
    LOW_COST_HELP: [
        "what happens if I need more help than the free hours?",
        "is there cheap legal help if i need a lawyer after that",
        "i can't afford a lawyer",
        "what about after the free 3 hours",
        "is there a low cost legal clinic",
        "what if the free hours run out",
    ],
}


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in KINDS.items() for text in texts]
)
def test_each_kind_is_read(kind, text):
    assert answer_kind(text, "out_of_scope") == kind


NEAR_MISSES = [
    # Their own images shared, revenge asked about the sharer: the routes, not "don't share".
    "he posted my pics to get revenge on me",
    "my ex shared my nudes as payback for the breakup",
    "how do I get back at him legally for posting my pics",
    # Keeping evidence, not the chat.
    "should I keep the messages he sent",
    "do I need to save the screenshots",
    # Texting as part of the story, not a question about a line.
    "he keeps texting me",
    "can he text my mom the pictures",
]


def test_a_question_after_ill_call_is_the_question_not_the_warm_word():
    # "what do I say when they answer?" is now answered (answer_kinds_who_and_how.py, h10c).
    assert answer_kind("ok I'll call them, what do I say when they answer?", "out_of_scope") == (
        "phone_someone"
    )


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_keep_the_classifiers_answer(text):
    assert answer_kind(text, "out_of_scope") is None


@pytest.mark.parametrize("intent", ["crisis", "immediate_danger", "delete_conversation", "stop"])
def test_the_safety_net_and_deletion_keep_their_intent(intent):
    assert answer_kind("is this chat private", intent) is None
    assert answer_kind("can i text that number instead", intent) is None


def test_a_line_asked_for_while_the_classifier_says_contact_is_still_answered():
    assert answer_kind("can I text the lawyer instead", "contact_lawyer") == TEXT_A_LINE
