""" "can you just call them for me", "could u email the lawyer for me" (session 20: read as asking
for a summary, "I don't have anything to summarize yet"). The assistant cannot call, email or
contact anyone; what the service page offers instead: email if phoning is hard, a support
worker, trusted adult or friend on the call, an interpreter. 9-1-1 first for danger now.

Plain Python over the latest message; the InterruptPolicy sends the answer
(domain/bot_cannot_contact.yml).
"""

from __future__ import annotations

import re

CALL_FOR_ME = "bot_asked_to_call"
REPORT_FOR_ME = "bot_asked_to_report"
ANSWERS = {CALL_FOR_ME: ["utter_bot_cannot_call"], REPORT_FOR_ME: ["utter_bot_cannot_report"]}
KINDS = frozenset(ANSWERS)

# The assistant asked to make the contact itself, for the writer.
_CALL_FOR_ME = re.compile(
    r"\b(?:can|could|would|will) (?:you|u|ya) (?:just |please |pls |plz )?(?:call|phone|ring"
    r"|email|e-mail|message|text|contact|reach out to|get in touch with|talk to|tell|report"
    r"|send (?:it|this|them|my \w+) to)\b[^.?!]{0,40}\bfor (?:me|us|her|him|them)\b"
    r"|\b(?:can|could|would|will) (?:you|u|ya) (?:just |please |pls |plz )?(?:do|make|handle)"
    r" (?:the|that|this) (?:call|calling|phone call|report|reporting|email)\b"
    r"|\bcall (?:them|the (?:lawyer|service|number|line)) for me\b"
)
# "can you tell me what to say when I call": the writer still calls.
_FOR_ME_TO = re.compile(r"\bfor me to\b|\btell me\b|\bhelp me (?:call|write|say)\b")


# "can you call 911 for me": the safety readers' (never this answer's last line only).
_DANGER = re.compile(r"\b(?:911|9-1-1|ambulance|emergency)\b")
_REPORT = re.compile(r"\b(?:report\w*|police|cops?|rcmp|cybertip\w*)\b")


def contact_asked_kind(cleaned: str) -> str | None:
    """REPORT_FOR_ME when the writer asks the assistant to report for them, CALL_FOR_ME to call
    or email the service; None otherwise."""
    if not _CALL_FOR_ME.search(cleaned) or _FOR_ME_TO.search(cleaned) or _DANGER.search(cleaned):
        return None
    return REPORT_FOR_ME if _REPORT.search(cleaned) else CALL_FOR_ME
