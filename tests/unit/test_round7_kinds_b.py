"""Issue 16, round 7 kinds (helper h11b), our own wordings: someone else's images held with
someone under 18 (assistant/young_holder.py), a question about deleting the chat later
(assistant/answer_kinds_everyday.py), and the IIPS's own contacts (assistant/plain_questions.py).
Near misses keep their earlier answers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.answer_kinds import answer_kind
from assistant.answer_kinds_everyday import CHAT_KEPT, deletion_asked_about
from assistant.plain_questions import IIPS_CONTACT, WHAT_IS_IIPS
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS
from assistant.young_holder import YOUNG_HOLDS_IMAGES, young_holder

ROOT = Path(__file__).resolve().parents[2]

HOLDING = [
    "my boyfriend sent me nudes and we're both 15, should i delete them or keep them?",
    "i still have pics my ex sent me back in grade 10, do i need to get rid of them?",
    "im 16 and have naked photos of my girlfriend on my phone, is it ok to keep them",
    "my bf (17) gave me some nude pics, am i allowed to have them",
    "what do i do with my crush's nudes, she's 15",
    "she sent me a couple of nudes last year when we were in grade 8, what now",
    "i'm 14 and i have her pictures saved, should i hold on to them just in case",
]
NOT_HOLDING = [
    "my ex shared my nudes, im 15",  # their own images
    "my son is 14 and has his girlfriend's nudes",  # a parent
    "i am 30 and i have nudes of my ex",  # adults
    "I have nudes of her too, can I send them to her family as revenge",  # no age: retaliation
    "im 14, a man sent me nudes and says i have to send mine back or he'll post",  # blackmail
    "im 15 and this guy sent me pics and keeps asking for some of me",  # pressured
    "I teach high school and one of my grade 11 students says her ex is sharing her nudes",
]


@pytest.mark.parametrize("text", HOLDING)
def test_someone_elses_images_held_under_18(text):
    assert answer_kind(text) == YOUNG_HOLDS_IMAGES
    # whatever topic the classifier chose, the evidence one included
    assert answer_kind(text, "ask_evidence") == YOUNG_HOLDS_IMAGES


@pytest.mark.parametrize("text", NOT_HOLDING)
def test_not_someone_elses_images_under_18(text):
    assert young_holder(text.lower()) is None


def _responses() -> dict:
    responses = {}
    for path in sorted((ROOT / "domain").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        responses.update(data.get("responses") or {})
    return responses


def test_holding_answer_never_says_keep_as_evidence():
    names = DEFAULT_DIRECT_ANSWERS[YOUNG_HOLDS_IMAGES]
    responses = _responses()
    texts = [responses[name][0]["text"] for name in names]
    joined = " ".join(texts)
    for must in (
        "Never show, send or forward",
        "personal use only",
        "1-800-668-6868",
        "CONNECT to 686868",
        "604-673-3143",
        "March 2025",
        "safe adult",
    ):
        assert must in joined
    assert "Don't delete" not in joined and "before you decide about" not in joined
    assert all(len(text) <= 600 for text in texts)


DELETE_LATER = [
    "can i erase this chat after?",
    "will i be able to delete this afterwards? is anything kept?",
    "will i be able to erase this conversation when we're done?",
    "if i wipe this chat afterwards does anything stay saved?",
    "how do i delete this chat later",
    "is it possible to clear our conversation at the end",
]
DELETE_NOW = [
    "delete this chat",
    "erase everything now",
    "can you delete this chat",
    "i want to wipe this conversation now please",
    "delete my messages",
]


@pytest.mark.parametrize("text", DELETE_LATER)
def test_deleting_later_is_a_question(text):
    assert answer_kind(text, "delete_conversation") == CHAT_KEPT


@pytest.mark.parametrize("text", DELETE_NOW)
def test_deleting_now_starts_the_deletion(text):
    assert not deletion_asked_about(text)
    assert answer_kind(text, "delete_conversation") is None


IIPS = [
    "what's the iips number?",
    "how do i reach the government protection service",
    "email for the government protection service please",
    "how can i contact the IIPS",
    "whats the phone number for the intimate images protection service",
    "is there an email for the b.c. image protection service",
]


@pytest.mark.parametrize("text", IIPS)
def test_iips_contacts(text):
    assert answer_kind(text, "contact_lawyer") == IIPS_CONTACT
    assert DEFAULT_DIRECT_ANSWERS[IIPS_CONTACT] == ["utter_route_iips"]
    iips = _responses()["utter_route_iips"][0]["text"]
    assert "1-833-688-4381" in iips and "protectyourimages@gov.bc.ca" in iips
    assert "604-673-3143" not in iips


def test_iips_near_misses():
    assert answer_kind("who is iips", None) == WHAT_IS_IIPS
    assert answer_kind("the protection service said to call the police", None) != IIPS_CONTACT
    assert answer_kind("should i call the iips or the lawyer?", None) != IIPS_CONTACT
