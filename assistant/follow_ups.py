"""A short follow-up that leans on the answer before it ("and if I need more?", "and above
that?", "and for a kid?", "ok what else"): answered with the next thing about the topic just
answered, not the topic list (issue 16). Plain Python.

The AnswerReader marks such a message from its words alone; the InterruptPolicy looks up the
topic of the message before it. A topic with no follow-up of its own leaves the message to the
classifier, as before.
"""

from __future__ import annotations

import re

FOLLOW_UP = "follow_up"
MAX_WORDS = 7

# "and if ...", "and above that", "and for a kid", "what else", "what about for teens".
_FOLLOW_UP = re.compile(
    r"^(?:(?:ok|okay|k|so|and|but|hmm|right)[,.!]* )*"
    r"(?:and (?:if|for|above|over|beyond|more|bigger|higher|after|what about|what if|then what)\b"
    r"|what else\b|anything else (?:i can|i should|to) do\b|what more\b"
    r"|(?:what|how) about (?:for |if |above |over |a |an |kids?|teens?|youth|minors?|more)"
    r")"
)

# An age makes it a question of its own ("what about a 15 year old and a 19 year old").
_AGE = re.compile(r"\d+\s*(?:-\s*)?(?:years?|yrs?|yo|y/o)\b|\ban? \d|\b(?:i'?m|i am|age) \d")

# The topic just answered (its intent, or a direct-answer mark) -> what comes next about it.
FOLLOW_UPS: dict[str, list[str]] = {
    "ask_service": ["utter_service_extension"],
    "ask_crt": ["utter_crt_courts"],
    "ask_police": ["utter_police_youth"],
    "report_to_police": ["utter_police_youth"],  # the direct answer of the same topic
    "subject_must_report": ["utter_police_youth"],  # "do I have to report?", then "and for teens?"
    "sextortion": ["utter_contact", "utter_contact_next"],
    "sextortion_pay": ["utter_contact", "utter_contact_next"],
}


def is_follow_up(cleaned: str) -> bool:
    """A short message, no age in it, that leans on the answer before it."""
    words = cleaned.rstrip("?!. ").split()
    if not words or len(words) > MAX_WORDS or _AGE.search(cleaned):
        return False
    return bool(_FOLLOW_UP.search(cleaned))


def follow_up_answer(topics: list[str | None]) -> list[str] | None:
    """The follow-up of the latest earlier topic that has one (its intent or its mark,
    `topics` oldest first, the follow-up itself left out); None when the latest topic has none."""
    for topic in reversed(topics):
        if topic in {None, "", "nlu_fallback"}:
            continue
        return FOLLOW_UPS.get(topic)
    return None
