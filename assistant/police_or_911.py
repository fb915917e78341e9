"""'Should I go to the RCMP detachment or call 911?' (tests/simulated-users/2026-12-07-round65
p04, where the assistant said "I'd rather not guess"), in any conversation: 9-1-1 is for danger
right now, otherwise the police non-emergency line. Plain function; the InterruptPolicy asks
(assistant/policies/follow_up_readers.py, just before plain65). Response in domain/plain65.yml.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh
from assistant.plain_text import plain_lower
from assistant.safety import read_safety

POLICE_OR_911 = "utter_police_or_911"

_POLICE_OR_911 = re.compile(
    r"\b(?:detachment|police station|the station|non-?emergency|go (?:in|down) to the police"
    r"|go to the (?:police|rcmp|cops))\b[^.?!]{0,30}\bor\b[^.?!]{0,15}\b(?:9-?1-?1|911)\b"
    r"|\b(?:9-?1-?1|911)\b[^.?!]{0,15}\bor\b[^.?!]{0,30}\b(?:detachment|police station|the station"
    r"|non-?emergency)\b"
)


def police_or_911(text: str) -> list[str] | None:
    """'the police station or 911?': 9-1-1 is for danger right now, otherwise the non-emergency
    line, in any conversation."""
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/") or read_safety(text) is not None:
        return None
    return [POLICE_OR_911] if _POLICE_OR_911.search(cleaned) and "?" in cleaned else None


def follow_up(text: str, previous: list[str]) -> list[str] | None:
    """The answer, never the same block twice in a row."""
    found = police_or_911(text)
    return fresh(found, previous) if found else None
