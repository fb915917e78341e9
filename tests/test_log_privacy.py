"""At the default log level, neither server logs user text or sender ids: not when an action
fails (the action server is stopped half way through), not for typed "/payloads" Rasa cannot
parse (REST and web chat), not when a client gives up while its message waits. The Rasa server
runs as `make run` runs it (assistant.rasa_server, API on, token from a file), which is also
checked here: the token is in no command line and is accepted only in a header."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from rasa_sdk import Action
from rasa_sdk.executor import CollectingDispatcher

from actions.safety_net import NeverRaises
from assistant.api_token import admin_jwt
from tests.support.web_chat import web_chat
from tools.local_servers import (
    MODEL_PATH,
    REPO_ROOT,
    action_endpoints,
    free_port,
    rasa_command,
    server_environment,
    spawn,
    start_action_server,
    stop,
    wait_for_http,
)

MARKER_TEXT = "zebrafinch-4471 my number is 604-555-0199"
SENDER = "sender-okapi-9913"
SECRETS = ("zebrafinch", "604-555-0199", "okapi")
TOKEN = "privacy-test-token-5f1c9a0e7d-0123456789"  # noqa: S105 - a test value


@dataclass
class Servers:
    base: str
    action_port: int
    action_server: subprocess.Popen
    rasa_server: subprocess.Popen
    logs: Path

    @property
    def rest(self) -> str:
        return f"{self.base}/webhooks/rest/webhook"


def post(url: str, payload: dict, token: str | None = TOKEN, timeout: float = 60) -> list:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), headers=headers)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"[]")


def status_of(request: urllib.request.Request) -> int:
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def clean_environment() -> dict[str, str]:
    env = server_environment()
    for name in ("RASA_API_TOKEN", "RASA_API_TOKEN_FILE", "SANIC_REQUEST_MAX_SIZE"):
        env.pop(name, None)
    return env


@pytest.fixture(scope="module")
def servers():
    action_port, rasa_port = free_port(), free_port()
    logs = Path(tempfile.mkdtemp(prefix="privacy-logs-"))
    action_url = f"http://127.0.0.1:{action_port}/webhook"
    endpoints = action_endpoints(logs / "endpoints.yml", action_url)
    token_file = logs / "api-token"
    token_file.write_text(TOKEN)
    env = clean_environment()
    action_server = start_action_server(action_port, logs / "actions.log", env)
    command = rasa_command(
        MODEL_PATH, rasa_port, REPO_ROOT / "credentials.yml", endpoints, "--enable-api",
        launcher=(sys.executable, "-m", "assistant.rasa_server"),
    )  # fmt: skip
    env = dict(env, RASA_API_TOKEN_FILE=str(token_file))
    rasa_server = spawn(command, logs / "rasa.log", env)
    try:
        wait_for_http(f"http://127.0.0.1:{action_port}/health", process=action_server)
        wait_for_http(f"http://127.0.0.1:{rasa_port}/", 180, rasa_server)
        yield Servers(
            f"http://127.0.0.1:{rasa_port}", action_port, action_server, rasa_server, logs
        )
    finally:
        stop(rasa_server)
        stop(action_server)


def assert_no_secrets(logs: Path) -> None:
    for name in ("rasa.log", "actions.log"):
        content = (logs / name).read_text(errors="replace")
        for secret in (*SECRETS, TOKEN):
            assert secret not in content, f"{secret!r} found in {name}"


TYPED = [
    f"/ask_consent{{bad json {MARKER_TEXT}",
    f"/no_such_intent {MARKER_TEXT}",
    f'/inform{{"no_such_entity": "{MARKER_TEXT}"}}',
    f"/ask_consent@7 {MARKER_TEXT}",
]


def test_no_user_text_or_sender_in_logs(servers):
    messages = [
        f"is it a crime? {MARKER_TEXT}",
        "do I qualify?",
        f"I live in {MARKER_TEXT}",  # goes to the form's validation action
        "/request_summary",
        *TYPED,  # Rasa logs "Failed to parse arguments in line '<the text>'" for these
    ]
    for message in messages:
        assert post(servers.rest, {"sender": SENDER, "message": message})
    asyncio.run(web_chat(servers.base, TYPED))
    servers.action_server.terminate()  # every custom action now fails on the Rasa side
    servers.action_server.wait(timeout=20)
    replies = post(
        servers.rest, {"sender": SENDER, "message": f"is the service open? {MARKER_TEXT}"}
    )
    assert replies, "the bot must still answer when an action fails"
    assert_no_secrets(servers.logs)


def hang_forever(port: int, stop: threading.Event) -> None:
    """An 'action server' that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen()
        listener.settimeout(0.2)
        held = []
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue
        for connection in held:
            connection.close()


def test_client_that_gives_up_leaves_no_text_in_logs(servers):
    """The first message waits on an action that never answers; the second waits for the
    conversation lock. Both clients give up; Rasa's own channel logged both texts."""
    if servers.action_server.poll() is None:
        servers.action_server.terminate()
        servers.action_server.wait(timeout=20)
    stop = threading.Event()
    hanging = threading.Thread(target=hang_forever, args=(servers.action_port, stop))
    hanging.start()
    try:
        time.sleep(0.5)
        sender = f"{SENDER}-lock"
        waiting = [
            threading.Thread(
                target=lambda text=text: pytest.raises(
                    OSError, post, servers.rest, {"sender": sender, "message": text}, timeout=3
                )
            )
            for text in (f"is the service open? {MARKER_TEXT}", f"hello {MARKER_TEXT}")
        ]
        for thread in waiting:
            thread.start()
            time.sleep(0.3)
        for thread in waiting:
            thread.join()
        time.sleep(1.0)  # the server notices the closed connections
    finally:
        stop.set()
        hanging.join()
    assert "cancelled" in (servers.logs / "rasa.log").read_text(errors="replace")
    assert_no_secrets(servers.logs)


def test_api_token_only_in_a_header_and_never_on_a_command_line(servers):
    cmdline = Path(f"/proc/{servers.rasa_server.pid}/cmdline").read_bytes()
    assert TOKEN.encode() not in cmdline
    tracker = f"{servers.base}/conversations/{SENDER}/tracker"
    assert status_of(urllib.request.Request(f"{tracker}?token={TOKEN}")) == 401
    bad = urllib.request.Request(tracker, headers={"Authorization": "Bearer not.a.jwt"})
    assert status_of(bad) == 401
    good = urllib.request.Request(tracker, headers={"Authorization": f"Bearer {admin_jwt(TOKEN)}"})
    assert status_of(good) == 200
    with pytest.raises(urllib.error.HTTPError) as refused:
        post(servers.rest, {"sender": SENDER, "message": "hi"}, token=None)
    assert refused.value.code == 401


def test_request_bodies_over_a_mebibyte_are_refused(servers):
    huge = json.dumps({"sender": SENDER, "message": "a" * (2 * 1024 * 1024)}).encode()
    request = urllib.request.Request(
        servers.rest,
        data=huge,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"},
    )
    assert status_of(request) == 413


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
