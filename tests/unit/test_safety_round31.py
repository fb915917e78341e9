"""Everyday words that set off the crisis check in rounds 31-32 (content/safety.yml): a boss
"cutting my shifts", a father asking if his son should "turn himself in". Blanked for the
patterns and the classifier; the same message with real self-harm wording is still a crisis."""

from __future__ import annotations

import pytest

from assistant.safety import read_safety, text_for_classifier, text_for_second_opinion


@pytest.mark.parametrize(
    "text, gone",
    [
        ("he's been cutting my shifts since I said no. can he do that?", "cutting"),
        ("she cut my hours after I refused", "cut"),
        ("I mean for my son. he's the one who did it. should he turn himself in?", "did it"),
        ("should she turn herself in to the police?", "turn herself in"),
    ],
)
def test_everyday_work_and_sharer_words_are_not_a_crisis(text, gone):
    assert read_safety(text) is None
    assert gone not in (text_for_classifier(text) or "")


@pytest.mark.parametrize(
    "text",
    [
        "he cut my hours and i started cutting again",
        "he's the one who did it and i want to kill myself",
        "i've been cutting my arms since he posted them",
    ],
)
def test_real_crisis_words_beside_them_still_count(text):
    reading = read_safety(text)
    assert reading is not None and reading.intent == "crisis"


def test_the_second_opinion_reads_the_message_without_its_everyday_phrases():
    text = "I mean for my son. he's the one who did it. should he turn himself in?"
    assert "did it" not in text_for_second_opinion(text)
    assert "turn himself in" not in text_for_second_opinion(text)
    # a crisis read from the words, or nothing blanked: the message as it is
    for kept in ("he cut my hours and i started cutting again", "should he call me tonight?"):
        assert text_for_second_opinion(kept) == kept
