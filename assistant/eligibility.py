"""Eligibility rule of the service page, as plain functions (no Rasa imports).

Rule (content/eligibility.yml): lives in B.C. AND images shared or threatened without consent.
Income, other help and demand "may be considered": the assistant says so, never decides them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.content import value

YES, NO, UNSURE, SKIPPED = "yes", "no", "unsure", "skipped"
SHARED, THREATENED, SHARED_OR_THREATENED, NEITHER = (
    "shared",
    "threatened",
    "shared_or_threatened",
    "neither",
)
QUALIFYING_SITUATIONS = {SHARED, THREATENED, SHARED_OR_THREATENED}

ELIGIBLE = "eligible"
NOT_IN_BC = "not_in_bc"
NO_SHARING = "no_sharing"
UNCLEAR = "unclear"

YES_WORDS = re.compile(r"^(y|ya|yes|yep|yeah|yup|i do|correct|right)\b")
NO_WORDS = re.compile(r"^(n|no|nope|nah|i dont|i don't)\b")


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(str(place).lower() for place in value("places.bc_places")),
        frozenset(str(place).lower() for place in value("places.non_bc_places")),
    )


def _contains_place(text: str, places: frozenset[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text) for place in places)


def _cleaned(text: str) -> str:
    return (text or "").strip().lower()


def lives_in_bc_from_text(text: str) -> str | None:
    """'yes' / 'no' from a place name or a plain yes/no; None when unclear."""
    cleaned = _cleaned(text)
    if not cleaned:
        return None
    bc_places, other_places = _places()
    if cleaned in {YES, NO, UNSURE, SKIPPED}:
        return cleaned
    if _contains_place(cleaned, other_places) and not _contains_place(cleaned, bc_places):
        return NO
    if _contains_place(cleaned, bc_places) or YES_WORDS.search(cleaned):
        return YES
    return NO if NO_WORDS.search(cleaned) else None


def outcome(lives_in_bc: str | None, situation: str | None) -> str:
    """Which answer fits. Every outcome has somewhere to go; none is a bare 'no'."""
    if lives_in_bc == NO:
        return NOT_IN_BC
    if situation == NEITHER:
        return NO_SHARING
    if lives_in_bc == YES and situation in QUALIFYING_SITUATIONS:
        return ELIGIBLE
    return UNCLEAR


OUTCOME_RESPONSES = {
    ELIGIBLE: "utter_eligible",
    NOT_IN_BC: "utter_not_in_bc",
    NO_SHARING: "utter_situation_neither",
    UNCLEAR: "utter_eligibility_unsure",
}
# Outcomes that say "you can apply" or give the intake line: they carry the pilot period's
# caveat once the configured period has passed.
OUTCOMES_NAMING_THE_SERVICE = {ELIGIBLE, UNCLEAR}
