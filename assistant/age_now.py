"""An adult now, speaking of when they were under 18 ("I'm 18 now, it was when I was 17"):
two ages of one person, and the age now decides how the answer speaks to them (no "tell a
safe adult" as if to a child), while the age then decides the image rules (issue 16).
Plain Python over one message.

assistant.age_parsing reads the first self-stated age, which can be the age then; this reads
only the age now.
"""

from __future__ import annotations

import re

from assistant.age_parsing import parse_ages
from assistant.helper_reading import ADULT_AGE

# "I'm 18 now", "now I'm 20", "I am 19 these days", "I turned 18", "I'm an adult now".
_AGE_NOW = re.compile(
    r"\b(?:i'?m|im|i am) (?:now )?(?P<a>\d{1,2})(?: years? old| yrs? old| yo)?"
    r" (?:now|these days|today)\b"
    r"|\bnow (?:i'?m|im|i am) (?:already )?(?P<b>\d{1,2})\b"
    r"|\bi (?:just )?turned (?P<c>\d{1,2})\b"
)
_ADULT_WORDS = re.compile(
    r"\b(?:i'?m|im|i am) (?:an adult|a grown ?up|over 18|no longer a minor|not a minor anymore)"
    r"(?: now)?\b"
)
# "when I was 17", "I was 16 then", "it happened in high school".
_YOUNG_THEN = re.compile(
    r"\bwhen i was (?:only |just )?(?:1[0-7]|[1-9]|under 18|a minor|a kid|a teen(?:ager)?"
    r"|in (?:high school|grade \d+|middle school))\b"
    r"|\bi was (?:only |just )?(?:1[0-7]|[1-9]) (?:then|at the time|back then|when)\b"
    r"|\bback in (?:high school|grade \d+|middle school)\b"
)


def age_now(text: str) -> int | None:
    """The writer's own age now, when said as now ("I'm 18 now"); None otherwise."""
    cleaned = " ".join((text or "").lower().replace("\u2019", "'").split())
    found = _AGE_NOW.search(cleaned)
    if found:
        return int(found.group("a") or found.group("b") or found.group("c"))
    return ADULT_AGE if _ADULT_WORDS.search(cleaned) else None


def adult_now(text: str) -> bool:
    """The writer says they are an adult now."""
    now = age_now(text)
    return now is not None and now >= ADULT_AGE


def adult_now_young_then(text: str) -> bool:
    """An adult now, speaking of when they were under 18."""
    cleaned = " ".join((text or "").lower().replace("\u2019", "'").split())
    return adult_now(cleaned) and bool(_YOUNG_THEN.search(cleaned))


def adult_now_said(texts: list[str]) -> bool:
    """The writer said they are an adult now, and no younger own age after it (oldest first)."""
    for text in reversed(texts):
        if adult_now(text):
            return True
        parsed = parse_ages(text)
        if parsed.self_stated and parsed.age is not None:
            return False
    return False
