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
# A request asks too ("i need to get my pics off instagram and whats the number").
_REQUEST = r"(?:i need|i want|i wanna|i'd like|i would like|tell me|give me|help me|explain)"
_ASKS = re.compile(
    rf"^\s*(?:(?:so|and|but|ok|okay|also|then|plus|or)[, ]+)*(?:{_STARTER}|{_REQUEST})\b", re.I
)


# "facebook photo how i remove": a question word inside, as someone new to English may write.
_HOW_I = re.compile(r"\bhow (?:i|to|can i|do i)\b", re.I)


def asks(clause: str) -> bool:
    return clause.strip().endswith("?") or bool(_ASKS.search(clause) or _HOW_I.search(clause))


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


# A question that starts with no comma or joining word ("how much can i get do i have to go to
# court"): a verb and its subject after a clause of its own, not after "if", "what" or "i".
_BARE = re.compile(
    r"\s+(?=(?:do|does|did|can|could|will|would|should|is|are|am|was)\s+(?:i|you|u|we|he|she"
    r"|they|it|this|that|there|my|his|her)\b)",
    re.IGNORECASE,
)
_NOT_BEFORE = frozenset(
    "i you u we he she they it if that to and or but so what whats how why where when who which"
    " whether know ask wonder".split()
)


def _bare_parts(piece: str) -> list[str]:
    """`piece` cut where a question starts with no joining word (each part asks on its own)."""
    pieces: list[str] = []
    start = 0
    for match in _BARE.finditer(piece):
        before = piece[start : match.start()].strip()
        words = before.split()
        if len(words) >= MIN_WORDS and words[-1].lower() not in _NOT_BEFORE and asks(before):
            pieces.append(before)
            start = match.end()
    pieces.append(piece[start:].strip())
    return pieces


# A greeting before the first question ("Hi, how much does it cost ... and how long ...") is
# left out, so that question is a clause too (round 21, p27: the cost was dropped).
_GREETING = re.compile(
    r"^\s*(?:hi|hey|hello|hiya|good (?:morning|afternoon|evening))[,!]?\s+", re.I
)


def question_clauses(text: str) -> list[str]:
    """The message's question clauses when it asks two or three things, else []."""
    if not text or text.startswith("/"):
        return []
    clauses: list[str] = []
    for sentence in _SENTENCE.findall(text):
        sentence = _GREETING.sub("", sentence)
        for part in (bare for piece in _parts(sentence) for bare in _bare_parts(piece)):
            if len(part.split()) >= MIN_WORDS - 1 and asks(part):
                clauses.append(part.strip())
    if len(clauses) > MAX_CLAUSES:
        # Round 26 (parts27, p22 T1): "I want to take my ex to the tribunal. What's the max, how
        # do I make a claim, and is it free?": the told wish is no question of its own.
        clauses = [c for c in clauses if c.endswith("?") or not _WISH.search(c)]
    if not 2 <= len(clauses) <= MAX_CLAUSES:
        return []
    return clauses


_WISH = re.compile(rf"^\s*{_REQUEST}\b", re.I)


# Round 27 (plain27): the sentences of a plain message, each read alone when the whole message
# falls back ("MY EX POSTED MY PICS ON SOME WEBSITE AND I WANT THEM DOWN NOW. WHO DO I CALL":
# the first sentence alone is understood). assistant/sentence_vote.py chooses among them.
MAX_SENTENCES = 4
_SENTENCE_END = re.compile(r"[^.?!\n]+[.?!]*")


def sentence_parts(text: str) -> list[str]:
    """The message's sentences (two words or more) when it has two to four, else []."""
    if not text or text.startswith("/"):
        return []
    sentences = [
        s.strip() for s in _SENTENCE_END.findall(text) if len(s.strip(" .?!").split()) >= 2
    ]
    if not 2 <= len(sentences) <= MAX_SENTENCES:
        return []
    return sentences
