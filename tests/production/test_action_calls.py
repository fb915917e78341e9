"""Action calls are cut off in seconds; the action server wants its token."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from assistant import action_server, action_timeout
from tools.local_servers import free_port, wait_for_http

REPO_ROOT = Path(__file__).resolve().parents[2]


async def test_a_hung_action_server_is_given_up_on_in_seconds(monkeypatch):
    hung = []

    async def never_answer(reader, writer):
        hung.append(writer)  # accept the request, never reply

    server = await asyncio.start_server(never_answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    import rasa.core.actions.action
    import rasa.utils.endpoints

    monkeypatch.setattr(rasa.core.actions.action, "DEFAULT_REQUEST_TIMEOUT", 300)
    monkeypatch.setattr(rasa.utils.endpoints, "DEFAULT_REQUEST_TIMEOUT", 300)
    assert action_timeout.install({"ACTION_TIMEOUT_SECONDS": "1"}) == 1
    action = RemoteAction("action_check_age", EndpointConfig(f"http://127.0.0.1:{port}/webhook"))
    domain = Domain.empty()
    started = time.monotonic()
    with pytest.raises(Exception):  # noqa: B017 - Rasa's processor catches any exception
        await asyncio.wait_for(
            action.run(
                CollectingOutputChannel(),
                TemplatedNaturalLanguageGenerator(domain.responses),
                DialogueStateTracker("t", []),
                domain,
            ),
            timeout=10,
        )
    assert time.monotonic() - started < 3
    server.close()


def test_timeout_setting_is_checked():
    assert action_timeout.action_timeout({}) == action_timeout.DEFAULT_SECONDS
    with pytest.raises(ValueError):
        action_timeout.action_timeout({"ACTION_TIMEOUT_SECONDS": "0"})


def test_action_server_refuses_a_public_address_without_a_token():
    with pytest.raises(SystemExit):
        action_server.settings({"ACTION_SERVER_HOST": "0.0.0.0"})  # noqa: S104
    assert action_server.settings({}) == ("127.0.0.1", "")
    assert action_server.settings({"ACTION_SERVER_HOST": "10.0.0.5", "ACTION_SERVER_TOKEN": "t"})


def get(url: str, token: str | None = None) -> int:
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code


def test_action_server_requires_the_token(tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text("a-long-random-token\n")
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), ACTION_SERVER_TOKEN_FILE=str(token_file))
    env.pop("ACTION_SERVER_TOKEN", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant.action_server", "--port", str(port)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(f"{base}/health", timeout=60)
        assert get(f"{base}/actions") == 401
        assert get(f"{base}/actions", "wrong") == 401
        assert get(f"{base}/actions", "a-long-random-token") == 200
        body = json.dumps({"next_action": "action_check_age", "tracker": {}}).encode()
        post = urllib.request.Request(f"{base}/webhook", data=body, method="POST")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(post, timeout=5)
        assert refused.value.code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)
