"""The age check started on a guess (session 16, round 16 p01: "is the lawyer thing actually
free? i live in victoria and im 24 and broke lol" was read as an age question at 0.40, and the
person was asked "How old is the other person?").

The age check asks about two people's ages; a message that names no other person and gives the
writer's own age beside another question is that question. When the classifier was unsure of
the age check and its runner-up is a question topic, that topic answers instead (its main
answer, assistant/clause_answers.MAIN_ANSWER). Plain functions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.age_parsing import parse_ages
from assistant.clause_answers import MAIN_ANSWER
from assistant.plain_text import plain_lower

AGE_CHECK = "check_age_rules"
RUNNER_UP_TOPIC = "age_check_runner_up"
SURE = 0.6
MIN_RUNNER_UP = 0.1
# Another person in the message: the age check may be what is asked.
_OTHER_PERSON = re.compile(
    r"\b(?:he|she|they|him|her|them|his|hers|their|bf|gf|boyfriend|girlfriend|partner|ex"
    r"|guy|girl|man|woman|adult|teacher|coach|boss|manager|friend|someone|somebody|older"
    r"|younger|age gap|years? older|years? younger|each other|we|us|both)\b"
    # "my supervisor", "my cousin": anyone named by a role
    r"|\bmy (?!age\b|own\b|pics?\b|photos?\b|nudes?\b|images?\b|videos?\b|pictures?\b)\w+"
)


# Session 17: "hello, I am 70 and my ex husband has old polaroids of me from the 80s" (read as an
# age question at 0.20: "How old is the other person?"). An adult who says someone has their
# images, and asks nothing about ages or consent, is told what helps when images are held.
HELD_BY_OTHER = "held_images_help"  # statements.HELD_HELP: utter_held_help
_HOLDS = re.compile(
    r"\b(?:has|have|had|kept|keeps|still has|is keeping|holds|is holding|got) (?:\w+ ){0,3}"
    r"(?:pics?|pictures?|photos?|polaroids?|prints?|videos?|vids?|images?|nudes?|tapes?"
    r"|recordings?|slides?|negatives?) (?:of|with) me\b"
)
_AGE_QUESTION = re.compile(
    r"\?|\b(?:consent|legal|illegal|allowed|law|old enough|age|ages|underage|minor)\b"
)


def held_by_other(parse_data: Mapping | None, text: str) -> str | None:
    """HELD_BY_OTHER when the age check was an unsure guess for an adult's "he has photos of
    me"; None otherwise."""
    intent = (parse_data or {}).get("intent") or {}
    if intent.get("name") != AGE_CHECK or float(intent.get("confidence") or 0.0) >= SURE:
        return None
    cleaned = plain_lower(text or "")
    if _AGE_QUESTION.search(cleaned) or not _HOLDS.search(cleaned):
        return None
    ages = parse_ages(cleaned)
    if not ages.self_stated or ages.age is None or ages.age < 18 or ages.other_age is not None:
        return None
    return HELD_BY_OTHER


def runner_up_topic(parse_data: Mapping | None, text: str) -> str | None:
    """The runner-up question topic when the age check was an unsure guess about one person's
    own age; None otherwise."""
    parse_data = parse_data or {}
    intent = parse_data.get("intent") or {}
    if intent.get("name") != AGE_CHECK or float(intent.get("confidence") or 0.0) >= SURE:
        return None
    if _OTHER_PERSON.search(plain_lower(text or "")):
        return None
    for entry in parse_data.get("intent_ranking") or []:
        name = entry.get("name")
        if name == AGE_CHECK:
            continue
        if name in MAIN_ANSWER and float(entry.get("confidence") or 0.0) >= MIN_RUNNER_UP:
            return name
        return None
    return None
