"""Buttons as a numbered SMS menu, and a numbered reply back to the button's payload."""

from __future__ import annotations

import re
from typing import Any

from assistant.channels.sms.text import plain_text
from assistant.content.responses import say

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# "2", " 2 ", "2.", "#2", "(2)", "two", "Two!" — a number and nothing else.
_CHOICE = re.compile(r"^[#(]?\s*([0-9]{1,2}|[a-z]+)\s*[.)!]?$")


def menu_text(titles: list[str]) -> str:
    """'Reply 1 for Yes, 2 for No.' for the button titles, in order."""
    if not titles:
        return ""
    choices = [
        say("utter_sms_menu_choice", channel="sms", number=number, title=plain_text(title))
        for number, title in enumerate(titles, 1)
    ]
    return say("utter_sms_menu", channel="sms", choices=", ".join(choices))


def buttons_menu(buttons: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """The menu text and the payloads in menu order (a button without payload sends its title)."""
    usable = [button for button in buttons if button.get("title") or button.get("payload")]
    titles = [str(button.get("title") or button.get("payload")) for button in usable]
    payloads = [str(button.get("payload") or button.get("title")) for button in usable]
    return menu_text(titles), payloads


def chosen_payload(reply: str, payloads: list[str]) -> str | None:
    """The payload a reply picks from the last menu, or None when it is not a menu number."""
    match = _CHOICE.match(reply.strip().lower())
    if not match or not payloads:
        return None
    token = match.group(1)
    number = int(token) if token.isdigit() else _NUMBER_WORDS.get(token)
    if number is None or not 1 <= number <= len(payloads):
        return None
    return payloads[number - 1]
