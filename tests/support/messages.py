"""Reading the bot's replies in tests."""

from __future__ import annotations


def texts(messages: list[dict]) -> str:
    """All text of the bot's messages, joined, for `in` checks."""
    return "\n".join(message.get("text") or "" for message in messages)
