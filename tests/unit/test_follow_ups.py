"""Short follow-ups that lean on the answer before them (assistant/follow_ups.py), and an adult's
own age said with a topic for young people (assistant/adult_age.py). Our own wordings."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import UserUttered

from assistant.adult_age import ADULT_AGE, ADULT_AGE_HOME
from assistant.answer_kinds import answer_kind
from assistant.follow_ups import FOLLOW_UP, follow_up_answer, is_follow_up
from assistant.hypothetical_ages import is_hypothetical_pair
from assistant.policies.interrupt import earlier_topics


@pytest.mark.parametrize(
    "text",
    [
        "and what if it's more than that?",
        "ok and for teens",
        "so what else",
        "how about for minors",
    ],
)
def test_a_follow_up_is_read(text):
    assert answer_kind(text, "nlu_fallback") == FOLLOW_UP


@pytest.mark.parametrize(
    "text",
    [
        "and he sent them to my boss",  # a new fact, not a follow-up
        "what about a 15 year old and a 19 year old",  # ages: the age rules' question
        "and thanks for the help",
        "and for a 15 yr old?",
        "what else counts as an intimate image, like is underwear included or only nudes",
    ],
)
def test_near_misses_are_no_follow_up(text):
    assert not is_follow_up(text)


def test_the_latest_topic_decides_and_a_topic_without_a_next_step_gives_none():
    assert follow_up_answer(["ask_service", "ask_crt", "nlu_fallback"]) == ["utter_crt_courts"]
    assert follow_up_answer(["ask_crt", "ask_consent"]) is None
    assert follow_up_answer([]) is None


def test_earlier_topics_prefer_the_mark_and_leave_out_the_latest_message():
    events = [
        UserUttered(
            "x", intent={"name": "sextortion"}, parse_data={"direct_answer": "sextortion_pay"}
        ),
        UserUttered("y", intent={"name": "ask_police"}),
        UserUttered("and for teens", intent={"name": "nlu_fallback"}),
    ]
    assert earlier_topics(events) == ["sextortion_pay", "ask_police"]


@pytest.mark.parametrize(
    "text,intent,kind",
    [
        ("they were taken when i was about 30", "ask_under_18_images", ADULT_AGE),
        ("i'm 41 and i live in Kelowna", "youth_disclosure", ADULT_AGE_HOME),
        ("i was 22 back then", "nlu_fallback", ADULT_AGE),
    ],
)
def test_an_adults_own_age_never_gets_the_youth_answer(text, intent, kind):
    assert answer_kind(text, intent) == kind


@pytest.mark.parametrize(
    "text,intent",
    [
        ("i'm 16 and he shared my pics", "youth_disclosure"),  # a young person
        ("i'm 25, is the age of consent 16", "ask_age_of_consent"),  # not a youth topic
        ("my son is 19 and his gf is 15", "ask_under_18_images"),  # other people's ages
    ],
)
def test_no_adult_age_answer(text, intent):
    assert answer_kind(text, intent) not in {ADULT_AGE, ADULT_AGE_HOME}


@pytest.mark.parametrize(
    "text,hypothetical",
    [
        ("is it legal for a 12 and a 15 year old", True),
        ("ok and how about a 16 yr old and a 23 yr old", True),
        ("my son is 15 and his gf is a 17 year old", False),  # someone's relationship
        ("i'm 14 and he's 18", False),
        ("is 16 the age of consent", False),
    ],
)
def test_a_general_question_about_two_ages(text, hypothetical):
    assert is_hypothetical_pair(text) is hypothetical


def test_a_general_pair_is_answered_without_the_trust_question():
    from assistant.age_answers import TRUST, Turn, read_trust

    turn = Turn(intent="check_age_rules", text="a 13 and a 15 year old?", activating=True)
    assert read_trust(turn) == {TRUST: "unsure"}
