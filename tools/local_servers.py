"""The one way tests and tools start the project's servers (production starts them with
scripts/run.sh and scripts/stack.sh). Every server listens on 127.0.0.1 and a free port, runs
in its own process group, and `stop()` ends it with every child it forked, and nothing else.

The trained bot in-process (`LocalBot`, `live_bot()`) has the real action server behind it:
`rasa test` does not run custom actions, so conversations go through Rasa's agent here.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
REPO_ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = REPO_ROOT / "models" / "current.tar.gz"
RASA = (str(Path(sys.executable).with_name("rasa")),)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def is_up(url: str, any_status: bool = False) -> bool:
    """True when `url` answers with success (with any HTTP status if `any_status`)."""
    try:
        with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - local servers only
            return True
    except urllib.error.HTTPError:
        return any_status
    except OSError:
        return False


def wait_for_http(
    url: str,
    timeout: float = 90.0,
    process: subprocess.Popen | None = None,
    any_status: bool = False,
) -> float:
    """Seconds until `url` is up; RuntimeError after `timeout`, or as soon as `process`
    (the server behind it) exits."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if is_up(url, any_status):
            return time.monotonic() - start
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with code {process.returncode} before {url} was up")
        time.sleep(0.3)
    raise RuntimeError(f"{url} was not up within {timeout:.0f}s")


def server_environment(**extra: str) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(REPO_ROOT),
        RASA_TELEMETRY_ENABLED="false",
        SANIC_HOST=HOST,  # rasa-sdk binds 0.0.0.0 unless told otherwise
        **extra,
    )


def spawn(
    command: Sequence[str],
    log_path: Path | None = None,
    env: dict[str, str] | None = None,
    cwd: Path = REPO_ROOT,
) -> subprocess.Popen:
    """Start a server in its own session; its output goes to `log_path`, or nowhere (output
    a test prints could hold the messages it sends)."""
    log = open(log_path, "wb") if log_path else subprocess.DEVNULL  # noqa: SIM115
    try:
        return subprocess.Popen(
            list(command),
            cwd=cwd,
            env=env or server_environment(),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    finally:
        if not isinstance(log, int):  # subprocess.DEVNULL is a number, not a file
            log.close()


def stop(process: subprocess.Popen | None, timeout: float = 20) -> None:
    """End a server `spawn()` started (its process group), politely first."""
    if process is None or process.poll() is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=timeout)
            return
        except subprocess.TimeoutExpired:
            continue


def start_action_server(
    port: int, log_path: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.Popen:
    command = [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)]
    return spawn(command, log_path, env)


def rasa_command(
    model: Path,
    port: int,
    credentials: Path,
    endpoints: Path,
    *extra: str,
    launcher: Sequence[str] = RASA,
) -> list[str]:
    """`rasa run` of a model on 127.0.0.1 (launcher: `rasa`, or e.g. assistant.rasa_server)."""
    return [
        *launcher, "run", "--model", str(model), "--interface", HOST, "--port", str(port),
        "--credentials", str(credentials), "--endpoints", str(endpoints), *extra,
    ]  # fmt: skip


def action_endpoints(path: Path, action_url: str) -> Path:
    """An endpoints file with the action server only (in-memory tracker and lock stores,
    as `make run`'s embedded defaults)."""
    path.write_text(f'action_endpoint:\n  url: "{action_url}"\n', encoding="utf-8")
    return path


def write_server_config(workdir: Path, action_url: str) -> tuple[Path, Path]:
    """Credentials with the REST channel only, and endpoints with the action server only."""
    credentials = workdir / "credentials.yml"
    credentials.write_text("rest:\n", encoding="utf-8")
    return credentials, action_endpoints(workdir / "endpoints.yml", action_url)


@contextlib.contextmanager
def action_server(log_path: Path | None = None, timeout: float = 90) -> Iterator[str]:
    """A fresh action server on a free port; yields its webhook URL; stops it afterwards."""
    port = free_port()
    process = start_action_server(port, log_path)
    try:
        wait_for_http(f"http://{HOST}:{port}/health", timeout, process)
        yield f"http://{HOST}:{port}/webhook"
    finally:
        stop(process)


async def load_agent_with_actions(model: Path, action_url: str | None) -> Any:
    """The whole bot in-process; custom actions on `action_url` (None: they fail)."""
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.endpoints import EndpointConfig

    from assistant.runtime import load_agent

    if not Path(model).exists():
        raise FileNotFoundError(f"no trained model at {model}: run `make train` first")
    endpoints = AvailableEndpoints(action=EndpointConfig(url=action_url) if action_url else None)
    return await load_agent(model_path=str(model), endpoints=endpoints)


class LocalBot:
    """Synchronous face of an in-process Rasa agent (one event loop, owned here)."""

    def __init__(self, action_url: str | None, model_path: Path = MODEL_PATH):
        self.loop = asyncio.new_event_loop()
        try:
            self.agent = self.loop.run_until_complete(
                load_agent_with_actions(model_path, action_url)
            )
        except BaseException:
            self.loop.close()
            raise

    @staticmethod
    def new_sender() -> str:
        return f"test-{uuid.uuid4().hex}"

    def say(self, text: str, sender: str | None = None) -> list[dict]:
        sender = sender or self.new_sender()
        return self.loop.run_until_complete(self.agent.handle_text(text, sender_id=sender)) or []

    def tracker(self, sender: str):
        """Rasa's tracker of the conversation, or None."""
        return self.loop.run_until_complete(self.agent.tracker_store.retrieve(sender))

    def close(self) -> None:
        self.loop.close()


@contextlib.contextmanager
def live_bot(model_path: Path = MODEL_PATH) -> Iterator[LocalBot]:
    with action_server() as url:
        bot = LocalBot(url, model_path)
        try:
            yield bot
        finally:
            bot.close()
