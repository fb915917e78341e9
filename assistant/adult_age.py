"""An adult age said with a topic for young people ("the pics were taken when i was 25",
"im in bc and im 24"): the under-18 answers do not fit, the adults' routes do (issue 16:
what the person already said is used). Plain Python; assistant/answer_kinds.py marks it.
"""

from __future__ import annotations

import re

from assistant.age_parsing import parse_ages
from assistant.age_rules import Thresholds
from assistant.home_reading import home_from_text
from assistant.situation_reading import SHARED, situation_from_text, threat_and_no_sharing

ADULT_AGE = "adult_age"  # the adults' routes
ADULT_AGE_HOME = "adult_age_home"  # a home too: the eligibility outcome
# An adult's own age with a threat, read as the age check ("I'm 34 and my ex keeps threatening
# to share our videos"): the threats answer, no question about the other person's age.
ADULT_THREATENED = "adult_threatened"
ADULT_SHARED = "adult_shared"  # "I'm 25 and my ex posted my nudes": what to do now
# A demand for money or more is blackmail, whose own answer ("don't pay") the classifier gives.
_DEMAND = re.compile(r"\b(pay|paid|money|cash|\$|gift ?cards?|bitcoin|crypto|e-?transfer|unless)\b")
AGE_CHECK_TOPIC = "check_age_rules"
# The classifier's topics written for young people, and no topic at all ("i was 31 then").
YOUTH_TOPICS = frozenset({"youth_disclosure", "ask_under_18_images", "nlu_fallback"})


def adult_age_kind(cleaned: str, intent: str | None) -> str | None:
    """ADULT_AGE(_HOME) when a youth topic's message gives only the person's own adult age."""
    if intent not in YOUTH_TOPICS:
        return None
    if not _own_adult_age_only(cleaned):
        return None
    return ADULT_AGE_HOME if home_from_text(cleaned) else ADULT_AGE


def _own_adult_age_only(cleaned: str) -> bool:
    ages = parse_ages(cleaned)
    if not ages.self_stated or ages.age is None or ages.other_age or ages.unassigned:
        return False
    return ages.age >= Thresholds.from_content().adult_age


def adult_threatened_kind(cleaned: str, intent: str | None) -> str | None:
    """ADULT_THREATENED (or ADULT_SHARED) when the age check's topic comes from an adult's own
    age and a threat (or a sharing): the age rules are about images of young people, which
    nobody mentioned. A demand for money is left to the blackmail answer."""
    if intent != AGE_CHECK_TOPIC or _DEMAND.search(cleaned) or not _own_adult_age_only(cleaned):
        return None
    if threat_and_no_sharing(cleaned):
        return ADULT_THREATENED
    return ADULT_SHARED if situation_from_text(cleaned) == SHARED else None


def own_adult_age_only(cleaned: str) -> bool:
    """The writer gives only their own age, and it is an adult's ("i'm 22 btw")."""
    return _own_adult_age_only(cleaned)
