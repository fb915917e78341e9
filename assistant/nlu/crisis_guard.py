"""NLU safety net: crisis and danger wording overrides the predicted intent.

Runs after the classifiers and the FallbackClassifier, so a crisis message with a low or
wrong intent (or turned into nlu_fallback) is still answered as crisis. Patterns come from
content/safety.yml through assistant.safety; they are read when the model loads.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from assistant.nlu.intent_override import IntentOverride, override_intent
from assistant.safety import CRISIS, IMMEDIATE_DANGER, safety_intent

SAFETY_INTENTS = (CRISIS, IMMEDIATE_DANGER)
# When the classifier is unsure between two intents and one of these is among them, the
# safety answer is the better guess: "I'm 15 and he shared my pics" gets the youth path.
PROTECTIVE_INTENTS = ("sextortion", "youth_disclosure")
PROTECTIVE_MIN_CONFIDENCE = 0.25


def guarded_intent(text: str, intent: dict | None, ranking: list[dict]) -> dict | None:
    """The intent to use instead of the predicted one, or None to keep it.

    Pattern matches always win. When the FallbackClassifier replaced a safety intent that
    the classifier ranked first, that intent is restored: a crisis must never be a fallback.
    A protective intent among the top two of a fallback is chosen too.
    """
    matched = safety_intent(text)
    if matched:
        return {"name": matched, "confidence": 1.0}
    if not intent or intent.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME:
        return None
    classified = [item for item in ranking if item.get("name") != intent["name"]]
    if classified and classified[0].get("name") in SAFETY_INTENTS:
        return {"name": classified[0]["name"], "confidence": classified[0]["confidence"]}
    for item in classified[:2]:
        if (
            item.get("name") in PROTECTIVE_INTENTS
            and item.get("confidence", 0) >= PROTECTIVE_MIN_CONFIDENCE
        ):
            return {"name": item["name"], "confidence": item["confidence"]}
    return None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisGuard(IntentOverride):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            override = guarded_intent(
                message.get(TEXT) or "", message.get(INTENT), message.get(INTENT_RANKING_KEY) or []
            )
            if override:
                override_intent(message, override)
        return messages
