"""`make stack-test`: the whole stack (nginx, 2 Rasa instances, action server, PostgreSQL,
Redis) checked end to end through nginx. Runs only with RUN_STACK_TESTS=1 (the make target)."""

from __future__ import annotations

import asyncio
import os
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest
from twilio.request_validator import RequestValidator

from assistant.content.responses import say
from assistant.web_wording import WORDING_MARKER
from tests.support.web_chat import web_chat
from tools.stack.runner import (
    INTERNAL,
    PUBLIC,
    SMS_TOKEN,
    SMS_URL,
    RunningStack,
    drop_database,
    stored_user_texts,
)

pytestmark = pytest.mark.skipif(
    os.environ.get("RUN_STACK_TESTS") != "1", reason="stack test: make stack-test"
)
DB_NAME = f"stack_test_{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    running = RunningStack(tmp_path_factory.mktemp("stack"), DB_NAME)
    yield running
    running.stop()
    drop_database(DB_NAME)


def fetch(url: str, data: bytes | None = None, headers: dict | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, dict(reply.headers), reply.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_widget_page_and_files_come_from_nginx_with_security_headers(stack):
    status, headers, body = fetch(f"{PUBLIC}/")
    assert status == 200
    assert b'data-server-url="http://localhost:8090"' in body
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    assert "connect-src 'self' ws://localhost:8090" in csp
    assert headers["X-Frame-Options"] == "DENY"
    for path in ("/widget/chat-widget.js", "/widget/chat-widget.css", "/vendor/socket.io.min.js"):
        assert fetch(PUBLIC + path)[0] == 200, path
    # The widget starts only with its wording filled in from the domain.
    script = fetch(PUBLIC + "/widget/chat-widget.js")[2].decode()
    assert WORDING_MARKER not in script and say("utter_widget_send") in script


@pytest.mark.parametrize(
    "path",
    [
        "/webhooks/rest/webhook",
        "/webhooks/ready/",
        "/staff/",
        "/conversations/x/tracker",
        "/status",
        "/vendor/axe.min.js",
    ],
)
def test_only_the_public_routes_are_public(stack, path):
    assert fetch(PUBLIC + path, data=b"{}")[0] == 404
    assert fetch(PUBLIC + path)[0] == 404


def test_rest_through_the_internal_listener_needs_the_token(stack):
    status, replies = stack.rest("stack-rest-1", "hello")
    assert status == 200 and replies and replies[0]["text"]
    assert stack.rest("stack-rest-1", "hello", token="wrong")[0] == 401
    assert stored_user_texts(DB_NAME, "stack-rest-1") == ["hello"]


def test_socketio_handshake_and_a_message_through_nginx(stack):
    replies, acks = asyncio.run(web_chat(PUBLIC, ["hello"], headers={"Origin": PUBLIC}))
    assert acks[0]["status"] == "ok"
    assert replies


def test_quick_exit_erase_beacon_reaches_rasa_through_nginx(stack):
    # A token that is not valid deletes nothing, but the 204 comes from Rasa's web chat channel
    # (nginx answers 404 for any route it does not pass on).
    assert fetch(PUBLIC + "/webhooks/socketio/erase", data=b"not-a-token")[0] == 204
    assert fetch(PUBLIC + "/webhooks/socketio/erase")[0] in (403, 405)  # POST only
    # The staff console's delete route is internal only, and Rasa wants the API token for it.
    assert fetch(PUBLIC + "/webhooks/rest/forget", data=b"{}")[0] == 404
    assert fetch(INTERNAL + "/webhooks/rest/forget", data=b'{"sender": "x"}')[0] == 401


def test_sms_route_reaches_rasa_through_nginx(stack):
    form = {
        "MessageSid": f"SM{uuid.uuid4().hex}",
        "From": "+16045550199",
        "To": "+17785550100",
        "Body": "hello",
    }
    signature = RequestValidator(SMS_TOKEN).compute_signature(SMS_URL, form)
    status, _, body = fetch(
        SMS_URL,
        data=urllib.parse.urlencode(form).encode(),
        headers={"X-Twilio-Signature": signature},
    )
    assert status == 200 and b"<Message>" in body
    unsigned = fetch(SMS_URL, data=urllib.parse.urlencode(form).encode())
    assert unsigned[0] == 403  # Rasa's SMS channel answered, not nginx
    assert fetch(SMS_URL, data=b"x" * 70_000)[0] == 413  # nginx's body limit


def test_killed_instance_is_routed_around_and_the_conversation_goes_on(stack):
    sender = "stack-failover"
    assert stack.rest(sender, "hello")[0] == 200
    os.kill(stack.pid("rasa-5015"), 9)
    statuses = [stack.rest(sender, f"message {n}")[0] for n in range(6)]
    assert statuses == [200] * 6
    assert stored_user_texts(DB_NAME, sender) == ["hello"] + [f"message {n}" for n in range(6)]
