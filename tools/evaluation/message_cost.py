"""`make bench-speed`: what training and one message cost, measured in one run.

- Full training from nothing: `rasa train` with an empty training cache into a temporary
  folder (skipped with --no-train); then, with that cache, retraining after one NLU example is
  added and after one response is reworded (tools/evaluation/retraining.py).
- Model load time of each model, each in a fresh process (imports timed apart), so that the
  one-off costs of the first load fall on every model alike.
- In-process cost of one message (NLU + policies + the actions it triggers, against a real
  action server): every held-out message in a new conversation, models interleaved message by
  message so that the shared machine's noise falls on both alike. Wall time and this process's
  CPU time (the action server's own CPU is not in it, and is the same for both models).
- NLU alone (parse only), the same way.

With --baseline <model.tar.gz> the same messages go through both models and the ratio is
printed: the figure of the speed issue is baseline cost / current cost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.runtime import quiet_rasa_logs
from tools.evaluation.datasets import REPO_ROOT, load_heldout
from tools.evaluation.retraining import small_change_seconds
from tools.local_servers import MODEL_PATH, action_server


@dataclass
class Costs:
    """Per-message timings of one model, in milliseconds."""

    label: str
    load_seconds: float = 0.0
    import_seconds: float = 0.0
    turn_wall: list[float] = field(default_factory=list)
    turn_cpu: list[float] = field(default_factory=list)
    parse_wall: list[float] = field(default_factory=list)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def train_from_nothing(workdir: Path) -> float:
    """Seconds for a full training with an empty cache (the newcomer's first `make run`).

    The cache is left in workdir/cache for the small-change retrainings that follow."""
    env = dict(os.environ, RASA_CACHE_DIRECTORY=str(workdir / "cache"))
    command = [sys.executable, "scripts/train.py", "--out", str(workdir), "--fixed-model-name", "m"]
    started = time.monotonic()
    subprocess.run(command, cwd=REPO_ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - started


LOAD_PROBE = """
import asyncio, json, sys, time
started = time.monotonic()
from rasa.core.agent import load_agent
imported = time.monotonic()
asyncio.run(load_agent(model_path=sys.argv[1]))
print(json.dumps({"imports": imported - started, "load": time.monotonic() - imported}))
"""


def load_in_fresh_process(model: Path) -> tuple[float, float]:
    """(seconds importing Rasa, seconds loading the model) in a new Python process."""
    result = subprocess.run(
        [sys.executable, "-c", LOAD_PROBE, str(model)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return figures["imports"], figures["load"]


async def load(model: Path, action_url: str, as_today: bool = True):
    """The model as the product loads it today (assistant.graph_runner), or, for a baseline
    from before that runner existed, as Rasa loads it by default (dask's scheduler)."""
    from rasa.core.agent import load_agent as rasa_default_load
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.endpoints import EndpointConfig

    from assistant.runtime import load_agent

    endpoints = AvailableEndpoints(action=EndpointConfig(url=action_url))
    loader = load_agent if as_today else rasa_default_load
    return await loader(model_path=str(model), endpoints=endpoints)


async def measure(models: dict[str, Path], texts: list[str], action_url: str) -> list[Costs]:
    agents, costs = {}, {}
    for label, model in models.items():
        imports, load_seconds = load_in_fresh_process(model)
        costs[label] = Costs(label, load_seconds=load_seconds, import_seconds=imports)
        # The runner class is chosen when a model loads: the baseline first, as Rasa's default.
        agents[label] = await load(model, action_url, as_today=label != "baseline")
    for label, agent in agents.items():  # warm-up: first calls build caches and graphs
        for text in texts[:5]:
            await agent.handle_text(text, sender_id=f"warm-{label}-{text[:8]}")
    for index, text in enumerate(texts):
        for label, agent in agents.items():
            wall, cpu = time.perf_counter(), time.process_time()
            await agent.handle_text(text, sender_id=f"cost-{label}-{index}")
            costs[label].turn_wall.append((time.perf_counter() - wall) * 1000)
            costs[label].turn_cpu.append((time.process_time() - cpu) * 1000)
            wall = time.perf_counter()
            await agent.parse_message(text)
            costs[label].parse_wall.append((time.perf_counter() - wall) * 1000)
    return list(costs.values())


def report(
    costs: list[Costs],
    training_seconds: float | None,
    messages: int,
    retraining: dict[str, float] | None = None,
) -> str:
    lines = [f"Messages: {messages} held-out messages, each in a new conversation."]
    if training_seconds is not None:
        lines.append(
            f"Full training from nothing (empty cache): {training_seconds:.0f} s (goal: <= 240 s)"
        )
    for change, seconds in (retraining or {}).items():
        lines.append(f"Retraining after a small change, {change}: {seconds:.0f} s (goal: < 60 s)")
    header = (
        "model | imports s | load s | turn wall p50 / p95 ms | turn CPU mean ms | NLU parse p50 ms"
    )
    lines += ["", header, "-" * len(header)]
    for cost in costs:
        lines.append(
            f"{cost.label} | {cost.import_seconds:.1f} | {cost.load_seconds:.1f} | "
            f"{statistics.median(cost.turn_wall):.1f} / {percentile(cost.turn_wall, 0.95):.1f} | "
            f"{statistics.mean(cost.turn_cpu):.1f} | "
            f"{statistics.median(cost.parse_wall):.1f}"
        )
    if len(costs) == 2:
        baseline, current = costs
        cpu_ratio = statistics.mean(baseline.turn_cpu) / statistics.mean(current.turn_cpu)
        wall_ratio = statistics.median(baseline.turn_wall) / statistics.median(current.turn_wall)
        lines += [
            "",
            f"Cost per message, {baseline.label} / {current.label}: CPU {cpu_ratio:.2f}x, "
            f"median wall {wall_ratio:.2f}x (goal: at least 1.5x)",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Training time and cost per message.")
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    parser.add_argument("--baseline", type=Path, help="an older model to compare against")
    parser.add_argument("--no-train", action="store_true", help="skip the training timing")
    parser.add_argument("--messages", type=int, default=200)
    args = parser.parse_args(argv)

    quiet_rasa_logs()  # the baseline loads through Rasa's own loader, which does not
    texts = [example.text for example in load_heldout()][: args.messages]
    workdir = Path(tempfile.mkdtemp(prefix="bench-speed-"))
    try:
        training_seconds = None if args.no_train else train_from_nothing(workdir)
        retraining = None if args.no_train else small_change_seconds(workdir, workdir / "cache")
        models = {"current": args.model}
        if args.baseline:
            models = {"baseline": args.baseline, "current": args.model}
        with action_server(workdir / "actions.log", timeout=60) as url:
            costs = asyncio.run(measure(models, texts, url))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    text = report(costs, training_seconds, len(texts), retraining)
    print(text)
    out = REPO_ROOT / "reports" / "bench-speed.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(f"# Training and per-message cost\n\n```\n{text}\n```\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
