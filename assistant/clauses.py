"""The separate questions of one message ("how do I reach them, and are they even open?").

A message that asks two things is one text to the classifier, which then is unsure between the
two topics or picks one, and the other question goes unanswered (round 15: "only one of three
questions answered", "the second half skipped"). Here the message is cut into its question
clauses; the NLU pipeline classifies each one too (assistant/nlu/clause_reader.py) and the
InterruptPolicy answers each confident topic when the whole message got no answer of its own
(assistant/clause_answers.py). Plain functions.
"""

from __future__ import annotations

import re

MAX_CLAUSES = 3
MIN_WORDS = 3
# Where a new question starts inside a sentence: after a comma, "and", "or", "also", "plus",
# "but", a question word that opens a question.
_STARTER = (
    r"(?:how|what|whats|what's|can|could|will|would|do|does|did|is|are|am|should|who|where"
    r"|when|which|why|may|must|have|has)"
)
_JOIN = re.compile(
    rf"(?:,\s*|\s+)(?:and|or|also|plus|but|and also|or do|and do)?\s*(?=\b{_STARTER}\b)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
_ASKS = re.compile(rf"^\s*(?:(?:so|and|but|ok|okay|also|then|plus|or)[, ]+)*{_STARTER}\b", re.I)


def _asks(clause: str) -> bool:
    return clause.strip().endswith("?") or bool(_ASKS.search(clause))


def _parts(sentence: str) -> list[str]:
    """A sentence cut where a comma or a joining word is followed by a question word."""
    pieces: list[str] = []
    start = 0
    for match in _JOIN.finditer(sentence):
        before = sentence[start : match.start()].strip()
        # Cut only after a clause of its own ("how do I call them, is it open now"), never
        # inside "what if", "how and where" or a phrase like "and what".
        joined = "," in match.group(0) or re.search(r"\b(?:and|or|also|plus|but)\b", match.group(0))
        if joined and len(before.split()) >= MIN_WORDS:
            pieces.append(before)
            start = match.end()
    pieces.append(sentence[start:].strip())
    return [re.sub(r"[\s,]+$", "", piece) for piece in pieces if piece.strip()]


def question_clauses(text: str) -> list[str]:
    """The message's question clauses when it asks two or three things, else []."""
    if not text or text.startswith("/"):
        return []
    clauses: list[str] = []
    for sentence in _SENTENCE.findall(text):
        for part in _parts(sentence):
            if len(part.split()) >= MIN_WORDS - 1 and _asks(part):
                clauses.append(part.strip())
    if not 2 <= len(clauses) <= MAX_CLAUSES:
        return []
    return clauses
