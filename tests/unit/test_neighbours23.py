"""Round 22 kind 1 (neighbours23): a plain follow-up gets its own answer, not a neighbouring
topic's block. Wordings are mine (texting, typos, ESL, long letters)."""

from __future__ import annotations

import pytest

from assistant import fear_reading
from assistant import neighbours23 as n

CAMERA = ["found a hidden cam in the washroom of my suite, i rent from the landlord upstairs"]
PRINTED = ["my ex printed pics of me and stuck them on the bulletin board at the gym"]
SHARED = ["my ex sent my video to his whole hockey team"]
YOUNG_THREAT = ["im 15 and my ex says hes gonna post my nudes if i dont get back with him"]
SISTER = ["a guy on snap keeps asking my little sister (11) for pics. im her big sister"]
FRIEND = ["my best friends pics got passed around at school. shes 15"]


@pytest.mark.parametrize(
    "text",
    [
        "i dont feel safe here anymore. can i break my lease because of this??",
        "im not safe living below him, am i allowed to move out early or will i owe rent",
        "I don't feel safe in my home. Can I end my tenancy early after this?",
    ],
)
def test_lease(text: str) -> None:
    assert n.follow_up(text, CAMERA, []) == n.LEASE


def test_lease_without_fear_keeps_its_readers() -> None:
    assert n.follow_up("can i break my lease because of this??", CAMERA, []) is None


def test_leave_the_camera_not_read() -> None:
    text = "should i rip it out or leave it there for the cops?"
    assert n.follow_up(text, CAMERA, []) is None


def test_lease_again_is_short() -> None:
    text = "i dont feel safe. my question is about my lease, can i end it"
    again = n.follow_up(text, CAMERA, n.LEASE)
    assert again == ["utter_lease_again"]


@pytest.mark.parametrize(
    "text",
    [
        "the owner took the copies down. do i keep one as proof or ask for them back?",
        "what am i supposed to do with the printouts now",
        "should i get them back or leave them with her?",
        "Should I keep a copy for evidence?",
    ],
)
def test_printed(text: str) -> None:
    assert n.follow_up(text, PRINTED, []) == n.PRINTED


def test_printed_other_wordings_keep_their_readers() -> None:
    text = "theyre paper. should i keep them or throw them out?"
    assert n.follow_up(text, PRINTED, []) is None


def test_printed_again_is_short() -> None:
    text = "no i mean what do i do with the actual printouts"
    assert n.follow_up(text, PRINTED, n.PRINTED) == ["utter_printed_evidence_again"]


@pytest.mark.parametrize(
    "text",
    [
        "how can i make sure he doesnt send it to anybody else",
        "is there a way to stop him sharing it with more people?",
        "how do i keep him from posting it again",
        "what can i do so he doesnt show it to anyone else",
    ],
)
def test_stop_sending(text: str) -> None:
    assert n.follow_up(text, SHARED, []) == n.STOP_SENDING


def test_stop_sending_not_twice() -> None:
    text = "i want to stop him sending it to more people. what can i do?"
    assert n.follow_up(text, SHARED, n.STOP_SENDING) is None


@pytest.mark.parametrize(
    "text",
    [
        "im 16. how do i find out if its going around?",
        "i'm 14, how would i even know if it's getting around my school",
        "how can i check if its circulating? im 17",
    ],
)
def test_going_around_young(text: str) -> None:
    assert n.follow_up(text, ["kids at school keep looking at me weird"], []) == n.FIND_OUT_YOUNG


def test_going_around_adult() -> None:
    text = "how would i know if its being passed around at work"
    assert n.follow_up(text, ["i'm 34, my ex might have shared a pic"], []) == n.FIND_OUT


@pytest.mark.parametrize(
    "text",
    [
        "can i make him stop without my mom finding out",
        "is there a restraining order or smth for this",
        "how do i get him to leave me alone, hes texting me nonstop",
        "can i legally make him stop threatening me?",
    ],
)
def test_young_make_stop(text: str) -> None:
    assert n.follow_up(text, YOUNG_THREAT, []) == n.YOUNG_STOP


def test_young_make_stop_again() -> None:
    text = "so is there a protection order thing or not?"
    assert n.follow_up(text, YOUNG_THREAT, n.YOUNG_STOP) == ["utter_young_make_stop_again"]


def test_third_time_left_to_others() -> None:
    text = "so theres no restraining order for this?"
    assert n.follow_up(text, YOUNG_THREAT, ["utter_young_make_stop_again"]) is None


def test_adult_restraining_order_not_read() -> None:
    adult = ["im 29 and my ex says hes gonna post my nudes"]
    assert n.follow_up("can i get a restraining order?", adult, []) is None


@pytest.mark.parametrize(
    "text",
    [
        "should i tell our parents or let her tell them? she made me promise not to",
        "do i tell my mom and dad even tho she begged me not to",
        "Should I tell them (our parents)? She is scared they will be mad.",
    ],
)
def test_tell_parents(text: str) -> None:
    assert n.follow_up(text, SISTER, []) == n.TELL_PARENTS


def test_tell_parents_again() -> None:
    text = "i mean should i tell our parents, she asked me to keep it secret"
    assert n.follow_up(text, SISTER, n.TELL_PARENTS) == ["utter_child_tell_parents_again"]


def test_parent_writing_not_read() -> None:
    mine = ["my daughter is 13, a boy asked her for pics. my brother knows"]
    assert n.follow_up("should i tell her dad?", mine, []) is None


@pytest.mark.parametrize(
    "text",
    [
        "should we tell a teacher or something",
        "shud i talk to the school counselor about it?",
        "can we go to the principal?",
    ],
)
def test_tell_teacher(text: str) -> None:
    assert n.follow_up(text, FRIEND, []) == n.TELL_TEACHER


def test_teacher_consequence_not_read() -> None:
    text = "if i tell a teacher will he get in trouble?"
    assert n.follow_up(text, FRIEND, []) is None


@pytest.mark.parametrize(
    "text",
    ["what i do if he come to my house", "what should i do if she shows up at my work"],
)
def test_fear_esl(text: str) -> None:
    assert fear_reading.fears_the_person(text)


def test_first_message_not_read() -> None:
    assert n.follow_up("should we tell a teacher", [], []) is None
