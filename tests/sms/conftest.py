"""Fixtures for the SMS channel tests (helpers live in helpers.py)."""

from __future__ import annotations

import pytest

from assistant.channels.sms.channel import SmsInput
from assistant.channels.sms.store import MemoryStore

from .helpers import CONFIG, FakeAgent, SmsServer


@pytest.fixture
def fake_agent() -> FakeAgent:
    return FakeAgent()


@pytest.fixture
async def sms(fake_agent):
    """The channel in a real Sanic server, with the fake agent behind it."""
    server = await SmsServer(fake_agent, SmsInput(CONFIG, MemoryStore())).start()
    yield server
    await server.stop()
