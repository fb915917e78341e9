"""A place that no longer feels safe, with no danger now (round 17, p31): "I don't feel safe
showering there anymore" (a roommate filmed him), "i don't feel safe at school" got the crisis
check-in and the fear answer, with 9-8-8 offered twice. It needs the practical answer: support
(VictimLinkBC), police non-emergency, evidence, the free lawyer, a safe adult and Kids Help Phone
for a young writer, and 9-1-1 only if in danger now (service page; bc-facts.md).

Read twice: the CrisisGuard asks no check-in on a guess alone for it
(assistant/nlu/crisis_guard.py), and the InterruptPolicy answers it. Anything that says danger
now, violence, fear of the person or self-harm is left to the safety net and the fear answer:
this reads only the place.
Plain Python, no Rasa.
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

UNSAFE_PLACE = "unsafe_place"
UNSAFE_PLACE_YOUNG = "unsafe_place_young"
UNSAFE_PLACE_LEASE = "unsafe_place_lease"
ANSWERS = {
    UNSAFE_PLACE: ["utter_unsafe_place", "utter_unsafe_place_next"],
    UNSAFE_PLACE_YOUNG: ["utter_unsafe_place_young"],
    UNSAFE_PLACE_LEASE: ["utter_unsafe_place", "utter_unsafe_lease", "utter_unsafe_place_next"],
}
KINDS = frozenset(ANSWERS)

_NOT_SAFE = (
    r"\b(?:i )?(?:dont|don't|do not|no longer|never|cant|can't|cannot) (?:really |even )?"
    r"(?:feel|felt) (?:safe|ok|okay|comfortable)\b"
    r"|(?<!dont )(?<!don't )(?<!do not )(?<!never )\b(?:i )?feel (?:so |really )?unsafe\b"
)
_PLACE = (
    r"(?:showering|in the shower|taking a shower|having a shower|using the (?:bathroom|washroom"
    r"|shower)|at school|going to school|in class|at home|at work|going to work|in (?:my|our|the)"
    r" (?:own )?(?:home|house|apartment|apt|place|room|bedroom|bathroom|washroom|dorm|building"
    r"|suite|condo|basement|unit)|living (?:there|with (?:him|her|them))|in that (?:house|apartment"
    r"|place|bathroom|room)|there)"
)
_UNSAFE_PLACE = re.compile(rf"(?:{_NOT_SAFE})(?: [\w']+){{0,3}} {_PLACE}\b")
# Danger now, violence, fear of the person, self-harm: never this reading.
_DANGER = re.compile(
    r"\b(?:now|right now|rn|tonight|here|outside|coming|on (?:his|her|their) way|door|window"
    r"|hit|hits|hitting|hurt|hurts|hurting|beat|beats|beating|violent|kill|killed|attack\w*"
    r"|rape\w*|choke\w*|chok\w*|weapon|knife|gun|drunk|follow\w*|stalk\w*|threaten\w* me|touch\w*"
    r"|scared of (?:him|her|them)|afraid of (?:him|her|them)|myself|my self|die|suicid\w*"
    r"|end it|locked|trapped|wont let me|won't let me)\b"
)
_YOUNG_PLACE = re.compile(r"\b(?:school|class)\b")
_LEASE = re.compile(r"\b(?:lease|landlord|rent|rental|tenancy|move out|moving out)\b")


def unsafe_place_told(text: str | None) -> bool:
    """The person says a place no longer feels safe, and nothing says danger now."""
    cleaned = plain_lower(text)
    return bool(_UNSAFE_PLACE.search(cleaned)) and not _DANGER.search(cleaned)


def unsafe_place_kind(text: str | None, young: bool) -> str | None:
    """The practical answer's kind: for a young writer (or school), the safe adult's lines."""
    if not unsafe_place_told(text):
        return None
    cleaned = plain_lower(text)
    if young or _YOUNG_PLACE.search(cleaned):
        return UNSAFE_PLACE_YOUNG
    return UNSAFE_PLACE_LEASE if _LEASE.search(cleaned) else UNSAFE_PLACE
