"""Whether the free lawyer reports to the police: "will the lawyer go to the police
themselves?", "does the lawyer have to report him?", "will they make me go to the cops?". It got
the reporting answer ("you can report to your local non-emergency line") or "see above", never
what the service page says about the lawyer: confidential advice, a letter that helps keep what
you say confidential, no police report needed, and the choice is yours.

Plain Python over the latest message; the InterruptPolicy sends the answer
(domain/lawyer_reports.yml). Never read for crisis or danger (the policy's gate).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

LAWYER_REPORTS = "lawyer_reports"
ANSWERS = {LAWYER_REPORTS: ["utter_lawyer_reports"]}
KINDS = frozenset(ANSWERS)

_LAWYER = (
    r"(?:the |your |a |that |this |my )?"
    r"(?:lawyers?|legal (?:advice )?service|service|clinic|intake)"
)
_POLICE = r"(?:the )?(?:police|cops?|rcmp|authorities)"
# The lawyer reporting, calling or telling the police, or making
# the writer report.
_REPORTS = re.compile(
    rf"\b{_LAWYER}\b.{{0,40}}\b(?:go(?:es|ing)? to|report\w*(?: (?:it|him|her|them|this|me))?"
    rf"(?: to)?|call\w*|tell\w*|contact\w*|inform\w*|let|involve\w*|get|bring\w* in)"
    rf"(?: \w+){{0,3}} {_POLICE}\b"
    rf"|\b{_LAWYER}\b.{{0,40}}\bmake me (?:go to|report|call|talk to) {_POLICE}\b"
    rf"|\b{_LAWYER}\b.{{0,30}}\b(?:have|has|got) to report\b"
)


# "can she talk to the lawyer without reporting to police?": the writer's own report, whose
# answer is the reporting one ("you do not need to report").
_WRITERS_REPORT = re.compile(
    r"\b(?:without|before|instead of) (?:\w+ )?(?:report|going|go|call)"
    r"|\b(?:i|she|he|they|we) (?:need|needs|have|has|must)(?: to)? (?:report|go|call)"
)


def lawyer_reports_kind(text: str | None) -> str | None:
    """The kind when the message asks whether the free lawyer goes to the police."""
    cleaned = plain_lower(text)
    if not cleaned or _WRITERS_REPORT.search(cleaned):
        return None
    return LAWYER_REPORTS if _REPORTS.search(cleaned) else None
