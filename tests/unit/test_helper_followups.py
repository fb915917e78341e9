"""A helper's and a young person's next questions (assistant/helper_followups.py, issue 16)."""

from __future__ import annotations

import pytest

from assistant import helper_followups as hf
from assistant.answer_kinds import PRESSURED, answer_kind
from assistant.answer_kinds_sources import CHILD_IN_TROUBLE
from assistant.helper_context import answer_kind_in_context


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is 12 and a man is blackmailing her with a photo she sent",
        "our 16 year old son is getting sextorted, they want gift cards",
        "a stranger told my grandson he'll leak his pics unless he pays 500",
        "I'm his teacher, a student of mine, 14, is being extorted online",
        "my little sister is 13 and someone will share her nudes unless she sends more",
    ],
)
def test_helper_first_message_about_blackmailed_child(text: str) -> None:
    assert answer_kind(text, "sextortion") == hf.HELPER_MINOR_BLACKMAIL


@pytest.mark.parametrize(
    "text",
    [
        "someone is threatening to share my nudes unless I pay",
        "my wife is 34 and her ex is blackmailing her",
        "he says he'll post my pics if I don't send money",
    ],
)
def test_not_a_helper_of_a_child(text: str) -> None:
    assert answer_kind(text, "sextortion") != hf.HELPER_MINOR_BLACKMAIL


HELPER_FIRST = "my son is 14 and some guy is blackmailing him over photos"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("will he get in trouble for it", CHILD_IN_TROUBLE),
        ("could my son be charged with something?", CHILD_IN_TROUBLE),
        ("so he might get arrested?", CHILD_IN_TROUBLE),
        ("who should I call first", hf.HELPER_WHO_FIRST),
        ("which line do I phone first for him", hf.HELPER_WHO_FIRST),
        ("should I contact kids help phone or the school first", hf.HELPER_WHO_FIRST),
        ("he's worried he's in trouble. school or police first?", hf.HELPER_TROUBLE_WHO_FIRST),
        ("the cops? he's scared they'll yell at him", hf.HELPER_POLICE_FEAR),
        ("do we block him or keep the account open", hf.HELPER_BLOCK),
    ],
)
def test_helper_follow_ups(text: str, kind: str) -> None:
    topics = [hf.HELPER_MINOR_BLACKMAIL]
    assert answer_kind_in_context(None, "nlu_fallback", text, topics, [HELPER_FIRST]) == kind


def test_pronoun_of_the_other_person_is_not_the_child() -> None:
    first = "my daughter is 15 and her ex says he'll post her pics unless she pays"
    assert hf.helper_child_kind("is he going to be in trouble?", [first]) is None
    assert hf.helper_child_kind("will she be in trouble?", [first]) == CHILD_IN_TROUBLE


def test_helper_follow_up_never_overrides_crisis() -> None:
    topics = [hf.HELPER_MINOR_BLACKMAIL]
    kind = answer_kind_in_context(None, "crisis", "will he be charged", topics, [HELPER_FIRST])
    assert kind is None


YOUTH_FIRST = "im 15 and an older guy keeps asking me for nudes"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("is he even allowed to ask me that", hf.YOUTH_ASKED_ILLEGAL),
        ("is it a crime for him to ask for that", hf.YOUTH_ASKED_ILLEGAL),
        ("isn't what he's doing illegal", hf.YOUTH_ASKED_ILLEGAL),
        ("should i talk to my dad about it", hf.YOUTH_TELL_PARENTS),
        ("do my parents have to know", hf.YOUTH_TELL_PARENTS),
        ("can i just block him", hf.YOUTH_BLOCK),
        ("nobody can know about this, i don't want my family to find out", hf.NO_ONE_TO_TELL),
    ],
)
def test_youth_follow_ups(text: str, kind: str) -> None:
    assert (
        answer_kind_in_context(None, "nlu_fallback", text, ["pressured_to_send"], [YOUTH_FIRST])
        == kind
    )


def test_adult_writer_keeps_the_adult_answers() -> None:
    first = "I'm 29 and a coworker keeps asking for pics"
    kind = answer_kind_in_context(None, "nlu_fallback", "should i just block him", ["x"], [first])
    assert kind not in hf.YOUTH_KINDS


@pytest.mark.parametrize(
    "text",
    [
        "I'm 16 and my basketball coach asked me for nude pics",
        "im 14, my tutor wants pictures of me",
        "im 13. a 25 year old asked me to send pics",
    ],
)
def test_youth_asked_by_trust_or_adult(text: str) -> None:
    assert hf.youth_asked_in(text)


def test_youth_asked_by_same_age_partner_is_the_age_check() -> None:
    assert not hf.youth_asked_in("im 16 and my gf is 16, she wants pics")


@pytest.mark.parametrize(
    "text", ["im 12 and a guy on roblox asks me for photos", "i'm 14 and some man wants pics of me"]
)
def test_youth_asked_with_no_ages_needs_no_age_quiz(text: str) -> None:
    assert answer_kind(text, "check_age_rules") == PRESSURED
