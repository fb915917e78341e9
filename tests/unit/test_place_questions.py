"""The service asked about for a place outside B.C., and the other person in B.C. said after
(assistant/place_questions.py, session 21)."""

from __future__ import annotations

import pytest

from assistant import place_questions


@pytest.mark.parametrize(
    "text",
    [
        "does this service help people in the yukon",
        "can someone in alberta use this",
        "is this only for bc or can people from ontario use it too",
        "can people from washington state get the free lawyer",
        "is the service available to people in saskatchewan?",
    ],
)
def test_service_asked_for_a_place_outside_bc(text):
    assert place_questions.service_for_place(text) == place_questions.ANSWER


@pytest.mark.parametrize(
    "text",
    [
        "my ex lives in alberta, can i use this",  # someone else's place
        "i live in kelowna. my ex lives in alberta, can i still use this",  # own B.C. home
        "im moving to ontario can i still use it",  # a move: the moving readers
        "does the tribunal work in alberta",  # not the service
        "is there a service like this in ontario",  # services there: another answer
        "can someone in vancouver use this",  # a B.C. place
    ],
)
def test_left_to_other_readers(text):
    assert place_questions.service_for_place(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "what about if the guy lives in bc",
        "so theres nothing in BC i can do even tho hes the one in BC?",
        "the guy who posted it lives in vancouver tho",
        "but my ex is in victoria",
    ],
)
def test_other_person_in_bc_after_an_outside_answer(text):
    previous = ["utter_not_in_bc"]
    assert place_questions.other_person_in_bc(text, previous) == place_questions.OTHER_IN_BC_ANSWER


def test_other_person_in_bc_needs_the_outside_answer_just_before():
    assert place_questions.other_person_in_bc("what about if the guy lives in bc", []) is None
    assert (
        place_questions.other_person_in_bc(
            "what about if the guy lives in bc", ["utter_ask_crt", "utter_who_qualifies"]
        )
        is None
    )


def test_not_twice_in_a_row_and_not_with_a_second_question():
    previous = ["utter_not_in_bc", *place_questions.OTHER_IN_BC_ANSWER]
    assert place_questions.other_person_in_bc("he lives in bc though", previous) is None
    assert (
        place_questions.other_person_in_bc(
            "so theres nothing in BC i can do even tho he's the one in BC? can i make him take "
            "them down",
            ["utter_not_in_bc"],
        )
        is None
    )


def test_own_bc_home_is_not_the_other_person():
    assert place_questions.other_person_in_bc("i live in bc now", ["utter_not_in_bc"]) is None
