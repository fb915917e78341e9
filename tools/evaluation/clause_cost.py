"""`make bench-clauses`: what reading each question of a message costs the NLU (session 16,
assistant/nlu/clause_reader.py).

Parses the held-out messages that `assistant.clauses.question_clauses` cuts into two or three
questions, with the clause reader on and off, interleaved round by round in one process (the
machine is shared and noisy: compare the ratio of one run). Prints how many held-out messages are
cut, and the parse time percentiles of those messages both ways, and their ratio.
"""

from __future__ import annotations

import asyncio
import statistics
import time

import assistant.nlu.clause_reader as clause_reader
from assistant.clauses import question_clauses
from assistant.runtime import load_agent, quiet_rasa_logs
from tools.evaluation.datasets import load_heldout
from tools.local_servers import MODEL_PATH

ROUNDS = 5


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


async def _parse_all(agent, messages: list[str]) -> list[float]:
    times = []
    for text in messages:
        start = time.perf_counter()
        await agent.parse_message(text)
        times.append((time.perf_counter() - start) * 1000)
    return times


async def main() -> None:
    quiet_rasa_logs()
    texts = [example.text for example in load_heldout()]
    cut = [text for text in texts if question_clauses(text)]
    print(f"held-out messages: {len(texts)}; cut into 2-3 questions: {len(cut)}")
    if not cut:
        return
    agent = await load_agent(model_path=str(MODEL_PATH))
    on, off = [], []
    reader = clause_reader.question_clauses
    await _parse_all(agent, cut)  # warm up
    for _ in range(ROUNDS):
        clause_reader.question_clauses = reader
        on += await _parse_all(agent, cut)
        clause_reader.question_clauses = lambda text: []
        off += await _parse_all(agent, cut)
    clause_reader.question_clauses = reader
    for label, values in (("clause reader on", on), ("clause reader off", off)):
        print(
            f"{label}: p50 {statistics.median(values):.1f} ms, p95 {_percentile(values, 0.95):.1f}"
            f" ms ({len(values)} parses)"
        )
    print(f"ratio on/off (p50): {statistics.median(on) / statistics.median(off):.2f}")


if __name__ == "__main__":
    asyncio.run(main())
