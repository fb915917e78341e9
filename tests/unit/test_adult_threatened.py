"""An adult's own age with a threat or a sharing, read by the classifier as the age check
(issue 16: "I'm 34 and my ex has been threatening to share our videos" was asked the other
person's age): the threats answer or what to do now, never the age rules' questions."""

import pytest

from assistant.adult_age import ADULT_SHARED, ADULT_THREATENED, adult_threatened_kind
from assistant.answer_kinds import answer_kind
from assistant.policies.interrupt import DEFAULT_DIRECT_ANSWERS

AGE_CHECK = "check_age_rules"


@pytest.mark.parametrize(
    "text",
    [
        "i'm 29 and my ex keeps saying he'll put our sex tape online",
        "I am 45. My former partner threatens to send my photos to my family",
        "im 19 and she said she's going to leak my nudes",
    ],
)
def test_an_adult_threatened_gets_the_threats_answer(text):
    assert adult_threatened_kind(text.lower(), AGE_CHECK) == ADULT_THREATENED
    assert answer_kind(text, AGE_CHECK) == ADULT_THREATENED
    assert DEFAULT_DIRECT_ANSWERS[ADULT_THREATENED] == [
        "utter_threats_covered",
        "utter_threats_routes",
    ]


def test_an_adult_whose_images_were_shared_gets_what_to_do_now():
    assert answer_kind("I'm 31 and my ex put my nudes on reddit", AGE_CHECK) == ADULT_SHARED
    assert DEFAULT_DIRECT_ANSWERS[ADULT_SHARED] == ["action_shared_next"]


@pytest.mark.parametrize(
    "text",
    [
        # Young people keep the age check and its youth answers.
        "im 15 and he's 19, he keeps threatening to post my pics",
        "i'm 16 and my ex shared my nudes",
        # Another age, or an age in the images: the age rules are the question.
        "im 30 and shes 17, can she send me pics",
        "im 20, my ex shared a video of us, i was 16 in it",
        # A demand for money is blackmail: its own answer.
        "I'm 40, he says he'll send my pics to my boss unless I pay",
    ],
)
def test_other_age_questions_are_left_alone(text):
    assert adult_threatened_kind(text.lower(), AGE_CHECK) is None


def test_only_the_age_checks_topic_is_read():
    assert adult_threatened_kind("i'm 29 and my ex says he'll post our video", "sextortion") is None
