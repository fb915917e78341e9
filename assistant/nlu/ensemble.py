"""Two intent classifiers voting: DIET and a logistic regression on the same sparse features.

They make different mistakes (measured on the development set, docs/measurements.md), so a
weighted average of their confidences is right more often than either alone. Rasa lets each
classifier overwrite the intent of the one before it, so `KeepFirstRanking` sets DIET's
ranking aside before the second classifier runs, and `AverageRankings` merges the two.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

FIRST_RANKING = "first_classifier_ranking"
RANKING_LENGTH = 10


def average_rankings(first: list[dict], second: list[dict], second_weight: float) -> list[dict]:
    """Weighted mean confidence per intent (an intent missing from a ranking counts 0),
    best first, at most RANKING_LENGTH long."""
    scores: dict[str, float] = {}
    for ranking, weight in ((first, 1.0 - second_weight), (second, second_weight)):
        for item in ranking:
            name = item.get("name")
            if name:
                scores[name] = scores.get(name, 0.0) + weight * float(item.get("confidence", 0))
    ordered = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
    return [{"name": name, "confidence": score} for name, score in ordered[:RANKING_LENGTH]]


class _NotTrained(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        return cls(config)

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class KeepFirstRanking(_NotTrained, IntentClassifier):
    """Placed right after the first classifier: keeps its ranking for AverageRankings."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            message.set(FIRST_RANKING, list(message.get(INTENT_RANKING_KEY) or []))
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AverageRankings(_NotTrained, IntentClassifier):
    """Placed right after the second classifier: the averaged ranking becomes the intent."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"second_weight": 0.4}

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            first = message.get(FIRST_RANKING)
            if first is None:  # nothing set aside: leave the second classifier's answer
                continue
            ranking = average_rankings(
                first, message.get(INTENT_RANKING_KEY) or [], self.config["second_weight"]
            )
            if ranking:
                message.set(INTENT, ranking[0], add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
