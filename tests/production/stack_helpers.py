"""Start and stop `scripts/stack.sh` for tests and benchmarks (loopback only)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.domain_files import REPO_ROOT

PUBLIC = "http://localhost:8090"
INTERNAL = "http://127.0.0.1:8091"
SMS_TOKEN = "stack-test-twilio-token-0123456789"  # noqa: S105 - a test value
SMS_URL = f"{PUBLIC}/webhooks/sms/webhook"


class RunningStack:
    def __init__(self, tmp: Path, db_name: str, extra_env: dict[str, str] | None = None):
        self.run_dir_file = tmp / "run-dir"
        self.log = (tmp / "stack.log").open("w")
        env = dict(
            os.environ,
            STACK_RUN_DIR_FILE=str(self.run_dir_file),
            DB_NAME=db_name,
            DB_USER="postgres",
            REDIS_KEY_PREFIX=f"{db_name}",
            TWILIO_AUTH_TOKEN=SMS_TOKEN,
            SMS_PUBLIC_URL=SMS_URL,
            SMS_ID_SECRET="stack-test-sms-id-secret-0123456789",
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
        request = urllib.request.Request(
            f"{base}/webhooks/rest/webhook",
            data=json.dumps({"sender": sender, "message": text}).encode(),
            headers={"Authorization": f"Bearer {token or self.token}"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as reply:
                return reply.status, json.loads(reply.read() or b"[]")
        except urllib.error.HTTPError as error:
            return error.code, None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


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
