"""scripts/supervise.sh: a killed server is started again; stopping the supervisor stops it."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from tests.domain_files import REPO_ROOT


def read_pid(pidfile: Path, other_than: int | None = None, timeout: float = 10) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid = int(pidfile.read_text().strip())
            if pid != other_than:
                return pid
        except (FileNotFoundError, ValueError):
            pass
        time.sleep(0.05)
    raise AssertionError("no (new) child started")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def test_killed_child_is_restarted_and_stopped_with_the_supervisor(tmp_path):
    pidfile = tmp_path / "child.pid"
    supervisor = subprocess.Popen(
        [str(REPO_ROOT / "scripts/supervise.sh"), "sleeper", str(pidfile), "sleep", "300"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = read_pid(pidfile)
        os.kill(first, signal.SIGKILL)  # a crash
        second = read_pid(pidfile, other_than=first)
        assert alive(second)
        supervisor.send_signal(signal.SIGTERM)
        supervisor.wait(timeout=10)
        time.sleep(0.2)
        assert not alive(second)
        assert "sleeper stopped (exit 137); restarted after" in supervisor.stderr.read()
    finally:
        if supervisor.poll() is None:
            supervisor.kill()


def test_no_restart_once_the_stop_file_exists(tmp_path):
    pidfile = tmp_path / "child.pid"
    stop_file = tmp_path / "stopping"
    supervisor = subprocess.Popen(
        [str(REPO_ROOT / "scripts/supervise.sh"), "sleeper", str(pidfile), "sleep", "300"],
        env=dict(os.environ, SUPERVISE_STOP_FILE=str(stop_file)),
    )
    try:
        first = read_pid(pidfile)
        stop_file.touch()  # what run.sh does first on Ctrl-C
        os.kill(first, signal.SIGINT)
        os.kill(first, signal.SIGKILL)
        supervisor.wait(timeout=10)
        assert not pidfile.exists()
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
