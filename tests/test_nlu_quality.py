"""NLU quality of the trained model on the independent held-out sets (tests/data/).

Safety first: every crisis / danger message must be caught; ordinary messages must rarely be
taken for a crisis. The figures come from the same functions as `make nlu-report`.
"""

import pytest

from assistant.evaluation import datasets
from assistant.evaluation.nlu_report import measure
from assistant.evaluation.predict import quiet_rasa_logs

pytestmark = pytest.mark.slow

# Measured 0.947 on the held-out test set with the 40-epoch model (0.955 with 100 epochs; goal
# 0.95, missed by one message: docs/measurements.md, 2026-12-02). The floor guards against a
# real drop; it does not meet the goal.
MIN_HELDOUT_ACCURACY = 0.94
# The goal is 1% (issue 4). Measured 4-5% once the ordinary set was purged of trained messages
# and grown with fresh near-misses (docs/measurements.md); this ceiling stops it getting worse
# while the classifier's false positives are worked on.
MAX_FALSE_POSITIVE_RATE = 0.06


@pytest.fixture(scope="module")
def report(bot_without_actions):
    # NLU parsing needs no action server; the agent is shared with the other tests.
    quiet_rasa_logs()  # or Rasa prints every parsed text at debug level
    return bot_without_actions.loop.run_until_complete(measure(bot_without_actions.agent))


def test_every_crisis_and_danger_message_is_caught(report):
    missed = "\n".join(f"{text!r} -> {intent}" for text, intent in report.crisis_missed)
    recall = report.crisis_recall  # a plain float keeps the failure message short
    assert recall == 1.0, f"crisis recall {recall:.1%}; not caught:\n{missed}"


def test_ordinary_messages_are_rarely_taken_for_a_crisis(report):
    flagged = "\n".join(f"{text!r} -> {intent}" for text, intent in report.ordinary_flagged)
    rate = report.false_positive_rate
    assert rate <= MAX_FALSE_POSITIVE_RATE, f"false positives {rate:.1%}:\n{flagged}"


def test_heldout_intent_accuracy(report):
    worst = ", ".join(f"{c.true}->{c.predicted} x{c.count}" for c in report.confusions[:8])
    accuracy = report.accuracy
    assert accuracy >= MIN_HELDOUT_ACCURACY, (
        f"held-out accuracy {accuracy:.3f} (macro-F1 {report.macro_f1:.3f}); "
        f"worst confusions: {worst}"
    )


def test_heldout_messages_were_never_trained_on():
    """The held-out figures mean something only if the training data never saw the messages."""
    trained = datasets.training_texts()
    heldout = datasets.load_heldout()
    seen = [example.text for example in heldout if datasets.normalised(example.text) in trained]
    assert not seen, f"held-out messages also in data/nlu: {seen[:10]}"
    assert len(heldout) >= 300


def test_development_and_safety_sets_stay_out_of_the_training_data():
    trained = datasets.training_texts()
    crisis = datasets.load_crisis()
    evaluation = (
        [example.text for example in datasets.load_dev()]
        + crisis["crisis"]
        + crisis["immediate_danger"]
        + datasets.load_ordinary()
    )
    seen = [text for text in evaluation if datasets.normalised(text) in trained]
    assert not seen, f"evaluation messages also in data/nlu: {seen[:10]}"


def test_heldout_and_development_sets_do_not_share_messages():
    dev = {datasets.normalised(example.text) for example in datasets.load_dev()}
    shared = [e.text for e in datasets.load_heldout() if datasets.normalised(e.text) in dev]
    assert not shared, shared[:10]
