"""Short follow-ups whose meaning comes from what the conversation already said (issue 16):
"anything in the Yukon?", "so nothing for me at all?", "where can I go then?" from someone who
said they live outside B.C. ("what can I do?" stays the route finder's, which knows the home).
The words alone are too thin for the classifier (they fell to "Did you mean ...?", or to
"anything else?" after the outside-B.C. answer). Also the device answer asked again, and a
young person's answers for someone who is an adult now. Plain Python over the latest message,
the earlier messages' texts, the eligibility check's answer and the turn before's actions.

The InterruptPolicy calls `kind_in_context` after the message's own mark is read; it answers
with what the sources say is open to anyone, and says plainly what they do not name.
"""

from __future__ import annotations

import re

from assistant.age_now import adult_now_said
from assistant.answer_kinds import IN_TROUBLE, NO_ONE_TO_TELL
from assistant.answer_kinds_sources import OLD_EVENTS, dated_follow_up
from assistant.home_reading import NO, place_mentions
from assistant.plain_questions import DEVICE_TRACE
from assistant.said_before import home_said

OUTSIDE_BC_ANYWHERE = "outside_bc_anywhere"
# The device answer asked again the next turn: a short pointer, not the same three blocks.
DEVICE_TRACE_AGAIN = "device_trace_again"
# "so there's really nothing for me" right after that answer: a warm short word, not "see above".
OUTSIDE_BC_AGAIN = "outside_bc_anywhere_again"
# A young person's answers, for someone who said they are an adult now ("I'm 19 now, it was
# when I was 16"): the same facts without "tell a safe adult" or the youth lines.
ADULT_NOW = {IN_TROUBLE: "adult_now_in_trouble", NO_ONE_TO_TELL: "adult_now_no_one_to_tell"}
ANSWERS: dict[str, list[str]] = {
    ADULT_NOW[IN_TROUBLE]: ["utter_in_trouble_adult_now"],
    ADULT_NOW[NO_ONE_TO_TELL]: ["utter_no_one_to_tell_adult_now"],
    OUTSIDE_BC_ANYWHERE: ["utter_outside_bc_anywhere"],
    OUTSIDE_BC_AGAIN: ["utter_outside_bc_anywhere_again"],
    DEVICE_TRACE_AGAIN: ["utter_device_trace_again"],
}

# The marks a short follow-up may replace: none, or the outside-B.C. home said again.
REPLACEABLE = frozenset({None, "home_outside_bc"})
# Intents that keep their own answers (the safety net's, the flows', the handoff).
KEEP = frozenset(
    {
        "crisis",
        "immediate_danger",
        "need_help_now",
        "contact_lawyer",
        "stop",
        "delete_conversation",
        "request_summary",
        "resume",
        "goodbye",
        "thank",
    }
)
SHORT = 10  # words

_LEAD = r"^(?:(?:ok|okay|so|and|but|hmm+|um+|wait|then|well|oh)[,.!]* )*"
_ELSEWHERE = re.compile(
    _LEAD + r"(?:is there |are there |there'?s |do you know |you know )?(?:anything|anyone|anywhere"
    r"|something|somewhere|any help|any services?|any lines?|any support|help|services?|support)"
    r"(?: at all| else| similar| like (?:that|this|it))? (?:in|for|near|around|where|outside"
    r"|up in|out in|over in|for people in|for someone in)\b"
    r"|\bnothing (?:for me|at all|i can do|out there|else)\b"
    r"|\b(?:so )?(?:you|u) can'?t help(?: me)?(?: at all)?\b|\bno help for me\b"
    r"|\b(?:where|who) (?:can|do|should|could) i (?:go|turn|get help|call|ask)\b"
    r"|" + _LEAD + r"(?:so )?(?:what|who) (?:helps|can help) (?:me|people)\b"
)
_WHAT_ABOUT = re.compile(_LEAD + r"(?:and )?(?:what|how) about\b")


def asks_elsewhere(text: str) -> bool:
    """A short question for help where the person is, or whether there is any at all."""
    cleaned = " ".join((text or "").lower().replace("\u2019", "'").split())
    if not cleaned or len(cleaned.rstrip("?!. ").split()) > SHORT:
        return False
    if _ELSEWHERE.search(cleaned):
        return True
    # "what about Alberta?": a place outside B.C. named in a short question.
    return bool(_WHAT_ABOUT.search(cleaned)) and any(
        not mention.in_bc for mention in place_mentions(cleaned)
    )


def kind_in_context(
    kind: str | None,
    intent: str | None,
    text: str,
    earlier_texts: list[str],
    lives_in_bc: str | None = None,
    previous_actions: list[str] | None = None,
) -> str | None:
    """The kind to answer now: what is open to anyone for a short "anything for me?" from
    someone who said they live outside B.C.; the short device answer when the full one was the
    turn before; an adult's wording for someone who said they are an adult now; else `kind`."""
    if kind == DEVICE_TRACE and ANSWERS_OF_DEVICE in (previous_actions or []):
        return DEVICE_TRACE_AGAIN
    if kind in ADULT_NOW and adult_now_said([*earlier_texts, text]):
        return ADULT_NOW[kind]
    # "it happened in 2022 though", "this was back in 2021" (read as "go back to the check")
    # after the tribunal's or the routes' answer: the old-events answer (the tribunal's
    # dates), not "Did you mean ...?" nor "nothing to go back to".
    if (
        kind in REPLACEABLE
        and intent not in KEEP - {"resume"}
        and dated_follow_up(_clean(text))
        and any(_NAMES_THE_TRIBUNAL.search(name) for name in previous_actions or [])
    ):
        return OLD_EVENTS
    if kind not in REPLACEABLE or intent in KEEP or not earlier_texts:
        return kind
    if home_said(lives_in_bc, earlier_texts) == NO and asks_elsewhere(text):
        if ANSWERS[OUTSIDE_BC_ANYWHERE][0] in (previous_actions or []):
            return OUTSIDE_BC_AGAIN
        return OUTSIDE_BC_ANYWHERE
    return kind


ANSWERS_OF_DEVICE = "utter_device_trace"
# Answers that name the tribunal or the routes, after which a date is about the tribunal's dates.
_NAMES_THE_TRIBUNAL = re.compile(
    r"crt|damages|protection_order|shared_next|_routes$|utter_route_|utter_threats_covered"
)


def _clean(text: str) -> str:
    return " ".join((text or "").lower().replace("\u2019", "'").split())
