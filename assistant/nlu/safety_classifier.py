"""The safety model's second opinion in the pipeline (assistant/nlu/safety_model.py).

Trained with the model from the files its config names (data/safety/: the regression sets of
crisis, danger and ordinary messages) and the intent classifier's training examples (crisis and
danger intents against every other). Each message gets a `safety_second_opinion` attribute,
{"crisis": p, "immediate_danger": p}, which the CrisisGuard reads after it.

Rasa's training cache knows only the graph's inputs; the example files and this code are
outside it, so their digest is part of the fingerprint (`fingerprint_addon`): a changed
example retrains the model, an unchanged one reuses it.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.nlu import safety_model
from assistant.nlu.weakened_wording import original_text
from assistant.safety import GUARD_PREFIX_CHARS, text_for_second_opinion

logger = logging.getLogger(__name__)

SECOND_OPINION_KEY = "safety_second_opinion"
MODEL_FILE = "safety_model.npz"
REPO_ROOT = Path(__file__).resolve().parents[2]
SAFETY_INTENTS = (safety_model.CRISIS, safety_model.IMMEDIATE_DANGER)


def example_paths(config: dict[str, Any]) -> list[Path]:
    return [REPO_ROOT / name for name in config.get("examples") or []]


def labelled(training_data: TrainingData, paths: list[Path]) -> tuple[list[str], list[str]]:
    """Every message we hold, labelled crisis, danger or neither."""
    pairs = [pair for path in paths for pair in safety_model.read_examples(path)]
    for example in training_data.intent_examples:
        intent = str(example.get(INTENT))
        label = intent if intent in SAFETY_INTENTS else safety_model.NEITHER
        pairs.append((str(example.get(TEXT)), label))
    return [text for text, _ in pairs], [label for _, label in pairs]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class SafetyClassifier(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"examples": [], "C": 10.0}

    @staticmethod
    def required_packages() -> list[str]:
        return ["sklearn"]

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        digest = hashlib.sha256()
        sources = [*example_paths(config), Path(__file__), Path(safety_model.__file__)]
        for path in sources:
            digest.update(path.read_bytes() if path.exists() else b"missing")
        return digest.hexdigest()

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: safety_model.SafetyModel | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyClassifier:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        texts, labels = labelled(training_data, example_paths(self.config))
        if len(set(labels)) < len(safety_model.LABELS):
            logger.warning("The safety model needs crisis, danger and other examples: not trained.")
            return self._resource
        self.model = safety_model.train(texts, labels, c=float(self.config["C"]))
        with self._model_storage.write_to(self._resource) as directory:
            safety_model.save(self.model, directory / MODEL_FILE)
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SafetyClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                model = safety_model.load(directory / MODEL_FILE)
        except (ValueError, FileNotFoundError):
            logger.debug("No trained safety model in %s.", resource.name)
            return cls(config, model_storage, resource)
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = text_for_second_opinion(original_text(message)[:GUARD_PREFIX_CHARS])
            if self.model is not None and text.strip():
                message.set(SECOND_OPINION_KEY, self.model.opinion(text), add_to_output=True)
        return messages
