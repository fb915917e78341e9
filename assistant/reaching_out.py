"""After a crisis reply, the person says they will reach out (round 43 p18): "ok. maybe ill
text 988" got "Sorry, I'm not sure I understood", and "i said ill text 988" the under-18
answer, to an adult in crisis.

Heard, encouraged, and the lines said once more in short; static, so it comes when the action
server is down. A message that says the person is in danger or may act on it is the crisis
intent's (the safety net reads it first); this reader runs only on the other intents."""

from __future__ import annotations

import re

from assistant.crisis_for_others import CRISIS_REPLIES
from assistant.plain_text import plain_lower
from assistant.safety28 import CRISIS_REPLY_ACTIONS

REACHING_OUT = "utter_crisis_reaching_out"  # domain/reaching_out.yml
STILL_HERE = "utter_crisis_stay_next"  # said again right after: still here, one step at a time
AFTER = CRISIS_REPLY_ACTIONS | CRISIS_REPLIES | {"utter_help_now", "utter_crisis_youth"}

_WILL_REACH_OUT = re.compile(
    r"\b(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|im going to|gonna|going to|i might"
    r"|i can|i could|i'?ll try (?:to|and)|i'?m texting|im texting|i'?m calling|im calling"
    r"|i texted|i called|let me)\b[^.?!]{0,20}\b(?:text|txt|call|phone|message|ring|contact"
    r"|reach out to|try)(?:ing)?\b[^.?!]{0,15}\b(?:988|9-8-8|9 8 8|them|victimlink\w*|the line"
    r"|that (?:number|line)|310-6789|kids help phone|khp|the support line|that|it)\b"
)
_RISK = re.compile(
    r"\b(?:kill|hurt|cut)(?:ing)? myself\b|\bsuicid\w*|\bend (?:it|my life)\b|\bwant to die\b"
    r"|\bpills\b|\bin danger\b|\bnot safe\b|\bunsafe\b"
)


def follow_up(text: str, replies: list[str], previous: list[str]) -> list[str] | None:
    """The acknowledgement when the person says they will text or call a line, within the two
    turns after a crisis reply; None otherwise. `previous`: the turn before's actions."""
    cleaned = plain_lower(text)
    if not cleaned or not AFTER.intersection(replies[-8:]):
        return None
    if _RISK.search(cleaned) or not _WILL_REACH_OUT.search(cleaned):
        return None
    return [STILL_HERE] if REACHING_OUT in previous else [REACHING_OUT]
