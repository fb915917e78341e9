"""The turn after the crisis answer (issue 16, simulated users round 3, kind 3): "I don't want
to call anyone, I just don't know what to do", "I don't want to talk to anyone", "I'm just
tired of all of it" must not start the eligibility form or fall to "I didn't understand". The
answer stays with the person: no call needed, lines that take texts, one small next step.

Plain Python over the user's words and the names of the bot's recent replies. A new crisis
message keeps the crisis answer (the policy never asks this for the safety intents).
"""

from __future__ import annotations

import re

from assistant.answer_kinds_everyday import TEXT_A_LINE, everyday_kind

STAY = "after_crisis_stay"
STAY_AGAIN = "after_crisis_stay_again"
KINDS = frozenset({STAY, STAY_AGAIN})
# The replies that gave the crisis lines, and this module's own (staying with the person).
CRISIS_ANSWERS = frozenset(
    {
        "utter_crisis",
        "utter_immediate_danger",
        "utter_crisis_again",
        "utter_immediate_danger_again",
        "utter_help_now",  # "I need help now": the same lines (round 15, p52)
    }
)
STAY_ANSWERS = frozenset({"utter_crisis_stay", "utter_crisis_stay_next", "utter_crisis_stay_again"})
# How many of the person's messages after the crisis answer are still read this way.
WINDOW = 3

# Bounded gaps only: each alternative is a short phrase.
_STILL_DISTRESSED = re.compile(
    r"\b(?:don'?t|dont|do not|can'?t|cant|cannot|won'?t|wont) (?:really )?(?:want to |wanna )?"
    r"(?:call|phone|talk to|talk with|speak to|text|ring|reach out to|deal with)"
    r" (?:\w+ )?(?:anyone|anybody|someone|people|a stranger|them|strangers|a hotline|a line)\b"
    r"|\b(?:don'?t|dont|do not) (?:even )?know what (?:to do|i should do|i'?m doing)\b"
    r"|\bno idea what to do\b"
    r"|\b(?:tired|sick|exhausted|done) (?:of|with) (?:all of (?:it|this)|it all|all this"
    r"|everything|this|all of it|it|life|being here)\b"
    r"|\b(?:really |just |so )?(?:not ok|not okay|not alright|not fine)\b"
    r"|\b(?:feel|feeling|am|i'?m) (?:so |really |just |completely )?(?:alone|lonely|hopeless"
    r"|empty|numb|lost|broken|worthless)\b"
    r"|\b(?:i'?m|im|i am) not (?:going to|gonna) (?:call|phone|talk to|text|speak to)\b"
    r"|\bwhat(?:'s| is) the point\b|\bnothing (?:will |can )?helps?\b|\bno ?one can help\b"
    # round 51 p24: "no one can fix this. its already out there" got every route, six messages
    r"|\b(?:no ?one|nobody|nothing) (?:can|will|could) (?:fix|undo|stop|change) (?:this|it|that)\b"
    r"|\bcan'?t be (?:fixed|undone)\b"
    r"|\bi just want (?:it|this|everything) to (?:stop|end|go away)\b"
    r"|\b(?:talking|calling) (?:is|feels) (?:too )?(?:hard|much)\b"
    # Calling is not possible: "i cant call my parents are home theyll hear" (round 15,
    # p52): the lines that take texts. ("can i text someone" is answer_kinds_everyday's.)
    r"|\b(?:can'?t|cant|cannot|can not) (?:\w+ )?(?:call|phone|talk|speak)\b"
    r"(?! (?:to |with )?(?:him|her|them|the police|my ex))(?![^.!?]{0,30}\b(?:text|txt)\b)"
    r"|\b(?:they'?ll|theyll|they will|they would|someone will|he'?ll|she'?ll|will) hear (?:me)?\b"
)


def asks_to_text(text: str) -> bool:
    """Asking to text a line: answer_kinds_everyday's own reader, whose answer gives every line
    that takes texts."""
    cleaned = " ".join((text or "").lower().replace("\u2019", "'").split())
    return everyday_kind(cleaned) == TEXT_A_LINE


def still_distressed(text: str) -> bool:
    """The words tell of distress or of not wanting to call anyone."""
    cleaned = " ".join((text or "").lower().replace("\u2019", "'").split())
    return bool(cleaned) and bool(_STILL_DISTRESSED.search(cleaned))


def stay_kind(text: str, replies_by_turn: list[list[str]]) -> str | None:
    """STAY or STAY_AGAIN when the crisis lines were given within the last WINDOW turns and the
    message tells of distress; None otherwise. `replies_by_turn`: for each of the person's
    earlier messages (oldest first), the names of the bot's replies to it."""
    recent = replies_by_turn[-WINDOW:]
    if not any(set(replies) & (CRISIS_ANSWERS | STAY_ANSWERS) for replies in recent):
        return None
    if not still_distressed(text):
        return None
    if asks_to_text(text):
        return None  # "can i text them instead? i cant talk": the lines that take texts
    # Never the same answer twice in a row: the other one of the pair.
    if recent and "utter_crisis_stay" in recent[-1]:
        return STAY_AGAIN
    return STAY


def text_asked_after_crisis(text: str, replies_by_turn: list[list[str]]) -> bool:
    """ "so i can just text 988?" within WINDOW turns of the crisis answer: the lines that take
    texts, whatever the classifier read (round 16, p16: it read a request for a summary)."""
    recent = replies_by_turn[-WINDOW:]
    if not any(set(replies) & (CRISIS_ANSWERS | STAY_ANSWERS) for replies in recent):
        return False
    return asks_to_text(text)
