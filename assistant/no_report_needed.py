"""Someone helping a young person asks whether a police report is needed first: "Does she need a
police report to use the free legal advice or Take It Down?", "can she get free legal advice
without going to the police?" (round 32 p08: the removal list twice, then "Short answer: yes, it
can be" about the crime).

The service page answers it: no report is needed to use the service, and the choice is the
person's. The sources do not say whether Take It Down or NeedHelpNow.ca need one, so the answer
says that rather than guess. Adults and writers asking for themselves have their own answers
(writer_frames' helper frame, the options-without-police answer)."""

from __future__ import annotations

import re

from assistant.helper_reading import helped_minor_said
from assistant.plain_text import plain_lower

NO_REPORT_NEEDED_CHILD = "utter_no_report_needed_child"

_POLICE = r"(?:the )?(?:police|cops|rcmp)"
_REPORT_FIRST = re.compile(
    rf"\b(?:need|needs|have to|has to|must|required to|got to)(?: \w+){{0,2}}?"
    rf" (?:(?:a |to (?:file |make |get )?a )?(?:police )?report|go to {_POLICE}"
    rf"|call {_POLICE}|involve {_POLICE}|tell {_POLICE})\b"
    rf"|\bwithout (?:a police report|(?:going|reporting|talking|speaking) to {_POLICE}"
    rf"|(?:calling|involving|telling) {_POLICE})\b"
)
# What the report might be needed for: the service, the lawyer, a removal tool, the tribunal.
_FOR_WHAT = re.compile(
    r"\b(?:legal advice|lawyer|legal service|the service|this service|take ?it ?down"
    r"|needhelpnow|stopncii|tribunal|crt|takedown|removal|tools?|help)\b"
)


def follow_up(text: str, earlier: list[str], given: list[str]) -> list[str] | None:
    """The no-report-needed answer for a helper of someone under 18, once."""
    cleaned = plain_lower(text)
    if not _REPORT_FIRST.search(cleaned) or not _FOR_WHAT.search(cleaned):
        return None
    if NO_REPORT_NEEDED_CHILD in given or not helped_minor_said([*earlier, text], last=8):
        return None
    return [NO_REPORT_NEEDED_CHILD]
