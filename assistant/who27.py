"""Rounds 25-26 (who27): whose place, whose age, which legal route.

- a writer who lives outside B.C. asks whether another person (a partner, a friend, a sister)
  who lives in B.C. and is in the images can use the service ("my girlfriend lives in
  Vancouver, can she use it?", "Not me, HER"): the service for the person in B.C., never the
  writer's own outside-B.C. answer again (`OTHER_HOME_BC`).
- a young writer gives a young friend's age and their own ("she's 14 and so am I", "we're both
  14") after the friend's images were told: the young friend's routes (Cybertip.ca, Take It
  Down, NeedHelpNow.ca, Kids Help Phone, never save the image), never "How old are you?"
  (`FRIEND_YOUNG`).
- someone asks where else to get legal help if the free service's pilot has closed: the other
  routes the sources name (`ELSEWHERE`, answers22's answer: its reader missed "if it has
  closed, what would you send our clients to instead for legal help").

Read in follow_up_readers.SEQUENCE_READERS (outside forms, never for a safety intent, only
with earlier messages). Plain functions; responses in domain/who27.yml, roles.yml and
answers22.yml.
"""

from __future__ import annotations

import re

from assistant.home_reading import OTHER, place_mentions
from assistant.plain_text import plain_lower

OTHER_HOME_BC = ["utter_other_home_bc"]
OTHER_HOME_BC_AGAIN = ["utter_other_home_bc_again"]
FRIEND_YOUNG = ["utter_friend_of_minor", "utter_friend_of_minor_removal"]
FRIEND_YOUNG_NEXT = ["utter_friend_young_next"]
# answers22's answer (domain/answers22.yml), read here for the words it missed.
ELSEWHERE = ["utter_other_legal_help", "utter_other_legal_help_clinic"]
ELSEWHERE_AGAIN = ["utter_other_legal_help_again"]
ANSWERS = (*OTHER_HOME_BC, *OTHER_HOME_BC_AGAIN, *FRIEND_YOUNG_NEXT)

# --- another person's B.C. home -----------------------------------------------------------
_OTHER_PERSON = (
    r"(?:she|he|they|her|him|them|shes|hes|she'?s|he'?s|they'?re"
    r"|my (?:girlfriend|boyfriend|gf|bf|partner|wife|husband|fianc[ée]e?|friend|sister|brother"
    r"|daughter|son|mom|mum|dad|cousin|roommate))"
)
_BC = r"(?:bc|b\.c\.?|british columbia)"
# "she lives in B.C.", "my girlfriend is a BC resident", "her home is in BC".
_OTHER_RESIDENT = re.compile(
    r"\b"
    + _OTHER_PERSON
    + r"\b[^.!?]{0,30}\b(?:(?:lives?|living|is|resides?) in "
    + _BC
    + r"|(?:is )?an? "
    + _BC
    + r" resident|resident of "
    + _BC
    + r")\b"
)
# "can she use it", "does she qualify", "can SHE call the free lawyer", "is she eligible".
_OTHER_ASKS = re.compile(
    r"\b(?:can|could|would|does|do|is|will)(?: \w+){0,2} (?:she|he|they|her|him|my \w+)"
    r"(?: \w+){0,2} (?:use|qualify|call|apply|contact|be eligible|eligible|access|talk to"
    r"|get (?:help|the|free|legal|advice|a lawyer))\b"
)
# "not me, her", "I mean her", "I'm asking about her".
_NOT_ME = re.compile(
    r"\b(?:not me|not for me|i mean (?:her|him|them|my)|asking (?:about|for) (?:her|him|them|my))\b"
)


def _other_home_named(text: str) -> bool:
    cleaned = plain_lower(text)
    return bool(_OTHER_RESIDENT.search(cleaned)) or any(
        m.in_bc and m.owner == OTHER and not m.negated for m in place_mentions(cleaned)
    )


def other_home_in_bc(text: str, earlier: list[str], outside_bc: bool) -> bool:
    """The writer lives outside B.C. and asks about another person who lives in B.C. (said in
    this message or the last three)."""
    if not outside_bc:
        return False
    cleaned = plain_lower(text)
    if not (_OTHER_ASKS.search(cleaned) or _NOT_ME.search(cleaned)):
        return False
    return _other_home_named(text) or any(_other_home_named(t) for t in earlier[-3:])


# --- a young friend's age and the writer's -------------------------------------------------
_FRIEND_TOLD = re.compile(
    r"\b(?:my |a |our )?(?:friend|friends|bestie|best friend|bff|classmate)\b"
)
_AGE = r"(?:1[0-7]|[6-9])"
# "she's 14 and so am i", "shes 14 tho and im 13", "we're both 15", "she is 14, me too".
_BOTH_YOUNG = re.compile(
    r"\b(?:(?:we'?re|we are|were) both " + _AGE + r"\b"
    r"|(?:she|he|they)(?:'?s| is|'?re| are) " + _AGE + r"\b[^.!?]{0,25}"
    r"\b(?:so am i|me too|same|(?:and )?(?:i'?m|i am|im) (?:also )?" + _AGE + r"|i'?m also)"
    r"|(?:both|we) (?:are|r) " + _AGE + r"\b"
    r"|(?:me and (?:her|him|them)|(?:she|he) and (?:i|me)) (?:are|r|both are) " + _AGE + r"\b)"
)


# "what should she do", "how do we help her", "its going around school".
_WHAT_NOW = re.compile(
    r"\bwhat (?:should|can|could|do|does) (?:she|he|they|we) do\b|\bhow (?:do|can|should) "
    r"(?:we|i) help (?:her|him|them)\b|\bgoing around\b|\bwhat do we do\b"
)
# The writer's own copy ("someone sent me the pic too ... what do i do with it"): the older
# readers' answer for a young person sent an image.
_OWN_COPY = re.compile(r"\b(?:sent (?:it |the pic |them )?(?:to )?me|on my phone|with it)\b")


def both_young(text: str, earlier: list[str]) -> bool:
    """A young friend's age and the writer's own, both under 18, with a friend's story told."""
    cleaned = plain_lower(text)
    if not _BOTH_YOUNG.search(cleaned):
        return False
    return any(_FRIEND_TOLD.search(plain_lower(t)) for t in [*earlier, text])


# --- legal help if the pilot has closed ----------------------------------------------------
_CLOSED = re.compile(
    r"\b(?:closed|clos(?:es|ing)|ended|ends|over|shut|stopped|finished|not running|no longer"
    r"|isn'?t running|not taking|gone|full)\b"
)
_ELSEWHERE = re.compile(
    r"\b(?:where else|who else|what else|instead|other (?:legal|lawyer|option|place|route)s?"
    r"|alternatives?|another (?:lawyer|service|option|place)|anywhere else|somewhere else)\b"
)
_LEGAL = re.compile(r"\b(?:legal|lawyers?|advice|law)\b")


def elsewhere_asked(text: str) -> bool:
    """'If it has closed, where else for legal help?'"""
    cleaned = plain_lower(text)
    return bool(_CLOSED.search(cleaned) and _ELSEWHERE.search(cleaned) and _LEGAL.search(cleaned))


def follow_up(
    text: str,
    previous: list[str],
    earlier: list[str],
    earlier_actions: list[str],
    outside_bc: bool,
) -> list[str] | None:
    """The answer for the kinds above, or None (read as before). Outside forms only."""
    if not earlier or not text:
        return None
    if other_home_in_bc(text, earlier, outside_bc):
        if OTHER_HOME_BC_AGAIN[0] in previous:
            return None
        return OTHER_HOME_BC_AGAIN if OTHER_HOME_BC[0] in previous else OTHER_HOME_BC
    if both_young(text, earlier) and FRIEND_YOUNG[0] not in earlier_actions:
        return FRIEND_YOUNG
    ages_told = any(both_young(t, earlier) for t in [*earlier[-4:], text])
    if (
        ages_told
        and FRIEND_YOUNG[0] in earlier_actions
        and FRIEND_YOUNG_NEXT[0] not in earlier_actions
        and _WHAT_NOW.search(plain_lower(text))
        and not _OWN_COPY.search(plain_lower(text))
    ):
        # The friend's routes were given: what fits two young people now, once.
        return FRIEND_YOUNG_NEXT
    if elsewhere_asked(text):
        if ELSEWHERE_AGAIN[0] in previous:
            return None
        return ELSEWHERE_AGAIN if ELSEWHERE[0] in previous else ELSEWHERE
    return None
