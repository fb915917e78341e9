"""The widget in a real browser against the real socket.io channel and a scripted bot."""

from __future__ import annotations

import re

from fake_bot import GREETING, XSS_TEXT
from playwright.sync_api import expect
from widget_helpers import (
    bot_bubbles,
    bubble_text,
    no_horizontal_scroll,
    open_chat,
    run_axe,
    send,
    stored,
    user_bubbles,
    wait_for_bot,
    wait_until,
)

from tests.support.browser import widget_default_exit_url


def test_first_open_shows_notice_greeting_and_choices(page, stack):
    page.goto(stack.url)
    expect(page.get_by_role("button", name=re.compile("Quick exit"))).to_be_visible()
    page.get_by_role("button", name="Chat with us").click()
    notice = page.locator(".iiw-notice")
    expect(notice).to_contain_text("browser history")
    expect(notice).to_contain_text("private")
    expect(page.get_by_text("Legal information, not legal advice.", exact=True)).to_be_visible()
    wait_for_bot(page, GREETING)
    expect(page.get_by_role("button", name="Do I qualify?")).to_be_visible()
    page.get_by_role("button", name="Got it").click()
    expect(notice).to_be_hidden()
    expect(page.get_by_label("Your message")).to_be_focused()


def test_no_cookies_no_local_storage_only_session_storage(page, stack):
    open_chat(page, stack.url, GREETING)
    send(page, "hello there")
    wait_for_bot(page, "You said: hello there")
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length") == 0
    state = stored(page)
    assert [m["text"] for m in state["messages"] if m["from"] == "user" and not m["hidden"]] == [
        "hello there"
    ]


def test_buttons_send_payload_and_show_title(page, stack):
    open_chat(page, stack.url, GREETING)
    page.get_by_role("button", name="Do I qualify?").click()
    wait_for_bot(page, "Do you live in B.C.?")
    expect(user_bubbles(page).last).to_have_text(re.compile("Do I qualify\\?$"))
    # Older choices are gone, so only the current question can be answered.
    expect(page.get_by_role("button", name="Do I qualify?")).to_have_count(0)
    page.get_by_role("button", name="Yes").click()
    wait_for_bot(page, "You may qualify")
    received = stack.received()
    assert received.count("/check_eligibility") >= 1
    assert "Do I qualify?" not in received


def test_phone_numbers_emails_and_addresses_become_safe_links(page, stack):
    open_chat(page, stack.url, GREETING)
    page.get_by_role("button", name="Talk to a lawyer").click()
    bubble = wait_for_bot(page, "Call 604-555-0100")
    hrefs = bubble.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert hrefs == [
        "tel:6045550100",
        "tel:18005550199",
        "tel:555",
        "mailto:intake@example.org",
        "https://www.example.org/help",
    ]
    expect(bubble).to_contain_text("www.example.org/help.")
    assert bubble.locator("a[href^='https']").get_attribute("rel") == "noopener noreferrer"


def test_markup_and_script_urls_render_as_text_from_both_sides(page, stack):
    open_chat(page, stack.url, GREETING)
    hostile = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) " + "Z" * 120
    send(page, hostile)
    wait_for_bot(page, "You said: <img src=x")
    assert bubble_text(user_bubbles(page).last) == hostile
    assert bubble_text(bot_bubbles(page).last) == f"You said: {hostile}"
    send(page, "xss please")
    bubble = wait_for_bot(page, "window.__xss=1")
    assert XSS_TEXT in bubble.text_content()
    expect(page.get_by_role("button", name="<b>bold</b> button")).to_be_visible()
    widget = page.locator(".iiw-root")
    assert widget.locator("img, script:not([src]), b").count() == 0
    assert widget.locator("a[href^='javascript']").count() == 0
    assert bubble.locator("a").evaluate_all("a => a.map(x => x.href)") == ["https://example.org/a"]
    assert page.evaluate("window.__xss") is None
    assert no_horizontal_scroll(page)


def test_reload_keeps_the_conversation_and_the_session(page, stack):
    open_chat(page, stack.url, GREETING)
    send(page, "remember me")
    wait_for_bot(page, "You said: remember me")
    token = stored(page)["token"]
    page.reload()
    expect(bot_bubbles(page).filter(has_text="You said: remember me")).to_have_count(1)
    expect(user_bubbles(page).filter(has_text="remember me")).to_have_count(1)
    send(page, "still here")
    wait_for_bot(page, "You said: still here")
    # The same conversation (the token's random id); the token itself is renewed on resume.
    assert stored(page)["token"].split(".")[0] == token.split(".")[0]
    assert stack.received().count("remember me") == 1


def quick_exit_lands_on_neutral_page(page, stack, press_escape: bool) -> None:
    page.goto("about:blank")
    open_chat(page, stack.url, GREETING)
    send(page, "private question")
    wait_for_bot(page, "You said: private question")
    assert stored(page) is not None
    sender_id = stored(page)["token"].split(".")[0]
    assert sender_id in stack.control("conversations")
    if press_escape:
        page.get_by_label("Your message").press("Escape")
    else:
        page.get_by_role("button", name=re.compile("Quick exit")).click()
    page.wait_for_url(widget_default_exit_url())
    expect(page.get_by_role("heading", name="Neutral page")).to_be_visible()
    page.go_back()
    assert page.url == "about:blank"  # the chat page is not in the history any more
    page.goto(stack.url)  # same tab: nothing of the conversation is left
    assert stored(page) is None
    expect(page.locator(".iiw-panel")).to_be_hidden()
    assert page.evaluate("sessionStorage.length") == 0
    assert page.evaluate("localStorage.length") == 0
    # The beacon sent while leaving deleted the conversation on the server.
    wait_until(lambda: sender_id in stack.control("erased"))
    assert sender_id not in stack.control("conversations")


def test_quick_exit_button_clears_storage_and_leaves_no_way_back(page, stack):
    quick_exit_lands_on_neutral_page(page, stack, press_escape=False)


def test_escape_key_is_quick_exit(page, stack):
    quick_exit_lands_on_neutral_page(page, stack, press_escape=True)


def test_a_reopened_tab_does_not_bring_back_an_old_chat(page, stack):
    """Browsers restore a closed tab's sessionStorage: a stored chat idle for more than
    30 minutes is wiped when the page loads, and deleted on the server."""
    open_chat(page, stack.url, GREETING)
    send(page, "from last night")
    wait_for_bot(page, "You said: from last night")
    sender_id = stored(page)["token"].split(".")[0]
    page.evaluate(
        """() => { const s = JSON.parse(sessionStorage.getItem('iiw-chat-v1'));
                   s.savedAt = Date.now() - 31 * 60 * 1000;
                   sessionStorage.setItem('iiw-chat-v1', JSON.stringify(s)); }"""
    )
    page.reload()
    assert stored(page) is None
    expect(user_bubbles(page)).to_have_count(0)
    wait_until(lambda: sender_id in stack.control("erased"))


def test_clear_conversation_starts_over(page, stack):
    open_chat(page, stack.url, GREETING)
    send(page, "forget this")
    wait_for_bot(page, "You said: forget this")
    token = stored(page)["token"]
    page.get_by_role("button", name="Clear conversation").click()
    page.get_by_role("button", name="Yes, clear").click()
    expect(user_bubbles(page)).to_have_count(0)
    expect(bot_bubbles(page).filter(has_text=GREETING)).to_have_count(1)
    assert "forget this" not in (page.evaluate("sessionStorage.getItem('iiw-chat-v1')") or "")
    assert page.evaluate("localStorage.length") == 0
    assert stored(page)["token"] != token
    # The conversation is deleted on the server, not only hidden.
    old_sender = token.split(".")[0]
    wait_until(lambda: old_sender in stack.control("erased"))
    assert old_sender not in stack.control("conversations")
    # The server revoked the cleared session: its token no longer resumes it anywhere.
    resumed = page.evaluate(
        """([url, old]) => new Promise((resolve) => {
             const s = window.io(url, {path: "/socket.io", forceNew: true});
             s.on("connect", () => s.emit("session_request", {session_id: old}));
             s.on("session_confirm", (t) => { s.disconnect(); resolve(t); });
           })""",
        [stack.bot_url, token],
    )
    assert resumed.split(".")[0] != token.split(".")[0]


def test_keyboard_only(page, stack):
    page.goto(stack.url)
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Chat with us":
            break
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Got it")).to_be_focused()
    page.keyboard.press("Enter")
    box = page.get_by_label("Your message")
    expect(box).to_be_focused()
    wait_for_bot(page, GREETING)
    page.keyboard.type("typed with keys")
    page.keyboard.press("Enter")
    wait_for_bot(page, "You said: typed with keys")
    # The choices of the greeting are gone; ask for new ones and reach them backwards.
    page.keyboard.type("check please")
    page.keyboard.press("Enter")
    wait_for_bot(page, "Do you live in B.C.?")
    page.keyboard.press("Shift+Tab")
    no = page.get_by_role("button", name="No", exact=True)
    expect(no).to_be_focused()
    outline = no.evaluate(
        "b => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth"
    )
    assert outline.startswith("solid") and not outline.endswith(" 0px")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")  # "Yes"
    wait_for_bot(page, "You may qualify")
    expect(box).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Send")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Clear conversation")).to_be_focused()


def test_bot_messages_are_announced_in_a_live_region(page, stack):
    open_chat(page, stack.url, GREETING)
    send(page, "announce this")
    wait_for_bot(page, "You said: announce this")
    live = page.locator(".iiw-root [aria-live='polite']")
    expect(live).to_contain_text("Assistant says: You said: announce this")
    assert "announce this" not in live.text_content().replace("You said: announce this", "")


def test_too_long_messages_are_refused_clearly(page, stack):
    open_chat(page, stack.url, GREETING)
    send(page, "x" * 1001)  # over the widget's own limit: kept in the box, explained
    expect(page.locator(".iiw-hint")).to_contain_text("1001 characters")
    expect(page.get_by_label("Your message")).to_have_value("x" * 1001)
    send(page, "y" * 250)  # under the widget limit, over this server's 200
    wait_for_bot(page, "too long for me (250 characters)")
    expect(page.locator(".iiw-status").last).to_have_text("Not sent: too long.")
    assert "y" * 250 not in stack.received()


def test_axe_finds_no_serious_or_critical_violations(page, stack):
    open_chat(page, stack.url, GREETING, dismiss_notice=False)
    send(page, "/contact_lawyer")
    wait_for_bot(page, "Call 604-555-0100")
    assert run_axe(page, "desktop") == []


def test_mobile_320_and_axe(make_page, stack):
    page = make_page(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    open_chat(page, stack.url, GREETING)
    send(page, "L" * 190)
    wait_for_bot(page, "You said: LLL")
    panel = page.locator(".iiw-panel").bounding_box()
    assert panel["x"] >= 0 and panel["x"] + panel["width"] <= 320
    exit_box = page.get_by_role("button", name=re.compile("Quick exit")).bounding_box()
    input_box = page.get_by_label("Your message").bounding_box()
    assert exit_box["y"] + exit_box["height"] <= input_box["y"]
    assert no_horizontal_scroll(page)
    assert run_axe(page, "mobile-320") == []


def test_200_percent_zoom(make_page, stack):
    # 200% zoom on a 1280x800 screen is a 640x400 CSS-pixel viewport at scale 2.
    page = make_page(viewport={"width": 640, "height": 400}, device_scale_factor=2)
    open_chat(page, stack.url, GREETING)
    expect(page.get_by_label("Your message")).to_be_in_viewport()
    expect(page.get_by_role("button", name="Send")).to_be_in_viewport()
    expect(page.get_by_role("button", name=re.compile("Quick exit"))).to_be_in_viewport()
    assert no_horizontal_scroll(page)


def test_page_loads_without_csp_violations_or_errors(page, stack):
    open_chat(page, stack.url, GREETING)
    send(page, "hello")
    wait_for_bot(page, "You said: hello")
    assert page.console_errors == []


def test_dropped_connection_is_shown_and_queued_message_sent_once(page, own_stack):
    open_chat(page, own_stack.url, GREETING)
    send(page, "before the drop")
    wait_for_bot(page, "You said: before the drop")
    own_stack.stop_bot()
    expect(page.locator(".iiw-connection")).to_contain_text("Connection lost")
    send(page, "while offline")
    status = page.locator(".iiw-status").last
    expect(status).to_contain_text("will be sent when we reconnect")
    own_stack.start_bot()
    wait_for_bot(page, "You said: while offline")
    expect(page.locator(".iiw-connection")).to_have_text(re.compile("Reconnected|^$"))
    expect(status).to_have_text("")
    page.wait_for_timeout(1500)  # any duplicate would have arrived by now
    expect(bot_bubbles(page).filter(has_text="You said: while offline")).to_have_count(1)
    expect(user_bubbles(page).filter(has_text="while offline")).to_have_count(1)
    assert own_stack.received() == ["while offline"]
