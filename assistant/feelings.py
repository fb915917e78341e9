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

from assistant.plain_text import plain_lower

FEELINGS = "feelings_told"
FEELINGS_YOUNG = "feelings_told_young"
ANSWERS = {
    FEELINGS: ["utter_feelings", "utter_feelings_adult"],
    FEELINGS_YOUNG: ["utter_feelings", "utter_feelings_young"],
}
KINDS = frozenset(ANSWERS)
# Told again right after that answer ("im not gonna hurt myself im just really sad"): heard again
# in other words, never "my answer just above".
AGAIN = {
    FEELINGS: ["utter_feelings_again_adult"],
    FEELINGS_YOUNG: ["utter_feelings_again_young"],
}

_FEEL = re.compile(
    r"\b(?:i'?m|im|i am|i feel|feeling|i'?ve been|i just feel|so|really|just)"
    r" (?:\w+ ){0,3}?(?:sad|embarrassed|ashamed|humiliated|devastated|mortified|depressed|down"
    r"|awful|horrible|terrible|gross|disgusting|dirty|stupid|dumb|worthless|alone|lonely|broken"
    r"|crushed|sick about it|miserable|heartbroken|destroyed)\b"
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
