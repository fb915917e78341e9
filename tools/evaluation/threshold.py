"""Choose the FallbackClassifier threshold from measurements on the development set.

`make fallback-threshold` parses every development-set message once (never the held-out test
set: a threshold tuned on it would flatter its figures), keeps the classifier's own top
intent and confidence (the ranking without nlu_fallback), and prints, for each threshold:
accuracy (a fallback counts as wrong), how often the bot would say "I didn't understand",
and how often it would answer the wrong question. A wrong answer is worse than a fallback,
which offers the topics and a person; the chosen threshold is the one with the fewest
wrong answers + fallbacks, wrong answers weighted double.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass

from tools.evaluation.datasets import load_dev
from tools.evaluation.predict import load_nlu_agent

FALLBACK = "nlu_fallback"
THRESHOLDS = [round(0.05 * step, 2) for step in range(2, 17)]  # 0.10 .. 0.80
WRONG_ANSWER_WEIGHT = 2


@dataclass(frozen=True)
class Outcome:
    threshold: float
    accuracy: float
    fallback_rate: float
    wrong_rate: float

    @property
    def cost(self) -> float:
        return WRONG_ANSWER_WEIGHT * self.wrong_rate + self.fallback_rate


def top_classified(parsed: dict) -> tuple[str, float]:
    ranking = [item for item in parsed.get("intent_ranking") or [] if item["name"] != FALLBACK]
    if not ranking:
        return FALLBACK, 0.0
    return ranking[0]["name"], float(ranking[0]["confidence"])


def outcome_at(threshold: float, gold: list[str], top: list[tuple[str, float]]) -> Outcome:
    correct = fallbacks = wrong = 0
    for expected, (intent, confidence) in zip(gold, top, strict=True):
        if confidence < threshold:
            fallbacks += 1
        elif intent == expected:
            correct += 1
        else:
            wrong += 1
    total = len(gold) or 1
    return Outcome(threshold, correct / total, fallbacks / total, wrong / total)


def best(outcomes: list[Outcome]) -> Outcome:
    return min(outcomes, key=lambda outcome: (outcome.cost, -outcome.threshold))


async def measure() -> list[Outcome]:
    agent = await load_nlu_agent()
    dev = load_dev()
    top = [top_classified(await agent.parse_message(example.text)) for example in dev]
    gold = [example.intent for example in dev]
    return [outcome_at(threshold, gold, top) for threshold in THRESHOLDS]


def main() -> int:
    outcomes = asyncio.run(measure())
    print("threshold  accuracy  fallback  wrong answer")
    for outcome in outcomes:
        print(
            f"{outcome.threshold:9.2f}  {outcome.accuracy:8.3f}  {outcome.fallback_rate:8.3f}"
            f"  {outcome.wrong_rate:12.3f}"
        )
    chosen = best(outcomes)
    print(f"chosen threshold: {chosen.threshold:.2f} (config.yml FallbackClassifier)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
