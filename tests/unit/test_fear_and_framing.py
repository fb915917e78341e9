"""Fear of the person mid-conversation, helper vs victim framing, and a greeting in front of a
real message (issue 16, helper h9a). Our own wordings; the plain functions only."""

from __future__ import annotations

import pytest

from assistant import fear_reading as fear
from assistant import writer_framing as framing
from assistant.answer_kinds import CHILD_ASKED, IN_TROUBLE, answer_kind
from assistant.greeting_message import intent_after_greeting, real_message_after_greeting

# --- kind 1: fear of the person ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "he knows where my mum lives and I'm scared",
        "I don't feel safe",
        "honestly i dont feel safe at all",
        "what do I do tonight if he turns up",
        "what should i do if she shows up at my work",
        "what if he comes to my house",
        "I'm scared of him, he's been violent before",
        "im terrified hes going to come after me",
        "she found out where I work",
        "i'm afraid to go home",
        "I'm scared for my safety",
        "he hit me before",
        "i feel unsafe in my own apartment",
    ],
)
def test_fear_of_the_person_is_read(text):
    assert fear.fears_the_person(text)
    assert answer_kind(text, "nlu_fallback") == fear.FEAR


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared he posts them tonight",  # fear of sharing: the threats topic
        "I'm scared of him posting my pics",
        "i'm afraid everyone at school will see",
        "is it safe to use this chat",
        "what if he shares it again",
        "he knows my password",
        "I'm scared to go to school, everyone saw it",
        "i'm worried he'll find out i called you",
        "I'm afraid she'll hurt herself",
        "I don't feel safe posting anything online anymore",
        "he knows where i live and says he'll send my pics to my parents",
    ],
)
def test_fear_of_sharing_and_other_words_are_not_fear_of_the_person(text):
    assert not fear.fears_the_person(text)


def test_fear_said_again_right_after_gets_the_short_answer():
    assert fear.fear_in_context(fear.FEAR, "i still don't feel safe", ["utter_fear_safety"]) == (
        fear.FEAR_AGAIN
    )
    assert fear.fear_in_context(fear.FEAR, "I don't feel safe", ["utter_greet"]) == fear.FEAR


@pytest.mark.parametrize(
    "previous", [["utter_fear_safety", "utter_fear_safety_next"], ["utter_crisis_checkin"]]
)
@pytest.mark.parametrize("text", ["who do I call?", "who should i phone", "who can help me"])
def test_who_to_call_right_after_fear_is_the_safety_contacts(previous, text):
    assert fear.fear_in_context("contact_lawyer_kind", text, previous) == fear.FEAR_CONTACTS


def test_who_to_call_without_fear_before_keeps_its_answer():
    assert fear.fear_in_context(None, "who do I call?", ["utter_crt"]) is None


def test_possible_danger_inside_a_form_gets_the_safety_answer():
    assert fear.fear_in_context(None, "he is messaging my sister", [], True, True) == fear.FEAR
    # Outside a form the check-in and the classifier's answer stay as they were.
    assert fear.fear_in_context(None, "he is messaging my sister", [], True, False) is None


def test_every_fear_kind_has_an_answer():
    assert set(fear.ANSWERS) == fear.KINDS


# --- kind 2: helper vs victim -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm 14, I sent pics to a girl in my class and now I'm scared I'm going to jail",
        "im 15 and i sent a video to a boy in my grade, am i gonna go to juvie",
        "i sent nudes to my bf, will i get a criminal record",
    ],
)
def test_a_young_persons_own_fear_of_jail_is_their_own_trouble(text):
    assert framing.fears_own_trouble(text)
    assert answer_kind(text, "nlu_fallback") == IN_TROUBLE


@pytest.mark.parametrize(
    "text",
    [
        "a boy in my class asked for my nudes, im 13",
        "i'm 15, a girl from my school wants pics of me",
        "I'm 12 and a kid in my grade keeps asking me to send photos",
    ],
)
def test_a_young_persons_own_case_is_never_answered_as_a_helpers(text):
    assert framing.writes_of_own_case(text)
    assert answer_kind(text, "youth_disclosure") not in {
        CHILD_ASKED,
        "child_asked_by_person_of_trust",
        "helper_for_minor",
    }


@pytest.mark.parametrize(
    "text",
    [
        "my cousin is 11 and some guy on a game keeps asking her for pictures",
        "my little sister is 9 and someone on roblox wants her to send photos of herself",
        "my granddaughter is 13 and a man online wants her to send photos",
    ],
)
def test_a_relative_telling_of_a_child_gets_the_helpers_answer(text):
    assert not framing.writes_of_own_case(text)
    assert answer_kind(text, "check_age_rules") in {CHILD_ASKED, "child_asked_by_person_of_trust"}


@pytest.mark.parametrize(
    "text",
    [
        "I'm a school counsellor and one of my students, 13, is being sextorted",
        "im her aunt, she is 12 and a man is asking her for nudes",
        "my 15 year old showed me that a guy wants her pics",
    ],
)
def test_a_helper_who_gives_the_childs_age_is_still_a_helper(text):
    assert not framing.writes_of_own_case(text)


@pytest.mark.parametrize(
    "text",
    [
        "thanks, she'll call them tomorrow",
        "ok I'll tell him to phone",
        "ok thank you, mum will call cybertip tomorrow",
        "great, we'll ring them in the morning",
        "I'll let her know, thanks",
    ],
)
def test_a_helpers_next_step_said_as_a_close(text):
    assert framing.helper_closing(text)
    assert framing.helper_kind_in_context(None, "thank", text, True) == framing.HELPER_CLOSE


@pytest.mark.parametrize(
    "text",
    [
        "will she call me back?",
        "he'll text the pics to her friends",
        "how do we call them",
        "thanks",
    ],
)
def test_questions_threats_and_plain_thanks_are_no_helpers_close(text):
    assert not framing.helper_closing(text)


def test_the_close_is_only_for_a_helper():
    assert framing.helper_kind_in_context(None, "thank", "ok she'll call tomorrow", False) is None


def test_a_helpers_do_i_qualify_is_who_the_service_is_for():
    kind = framing.helper_kind_in_context(None, "check_eligibility", "do I qualify", True)
    assert kind == framing.HELPER_ELIGIBILITY
    assert framing.helper_kind_in_context(None, "check_eligibility", "do I qualify", False) is None
    # Their own images named: the check is theirs.
    own = "do i qualify, he has my pics too"
    assert framing.helper_kind_in_context(None, "check_eligibility", own, True) is None


# --- kind 3: a greeting in front of a real message -----------------------------------------------

RANKING = [
    {"name": "greet", "confidence": 0.2},
    {"name": "bot_challenge", "confidence": 0.17},
    {"name": "ask_service", "confidence": 0.18},
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello, is this where I ask about my photos being posted", "inform_shared"),
        ("Hi there! my ex says he will post my nudes", "inform_threatened"),
        ("Good evening. I have a question about the free lawyer", "ask_service"),
    ],
)
def test_a_greeting_with_a_real_message_answers_the_message(text, expected):
    for intent in ("nlu_fallback", "greet"):
        assert intent_after_greeting(text, intent, RANKING)["name"] == expected


def test_an_unsure_classifier_gives_the_topics_not_the_welcome():
    ranking = [{"name": "greet", "confidence": 0.3}, {"name": "ask_crt", "confidence": 0.05}]
    answer = intent_after_greeting("hi, my boyfriend did something awful", "greet", ranking)
    assert answer == {"name": "nlu_fallback", "confidence": 1.0}


def test_out_of_scope_is_never_picked_after_a_greeting():
    ranking = [{"name": "out_of_scope", "confidence": 0.3}, {"name": "ask_crt", "confidence": 0.2}]
    answer = intent_after_greeting("hi, my boyfriend did something", "nlu_fallback", ranking)
    assert answer["name"] == "ask_crt"


def test_the_safety_intents_are_never_picked_here():
    ranking = [{"name": "immediate_danger", "confidence": 0.4}]
    answer = intent_after_greeting("hey, my ex is outside with pics", "nlu_fallback", ranking)
    assert answer["name"] not in {"immediate_danger", "crisis"}


@pytest.mark.parametrize(
    "text", ["hello i am new here", "hi", "hey how are you today", "good morning to you all"]
)
def test_a_greeting_with_small_talk_keeps_the_greeting(text):
    assert real_message_after_greeting(text) is None
    assert intent_after_greeting(text, "nlu_fallback", RANKING) is None


def test_an_understood_message_after_a_greeting_keeps_its_intent():
    assert (
        intent_after_greeting("hi, my ex posted my pics online", "inform_shared", RANKING) is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "do I hand the usb to police? I'm afraid to sleep here tonight, he still has a key",
        "my ex kept a spare key to our apartment and I'm freaking out",
    ],
)
def test_afraid_to_stay_or_he_has_a_key_is_fear_of_the_person(text):
    assert fear.fears_the_person(text)


def test_a_key_to_something_else_is_not_fear():
    assert not fear.fears_the_person("he has the key to the storage unit with the photos")


def test_helper_eligibility_carries_the_intake_contacts_in_the_same_message():
    """Issue 16: every eligibility outcome carries its handoff; a helper asking "can she get a
    lawyer for free" is told how to apply, not sent to another click."""
    from assistant.content import value
    from tests.domain_files import responses

    text = responses()["utter_helper_eligibility"][0]["text"]
    for key in ("contacts.intake_phone", "contacts.intake_toll_free", "contacts.intake_email"):
        assert str(value(key)) in text, key
