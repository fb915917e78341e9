"""What the NLU guards share: an untrained component after the classifiers that may replace
the predicted intent, keeping the classifier's ranking behind the new one."""

from __future__ import annotations

from typing import Any

from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

from assistant.nlu.stateless import Stateless


def override_intent(message: Message, intent: dict) -> None:
    """Make `intent` the message's intent and put it first in the ranking (no duplicate)."""
    ranking = [
        item for item in message.get(INTENT_RANKING_KEY) or [] if item.get("name") != intent["name"]
    ]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)


class IntentOverride(Stateless, IntentClassifier):
    """Base of the guards: nothing to train, no settings, runs after an intent classifier."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}
