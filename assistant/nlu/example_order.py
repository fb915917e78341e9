"""First in the pipeline: the training examples in one fixed order, whatever the file layout.

DIET's result depends on the order of the examples it is given, and Rasa gives them in the
order of the files in data/nlu/ and of the examples within them. Putting them in an order that
depends only on each example (a hash of intent and text) means moving examples between files, or
reordering a file, trains the same model and gives the same `make nlu-report` figures. Any
order is one draw among many (about a point of accuracy apart): sorted by intent then text gave
0.926 on the held-out set against 0.945 for the old file order, and 3 crisis messages without
crisis lines, so the hash order is used instead (docs/measurements.md, 2026-12-02). Messages
the pipeline is asked about are not changed.
"""

from __future__ import annotations

import hashlib

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.nlu.stateless import Stateless


def example_key(message: Message) -> str:
    labelled = f"{message.get(INTENT) or ''}\n{message.get(TEXT) or ''}"
    return hashlib.sha256(labelled.encode("utf-8")).hexdigest()


def in_fixed_order(training_data: TrainingData) -> TrainingData:
    """NLU examples ordered by the hash of intent and text; domain and rule messages after them,
    as they were.

    Regexes are sorted by Rasa itself; lookup tables are sorted here by name (their order is
    the order of the regex features).
    """
    examples = training_data.training_examples
    nlu = sorted((e for e in examples if not e.is_core_or_domain_message()), key=example_key)
    others = [e for e in examples if e.is_core_or_domain_message()]
    return TrainingData(
        nlu + others,
        training_data.entity_synonyms,
        training_data.regex_features,
        sorted(training_data.lookup_tables, key=lambda table: table["name"]),
        training_data.responses,
    )


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class FixedExampleOrder(Stateless):
    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return in_fixed_order(training_data)

    def process(self, messages: list[Message]) -> list[Message]:
        return messages
