"""Stopping a threatened posting (round 14, p32 and p39): "how do I stop him from posting my
pics? he said he would if I leave", "can anyone make him NOT post it", "can I get an order to stop
him", when the conversation says he threatened and nothing says anything was posted. It got the
answer for images already online (removal); the threats answer is the one (a threat counts, the
tribunal's protection order, the protection service, the free lawyer). Plain Python; the
InterruptPolicy answers the kind.
"""

from __future__ import annotations

import re

from assistant.answer_kinds import THREAT_ONLY
from assistant.move_words import stops_someone_sharing
from assistant.plain_text import plain_lower
from assistant.situation_reading import situation_said_earlier

# Asking how to keep it from being posted.
_KEEP_FROM_POSTING = re.compile(
    r"\b(?:make|keep|prevent|stop)\w* (?:him|her|them|my ex|the \w+)\b[^.!?]{0,15}"
    r"\b(?:not|from|never) (?:post|shar|send|upload|leak)\w*"
    r"|\b(?:order|something|anything)\b[^.!?]{0,15}\bto stop (?:him|her|them|my ex)\b"
)
# The posting is still a threat: "he said he would", "he'll post", "not posted yet".
_STILL_A_THREAT = re.compile(
    r"\b(?:said|says|saying|told me|threaten\w*)\b[^.!?]{0,25}\b(?:would|will|'ll|gonna|going to)"
    r"|\b(?:he|she|they)(?:'ll| will| would| is going to| are going to| is gonna)"
    r" (?:post|share|send|leak|upload)\b"
    r"|\b(?:not|nothing|isn'?t|hasn'?t|haven'?t|wasn'?t)\b[^.!?]{0,12}\b(?:posted|shared|online"
    r"|up) yet\b|\bthreat\w*\b"
)


def threat_stop_kind(text: str, earlier_texts: list[str]) -> str | None:
    """THREAT_ONLY when the message asks how to keep the images from being posted and the
    conversation says it is still a threat (never when a posting or sharing was said)."""
    cleaned = plain_lower(text)
    if not (stops_someone_sharing(cleaned) or _KEEP_FROM_POSTING.search(cleaned)):
        return None
    texts = [*earlier_texts[-6:], text]
    said = situation_said_earlier(texts)
    if said == "shared":
        return None
    if said == "threatened" or any(_STILL_A_THREAT.search(plain_lower(t)) for t in texts):
        return THREAT_ONLY
    return None
