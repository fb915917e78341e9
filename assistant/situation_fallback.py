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


# Round 18 (p20, p29): "can anyone do anything if i dont know who it was", "is there anyone who
# can help me get them back from him?" read, barely, as asking for someone to talk to now: the
# 24/7 lines came instead of the answer. A weak guess at that intent, with no word of talking,
# now or crisis, and a question of what can be done, goes to the fallback's readers instead.
HELP_NOW = "need_help_now"
WEAK_HELP_NOW = 0.35
_TALK_OR_NOW = re.compile(
    r"\b(?:talk|talking|speak|chat|vent|listen|right now|tonight|now|urgent|emergency|crisis"
    r"|hotline|line|call|phone|text|someone to|somebody to|support|alone|scared|panic\w*)\b"
)
_CAN_ANYONE_DO = re.compile(
    r"\b(?:can|could|will|would|is there)\b[^.?!]{0,12}\b(?:anyone|anybody|someone|somebody"
    r"|police|they)\b[^.?!]{0,30}\b(?:do (?:anything|something)|help me (?:get|make|with|find"
    r"|remove|delete)|get (?:it|them) (?:back|deleted|removed|down)|make (?:him|her|them))"
)


def weak_help_now(intent: str, text: str, ranking: list[tuple[str, float]]) -> str | None:
    """The fallback for a weak "someone to talk to now" guess that asks what can be done."""
    if intent != HELP_NOW:
        return None
    confidence = next((c for name, c in ranking if name == HELP_NOW), 1.0)
    cleaned = (text or "").lower().replace("\u2019", "'")
    if confidence >= WEAK_HELP_NOW or _TALK_OR_NOW.search(cleaned):
        return None
    return FALLBACK if _CAN_ANYONE_DO.search(cleaned) else None
