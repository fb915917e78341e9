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
from assistant.safety import read_safety

# domain/helpers.yml (9-1-1, 9-8-8, VictimLinkBC for them) + domain/crisis_for_others.yml.
FOR_SOMEONE_ELSE = ["utter_other_person_in_danger", "utter_helper_crisis_next"]
# Asked again after that answer ("can I call 988 for her?"): calling for them, in other words.
FOR_SOMEONE_ELSE_AGAIN = ["utter_helper_crisis_call"]
CRISIS_REPLIES = frozenset({"utter_crisis", "utter_crisis_again"})
HELPER_REPLIES = frozenset({"utter_other_person_in_danger", "utter_helper_crisis_next"})

_OWN_CRISIS = re.compile(
    r"\bi (?:want|wanna|wanted) to die\b|\b(?:kill|hurt|cut)(?:ing)? myself\b"
    r"|\bi (?:don'?t|dont|do not) want to (?:live|be alive|be here)\b"
    r"|\bi'?m (?:suicidal|going to end it|gonna end it)\b|\bend(?:ing)? my (?:own )?life\b"
    r"|\bi (?:can'?t|cant|cannot) (?:go on|do this anymore|take (?:it|this) anymore)\b"
    r"|\b(?:so do i|me too|i do too|same for me|i feel the same)\b"
)
_THEIR_RISK = re.compile(
    r"\b(?:her|his|their|him|them|he|she)\b[^.?!]{0,25}\b(?:wanting to die|wants? to die"
    r"|suicid\w*|(?:would |'d |d )?rather (?:die|dying|be dead)"
    r"|(?:kill|hurt|cut)(?:ing)? (?:herself|himself|themselves|themself)"
    r"|end(?:ing)? (?:her|his|their) (?:own )?life"
    # Round 60 p27: "if she talks about not wanting to live, who do I call" got the intake line.
    r"|not want(?:ing)? to (?:live|be alive|be here)|(?:doesn'?t|does not|don'?t) want to"
    r" (?:live|be alive)|better off dead)"
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


# The check-in asked about the person helped (domain/helpers.yml), and what the helper asks
# after it: "what do I actually do if she says stuff like that again" (round 60 p27: "I'd rather
# not guess", then the intake line).
HELPER_CHECK_IN = "utter_crisis_checkin_helper"
_IF_AGAIN = re.compile(
    r"\b(?:if|when) (?:she|he|they) (?:says?|talks?|mentions?|does|starts?|texts?|posts?)\b"
    r"[^.?!]{0,30}\b(?:again|like that|that stuff|stuff like that|that)\b"
)


_ASKS_WHAT_TO_DO = re.compile(
    r"\?|\b(?:who|what|where|how) (?:do|should|can|would) (?:i|we)\b"
    r"|\bwho (?:to|can) (?:call|help)\b"
)


def follow_up(text: str, previous: list[str], recent: list[str] | None = None) -> list[str] | None:
    """A message the classifier did not read as a crisis ("can I call 988 for her?") right
    after a crisis reply, or naming someone else's risk in so many words ("if she talks about
    not wanting to live, who do I call?", at any point), or asking what to do "if she says that
    again" after the helper's check-in: the helper's answer."""
    cleaned = plain_lower(text)
    if not cleaned or _OWN_CRISIS.search(cleaned):
        return None
    after_check_in = HELPER_CHECK_IN in (recent or previous) or HELPER_REPLIES.intersection(
        previous
    )
    if after_check_in and _IF_AGAIN.search(cleaned):
        return _for_helper(previous)
    if (CRISIS_REPLIES | HELPER_REPLIES).intersection(previous):
        return _for_helper(previous) if someone_else_at_risk(text, previous) else None
    their_risk = _THEIR_RISK.search(cleaned) or helper_cases.other_at_risk(cleaned)
    if their_risk and _ASKS_WHAT_TO_DO.search(cleaned) and not read_safety(text):
        # Asked what to do ("if she talks about not wanting to live, who do I call"); a message
        # that only tells it gets the check-in about them, with the lines once.
        return _for_helper(previous)
    return None
