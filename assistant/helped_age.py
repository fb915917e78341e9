"""The helped child's age asked about the service, not the law (round 17, p03): a grandmother
asking whether the free lawyer is open to her granddaughter, "And her age is not a difficulty?
She is only fourteen.", got the age check's position-of-trust question. The service page says
there are no age restrictions and a trusted adult can be on the call.

Plain Python over the message and the ones before it; the InterruptPolicy sends the answer
(domain/helped_age.yml). An age-of-consent question ("is she too young to consent", an older
person's age, an age gap) is never this.
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

HELPED_AGE_SERVICE = "helped_age_service"
ANSWERS = {HELPED_AGE_SERVICE: ["utter_helped_age_no_limit"]}
KINDS = frozenset(ANSWERS)

_THIRD = (
    r"(?:her|his|their|she|he|they|shes|hes|theyre|she's|he's|they're|my \w+"
    r"|the (?:child|kid))"
)
# "her age is not a difficulty?", "is she too young for it", "does his age matter", "is 14 old
# enough to call", "can she use it at fourteen".
_AGE_ASKED = re.compile(
    r"\b(?:her|his|their|the child's|the childs|my \w+'?s) age\b(?: [\w']+){0,3}"
    r" (?:a |an )?(?:problem|difficulty|issue|matter|barrier|concern|obstacle|ok|okay|fine)\b"
    r"|\bdoes (?:her|his|their) age (?:matter|count|make a difference)\b"
    rf"|\b(?:is|isn't|isnt|are|would|will) {_THIRD} (?:be )?(?:too young|old enough|young enough)\b"
    rf"|\b{_THIRD} (?:is |are )?(?:too young|old enough)\b"
    r"|\bat (?:her|his|their) age\b"
    r"|\bat (?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eleven|ten)\b[^.!]{0,20}\?"
)
# The law, not the service: consent, an older person, a gap in ages.
_LAW = re.compile(
    r"\b(?:consent|older|younger|age gap|age difference|years? (?:older|younger|apart)|legal"
    r"|illegal|crime|sex|sexual|allowed to (?:send|date|have)|date)\b"
    r"|\b(?:1[89]|[2-9]\d)\b"  # an adult's age said: the age rules' question
)
_SERVICE = re.compile(
    r"\b(?:lawyer|legal advice|the service|service|advice|call|phone|ring|talk to|speak to|speak"
    r" with|apply|use it|help her|help him|help them|free|cost|intake|clinic)\b"
)
_CHILD = re.compile(
    r"\b(?:granddaughter|grandson|daughter|son|niece|nephew|child|kid|student|sister|brother"
    r"|grandchild|stepdaughter|stepson)\b"
)


def helped_age_kind(text: str | None, earlier_texts: list[str]) -> str | None:
    """The kind when a helper asks whether the helped child's age keeps them from the service."""
    cleaned = plain_lower(text)
    if not _AGE_ASKED.search(cleaned) or _LAW.search(cleaned):
        return None
    recent = [plain_lower(t) for t in earlier_texts[-3:]]
    if not any(_CHILD.search(t) for t in [*recent, cleaned]):
        return None
    if not any(_SERVICE.search(t) for t in [*recent[-2:], cleaned]):
        return None
    return HELPED_AGE_SERVICE
