"""A breakup told mid-conversation (round 17): "we broke up last month" was the out_of_scope
answer ("Sorry, I can't help with that"). It is context, not a new topic: an ex who shares or
threatens to share is covered (the service page names sharing to hurt a former partner among
its examples), and the person is offered the next step.

Plain Python over the whole message; the InterruptPolicy sends the answer
(domain/helped_age.yml holds it with the other round 17 young-and-helper answers).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

BREAKUP_TOLD = "breakup_told"
ANSWERS = {BREAKUP_TOLD: ["utter_breakup_told"]}
KINDS = frozenset(ANSWERS)

_WHEN = (
    r"(?: (?:last|this past|a|about|like|around|over|almost|nearly|just|only|two|three|four|a few"
    r"|a couple of?|\d+) ?(?:\w+)?(?: ago)?| recently| a while ago| badly| really badly| on bad"
    r" terms| not on good terms| messily| in (?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|the summer|the spring|the fall|the winter)| yesterday"
    r"| today| this (?:week|month|year))*"
)
# The whole message is the breakup (a filler before, a time after), nothing asked.
_BREAKUP = re.compile(
    r"^(?:(?:ok|okay|well|so|and|yeah|yes|also|btw|oh|um|but|fyi)\b,? ?){0,3}"
    r"(?:we|i|me and (?:him|her|them|my ex))"
    r" (?:broke up|split up|split|separated|ended (?:it|things)|stopped dating|called it off"
    r"|(?:have|had|have been|were) (?:broken up|split up|separated))"
    rf"(?: with (?:him|her|them|my \w+))?{_WHEN}"
    r"(?:,? (?:and|so) (?:now )?(?:he|she|they)(?:'s|s| is| are| was| were| got)"
    r" (?:mad|angry|upset|bitter|not happy|pissed))?[ .!]*$"
    r"|^(?:(?:ok|well|so|and|yeah|also|btw)\b,? ?){0,2}(?:he|she|they)(?:'s|s| is| are) my ex"
    r"(?: (?:boyfriend|girlfriend|bf|gf|husband|wife|partner))?(?: now)?[ .!]*$"
)


def breakup_told_kind(text: str | None) -> str | None:
    """The kind when the whole message tells of a breakup, nothing else."""
    return BREAKUP_TOLD if _BREAKUP.search(plain_lower(text)) else None
