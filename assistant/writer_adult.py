"""The writer said an adult age of their own ("I'm 30, in Vancouver", "I (22F)", "I'm 18 now"),
with no younger own age after it and nobody under 18 told of: answers then speak to an adult
(no "if you're under 18, tell a safe adult"; round 74 p22). Plain Python over the messages."""

from __future__ import annotations

import re

from assistant.age_now import adult_now
from assistant.helper_reading import ADULT_AGE, helped_minor_said
from assistant.role_followups import minor_told

# Someone young told of beside the writer ("my daughter is 16", "my sister, 13", "a student
# (14)", "my son"): the under-18 lines may be for them.
_YOUNG_OTHER = re.compile(
    r"\b(?:is|was|she'?s|he'?s|shes|hes|aged?|turned|only|just)\s+(?:1[0-7]|[1-9])\b"
    r"|\b(?:1[0-7]|[1-9]) ?(?:yo|y/o|yrs?|years?)(?:[- ]old)?\b|\((?:1[0-7]|[1-9])\)"
    r"|, (?:1[0-7]|[1-9])\b|\bgrade \d+\b|\bunder ?(?:18|age)\b|\bminor\b"
    r"|\bmy (?:daughter|son|kid|kids|child|children|student|niece|nephew|little|grandson"
    r"|granddaughter|stepdaughter|stepson|teen)\b"
)


# The writer's own age ("I'm 30", "im 19", "I am a 19 year old", "I (22F)"); never a sum of
# money ("i pay 500", "im 100 bucks short"), which age_parsing can read as an age.
_OWN_AGE = re.compile(
    r"\b(?:i'?m|im|i am)\s+(?:only |just |now |already |a |an )?(?P<a>\d{1,2})\b"
    r"(?![\s-]*(?:bucks|dollars|k\b|percent|%|min|mins|minutes|hours|days|weeks|months|times"
    r"|km|miles))"
    r"|\bi \((?P<b>\d{1,2}) ?[fmx]?\)"
)


def own_age_adult(texts: list[str]) -> bool:
    """The latest own age said is 18 or more, or "I'm an adult now" (oldest first)."""
    for text in reversed(texts):
        lowered = text.lower().replace("\u2019", "'")
        ages = [int(m.group("a") or m.group("b")) for m in _OWN_AGE.finditer(lowered)]
        if adult_now(lowered):
            return True
        if ages:
            return ages[-1] >= ADULT_AGE
    return False


def writer_adult(texts: list[str]) -> bool:
    """An adult writer about their own case: an adult age of their own, and nobody under 18
    told of in the last messages (a parent of a 16-year-old keeps the under-18 lines)."""
    if any(_YOUNG_OTHER.search(text.lower()) for text in texts):
        return False
    return own_age_adult(texts) and not (helped_minor_said(texts) or minor_told(texts))
