"""Faults on the running stack (`make fault-test`; RUN_STACK_TESTS=1): one conversation from
both instances at once, an instance killed mid-load, Redis restarted, PostgreSQL unreachable
for 10 s, the action server hung and then killed. One stack for the module, with its own
redis-server (the machine's is never restarted) and PostgreSQL behind a proxy the test cuts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import psycopg2
import pytest

from tools.local_servers import free_port
from tools.stack.runner import RunningStack, drop_database
from tools.stack.tcp_proxy import CuttableProxy

pytestmark = pytest.mark.skipif(
    os.environ.get("RUN_STACK_TESTS") != "1", reason="fault test: make fault-test"
)
DB_NAME = f"fault_test_{uuid.uuid4().hex[:8]}"
ACTION_TIMEOUT = 4
VICTIMLINK = "1-800-563-0808"


class OwnRedis:
    def __init__(self):
        self.port = free_port()
        self.process = None
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],  # fmt: skip
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while (
            subprocess.run(
                ["redis-cli", "-p", str(self.port), "ping"], capture_output=True
            ).stdout.strip()
            != b"PONG"
        ):
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.1)

    def stop(self):
        self.process.kill()
        self.process.wait()


@pytest.fixture(scope="module")
def faults(tmp_path_factory):
    redis = OwnRedis()
    database = CuttableProxy(5432)
    stack = RunningStack(
        tmp_path_factory.mktemp("faults"),
        DB_NAME,
        {
            "REDIS_PORT": str(redis.port),
            "DB_PORT": str(database.port),
            "DB_STARTUP_WAIT": "30",
            "REST_RATE_PER_MINUTE": "6000",
            "REST_RATE_BURST": "300",
            "ACTION_TIMEOUT_SECONDS": str(ACTION_TIMEOUT),
        },
    )
    yield stack, redis, database
    stack.stop()
    redis.stop()
    database.cut()
    drop_database(DB_NAME)


def post(port_or_base, sender: str, text: str, token: str, timeout: float = 60):
    base = port_or_base if isinstance(port_or_base, str) else f"http://127.0.0.1:{port_or_base}"
    request = urllib.request.Request(
        f"{base}/webhooks/rest/webhook",
        data=json.dumps({"sender": sender, "message": text}).encode(),
        headers={"Authorization": f"Bearer {token}"},
        method="POST",
    )
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, json.loads(reply.read() or b"[]"), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, None, time.monotonic() - started
    except OSError:
        return 0, None, time.monotonic() - started


def readiness(port: int) -> dict:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/webhooks/ready/", timeout=10) as r:
            return json.loads(r.read())
    except urllib.error.HTTPError as error:
        return json.loads(error.read())


def events(sender: str) -> list[dict]:
    connection = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname=DB_NAME)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT data FROM events WHERE sender_id = %s ORDER BY id", (sender,))
            return [json.loads(data) for (data,) in cursor.fetchall()]
    finally:
        connection.close()


def user_texts(sender: str) -> list[str]:
    return [e["text"] for e in events(sender) if e["event"] == "user"]


def wait_until(check, seconds: float, step: float = 1.0):
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(step)


def test_200_interleaved_messages_of_one_conversation_on_both_instances(faults):
    stack, _, _ = faults
    sender = f"interleaved-{uuid.uuid4().hex[:6]}"
    clients = {f"c{k}": 5015 + k % 2 for k in range(4)}  # two clients on each instance

    def client(name: str, port: int) -> list[int]:
        return [post(port, sender, f"{name} m{i}", stack.token)[0] for i in range(50)]

    with ThreadPoolExecutor(4) as pool:
        statuses = list(pool.map(lambda item: client(*item), clients.items()))
    assert all(status == 200 for run in statuses for status in run)
    stored = events(sender)
    texts = [e["text"] for e in stored if e["event"] == "user"]
    assert len(texts) == 200 and len(set(texts)) == 200  # nothing lost or duplicated
    for name in clients:  # each client's messages in the order it sent them
        assert [t for t in texts if t.startswith(f"{name} ")] == [f"{name} m{i}" for i in range(50)]
    # Turns never interleave: a user message is always followed by its answer and
    # action_listen before the next user message.
    marks = [e["event"] for e in stored if e["event"] == "user" or e.get("name") == "action_listen"]
    assert "user,user" not in ",".join(marks)
    stamps = [e["timestamp"] for e in stored]
    assert stamps == sorted(stamps)


def test_an_instance_killed_mid_load_is_routed_around(faults):
    stack, _, _ = faults
    run = uuid.uuid4().hex[:6]
    answered: dict[str, list[str]] = {}
    failures = []

    def conversation(number: int) -> None:
        sender = f"killed-{run}-{number}"
        answered[sender] = []
        for i in range(8):
            status, replies, _ = post("http://127.0.0.1:8091", sender, f"hello {i}", stack.token)
            if status == 200 and replies:
                answered[sender].append(f"hello {i}")
            else:
                failures.append(status)

    threads = [threading.Thread(target=conversation, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    os.kill(stack.pid("rasa-5015"), signal.SIGKILL)
    for thread in threads:
        thread.join(180)
    assert len(failures) <= 10  # at most the messages in flight on the killed instance
    for sender, texts in answered.items():
        assert len(texts) >= 7
        stored = user_texts(sender)
        assert [t for t in stored if t in texts] == texts  # every answer saved, in order


def test_redis_restarted(faults):
    stack, redis, _ = faults
    sender = f"redis-{uuid.uuid4().hex[:6]}"
    assert post(5016, sender, "hello", stack.token)[1]
    redis.stop()
    status, replies, seconds = post(5016, sender, "while redis is down", stack.token)
    assert status == 200 and replies == [] and seconds < 10  # a clear failure, quickly
    assert readiness(5016)["lock_store"].startswith("error")
    redis.start()
    assert wait_until(lambda: post(5016, sender, "after redis", stack.token)[1], 15)
    assert readiness(5016)["lock_store"] == "ok"
    assert user_texts(sender)[0] == "hello" and user_texts(sender)[-1] == "after redis"


def test_postgres_unreachable_for_10_seconds(faults):
    stack, _, database = faults
    sender = f"pg-{uuid.uuid4().hex[:6]}"
    assert post(5016, sender, "hello", stack.token)[1]
    database.cut()
    outage_ends = time.monotonic() + 10
    during = []
    while time.monotonic() < outage_ends:
        during.append(post(5016, sender, f"zebra outage {len(during)}", stack.token))
        time.sleep(1)
    ready_during = readiness(5016)
    database.start()
    # Not answered as a stranger from an empty tracker: no reply, and quickly.
    assert all(status == 200 and replies == [] for status, replies, _ in during), during
    assert max(seconds for *_, seconds in during) < 10
    assert ready_during["tracker_store"].startswith("error") and not ready_during["ready"]
    assert wait_until(lambda: post(5016, sender, "after the outage", stack.token)[1], 30)
    stored = user_texts(sender)
    assert stored[0] == "hello" and stored[-1] == "after the outage"
    assert not any("zebra" in text for text in stored)  # nothing written for the outage turns
    log = stack.log_path.read_text()
    assert "tracker store read failed: OperationalError" in log
    assert "zebra" not in log and sender not in log


def test_action_server_hung_then_killed(faults):
    stack, _, _ = faults
    actions = stack.pid("actions")
    os.kill(actions, signal.SIGSTOP)  # hung: accepts connections, never answers
    try:
        status, replies, seconds = post(5016, f"hung-{uuid.uuid4().hex[:6]}", "do I qualify?",
                                        stack.token)  # fmt: skip
        assert status == 200 and seconds < ACTION_TIMEOUT + 10
        assert VICTIMLINK in " ".join(r.get("text", "") for r in replies)
        status, replies, seconds = post(5016, f"crisis-{uuid.uuid4().hex[:6]}",
                                        "I want to kill myself", stack.token)  # fmt: skip
        assert "9-8-8" in " ".join(r.get("text", "") for r in replies) and seconds < 3
    finally:
        os.kill(actions, signal.SIGKILL)
    status, replies, seconds = post(5016, f"crisis-{uuid.uuid4().hex[:6]}",
                                    "I want to kill myself", stack.token)  # fmt: skip
    assert "9-8-8" in " ".join(r.get("text", "") for r in replies) and seconds < 3
    assert wait_until(lambda: readiness(5016)["action_server"] == "ok", 60)
    assert stack.pid("actions") != actions  # started again by its supervisor
