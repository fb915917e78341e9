"""An adult now speaking of when they were under 18 (assistant/age_now.py, issue 16): the age
now is not the age in the images, and no "tell a safe adult" as if to a child."""

from __future__ import annotations

import pytest

from assistant import helper_reading as hr
from assistant.age_now import adult_now, adult_now_young_then, age_now
from assistant.answer_kinds import answer_kind
from assistant.helper_context import writer_is_minor


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("I'm 18 now, it was when I was 17", 18),
        ("i was 16 then, im 21 now", 21),
        ("now i'm 19 but back in high school he took them", 19),
        ("i just turned 18", 18),
        ("I'm an adult now", hr.ADULT_AGE),
        ("im 15 now", 15),
        ("I was 17 when he took them", None),
    ],
)
def test_age_now(text, now):
    assert age_now(text) == now


@pytest.mark.parametrize(
    "text",
    [
        "I'm 18 now, it was when I was 17",
        "this happened when i was 16, im 21 now",
        "i turned 18 last month, it was when i was 17",
        "I'm an adult now but I was 15 then",
    ],
)
def test_adult_now_young_then_gets_the_answer_for_images_taken_under_18(text):
    assert adult_now_young_then(text)
    assert answer_kind(text) == hr.TAKEN_UNDER_18


@pytest.mark.parametrize(
    "text", ["I am 18 now", "im 16 now and it was when i was 15", "when I was 17 he took them"]
)
def test_not_both(text):
    assert not adult_now_young_then(text)


def test_an_adult_now_is_not_read_as_a_minor_writer():
    assert not writer_is_minor(["i was 17 then, i am 18 now"])
    assert not writer_is_minor(["I'm 19 now. when i was 16 he got pics"])
    assert writer_is_minor(["im 16"])
    assert adult_now("i'm 20 now") and not adult_now("i'm 16 now")
