"""Being punished at work for saying no (round 31 p12): "he's been cutting my shifts since I
said no, can he do that?" after a manager asked for pictures. Only fewer shifts, hours or pay
(or playing time): being fired, dropped from a team or a report's consequences keep the older
job and "losing your place" answers (followups22, writer_frames).

The sources say nothing about shifts, firing or grades, so the answer says that plainly and
then what they do say: pressure from someone with power over you is not consent, you never
have to send anything, keep a record, and who to talk to (by age). Only when a boss, manager,
teacher or coach was named in the conversation or the message."""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

REPRISAL_YOUNG = "utter_work_reprisal_young"
REPRISAL_ADULT = "utter_work_reprisal_adult"

# What was done to the person: fewer shifts, hours or pay.
_PUNISHED = re.compile(
    r"\b(?:cut|cuts|cutting|cuttin|reduc\w+|took away|taking away|takes away|giving me less"
    r"|gives me less|gave me less|giving me fewer|gives me fewer|gave me fewer|less|fewer)"
    r" (?:back )?(?:my |me |her |his )?(?:shifts?|hours|pay|playing time|ice time)\b"
)
# Worries about what reporting would do ("if I report him will I get fired?") are the older
# job answers' (followups22, writer_frames), not a punishment already happening.
_IF_REPORTED = re.compile(r"\bif (?:i|we) (?:report|tell|go to|call)\b")
# Someone with power at work, school or a team, named now or earlier.
_BOSS = re.compile(
    r"\b(?:boss|manager|supervisor|shift lead|employer|owner|work|job|shift|teacher|prof"
    r"|professor|coach|trainer|instructor)\b"
)
# The person's answer being "no" (what the punishment follows), or a question about it.
_AFTER_NO_OR_ASKED = re.compile(
    r"\b(?:said no|say no|saying no|refused|wouldn'?t|won'?t send|didn'?t send|stopped"
    r"|if i don'?t|unless i|ignored)\b|\?"
    r"|\b(?:can (?:he|she|they)|is (?:that|this|it) (?:allowed|legal)"
    r"|allowed to|what (?:can|do|should) i)\b"
)


def reprisal_kind(text: str, earlier: list[str], is_minor_slot: object) -> str | None:
    """The answer for a person punished for saying no, or None."""
    cleaned = plain_lower(text)
    if not _PUNISHED.search(cleaned) or not _AFTER_NO_OR_ASKED.search(cleaned):
        return None
    if _IF_REPORTED.search(cleaned):
        return None
    window = [plain_lower(t) for t in earlier[-6:]] + [cleaned]
    if not any(_BOSS.search(t) for t in window):
        return None
    return REPRISAL_YOUNG if young_now([*earlier, text], is_minor_slot) else REPRISAL_ADULT


def follow_up(
    text: str, earlier: list[str], is_minor_slot: object, given: list[str]
) -> list[str] | None:
    """The reprisal answer once per conversation; asked again, the next reader answers."""
    kind = reprisal_kind(text, earlier, is_minor_slot)
    return [kind] if kind and kind not in given else None
