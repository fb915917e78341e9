"""A linear intent classifier on the sparse features the featurizers already produce.

DIET spent most of the training time (40 epochs of a transformer) and about a third of each
message's CPU. A linear support vector machine (scikit-learn's LinearSVC) on the same features
trains in seconds and answers with one sparse matrix product. Each featurizer gives one block:
its sentence features (its sequence features summed over the tokens when it has none), scaled
to unit length so that the character n-grams (hundreds per message) do not drown the words.

Confidences: the machine's scores through a softmax whose temperature is fitted on scores
of training examples it did not see (k-fold), so that 0.9 means about nine right in ten.
It sets `intent` and `intent_ranking` (the ten best, confidences summing to at most 1) as
DIET does, so the FallbackClassifier, the "Did you mean" topics and the guards read it
unchanged. The model is stored as plain arrays (numpy without pickle; intent names as JSON):
loading a model never runs code from it. Measured against DIET in docs/measurements.md.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import numpy as np
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers import LABEL_RANKING_LENGTH
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

WEIGHTS_FILE = "weights.npz"
META_FILE = "meta.json"
# What a message gets when there is nothing to classify (DIET's own answer then).
NO_INTENT = {"name": None, "confidence": 0.0}


def chosen_features(message: Message) -> dict[str, Features]:
    """{featurizer: its sentence features, or its sequence features when it has none}."""
    chosen: dict[str, Features] = {}
    for features in message.features:
        if features.attribute != TEXT or not features.is_sparse():
            continue
        origin = str(features.origin)
        if features.type == FEATURE_TYPE_SENTENCE or origin not in chosen:
            chosen[origin] = features
    return chosen


def unit_entries(features: Features) -> tuple[np.ndarray, np.ndarray]:
    """(columns, values) of one featurizer's row, of unit length: sequence features summed
    over the tokens (repeated columns added up)."""
    matrix = features.features.tocoo()
    columns, where = np.unique(matrix.col, return_inverse=True)
    values = np.bincount(where, weights=matrix.data, minlength=len(columns))
    norm = float(np.sqrt(np.dot(values, values)))
    return columns, (values / norm if norm > 0 else values)


def entries(message: Message, layout: list[tuple[str, int]]) -> tuple[np.ndarray, np.ndarray]:
    """(columns, values) of the message's row in the training layout [(featurizer, width)]:
    the blocks side by side; a block the message lacks (no tokens) stays empty, one the
    training data lacked is left out."""
    chosen = chosen_features(message)
    columns, values, offset = [], [], 0
    for key, width in layout:
        if key in chosen:
            block_columns, block_values = unit_entries(chosen[key])
            columns.append(block_columns + offset)
            values.append(block_values)
        offset += width
    if not columns:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(columns), np.concatenate(values)


def feature_matrix(messages: list[Message], layout: list[tuple[str, int]]) -> sp.csr_matrix:
    """One row per message (entries()), for training."""
    rows = [entries(message, layout) for message in messages]
    pointers = np.cumsum([0] + [len(columns) for columns, _ in rows])
    width = sum(block_width for _, block_width in layout)
    return sp.csr_matrix(
        (
            np.concatenate([values for _, values in rows]),
            np.concatenate([columns for columns, _ in rows]),
            pointers,
        ),
        shape=(len(rows), width),
    )


def layout_of(messages: list[Message]) -> list[tuple[str, int]]:
    """Every block the training messages carry, in a fixed order, with its width."""
    widths: dict[str, int] = {}
    for message in messages:
        for key, features in chosen_features(message).items():
            widths.setdefault(key, int(features.features.shape[1]))
    return sorted(widths.items())


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    scaled = scores / temperature
    exp = np.exp(scaled - scaled.max(axis=-1, keepdims=True))
    return exp / exp.sum(axis=-1, keepdims=True)


def fitted_temperature(scores: np.ndarray, labels: np.ndarray) -> float:
    """The softmax temperature that makes `scores` most likely to give `labels` (the log
    loss, minimised over a log scale)."""
    from scipy.optimize import minimize_scalar

    def log_loss(log_temperature: float) -> float:
        chosen = softmax(scores, float(np.exp(log_temperature)))[np.arange(len(labels)), labels]
        return float(-np.log(chosen + 1e-12).mean())

    found = minimize_scalar(log_loss, bounds=(-7.0, 3.0), method="bounded")
    return float(np.exp(found.x))


def ranking(intents: list[str], probabilities: np.ndarray) -> list[dict[str, Any]]:
    """The LABEL_RANKING_LENGTH most likely intents, best first (DIET's format)."""
    best = np.argsort(-probabilities, kind="stable")[:LABEL_RANKING_LENGTH]
    return [{"name": intents[i], "confidence": float(probabilities[i])} for i in best]


class LinearModel:
    """Scores of a linear model and its softmax temperature, as plain arrays."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, temperature: float) -> None:
        self.weights = weights  # features x intents
        self.bias = bias
        self.temperature = temperature

    def probabilities(self, columns: np.ndarray, values: np.ndarray) -> np.ndarray:
        """Of one row given by its entries (a few hundred of the thousands of columns)."""
        scores = values @ self.weights[columns] + self.bias
        return softmax(scores, self.temperature)


def train_linear_model(
    rows: sp.csr_matrix, labels: np.ndarray, config: dict[str, Any]
) -> LinearModel:
    """LinearSVC on the rows; temperature from out-of-fold scores (stratified folds, no
    shuffle: the examples come in a fixed order, so the result is the same every time)."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.svm import LinearSVC

    def machine() -> LinearSVC:
        return LinearSVC(
            C=config["C"],
            max_iter=config["max_iter"],
            random_state=config["random_state"],
        )

    fitted = machine().fit(rows, labels)
    folds = min(config["calibration_folds"], int(np.bincount(labels).min()))
    temperature = 1.0
    if folds >= 2:
        held_out_scores = cross_val_predict(
            machine(), rows, labels, cv=StratifiedKFold(folds), method="decision_function"
        )
        temperature = fitted_temperature(np.asarray(held_out_scores), labels)
    temperature *= config["temperature_factor"]
    weights = np.ascontiguousarray(fitted.coef_.T)
    return LinearModel(weights, np.asarray(fitted.intercept_), temperature)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(GraphComponent, IntentClassifier):
    @classmethod
    def required_components(cls) -> list[type]:
        return [SparseFeaturizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # temperature_factor > 1 softens the fitted confidences (config.yml says why).
        return {
            "C": 1.0,
            "max_iter": 1000,
            "calibration_folds": 5,
            "temperature_factor": 1.0,
            "random_state": 2024,
        }

    @staticmethod
    def required_packages() -> list[str]:
        return ["sklearn"]

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        intents: list[str] | None = None,
        layout: list[tuple[str, int]] | None = None,
        model: LinearModel | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.intents = intents or []
        self.layout = layout or []
        self.model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LinearIntentClassifier:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = training_data.intent_examples
        self.intents = sorted({str(example.get(INTENT)) for example in examples})
        if len(self.intents) < 2:
            logger.warning("Fewer than two intents: the linear intent classifier is not trained.")
            return self._resource
        self.layout = layout_of(examples)
        rows = feature_matrix(examples, self.layout)
        labels = np.array([self.intents.index(str(example.get(INTENT))) for example in examples])
        self.model = train_linear_model(rows, labels, self.config)
        self.persist()
        return self._resource

    def persist(self) -> None:
        if self.model is None:
            return
        with self._model_storage.write_to(self._resource) as directory:
            np.savez(
                directory / WEIGHTS_FILE,
                weights=self.model.weights,
                bias=self.model.bias,
                temperature=np.array(self.model.temperature),
            )
            meta = {"intents": self.intents, "layout": self.layout}
            (directory / META_FILE).write_text(json.dumps(meta), encoding="utf-8")

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LinearIntentClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
                with np.load(directory / WEIGHTS_FILE, allow_pickle=False) as arrays:
                    model = LinearModel(
                        arrays["weights"], arrays["bias"], float(arrays["temperature"])
                    )
        except (ValueError, FileNotFoundError):
            logger.debug("No trained linear intent classifier in %s.", resource.name)
            return cls(config, model_storage, resource)
        layout = [(str(key), int(width)) for key, width in meta["layout"]]
        return cls(config, model_storage, resource, meta["intents"], layout, model)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent: dict[str, Any] = dict(NO_INTENT)
            ranked: list[dict[str, Any]] = []
            if self.model is not None and message.get(TEXT):
                columns, values = entries(message, self.layout)
                ranked = ranking(self.intents, self.model.probabilities(columns, values))
                intent = ranked[0]
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranked, add_to_output=True)
        return messages
