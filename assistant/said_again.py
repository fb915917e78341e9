"""Round 19 (followups19): what comes instead of the stock "My answer just above" when a
person asks again in other words. The stock line is never the whole reply to a need the
sources answer: someone to talk to (the support lines), paying to buy time (don't pay),
which route first or now-or-wait (an order the sources support), whether the IIPS costs
money (the sources name no fee); and never twice in a row (a short next step instead).
Used by repeats.without_repeats. Plain functions, no Rasa."""

from __future__ import annotations

import re

SAID_ABOVE = "utter_said_above"
TALK_SUPPORT = "utter_talk_support_again"
PAY_TIME = "utter_sextortion_pay_again"
WHICH_FIRST = "utter_which_first_again"
IIPS_COST = "utter_iips_cost_again"
NEXT_STEP = "utter_said_above_next_step"
FEELINGS = "utter_feelings_adult"
# Round 22 (parts23, p21): the block steps just given beside the story, then "should i message
# him from her account or block him": the steps once more, short, not the stock line.
BLOCK_STEPS = "utter_block_steps"
BLOCK_AGAIN = "utter_block_steps_again"
_REPLY_OR_BLOCK = re.compile(
    r"\b(?:block|message|text|dm|reply|respond|tell (?:him|her|them) (?:off|to))\b", re.I
)

_TALK = re.compile(
    r"\b((like|perhaps|maybe|want|need|see|find|to) a (counsel+or|therapist)|"
    r"emotional(ly)? support|how (upset|scared|sad|awful) i (am|feel)|"
    r"about (how i feel|my feelings))",
    re.I,
)
_PAY = re.compile(
    r"\b(pay|send (him|her|them) (the )?money|give (him|her|them) (the )?money)", re.I
)
_BUY_TIME = re.compile(r"\b(buy (us |me |him |her )?(some |more )?time|stall)", re.I)
_FIRST = re.compile(
    r"\b(which (one )?(first|should i (call|contact|do) first)|who (do|should) (i|we) "
    r"(call|contact) first|call first|contact first|(the )?quickest|(the )?fastest|"
    r"call (now|tonight) or wait|or wait (until|till|til)|wait (until|till|til) .{0,40}or "
    r"(call|report)|now or (later|wait)|tonight or (wait|tomorrow|in the morning)|"
    r"what order|in what order)",
    re.I,
)
_COST = re.compile(r"\b(cost|costs|fee|fees|free|charge|price)\b", re.I)
_IIPS = re.compile(
    r"\b(government one|government service|iips|protection service)\b",
    re.I,
)


def instead(text: str, said: set[str] | frozenset[str]) -> list[str] | None:
    """The answer instead of SAID_ABOVE for `text`, given the responses the turn before sent;
    None when the stock line may stay (it was not sent the turn before)."""
    text = text or ""
    for action, matches in (
        (PAY_TIME, _PAY.search(text) and _BUY_TIME.search(text)),
        (TALK_SUPPORT, _TALK.search(text)),
        (IIPS_COST, _COST.search(text) and _IIPS.search(text)),
        (WHICH_FIRST, _FIRST.search(text)),
    ):
        if matches and action not in said:
            return [action]
    if BLOCK_STEPS in said and BLOCK_AGAIN not in said and _REPLY_OR_BLOCK.search(text):
        return [BLOCK_AGAIN]
    if SAID_ABOVE in said and NEXT_STEP not in said:
        # Never the stock line twice in a row: the one next step, with the numbers.
        return [NEXT_STEP]
    return None


_LAWYER = re.compile(
    r"\b(lawyer|legal|tribunal|police|crt|compensation|claim|damages|court|file)\b", re.I
)
_NOT_LAWYER = re.compile(r"\bnot (a |the )?(lawyer|legal)", re.I)


def follow_up(text: str, previous: list[str], answered_before: bool) -> list[str] | None:
    """A follow-up the sources answer, read before the topic answers: someone to talk to (the
    support lines, not the intake line), paying to buy time (don't pay), whether the IIPS costs
    money, and - after a first answer - which route first or now-or-wait (an order). None when
    the message is none of these, or its answer was the turn before's."""
    text = text or ""
    said = set(previous)
    found = None
    if _PAY.search(text) and _BUY_TIME.search(text):
        found = PAY_TIME
    elif _TALK.search(text) and (not _LAWYER.search(text) or _NOT_LAWYER.search(text)):
        found = TALK_SUPPORT
    elif _COST.search(text) and _IIPS.search(text) and not _LAWYER.search(text):
        found = IIPS_COST
    if found == TALK_SUPPORT and found in said and FEELINGS not in said:
        return [FEELINGS]  # asked again: the lines in other words, never a guess
    return [found] if found and found not in said else None


ANSWERS = (TALK_SUPPORT, PAY_TIME, WHICH_FIRST, IIPS_COST, NEXT_STEP, BLOCK_AGAIN)
