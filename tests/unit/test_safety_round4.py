"""Distress in ordinary words after the first answer (simulated users round 4, issue 16), in
other wordings than the round's: a check-in and the answer, or the crisis reply when clear."""

import asyncio

import pytest

from actions.fallback import ActionSuggestTopics, fallback_buttons
from assistant.safety import CHECK_IN_KEY, CRISIS, read_safety


@pytest.mark.parametrize(
    "text",
    [
        "i cant face anybody at school now",
        "honestly i dont know how much more of it i can handle",
        "i cant keep doing this anymore",
        "if my boss sees it i cant cope with any of this anymore",
    ],
)
def test_distress_in_ordinary_words_is_a_possible_crisis(text):
    reading = read_safety(text)
    assert reading is not None and not reading.clear and reading.intent == CRISIS, reading


def test_not_really_wanting_to_be_here_is_clear():
    reading = read_safety("i dont even want to be here anymore")
    assert reading is not None and reading.clear and reading.intent == CRISIS


@pytest.mark.parametrize(
    "text",
    ["i cant deal with this website, how do i report a post", "i cant face the paperwork alone"],
)
def test_everyday_frustration_is_not_a_crisis(text):
    assert read_safety(text) is None


class _Tracker:
    def __init__(self, latest):
        self.latest_message = latest
        self.events = []


class _Dispatcher:
    def __init__(self):
        self.sent = []

    def utter_message(self, **kwargs):
        self.sent.append(kwargs)


DOMAIN = {
    "responses": {
        "utter_fallback": [{"text": "Sorry...", "buttons": [{"title": "Talk to someone"}]}],
    }
}


def test_after_a_check_in_the_topics_come_without_didnt_understand():
    latest = {
        "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.3}],
        CHECK_IN_KEY: {"intent": "crisis", "reason": "ambiguous wording"},
    }
    dispatcher = _Dispatcher()
    asyncio.run(ActionSuggestTopics().run(dispatcher, _Tracker(latest), DOMAIN))
    assert dispatcher.sent[0]["response"] == "utter_checked_in_topics"
    assert dispatcher.sent[0]["buttons"]


def test_without_a_check_in_the_fallback_is_unchanged():
    latest = {"intent_ranking": [{"name": "nlu_fallback", "confidence": 1.0}]}
    dispatcher = _Dispatcher()
    asyncio.run(ActionSuggestTopics().run(dispatcher, _Tracker(latest), DOMAIN))
    assert dispatcher.sent == [{"response": "utter_fallback"}]
    assert fallback_buttons(DOMAIN) == [{"title": "Talk to someone"}]


@pytest.mark.parametrize(
    "text",
    [
        "im scared hell come to my moms place tonight",
        "i'm afraid he might show up at work tomorrow",
    ],
)
def test_fear_that_he_will_come_is_a_possible_danger(text):
    # Simulated users round 5: a check-in with 9-1-1, never only the form's next question.
    reading = read_safety(text)
    assert reading is not None and not reading.clear and reading.intent == "immediate_danger"
