"""Round 20 kinds (ages21): ages already given, used for the answer (round 20, p07, p24).

- A young writer (under 18, said now or before) asks "is it illegal for him to ask" after naming
  their own coach, teacher or boss asking for images: the position-of-trust rule at once, never
  "my answer just above" (p07 T2).
- A young writer's "what do i do" (said with a doubt, "i dont know if he showed anyone"): the
  young person's routes (route_form_gate), never the adults' IIPS/lawyer block (p24 T3).
- A young writer's "is there someone for kids": Kids Help Phone, Cybertip.ca, never the
  written-contact answer for people who cannot phone (p24 T4).

Plain functions; no Rasa imports. Never reads or logs more than the messages given.
"""

from __future__ import annotations

import re

from assistant import route_form_gate
from assistant.trust_words import _ASKS_FOR_IMAGES, _WITH_THE_WRITER, names_position_of_trust

TRUST_ANSWER = ["utter_trust_asked_allowed", "utter_youth_asked_next_authority"]
KIDS_ANSWER = ["utter_youth_line"]

# "is it illegal for him to ask", "is he allowed to", "is that legal", "against the law".
_LEGAL_ASKED = re.compile(
    r"\b(?:illegal|legal|allowed|against the law|a crime|breaking the law|lawful)\b"
)

# "what do i do", "what should i do now", "wat do i do", "what can i even do".
_WHAT_DO = re.compile(
    r"\b(?:what|wat|wht|wut)\s+(?:do|should|can|shud|shoud|am)\s+(?:i|we)\s+(?:\w+\s+)?"
    r"(?:do|doing)\b"
)

# "someone for kids", "help for kids my age", "anything for teens", "a line for young people".
_FOR_KIDS = re.compile(
    r"\b(?:for|4)\s+(?:\w+\s+)?(?:kids?|teens?|teenagers?|young people|youth|minors?"
    r"|children|(?:people|ppl|someone|somebody) my age)\b"
    r"|\b(?:kids?|teens?|ppl|people) (?:my|our) age\b"
)
_SOMEONE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|any ?one|help|line|talk|service|place|people|ppl"
    r"|anything|number)\b"
)
_JUST_A_KID = re.compile(r"\b(?:i'?m|im|i am)\s+(?:just\s+|only\s+)?a\s+(?:kid|child|teen)\b")


def _young(texts: list[str], is_minor_slot: object) -> bool:
    return route_form_gate.young_now(texts, is_minor_slot)


def trust_asked(text: str, earlier: list[str], is_minor_slot: object = None) -> bool:
    """A young writer asks whether what their own coach (teacher, boss...) does is legal."""
    lowered = (text or "").lower().replace("\u2019", "'")
    if not _LEGAL_ASKED.search(lowered) or not _young([*earlier, text], is_minor_slot):
        return False
    return any(
        names_position_of_trust(said)
        and bool(_ASKS_FOR_IMAGES.search(said.lower()) or _WITH_THE_WRITER.search(said.lower()))
        for said in [*earlier[-3:], text]
    )


def kids_asked(text: str, earlier: list[str], is_minor_slot: object = None) -> bool:
    """ "is there someone for kids", "im just a kid, is there help for people my age"."""
    lowered = (text or "").lower().replace("\u2019", "'")
    if not _FOR_KIDS.search(lowered) or not _SOMEONE.search(lowered):
        return False
    return bool(_JUST_A_KID.search(lowered)) or _young([*earlier, text], is_minor_slot)


def young_what_now(
    text: str,
    earlier: list[str],
    earlier_topics: list[str | None],
    is_minor_slot: object,
    previous: list[str],
    earlier_actions: list[str],
) -> list[str] | None:
    """A young writer's "what do i do": the young person's routes (route_form_gate)."""
    lowered = (text or "").lower().replace("\u2019", "'")
    if not _WHAT_DO.search(lowered) or not _young([*earlier, text], is_minor_slot):
        return None
    kind = route_form_gate.what_now_kind(
        route_form_gate.ROUTE_FINDER,
        text,
        earlier,
        earlier_topics,
        is_minor_slot,
        None,
        False,
        previous,
        earlier_actions,
    )
    return list(route_form_gate.ANSWERS[kind]) if kind in route_form_gate.ANSWERS else None


def follow_up(
    text: str,
    intent: str | None,
    earlier: list[str],
    earlier_topics: list[str | None],
    is_minor_slot: object,
    previous: list[str],
    earlier_actions: list[str],
) -> list[str] | None:
    """The answer for the kinds above, or None (read as before)."""
    if intent != "check_age_rules" and trust_asked(text, earlier, is_minor_slot):
        return TRUST_ANSWER
    if kids_asked(text, earlier, is_minor_slot):
        return KIDS_ANSWER
    return young_what_now(text, earlier, earlier_topics, is_minor_slot, previous, earlier_actions)
