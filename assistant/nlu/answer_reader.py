"""Marks a message that needs a direct answer of its own (assistant/answer_kinds.py) with a
`direct_answer` attribute; the InterruptPolicy answers it. The intent is left as it is, so the
classifier's figures do not move; one kind only names the age check as the intent ("he says
it's fine cause I said yes": whether a yes is enough is the age rules' question).
Runs last, after the CrisisGuard: a message the safety net made crisis or danger is never
marked.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT
from rasa.shared.nlu.training_data.message import Message

from assistant.answer_kinds import (
    CHILD_ASKED,
    CHILD_ASKED_TRUST,
    DIRECT_ANSWER_KEY,
    KEEP,
    answer_kind,
)
from assistant.helper_reading import HELPER_MINOR, agreed_so_fine
from assistant.nlu.intent_override import IntentOverride, override_intent
from assistant.nlu.weakened_wording import original_text
from assistant.safety import GUARD_PREFIX_CHARS, read_safety

AGE_CHECK = "check_age_rules"
HELP_NOW = "need_help_now"
ROUTE_FINDER = "route_finder"
CHILD_KINDS = frozenset({HELPER_MINOR, CHILD_ASKED, CHILD_ASKED_TRUST})


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AnswerReader(IntentOverride):
    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            text = original_text(message)[:GUARD_PREFIX_CHARS]
            kind = answer_kind(text, intent)
            if intent == HELP_NOW and kind in CHILD_KINDS and read_safety(text) is None:
                # "please help a man online keeps messaging my niece asking for pictures ... what
                # do I do right now" (round 64 p30: the writer's own 24/7 lines and 9-8-8, the
                # child's answer only a turn later): the answer for a child asked for images,
                # which gives 9-1-1 if the child is in danger, read as "what can I do".
                override_intent(message, {"name": ROUTE_FINDER, "confidence": 1.0})
                kind = answer_kind(text, ROUTE_FINDER)
            if not kind and intent not in KEEP and agreed_so_fine(text):
                # "he says it's fine cause I said yes": the age check, which reads the ages
                # given earlier, answers whether a yes is enough.
                override_intent(message, {"name": AGE_CHECK, "confidence": 1.0})
            if kind:
                message.set(DIRECT_ANSWER_KEY, kind, add_to_output=True)
        return messages
