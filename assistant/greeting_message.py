"""A greeting in front of a real message (issue 16, kind 3): "Hello, is this where I ask about
my photos being posted", "Good evening. In the 1980s my boyfriend took Polaroids of me and now
they are online". The classifier, unsure on a long message, fell back (or even ranked the
greeting first), and the person got only the welcome. What follows the greeting is answered:
what happened, read from the words (shared or threatened), else the classifier's best topic
when it has one, else the fallback's topics. Plain Python, no Rasa.
"""

from __future__ import annotations

import re

from assistant.courtesy import message_after_greeting
from assistant.image_words import images
from assistant.plain_text import plain_lower
from assistant.situation_reading import situation_from_text

FALLBACK = "nlu_fallback"
GREET = "greet"
# Small talk that a greeting's answer fits; anything else ranked first is a topic.
SMALL_TALK = frozenset({GREET, FALLBACK, "bot_challenge", "goodbye", "thank", "affirm", "deny"})
# Never picked from the ranking here: the safety net (CrisisGuard, after this) reads them; and
# "I can't help with that" is a worse first answer than the topics.
SAFETY = frozenset({"crisis", "immediate_danger"})
NOT_PICKED = SAFETY | {"out_of_scope"}
SITUATION_INTENTS = {"shared": "inform_shared", "threatened": "inform_threatened"}
# The classifier's best topic answers when it is at least this sure (below it, the topics).
MIN_TOPIC_CONFIDENCE = 0.15
# Words that make what follows the greeting a message of its own, not "hi, I'm new here".
_REAL = re.compile(
    r"\b" + images() + r"\b"
    r"|\b(?:posted|shared|leaked|threaten\w*|blackmail\w*|sextort\w*|online|my ex|ex-"
    r"|boyfriend|girlfriend|husband|wife|partner|daughter|son|grandson|granddaughter|niece"
    r"|nephew|cousin|friend|someone|somebody|consent|lawyer|legal|police|tribunal|crt)\b"
    # Someone else in the story, a recording, or a plain ask for help: "hello. my roommate he
    # record me in the shower ... what i can do" got only the welcome (round 22, p25).
    r"|\b(?:room ?mates?|roomies?|flatmates?|housemates?|landlord|co-?workers?|boss|coach"
    r"|teacher|classmates?|stranger|neighbou?r|record\w*|film\w*|camera|webcam|hidden cam"
    r"|shower|naked|spread\w*|screenshot\w*|hack\w*|sent|send\w*|share\w*)\b"
    r"|\bwhat (?:can|should|do) i do\b|\bwhat i (?:can|should|do) do\b|\bhelp me\b"
    r"|\b(?:illegal|a crime|against the law)\b"
)


def real_message_after_greeting(text: str) -> str | None:
    """What follows a leading greeting, when it tells or asks something of its own."""
    rest = message_after_greeting(text)
    if not rest or not _REAL.search(plain_lower(rest)):
        return None
    return rest


def intent_after_greeting(text: str, intent: str | None, ranking: list[dict]) -> dict | None:
    """The intent that answers a greeting + real message the classifier read as small talk or
    did not understand; None to keep the classifier's (or when there is no real message)."""
    if intent not in (FALLBACK, GREET):
        return None
    rest = real_message_after_greeting(text)
    if rest is None:
        return None
    situation = situation_from_text(plain_lower(rest))
    if situation in SITUATION_INTENTS:
        return {"name": SITUATION_INTENTS[situation], "confidence": 1.0}
    for item in ranking:
        if item.get("name") in SMALL_TALK | NOT_PICKED:
            continue
        if item.get("confidence", 0) >= MIN_TOPIC_CONFIDENCE:
            return {"name": item["name"], "confidence": item["confidence"]}
        break
    return {"name": FALLBACK, "confidence": 1.0}  # the topics, not the welcome alone
