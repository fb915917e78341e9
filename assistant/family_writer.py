"""Who asks about a duty to report: staff, or the young person's family (round 18, p03).

A mother asked "is it my decision whether to report, or does the school have to report it?"
and got the staff answer ("your workplace's policy"); her "I'm not staff, I'm her mother. Am I
obligated to report it?" then got "my answer above is all I have". The writer's role is read
from every message so far, the latest one that says it winning ("I'm not staff, I'm her
mother" switches it), and the duty answer is sent in the family's words; the correction gets
the family's answer, not "said above". Plain Python; the InterruptPolicy fits the sequence.
"""

from __future__ import annotations

import re

from assistant.answer_kinds_sources import _STAFF_SELF
from assistant.plain_text import plain_lower

STAFF_ANSWER = "utter_duty_to_report"
FAMILY_ANSWER = "utter_duty_to_report_family"

_FAMILY = (
    r"(?:parent|mom|mum|mother|dad|father|step-?(?:mom|mum|dad|parent|mother|father)|guardian"
    r"|grandma|grandmother|grandpa|grandfather|grandparent|aunt|auntie|uncle|sister|brother"
    r"|big sister|big brother|older sister|older brother|foster (?:mom|dad|parent))"
)
_FAMILY_SELF = re.compile(
    rf"\b(?:i'?m|im|i am|as) (?:her|his|their|the|a|an|the child'?s|the kid'?s) (?:\w+ )?"
    rf"{_FAMILY}\b"
    r"|\bmy (?:\d{1,2}[- ]?(?:year[- ]?old|yo) |teenage |little |young )?(?:daughter|son|child"
    r"|kid|stepdaughter|stepson|granddaughter|grandson|niece|nephew)\b"
)
# "I'm not staff", "not a teacher", "I don't work at the school": the staff reading undone.
_NOT_STAFF = re.compile(
    r"\b(?:i'?m|im|i am) not (?:a |the |her |his )?(?:staff|teacher|counsell?or|school \w+"
    r"|employee|coach|principal)\b|\bnot (?:a )?(?:staff|teacher)\b"
    r"|\bi (?:don'?t|do not) work (?:at|for) (?:the|a|her|his) school\b"
)


def writer_is_family(texts: list[str]) -> bool:
    """The latest message that says who the writer is names family, not a job."""
    for text in reversed([plain_lower(t or "") for t in texts if t and not t.startswith("/")]):
        family = bool(_FAMILY_SELF.search(text))
        staff = bool(_STAFF_SELF.search(text)) and not _NOT_STAFF.search(text)
        if _NOT_STAFF.search(text) and family:
            return True
        if staff:
            return False
        if family:
            return True
    return False


def fitted_for_family(sequence: list[str], texts: list[str]) -> list[str]:
    """The staff duty answer in the family's words when the writer is family."""
    if STAFF_ANSWER not in sequence or not writer_is_family(texts):
        return sequence
    return [FAMILY_ANSWER if name == STAFF_ANSWER else name for name in sequence]
