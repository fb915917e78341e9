"""How to find out who did it: "how do i even find out who did it", "can the police trace the
account?", "is there a way to know who's behind it". It got the whole route list; the sources
don't say how to find out who posted, and help doesn't wait for it: the platform's reporting,
the IIPS asking platforms for removal, a police report, and the tribunal for whether it can take
a claim against someone unknown (legal_follow_ups' CRT_UNKNOWN answers "can I use the tribunal
if I don't know who").

Plain Python over the latest message; the InterruptPolicy sends the answer
(domain/who_did_it.yml). Never read for crisis or danger (the policy's gate).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower

WHO_DID_IT = "who_did_it"
ANSWERS = {WHO_DID_IT: ["utter_who_did_it"]}
KINDS = frozenset(ANSWERS)

_DID = (
    r"(?:did|done|posted|shared|leaked|uploaded|made|sent|started|is doing|is behind|was behind"
    r"|runs|owns|made the account|it was|it is|it'?s|the account is|is posting|is sharing)"
)
_FIND_OUT = re.compile(
    rf"\b(?:find out|figure out|work out|know|learn|discover|identify|tell|see|check)"
    rf" (?:\w+ ){{0,2}}who (?:\w+ ){{0,2}}{_DID}"
    r"|\b(?:trace|track|unmask|identify) (?:the |this |that |his |her |their )?"
    r"(?:account|profile|user|username|poster|person|number|ip|sender)\b"
    r"|\bwho(?:'?s| is) (?:really )?behind (?:it|this|the|that)\b"
)
_ASKS = re.compile(r"\?|\b(?:how|can|could|is there|will|would|do|does|any way|anyway)\b")


# "can I use the tribunal if I don't know who did it": not knowing, told beside another question
# (legal_follow_ups.CRT_UNKNOWN answers it).
_NOT_KNOWING = re.compile(
    r"\b(?:don'?t|dont|do not|doesn'?t|didn'?t|no idea|not sure|never) (?:\w+ )?know who\b"
)


# A service named as the one who would find out: answer_kinds_subjects says what it does.
_NAMED_SERVICE = re.compile(
    r"\b(?:iips|protection service|tribunal|crt|lawyer|legal (?:advice )?service|cybertip)\b"
)


# Round 21 (p08): the writer says they know ("i kinda know who made them", "I DO know who it
# is"): never the answer for finding out.
_KNOWS = re.compile(
    r"(?<!\bdo )(?<!\bcan )(?<!\bcould )(?<!\bwould )(?<!\bwill )(?<!\bhow )(?<!\bto )"
    r"(?<!\bif )(?<!\bshould )(?<!\bdid )"
    r"\b(?:i|we) (?:kinda |kind of |sort of |sorta |think (?:i |we )?|pretty much |already |do "
    r"|totally |def |definitely |actually |probably |basically )?(?:know|knew) (?:exactly )?who\b"
)


def knows_who(text: str | None) -> bool:
    """The writer says they know (or think they know) who did it."""
    return bool(_KNOWS.search(plain_lower(text)))


def who_did_it_kind(text: str | None) -> str | None:
    """The kind when the message asks how to find out who posted or is behind the images."""
    cleaned = plain_lower(text)
    if not cleaned or not _FIND_OUT.search(cleaned) or not _ASKS.search(cleaned):
        return None
    if _NAMED_SERVICE.search(cleaned):
        return None  # "could the protection service find out who posted it?"
    if _KNOWS.search(cleaned) and not re.search(
        r"\b(?:find|figure|work) out\b|\bbe sure\b|\bprove\b|\bconfirm\b", cleaned
    ):
        return None  # "i kinda know who made them, can i sue him" (round 21, p08)
    if _NOT_KNOWING.search(cleaned) and not re.search(r"\b(?:find|figure|work) out\b", cleaned):
        return None
    return WHO_DID_IT
