"""When the chat cannot get an answer, the widget shows 9-1-1, 9-8-8 and VictimLinkBC."""

from __future__ import annotations

from fake_bot import GREETING
from playwright.sync_api import expect

from tests.browser.widget_helpers import open_chat, send, wait_for_bot


def test_help_lines_appear_when_the_server_is_gone_and_leave_with_an_answer(page, own_stack):
    open_chat(page, own_stack.url, GREETING)
    help_now = page.locator(".iiw-help-now")
    expect(help_now).to_be_hidden()
    own_stack.stop_bot()
    expect(help_now).to_be_visible(timeout=15000)
    for number, href in (
        ("9-1-1", "tel:911"),
        ("9-8-8", "tel:988"),
        ("1-800-563-0808", "tel:18005630808"),
    ):
        expect(help_now.get_by_role("link", name=number)).to_have_attribute("href", href)
    expect(help_now).to_contain_text("VictimLinkBC")
    own_stack.start_bot()
    send(page, "back again")
    wait_for_bot(page, "You said: back again")
    expect(help_now).to_be_hidden()
