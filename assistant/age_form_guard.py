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
