"""The staff console in a real Chromium, with the real model and action server.

Skipped unless RUN_BROWSER_TESTS=1 (`make staff-browser-test` sets it). Uses the system
chromium (never `playwright install`).
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.browser import chromium
from tools.local_servers import (
    MODEL_PATH,
    REPO_ROOT,
    action_server,
    free_port,
    server_environment,
    spawn,
    stop,
    wait_for_http,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        os.environ.get("RUN_BROWSER_TESTS") != "1",
        reason="browser test: set RUN_BROWSER_TESTS=1 (make staff-browser-test)",
    ),
]
# A message from docs/intents.md and the intent it names.
KNOWN_MESSAGE = ("what is an intimate image", "ask_intimate_image_definition")


@pytest.fixture(scope="module")
def console():
    if not MODEL_PATH.exists():
        pytest.fail("No trained model: run `make train` first.")
    token = secrets.token_urlsafe(16)
    port = free_port()
    with action_server() as actions_url:
        command = [sys.executable, "-m", "assistant.staff.console", "--port", str(port)]
        process = spawn(
            [*command, "--actions-url", actions_url], env=server_environment(STAFF_TOKEN=token)
        )
        try:
            url = f"http://127.0.0.1:{port}/staff/"
            # Up when it answers at all (401 included); the model loads before it listens.
            wait_for_http(url, 180, process, any_status=True)
            yield url, token
        finally:
            stop(process)


@pytest.fixture(scope="module")
def browser():
    with chromium() as running:
        yield running


@pytest.mark.parametrize("password", [None, "wrong-token"])
def test_refused_without_the_token(console, browser, password):
    from playwright.sync_api import Error

    url, _ = console
    credentials = {"username": "staff", "password": password} if password else None
    context = browser.new_context(http_credentials=credentials)
    page = context.new_page()
    try:
        # Chromium either shows the 401 page or gives up on the Basic-auth challenge.
        status = page.goto(url).status
    except Error as error:
        assert "ERR_INVALID_AUTH_CREDENTIALS" in str(error)
        status = 401
    assert status == 401
    assert page.locator("#transcript").count() == 0
    assert "Staff console" not in page.content()
    api = context.request.post(url + "api/session", data="{}")
    assert api.status == 401
    assert "session" not in api.text()
    context.close()


def test_debug_panel_and_save_as_test(console, browser, tmp_path: Path):
    url, token = console
    context = browser.new_context(
        http_credentials={"username": "staff", "password": token}, accept_downloads=True
    )
    page = context.new_page()
    assert page.goto(url).status == 200
    message, intent = KNOWN_MESSAGE
    page.fill("#message", message)
    page.click("#send")
    page.wait_for_selector(".turn .intent", timeout=30_000)
    assert page.locator(".turn .intent").first.inner_text().startswith(intent)
    assert page.locator("#transcript li.bot").count() >= 1

    # Tap the first button the assistant offered, so the saved test has a click step.
    page.locator("#transcript .choices button").last.click()
    page.locator(".turn").nth(1).wait_for(timeout=30_000)  # CSP forbids evaluated strings

    page.fill("#test-name", "saved from the browser test")
    with page.expect_download() as download_info:
        page.click("#save")
    saved = tmp_path / "saved.yml"
    download_info.value.save_as(saved)
    context.close()

    text = saved.read_text(encoding="utf-8")
    assert "click:" in text and message in text
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "tools.conversations.run_conversations",
            str(saved),
            "--out",
            str(tmp_path),
        ],
        cwd=REPO_ROOT,
        env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 of 1 passed" in run.stdout


def test_reset_starts_a_new_conversation(console, browser):
    from playwright.sync_api import expect

    url, token = console
    context = browser.new_context(http_credentials={"username": "staff", "password": token})
    page = context.new_page()
    page.goto(url)
    page.fill("#message", "hi")
    page.click("#send")
    page.wait_for_selector(".turn")
    page.click("#reset")
    expect(page.locator(".turn")).to_have_count(0)
    expect(page.locator("#transcript li")).to_have_count(0)
    context.close()


def test_leaving_the_page_ends_the_session(console, browser):
    """The pagehide beacon reaches api/end: the session (and its test conversation, deleted by
    the server: tests/privacy/test_staff_end.py) is gone once the page is left."""
    url, token = console
    context = browser.new_context(http_credentials={"username": "staff", "password": token})
    page = context.new_page()
    with page.expect_response(lambda r: r.url.endswith("api/session")) as created:
        page.goto(url)
    session = created.value.json()["session"]
    page.fill("#message", "hi")
    page.click("#send")
    page.wait_for_selector(".turn")
    page.goto("about:blank")
    deadline = time.monotonic() + 5
    while True:
        export = context.request.get(url + f"api/export?session={session}")
        if export.status == 409 or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert export.status == 409  # "unknown session": ended
    context.close()
