"""A bug in one of the InterruptPolicy's readers must not turn a message into an error: the
policy steps aside (the rules and the other policies answer), and the log names the error's
type and place, never the message."""

from __future__ import annotations

import logging

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.policies import interrupt
from assistant.policies.interrupt import InterruptPolicy

SECRET = "my ex posted my nudes, call me on 604-555-0199"


def _policy(tmp_path) -> InterruptPolicy:
    return InterruptPolicy.create(
        InterruptPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("interrupt"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def test_a_failing_reader_makes_the_policy_step_aside_without_logging_the_message(
    tmp_path, monkeypatch, caplog
):
    domain = Domain.from_dict({"intents": ["greet"], "responses": {"utter_x": [{"text": "x"}]}})
    tracker = DialogueStateTracker.from_events(
        "s", [UserUttered(SECRET, {"name": "greet", "confidence": 1.0})]
    )
    policy = _policy(tmp_path)
    monkeypatch.setattr(policy, "_interrupt_prediction", _raises)
    with caplog.at_level(logging.ERROR, logger=interrupt.__name__):
        prediction = policy.predict_action_probabilities(tracker, domain)
    # It abstains: every action at zero, nothing forced.
    assert max(prediction.probabilities) == 0.0
    assert "stepped aside: ValueError" in caplog.text
    assert "604-555-0199" not in caplog.text and "nudes" not in caplog.text


def _raises(tracker, domain):
    raise ValueError(f"bug while reading {tracker.latest_message.text}")
