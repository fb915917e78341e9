"""A vanilla `rasa init` bot for the stack benchmark: the yardstick of what Rasa itself costs.

The starter project is created and trained once per Rasa version under build/vanilla/ (its
default pipeline and policies, nothing of ours), then served with `rasa run` on the loopback
interface. Nothing is downloaded: `rasa init` copies a template shipped inside the package.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assistant.local_servers import free_port, wait_for_http
from assistant.stack.runner import REPO_ROOT

RASA = Path(sys.executable).with_name("rasa")


def project_dir() -> Path:
    from rasa.version import __version__

    return REPO_ROOT / "build" / "vanilla" / f"rasa-{__version__}"


def trained_model() -> Path:
    """The starter bot's model, trained on first use (a few minutes; reused afterwards)."""
    project = project_dir()
    models = sorted((project / "models").glob("*.tar.gz")) if project.exists() else []
    if models:
        return models[-1]
    project.mkdir(parents=True, exist_ok=True)
    print("==> Training a vanilla `rasa init` bot for comparison (once per Rasa version)")
    subprocess.run(
        [str(RASA), "init", "--no-prompt", "--init-dir", str(project)],
        cwd=project,
        check=True,
        env=dict(os.environ, RASA_TELEMETRY_ENABLED="false"),
    )
    return sorted((project / "models").glob("*.tar.gz"))[-1]


class VanillaServer:
    """`rasa run` of the starter bot with its REST channel, on 127.0.0.1 and a free port."""

    def __init__(self, log_path: Path):
        model = trained_model()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/webhooks/rest/webhook"
        self.log = log_path.open("w")
        self.process = subprocess.Popen(
            [
                str(RASA),
                "run",
                "--model",
                str(model),
                "--interface",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--credentials",
                str(project_dir() / "credentials.yml"),
            ],
            cwd=project_dir(),
            env=dict(os.environ, RASA_TELEMETRY_ENABLED="false"),
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_for_http(f"http://127.0.0.1:{self.port}/", timeout=180)
        except Exception:
            self.stop()
            raise

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
