"""`make nlu-report`: intent accuracy and crisis recall of the trained model on the held-out sets.

Figures for the held-out test set (the measure of generalisation) and, separately, for the
development set that data and pipeline work may look at. The safety figures come from the
whole bot (a real action server behind it): crisis recall (crisis lines in the first reply),
full crisis answers to ordinary messages, and check-ins on ordinary messages.

Prints the figures and writes them to reports/nlu-report.md. Exits non-zero only on errors
(no model, unreadable data); the thresholds are asserted in tests/test_nlu_quality.py.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.evaluation import metrics
from tools.evaluation.cli import parser_with_model, run_measurement
from tools.evaluation.datasets import (
    REPO_ROOT,
    Example,
    load_crisis,
    load_dev,
    load_heldout,
    load_ordinary,
)
from tools.evaluation.predict import predict_intents
from tools.evaluation.safety_tiers import TierFigures, format_tiers, measure_tiers
from tools.local_servers import action_server, load_agent_with_actions

REPORT_PATH = REPO_ROOT / "reports" / "nlu-report.md"


@dataclass
class SetFigures:
    """Intent figures of one labelled set."""

    examples: int
    accuracy: float
    macro_f1: float
    fallbacks: int
    confusions: list[metrics.Confusion]


def set_figures(examples: list[Example], predicted: list[str]) -> SetFigures:
    gold = [example.intent for example in examples]
    return SetFigures(
        examples=len(examples),
        accuracy=metrics.accuracy(gold, predicted),
        macro_f1=metrics.macro_f1(metrics.per_intent_scores(gold, predicted)),
        fallbacks=metrics.fallback_count(predicted),
        confusions=metrics.confusions(gold, predicted, [example.text for example in examples]),
    )


@dataclass
class NluReport:
    examples: int
    accuracy: float
    macro_f1: float
    weakest: list[metrics.Score]
    confusions: list[metrics.Confusion]
    fallbacks: int
    crisis_total: int
    crisis_recall: float
    crisis_missed: list[tuple[str, str]]
    ordinary_total: int
    false_positive_rate: float
    ordinary_flagged: list[tuple[str, str]]
    dev: SetFigures | None = None
    tiers: TierFigures | None = None
    model: str = "models/current.tar.gz"
    created: str = field(default_factory=lambda: dt.datetime.now().strftime("%Y-%m-%d %H:%M"))


def build_report(
    heldout: list[Example],
    heldout_predicted: list[str],
    crisis_texts: list[str],
    crisis_predicted: list[str],
    ordinary_texts: list[str],
    ordinary_predicted: list[str],
    dev: SetFigures | None = None,
) -> NluReport:
    gold = [example.intent for example in heldout]
    texts = [example.text for example in heldout]
    scores = metrics.per_intent_scores(gold, heldout_predicted)
    return NluReport(
        examples=len(heldout),
        accuracy=metrics.accuracy(gold, heldout_predicted),
        macro_f1=metrics.macro_f1(scores),
        weakest=metrics.weakest(scores, 10),
        confusions=metrics.confusions(gold, heldout_predicted, texts),
        fallbacks=metrics.fallback_count(heldout_predicted),
        crisis_total=len(crisis_texts),
        crisis_recall=metrics.crisis_recall(crisis_predicted),
        crisis_missed=metrics.missed(crisis_texts, crisis_predicted),
        ordinary_total=len(ordinary_texts),
        false_positive_rate=metrics.false_positive_rate(ordinary_predicted),
        ordinary_flagged=metrics.flagged(ordinary_texts, ordinary_predicted),
        dev=dev,
    )


def crisis_texts_of(crisis: dict[str, list[str]]) -> list[str]:
    return crisis["crisis"] + crisis["immediate_danger"]


async def measure(agent: Any, whole_bot: bool = True) -> NluReport:
    """Parse every evaluation message with the agent and compute the report; with
    `whole_bot`, the safety messages also go through the dialogue (the agent should have its
    action server) for the three safety figures."""
    heldout = load_heldout()
    dev = load_dev()
    crisis = crisis_texts_of(load_crisis())
    ordinary = load_ordinary()
    dev_predicted = await predict_intents(agent, [example.text for example in dev])
    report = build_report(
        heldout,
        await predict_intents(agent, [example.text for example in heldout]),
        crisis,
        await predict_intents(agent, crisis),
        ordinary,
        await predict_intents(agent, ordinary),
        set_figures(dev, dev_predicted),
    )
    if whole_bot:
        report.tiers = await measure_tiers(agent, crisis, ordinary)
    return report


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def format_markdown(report: NluReport, max_confusions: int = 15) -> str:
    lines = [
        "# NLU report",
        "",
        f"Created {report.created} by `make nlu-report` ({report.model}).",
        "",
        "## Held-out test set (tests/data/nlu_heldout.yml)",
        "",
        f"- examples: {report.examples}",
        f"- intent accuracy: {report.accuracy:.3f}",
        f"- macro-F1: {report.macro_f1:.3f}",
        f"- fell to nlu_fallback: {report.fallbacks}",
        "",
        "### Weakest intents (F1)",
        "",
        "| intent | F1 | precision | recall | support |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {s.intent} | {s.f1:.2f} | {s.precision:.2f} | {s.recall:.2f} | {s.support} |"
        for s in report.weakest
    ]
    lines += [
        "",
        "### Worst confusions",
        "",
        "| true | predicted | count | example |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {c.true} | {c.predicted} | {c.count} | {_cell(c.example)} |"
        for c in report.confusions[:max_confusions]
    ]
    if report.dev:
        lines += _dev_section(report.dev, max_confusions)
    lines += ["", "## Safety", ""]
    if report.tiers:
        sources = " (data/safety/crisis_messages.yml, ordinary_messages.yml; whole bot)"
        lines += format_tiers(report.tiers, sources) + ["", "### Intent level", ""]
    caught = report.crisis_total - len(report.crisis_missed)
    lines += [
        f"- crisis or danger intent on crisis messages: {report.crisis_recall:.1%} "
        f"({caught}/{report.crisis_total}; the others got a check-in or nothing)",
        f"- crisis or danger intent on ordinary messages: {report.false_positive_rate:.1%} "
        f"({len(report.ordinary_flagged)}/{report.ordinary_total})",
        "",
        "Crisis messages without a crisis or danger intent:",
        "",
    ]
    lines += [f"- {_cell(t)} -> {p or '(none)'}" for t, p in report.crisis_missed] or ["- none"]
    lines += ["", "Ordinary messages with a crisis or danger intent:", ""]
    lines += [f"- {_cell(t)} -> {p}" for t, p in report.ordinary_flagged] or ["- none"]
    return "\n".join(lines) + "\n"


def _dev_section(dev: SetFigures, max_confusions: int) -> list[str]:
    lines = [
        "",
        "## Development set (tests/data/nlu_dev.yml)",
        "",
        f"- examples: {dev.examples}",
        f"- intent accuracy: {dev.accuracy:.3f}",
        f"- macro-F1: {dev.macro_f1:.3f}",
        f"- fell to nlu_fallback: {dev.fallbacks}",
        "",
        "| true | predicted | count | example |",
        "|---|---|---|---|",
    ]
    return lines + [
        f"| {c.true} | {c.predicted} | {c.count} | {_cell(c.example)} |"
        for c in dev.confusions[:max_confusions]
    ]


def write_report(text: str, path: Path = REPORT_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


async def _main(model: Path) -> None:
    if not model.exists():
        raise FileNotFoundError(f"no trained model at {model}: run `make train` first")
    with action_server() as action_url:
        agent = await load_agent_with_actions(model, action_url)
        report = await measure(agent)
    report.model = model.name
    text = format_markdown(report)
    print(text)
    write_report(text)
    print(f"written to {REPORT_PATH.relative_to(REPO_ROOT)}")


def main(argv: list[str] | None = None) -> int:
    args = parser_with_model(__doc__).parse_args(argv)
    return run_measurement("nlu-report", _main(args.model))


if __name__ == "__main__":
    sys.exit(main())
