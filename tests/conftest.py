"""Shared fixtures: the trained agent loaded in-process, with the real action server behind it
(`rasa test` does not run custom actions). Servers start through tools.local_servers.

`bot.say("text", sender)` -> list of bot messages (dicts with "text", "buttons", ...). Each
test should use its own sender id (`bot.new_sender()`); `tests.support.messages.texts` joins
the replies' text. Every turn of `bot` is also checked for loops (tests/support/loop_check.py).
"""

from __future__ import annotations

import pytest

from tests.support.loop_check import LoopCheckingBot
from tools.local_servers import LocalBot, action_server, free_port


@pytest.fixture(scope="session")
def action_server_url():
    with action_server() as url:
        yield url


@pytest.fixture(scope="session")
def bot(action_server_url) -> LocalBot:
    client = LoopCheckingBot(action_server_url)
    yield client
    client.close()


@pytest.fixture(scope="session")
def bot_without_actions() -> LocalBot:
    """The agent with its action server unreachable (a port nothing listens on)."""
    client = LocalBot(f"http://127.0.0.1:{free_port()}/webhook")
    yield client
    client.close()
