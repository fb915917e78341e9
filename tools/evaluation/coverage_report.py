"""How often a question is said to be outside its topic (assistant/question_coverage.py), on
the development and held-out sets: each message as a first message (honest answer when the
classifier's confidence is under SURE_ENOUGH) and as a follow-up (under SURE_ENOUGH_FOLLOW_UP).
Every message in these sets has a topic that answers it, so each one marked is a false mark
(the person would get "the information I have doesn't answer that" instead of the topic).

    .venv/bin/python -m tools.evaluation.coverage_report [--model models/current.tar.gz]
"""

from __future__ import annotations

from assistant import question_coverage
from tools.evaluation.cli import parser_with_model, run_measurement
from tools.evaluation.datasets import load_dev, load_heldout
from tools.evaluation.predict import load_nlu_agent


def marked(parse_data: dict, follow_up: bool) -> bool:
    earlier = ["greet"] if follow_up else []
    return question_coverage.not_covered_kind(parse_data, earlier) == question_coverage.NOT_COVERED


async def _main(model) -> None:
    agent = await load_nlu_agent(model)
    for name, examples in (("development", load_dev()), ("held-out", load_heldout())):
        parsed = [(example, await agent.parse_message(example.text)) for example in examples]
        candidates = [p for _, p in parsed if p.get(question_coverage.UNCOVERED_QUESTION_KEY)]
        first = [p for p in candidates if marked(p, follow_up=False)]
        later = [p for p in candidates if marked(p, follow_up=True)]
        total = len(parsed)
        print(f"## {name} set ({total} messages, each with a topic that answers it)")
        print(f"- a focus word outside the chosen topic: {len(candidates)}")
        print(f"- marked as a first message: {len(first)} ({len(first) / total:.1%})")
        print(f"- marked as a follow-up: {len(later)} ({len(later) / total:.1%})")
        for parse in later:
            intent = parse["intent"]
            print(f"  - {intent['name']} {intent['confidence']:.2f}: {parse['text']}")
        print()


def main(argv: list[str] | None = None) -> int:
    args = parser_with_model(__doc__ or "").parse_args(argv)
    return run_measurement("coverage_report", _main(args.model))


if __name__ == "__main__":
    raise SystemExit(main())
