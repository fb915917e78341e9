"""The classifier reads each question of a two- or three-question message too
(assistant/clauses.py).

`ClauseSplitter` (before spaCy) adds each question clause as one more message to the list the
pipeline processes, so the same tokenizer, featurizers and classifier read it exactly as they
read a whole message; `ClauseCollector` (right after the FallbackClassifier) takes them out
again and puts their topics on the message they came from (`clauses` in the parse data: text,
intent, confidence). Components after it (safety, readers) see only the person's message.
Training data is never changed. Anything unexpected drops the clauses, never the message.

Round 27 (plain27): each sentence of a two- to four-sentence message is read the same way
(`sentences` in the parse data); assistant/nlu/sentence_vote.py uses them when the whole message
falls back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.clauses import question_clauses, sentence_parts
from assistant.nlu.stateless import Stateless
from assistant.nlu.weakened_wording import original_text

logger = logging.getLogger(__name__)

CLAUSES_KEY = "clauses"
SENTENCES_KEY = "sentences"
# On a clause's own message: the index of the message it was cut from.
_PARENT = "clause_parent_index"
# On a sentence's own message: the same, and that it is a sentence, not a question clause.
_SENTENCE = "clause_is_sentence"
# A sentence's share of crisis and danger in its ranking (its topic is never voted over them).
SAFETY_INTENTS = ("crisis", "immediate_danger")


def _read_aid(split: Callable[[str], list[str]], text: str, what: str) -> list[str]:
    """The parts `split` cuts from the text; none when it fails (a reading aid: the message is
    then read whole, never stopped)."""
    try:
        return list(split(text))
    except Exception:  # noqa: BLE001
        logger.warning("%s splitting failed; the message is read whole", what)
        return []


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class ClauseSplitter(Stateless):
    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        added: list[Message] = []
        for index, message in enumerate(messages):
            if message.get(_PARENT) is not None:
                continue
            text = original_text(message)
            for clause in _read_aid(question_clauses, text, "clause"):
                added.append(Message(data={TEXT: clause.lower(), _PARENT: index}))
            for sentence in _read_aid(sentence_parts, text, "sentence"):
                added.append(
                    Message(data={TEXT: sentence.lower(), _PARENT: index, _SENTENCE: True})
                )
        return [*messages, *added]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ClauseCollector(Stateless):
    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        own = [message for message in messages if message.get(_PARENT) is None]
        for message in messages:
            parent = message.get(_PARENT)
            if parent is None or not 0 <= parent < len(own):
                continue
            intent = message.get(INTENT) or {}
            key = SENTENCES_KEY if message.get(_SENTENCE) else CLAUSES_KEY
            found = list(own[parent].get(key) or [])
            read = {
                "text": message.get(TEXT),
                "intent": intent.get("name"),
                "confidence": float(intent.get("confidence") or 0.0),
            }
            if key == SENTENCES_KEY:
                ranking = message.get(INTENT_RANKING_KEY) or []
                read["safety"] = sum(
                    float(item.get("confidence") or 0.0)
                    for item in ranking
                    if item.get("name") in SAFETY_INTENTS
                )
            found.append(read)
            own[parent].set(key, found, add_to_output=True)
        return own
