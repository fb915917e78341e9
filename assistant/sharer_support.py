"""Someone to talk to, asked by the one who shared: "is there anyone i can just talk to about
this. im freaking out" from a 17-year-old who sent his girlfriend's picture on (round 17, p26).
It got the legal line with "say that your intimate images were shared": the victim's script.
A young writer gets Kids Help Phone (for anything, no parents needed); an adult the BC Mental
Health Support Line; both 9-8-8 for thoughts of self-harm (service page, bc-facts.md).

Plain Python over the conversation (writer_role reads who is writing); the InterruptPolicy sends
the answer (domain/sharer_support.yml). Never read for crisis or danger (the policy's gate).
"""

from __future__ import annotations

import re

from assistant.plain_text import plain_lower
from assistant.writer_role import SELF_SHARER, writer_role

SHARER_TALK = "sharer_talk"
SHARER_TALK_YOUNG = "sharer_talk_young"
ANSWERS = {
    SHARER_TALK: ["utter_sharer_talk"],
    SHARER_TALK_YOUNG: ["utter_sharer_talk_young"],
}
KINDS = frozenset(ANSWERS)

_TALK = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|a person|who) (?:i can|i could|to|that i can)"
    r" (?:just |actually )?(?:talk|speak|vent)\b"
    r"|\b(?:talk|speak|vent) to (?:someone|somebody|anyone|anybody|a person)\b"
    r"|\bneed (?:someone|somebody) to talk to\b"
)


def sharer_talk_kind(text: str | None, earlier_texts: list[str], young: bool) -> str | None:
    """The kind when the one who shared asks for someone to talk to."""
    cleaned = plain_lower(text)
    if not cleaned or not _TALK.search(cleaned):
        return None
    if writer_role([*earlier_texts, text or ""]) != SELF_SHARER:
        return None
    return SHARER_TALK_YOUNG if young else SHARER_TALK
