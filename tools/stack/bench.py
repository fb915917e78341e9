"""`make bench-stack`: the same traffic against 1 and 2 Rasa instances behind nginx, and a
vanilla `rasa init` bot.

For each topology (`scripts/stack.sh` with 1, then 2 instances; PostgreSQL and Redis), through
the internal nginx listener (REST, 127.0.0.1:8091):
- closed loop: 50 conversations, each sending its next message as soon as it has the answer
  (a conversation moves to a new sender id every 10 messages, within the REST rate limit);
- with pauses: 100 conversations, 1.5–4.5 s between messages (about 3 s).
The vanilla starter bot (tools/stack/vanilla.py: Rasa's own default pipeline and policies,
one `rasa run`, no nginx, no stores) gets the same two phases directly, as the yardstick.
Each phase runs BENCH_SECONDS (60). Prints throughput, p50/p95/p99, errors, and the Rasa
instances' memory; writes reports/bench-stack.md. Messages are the held-out test set's texts;
nothing of them is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from tools.evaluation.datasets import load_heldout
from tools.evaluation.metrics import percentile
from tools.stack.runner import (
    INTERNAL,
    REPO_ROOT,
    RunningStack,
    drop_database,
    post_rest,
    rss_mib,
)
from tools.stack.vanilla import VanillaServer

REPORT = REPO_ROOT / "reports" / "bench-stack.md"
MESSAGES_PER_SENDER = 10
REQUEST_TIMEOUT = 30


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def row(self, topology: str, rss: float) -> str:
        p = [
            percentile(self.latencies, q) if self.latencies else float("nan") for q in (50, 95, 99)
        ]
        return (
            f"| {topology} | {self.name} | {len(self.latencies)} | {self.throughput:.1f} | "
            f"{p[0]:.2f} | {p[1]:.2f} | {p[2]:.2f} | {self.errors} | {rss:.0f} |"
        )


async def send(session, url: str, token: str, sender: str, text: str, phase: Phase) -> None:
    started = time.perf_counter()
    try:
        async with session.post(
            url,
            json={"sender": sender, "message": text},
            headers={"Authorization": f"Bearer {token}"},
        ) as reply:
            body = await reply.json(content_type=None)
            if reply.status != 200 or not body:
                phase.errors += 1
                return
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        phase.errors += 1
        return
    phase.latencies.append(time.perf_counter() - started)


async def run_all(phase: Phase, conversations: int, conversation) -> Phase:
    """`conversation(number, session)` for every number at once; the phase's length."""
    started = time.monotonic()
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        await asyncio.gather(*(conversation(n, session) for n in range(conversations)))
    phase.seconds = time.monotonic() - started
    return phase


async def closed_loop(url, token, texts, conversations: int, seconds: float) -> Phase:
    phase = Phase(f"closed loop, {conversations} conversations")
    deadline = time.monotonic() + seconds
    run = uuid.uuid4().hex[:6]

    async def conversation(number: int, session) -> None:
        sent = 0
        while time.monotonic() < deadline:
            sender = f"bench-{run}-c{number}-{sent // MESSAGES_PER_SENDER}"
            await send(session, url, token, sender, texts[(number + sent) % len(texts)], phase)
            sent += 1

    return await run_all(phase, conversations, conversation)


async def with_pauses(url, token, texts, conversations: int, seconds: float) -> Phase:
    phase = Phase(f"with pauses (~3 s), {conversations} conversations")
    deadline = time.monotonic() + seconds
    run = uuid.uuid4().hex[:6]
    pause = random.Random(7)  # noqa: S311 - spacing of test traffic

    async def conversation(number: int, session) -> None:
        await asyncio.sleep(pause.uniform(0, 3))
        sent = 0
        while time.monotonic() < deadline:
            sender = f"bench-{run}-p{number}"
            await send(session, url, token, sender, texts[(number + sent) % len(texts)], phase)
            sent += 1
            await asyncio.sleep(pause.uniform(1.5, 4.5))

    return await run_all(phase, conversations, conversation)


def both_phases(url: str, token: str, texts: list[str], seconds: float) -> list[Phase]:
    return [
        asyncio.run(closed_loop(url, token, texts, 50, seconds)),
        asyncio.run(with_pauses(url, token, texts, 100, seconds)),
    ]


def measure(instances: int, seconds: float, texts: list[str]) -> list[str]:
    ports = [str(5015 + n) for n in range(instances)]
    db_name = f"bench_stack_{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as tmp:
        stack = RunningStack(Path(tmp), db_name, {"STACK_RASA_PORTS": " ".join(ports)})
        try:
            url = f"{INTERNAL}/webhooks/rest/webhook"
            for n in range(5):  # warm-up
                stack.rest(f"bench-warm-{n}", texts[n])
            phases = both_phases(url, stack.token, texts, seconds)
            rss = sum(rss_mib(stack.pid(f"rasa-{port}")) for port in ports)
        finally:
            stack.stop()
            drop_database(db_name)
    label = f"{instances} instance{'s' if instances > 1 else ''}"
    return [phase.row(label, rss) for phase in phases]


def measure_vanilla(seconds: float, texts: list[str]) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        server = VanillaServer(Path(tmp) / "vanilla.log")
        try:
            for n in range(5):  # warm-up, as for the stack
                post_rest(server.url, f"bench-warm-{n}", texts[n])
            phases = both_phases(server.url, "", texts, seconds)
            rss = rss_mib(server.pid)
        finally:
            server.stop()
    return [phase.row("vanilla `rasa init`, 1 instance", rss) for phase in phases]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="1 vs 2 Rasa instances behind nginx")
    parser.add_argument("--seconds", type=float, default=60)
    arguments = parser.parse_args(argv)
    texts = [example.text for example in load_heldout()]
    header = [
        "| topology | traffic | answered | msg/s | p50 s | p95 s | p99 s | errors | Rasa RSS MiB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    rows = []
    load_before = os.getloadavg()[0]
    for instances in (1, 2):
        rows += measure(instances, arguments.seconds, texts)
        print("\n".join(header + rows), flush=True)
    rows += measure_vanilla(arguments.seconds, texts)
    print("\n".join(header + rows), flush=True)
    # Other work on the machine changes these figures: say how busy it was.
    load = f"load average (1 min) {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    print(load)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(
        f"# Stack benchmark ({arguments.seconds:g} s per phase)\n\n"
        + "\n".join(header + rows)
        + f"\n\n{load}; {os.cpu_count()} cores\n"
    )
    print(f"\nWritten to {REPORT.relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
