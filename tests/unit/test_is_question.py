"""One reading of "is this a question?" for asks23, asks25 and limits25."""

import pytest

from assistant import asks23, asks25, limits25
from assistant.is_question import is_question


@pytest.mark.parametrize(
    "text",
    [
        "can he go to jail?",
        "ok so can he still post them",
        "wait, did i mess up",
        "am i in trouble",
        "is it illegal or not",
        "i want to know what happens next",
        "just give me a straight answer",
        "thanks. which site takes them down",
        "i blocked him, was that wrong",
    ],
)
def test_questions_are_read_as_questions(text):
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "my ex posted my pictures",
        "he keeps messaging me",
        "i live in kelowna",
        "thank you so much",
    ],
)
def test_statements_are_not_questions(text):
    assert not is_question(text)


def test_the_three_readers_no_longer_keep_their_own_copy():
    for module in (asks23, asks25, limits25):
        assert not hasattr(module, "_ASKS")
        assert module.is_question is is_question
