"""What a slot held before the latest message, and which message said it. Plain Python over
the tracker's events as the Rasa SDK gives them (dicts), so a form can re-read the person's
own words instead of trusting a value an entity or an intent set on its own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Earlier:
    value: Any  # the slot's value before the latest user message
    text: str  # the user message after which it was set ("" when none)


def before_latest_message(events: list[dict], slot: str) -> Earlier:
    """The slot's value before the latest user message, and the message that set it.

    Events after the latest user message are left out: they are this turn's extraction and
    the candidates Rasa hands a form's validation.
    """
    history = list(events or [])
    while history and history[-1].get("event") != "user":
        history.pop()
    if history:
        history.pop()  # the latest user message itself
    text, value, source = "", None, ""
    for event in history:
        if event.get("event") == "user":
            text = event.get("text") or ""
        elif event.get("event") == "slot" and event.get("name") == slot:
            value, source = event.get("value"), text
    return Earlier(value, source if value is not None else "")


def is_free_text(text: str) -> bool:
    """A typed message, not a button's "/intent" payload."""
    return bool(text) and not text.lstrip().startswith("/")
