"""What the person already said in this session, so a form does not ask it again."""

from __future__ import annotations


def earlier_user_texts(tracker, since_action: str | None = None) -> list[str]:
    """The texts of the user's messages before the latest one, since the session started
    and since `since_action` last ran (a check done before used its answers: "check other
    ages" starts afresh)."""
    texts: list[str] = []
    for event in tracker.events:
        kind = event.get("event")
        if kind == "session_started" or (kind == "action" and event.get("name") == since_action):
            texts = []
        elif kind == "user":
            texts.append(str(event.get("text") or ""))
    return texts[:-1]


def user_intents(tracker) -> list[str]:
    """The intent of each user message in the conversation, oldest first."""
    return [
        ((event.get("parse_data") or {}).get("intent") or {}).get("name") or ""
        for event in tracker.events
        if event.get("event") == "user"
    ]
