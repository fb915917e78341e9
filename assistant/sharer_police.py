"""A parent whose own child shared someone's image asks about the police (round 32 p14): "should
he turn himself in?", "should we go to the police ourselves?".

The victim's answer ("you don't need to report to get help") is the wrong side here. The sources
are about people whose images were shared: they do not say what happens to the one who shared,
so the answer says so, gives what they do say (the image rule, under 12 cannot be charged) and
sends the decision to a lawyer before anyone goes."""

from __future__ import annotations

import re

from assistant.others_reading import own_child_shared
from assistant.plain_text import plain_lower

SHARER_POLICE = "utter_sharer_side_police"

_POLICE = r"(?:the )?(?:police|cops|rcmp)"
_POLICE_ASKED = re.compile(
    rf"\bturn (?:himself|herself|themselves|themself) in\b"
    rf"|\b(?:go|going|take (?:him|her|them)|bring (?:him|her|them)) to {_POLICE}"
    rf"|\b(?:call|calling|tell|telling|report\w* (?:it |this |him |her |them )?to|contact\w*)"
    rf" {_POLICE}"
    rf"|\b{_POLICE} (?:ourselves|ourself|first|before)\b"
)
_ASKED = re.compile(r"\?|\b(?:should|do|does|must|can|could|would|will|is it better)\b")


def follow_up(text: str, earlier: list[str], given: list[str]) -> list[str] | None:
    """The sharer-side police answer, once, when the writer said their own child shared."""
    cleaned = plain_lower(text)
    if not _POLICE_ASKED.search(cleaned) or not _ASKED.search(cleaned):
        return None
    if SHARER_POLICE in given:
        return None
    said = [plain_lower(t) for t in earlier[-8:]] + [cleaned]
    return [SHARER_POLICE] if any(own_child_shared(t) for t in said) else None
