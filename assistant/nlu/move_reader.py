"""Reads stop, never-mind and delete words in their sentence after the classifier (the rules
are assistant/move_words.py): "how do I stop him from posting" does not end a form, "can I
erase this chat" asks to delete this conversation. The CrisisGuard runs after this and wins.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

from assistant.move_words import reread_intent
from assistant.nlu.intent_override import IntentOverride, override_intent
from assistant.nlu.weakened_wording import original_text
from assistant.safety import GUARD_PREFIX_CHARS
from assistant.situation_fallback import FALLBACK


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class MoveReader(IntentOverride):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name") or ""
            ranking = message.get(INTENT_RANKING_KEY) or []
            pairs = [(item.get("name"), item.get("confidence") or 0.0) for item in ranking]
            text = original_text(message)[:GUARD_PREFIX_CHARS]
            new = reread_intent(intent, text, pairs)
            if new and new != intent:
                # The fallback keeps the weak guess's confidence (its readers treat a sure
                # fallback, 1.0, as gibberish).
                default = (message.get(INTENT) or {}).get("confidence") if new == FALLBACK else 1.0
                confidence = next(
                    (item.get("confidence") for item in ranking if item.get("name") == new),
                    default if default is not None else 1.0,
                )
                override_intent(message, {"name": new, "confidence": confidence})
        return messages
