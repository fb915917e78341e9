"""A parent or other adult helping a young person who doesn't want anything done: "he says he'll
handle it and doesnt want me involved", "can i report it anyway without his ok?". The statement
got the writer's own sextortion steps ("You are not to blame") and the question the plain
reporting answer; the person_fit answer for this (ADULT_AGAINST_WISHES) is only for an adult
helped, whose choice the sources say it is.

For someone under 18 the sources don't say whether a report needs their OK; they do say an
intimate image of anyone under 18 is child sexual abuse material in law, where to report it
(Cybertip.ca, the police non-emergency line), and how to support a young person (not their
fault, not in trouble, Kids Help Phone). Plain Python over the latest message and the earlier
ones; the InterruptPolicy sends the answer (domain/minor_against_wishes.yml).
"""

from __future__ import annotations

import re

from assistant import helper_reading as hr
from assistant.plain_text import plain_lower

MINOR_AGAINST_WISHES = "minor_report_against_wishes"
ANSWERS = {MINOR_AGAINST_WISHES: ["utter_minor_against_wishes", "utter_minor_against_wishes_help"]}
KINDS = frozenset(ANSWERS)

_THEY = r"(?:s?he|they|my (?:son|daughter|kid|child|boy|girl|teen|sister|brother|niece|nephew))"
_ACT = (
    r"(?:report\w*|(?:go|going) to (?:the )?(?:police|cops)|call\w* (?:the )?(?:police|cops)"
    r"|police)"
)
# Said: "he doesn't want me involved", "she begged me not to call the police", "he'll handle it".
_REFUSES = re.compile(
    rf"\b{_THEY}(?: says?| said| keeps? saying)?(?: that)?"
    r" (?:does ?n'?t|doesnt|do ?n'?t|dont|won'?t|wont|did ?n'?t|didnt|is refusing to|refuses to)"
    r" want(?: me)?(?: to)? (?:be |get )?(?:involved|do anything|anything done)\b"
    rf"|\b{_THEY}(?: says?| said)? (?:begged|asked|made) me (?:to )?(?:promise )?not to {_ACT}"
    rf"|\b{_THEY}(?:'ll| will| wants to| can) (?:handle|deal with|sort) (?:it|this)"
)
# Asked: "can I report it anyway without his ok?", "go to police against her wishes?".
_WITHOUT_OK = re.compile(
    r"\b(?:without (?:her|his|their) (?:consent|permission|ok(?:ay)?|agreeing|say ?so|knowing)"
    r"|against (?:her|his|their) (?:wishes|will|wish)"
    r"|even (?:though|if) (?:s?he|they) (?:does ?n'?t|doesnt|do ?n'?t|dont|won'?t|wont) want)\b"
)
_ACTS = re.compile(rf"\b{_ACT}\b|\b(?:do|tell|act)\b")


def _adult_helped(texts: list[str]) -> bool:
    return any((age := hr._helped_age(text)) is not None and age >= hr.ADULT_AGE for text in texts)


def minor_against_wishes_kind(text: str | None, earlier_texts: list[str]) -> str | None:
    """The kind when a helper of a young person, after telling of them, says the young person
    doesn't want anything done or asks about acting without their OK."""
    cleaned = plain_lower(text)
    if not cleaned or not earlier_texts:
        return None  # a first message carries its own story: its own answers
    said = _REFUSES.search(cleaned)
    asked = _WITHOUT_OK.search(cleaned) and _ACTS.search(cleaned)
    if not (said or asked):
        return None
    earlier = [hr._clean(t) for t in earlier_texts[-6:]]
    texts = [*earlier, hr._clean(cleaned)]
    if _adult_helped(texts) or not any(hr._names_a_minor(t) for t in texts):
        return None
    if any(hr._MINE.search(t) and not hr.for_someone_else(t) for t in earlier[-2:]):
        return None  # the writer's own images: not a helper
    return MINOR_AGAINST_WISHES
