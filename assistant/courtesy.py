"""A thank-you or an "ok" in front of a new question: the question is what needs the answer.

"Thanks. What is Cybertip?" read whole is mostly a thank-you to the classifier, and the person
gets "You're welcome" and nothing else. The courtesy is taken off only when what follows is
plainly a question of at least three words; "thanks so much for your help" stays as it is.
Plain functions, no Rasa imports.
"""

from __future__ import annotations

import re

_COURTESY = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|alright|cool|great|got it|perfect|right)[\s,.!]*)?"
    r"(?:thanks?(?: you| u)?(?: so much| a lot| very much)?|thx|ty|tysm|ok(?:ay)?|got it|cool)"
    r"\s*(?:[,.!:;-]+|\s(?:but|and|so|also)\b)\s*",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"^(?:what|whats|what's|how|can|could|is|are|am|do|does|did|will|would|who|where|when|why"
    r"|should|which|if|i need|i want|i have|my|he|she|they|tell me)\b",
    re.IGNORECASE,
)
MIN_REST_WORDS = 3


def question_after_courtesy(text: str) -> str | None:
    """The question after a leading thank-you or "ok", or None when there is none to find."""
    match = _COURTESY.match(text or "")
    if not match:
        return None
    rest = text[match.end() :].strip()
    if len(rest.split()) < MIN_REST_WORDS:
        return None
    if rest.endswith("?") or _QUESTION_START.match(rest):
        return rest
    return None
