"""Whether the person who shared will be charged (round 13, p10 and p16): "is he going to be
charged?", "will the boyfriend face charges?", "will my son have a record?", asked after the
conversation said someone else shared. It got the victim's answer ("You are not in trouble for
what someone else did to you") or the general crime text. Plain Python over the latest message
and the earlier ones; the InterruptPolicy answers the kind.

- The one who shared is under 18 (an age under 18, a son or daughter with a young age, a
  student, a classmate): the answer for young people who shared (`utter_minors_who_shared`).
- Otherwise: what can be a crime, that charges are for the police to decide, reporting is a
  choice, and a lawyer (`utter_sharer_charged`).
"""

from __future__ import annotations

import re

from assistant.answer_kinds_sources import OTHERS_IN_TROUBLE
from assistant.plain_text import plain_lower

SHARER_CHARGED = "sharer_charged"
ANSWERS = {SHARER_CHARGED: ["utter_sharer_charged", "utter_sharer_charged_next"]}
KINDS = frozenset({SHARER_CHARGED, OTHERS_IN_TROUBLE})

# Young people named as a group: "the boys", "those kids who shared it".
_GROUP = r"(?:boys|girls|kids|students|teens|classmates)"
# The person asked about: never the writer ("am I going to be charged" is the writer's own).
_THIRD = (
    r"(?:he|she|they|him|her|them|the (?:boy ?friend|girl ?friend|bf|gf|guy|boy|girl|kid|student|ex"
    r"|person|other (?:kid|student|person|boy|girl))|my (?:son|daughter|kid|child|ex|stepson"
    r"|stepdaughter|boy ?friend|girl ?friend|husband|wife|partner)|his|their"
    # Round 64 p04: "will the boys get criminal records?", "those kids who shared it".
    rf"|(?:the|those|these|the other) (?:{_GROUP}|ones))"
)
_CHARGED = re.compile(
    rf"\b{_THIRD}\b[^.!?]{{0,30}}\b(?:be |get |gets |getting |face |facing )?(?:charged"
    r"|charges|arrested|prosecuted|(?:a |any )?criminal records?|(?:a )?records?|go(?:ing)? to jail"
    r"|(?:go(?:ing)? )?to (?:jail|prison|juvie)|in (?:(?:big|serious|real|deep|any|much|so much"
    r"|a lot of) )?trouble|punished)\b"
    rf"|\b(?:charge|arrest|prosecute)s? {_THIRD}\b"
    r"|\bwhat (?:will |would |could |is going to )?happens? to (?:him|her|them|my (?:son|daughter"
    r"|kid|child|ex)|the (?:boy ?friend|girl ?friend|guy|boy|girl|kid|student))\b"
)
_FIRST_PERSON = re.compile(r"\b(?:am i|will i|would i|could i|i'?m|i am|i'?ll|do i|me)\b")
# Someone other than the writer shared, said in any message.
_SHARE_VERBS = r"(?:shared|sent|posted|showed|forwarded|leaked|spread|uploaded|airdropped|passed)"
# "my little sister's bf is sending her pics around" (round 17, p22): sharing going on.
_SHARING_NOW = (
    r"(?:is|are|was|were|keeps?|kept|been|started) (?:\w+ )?(?:sharing|sending|posting|showing"
    r"|forwarding|leaking|spreading|uploading|passing)"
)
_OTHER_SHARED = re.compile(
    rf"\b(?!i\b|we\b|im\b|i'm\b|i'?ve\b|we'?re\b|we'?ve\b)[a-z']+ (?:\w+ )?{_SHARE_VERBS}\b"
    rf"|\b(?:got|were|was|been|being) {_SHARE_VERBS}\b"
    rf"|\b(?!i\b|we\b|im\b|i'm\b)[a-z']+ {_SHARING_NOW}\b"
    r"|\b(?!i\b|we\b)[a-z']+ (?:did|does|was doing) the (?:sharing|posting|sending|leaking)\b"
)
# The one who shared is young: an age under 18 said of a young person or a pronoun ("my 16
# year old son", "he's 16", "she's 15", "her boyfriend who is 17"), or classmates; unless an
# adult's age or "a grown man" is said of someone in it.
_YOUNG_SHARER = re.compile(
    r"\b(?:son|daughter|kid|child|stepson|stepdaughter|boy ?friend|girl ?friend|boy|girl"
    r"|student|classmate|he|she|they)\b(?:'s|'re| is| are| was|,)?[^.!?]{0,12}?"
    r"\b(?:1[0-7]|[1-9])\b(?! ?(?:minutes?|hours?|days?|weeks?|months?|pics?|photos?|\$))"
    r"|\b(?:1[0-7]|[1-9])[- ]?(?:years?|yrs?)?[- ]?olds? (?:son|daughter|boy|girl|kid)\b"
    r"|\b(?:classmates?|kids at (?:my|her|his|their) school)\b"
)
_ADULT_SHARER = re.compile(
    r"\b(?:man|guy|woman|adult|he|she|him|boy ?friend|girl ?friend|ex|coworker|boss|teacher"
    r"|coach)\b(?:'s| is| was|,)?[^.!?]{0,12}?\b(?:1[89]|[2-9]\d)\b"
    r"|\b(?:1[89]|[2-9]\d)[- ]?(?:years?|yrs?)[- ]?old (?:man|guy|woman|adult)\b"
    r"|\bgrown (?:man|woman|adult)\b|\ban adult\b"
)
# "am I gonna be in trouble", "will I be charged": the writer's own question.
_OWN_TROUBLE = re.compile(
    r"\b(?:am i|will i|would i|could i|can i|do i|i'?m|im|i am|i'?ll)\b[^.!?]{0,25}"
    r"\b(?:trouble|charged|arrested|record|jail|prison|punished)\b"
)


# The person asked about took or sent the image of themselves: their own trouble, not the
# sharer's (the helped child's answer).
_OWN_ACT = re.compile(
    r"\b(?:herself|himself|themselves|themself)\b|\b(?:she|he|they) (?:took|made|sent|send)"
    r" (?:it|them|the (?:photo|pic|picture|video|nude|image)s?|a (?:photo|pic|picture|video|nude))"
    r"(?: \w+)? to (?:him|her|them)\b"
)


def _young_sharer(messages: list[str]) -> bool:
    """An age under 18 said of someone in it, and no adult's age."""
    if any(_ADULT_SHARER.search(message) for message in messages):
        return False
    return any(_YOUNG_SHARER.search(message) for message in messages)


def sharer_charged_kind(text: str, earlier_texts: list[str]) -> str | None:
    """OTHERS_IN_TROUBLE or SHARER_CHARGED for a question about the sharer being charged,
    after someone else was said to have shared; None otherwise."""
    cleaned = plain_lower(text)
    question = _CHARGED.search(cleaned)
    if not question:
        return None
    before = cleaned[: question.start()]
    if _FIRST_PERSON.search(before[-20:]):
        return None
    if _OWN_ACT.search(cleaned) or _OWN_TROUBLE.search(cleaned):
        return None  # "she took the photo herself and sent it to him": the victim's own trouble
    said = [plain_lower(earlier) for earlier in earlier_texts[-6:]] + [cleaned]
    if not any(_OTHER_SHARED.search(message) for message in said):
        return None
    if _young_sharer(said):
        return OTHERS_IN_TROUBLE
    return SHARER_CHARGED


# "the bf is 17 so is he even gonna get in trouble" (round 17, p22): the partner who shared is
# named in the question itself, so it is about them even after a helped child's trouble.
_PARTNER_NAMED = re.compile(r"\b(?:bf|gf|boy ?friend|girl ?friend|ex)\b")


# Round 64 p04: "whether the boys sharing it would be charged": the young people who shared,
# named as a group, after a parent's daughter's photo went round her school.
_SHARERS_NAMED = re.compile(
    rf"\b(?:the|those|these|other) {_GROUP}\b"
    r"|\bthe ones? (?:who|that) (?:shared|sent|posted|spread|passed)\b"
)


def names_the_partner(text: str) -> bool:
    """The message names a boyfriend, girlfriend or ex, or the young people who shared."""
    cleaned = plain_lower(text)
    return bool(_PARTNER_NAMED.search(cleaned) or _SHARERS_NAMED.search(cleaned))
