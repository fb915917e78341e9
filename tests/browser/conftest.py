"""Real-browser tests: Debian's Chromium driven by Playwright, kept off the network.

Skipped unless RUN_BROWSER_TESTS=1 (`make web-test` sets it), so the plain `pytest -q` run
stays fast. Every test gets a fresh browser context; a screenshot of each test's page is
saved to test-artifacts/. Requests to anything but 127.0.0.1 are aborted, except the quick
exit's neutral site, which is answered locally (tests/support/browser.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.browser import Stack, chromium, new_page

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    skip = pytest.mark.skip(reason="browser test: set RUN_BROWSER_TESTS=1 (make web-test)")
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)
            if os.environ.get("RUN_BROWSER_TESTS") != "1":
                item.add_marker(skip)


@pytest.fixture(scope="session")
def stack():
    running = Stack()
    yield running
    running.close()


@pytest.fixture()
def own_stack():
    """A stack for one test that stops and starts its bot."""
    running = Stack()
    yield running
    running.close()


@pytest.fixture(scope="session")
def browser():
    with chromium() as running:
        yield running


@pytest.fixture()
def page(browser, request):
    return new_page(browser, request, viewport={"width": 1280, "height": 800})


@pytest.fixture()
def make_page(browser, request):
    """For tests that need their own viewport or zoom."""
    return lambda **options: new_page(browser, request, **options)
