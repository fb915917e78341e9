"""Shared fixtures: a real action server and the trained agent, loaded in-process.

`bot` talks to the trained model with the real action server behind it (rasa test does not
run custom actions). Use `bot.say("text", sender)` -> list of bot messages (dicts with
"text", "buttons", ...). Each test should use its own sender id (`bot.new_sender()`).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from assistant.local_servers import free_port, wait_for_http  # noqa: F401 (used by tests)
from assistant.staff.matching import repeated_message

REPO_ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = REPO_ROOT / "models" / "current.tar.gz"


def start_action_server(port: int) -> subprocess.Popen:
    # rasa-sdk listens on every interface unless SANIC_HOST says otherwise.
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), SANIC_HOST="127.0.0.1")
    return subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.fixture(scope="session")
def action_server_url():
    port = free_port()
    process = start_action_server(port)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/health")
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        process.terminate()
        process.wait(timeout=10)


class BotClient:
    """Synchronous wrapper around an in-process Rasa agent."""

    def __init__(self, agent, loop: asyncio.AbstractEventLoop):
        self.agent = agent
        self.loop = loop
        self._last: dict[str, tuple[str, list[dict]]] = {}  # sender -> (text, bot turn)

    @staticmethod
    def new_sender() -> str:
        return f"test-{uuid.uuid4().hex}"

    def say(self, text: str, sender: str | None = None) -> list[dict]:
        sender = sender or self.new_sender()
        turn = self.loop.run_until_complete(self.agent.handle_text(text, sender_id=sender)) or []
        # Every dialogue test also checks for loops: no message sent twice in a row, unless
        # the person said the same thing again.
        last_text, last_turn = self._last.get(sender, (None, []))
        repeated = None if text == last_text else repeated_message(last_turn, turn)
        assert repeated is None, f"said twice in a row after {text!r}: {repeated!r}"
        self._last[sender] = (text, turn)
        return turn

    def tracker(self, sender: str):
        return self.loop.run_until_complete(self.agent.tracker_store.retrieve(sender))


def load_bot(action_url: str | None) -> BotClient:
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.endpoints import EndpointConfig

    from assistant.evaluation.predict import quiet_rasa_logs
    from assistant.runtime import load_agent

    quiet_rasa_logs()  # unconfigured, Rasa's structlog prints every message's text

    if not MODEL_PATH.exists():
        pytest.fail("No trained model: run `make train` first (make test does it).")
    endpoints = AvailableEndpoints(action=EndpointConfig(url=action_url) if action_url else None)
    loop = asyncio.new_event_loop()
    agent = loop.run_until_complete(load_agent(model_path=str(MODEL_PATH), endpoints=endpoints))
    return BotClient(agent, loop)


@pytest.fixture(scope="session")
def bot(action_server_url) -> BotClient:
    client = load_bot(action_server_url)
    yield client
    client.loop.close()


@pytest.fixture(scope="session")
def bot_without_actions() -> BotClient:
    """The agent with its action server unreachable (a port nothing listens on)."""
    client = load_bot(f"http://127.0.0.1:{free_port()}/webhook")
    yield client
    client.loop.close()


def texts(messages: list[dict]) -> str:
    """All text of the bot's messages, joined, for `in` checks."""
    return "\n".join(message.get("text") or "" for message in messages)
