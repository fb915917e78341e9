"""The safety check-in worded for a helper (issue 16, simulated users round 11, kind 3).

A friend writing "she said she doesn't want to be alive, what do I do", an aunt's "he's scared
he'll lose his account", a counsellor's "she's scared of her dad": the check-in asked the writer
"Are you safe right now? ... If you are thinking of hurting yourself". In a helper's
conversation it now asks about the person helped, with the same lines (9-1-1, 9-8-8) and that
they are there for the writer too. Only the wording changes: the check-in comes exactly when it
came before. A writer who speaks of their own distress keeps "Are you safe right now?".
Plain functions, no Rasa imports.
"""

from __future__ import annotations

import re

from assistant import helper_script, roles31
from assistant.calm_messages import _DISTRESS
from assistant.helper_cases import KINDS as HELPER_CASES
from assistant.helper_cases import OTHERS_IN_CRISIS
from assistant.helper_context import ADULT_TOPICS, MINOR_TOPICS
from assistant.plain_text import plain_lower

CHECK_IN = "utter_crisis_checkin"
HELPER_CHECK_IN = "utter_crisis_checkin_helper"
CHECK_INS = frozenset({CHECK_IN, HELPER_CHECK_IN})
# How many earlier messages a helper's answer counts for.
RECENT = 6
# The writer's own state: "I'm scared", "I can't do this", "myself", "kill me".
# Round 29 p16 (roles31): "im scared she might do something" is fear for the person helped.
_OWN_STATE = re.compile(
    r"\b(?:myself|i(?:'m| am|m)? (?:so |really |very )?(?:(?:scared|afraid|terrified)"
    r"(?! (?:for|about) (?:her|him|them|my (?:friend|sister|brother|daughter|son))\b"
    r"| (?:that )?(?:she|he|they)(?:'ll| will| might| may| could| is going to| is gonna)?"
    r" (?:do something|hurt (?:herself|himself|themselves)|do anything))|not ok(?:ay)?"
    r"|not safe|unsafe|in danger|suicidal|done)|i (?:want|wanna|need) to (?:die|end|disappear)"
    r"|i can'?t (?:\w+ )?(?:anymore|cope|go on|take)|kill me|hurt me|my life)\b"
)


def helping_lately(earlier_topics: list[str | None]) -> bool:
    """A helper's answer (about a child or an adult) among the recent earlier messages."""
    return bool(set(earlier_topics[-RECENT:]) & (MINOR_TOPICS | ADULT_TOPICS | HELPER_CASES))


# Harm, danger or distress said of anyone: a helper's message with these keeps its check-in.
_HARM_WORDS = re.compile(
    r"\b(?:hurt\w*|harm\w*|suicid\w*|kill\w*|die|dying|dead|alive|cut(?:s|ting)?|overdos\w*"
    r"|pills|danger\w*|unsafe|not safe|scared|afraid|terrified|crying|won'?t (?:eat|talk|come out)"
    r"|hiding|run away|ran away|missing|hopeless|end it|give up)\b"
)


def practical_helper_question(text: str, earlier_topics: list[str | None]) -> bool:
    """In a child's or an adult's helper's conversation, a practical question with no harm,
    danger or distress in it ("Do I take her tablet away?", "she's not going to be in any
    trouble herself if she sent something right? she's 11"): the safety model's guess alone
    asks no check-in (round 66 p31: asked twice, once after the father objected)."""
    cleaned = plain_lower(text)
    return (
        "?" in cleaned
        and helping_lately(earlier_topics)
        and not _HARM_WORDS.search(cleaned)
        and not _OWN_STATE.search(cleaned)
        and not _DISTRESS.search(cleaned)
    )


def check_in_for(
    text: str,
    earlier_topics: list[str | None],
    kind: str | None = None,
    earlier_texts: list[str] | None = None,
) -> str:
    """The check-in to send: the helper's wording in a helper's conversation, or when the
    message is about someone else in crisis (`kind`, round 12), unless the message speaks of
    the writer's own distress; else the usual one."""
    cleaned = plain_lower(text)
    # A helper's first message ("my 12 year old daughter ... he threatened her") is a helper's
    # conversation too (session 15).
    helping_now = kind in OTHERS_IN_CRISIS or kind in MINOR_TOPICS | ADULT_TOPICS | HELPER_CASES
    # Round 14 (p15): "my sister (20) had her pictures shared" told before, answered as "can I
    # call for her": a helper's conversation though no helper's answer was given.
    told = bool(earlier_texts) and helper_script.story(earlier_texts or []) in {
        helper_script.CHILD,
        helper_script.ADULT,
    }
    # Round 29 p16 (roles31): a teen fearing for a friend whose images went around.
    if roles31.about_friend_in_danger(text, earlier_texts or []):
        return HELPER_CHECK_IN
    if not (helping_lately(earlier_topics) or helping_now or told):
        return CHECK_IN
    if _OWN_STATE.search(cleaned) or _DISTRESS.search(cleaned):
        return CHECK_IN
    return HELPER_CHECK_IN
