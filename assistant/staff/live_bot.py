"""The real trained bot in-process, with the real action server in a child process.

Rasa's own `rasa test` does not run custom actions, so conversations go through
`rasa.core.agent.load_agent` + `handle_text`, the same way tests/conftest.py does.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from assistant.local_servers import free_port, wait_for_http

REPO_ROOT = Path(__file__).resolve().parents[2]
MODEL_PATH = REPO_ROOT / "models" / "current.tar.gz"


def quiet_rasa_logs() -> None:
    """Warnings only: Rasa's debug logs would print test messages and sender ids."""
    import logging

    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)


@contextlib.contextmanager
def action_server() -> Iterator[str]:
    """Start `python -m rasa_sdk` on a free port; yield its webhook URL; stop it afterwards."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)],
        cwd=REPO_ROOT,
        env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/health")
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


class AgentBot:
    """Synchronous face of an in-process Rasa agent (one event loop, owned here)."""

    def __init__(self, action_url: str, model_path: Path = MODEL_PATH):
        from rasa.core.utils import AvailableEndpoints
        from rasa.utils.endpoints import EndpointConfig

        from assistant.graph_runner import load_agent

        if not model_path.exists():
            raise FileNotFoundError(f"No trained model at {model_path}: run `make train` first.")
        quiet_rasa_logs()
        self.loop = asyncio.new_event_loop()
        endpoints = AvailableEndpoints(action=EndpointConfig(url=action_url))
        self.agent = self.loop.run_until_complete(
            load_agent(model_path=str(model_path), endpoints=endpoints)
        )

    def say(self, text: str, sender: str) -> list[dict]:
        return self.loop.run_until_complete(self.agent.handle_text(text, sender_id=sender)) or []

    def tracker_state(self, sender: str) -> dict:
        """The tracker as the HTTP API returns it (`GET /conversations/<id>/tracker`)."""
        from rasa.shared.core.trackers import EventVerbosity

        tracker = self.loop.run_until_complete(self.agent.tracker_store.retrieve(sender))
        return tracker.current_state(EventVerbosity.ALL) if tracker else {}

    def close(self) -> None:
        self.loop.close()


@contextlib.contextmanager
def live_bot(model_path: Path = MODEL_PATH) -> Iterator[AgentBot]:
    with action_server() as url:
        bot = AgentBot(url, model_path)
        try:
            yield bot
        finally:
            bot.close()
