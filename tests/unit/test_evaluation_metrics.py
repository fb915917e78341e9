"""The pure metric maths behind `make nlu-report` and `make bench`."""

import pytest

from tools.evaluation import metrics

GOLD = ["greet", "greet", "crisis", "ask_police", "ask_police"]
PRED = ["greet", "nlu_fallback", "crisis", "ask_police", "greet"]
TEXTS = ["hi", "yo", "kms", "cops?", "police pls"]


def test_accuracy_counts_exact_matches():
    assert metrics.accuracy(GOLD, PRED) == pytest.approx(3 / 5)


def test_accuracy_of_nothing_is_zero_and_lengths_must_match():
    assert metrics.accuracy([], []) == 0.0
    with pytest.raises(ValueError):
        metrics.accuracy(["a"], [])


def test_per_intent_scores_follow_the_definitions():
    scores = {score.intent: score for score in metrics.per_intent_scores(GOLD, PRED)}
    assert set(scores) == {"greet", "crisis", "ask_police"}  # no row for nlu_fallback
    greet = scores["greet"]  # 1 hit, predicted twice, support 2
    assert (greet.precision, greet.recall, greet.support) == (0.5, 0.5, 2)
    assert greet.f1 == pytest.approx(0.5)
    police = scores["ask_police"]  # 1 hit, predicted once, support 2
    assert police.precision == 1.0 and police.recall == 0.5
    assert police.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert scores["crisis"].f1 == 1.0


def test_intent_never_predicted_scores_zero():
    (score,) = metrics.per_intent_scores(["deny"], ["affirm"])
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)


def test_macro_f1_weights_every_intent_equally():
    scores = metrics.per_intent_scores(GOLD, PRED)
    expected = (0.5 + 1.0 + 2 / 3) / 3
    assert metrics.macro_f1(scores) == pytest.approx(expected)
    assert metrics.macro_f1([]) == 0.0


def test_weakest_sorts_by_f1_then_name():
    scores = metrics.per_intent_scores(GOLD, PRED)
    assert [s.intent for s in metrics.weakest(scores, 2)] == ["greet", "ask_police"]


def test_confusions_rank_by_count_and_keep_the_first_example():
    gold = ["a", "a", "a", "b"]
    pred = ["b", "b", "a", "c"]
    texts = ["one", "two", "three", "four"]
    result = metrics.confusions(gold, pred, texts)
    assert [(c.true, c.predicted, c.count, c.example) for c in result] == [
        ("a", "b", 2, "one"),
        ("b", "c", 1, "four"),
    ]


def test_fallback_count():
    assert metrics.fallback_count(PRED) == 1


def test_crisis_recall_counts_either_crisis_intent_as_caught():
    assert metrics.crisis_recall(["crisis", "immediate_danger", "greet", "nlu_fallback"]) == 0.5
    assert metrics.crisis_recall([]) == 0.0


def test_false_positive_rate():
    assert metrics.false_positive_rate(["greet", "crisis", "ask_crt", "deny"]) == 0.25
    assert metrics.false_positive_rate([]) == 0.0


def test_missed_and_flagged_list_the_offending_messages():
    texts = ["x", "y", "z"]
    pred = ["crisis", "greet", "immediate_danger"]
    assert metrics.missed(texts, pred) == [("y", "greet")]
    assert metrics.flagged(texts, pred) == [("x", "crisis"), ("z", "immediate_danger")]


@pytest.mark.parametrize(
    ("q", "expected"),
    [(0, 1.0), (50, 2.5), (100, 4.0), (95, 3.85), (25, 1.75)],
)
def test_percentile_interpolates_linearly(q, expected):
    assert metrics.percentile([4.0, 1.0, 3.0, 2.0], q) == pytest.approx(expected)


def test_percentile_of_one_value_and_bad_input():
    assert metrics.percentile([7.0], 99) == 7.0
    with pytest.raises(ValueError):
        metrics.percentile([], 50)
    with pytest.raises(ValueError):
        metrics.percentile([1.0], 101)
