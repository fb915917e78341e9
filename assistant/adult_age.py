"""An adult age said with a topic for young people ("the pics were taken when i was 25",
"im in bc and im 24"): the under-18 answers do not fit, the adults' routes do (issue 16:
what the person already said is used). Plain Python; assistant/answer_kinds.py marks it.
"""

from __future__ import annotations

from assistant.age_parsing import parse_ages
from assistant.age_rules import Thresholds
from assistant.home_reading import home_from_text

ADULT_AGE = "adult_age"  # the adults' routes
ADULT_AGE_HOME = "adult_age_home"  # a home too: the eligibility outcome
# The classifier's topics written for young people, and no topic at all ("i was 31 then").
YOUTH_TOPICS = frozenset({"youth_disclosure", "ask_under_18_images", "nlu_fallback"})


def adult_age_kind(cleaned: str, intent: str | None) -> str | None:
    """ADULT_AGE(_HOME) when a youth topic's message gives only the person's own adult age."""
    if intent not in YOUTH_TOPICS:
        return None
    ages = parse_ages(cleaned)
    if not ages.self_stated or ages.age is None or ages.other_age or ages.unassigned:
        return None
    if ages.age < Thresholds.from_content().adult_age:
        return None
    return ADULT_AGE_HOME if home_from_text(cleaned) else ADULT_AGE
