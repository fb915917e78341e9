"""Is a message a question? One reading for the readers that answer only a question (asks23,
asks25, limits25 each had a near-copy with different word lists; review of session 23).

A question mark, or a sentence (or a comma's clause) that opens with a question word after
small talk ("ok so can he ..."), or words that say a question is asked ("I want to know",
"tell me", "straight answer"). Plain Python over the lowercased message.
"""

from __future__ import annotations

import re

_SMALL_TALK = "so|and|but|ok|okay|also|then|yes|yeah|ya|well|thanks|right|hi|hey|like|um|wait"
_QUESTION_WORDS = (
    "what|whats|how|can|could|will|would|do|does|did|is|are|was|should|who|where|when|if"
    "|which|i can"
)
_ASKS = re.compile(
    r"\?"
    rf"|(?:^|[.!,] )(?:(?:{_SMALL_TALK})[,.]? )*(?:{_QUESTION_WORDS})\b"
    r"|\b(?:am i|or not)\b"
    r"|\b(?:i'?m asking|i asked|i want to know|wondering|tell me|my question|straight answer)\b"
)


def is_question(cleaned: str) -> bool:
    """Whether the lowercased message asks something."""
    return bool(_ASKS.search(cleaned))
