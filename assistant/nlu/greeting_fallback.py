"""A greeting and something the classifier did not understand: the greeting's answer; a
greeting and a real message: the message's answer (assistant/greeting_message.py).

The WeakenedWordingEraser takes a leading greeting off what the classifier reads, so that
"Hello, I am writing for my sister, her husband posted her pictures" gets an answer about the
pictures (assistant/courtesy.py). When what follows the greeting is not understood ("hello i
am new here"), the fallback's "Sorry, I'm not sure I understood" is a worse first reply than
the greeting's own, which says what the assistant can do. The safety net runs after this and
still wins.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

from assistant.courtesy import message_after_greeting
from assistant.greeting_message import intent_after_greeting
from assistant.nlu.intent_override import IntentOverride, override_intent
from assistant.nlu.weakened_wording import original_text

GREET = "greet"


def greeting_instead(intent_name: str | None, text: str) -> bool:
    """True when a fallback message started with a greeting that was taken off."""
    return intent_name == DEFAULT_NLU_FALLBACK_INTENT_NAME and bool(message_after_greeting(text))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class GreetingFallback(IntentOverride):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            text = original_text(message)
            answer = intent_after_greeting(
                text, intent.get("name"), message.get(INTENT_RANKING_KEY) or []
            )
            if answer:
                if answer["name"] != intent.get("name"):
                    override_intent(message, answer)
                continue
            if greeting_instead(intent.get("name"), original_text(message)):
                override_intent(message, {"name": GREET, "confidence": intent.get("confidence", 0)})
        return messages
