"""A helper asking whether the young person they help, the one it was done to, will be in
trouble gets the victim's answer, not the answer about young people who shared (issue 16,
simulated users round 3). Our own wordings."""

import pytest

from assistant.answer_kinds import answer_kind
from assistant.answer_kinds_sources import CHILD_IN_TROUBLE, OTHERS_IN_TROUBLE


@pytest.mark.parametrize(
    "text",
    [
        "is my daughter going to be charged for sending that photo",
        "could my nephew get a criminal record for sending a pic of himself",
        "can a 14 year old be arrested for taking a nude of herself? asking for my student",
        "he is being sextorted, will he get in trouble with the police",
        "my son is scared he'll be in trouble, he's the victim here",
    ],
)
def test_a_helpers_question_about_the_child_gets_the_victims_answer(text):
    assert answer_kind(text, "inform") == CHILD_IN_TROUBLE


@pytest.mark.parametrize(
    "text",
    [
        "will the grade 10 boys who passed it around get charged",
        "what happens to the teens who made the fake",
    ],
)
def test_young_people_who_shared_it_keep_their_own_answer(text):
    assert answer_kind(text, "inform") == OTHERS_IN_TROUBLE


def test_the_writers_own_fear_keeps_the_youth_answer():
    assert answer_kind("will i get in trouble for sending it", "inform") == "youth_in_trouble"
