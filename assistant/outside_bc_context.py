"""A tribunal or money question from someone who said earlier that they live outside B.C.
("I live in Seattle" ... "can I get money for the harm?"): the tribunal's answer for B.C. would
be given with no caveat (issue 16, simulated users round 10, p30). Plain Python over the
earlier messages; the honest answer is the practical reader's CRT_OUTSIDE_BC (the sources don't
say whether the CRT can act then; who can tell).
"""

from __future__ import annotations

from assistant.adult_age import ADULT_AGE
from assistant.answer_kinds_practical import CRT_ORDERS, CRT_OUTSIDE_BC
from assistant.answer_kinds_subjects import DAMAGES
from assistant.home_reading import NO, YES, home_from_text, moves_to_bc

# Kinds whose answer presents the tribunal as open to the person.
TRIBUNAL_KINDS = frozenset({DAMAGES, CRT_ORDERS})
# "i was 25 in the pics" from someone in the Yukon: the adults' routes open anywhere (round 9,
# p27), not the B.C. ones.
ADULT_AGE_OUTSIDE = "adult_age_outside_bc"
ANSWERS: dict[str, list[str]] = {ADULT_AGE_OUTSIDE: ["utter_adult_age_outside_bc"]}
KINDS = tuple(ANSWERS)


def home_outside_bc_earlier(earlier_texts: list[str]) -> bool:
    """The latest home the person named, before this message, is outside B.C."""
    for text in reversed(earlier_texts):
        if (text or "").startswith("/"):
            continue
        home = home_from_text(text)
        if home in {YES, NO}:
            return home == NO
    return False


def outside_bc_kind(
    kind: str | None, text: str, earlier_texts: list[str], earlier_topics: list[str | None]
) -> str | None:
    """An answer for someone living outside B.C. in place of a B.C.-only one; else None. Once
    the caveat was given, the tribunal's own answers follow ("could it force him to take it
    down?"); a bare age is a form's answer, an age said with a question is asked."""
    if not home_outside_bc_earlier(earlier_texts):
        return None
    if kind in TRIBUNAL_KINDS and CRT_OUTSIDE_BC not in earlier_topics:
        return CRT_OUTSIDE_BC
    if kind == ADULT_AGE and "?" in text:
        return ADULT_AGE_OUTSIDE
    return None


TRIBUNAL_INTENT = "ask_crt"


def tribunal_asked_outside_bc(
    intent: str | None, text: str, earlier_texts: list[str], earlier_topics: list[str | None]
) -> str | None:
    """CRT_OUTSIDE_BC for "can i use the bc tribunal?" when nothing else answered it and the
    person said they live outside B.C. and are not moving there (session 17: the B.C. answer
    came with no caveat); None otherwise."""
    if intent != TRIBUNAL_INTENT or CRT_OUTSIDE_BC in earlier_topics:
        return None
    if any(moves_to_bc(t or "") for t in [*earlier_texts, text]):
        return None
    return CRT_OUTSIDE_BC if home_outside_bc_earlier(earlier_texts) else None
