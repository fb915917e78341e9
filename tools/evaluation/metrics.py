"""Pure metric maths: intent accuracy, per-intent F1, confusions, crisis recall, percentiles."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# Either intent gets the crisis lines, so either one counts as "caught".
CRISIS_INTENTS = frozenset({"crisis", "immediate_danger"})
FALLBACK_INTENT = "nlu_fallback"


@dataclass(frozen=True)
class Score:
    intent: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Confusion:
    true: str
    predicted: str
    count: int
    example: str


def _check_lengths(*sequences: Sequence) -> None:
    if len({len(sequence) for sequence in sequences}) > 1:
        raise ValueError("sequences must have the same length")


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    _check_lengths(gold, predicted)
    if not gold:
        return 0.0
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def per_intent_scores(gold: Sequence[str], predicted: Sequence[str]) -> list[Score]:
    """Precision, recall and F1 for every intent of the gold labels, sorted by name.

    Predictions of labels that are not in the gold set (nlu_fallback, ...) lower the recall
    of the true intent but get no row of their own, as in sklearn with labels=gold labels.
    """
    _check_lengths(gold, predicted)
    support = Counter(gold)
    predicted_count = Counter(predicted)
    hits = Counter(g for g, p in zip(gold, predicted, strict=True) if g == p)
    scores = []
    for intent in sorted(support):
        precision = _ratio(hits[intent], predicted_count[intent])
        recall = _ratio(hits[intent], support[intent])
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(Score(intent, precision, recall, f1, support[intent]))
    return scores


def macro_f1(scores: Sequence[Score]) -> float:
    """Unweighted mean of the per-intent F1 scores: every intent counts the same."""
    return sum(score.f1 for score in scores) / len(scores) if scores else 0.0


def weakest(scores: Sequence[Score], count: int = 10) -> list[Score]:
    return sorted(scores, key=lambda score: (score.f1, score.intent))[:count]


def confusions(
    gold: Sequence[str], predicted: Sequence[str], texts: Sequence[str]
) -> list[Confusion]:
    """Every (true -> predicted) pair that went wrong, most frequent first, with one example."""
    _check_lengths(gold, predicted, texts)
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    for g, p, text in zip(gold, predicted, texts, strict=True):
        if g != p:
            counts[(g, p)] += 1
            examples.setdefault((g, p), text)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [Confusion(g, p, n, examples[(g, p)]) for (g, p), n in ranked]


def fallback_count(predicted: Sequence[str]) -> int:
    return sum(p == FALLBACK_INTENT for p in predicted)


def is_caught(intent: str) -> bool:
    return intent in CRISIS_INTENTS


def crisis_recall(predicted_for_crisis: Sequence[str]) -> float:
    """Share of crisis / danger messages whose predicted intent gets the crisis lines."""
    if not predicted_for_crisis:
        return 0.0
    return sum(map(is_caught, predicted_for_crisis)) / len(predicted_for_crisis)


def false_positive_rate(predicted_for_ordinary: Sequence[str]) -> float:
    """Share of ordinary messages wrongly treated as crisis or danger."""
    if not predicted_for_ordinary:
        return 0.0
    return sum(map(is_caught, predicted_for_ordinary)) / len(predicted_for_ordinary)


def missed(texts: Sequence[str], predicted: Sequence[str]) -> list[tuple[str, str]]:
    """(text, predicted) of crisis messages that were not caught."""
    _check_lengths(texts, predicted)
    return [(t, p) for t, p in zip(texts, predicted, strict=True) if not is_caught(p)]


def flagged(texts: Sequence[str], predicted: Sequence[str]) -> list[tuple[str, str]]:
    """(text, predicted) of ordinary messages that were treated as crisis or danger."""
    _check_lengths(texts, predicted)
    return [(t, p) for t, p in zip(texts, predicted, strict=True) if is_caught(p)]


def percentile(values: Sequence[float], q: float) -> float:
    """q-th percentile (0-100) with linear interpolation between ranks (numpy's default)."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError("q must be within 0..100")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class LatencySummary:
    count: int
    mean: float
    p50: float
    p95: float
    p99: float


def summarize_latencies(values: Sequence[float]) -> LatencySummary:
    """Count, mean and p50/p95/p99 of latencies (any unit; the bench uses milliseconds)."""
    if not values:
        return LatencySummary(0, 0.0, 0.0, 0.0, 0.0)
    return LatencySummary(
        count=len(values),
        mean=sum(values) / len(values),
        p50=percentile(values, 50),
        p95=percentile(values, 95),
        p99=percentile(values, 99),
    )


def throughput(messages: int, seconds: float) -> float:
    return messages / seconds if seconds > 0 else 0.0
