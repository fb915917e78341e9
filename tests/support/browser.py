"""Browser tests' support: Debian's Chromium kept off the network, and the widget's demo page
with a bot (the scripted fake by default) on free ports (servers through tools.local_servers).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tools.local_servers import REPO_ROOT, free_port, server_environment, spawn, stop, wait_for_http

BROWSER_TESTS = REPO_ROOT / "tests" / "browser"
ARTIFACTS = REPO_ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
NEUTRAL_PAGE = "<!doctype html><title>Neutral</title><h1>Neutral page</h1>"


@contextlib.contextmanager
def chromium():
    """Headless Chromium through Playwright (the system's: never `playwright install`)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make chromium` (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


def widget_default_exit_url() -> str:
    """The widget's own default, read from its source so the test follows any change."""
    source = (REPO_ROOT / "web/widget/chat-widget.js").read_text(encoding="utf-8")
    return re.search(r'DEFAULT_EXIT_URL = "([^"]+)"', source).group(1)


class Stack:
    """The demo page server plus a bot (fake by default) on free ports. Their output goes to
    test-artifacts/ (gitignored), for a failing test's story."""

    def __init__(self, bot_command=None, bot_ready_path: str = "/control/received"):
        """bot_command(port) -> the command line of the bot; default: the fake bot."""
        self.bot_port = free_port()
        self.web_port = free_port()
        self.url = f"http://127.0.0.1:{self.web_port}/"
        self.bot_url = f"http://127.0.0.1:{self.bot_port}"
        command = bot_command or (
            lambda port: [sys.executable, str(BROWSER_TESTS / "fake_bot.py"), "--port", str(port)]
        )
        self.bot_command = command(self.bot_port)
        self.bot_ready_path = bot_ready_path
        self.env = server_environment(
            WEB_ALLOWED_ORIGINS=self.url.rstrip("/"),
            # fixed for the stack's life, so a restarted bot accepts the old session token
            WEB_SESSION_SECRET=secrets.token_hex(16),
        )
        ARTIFACTS.mkdir(exist_ok=True)
        self.bot: subprocess.Popen | None = None
        web_command = [sys.executable, "-m", "assistant.web_server", "--port", str(self.web_port)]
        self.web = spawn(
            [*web_command, "--socket-url", self.bot_url], ARTIFACTS / "web-server.log", self.env
        )
        try:
            self.start_bot()
            wait_for_http(self.url, process=self.web)
        except BaseException:
            self.close()
            raise

    def start_bot(self, timeout: float = 180.0) -> None:
        self.bot = spawn(self.bot_command, ARTIFACTS / "bot.log", self.env)
        wait_for_http(self.bot_url + self.bot_ready_path, timeout, self.bot)

    def stop_bot(self) -> None:
        stop(self.bot)

    def received(self) -> list[str]:
        return self.control("received")

    def control(self, name: str) -> list[str]:
        """The fake bot's /control/<name> list (received, conversations, erased)."""
        with urllib.request.urlopen(f"{self.bot_url}/control/{name}", timeout=5) as resp:  # noqa: S310
            return json.loads(resp.read())

    def close(self) -> None:
        self.stop_bot()
        stop(self.web)


def offline_router(exit_url: str):
    def route(route):
        url = route.request.url
        if url.startswith(exit_url):
            route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE)
        elif url.startswith(("http://127.0.0.1:", "about:", "data:")):
            route.continue_()
        else:
            route.abort()

    return route


def new_page(browser, request, **context_options):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(service_workers="block", **context_options)
    context.route("**/*", offline_router(widget_default_exit_url()))
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.console_errors = errors
    request.addfinalizer(lambda: finish(page, context, request.node.name))
    return page


def finish(page, context, name: str) -> None:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
    try:
        page.screenshot(path=str(ARTIFACTS / f"{safe}.png"), full_page=False)
    except Exception:  # noqa: BLE001,S110 - a closed page has nothing to show
        pass
    context.close()
