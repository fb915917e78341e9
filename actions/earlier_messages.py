"""What the person already said in this session, so a form does not ask it again."""

from __future__ import annotations


def earlier_user_texts(tracker) -> list[str]:
    """The texts of the user's messages before the latest one, since the session started."""
    texts: list[str] = []
    for event in tracker.events:
        if event.get("event") == "session_started":
            texts = []
        elif event.get("event") == "user":
            texts.append(str(event.get("text") or ""))
    return texts[:-1]


def user_intents(tracker) -> list[str]:
    """The intent of each user message in the conversation, oldest first."""
    return [
        ((event.get("parse_data") or {}).get("intent") or {}).get("name") or ""
        for event in tracker.events
        if event.get("event") == "user"
    ]
