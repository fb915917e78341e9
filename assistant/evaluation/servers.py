"""Start, find and stop the two servers the bench talks to; 127.0.0.1 only."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from assistant.evaluation.datasets import REPO_ROOT

HOST = "127.0.0.1"
RASA = Path(sys.executable).with_name("rasa")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def is_up(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (fixed local URL)
            return response.status == 200
    except OSError:
        return False


def wait_until_up(url: str, process: subprocess.Popen | None, timeout: float) -> float:
    """Seconds until `url` answers 200; fails early when the process exits."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if is_up(url):
            return time.monotonic() - start
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with code {process.returncode} before {url} was up")
        time.sleep(0.5)
    raise RuntimeError(f"{url} was not up within {timeout:.0f}s")


def _environment() -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(REPO_ROOT),
        RASA_TELEMETRY_ENABLED="false",
        SANIC_HOST=HOST,  # rasa-sdk binds 0.0.0.0 unless told otherwise
    )


def _spawn(command: list[str], log_path: Path) -> subprocess.Popen:
    # Own session, so stop() can end the server with every child it forked, and nothing else.
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=_environment(),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def start_action_server(port: int, log_path: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)]
    return _spawn(command, log_path)


def write_server_config(workdir: Path, action_url: str) -> tuple[Path, Path]:
    """Credentials with the REST channel only, and endpoints with the action server only
    (in-memory tracker and lock stores, as `make run`'s embedded defaults)."""
    credentials = workdir / "credentials.yml"
    credentials.write_text("rest:\n", encoding="utf-8")
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(f'action_endpoint:\n  url: "{action_url}"\n', encoding="utf-8")
    return credentials, endpoints


def start_rasa_server(
    model: Path, port: int, credentials: Path, endpoints: Path, log_path: Path
) -> subprocess.Popen:
    command = [
        str(RASA), "run", "--model", str(model), "--interface", HOST, "--port", str(port),
        "--credentials", str(credentials), "--endpoints", str(endpoints),
    ]  # fmt: skip
    return _spawn(command, log_path)


def stop(process: subprocess.Popen, timeout: float = 20) -> None:
    """End the server we started (its own process group), politely first."""
    if process.poll() is not None:
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
