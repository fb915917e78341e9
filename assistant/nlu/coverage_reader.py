"""Marks a question whose chosen topic does not cover what it asks (assistant/question_coverage.py).

Trained with the model: each topic's vocabulary is the words of its training examples and of
the responses its rules send (data/rules/, domain/; read from the project, as the safety model
reads data/safety/). Runs last, after the AnswerReader: a message another reader marked, or one
the safety net made crisis or danger, is never marked. The mark is only a candidate: the
InterruptPolicy says "the information doesn't say" when the classifier was unsure or the topic
was already answered in the conversation (`question_coverage.not_covered_now`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant import question_coverage
from assistant.answer_kinds import DIRECT_ANSWER_KEY
from assistant.nlu.weakened_wording import original_text
from assistant.safety import CHECK_IN_KEY, GUARD_PREFIX_CHARS

logger = logging.getLogger(__name__)

VOCABULARY_FILE = "topic_vocabulary.json"
REPO_ROOT = Path(__file__).resolve().parents[2]
RULES_DIR = REPO_ROOT / "data" / "rules"
DOMAIN_DIR = REPO_ROOT / "domain"


def _yaml_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.yml")) if directory.is_dir() else []


def response_texts(domain_dir: Path = DOMAIN_DIR) -> dict[str, str]:
    """{response name: the text of all its variants}."""
    texts: dict[str, str] = {}
    for path in _yaml_files(domain_dir):
        responses = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses")
        for name, variants in (responses or {}).items():
            texts[name] = " ".join(str((v or {}).get("text") or "") for v in variants or [])
    return texts


def rule_responses(
    rules_dir: Path = RULES_DIR, domain_dir: Path = DOMAIN_DIR
) -> dict[str, list[str]]:
    """{intent: texts of the responses its rules send after it}."""
    texts = response_texts(domain_dir)
    by_intent: dict[str, list[str]] = defaultdict(list)
    for path in _yaml_files(rules_dir):
        for rule in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("rules") or []:
            intent = None
            for step in rule.get("steps") or []:
                if "intent" in step:
                    intent = step["intent"]
                elif intent and step.get("action") in texts:
                    by_intent[intent].append(texts[step["action"]])
    return dict(by_intent)


def topic_vocabularies(training_data: TrainingData) -> dict[str, frozenset[str]]:
    texts: dict[str, list[str]] = defaultdict(list)
    for example in training_data.intent_examples:
        texts[str(example.get(INTENT))].append(str(example.get(TEXT) or ""))
    for intent, responses in rule_responses().items():
        texts[intent].extend(responses)
    return {
        intent: question_coverage.vocabulary(items)
        for intent, items in texts.items()
        if question_coverage.questioned_topic(intent)
    }


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class CoverageReader(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        # The rules and responses are outside Rasa's NLU cache key: their text is in ours.
        digest = hashlib.sha256()
        sources = [
            *_yaml_files(RULES_DIR),
            *_yaml_files(DOMAIN_DIR),
            Path(__file__),
            Path(question_coverage.__file__),
        ]
        for path in sources:
            digest.update(path.read_bytes())
        return digest.hexdigest()

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        vocabularies: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self.vocabularies = vocabularies or {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CoverageReader:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        self.vocabularies = topic_vocabularies(training_data)
        with self._model_storage.write_to(self._resource) as directory:
            payload = {intent: sorted(words) for intent, words in self.vocabularies.items()}
            (directory / VOCABULARY_FILE).write_text(json.dumps(payload), encoding="utf-8")
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> CoverageReader:
        try:
            with model_storage.read_from(resource) as directory:
                payload = json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            logger.debug("No topic vocabulary in %s.", resource.name)
            return cls(config, model_storage, resource)
        vocabularies = {intent: frozenset(words) for intent, words in payload.items()}
        return cls(config, model_storage, resource, vocabularies)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            if message.get(DIRECT_ANSWER_KEY) or message.get(CHECK_IN_KEY):
                continue
            intent = (message.get(INTENT) or {}).get("name")
            text = original_text(message)[:GUARD_PREFIX_CHARS]
            quote = question_coverage.uncovered_question(text, intent, self.vocabularies)
            if quote:
                message.set(question_coverage.UNCOVERED_QUESTION_KEY, quote, add_to_output=True)
        return messages
