"""A threat or a sharing told plainly that the classifier was unsure of (session 18): "my
girlfriend and i broke up and she says she'll send our video to my wife" fell to "Sorry, I'm not
sure I understood" with sextortion and the threat intent both just under the fallback threshold.
When the words say it clearly (assistant/situation_reading.py) and the classifier's first few
guesses include it, the message is read as what it tells. Questions keep the fallback's path
(their own readers answer "what if she sends it?")."""

from __future__ import annotations

import re

from assistant.eligibility import SHARED, THREATENED
from assistant.situation_reading import situation_from_text

FALLBACK = "nlu_fallback"
SITUATION_INTENTS = frozenset({"sextortion", "inform_threatened", "inform_shared"})
_THREAT_INTENTS = ("sextortion", "inform_threatened")
_KNOWN_PERSON = re.compile(
    r"\b(?:ex|girl ?friend|boy ?friend|gf|bf|husband|wife|partner|fianc\w*|roommate|co-?worker"
    r"|classmate|friend|brother|sister|cousin|boss|manager|teacher|coach)\b"
)
_DEMAND = re.compile(
    r"\b(?:pay|paid|money|cash|\$\d*|gift ?cards?|bitcoin|crypto|unless|or else|more (?:pics"
    r"|pictures|photos|nudes|videos))\b"
)
_QUESTION = re.compile(
    r"\?|^(?:what|how|can|could|should|would|will|is|are|do|does|if|when|why|who)\b"
)


def situation_intent(intent: str, text: str, ranking: list[tuple[str, float]]) -> str | None:
    """The situation intent for a fallback whose words tell a threat or a sharing; else None."""
    if intent != FALLBACK:
        return None
    cleaned = (text or "").strip().lower().replace("\u2019", "'")
    if not cleaned or _QUESTION.search(cleaned):
        return None
    if not SITUATION_INTENTS.intersection(name for name, _confidence in ranking[:4]):
        return None
    found = situation_from_text(cleaned)
    if found == THREATENED:
        # The classifier's own choice between blackmail and a threat stands (a stranger who
        # "will send it to all my contacts" is blackmail); a demand makes it blackmail.
        # Someone the writer knows, with no demand, is a threat to share ("my girlfriend ... says
        # she'll send our video to my wife"), not the stranger's blackmail.
        if _DEMAND.search(cleaned):
            return "sextortion"
        ranked = [name for name, _confidence in ranking if name in _THREAT_INTENTS]
        if ranked and ranked[0] == "sextortion" and not _KNOWN_PERSON.search(cleaned):
            return "sextortion"
        return "inform_threatened"
    return "inform_shared" if found == SHARED else None


# "Can we get the money back" (session 18) read as "resume" (go back to the questions): the money
# asked about, not the conversation. The fallback's readers answer it (nearby_followups.py).
_NAVIGATION = frozenset({"resume", "back"})
_MONEY = re.compile(
    r"\$ ?\d|\b(?:money|cash|\d+ ?(?:dollars|bucks)|refund\w*|payment|gift ?cards?)"
)


def money_not_navigation(intent: str, text: str) -> str | None:
    """The fallback for "back" or "resume" when the message is about getting money back."""
    if intent not in _NAVIGATION or not _MONEY.search((text or "").lower()):
        return None
    return FALLBACK
