"""The one plain form of a person's message the word readers share: lower case, straight
apostrophes ("I’m" -> "i'm"), single spaces. Plain Python, no Rasa imports."""

from __future__ import annotations


def plain_lower(text: str | None) -> str:
    return " ".join((text or "").lower().replace("\u2019", "'").split())
