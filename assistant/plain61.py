"""Rounds 59-60's unanswered kinds (plain61): own-words questions that got a neighbouring block
or "doesn't answer" (tests/simulated-users/2026-12-07-round59, -round60):

- "a picture of me in my underwear ... does that count?" (r60 p22: printed copies, then texting
  as sharing, then the definition): near-nude images count; the criminal offence is narrower;
- "he is family, I cannot block him", "he's at my school so I can't just block him" (r59 p15,
  r60 p26, r60 p30: "block them" again): you don't have to block him to get help; a threat
  counts; the tribunal's order and the IIPS; for a young writer, a safe adult;
- a parent whose child shared someone's image: "can her parents sue us?", "could she take my
  son to that tribunal?" (r60 p10: "you can make a claim", then "doesn't answer"): a claim is
  against the person who shared; what the sources don't say about a sharer under 18;
- "my 13 year old daughter is being groomed by a man on Discord" (r60 p03's kind, in words that
  got the sextortion steps for the writer): report it, how to support her; then "should I
  message him myself?" ("not sure"): stop contact, report, don't confront;
- "easiest way to get him to delete it? I don't want to sue" (r60 p06: the tribunal's order
  alone): removal without a claim for money;
- "I am the one in the photos, not him" (r60 p19: "not sure I understood"): the routes for the
  person pictured.

Plain functions; the InterruptPolicy asks (assistant/policies/follow_up_readers.py: after
plain59). Responses in domain/plain61.yml, and older ones named below.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh_or_again, replies_in_last
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now
from assistant.safety import read_safety

UNDERWEAR_COUNTS = "utter_underwear_counts"
CANT_BLOCK = "utter_cant_block"
CANT_BLOCK_YOUNG = "utter_cant_block_youth"
CANT_BLOCK_AGAIN = "utter_cant_block_again"
INTERPRETER = "utter_interpreter"  # domain/topics.yml
CONTACT = "utter_contact"  # domain/handoff.yml
SHARER_DAMAGES = "utter_sharer_damages"  # domain/plain59.yml
SHARER_UNDER_18 = "utter_sharer_under_18_claim"
CHILD_TARGETED = "utter_child_groomed"
CHILD_SUPPORT = "utter_child_asked_support"  # domain/safety.yml
DONT_CONTACT_HIM = "utter_dont_contact_him"
REMOVE_WITHOUT_SUING = "utter_remove_without_suing"
I_AM_PICTURED = "utter_i_am_pictured"

# Asked again right after its answer ("so does underwear count or not?", "could she take my son
# to that tribunal?"): the point plainly, not the same block or "doesn't answer".
AGAIN = {
    UNDERWEAR_COUNTS: ["utter_underwear_counts_again"],
    SHARER_DAMAGES: ["utter_sharer_claim_again"],
}

# --- an underwear photo -------------------------------------------------------------------------
_UNDERWEAR = re.compile(
    r"\b(?:underwear|boxers|briefs|undies|bra|panties|lingerie|thong|my underpants)\b"
)
_COUNTS = re.compile(
    r"\b(?:count|counts|intimate|covered|qualify|qualifies|considered|apply|applies|matter)\b"
)

# --- cannot block him ---------------------------------------------------------------------------
# In person or at home ("he's in my house", "I see him at practice") keeps safety28's answer,
# which that reader gives first.
_CANT_BLOCK = re.compile(
    r"\b(?:can'?t|cannot|can not|cant|couldn'?t|unable to|not able to|won'?t be able to)"
    r" (?:just |really |even |simply )?block\b"
    r"|\bblocking (?:him|her|them )?(?:is not|isn'?t|won'?t|wont|doesn'?t|does not) (?:an option"
    r"|possible|work|help)\b"
)
_ASKS_NUMBER = re.compile(
    r"\bwhat (?:number|phone|line)\b|\bwho do i (?:call|phone)\b|\bhow do i (?:call|contact)\b"
)
_LANGUAGE = re.compile(
    r"\b(?:interpreter|translator|arabic|punjabi|mandarin|cantonese|farsi|persian|spanish"
    r"|tagalog|korean|vietnamese|hindi|urdu|french|russian|ukrainian|in my language)\b"
)

# --- a parent of a child who shared -------------------------------------------------------------
_MY_CHILD_SHARED = re.compile(
    r"\bmy (?:\d+[- ]?(?:year[- ]?old|yo) )?(?:son|daughter|kid|child|boy|girl|teen|teenager"
    r"|stepson|stepdaughter)\b[^.?!]{0,30}\b(?:shared|posted|sent|forwarded|showed|passed"
    r"|airdropped|spread)\b"
)
_SUE_US = re.compile(
    r"\b(?:sue|take) (?:us|me|my (?:son|daughter|kid|child|boy|girl)|him|her)\b"
    r"|\b(?:can|could|will|would|might) (?:she|they|her (?:parents|family|mom|dad|mother"
    r"|father)|his (?:parents|family)|the (?:girl|boy|family|parents))"
    r" (?:\w+ )?(?:sue|make a claim|file a claim|bring a claim|go to the tribunal|take)\b"
)


# --- a child groomed, and contacting him ---------------------------------------------------------
_MY_CHILD = re.compile(
    r"\b(?:my|our) (?:\d{1,2}[- ]?(?:year[- ]?old|yrs?[- ]?old|yo|y/o) |little |young |teenage )?"
    r"(?:daughter|son|kid|child|niece|nephew|granddaughter|grandson|stepdaughter|stepson"
    r"|little sister|little brother)\b"
)
_GROOMED = re.compile(r"\b(?:groom(?:ed|ing|s)?|preying on|predator)\b")
CHILD_CONTEXT = frozenset(
    {
        CHILD_TARGETED,
        "utter_child_asked",
        "utter_child_asked_support",
        "utter_helper_minor",
        "utter_helper_minor_first",
    }
)
_CONTACT_HIM = re.compile(
    r"\b(?:should|can|could|do|shall) (?:i|we) (?:just )?(?:message|text|dm|contact|call|email"
    r"|confront|write to|reply to|talk to|warn|threaten) (?:him|her|them|this (?:guy|man|person)"
    r"|the (?:guy|man|person))\b"
)

# --- removal without a claim for money ------------------------------------------------------------
_NO_SUING = re.compile(
    r"\b(?:don'?t|do not|dont|doesn'?t|not) (?:want|wanna|plan|going) (?:to )?(?:sue|go to court"
    r"|take (?:him|her|them) to court|make a claim|get a lawyer)\b|\bwithout (?:suing|court"
    r"|a lawsuit|going to court)\b|\bnot (?:trying to )?sue\b"
)
_REMOVE = re.compile(r"\b(?:delete|remove|take (?:it|them) down|get rid of|gone|erase)\b")

# --- the person pictured says so -----------------------------------------------------------------
_I_AM_PICTURED = re.compile(
    r"\bi(?:'m| am|m) the one (?:in|pictured in|shown in|who is in|that is in)"
    r" (?:the |those |these )?(?:photos|pictures|pics|images|videos|nudes)\b"
    r"|\b(?:the|those|these) (?:photos|pictures|pics|images) (?:are|were) (?:of )?me\b"
    r"|\bit'?s me in (?:the|those|them)\b"
)


def kind(
    text: str, earlier: list[str], replies: list[list[str]], is_minor: object = None
) -> list[str] | None:
    """The answer to one of the module's kinds, or None."""
    if not text or text.startswith("/"):
        return None
    cleaned = plain_lower(text)
    if read_safety(text) is not None:
        return None  # the crisis answers come first
    told = [plain_lower(t) for t in earlier[-6:]]
    if _UNDERWEAR.search(cleaned) and _COUNTS.search(cleaned) and "?" in cleaned:
        return [UNDERWEAR_COUNTS]
    if _CANT_BLOCK.search(cleaned):
        young = young_now([*earlier[-6:], text], is_minor)
        answer = [CANT_BLOCK_YOUNG] if young else [CANT_BLOCK]
        if _LANGUAGE.search(cleaned):
            answer.append(INTERPRETER)
        elif _ASKS_NUMBER.search(cleaned):
            answer.append(CONTACT)
        return answer
    if _SUE_US.search(cleaned) and any(_MY_CHILD_SHARED.search(t) for t in [*told, cleaned]):
        return [SHARER_DAMAGES, SHARER_UNDER_18]
    if _GROOMED.search(cleaned) and _MY_CHILD.search(cleaned):
        return [CHILD_TARGETED, CHILD_SUPPORT]
    if _CONTACT_HIM.search(cleaned) and replies_in_last(replies, 3) & CHILD_CONTEXT:
        return [DONT_CONTACT_HIM]
    if _NO_SUING.search(cleaned) and _REMOVE.search(cleaned):
        return [REMOVE_WITHOUT_SUING]
    if _I_AM_PICTURED.search(cleaned) and told:
        return [I_AM_PICTURED]
    return None


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    replies: list[list[str]] | None = None,
    is_minor: object = None,
) -> list[str] | None:
    """The answer, without what the turn before already sent; "I cannot block him" said again
    right after its answer gets the short line, with the rest of what was asked."""
    found = kind(text, earlier, replies or [], is_minor)
    if found and found[0] in (CANT_BLOCK, CANT_BLOCK_YOUNG) and found[0] in previous:
        found = [CANT_BLOCK_AGAIN, *found[1:]]
    return fresh_or_again(found, previous, AGAIN)
