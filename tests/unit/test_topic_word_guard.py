"""A topic guessed at low confidence without its words falls back (round 26 p15, p19, p29;
assistant/nlu/topic_word_guard.py)."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from assistant.nlu.topic_word_guard import TopicWordGuard, falls_back, read_instead

GUARDED = "ask_sharer_responsibility"


@pytest.mark.parametrize(
    "text",
    [
        "he gets kinda mad when i say no. i still have a shift with him saturday",
        "ok. she says she didnt send him anything. thank you",
        "im not in danger. i just dont want to talk to him about it myself. can someone else "
        "ask him to delete it",
    ],
)
def test_statements_without_the_topics_words_fall_back(text):
    assert falls_back(GUARDED, 0.34, text)


@pytest.mark.parametrize(
    "text",
    [
        "whose job is it to check for consent",
        "is it his responsibility to ask first",
        "who has to make sure there is consent",
        "isn't it on him to get permission?",
        "so it's his fault not mine?",
    ],
)
def test_the_topics_own_questions_keep_it(text):
    assert not falls_back(GUARDED, 0.34, text)


def test_confident_or_other_intents_are_left_alone():
    assert not falls_back(GUARDED, 0.9, "he gets mad when i say no")
    assert not falls_back("ask_consent", 0.3, "he gets mad when i say no")
    assert not falls_back(None, 0.1, "")


def test_the_component_puts_the_fallback_first_and_keeps_the_ranking():
    ranking = [{"name": GUARDED, "confidence": 0.24}, {"name": "ask_crt", "confidence": 0.07}]
    message = Message(
        data={
            TEXT: "he gets kinda mad when i say no",
            INTENT: dict(ranking[0]),
            INTENT_RANKING_KEY: list(ranking),
        }
    )
    TopicWordGuard().process([message])
    assert message.get(INTENT)["name"] == "nlu_fallback"
    names = [item["name"] for item in message.get(INTENT_RANKING_KEY)]
    assert names == ["nlu_fallback", GUARDED, "ask_crt"]


def test_a_message_ending_with_thanks_is_the_thanks():
    assert read_instead("ok. she says she didnt send him anything. thank you") == "thank"
    assert read_instead("got it, thanks!!") == "thank"
    assert read_instead("can someone else ask him to delete it") == "nlu_fallback"
    assert read_instead("thanks but can someone else ask him") == "nlu_fallback"


def test_a_consent_definition_with_both_ages_of_a_young_writer_is_the_age_question():
    # Round 28 (p30): read as "whose job is it to check for consent?" at 0.58.
    from assistant.nlu.topic_word_guard import ages_question

    text = "im 14 he says hes 25. but he says he loves me and its fine"
    assert ages_question("ask_sharer_responsibility", 0.58, text)
    assert ages_question("ask_no_consent", 0.4, "i am 13 and he is 30 but he says its ok")
    # A sure consent question, an adult writer, or only one age: left as it was read.
    assert not ages_question("ask_sharer_responsibility", 0.97, text)
    assert not ages_question("ask_no_consent", 0.4, "im 25 and hes 30, he says its fine")
    assert not ages_question("ask_no_consent", 0.4, "im 14 and he says its fine")
    assert not ages_question("ask_image_removal", 0.4, text)


def test_resume_without_words_of_going_on_falls_back():
    # Round 29 p20: a 12-year-old's first message was read as "resume" at 0.40.
    assert falls_back("resume", 0.40, "someone on roblox keeps asking me for pictures")
    for text in (
        "ok lets keep going",
        "where were we",
        "can we pick up where we left off",
        "back to the questions",
        "continue please",
        "resume",
    ):
        assert not falls_back("resume", 0.40, text)
    assert not falls_back("resume", 0.9, "someone keeps asking me for pictures")
