"""StopNCII asked about before anything is posted ("can I use StopNCII now before they post?
I'm 33", round 22 p19): the service page says it "removes and prevents non-consensual images
from being shared online", and bc-facts.md that only a hash leaves the device. Before
(session 21): a threat's "before anything is posted" answer with only the tribunal, then "I'd
rather not guess" when asked again.

Only for StopNCII named with "before / now / prevent / not posted yet", never for a writer under
18 (StopNCII is for images taken at 18 or older; the young person's answers name Take It Down).
Plain functions; no Rasa imports.
"""

from __future__ import annotations

import re

from assistant import route_form_gate

ANSWER = ["utter_stopncii_before_posting"]
ANSWERS = tuple(ANSWER)

_STOPNCII = re.compile(r"\bstop ?ncii\b|\bstopncii\.org\b")
_BEFORE = re.compile(
    r"\b(?:before|prevent\w*|in advance|ahead of time|pre-?emptive\w*|now|yet|already|first)\b"
    r"|\b(?:not|hasn'?t|haven'?t|has not|have not|isn'?t|is not) (?:\w+ )?(?:posted|shared|out"
    r"|online|up)\b"
)


def stopncii_before_posting(
    text: str, earlier: list[str], is_minor_slot: object, previous: list[str]
) -> list[str] | None:
    """StopNCII's answer for images not yet posted, or None."""
    lowered = (text or "").lower().replace("\u2019", "'")
    if not _STOPNCII.search(lowered) or not _BEFORE.search(lowered):
        return None
    if route_form_gate.young_now([*earlier, text], is_minor_slot):
        return None
    return None if set(ANSWER) & set(previous) else ANSWER
