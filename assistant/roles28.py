"""Rounds 27-28 (roles28): who is writing, read from the words that say it.

- a young person whose friend (also young) is threatened or whose images went around, who
  promised to keep it secret, asks whether to tell an adult anyway ("should i break my promise
  and tell an adult? she'll hate me", "do i tell my mom or her parents even though i
  promised?", "is it ok to tell?", "should i tell a teacher even if she said not to?"; round 27
  p24, round 28 p27): telling a trusted adult is okay even after a promise when a friend is
  being hurt or threatened; Kids Help Phone; Cybertip.ca (`PROMISE_TELL`). Never the victim's
  "you are not in trouble for what was done to you", never the adult helper's lines.
- a visitor ("i dont live in bc im from calgary just here on vacation. can i still report
  here", "i didnt move, im visiting"; round 28 p07 T3-T4) asks whether they can report where
  it happened: the local police non-emergency line where they are (bc-facts.md), never "if
  you've already moved out of B.C." (`VISITOR_REPORT`).

Read in follow_up_readers.SEQUENCE_READERS (outside forms, never for a safety intent). Plain
functions; responses in domain/roles28.yml.
"""

from __future__ import annotations

import re

from assistant.fresh_answers import fresh
from assistant.helper_reading import helped_minor_said
from assistant.plain_text import plain_lower
from assistant.route_form_gate import young_now

PROMISE_TELL = "utter_promise_tell_adult"
PROMISE_TELL_AGAIN = "utter_promise_tell_adult_again"
VISITOR_REPORT = "utter_visitor_report"
ANSWERS = (PROMISE_TELL, PROMISE_TELL_AGAIN, VISITOR_REPORT)

# A visit, not a move: "just here on vacation", "im visiting", "i didn't move".
VISITING = re.compile(
    r"\b(?:on (?:a )?(?:vacation|holiday|holidays|trip|visit)|visiting|just visiting"
    r"|(?:i|we) (?:didn'?t|didnt|did not|haven'?t|havent|have not) (?:move|moved)"
    r"|(?:just |only )?here (?:for|on) (?:a |the )?(?:week|weekend|few days|trip|vacation|holiday"
    r"|visit|conference|work trip)|(?:a |on a )?tourist|travel+ing (?:in|through|to))\b"
)
# Reporting asked, here or where it happened.
_REPORT_HERE = re.compile(
    r"\b(?:report|police|cops|rcmp)\b[^.?!]{0,40}\b(?:here|there|where it happened|in (?:bc"
    r"|b\.c|this province|\w+))\b|\bcan i (?:still )?report\b"
)

# A secret asked for by the friend: "she made me promise", "she said not to", "she'll hate me".
_PROMISE = re.compile(
    r"\bpromis\w*|\b(?:swore|sworn|swear) (?:to secrecy|not to|i (?:wouldn'?t|would not))\b"
    r"|\b(?:she|he|they) (?:said|told me|asked me|begged me) not to\b"
    r"|\b(?:she|he|they)(?:'ll| will|ll) (?:hate|never forgive|be mad at|be angry at) me\b"
    r"|\b(?:lose|losing) (?:her|him|them) as a friend\b|\bbetray\w*"
    r"|\bkeep (?:it|this|her secret|his secret|their secret|the secret) (?:a )?secret\b"
    r"|\bkeep(?:ing)? (?:a|the|her|his|their) secret\b"
)
# Asking whether to tell (a question, never "she made me promise not to tell anyone"): "should
# i tell an adult", "do i tell my mom or her parents", "is it ok to tell", "break my promise".
_TELL_ASKED = re.compile(
    r"\b(?:should|do|can|could|would|shall|must|have to) i (?:\w+ )?(?:tell|talk to|go to)\b"
    r"|\b(?:ok|okay|alright|wrong|bad|right|fine) (?:to|if i) (?:tell|say)\b"
    r"|\bbreak (?:my|the|a|our) promise\b|\bwhether (?:to|i should) tell\b"
    # "if i tell an adult she'll hate me. should i still do it" (round 38 p12)
    r"|\bshould i (?:still )?(?:do it|do that)\b"
)
# The writer's friend, told now or in the messages before.
_FRIEND = re.compile(
    r"\b(?:my|our|a) (?:best |close |good )?(?:friend|bestie|bff|buddy|classmate|cousin)\b"
    r"|\bits not me\b|\bit'?s not me\b|\bnot about me\b|\bnothing was done to me\b"
)
# Someone threatening, sharing or hurting the friend.
_HARM = re.compile(
    r"\b(?:blackmail\w*|sextort\w*|threat\w*|extort\w*|post\w*|shar\w*|leak\w*|spread\w*"
    r"|group chat|going around|sent around|nudes?|pics?|photos?|images?|videos?)\b"
)


def promise_tell_asked(text: str, earlier: list[str], is_minor: object) -> bool:
    """A young person (or a young friend's friend) who promised secrecy asks whether to tell."""
    cleaned = plain_lower(text)
    if not _TELL_ASKED.search(cleaned):
        return False
    recent = [plain_lower(t) for t in earlier[-4:]]
    window = [*recent, cleaned]
    if not (_PROMISE.search(cleaned) or (_PROMISE.search(" ".join(recent)) and "tell" in cleaned)):
        return False
    if not any(_FRIEND.search(t) for t in window):
        return False
    if not any(_HARM.search(t) for t in window):
        return False
    return young_now([*earlier, text], is_minor) or helped_minor_said([*earlier, text])


def visitor_report_asked(text: str, earlier: list[str]) -> bool:
    """A visitor (said now or in the last two messages) asks whether they can report here."""
    cleaned = plain_lower(text)
    if not _REPORT_HERE.search(cleaned):
        return False
    return any(VISITING.search(plain_lower(t)) for t in [*earlier[-2:], text])


def follow_up(
    text: str, previous: list[str], earlier: list[str], is_minor: object
) -> list[str] | None:
    """The answer for the kinds above, or None. Outside forms only."""
    if not text:
        return None
    if promise_tell_asked(text, earlier, is_minor):
        if PROMISE_TELL_AGAIN in previous:
            # Asked a third time ("is it ok to tell?"): the first answer, never the one just sent.
            return [PROMISE_TELL]
        return [PROMISE_TELL_AGAIN] if PROMISE_TELL in previous else fresh([PROMISE_TELL], previous)
    if visitor_report_asked(text, earlier):
        return fresh([VISITOR_REPORT], previous)
    return None
