"""The sequential graph runner gives what Rasa's dask runner gives, node for node."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.engine import loader
from rasa.engine.graph import GraphSchema, SchemaNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.graph_runner import SequentialGraphRunner, dependency_order
from tools.local_servers import MODEL_PATH

MESSAGES = [
    "what is an intimate image",
    "he says he'll post my nudes unless I pay",
    "I want to kill myself",
    "I'm 15 and he's 19, is that ok",
    "asdf qwer zxcv",
    "",
]


def node(needs: dict[str, str]) -> SchemaNode:
    return SchemaNode(
        needs=needs, uses=DaskGraphRunner, constructor_name="create", fn="run", config={}
    )


def test_order_puts_every_node_after_what_it_needs_and_skips_what_targets_do_not_need():
    schema = GraphSchema(
        {
            "tokens": node({"text": "__message__"}),
            "features": node({"tokens": "tokens"}),
            "intent": node({"features": "features", "tokens": "tokens"}),
            "unused": node({"tokens": "tokens"}),
        }
    )
    assert dependency_order(schema, ("intent",)) == ("tokens", "features", "intent")
    assert dependency_order(schema, ("unused", "intent")) == (
        "tokens",
        "unused",
        "features",
        "intent",
    )


@pytest.fixture(scope="module")
def runners():
    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` first")
    loaded = {}
    with tempfile.TemporaryDirectory() as tmp:
        for runner_class in (DaskGraphRunner, SequentialGraphRunner):
            storage = Path(tmp) / runner_class.__name__
            storage.mkdir()
            metadata, runner = loader.load_predict_graph_runner(
                storage, MODEL_PATH, LocalModelStorage, runner_class
            )
            loaded[runner_class] = (metadata, runner)
        yield loaded


@pytest.mark.parametrize("text", MESSAGES)
def test_language_understanding_is_the_same_with_either_runner(runners, text):
    outputs = []
    for metadata, runner in runners.values():
        result = runner.run(
            inputs={"__message__": [UserMessage(text)]}, targets=[metadata.nlu_target]
        )
        (message,) = result[metadata.nlu_target]
        outputs.append(
            (message.get("intent"), message.get("intent_ranking"), message.get("entities"))
        )
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("text", MESSAGES[:4])
def test_the_next_action_is_the_same_with_either_runner(runners, text):
    predictions = []
    for metadata, runner in runners.values():
        domain = metadata.domain
        parsed = runner.run(
            inputs={"__message__": [UserMessage(text)]}, targets=[metadata.nlu_target]
        )[metadata.nlu_target][0]
        tracker = DialogueStateTracker.from_events(
            "runner-test",
            [
                ActionExecuted("action_listen"),
                UserUttered(text, parsed.get("intent"), parsed.get("entities") or []),
            ],
            domain.slots,
        )
        prediction = runner.run(inputs={"__tracker__": tracker}, targets=[metadata.core_target])[
            metadata.core_target
        ]
        predictions.append(
            (prediction.max_confidence_index, prediction.policy_name, prediction.probabilities)
        )
    assert predictions[0] == predictions[1]
