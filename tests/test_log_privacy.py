"""At the default log level, neither server logs user text or sender ids, even when an
action fails (the action server is stopped half way through)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import pytest
from rasa_sdk import Action
from rasa_sdk.executor import CollectingDispatcher

from actions.safety_net import NeverRaises
from tests.conftest import MODEL_PATH, REPO_ROOT, free_port, wait_for_http

MARKER_TEXT = "zebrafinch-4471 my number is 604-555-0199"
SENDER = "sender-okapi-9913"


def post(url: str, payload: dict) -> list:
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"[]")


@pytest.fixture(scope="module")
def servers_with_logs():
    action_port, rasa_port = free_port(), free_port()
    logs = Path(tempfile.mkdtemp(prefix="privacy-logs-"))
    endpoints = logs / "endpoints.yml"
    endpoints.write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{action_port}/webhook"\n')
    action_log = open(logs / "actions.log", "wb")
    action_server = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(action_port)],
        cwd=REPO_ROOT,
        env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
        stdout=action_log,
        stderr=subprocess.STDOUT,
    )
    rasa_log = open(logs / "rasa.log", "wb")
    rasa_server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "rasa",
            "run",
            "--model",
            str(MODEL_PATH),
            "--port",
            str(rasa_port),
            "--endpoints",
            str(endpoints),
            "--credentials",
            str(REPO_ROOT / "credentials.yml"),
        ],
        cwd=REPO_ROOT,
        env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
        stdout=rasa_log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{action_port}/health")
        wait_for_http(f"http://127.0.0.1:{rasa_port}/", timeout=180)
        yield f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook", action_server, logs
    finally:
        for process in (rasa_server, action_server):
            process.terminate()
            process.wait(timeout=20)
        action_log.close()
        rasa_log.close()


def test_no_user_text_or_sender_in_logs(servers_with_logs):
    url, action_server, logs = servers_with_logs
    messages = [
        f"is it a crime? {MARKER_TEXT}",
        "do I qualify?",
        f"I live in {MARKER_TEXT}",  # goes to the form's validation action
        "/request_summary",
    ]
    for message in messages:
        assert post(url, {"sender": SENDER, "message": message})
    action_server.terminate()  # every custom action now fails on the Rasa side
    action_server.wait(timeout=20)
    replies = post(url, {"sender": SENDER, "message": f"is the service open? {MARKER_TEXT}"})
    assert replies, "the bot must still answer when an action fails"
    for name in ("rasa.log", "actions.log"):
        content = (logs / name).read_text(errors="replace")
        for secret in ("zebrafinch", "604-555-0199", SENDER):
            assert secret not in content, f"{secret!r} found in {name}"


class ExplodingAction(NeverRaises, Action):
    def name(self) -> str:
        return "action_explode"

    def run(self, dispatcher, tracker, domain):
        raise ValueError(f"failed on {MARKER_TEXT}")


async def test_failing_action_logs_no_text_and_sends_safe_reply(caplog):
    caplog.set_level(logging.DEBUG)
    dispatcher = CollectingDispatcher()
    assert await ExplodingAction().run(dispatcher, None, {}) == []
    assert dispatcher.messages[0]["response"] == "utter_action_failed"
    assert "zebrafinch" not in caplog.text and "ValueError" in caplog.text
