"""The linear intent classifier on a tiny training set: DIET's output format, the same model
every time, stored and loaded as plain arrays."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
    CountVectorsFeaturizer,
)
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.nlu.linear_intent import (
    LinearIntentClassifier,
    entries,
    feature_matrix,
    fitted_temperature,
    softmax,
)

EXAMPLES = {
    "greet": ["hi", "hello", "hello there", "hey", "good morning", "hi there"],
    "thank": ["thanks", "thank you", "thanks a lot", "many thanks", "thank you so much", "ty"],
    "contact_lawyer": [
        "can I talk to a lawyer",
        "I need a lawyer",
        "how do I reach a lawyer",
        "lawyer please",
        "put me through to a lawyer",
        "I want legal advice from a lawyer",
    ],
    "delete_conversation": [
        "delete this chat",
        "erase our conversation",
        "delete everything I said",
        "remove this conversation",
        "please delete the chat",
        "wipe this chat",
    ],
}
CONTEXT = ExecutionContext(GraphSchema({}), "test")


class Pipeline:
    """Whitespace tokens, word counts and character n-grams (two feature blocks), trained on
    EXAMPLES, then the classifier."""

    def __init__(self, storage: LocalModelStorage) -> None:
        self.storage = storage
        self.tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
        self.featurizers = [
            self._featurizer("words", {}),
            self._featurizer("chars", {"analyzer": "char_wb", "min_ngram": 2, "max_ngram": 3}),
        ]
        data = TrainingData(
            [
                Message(data={"text": text, "intent": intent})
                for intent, texts in EXAMPLES.items()
                for text in texts
            ]
        )
        self.tokenizer.process_training_data(data)
        for featurizer in self.featurizers:
            featurizer.train(data)
            featurizer.process_training_data(data)
        self.training_data = data

    def _featurizer(self, name: str, config: dict) -> CountVectorsFeaturizer:
        config = {**CountVectorsFeaturizer.get_default_config(), **config, "alias": name}
        return CountVectorsFeaturizer.create(config, self.storage, Resource(name), CONTEXT)

    def classifier(self, config: dict | None = None) -> LinearIntentClassifier:
        return LinearIntentClassifier.create(
            config or {}, self.storage, Resource("classifier"), CONTEXT
        )

    def featurized(self, text: str) -> Message:
        message = Message(data={"text": text})
        self.tokenizer.process([message])
        for featurizer in self.featurizers:
            featurizer.process([message])
        return message

    def parse(self, classifier: LinearIntentClassifier, text: str) -> Message:
        return classifier.process([self.featurized(text)])[0]


@pytest.fixture
def pipeline(tmp_path) -> Pipeline:
    return Pipeline(LocalModelStorage(tmp_path))


@pytest.fixture
def trained(pipeline) -> LinearIntentClassifier:
    classifier = pipeline.classifier()
    classifier.train(pipeline.training_data)
    return classifier


@pytest.mark.parametrize(
    "text, intent",
    [("hello", "greet"), ("thank you", "thank"), ("I need a lawyer", "contact_lawyer")],
)
def test_known_wording_gets_its_intent(pipeline, trained, text, intent):
    assert pipeline.parse(trained, text).get("intent")["name"] == intent


def test_intent_and_ranking_are_set_as_diet_sets_them(pipeline, trained):
    message = pipeline.parse(trained, "please delete this conversation")
    intent, ranking = message.get("intent"), message.get("intent_ranking")
    assert intent == ranking[0]
    assert intent["name"] == "delete_conversation"
    assert sorted(item["name"] for item in ranking) == sorted(EXAMPLES)
    confidences = [item["confidence"] for item in ranking]
    assert all(type(confidence) is float for confidence in confidences)
    assert confidences == sorted(confidences, reverse=True)
    assert sum(confidences) <= 1.0 + 1e-9
    assert {"intent", "intent_ranking"} <= set(message.as_dict(only_output_properties=True))


def test_ranking_keeps_the_ten_best(pipeline):
    many = TrainingData(
        [
            Message(data={"text": f"word{number} again", "intent": f"intent_{number}"})
            for number in range(12)
            for _ in range(2)
        ]
    )
    pipeline.tokenizer.process_training_data(many)
    for featurizer in pipeline.featurizers:
        featurizer.train(many)
        featurizer.process_training_data(many)
    classifier = pipeline.classifier()
    classifier.train(many)
    ranking = pipeline.parse(classifier, "word3 again").get("intent_ranking")
    assert len(ranking) == 10
    assert ranking[0]["name"] == "intent_3"
    assert sum(item["confidence"] for item in ranking) < 1.0


def test_empty_text_gets_no_intent_like_diet(trained):
    message = trained.process([Message(data={"text": ""})])[0]
    assert message.get("intent") == {"name": None, "confidence": 0.0}
    assert message.get("intent_ranking") == []


def test_untrained_classifier_answers_nothing(pipeline):
    message = pipeline.parse(pipeline.classifier(), "hello")
    assert message.get("intent") == {"name": None, "confidence": 0.0}


def test_training_twice_gives_the_same_model(pipeline, trained):
    again = pipeline.classifier()
    again.train(pipeline.training_data)
    assert trained.model is not None and again.model is not None
    assert np.array_equal(trained.model.weights, again.model.weights)
    assert trained.model.temperature == again.model.temperature


def test_stored_model_loads_and_answers_the_same(pipeline, trained):
    loaded = LinearIntentClassifier.load({}, pipeline.storage, Resource("classifier"), CONTEXT)
    for text in ("hey", "thanks so much", "erase it all", "lawyer"):
        assert pipeline.parse(loaded, text).get("intent_ranking") == pipeline.parse(
            trained, text
        ).get("intent_ranking")


def test_nothing_stored_loads_an_untrained_classifier(pipeline):
    loaded = LinearIntentClassifier.load({}, pipeline.storage, Resource("missing"), CONTEXT)
    assert loaded.model is None


def test_a_block_the_message_lacks_is_left_empty(pipeline, trained):
    message = Message(data={"text": "hello"})
    pipeline.tokenizer.process([message])
    pipeline.featurizers[0].process([message])  # words only, no character n-grams
    columns, _ = entries(message, trained.layout)
    assert [key for key, _ in trained.layout] == ["chars", "words"]  # sorted by name
    chars_width = trained.layout[0][1]
    assert len(columns) > 0 and all(column >= chars_width for column in columns)
    assert trained.process([message])[0].get("intent")["name"] == "greet"


def test_each_block_has_unit_length_and_counts_a_repeated_word_once_per_column(pipeline, trained):
    rows = feature_matrix([pipeline.featurized("hello hello there")], trained.layout)
    start = 0
    for _, width in trained.layout:
        block = rows[:, start : start + width]
        assert np.isclose(sp.linalg.norm(block), 1.0)
        assert len(block.indices) == len(set(block.indices))
        start += width


def test_temperature_is_low_for_reliable_scores_and_high_for_noise():
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 4, size=400)
    reliable = np.eye(4)[labels] * 2 - 1  # the right intent always scores highest
    noise = rng.normal(size=(400, 4))
    assert fitted_temperature(reliable, labels) < 0.2
    assert fitted_temperature(noise, labels) > 5


def test_softmax_sums_to_one_and_keeps_the_order():
    probabilities = softmax(np.array([[2.0, -1.0, 0.5]]), 0.5)
    assert np.isclose(probabilities.sum(), 1.0)
    assert list(np.argsort(-probabilities[0])) == [0, 2, 1]


def test_temperature_factor_softens_the_confidences(pipeline, trained):
    softer = pipeline.classifier({"temperature_factor": 2.0})
    softer.train(pipeline.training_data)
    assert trained.model is not None and softer.model is not None
    assert np.isclose(softer.model.temperature, 2 * trained.model.temperature)
    sharp = pipeline.parse(trained, "hello there").get("intent")
    soft = pipeline.parse(softer, "hello there").get("intent")
    assert soft["name"] == sharp["name"] and soft["confidence"] < sharp["confidence"]
