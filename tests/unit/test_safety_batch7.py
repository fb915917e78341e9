"""Kinds found by fresh safety batch 7 (issue 14), tested in other wordings than the batch's
(the batch itself stays in tests/data/unseen/2026-12-03-batch7 and the regression sets)."""

import pytest

from assistant.nlu.crisis_guard import guard_decision
from assistant.safety import (
    CRISIS,
    FIGURE,
    HYPOTHETICAL,
    IMMEDIATE_DANGER,
    read_safety,
    says_safe,
)


@pytest.mark.parametrize(
    "text",
    [
        # Other languages.
        "no quiero vivir mas, mi ex subio mis fotos",
        "me voy a matar, no puedo mas",
        "tengo todas las pastillas y me las voy a tomar",
        "je veux mourir, tout le monde a vu la video",
        "je vais me suicider ce soir",
        "ich will sterben, alle haben die bilder gesehen",
        "main khudkushi kar lena chahunda",
        # The means in hand, now.
        "crushed up all my moms meds and im going to drink it",
        "saved up my pills for weeks, gonna take them all after school",
        "i have the blade in my hand rn",
        "please talk me down",
        "someone help me not do it",
        "as a pharmacist i know exactly which dose would do it",
        "the cut is deep and the bleeding wont stop",
        "sitting out on my bedroom window ledge, 6th floor",
        "if those pics go up tomorrow im jumping",
        "honestly so done with living",
        "alright im gonna do it now. goodbye everyone",
        "my brother just called me saying hes going to hang himself",
        "im checking out for good tonight",
        "i dont wanna be here anymore",
    ],
)
def test_crisis_kinds_are_clear(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear and reading.intent == CRISIS, reading


@pytest.mark.parametrize(
    "text",
    [
        "a guy has been walking behind me since the station",
        "theres a car followin me rn",
        "he is holding a knife against my neck",
        "my boyfriend has the gun and he is pointing it at me",
        "hes standing over me yelling",
    ],
)
def test_danger_kinds_are_clear_danger(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear and reading.intent == IMMEDIATE_DANGER, reading


@pytest.mark.parametrize(
    "text",
    [
        "i already decided who gets my bike and my clothes",
        "i gave my cat away to my neighbour this week",
        "left my passwords with my best friend so she can delete my accounts",
        "please make sure my dog gets walked",
        "im not coming home again",
        "i wrote my goodbye message but i havent sent it",
        "i finally made my decision and i feel at peace",
        "nothing left for me here",
        "can my sister get the lawyer? asking cause i wont be around",
        "thanks for trying to help me",
        "i got everything in order now",
    ],
)
def test_putting_affairs_in_order_is_a_possible_crisis(text):
    reading = read_safety(text)
    assert reading is not None and not reading.clear and reading.intent == CRISIS, reading


def test_a_reported_threat_to_hit_again_is_a_possible_danger():
    reading = read_safety("she says shell hit me again if i call my mom")
    assert reading is not None and not reading.clear and reading.intent == IMMEDIATE_DANGER


def test_the_person_who_did_it_close_by_is_a_possible_danger():
    reading = read_safety("the guy who leaked my video is sitting next to me on the skytrain")
    assert reading is not None and not reading.clear and reading.intent == IMMEDIATE_DANGER


@pytest.mark.parametrize(
    "text, reason",
    [
        (
            "hypothetically, if a person is suicidal over leaked pics, can the lawyer help",
            HYPOTHETICAL,
        ),
        ("in a situation where a client is suicidal, who pays for counselling", HYPOTHETICAL),
        ("if my cousin ever says he wants to die, what line do I give him", HYPOTHETICAL),
        (
            "i want to die when i picture my coworkers seeing it, though i wont act on it",
            HYPOTHETICAL,
        ),
        ("my son said 'im gonna die' but he meant from embarrassment, what can we do", FIGURE),
        ("he threatened to kill himself to make me send more pics, is that a crime", FIGURE),
    ],
)
def test_crisis_words_asked_about_or_disclaimed_get_a_check_in_at_most(text, reason):
    reading = read_safety(text)
    assert reading is not None and not reading.clear and reading.weakened_by == reason, reading


def test_a_hypothetical_that_is_happening_now_stays_clear():
    reading = read_safety("hypothetically speaking, i want to die tonight")
    assert reading is not None and reading.clear


def test_a_stab_in_the_back_is_not_danger():
    assert read_safety("my best friend stabbed me in the back by sending it around") is None


@pytest.mark.parametrize(
    "text",
    [
        "just so you know I'm safe, I only want to know about the tribunal",
        "to be clear i am not in any danger, i just want to understand the law",
        "I'm not afraid for my safety, I want the post down",
    ],
)
def test_saying_one_is_safe_is_heard(text):
    assert says_safe(text)
    ranking = [{"name": "crisis", "confidence": 0.5}, {"name": "ask_crt", "confidence": 0.4}]
    intent, check_in = guard_decision(text, ranking[0], ranking)
    assert check_in is None and intent == {"name": "ask_crt", "confidence": 0.4}


def test_saying_one_is_safe_does_not_hide_what_is_happening_now():
    assert not says_safe("I'm safe for now but he is outside my door")
    intent, check_in = guard_decision(
        "I'm safe for now but he is outside my door",
        {"name": "greet", "confidence": 0.9},
        [{"name": "greet", "confidence": 0.9}],
    )
    assert intent == {"name": IMMEDIATE_DANGER, "confidence": 1.0}


def test_a_sure_classifier_is_still_heard_after_saying_safe():
    ranking = [{"name": "crisis", "confidence": 0.97}]
    intent, check_in = guard_decision("i am safe i guess, whatever", ranking[0], ranking)
    assert intent == {"name": CRISIS, "confidence": 0.97} and check_in is None
