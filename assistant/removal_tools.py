"""StopNCII asked about before anything is posted ("can I use StopNCII now before they post?
I'm 33", round 22 p19): the service page says it "removes and prevents non-consensual images
from being shared online", and bc-facts.md that only a hash leaves the device. Before
(session 21): a threat's "before anything is posted" answer with only the tribunal, then "I'd
rather not guess" when asked again.

Only for StopNCII named with "before they post / prevent / not posted yet", never for a writer
under 18, images from under 18 or Take It Down named beside it (StopNCII is for images taken at
18 or older; the older readers compare the tools).
Plain functions; no Rasa imports.
"""

from __future__ import annotations

import re

from assistant import route_form_gate

ANSWER = ["utter_stopncii_before_posting"]
ANSWERS = tuple(ANSWER)

_STOPNCII = re.compile(r"\bstop ?ncii\b|\bstopncii\.org\b")
_BEFORE = re.compile(
    r"\b(?:before (?:they|he|she|it|anything|anyone|them|posting|sharing|it'?s)|prevent\w*"
    r"|in advance|ahead of time|pre-?emptive\w*)\b"
    r"|\b(?:not|hasn'?t|haven'?t|has not|have not|isn'?t|is not) (?:\w+ )?(?:posted|shared|out"
    r"|online|up)\b"
)
# Images from under 18 ("pics of me from when i was 16", "take it down or stopncii"): the tools
# compared or the under-18 tool is what fits; the older readers answer (never StopNCII alone).
_UNDER_18_THEN = re.compile(
    r"\btake ?it ?down\b|\bunder (?:18|eighteen)\b|\bminor\b"
    r"|\b(?:when|since) (?:i|she|he|they) (?:was|were) (?:only |just )?(?:1[0-7]|[5-9])\b"
    r"|\bfrom (?:when )?(?:i|she|he) (?:was )?(?:1[0-7]|[5-9])\b|\bat (?:age )?(?:1[0-7])\b"
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
    said = " ".join([*earlier[-6:], text]).lower().replace("\u2019", "'")
    if _UNDER_18_THEN.search(said):
        return None
    return None if set(ANSWER) & set(previous) else ANSWER
