"""Round 13 kinds fixed after its one measurement (tests/simulated-users/2026-12-04-round13/):
whether the one who shared will be charged, and "I just want him to stop asking" (someone
else to stop, never this chat). Wordings are not the transcripts'."""

from __future__ import annotations

import pytest

from assistant.answer_kinds_sources import OTHERS_IN_TROUBLE
from assistant.move_words import stop_is_about_something_else
from assistant.sharer_charged import SHARER_CHARGED, sharer_charged_kind

ADULT_SHARED = ["my ex posted my nudes on reddit"]
SON_SHARED = ["my 15 yr old son sent a girl's nude around his school"]


@pytest.mark.parametrize(
    "text",
    ["will he go to jail for this", "can the police arrest him", "is my ex going to get charged"],
)
def test_an_adult_sharer_charged_gets_the_sharers_answer(text):
    assert sharer_charged_kind(text, ADULT_SHARED) == SHARER_CHARGED


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (SON_SHARED, "is he going to be charged? will he have a record?"),
        (["her boyfriend who is 16 posted her pic"], "will the boyfriend be charged"),
    ],
)  # fmt: skip
def test_a_young_sharer_gets_the_young_peoples_answer(earlier, text):
    assert sharer_charged_kind(text, earlier) == OTHERS_IN_TROUBLE


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (ADULT_SHARED, "am i going to be charged"),
        ([], "will he be charged"),
        (["i sent a pic to my bf"], "will he be charged"),
        (["a boy shared my daughter's nude"], "is she in trouble, she sent it to him herself"),
    ],
)
def test_not_the_sharer(earlier, text):
    assert sharer_charged_kind(text, earlier) is None


@pytest.mark.parametrize(
    "text",
    [
        "i just want him to stop asking. idk who to talk to",
        "how do i get her to stop messaging me",
        "i need my ex to stop",
    ],
)
def test_someone_else_to_stop_is_not_a_stop(text):
    assert stop_is_about_something_else(text)


@pytest.mark.parametrize("text", ["stop asking me questions", "i want you to stop"])
def test_this_chat_to_stop_still_stops(text):
    assert not stop_is_about_something_else(text)


@pytest.mark.parametrize(
    ("earlier", "text", "expected"),
    [
        (["my daughter sent a boy's picture to her group chat"], "she's 15. could she be arrested?",
         OTHERS_IN_TROUBLE),
        ([], "my son did the sharing. he's 16. is he going to be charged?", OTHERS_IN_TROUBLE),
        (["my 15 year old's pic was shared by a 30 year old man"], "will he be charged",
         SHARER_CHARGED),
    ],
)  # fmt: skip
def test_the_sharers_age_decides_the_answer(earlier, text, expected):
    assert sharer_charged_kind(text, earlier) == expected


def test_the_writers_own_trouble_is_not_the_sharers():
    text = "a boy at my school sent around a pic i sent him, im 13, am i gonna be in trouble"
    assert sharer_charged_kind(text, []) is None
