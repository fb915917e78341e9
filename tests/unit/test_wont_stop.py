""" "He won't stop asking me for nudes" is what someone else keeps doing, not a wish to stop this
conversation (issue 16: words that end a form hijack questions). Found after round 11's merge:
it got "Okay, we'll stop there"."""

import pytest

from assistant.move_words import STOP, reread_intent, stop_is_about_something_else


@pytest.mark.parametrize(
    "text",
    [
        "he won't stop asking me for nudes, im 19",
        "my coach doesnt stop messaging me at night",
        "this guy just wont stop, what do i do",
        "she never stops sending me those messages",
        "he will not stop texting me for pics",
    ],
)
def test_someone_who_wont_stop_is_not_a_stop(text):
    assert stop_is_about_something_else(text)
    ranking = [(STOP, 0.6), ("ask_consent", 0.3)]
    assert reread_intent(STOP, text, ranking) not in {STOP, None}


@pytest.mark.parametrize(
    "text",
    ["stop", "please stop asking", "why won't you stop asking me questions", "stop the questions"],
)
def test_stopping_this_chat_is_still_a_stop(text):
    assert not stop_is_about_something_else(text)


@pytest.mark.parametrize(
    "text",
    [
        "a guy from work keeps asking me for nudes. I'm 27",
        "he won't stop asking me for nudes, im 19",
        "im 31 and my landlord keeps asking me for pics",
    ],
)
@pytest.mark.parametrize("intent", ["youth_disclosure", "ask_under_18_images", "nlu_fallback"])
def test_an_adult_asked_for_images_gets_the_pressure_answer_not_removal(text, intent):
    # The adult's age alone once brought the adults' removal routes (StopNCII) for images
    # nobody had sent.
    from assistant import answer_kinds

    assert answer_kinds.answer_kind(text, intent) == answer_kinds.PRESSURED


def test_an_adult_age_with_images_taken_keeps_the_adults_routes():
    from assistant import answer_kinds

    assert answer_kinds.answer_kind("i was 25 when he took the pics", "youth_disclosure") == (
        answer_kinds.ADULT_AGE
    )
