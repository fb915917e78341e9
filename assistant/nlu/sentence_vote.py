"""The whole message fell back: the topic of a sentence understood alone (assistant/
sentence_vote.py). Runs right after the CrisisGuard: acts only on a message that still falls
back with no check-in, so every safety decision stays the guard's."""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT
from rasa.shared.nlu.training_data.message import Message

from assistant.nlu.clause_reader import SENTENCES_KEY
from assistant.nlu.intent_override import IntentOverride, override_intent
from assistant.nlu.weakened_wording import original_text
from assistant.safety import CHECK_IN_KEY
from assistant.sentence_vote import voted_intent

VOTED_KEY = "sentence_voted"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SentenceVote(IntentOverride):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            if intent.get("name") != DEFAULT_NLU_FALLBACK_INTENT_NAME or message.get(CHECK_IN_KEY):
                continue
            voted = voted_intent(message.get(SENTENCES_KEY) or [], original_text(message))
            if voted:
                override_intent(message, voted)
                message.set(VOTED_KEY, True, add_to_output=True)
        return messages
