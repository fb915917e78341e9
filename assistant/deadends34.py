"""Rounds 33-34 (deadends34): follow-ups the sources answer that got "I'd rather not guess" or
"not sure I have the answer" (tests/simulated-users/2026-12-06-round33, -round34):

- "could she get an order making him delete it?" (r33 p07): the tribunal's protection order can
  order deletion;
- "does not being Canadian matter?", "can a non-Canadian get the free lawyer?" (r33 p30): the
  page's criteria are living in B.C. and what happened, with nothing on citizenship;
- "do I need to sign something before the lawyer gives me advice?" (r34 p23): the letter;
- "so the free lawyer takes cases where nothing was shared?" (r33 p22): shared or threatened,
  and the Intimate Images Protection Service when neither;
- "should my child delete it?" from a parent whose own child shared (r33 p13, the bot's own
  button title typed): ages23's answer for the sharer's family, written in session 22 and never
  called from the readers' table (it took right answers there).

Answered only where the reply chosen without them is a dead end (deadends31.DEAD_ENDS, asked by
InterruptPolicy._dead_end_replaced), so no older answer changes. A question the rules would close
with "Is there anything else I can help with?" (its intent read as "nothing happened" or thanks:
rounds 35-36) is such a dead end too. Plain functions; responses in
domain/deadends34.yml (and the older file named).
"""

from __future__ import annotations

import re

from assistant import ages23
from assistant.fresh_answers import fresh
from assistant.is_question import is_question
from assistant.plain_text import plain_lower

CRT_DELETE = "utter_crt_delete_order"
CITIZENSHIP = "utter_citizenship_criteria"
SIGN_FIRST = "utter_sign_before_advice"
LAWYER_NOT_SHARED = "utter_lawyer_not_shared"
# Intents whose rule closes the topic, and the closing reply: a dead end when the message asks.
CLOSING_INTENTS = frozenset({"inform_neither", "thank", "deny", "affirm"})
CLOSING_REPLIES = frozenset({"utter_anything_else"})
ANSWERS = frozenset(
    {CRT_DELETE, CITIZENSHIP, SIGN_FIRST, LAWYER_NOT_SHARED, *ages23.CHILD_SHARED_DELETE_LAWYER}
)

_ORDER_DELETE = re.compile(
    r"\b(?:order|orders|ordered|make (?:him|her|them)|force (?:him|her|them)"
    r"|get (?:him|her|them) to|tribunal|crt)\b[^.?!]{0,50}"
    r"\b(?:delete|deleted|deleting|remove|removed|erase|erased|take (?:it|them) down|get rid)\b"
)
_CITIZENSHIP = re.compile(
    r"\b(?:citizen\w*|canadian|american|international student|immigra\w*|permanent resident"
    r"|refugee|newcomer|not from (?:here|canada)|from another country|status in canada)\b"
)
_SERVICE_ASKED = re.compile(
    r"\b(?:matter|matters|qualify|eligible|get|use|help|allowed|can|lawyer|service|apply)\b"
)
_SIGN = re.compile(
    r"\b(?:sign|signing|signature)\b[^.?!]{0,40}\b(?:before|first|need|have to|must)\b"
    r"|\b(?:before|first|need|have to|must)\b[^.?!]{0,40}\b(?:sign|signing|signature)\b"
)
_LAWYER = re.compile(r"\b(?:lawyer|legal advice|the service|this service|free advice|they)\b")
_NOT_SHARED = re.compile(
    r"\bnothing (?:was |has been |is |got )?(?:shared|posted|sent)\b"
    r"|\b(?:not|never|hasn'?t|hasnt|wasn'?t|wasnt|haven'?t|havent|weren'?t) (?:been |yet )?"
    r"(?:shared|posted)\b"
    r"|\bonly (?:if|when) [^.?!]{0,25}\b(?:shared|posted)\b"
    # "he hasn't threatened anything. so the free lawyer wouldn't take me?" (round 35 p19)
    r"|\b(?:hasn'?t|hasnt|has not|didn'?t|never|not) (?:\w+ )?threatened\b|\bno threats?\b"
)


def asks(text: str) -> bool:
    """The message asks something (a question mark or a question's words)."""
    return bool(text) and not text.startswith("/") and is_question(plain_lower(text))


def _held_not_shared(earlier: list[str], previous: list[str]) -> bool:
    """Images held but not shared or threatened, told before or answered just before."""
    return any("held_not_shared" in name for name in previous) or any(
        _NOT_SHARED.search(plain_lower(t)) for t in earlier[-6:]
    )


def kind(text: str) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    if not is_question(cleaned):
        return None
    if _SIGN.search(cleaned):
        return [SIGN_FIRST]
    if _CITIZENSHIP.search(cleaned) and _SERVICE_ASKED.search(cleaned):
        return [CITIZENSHIP]
    if _LAWYER.search(cleaned) and _NOT_SHARED.search(cleaned):
        return [LAWYER_NOT_SHARED]
    if _ORDER_DELETE.search(cleaned):
        return [CRT_DELETE]
    return None


def follow_up(text: str, previous: list[str], earlier: list[str]) -> list[str] | None:
    """The answer, without what the turn before already sent."""
    found = kind(text) or ages23.child_shared_delete(text, earlier)
    if found == [CRT_DELETE] and _held_not_shared(earlier, previous):
        return None  # the tribunal's orders are for sharing or threats (round 26 p17)
    return fresh(found, previous) if found else None
