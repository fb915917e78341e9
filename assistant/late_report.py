"""Two police questions about old events that fell to "I'd rather not guess" (round 32 p24, a
woman whose coach photographed her at 17, ten years ago):
- "I can tell police after 10 year?": the sources give no time limit for reporting to the
  police, so the answer says that, and that the police can say; reporting is the person's
  choice and the non-emergency line is the way in.
- "I worry for the young girls he coach now. Who should I tell?": children who may be at risk
  now: the police non-emergency line (9-1-1 if a child is in danger now) and Cybertip.ca."""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

LATE_REPORT = "utter_police_after_years"
OTHERS_AT_RISK = "utter_others_at_risk_now"

_POLICE = r"(?:the )?(?:police|cops|rcmp)"
_LATE = re.compile(
    r"\b(?:after|it'?s been|its been|been) (?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|many|so many|a few|several|some) (?:years?|yrs?)\b|\byears later\b|\bso long after\b"
    r"|\b(?:\d+|ten|many|so many) years? (?:ago|later|after)\b|\btoo late\b"
)
_REPORT_POLICE = re.compile(
    rf"\b(?:tell|report\w*|go to|call|contact)(?: (?:it|him|this|that))?(?: to)? {_POLICE}"
    rf"|\b{_POLICE}\b.{{0,30}}\b(?:still|after|too late)\b"
)
# Children around the person now: "the young girls he coaches now", "other kids at the gym".
_OTHERS_NOW = re.compile(
    r"\b(?:young |other |little |the )?(?:girls|boys|kids|children|students|athletes|players"
    r"|gymnasts|swimmers|campers|teens)\b[^.?!]{0,30}\b(?:he|she|they) (?:still )?(?:coach\w*"
    r"|teach\w*|train\w*|work\w* with|babysit\w*|look\w* after|is around|are around)\b"
    r"|\b(?:other|more) victims\b"
)
_WORRY_OR_TELL = re.compile(
    r"\b(?:worr\w*|afraid|scared|concern\w*|protect|warn)\b|\bwho (?:i |do i |should i |can i )"
    r"?(?:should )?(?:tell|report|contact|call)\b|\bwho should i\b"
)


def follow_up(text: str, given: list[str]) -> list[str] | None:
    """The late-report or children-at-risk answer, each once."""
    cleaned = plain_lower(text)
    # The children named in this message ("I worry for the young girls he coaches now").
    if (
        _OTHERS_NOW.search(cleaned)
        and _WORRY_OR_TELL.search(cleaned)
        and OTHERS_AT_RISK not in given
    ):
        return [OTHERS_AT_RISK]
    if _REPORT_POLICE.search(cleaned) and _LATE.search(cleaned) and LATE_REPORT not in given:
        return [LATE_REPORT]
    return None
