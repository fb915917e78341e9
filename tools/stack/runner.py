"""Start and stop `scripts/stack.sh` for the stack test and the stack benchmark (loopback only)."""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

PUBLIC = "http://localhost:8090"
INTERNAL = "http://127.0.0.1:8091"
SMS_TOKEN = secrets.token_hex(16)  # Twilio signs with this; random per run
SMS_URL = f"{PUBLIC}/webhooks/sms/webhook"


class RunningStack:
    def __init__(self, tmp: Path, db_name: str, extra_env: dict[str, str] | None = None):
        tmp.mkdir(parents=True, exist_ok=True)
        self.run_dir_file = tmp / "run-dir"
        self.log_path = tmp / "stack.log"
        self.log = self.log_path.open("w")
        env = dict(
            os.environ,
            STACK_RUN_DIR_FILE=str(self.run_dir_file),
            DB_NAME=db_name,
            DB_USER="postgres",
            REDIS_KEY_PREFIX=f"{db_name}",
            TWILIO_AUTH_TOKEN=SMS_TOKEN,
            SMS_PUBLIC_URL=SMS_URL,
            SMS_ID_SECRET=secrets.token_hex(16),
            **(extra_env or {}),
        )
        for name in ("RASA_API_TOKEN_FILE", "RASA_API_TOKEN", "ACTION_SERVER_TOKEN_FILE"):
            env.pop(name, None)
        self.process = subprocess.Popen(
            [str(REPO_ROOT / "scripts/stack.sh")],
            cwd=REPO_ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 300
        while not self.run_dir_file.exists() or not self.run_dir_file.read_text().strip():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the stack did not start; see {self.log.name}")
            time.sleep(0.5)
        self.run_dir = Path(self.run_dir_file.read_text().strip())
        self.token = (self.run_dir / "api-token").read_text().strip()

    def pid(self, name: str) -> int:
        return int((self.run_dir / f"{name}.pid").read_text().strip())

    def rest(self, sender: str, text: str, token: str | None = None, base: str = INTERNAL):
        return post_rest(f"{base}/webhooks/rest/webhook", sender, text, token or self.token)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


def post_rest(url: str, sender: str, text: str, token: str = "") -> tuple[int, list | None]:
    """One message to a REST channel: (HTTP status, the bot's messages or None)."""
    request = urllib.request.Request(  # noqa: S310 - loopback URLs only
        url,
        data=json.dumps({"sender": sender, "message": text}).encode(),
        headers={"Authorization": f"Bearer {token}"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:  # noqa: S310 - loopback
            return reply.status, json.loads(reply.read() or b"[]")
    except urllib.error.HTTPError as error:
        return error.code, None


def rss_mib(pid: int) -> float:
    """Resident memory of a process and its children, in MiB (0 when it is gone)."""
    total = 0
    for candidate in [pid, *children(pid)]:
        try:
            for line in Path(f"/proc/{candidate}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(child) for child in found]


def drop_database(name: str) -> None:
    import psycopg2

    admin = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres")
    admin.autocommit = True
    admin.cursor().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


def stored_user_texts(db_name: str, sender: str) -> list[str]:
    import psycopg2

    connection = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname=db_name)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT data FROM events WHERE sender_id = %s AND type_name = 'user' ORDER BY id",
                (sender,),
            )
            return [json.loads(data)["text"] for (data,) in cursor.fetchall()]
    finally:
        connection.close()
