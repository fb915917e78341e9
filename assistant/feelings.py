"""Feelings told, with no question: "im not gonna hurt myself im just really sad and
embarrassed", "everyone keeps laughing at me, i dont want to go to school" (round 17, p29: "Is
there anything else I can help with?", and the topic menu). Heard, and not the writer's fault
(service page), with someone to talk to: Kids Help Phone for someone under 18, VictimLinkBC and
the BC Mental Health Support Line for an adult, and 9-8-8 if it turns to thoughts of self-harm.

Read last, only when no other reader answered the message (a question keeps its answer). Plain
Python; the InterruptPolicy sends the answer (domain/feelings.yml). Crisis and danger are never
read here: the policy's gate, and the crisis classifier before it.
"""

from __future__ import annotations

import re

from assistant.helper_reading import HELPER_MINOR, helped_person
from assistant.plain_text import plain_lower

FEELINGS = "feelings_told"
FEELINGS_YOUNG = "feelings_told_young"
ANSWERS = {
    FEELINGS: ["utter_feelings", "utter_feelings_adult"],
    FEELINGS_YOUNG: ["utter_feelings", "utter_feelings_young"],
}
# Session 18: a helper tells how the person they help feels ("she's super down, like really
# low"): the fallback before. Someone there for them, and for the helper.
FEELINGS_HELPED_YOUNG = "feelings_told_of_young_person_helped"
FEELINGS_HELPED_ADULT = "feelings_told_of_adult_helped"
ANSWERS.update(
    {
        FEELINGS_HELPED_YOUNG: ["utter_feelings_helped", "utter_feelings_helped_young"],
        FEELINGS_HELPED_ADULT: ["utter_feelings_helped", "utter_feelings_helped_adult"],
    }
)
KINDS = frozenset(ANSWERS)
# Told again right after that answer ("im not gonna hurt myself im just really sad"): heard again
# in other words, never "my answer just above".
AGAIN = {
    FEELINGS: ["utter_feelings_again_adult"],
    FEELINGS_YOUNG: ["utter_feelings_again_young"],
    FEELINGS_HELPED_YOUNG: ["utter_feelings_helped_again"],
    FEELINGS_HELPED_ADULT: ["utter_feelings_helped_again"],
}

_FEEL = re.compile(
    r"\b(?:i'?m|im|i am|i feel|feeling|i'?ve been|i just feel|so|really|just)"
    r" (?:\w+ ){0,3}?(?:sad|embarrassed|ashamed|humiliated|devastated|mortified|depressed|down"
    r"|awful|horrible|terrible|gross|disgusting|dirty|stupid|dumb|worthless|alone|lonely|broken"
    r"|crushed|sick about it|miserable|heartbroken|destroyed"
    # session 18: "no im not in danger just really upset" got "anything else?"
    r"|upset|stressed|overwhelmed|shaken|freaked out|a mess|a wreck|numb|hurt)\b"
    r"|\b(?:everyone|everybody|people|they|kids|the whole school|my friends)"
    r" (?:\w+ )?(?:laugh\w*|mak\w* fun|stare|stares|staring|talk\w* about me|judg\w*|whisper\w*)"
    r"|\b(?:don'?t|dont|do not) want to (?:go|get) (?:to |back to |out of )?(?:school|class|work"
    r"|bed|the house|outside)\b"
    r"|\bcan'?t (?:go|face|look at) (?:to |back to )?(?:school|class|work|anyone|people|them)\b"
)
_QUESTION = re.compile(
    r"\?|^(?:how|what|who|where|when|why|which|can|could|should|is|are|do|does)\b"
    r"|\b(?:will|would|can|could|should|do|does) (?:they|he|she|i|you|it|we|the \w+)\b"
)


def feelings_kind(text: str | None, young: bool) -> str | None:
    """The kind when the message tells how the writer feels and asks nothing ("I'm scared to
    talk to a lawyer, will they judge me" asks: its topic answers)."""
    cleaned = plain_lower(text)
    if not cleaned or _QUESTION.search(cleaned) or not _FEEL.search(cleaned):
        return None
    return FEELINGS_YOUNG if young else FEELINGS


# The person helped, not the writer: "she's super down", "my daughter is devastated", "he won't
# stop crying", "she hasn't left her room in days".
_HELPED = (
    r"(?:she|he|they|my (?:friend|bff|best friend|daughter|son|kid|child|sister|brother|cousin"
    r"|niece|nephew|grand ?daughter|grand ?son|student|girlfriend|boyfriend|wife|husband|partner))"
)
_FEEL_HELPED = re.compile(
    rf"\b{_HELPED}(?:'s|'re| is| are| was| seems| feels| looks|s)? (?:\w+ ){{0,3}}?"
    r"(?:sad|embarrassed|ashamed|humiliated|devastated|mortified|depressed|down|low|awful"
    r"|a wreck|a mess|broken|crushed|miserable|heartbroken|destroyed|not okay|not ok"
    r"|struggling|withdrawn)\b"
    rf"|\b{_HELPED} (?:won'?t|wont|can'?t|cant|doesn'?t|hasn'?t|isn'?t) (?:\w+ )?(?:stop crying"
    r"|eat|eating|sleep|sleeping|leave (?:her|his|their) room|left (?:her|his|their) room"
    r"|talk to (?:me|anyone)|go (?:to )?(?:school|work|out))\b"
    rf"|\b{_HELPED} (?:keeps|is|has been|'s been) (?:crying|shaking|panicking)\b"
)


def helped_feelings_kind(text: str | None, earlier_texts: list[str]) -> str | None:
    """The kind when a helper (someone else's images, said in a message before) tells how the
    person they help feels and asks nothing; None otherwise."""
    cleaned = plain_lower(text)
    if not cleaned or _QUESTION.search(cleaned) or not _FEEL_HELPED.search(cleaned):
        return None
    helped = next(filter(None, map(helped_person, reversed(earlier_texts))), None)
    if helped is None:
        return None
    return FEELINGS_HELPED_YOUNG if helped == HELPER_MINOR else FEELINGS_HELPED_ADULT
