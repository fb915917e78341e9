"""What the conversation already said about the images, for an answer given outside the
eligibility check ("i live in nanaimo" after "he only said he would post it"). Plain Python
over the user messages' texts, intents and direct-answer marks, oldest first.

A place named outside the check is the person offering the other half of the rule: with what
was said before, the outcome (and its handoff) comes in the same turn (issue 16).
"""

from __future__ import annotations

import re

from assistant.age_parsing import parse_ages
from assistant.answer_kinds import THREAT_ONLY
from assistant.eligibility import NO, QUALIFYING_SITUATIONS, SHARED, THREATENED, YES
from assistant.home_reading import home_from_text
from assistant.image_kinds import PRINTED
from assistant.situation_reading import UNSURE, situation_from_text, situation_said_earlier

# The classifier's topic or the reader's mark says what happened, when the words alone do not
# ("a girl recorded me and now wants money" is blackmail: a threat).
_BY_INTENT = {"sextortion": THREATENED, "inform_threatened": THREATENED, "inform_shared": SHARED}
_BY_MARK = {THREAT_ONLY: THREATENED, PRINTED: SHARED}

OUTCOME, HOME_ONLY, NOTHING = "outcome", "home_only", "nothing"
# The same home said again after the outcome ("I said Toronto"): heard, and the next step.
ALREADY_HEARD = "already_heard"


def situation_said(texts: list[str], intents: list[str], marks: list[str | None]) -> str | None:
    """'shared' / 'threatened' from earlier messages, the latest that says so; None if none."""
    said = situation_said_earlier(texts)
    if said:
        return said
    for intent, mark in reversed(list(zip(intents, marks, strict=False))):
        found = _BY_MARK.get(mark or "") or _BY_INTENT.get(intent)
        if found:
            return found
    return None


def answer_outside_check(home: str | None, situation: str | None, outcome_given: bool) -> str:
    """OUTCOME when a home named outside the check completes the rule (or needs no more: outside
    B.C.); HOME_ONLY for a B.C. home with nothing said about the images; ALREADY_HEARD when the
    outcome was given and the home is said again unchanged; else NOTHING."""
    if home not in {YES, NO}:
        return NOTHING
    if outcome_given:
        return ALREADY_HEARD
    if home == NO or situation in QUALIFYING_SITUATIONS:
        return OUTCOME
    return HOME_ONLY


def home_said(lives_in_bc: str | None, texts: list[str]) -> str | None:
    """'yes' / 'no': the check's answer, else the latest home the person named ("I'm in
    Calgary", said before a "thanks" or a question), so no B.C.-only route is offered to
    someone who said they live elsewhere; None when no home was said."""
    if lives_in_bc in {YES, NO}:
        return lives_in_bc
    for text in reversed(texts):
        if (text or "").startswith("/"):
            continue
        home = home_from_text(text)
        if home:
            return home
    return None


def route_age_group_said(texts: list[str]) -> str | None:
    """'minor' when the person said they are, or were when pictured, under 18 ("I'm 16", "I was
    17 when he took them"); 'adult' when they said the people were adults then; 'adult_now' for
    an adult's age now, which says nothing of when the images were taken (round 12: "I am 67"
    is not asked "were you under 18?" again; both removal tools are listed instead)."""
    from assistant.helper_reading import ADULT_AGE, images_taken_under_18
    from assistant.legal_routes import ADULT, ADULT_NOW, MINOR

    if any(
        images_taken_under_18(text) or _WAS_UNDER_18.search((text or "").lower()) for text in texts
    ):
        return MINOR
    for text in reversed(texts):
        # "we're both adults" describes the two people in what happened: not asked again.
        if _BOTH_ADULTS.search((text or "").lower().replace("\u2019", "'")):
            return ADULT
        parsed = parse_ages(text)
        if parsed.self_stated and parsed.age is not None:
            return MINOR if parsed.age < ADULT_AGE else ADULT_NOW
    return None


_WAS_UNDER_18 = re.compile(r"\bi was (?:only |just )?(?:1[0-7]|[1-9]|under 18|a minor)\b")
_BOTH_ADULTS = re.compile(
    r"\b(?:we(?:'re| are| were)|were) both (?:adults|grown ?ups|over 18|18 or older|of age)\b"
    r"|\bboth of us (?:are|were) (?:adults|over 18|18 or older)\b"
    r"|\bi was (?:already )?(?:an adult|over 18|18 or older)\b"
    # "I was 19 at the time", "we were both 20": an adult's age then, not now.
    r"|\b(?:i was|when i was|we were both|we'?re both|we are both) (?:already )?(?:1[89]|[2-9]\d)"
    r"\b(?! ?(?:minutes?|mins?|hours?|days?|weeks?|months?|years? ago|%|dollars|bucks))"
    r"|\bboth in our (?:20|30|40|50|60|70)s\b"
)


def route_answers_said(texts: list[str], intents: list[str], marks: list[str | None]) -> dict:
    """The route finder's answers already given in the conversation, so it does not ask them."""
    found = {}
    situation = situation_said(texts, intents, marks)
    if not situation and any(situation_from_text(text) == UNSURE for text in texts):
        # "I don't know if he shared it" is an answer: the route questions don't ask it (p29).
        situation = UNSURE
    if situation:
        found["image_situation"] = situation
    group = route_age_group_said(texts)
    if group:
        found["route_age_group"] = group
    return found


# "he made it like 2 weeks ago", "a few days ago", "last weekend": a time that is after the
# tribunal's start date whatever today is (round 8: the date was asked again after it was said).
_RECENT_TIME = re.compile(
    r"\b(?:\d{1,2}|a|an|one|two|three|four|five|six|few|couple(?: of)?) (?:days?|weeks?) ago\b"
    r"|\b(?:\d|a|one|two|three|four|five|six|few|couple(?: of)?) months? ago\b|\byesterday\b"
    r"|\blast (?:night|weekend|week|month)\b|\bthis (?:morning|week|month)\b"
)


def recent_time_said(texts: list[str]) -> bool:
    """A user message said the sharing or the making was days, weeks or months ago."""
    return any(_RECENT_TIME.search((text or "").lower()) for text in texts)
