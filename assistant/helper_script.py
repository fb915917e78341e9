"""A helper's own question, not the victim's script (round 14, kind 4: p20, p15, p03).

Someone writing about another person got text meant for the person it happened to: a father
whose son shared a girlfriend's nude got "don't delete before deciding about police" and "tell
them they are not in trouble"; a sister of a 20-year-old got the route list about "your images"
and the supports list twice when she asked how to support her; a mother of a 13-year-old got
the adults' removal text addressed to "you" and no answer to "how do I talk to her".

The story is read from the conversation (who the writer writes about, and what happened); the
question from the latest message. Plain Python; `assistant.person_fit.person_kind` calls
`script_kind`, and the InterruptPolicy sends the kind's static responses.

- The writer's own child SHARED someone else's image (`role_followups.own_child_story`):
  "does he need a lawyer? can the free service help him?" gets what the sources say about the
  service (it is for the person in the image) and that they don't name help for the one who
  shared (`SHARER_LAWYER`); "should he delete it / contact her parents" keeps
  `role_followups`' answer; "how do I talk to him" gets what the sources say, and don't.
- The writer helps an ADULT it happened to: "what can I do for her", "how do I support HER"
  gets how to support an adult (`person_fit.ADULT_HELP`), asked again a shorter answer.
- The writer helps a CHILD it happened to: "should I call the police" first gets the child's
  routes (Cybertip.ca, police, NeedHelpNow.ca, Take It Down); removal gets the child's removal
  tools; "how do I talk to her" the support guidance (with removal when both are asked).
"""

from __future__ import annotations

import re

from assistant import helper_reading as hr
from assistant import role_followups
from assistant.plain_text import plain_lower

SHARER_LAWYER = "own_child_shared_lawyer"
SHARER_TALK = "own_child_shared_talk"
ADULT_SUPPORT_AGAIN = "helper_adult_support_again"
CHILD_REMOVAL = "helper_child_removal"
CHILD_REMOVAL_TALK = "helper_child_removal_talk"
# Round 45 p13, round 46 p12: the lawyer asked again once the service's answer was given
# ("No. He is NOT the victim. Does he need a criminal lawyer?").
SHARER_LAWYER_AGAIN = "own_child_shared_lawyer_again"
SHARER_LAWYER_PLAINLY = "own_child_shared_lawyer_plainly"
ANSWERS: dict[str, list[str]] = {
    SHARER_LAWYER: ["utter_own_child_lawyer"],
    SHARER_LAWYER_AGAIN: ["utter_sharer_family_lawyer"],
    SHARER_LAWYER_PLAINLY: ["utter_sharer_lawyer_plainly"],
    SHARER_TALK: ["utter_own_child_talk"],
    ADULT_SUPPORT_AGAIN: ["utter_helper_adult_support_again"],
    CHILD_REMOVAL: ["utter_helper_child_removal"],
    CHILD_REMOVAL_TALK: ["utter_helper_child_removal", "utter_helper_talk"],
}
KINDS = frozenset(ANSWERS)

# Kinds defined elsewhere that this reader may give (their responses are registered there).
_ADULT_HELP = "helper_adult_support"  # person_fit.ADULT_HELP (imports this module)
_ADULT_HELP_FIRST = "utter_helper_adult_support"
_TALK_FIRST = "utter_helper_talk"

SHARER, CHILD, ADULT = "sharer", "child", "adult"

# How many earlier messages the story is read from.
_RECENT = 8

# --- the questions ---
# "does he need a lawyer", "does my son need his own lawyer", "can the free service help him",
# "should we get him a lawyer".
LAWYER_ASKED = re.compile(
    r"\b(?:need|needs|get|getting|hire|find)\b[^.!?]{0,25}\b(?:lawyer|legal advice|attorney)\b"
    r"|\b(?:lawyer|service|legal advice|they|you)\b[^.!?]{0,20}\b(?:help|advise|represent|talk to)"
    r" (?:him|her|them|my (?:son|daughter|kid|child))\b"
    r"|\b(?:can|could|will|would|does) (?:he|she|they|my (?:son|daughter|kid|child)) "
    r"(?:\w+ )?(?:use|call|get|talk to|see) (?:the|a|this|your) (?:free )?(?:service|lawyer)\b"
)
# How to talk with or support the person: "how do I even talk to her", "how can I support HER",
# "what can I do for her in the meantime", "what do I say to him".
_SUPPORT = re.compile(
    r"\bhow (?:can|do|should|could|would) (?:i|we) (?:even |best |possibly )?(?:help|support"
    r"|comfort|reassure|be there for|talk (?:to|with)|speak (?:to|with)|approach|bring (?:it|this)"
    r" up with|get through to)\b"
    r"|\bwhat (?:can|could|should|do) (?:i|we) (?:even )?(?:do|say) (?:for|to|to help|with)"
    r" (?:her|him|them|my \w+)\b"
    r"|\b(?:i|we) (?:\w+ ){0,3}?(?:support|help|be there for) (?:her|him|them)\b"
    r"(?! (?:call|report|apply|with the|get the|file|contact))"
    r"|\bwhat (?:do|should|can) i (?:even )?say\b"
)
_REMOVAL = re.compile(
    r"\b(?:removed?|removal|taken? (?:down|off)|take (?:them|it|the \w+) (?:down|off)"
    r"|get (?:them|it|the \w+) (?:down|off|deleted|removed)|gone from|off the internet"
    r"|off (?:the|their) phones?)\b"
)
_POLICE = re.compile(r"\b(?:police|cops|rcmp)\b")
# The writer's own images, or the writer as the one it happened to: not a helper's question.
_OWN = re.compile(
    r"\bmy (?:own )?(?:nudes?|pics?|photos?|pictures?|images?|videos?|selfies?)\b"
    r"|\b(?:of|showing) me\b|\bi(?:'m| am) (?:1[0-7]|[1-9])\b"
)

_CHILD_WORDS = re.compile(
    r"\b(?:grade \d{1,2}|(?:elementary|middle|high) school|at (?:her|his|their) school"
    r"|little (?:girl|boy|one|sister|brother)|under 18|a minor)\b"
)
_ADULT_WORDS = re.compile(
    r"\b(?:my|our) (?:wife|husband|partner|fianc[eé]e?|coworker|co-worker|colleague|client"
    r"|mom|mum|mother|dad|father|grown (?:daughter|son|child))\b|\ban adult\b"
)

# The kinds so far that these answers replace: no mark, the victim's and the helper's generic
# answers read from one message; never the safety net's, fear's or another reader's own answer.
_REPLACES = frozenset(
    {
        None,
        "report_to_police",
        "report_to_police_partner",
        "consequences_for_them",
        "evidence_to_police",
        "helper_talk_to_child",
        "helper_talk_maybe",
        "helper_talk_again",
        "helper_talk_adult",
        "helper_for_someone",
        "helper_for_adult_routes",
        "helper_for_minor_next",
        "helper_for_minor_first",
        "lawyer_no_age_limit",
        "on_behalf",
        "support_services",
        "images_taken_under_18",
    }
)


def story(texts: list[str]) -> str | None:
    """Whom the writer writes about, from the messages so far (oldest first): SHARER (their own
    child shared someone's image), CHILD or ADULT (someone it happened to), or None."""
    cleaned = [plain_lower(t) for t in texts[-_RECENT:]]
    if role_followups.own_child_story(cleaned):
        return SHARER
    for text in cleaned:
        helped = hr.helped_person(text)
        if helped is None:
            continue
        # Only an age said, or words that say child or adult: "my daughter's ex posted her
        # video" may be about a grown daughter, "my friend" about a teen's friend.
        age = hr._helped_age(text)
        if helped == hr.HELPER_MINOR and (
            (age is not None and age < hr.ADULT_AGE) or _CHILD_WORDS.search(text)
        ):
            return CHILD
        if helped == hr.HELPER_ADULT and (
            (age is not None and age >= hr.ADULT_AGE) or _ADULT_WORDS.search(text)
        ):
            return ADULT
    return None


def script_kind(
    text: str,
    earlier_texts: list[str],
    kind: str | None,
    earlier_actions: list[str] | None = None,
) -> str | None:
    """The kind for a helper's own question, or None (the kind so far stays)."""
    if kind not in _REPLACES:
        return None
    cleaned = plain_lower(text)
    if not cleaned or cleaned.startswith("/") or _OWN.search(cleaned):
        return None
    told = story([*earlier_texts, text])
    given = earlier_actions or []
    if told == SHARER:
        return _sharer_kind(cleaned, given)
    if told == ADULT and _SUPPORT.search(cleaned):
        return ADULT_SUPPORT_AGAIN if _ADULT_HELP_FIRST in given else _ADULT_HELP
    if told == CHILD:
        return _child_kind(cleaned, bool(earlier_texts), given)
    return None


def sharer_lawyer_asked(text: str, earlier_texts: list[str]) -> bool:
    """A parent whose own child shared asks about a lawyer for the child ("should we get him a
    lawyer? can this free service help him?"), whatever else the message asks."""
    return story([*earlier_texts, text]) == SHARER and bool(LAWYER_ASKED.search(plain_lower(text)))


def _sharer_kind(cleaned: str, given: list[str]) -> str | None:
    # "should he delete it? contact her parents?": role_followups' answer (it names a lawyer).
    if role_followups._WHAT_NOW.search(cleaned):
        return role_followups.OWN_CHILD_WHAT_NOW
    if LAWYER_ASKED.search(cleaned):
        if "utter_own_child_lawyer" not in given:
            return SHARER_LAWYER
        if "utter_sharer_family_lawyer" not in given:
            return SHARER_LAWYER_AGAIN
        return SHARER_LAWYER_PLAINLY
    if _SUPPORT.search(cleaned):
        return SHARER_TALK
    return None


def _child_kind(cleaned: str, told_before: bool, given: list[str]) -> str | None:
    support = bool(_SUPPORT.search(cleaned))
    if _REMOVAL.search(cleaned):
        return CHILD_REMOVAL_TALK if support else CHILD_REMOVAL
    if support:
        return hr.HELPER_TALK_AGAIN if _TALK_FIRST in given else hr.HELPER_TALK
    # "my daughter is 13 ... should I call the police?" as the first message: the child's
    # routes, not the adults' police answer.
    if not told_before and _POLICE.search(cleaned):
        return hr.HELPER_MINOR
    return None
