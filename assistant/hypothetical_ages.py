"""A general question about two ages nobody owns ("what about a 13 year old with a 14 year
old", "is it legal for a 16 and a 30 year old"): no one's relationship to ask about, so the
age check answers at once with what trust or authority would change (issue 16: ask only what
changes the answer for this person; a staff member's hypothetical has no person). Plain Python.
"""

from __future__ import annotations

import re

_UNNAMED_AGE = re.compile(r"\ban? \d{1,2}\b")
# Anyone named or pointed at: then the relationship is someone's, and the question is asked.
_SOMEONE = re.compile(
    r"\b(?:i|i'm|im|i am|me|my|our|we|we're|us|he|she|he's|she's|his|her|him|they|their|them"
    r"|you|your)\b"
)


def is_hypothetical_pair(text: str) -> bool:
    cleaned = (text or "").lower().replace("\u2019", "'")
    return len(_UNNAMED_AGE.findall(cleaned)) >= 2 and not _SOMEONE.search(cleaned)
