"""The kinds of message that get a direct answer (assistant/answer_kinds.py): our own made-up
wording for each kind, the near misses that keep the classifier's answer, and the intents the
safety net and the flows keep."""

from __future__ import annotations

import pytest

from assistant.answer_kinds import (
    CHILD_ASKED,
    IN_TROUBLE,
    NO_ONE_TO_TELL,
    PAY,
    PRESSURED,
    THREAT_ONLY,
    WHO_IS_TOLD,
    answer_kind,
)

KINDS = {
    THREAT_ONLY: [
        "nothing is online yet, he keeps saying he'll post them",
        "does it count if they only said they would?",
        "she hasn't shared anything yet but she says she will",
        "is it covered if it's just a threat",
        "what if he hasn't shared them but says he will",
        "she says she'll post it if I break up with her, is that covered",
    ],
    PAY: [
        "should I just pay him so it stops",
        "do I have to pay them",
        "if I send him the money will he delete them",
        "should i just pay?",
        "he wants $500, should I give it to him",
        "will it stop if I pay",
    ],
    PRESSURED: [
        "he gets angry when I say no",
        "he keeps asking for pics",
        "my boyfriend won't stop asking for nudes",
        "she's pressuring me to send photos",
        "he says he'll break up with me if I don't send one",
        "my bf said if i loved him i'd send nudes",
        "I don't want to send him nudes but he keeps pushing",
        "do I have to send him pics",
    ],
    IN_TROUBLE: [
        "am I in trouble?",
        "will I get in trouble for sending it",
        "can the police charge me",
        "is this my fault",
        "am I going to jail",
    ],
    WHO_IS_TOLD: [
        "will you tell my mom?",
        "are you going to tell my dad about this",
        "do my parents have to know",
        "I don't want my dad to find out, do I have to go to the cops",
        "does the lawyer have to tell my parents",
        "can my parents see this",
        "no i mean will YOU tell her. like this chat",  # round 30 p15
    ],
    NO_ONE_TO_TELL: [
        "I can't tell my parents, who can I talk to",
        "I have no one to talk to",
        "i'm too scared to tell my mom",
        "i dont want my mom to find out who can help me",
        "who can I talk to that isn't my parents",
        "a grown-up I could talk to who isn't my mom?",
        "is there an adult to talk to, but not my dad",
        "someone other than my parents to talk to",
        "i need a grownup besides my mum",
    ],
    CHILD_ASKED: [
        "a man online keeps asking my 11-year-old cousin for photos",
        "some guy is messaging my daughter asking for nudes",
        "an adult keeps pressuring my 13 year old son to send pictures",
        "someone on roblox asked my little sister for pics",
        "my daughter is 13 and a guy on snapchat wants her to send nudes",
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
        "is it illegal for him to post my pics",  # the law, about him
        "he posted my nudes",
        "he says pay or he'll post them",  # blackmail: the sextortion answer
        "he just said he'll send them to my family unless i pay",
        "I'm 16 and my coach keeps asking for pics",  # the trust rule answers
        "will anyone find out",  # the confidentiality answer
        "a girl on discord wants gift cards or she'll leak my pics",
        "suppose a teacher asked a student to send pics, could they consent",
        "im afraid to tell the police",
        "what happens after I call",
        "can I bring my mom on the call",
        "my son wants to send pics to his gf",
        "my son asked how to delete his pics",
        "do I have to send the pics to the lawyer",
        "she says it's my fault because I never told her not to post it",  # reported blame
        "he threatened me with a knife years ago, now he's posting my pics, can I still apply",
    ],
)
def test_near_misses_keep_the_classifiers_answer(text):
    assert answer_kind(text, "nlu_fallback") is None


def test_his_jail_asked_in_the_laws_topic_keeps_the_laws_answer():
    # Read as the law, the crime answer stays; read by no topic, what can happen to him
    # (assistant/answer_kinds_what_happens.py), never the young person's "am I in trouble".
    assert answer_kind("can he go to jail for posting my pics", "ask_is_it_crime") is None
    assert answer_kind("can he go to jail for posting my pics", "nlu_fallback") == (
        "consequences_for_them"
    )


def test_no_threats_is_not_a_threat():
    assert answer_kind("no threats and nothing shared", "nlu_fallback") is None


def test_a_threat_of_violence_is_never_a_threat_only_answer():
    text = "he threatened to hurt me, nothing is posted yet"
    assert answer_kind(text, "inform_threatened") is None


@pytest.mark.parametrize("intent", ["crisis", "immediate_danger", "delete_conversation"])
def test_the_safety_net_and_moves_keep_their_intent(intent):
    assert answer_kind("should I just pay him so it stops", intent) is None


def test_a_pay_question_read_as_stop_is_the_question():
    # "so it stops" is no request to end the form (tests/unit/test_urgent_questions.py).
    assert answer_kind("should I just pay him so it stops", "stop") == PAY
    assert answer_kind("stop asking me", "stop") is None


def test_a_threat_asked_with_a_check_or_blackmail_keeps_that_answer():
    text = "he only threatened, do I qualify"
    assert answer_kind(text, "ask_who_qualifies") == THREAT_ONLY
    assert answer_kind(text, "check_eligibility") is None
    assert answer_kind("he only threatened to post them", "sextortion") is None


def test_paying_and_a_child_asked_come_before_the_blackmail_answer():
    assert answer_kind("should i pay him so he deletes them", "sextortion") == PAY
    text = "a man keeps asking my 12 year old niece for photos"
    assert answer_kind(text, "check_age_rules") == CHILD_ASKED


def test_payloads_and_empty_messages_are_not_read():
    assert answer_kind("/sextortion", None) is None
    assert answer_kind("", None) is None
