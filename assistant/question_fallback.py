"""A question typed mid-conversation that no reader and no topic understood (session 16; round
15's most common failure: 13 of 56 people got "Sorry, I'm not sure I understood" for a plain
question about their own situation, often asked twice).

"Did you mean one of these?" reads as not being listened to when the person has already told
their story and asks something specific. The honest answer instead: their question said back,
"I'm not sure I have the answer to that, and I'd rather not guess", the closest topics as
buttons (the two-stage fallback's first stage, kept), and who can answer it: the free legal
advice's lawyer, or, for someone who said they live outside B.C., what is open anywhere.

A question pointing back at the story that the classifier read as out of scope ("does my
landlord have to know?") gets the same, not "Sorry, I can't help with that".

Only when nothing else read the message (the InterruptPolicy's last reading), outside forms,
never on a crisis or check-in mark, never on the gibberish guard's fallback, and only for a
message with a question in it after at least one earlier message. Plain functions; the action
is actions/question_fallback.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.after_crisis import still_distressed
from assistant.plain_text import plain_lower
from assistant.question_coverage import question_sentences, quoted_question

QUESTION_FALLBACK = "question_fallback"
QUESTION_FALLBACK_OUTSIDE_BC = "question_fallback_outside_bc"
# After the crisis answer: never "I'm not sure I have the answer" alone (round 16, p16); the
# lines that take texts and "I'm still here".
QUESTION_FALLBACK_AFTER_CRISIS = "question_fallback_after_crisis"
# Round 18 (session 19, p20): after the crisis answer, a question about the person's case (the
# police, the images, who sent them, work) is an ordinary question: said back, who can answer,
# and the lines in one short line, not a second crisis block. A vague question, or one about
# the lines or calling, keeps QUESTION_FALLBACK_AFTER_CRISIS.
QUESTION_FALLBACK_AFTER_CRISIS_CASE = "question_fallback_after_crisis_case"
_CASE_WORDS = re.compile(
    r"\b(?:police|cops|report\w*|tribunal|crt|lawyer|legal|court|sue|claim|charge\w*|crime"
    r"|pics?|pictures?|photos?|videos?|vids?|images?|nudes?|posted|shared|sent|airdrop\w*"
    r"|remove\w*|taken down|take (?:it|them) down|delete\w*|hr|work|job|school|boss"
    r"|employer|manager|evidence|screenshots?|account|website|site|app|phones?)\b"
)
_ABOUT_THE_LINES = re.compile(
    r"\b(?:988|9-8-8|9 8 8|victimlink\w*|hotline|helpline|crisis|line|lines|call|calling|text"
    r"|texting|talk|talking|someone to|anyone to|310|number)\b"
)
ACTION = "action_question_fallback"
# The static stand-in when the action server is down (no quote, no buttons).
STATIC_STAND_IN = "utter_question_fallback_static"
FALLBACK_INTENT = "nlu_fallback"
# "does my landlord have to know?" after the story was read as out of scope ("Sorry, I can't
# help with that"): a question that points back at the story is the person's own question.
OUT_OF_SCOPE = "out_of_scope"
_POINTS_BACK = re.compile(
    r"\b(?:it|this|that|these|those|them|he|she|him|her|they|his|hers|their|my ex|the (?:pics?"
    r"|pictures?|photos?|videos?|images?|nudes?|clip|post|police|lawyer|tribunal|report|chat)"
    r"|know|find out|see it|seen)\b"
)
# The GibberishGuard's nlu_fallback carries confidence 1.0: keyboard noise is not a question.
GIBBERISH_CONFIDENCE = 1.0

ANSWERS = {
    QUESTION_FALLBACK: [ACTION, "utter_not_covered_who"],
    QUESTION_FALLBACK_OUTSIDE_BC: [ACTION, "utter_question_fallback_who_outside_bc"],
    QUESTION_FALLBACK_AFTER_CRISIS: ["utter_question_fallback_after_crisis"],
    QUESTION_FALLBACK_AFTER_CRISIS_CASE: [ACTION, "utter_not_covered_who", "utter_lines_recall"],
}
# Asked again right after: the question said back and the topics, not the same lines again.
AGAIN = {
    QUESTION_FALLBACK: [ACTION],
    QUESTION_FALLBACK_OUTSIDE_BC: [ACTION],
    QUESTION_FALLBACK_AFTER_CRISIS: ["utter_question_fallback_after_crisis_again"],
    QUESTION_FALLBACK_AFTER_CRISIS_CASE: [ACTION, "utter_lines_recall"],
}


def asked_question(text: str) -> str:
    """The message's question sentences, cleaned, to say back ("" when it asks nothing)."""
    return quoted_question(question_sentences(text or ""))


def fallback_kind(
    parse_data: Mapping | None,
    text: str,
    earlier_texts: list[str],
    home_not_bc: bool,
    checked_in: bool,
    after_crisis: bool = False,
) -> str | None:
    """QUESTION_FALLBACK (or its outside-B.C. kind) for a question mid-conversation that fell
    to the classifier's fallback; None otherwise (the two-stage fallback answers). `after_crisis`:
    the crisis or danger answer was given in this conversation."""
    if checked_in or not earlier_texts:
        return None
    intent = (parse_data or {}).get("intent") or {}
    name = intent.get("name")
    if name == OUT_OF_SCOPE:
        if not _POINTS_BACK.search(plain_lower(text)):
            return None
    elif name != FALLBACK_INTENT:
        return None
    if float(intent.get("confidence") or 0.0) >= GIBBERISH_CONFIDENCE:
        return None
    if not asked_question(text):
        return None
    if after_crisis:
        return (
            QUESTION_FALLBACK_AFTER_CRISIS_CASE
            if about_the_case(text)
            else (QUESTION_FALLBACK_AFTER_CRISIS)
        )
    return QUESTION_FALLBACK_OUTSIDE_BC if home_not_bc else QUESTION_FALLBACK


def about_the_case(text: str) -> bool:
    """A question about the person's case (the police, the images, work), not about the lines,
    calling or talking, and with no distress in it (assistant/after_crisis.py reads that)."""
    question = asked_question(text)
    cleaned = plain_lower(question or text)
    return (
        bool(_CASE_WORDS.search(cleaned))
        and not _ABOUT_THE_LINES.search(cleaned)
        and not still_distressed(text)
    )
