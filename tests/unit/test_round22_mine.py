"""Session 21, after round 22: StopNCII before posting, men in a two-part question, "one more
question" (assistant/removal_tools.py, question_parts.py, answer_kinds.py)."""

from __future__ import annotations

import pytest

from assistant import answer_kinds, question_parts, removal_tools


@pytest.mark.parametrize(
    "text",
    [
        "can I use StopNCII now before they post? I'm 33",
        "does stopncii work if he hasn't posted it yet",
        "can stop ncii prevent him from sharing them",
    ],
)
def test_stopncii_before_posting(text):
    assert removal_tools.stopncii_before_posting(text, [], None, []) == removal_tools.ANSWER


def test_stopncii_before_posting_not_for_a_young_writer_nor_twice():
    text = "can i use stopncii before he posts"
    assert removal_tools.stopncii_before_posting(text, ["im 15"], None, []) is None
    assert removal_tools.stopncii_before_posting(text, [], None, removal_tools.ANSWER) is None


@pytest.mark.parametrize("text", ["what is stopncii", "how do i use stopncii"])
def test_stopncii_other_questions_left_alone(text):
    assert removal_tools.stopncii_before_posting(text, [], None, []) is None


def _gender_part():
    return next(part for part in question_parts.PARTS if part.name == "any_gender")


@pytest.mark.parametrize(
    "text",
    ["does this apply to men?", "do you help guys too", "is it for trans people", "men too?"],
)
def test_gender_part_read(text):
    assert _gender_part().asks.search(text)


@pytest.mark.parametrize("text", ["my ex is a man", "how much does it cost", "he is a guy i met"])
def test_gender_part_not_read(text):
    assert not _gender_part().asks.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "oh wait, yes actually one more question",
        "one more question",
        "i have a question",
        "another question please",
        "wait one more thing",
    ],
)
def test_one_more_question_is_an_invitation(text):
    assert answer_kinds._MORE_QUESTION.search(text)


@pytest.mark.parametrize(
    "text", ["no more questions", "stop", "i have a question about the tribunal", "thats all"]
)
def test_not_one_more_question(text):
    assert not answer_kinds._MORE_QUESTION.search(text)


@pytest.mark.parametrize(
    "earlier, text",
    [
        (
            [],
            "my ex is posting pics of me from when i was 16. im 18 now. which one do i use "
            "stopncii or take it down",
        ),
        (["the pics are from when i was 15"], "can i use stopncii before he posts them"),
        ([], "im 18 now, can stopncii stop them before they post, they were taken at 17"),
        ([], "can i use stopncii now"),
    ],
)
def test_stopncii_left_to_the_older_readers(earlier, text):
    assert removal_tools.stopncii_before_posting(text, earlier, None, []) is None
