"""When a whole message falls back, a sentence the classifier understands alone answers it.

Round 27 (plain27): "MY EX POSTED MY PICS ON SOME WEBSITE AND I WANT THEM DOWN NOW. WHO DO I
CALL" fell to "Sorry, I'm not sure I understood" (the whole: 0.21 between two topics), although
its first sentence alone is "my images were shared" at 0.77; "if i stop pay him he will post my
photos ... he say. what i can do to stop it" the same (each sentence alone: 0.69 and 0.87).
The NLU pipeline reads each sentence of a two- to four-sentence message too
(assistant/nlu/clause_reader.py); after the safety net, `SentenceVote` (assistant/nlu/
sentence_vote.py) takes the most confident sentence's topic, only when

- the whole message still falls back after the CrisisGuard and it asked no check-in (every
  safety decision is the guard's, made on the whole message as before);
- no sentence reads as a crisis or danger (then the fallback stands, as before);
- the sentence's topic is a topic (not a yes, no, "I don't know", thanks or a form answer) read
  at `VOTE_MIN` or more.

Plain functions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

VOTE_MIN = 0.5
# A sentence with this much crisis or danger in its ranking: no vote (the crisis guard's own
# check-in limit for a ranked crisis, assistant/nlu/crisis_guard.py).
SAFETY_SHARE_MAX = 0.3
SAFETY_INTENTS = frozenset({"crisis", "immediate_danger"})
# Answers to the assistant's own questions and conversation moves: never the topic of a message.
NOT_TOPICS = frozenset(
    {
        "affirm",
        "deny",
        "dont_know",
        "inform",
        "greet",
        "goodbye",
        "thank",
        "skip",
        "stop",
        "resume",
        "out_of_scope",
        "bot_challenge",
        "delete_conversation",
        "request_summary",
        "nlu_fallback",
    }
)


# Someone else's story ("My brother is 34. His ex sent ..."): the helper readers read the whole
# message when it falls back (tests/test_button_titles.py); no sentence's topic over them.
_OTHERS = re.compile(
    r"\bmy (?:brother|sister|son|daughter|kid|child|friend|bestie|mom|mum|dad|mother|father"
    r"|wife|husband|partner|client|student|niece|nephew|cousin|aunt|uncle|grand\w+)\b",
    re.I,
)


def voted_intent(sentences: Sequence[Mapping], text: str = "") -> dict | None:
    """The intent of the most confident topic sentence, or None (the fallback stands)."""
    if _OTHERS.search(text or ""):
        return None
    best: dict | None = None
    for sentence in sentences:
        name = str(sentence.get("intent") or "")
        confidence = float(sentence.get("confidence") or 0.0)
        if name in SAFETY_INTENTS or float(sentence.get("safety") or 0.0) >= SAFETY_SHARE_MAX:
            return None  # a crisis read in a sentence: never a topic over it
        if name in NOT_TOPICS or confidence < VOTE_MIN:
            continue
        if best is None or confidence > best["confidence"]:
            best = {"name": name, "confidence": confidence}
    return best
