"""A greeting before something not understood gets the greeting's answer; other fallbacks and
understood messages are left alone."""

from __future__ import annotations

from assistant.nlu.greeting_fallback import greeting_instead


def test_a_greeting_then_something_not_understood_is_a_greeting():
    assert greeting_instead("nlu_fallback", "hello, i am brand new to this site")


def test_an_understood_message_after_a_greeting_keeps_its_intent():
    assert not greeting_instead("ask_consent", "hello, i am writing to ask about consent")


def test_a_fallback_without_a_greeting_stays_a_fallback():
    assert not greeting_instead("nlu_fallback", "purple monkey dishwasher on a tuesday")
    assert not greeting_instead("nlu_fallback", "hi")  # nothing was taken off
