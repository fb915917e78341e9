"""A vanilla `rasa init` bot for the stack benchmark: the yardstick of what Rasa itself costs.

The starter project is created and trained once per Rasa version under build/vanilla/ (its
default pipeline and policies, nothing of ours), then served with `rasa run` on the loopback
interface. Nothing is downloaded: `rasa init` copies a template shipped inside the package.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tools.local_servers import (
    HOST,
    RASA,
    REPO_ROOT,
    free_port,
    rasa_command,
    spawn,
    stop,
    wait_for_http,
)


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
        [*RASA, "init", "--no-prompt", "--init-dir", str(project)],
        cwd=project,
        check=True,
        env=dict(os.environ, RASA_TELEMETRY_ENABLED="false"),
    )
    return sorted((project / "models").glob("*.tar.gz"))[-1]


class VanillaServer:
    """`rasa run` of the starter bot with its REST channel, on 127.0.0.1 and a free port."""

    def __init__(self, log_path: Path):
        model = trained_model()
        project = project_dir()
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}/webhooks/rest/webhook"
        command = rasa_command(
            model, self.port, project / "credentials.yml", project / "endpoints.yml"
        )
        self.process = spawn(command, log_path, cwd=project)
        try:
            wait_for_http(f"http://{HOST}:{self.port}/", 180, self.process)
        except Exception:
            self.stop()
            raise

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        stop(self.process, timeout=30)
