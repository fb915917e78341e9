"""`make bench`: latency, throughput and memory of the real servers with the trained model.

Starts the action server on :5055 (or reuses one that is up) and `rasa run` with the REST
channel on a free port, sends every held-out message through POST /webhooks/rest/webhook, first
one at a time (latency) and then from many concurrent clients (throughput), reads the servers'
memory from /proc, stops what it started and writes reports/bench.md. 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tools import local_servers as servers
from tools.evaluation import metrics, procmem
from tools.evaluation.datasets import REPO_ROOT, load_heldout
from tools.evaluation.loadgen import LoadResult, run_concurrent, run_sequential

REPORT_PATH = REPO_ROOT / "reports" / "bench.md"
WARM_UP_MESSAGES = 5


@dataclass
class BenchResult:
    sequential: metrics.LatencySummary
    sequential_errors: int
    load: metrics.LatencySummary
    load_errors: int
    load_seconds: float
    load_timed_out: bool
    clients: int
    messages_per_second: float
    rasa_rss_mib: float
    action_rss_mib: float | None
    action_reused: bool
    rasa_start_seconds: float
    model: str = "models/current.tar.gz"
    created: str = field(default_factory=lambda: dt.datetime.now().strftime("%Y-%m-%d %H:%M"))


def summarize(
    sequential: LoadResult,
    load: LoadResult,
    clients: int,
    rasa_rss_kib: int,
    action_rss_kib: int | None,
    action_reused: bool,
    rasa_start_seconds: float,
) -> BenchResult:
    return BenchResult(
        sequential=metrics.summarize_latencies(sequential.latencies_ms),
        sequential_errors=sequential.errors,
        load=metrics.summarize_latencies(load.latencies_ms),
        load_errors=load.errors,
        load_seconds=load.seconds,
        load_timed_out=load.timed_out,
        clients=clients,
        messages_per_second=metrics.throughput(len(load.latencies_ms), load.seconds),
        rasa_rss_mib=rasa_rss_kib / 1024,
        action_rss_mib=None if action_rss_kib is None else action_rss_kib / 1024,
        action_reused=action_reused,
        rasa_start_seconds=rasa_start_seconds,
    )


def _latency_row(name: str, summary: metrics.LatencySummary, errors: int) -> str:
    return (
        f"| {name} | {summary.count} | {errors} | {summary.p50:.0f} | {summary.p95:.0f} "
        f"| {summary.p99:.0f} | {summary.mean:.0f} |"
    )


def format_markdown(result: BenchResult) -> str:
    action_rss = "unknown" if result.action_rss_mib is None else f"{result.action_rss_mib:.0f} MiB"
    action_note = "reused (already up on :5055)" if result.action_reused else "started by the bench"
    stopped = " (stopped at the time limit)" if result.load_timed_out else ""
    return "\n".join(
        [
            "# Bench",
            "",
            f"Created {result.created} by `make bench`: REST channel, {result.model},",
            "real action server, messages of tests/data/nlu_heldout.yml. Shared 2-core machine:",
            "figures are noisy.",
            "",
            "| run | messages | errors | p50 ms | p95 ms | p99 ms | mean ms |",
            "|---|---|---|---|---|---|---|",
            _latency_row("sequential", result.sequential, result.sequential_errors),
            _latency_row(f"{result.clients} clients", result.load, result.load_errors),
            "",
            f"- throughput with {result.clients} concurrent clients: "
            f"{result.messages_per_second:.1f} messages/s over {result.load_seconds:.1f} s"
            f"{stopped}",
            f"- Rasa server start (model load) to first answer: {result.rasa_start_seconds:.0f}s",
            f"- RSS Rasa server (with children): {result.rasa_rss_mib:.0f} MiB",
            f"- RSS action server (with children): {action_rss}, {action_note}",
            "",
        ]
    )


def write_report(text: str, path: Path = REPORT_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _tail(path: Path, lines: int = 30) -> str:
    # Startup output only (no message has been sent yet), so no user text can be in it.
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def _start_or_reuse_action_server(port: int, workdir: Path, started: list):
    url = f"http://{servers.HOST}:{port}"
    if servers.is_up(f"{url}/health"):
        return f"{url}/webhook", procmem.listening_pid(port), True
    log = workdir / "actions.log"
    process = servers.start_action_server(port, log)
    started.append(process)
    try:
        servers.wait_for_http(f"{url}/health", 180, process)
    except RuntimeError:
        print(_tail(log), file=sys.stderr)
        raise
    return f"{url}/webhook", process.pid, False


def _start_rasa(model: Path, action_url: str, workdir: Path, started: list):
    port = servers.free_port()
    credentials, endpoints = servers.write_server_config(workdir, action_url)
    log = workdir / "rasa.log"
    process = servers.spawn(servers.rasa_command(model, port, credentials, endpoints), log)
    started.append(process)
    try:
        seconds = servers.wait_for_http(f"http://{servers.HOST}:{port}/", 600, process)
    except RuntimeError:
        print(_tail(log), file=sys.stderr)
        raise
    return f"http://{servers.HOST}:{port}/webhooks/rest/webhook", process.pid, seconds


def run(args: argparse.Namespace) -> BenchResult:
    if not args.model.exists():
        raise FileNotFoundError(f"no trained model at {args.model}: run `make train` first")
    texts = [example.text for example in load_heldout()]
    started: list = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        workdir = Path(tmp)
        try:
            action_url, action_pid, reused = _start_or_reuse_action_server(
                args.action_port, workdir, started
            )
            print(f"action server: {'reused' if reused else 'started'}", flush=True)
            url, rasa_pid, start_seconds = _start_rasa(args.model, action_url, workdir, started)
            print(f"rasa server up after {start_seconds:.0f} s; sending...", flush=True)
            asyncio.run(run_sequential(url, texts[:WARM_UP_MESSAGES], prefix="bench-warm"))
            sequential = asyncio.run(run_sequential(url, texts))
            load_texts = texts * args.rounds
            load = asyncio.run(run_concurrent(url, load_texts, args.clients, args.max_seconds))
            return summarize(
                sequential,
                load,
                args.clients,
                procmem.tree_rss_kib(rasa_pid),
                procmem.tree_rss_kib(action_pid) if action_pid else None,
                reused,
                start_seconds,
            )
        finally:
            for process in reversed(started):
                servers.stop(process)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=servers.MODEL_PATH)
    parser.add_argument("--action-port", type=int, default=5055)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2, help="passes over the set under load")
    parser.add_argument("--max-seconds", type=float, default=120, help="time limit under load")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        result = run(args)
    except (FileNotFoundError, RuntimeError) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    result.model = args.model.name
    text = format_markdown(result)
    print(text)
    write_report(text)
    print(f"written to {REPORT_PATH.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
