"""The widget shows the domain's wording (domain/widget.yml, served inlined in its script),
and its help lines (9-1-1, 9-8-8, VictimLinkBC) appear when no server can answer."""

from __future__ import annotations

import re

from fake_bot import GREETING
from playwright.sync_api import expect
from widget_helpers import open_chat, wait_for_bot

from assistant.content.responses import say

HELP_LINES = ("danger", "suicide", "victimlink")


def test_labels_notice_and_page_are_the_domains_wording(page, stack):
    page.goto(stack.url)
    expect(page.locator("h1")).to_have_text(say("utter_widget_demo_heading"))
    expect(page).to_have_title(say("utter_widget_demo_page_title"))
    exit_button = page.locator(".iiw-exit")
    expect(exit_button).to_have_text(say("utter_widget_quick_exit"))
    expect(exit_button).to_have_attribute("aria-label", say("utter_widget_quick_exit_label"))
    page.get_by_role("button", name=say("utter_widget_open")).click()
    expect(page.locator(".iiw-title")).to_have_text(say("utter_widget_title"))
    expect(page.locator(".iiw-notice p")).to_have_text(say("utter_widget_notice"))
    expect(page.locator(".iiw-send")).to_have_text(say("utter_widget_send"))
    expect(page.locator(".iiw-hint")).to_have_text(say("utter_widget_input_hint"))
    expect(page.locator(".iiw-disclaimer")).to_have_text(say("utter_widget_disclaimer"))
    expect(page.get_by_label(say("utter_widget_input_label"))).to_be_visible()
    expect(page.locator(".iiw-help-now")).to_be_hidden()


def test_help_lines_appear_when_the_server_cannot_be_reached(page, own_stack):
    own_stack.stop_bot()
    open_chat(page, own_stack.url)
    help_now = page.locator(".iiw-help-now")
    expect(help_now).to_be_visible(timeout=15000)
    expect(page.locator(".iiw-connection")).to_have_text(say("utter_widget_unreachable"))
    expect(help_now.locator("p")).to_have_text(say("utter_widget_help_now"))
    expect(help_now.locator("li")).to_have_text(
        [say(f"utter_widget_help_now_{line}") for line in HELP_LINES]
    )
    for number in ("9-1-1", "9-8-8", "1-800-563-0808"):
        link = help_now.get_by_role("link", name=number)
        expect(link).to_have_attribute("href", "tel:" + re.sub(r"\D", "", number))
    expect(help_now).to_contain_text("VictimLinkBC")
    own_stack.start_bot()  # the widget reconnects by itself; the queued start gets its answer
    wait_for_bot(page, GREETING)
    expect(help_now).to_be_hidden()
