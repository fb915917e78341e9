"""Someone else may hurt themselves, read as the writer's own crisis (round 41 p17): "she keeps
saying she wants to die over this", "im asking about her wanting to die", "its not me its her,
can i call 988 for her?" got the crisis reply spoken to the writer ("what happened is not your
fault") or the intake line.

The lines stay the same (9-1-1 now, 9-8-8 any time, VictimLinkBC 24/7); only who they are
spoken to changes, and the helper is told what they can do. Static responses, so the answer
comes when the action server is down (InterruptPolicy's crisis sequence and the follow-up
readers ask). The writer's own crisis in the same message ("and so do I") keeps the crisis
reply."""

from __future__ import annotations

import re

from assistant import helper_cases
from assistant.plain_text import plain_lower

# domain/helpers.yml (9-1-1, 9-8-8, VictimLinkBC for them) + domain/crisis_for_others.yml.
FOR_SOMEONE_ELSE = ["utter_other_person_in_danger", "utter_helper_crisis_next"]
# Asked again after that answer ("can I call 988 for her?"): calling for them, in other words.
FOR_SOMEONE_ELSE_AGAIN = ["utter_helper_crisis_call"]
CRISIS_REPLIES = frozenset({"utter_crisis", "utter_crisis_again"})
HELPER_REPLIES = frozenset({"utter_other_person_in_danger", "utter_helper_crisis_next"})

_OWN_CRISIS = re.compile(
    r"\bi (?:want|wanna|wanted) to die\b|\b(?:kill|hurt|cut)(?:ing)? myself\b"
    r"|\bi'?m (?:suicidal|going to end it|gonna end it)\b|\bend(?:ing)? my (?:own )?life\b"
    r"|\bi (?:can'?t|cant|cannot) (?:go on|do this anymore|take (?:it|this) anymore)\b"
    r"|\b(?:so do i|me too|i do too|same for me|i feel the same)\b"
)
_THEIR_RISK = re.compile(
    r"\b(?:her|his|their|him|them|he|she)\b[^.?!]{0,25}\b(?:wanting to die|wants? to die"
    r"|suicid\w*|(?:would |'d |d )?rather (?:die|dying|be dead)"
    r"|(?:kill|hurt|cut)(?:ing)? (?:herself|himself|themselves|themself)"
    r"|end(?:ing)? (?:her|his|their) (?:own )?life)"
)
_NOT_ME = re.compile(
    r"\b(?:it'?s|its|it is) not (?:me|about me)\b|\bnot (?:for )?me\b[^.?!]{0,15}"
    r"\b(?:her|him|them|my (?:friend|sister|brother|daughter|son))\b"
    r"|\b(?:for|help|about) (?:her|him|them)\b"
)
_LINES_OR_RISK = re.compile(r"\b(?:988|9-8-8|9 8 8|die|dying|suicid\w*|help (?:her|him|them))\b")


def someone_else_at_risk(text: str, previous: list[str]) -> bool:
    """The message is about someone else who may hurt themselves, not the writer."""
    cleaned = plain_lower(text)
    if not cleaned or _OWN_CRISIS.search(cleaned):
        return False
    if helper_cases.other_at_risk(cleaned) or _THEIR_RISK.search(cleaned):
        return True
    # "its not me its her. can i call 988 for her?" right after a crisis reply.
    after_crisis = bool((CRISIS_REPLIES | HELPER_REPLIES).intersection(previous))
    return after_crisis and bool(_NOT_ME.search(cleaned) and _LINES_OR_RISK.search(cleaned))


def crisis_sequence(sequence: list[str], text: str, previous: list[str]) -> list[str]:
    """The crisis intent's sequence, spoken to a helper when the message is about someone
    else at risk; unchanged otherwise."""
    if not sequence or sequence[0] not in CRISIS_REPLIES:
        return sequence
    if not someone_else_at_risk(text, previous):
        return sequence
    return _for_helper(previous)


def _for_helper(previous: list[str]) -> list[str]:
    if HELPER_REPLIES.intersection(previous):
        return list(FOR_SOMEONE_ELSE_AGAIN)
    return list(FOR_SOMEONE_ELSE)


def follow_up(text: str, previous: list[str]) -> list[str] | None:
    """A message the classifier did not read as a crisis ("can I call 988 for her?") right
    after a crisis reply: the helper's answer."""
    if not (CRISIS_REPLIES | HELPER_REPLIES).intersection(previous):
        return None
    return _for_helper(previous) if someone_else_at_risk(text, previous) else None
