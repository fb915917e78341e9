"""Small steps shared by the browser tests (what a person does with the widget)."""

from __future__ import annotations

import json
import re
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"
STORAGE_KEY = "iiw-chat-v1"


def open_chat(page, url: str, greeting: str | None = None, dismiss_notice: bool = True):
    page.goto(url)
    page.get_by_role("button", name="Chat with us").click()
    if dismiss_notice:
        page.get_by_role("button", name="Got it").click()
    if greeting:
        bot_bubbles(page).filter(has_text=greeting).first.wait_for()


def send(page, text: str) -> None:
    box = page.get_by_label("Your message")
    box.fill(text)
    box.press("Enter")


def bot_bubbles(page):
    return page.locator(".iiw-bot .iiw-bubble")


def user_bubbles(page):
    return page.locator(".iiw-user .iiw-bubble")


def wait_for_bot(page, text: str):
    bubble = bot_bubbles(page).filter(has_text=text).first
    bubble.wait_for()
    return bubble


def bubble_text(locator) -> str:
    """Visible text without the screen-reader prefix ("Assistant: ", "You: ")."""
    return re.sub(r"^(Assistant|You): ", "", locator.text_content())


def stored(page) -> dict | None:
    raw = page.evaluate(f"sessionStorage.getItem('{STORAGE_KEY}')")
    return json.loads(raw) if raw else None


def run_axe(page, name: str) -> list[dict]:
    """Serious and critical axe-core violations on the page; full results saved."""
    page.add_script_tag(url="/vendor/axe.min.js")
    results = page.evaluate(
        "() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations)"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(results, indent=2))
    return [v for v in results if v.get("impact") in ("serious", "critical")]


def no_horizontal_scroll(page) -> bool:
    return page.evaluate(
        "() => document.scrollingElement.scrollWidth <= window.innerWidth + 1"
        " && [...document.querySelectorAll('.iiw-bubble')]"
        ".every(b => b.scrollWidth <= b.clientWidth + 1)"
    )


def wait_until(check, timeout: float = 5.0) -> None:
    """Poll `check()` until it is true (a beacon arrives a moment after the page left)."""
    import time

    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)
