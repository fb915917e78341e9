"""Crisis and danger wording check: plain functions, no Rasa imports.

The NLU classifier is the first layer; this is the second, and it does not depend on the
classifier's confidence. Patterns live in content/safety.yml.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from assistant.content import value

CRISIS = "crisis"
IMMEDIATE_DANGER = "immediate_danger"
APOSTROPHES = "'\u2019\u2018`\u00b4"


def normalise(text: str) -> str:
    """Lower case, no apostrophes, letters repeated 3+ times cut to 2, single spaces."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = text.translate({ord(mark): None for mark in APOSTROPHES})
    text = re.sub(r"(.)\1{2,}", r"\1\1", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def compiled_patterns() -> tuple[tuple[str, tuple[re.Pattern, ...]], ...]:
    """Danger first: its reply leads with 9-1-1."""
    return (
        (IMMEDIATE_DANGER, tuple(map(re.compile, value("safety.immediate_danger_patterns")))),
        (CRISIS, tuple(map(re.compile, value("safety.crisis_patterns")))),
    )


@lru_cache(maxsize=1)
def figurative_patterns() -> tuple[re.Pattern, ...]:
    return tuple(map(re.compile, value("safety.figurative_phrases")))


def without_figures_of_speech(cleaned: str) -> str:
    """Blank out "my mom is gonna kill me" and the like; the rest is still checked."""
    for pattern in figurative_patterns():
        cleaned = pattern.sub(" ", cleaned)
    return re.sub(r"\s+", " ", cleaned).strip()


def spellings(text: str) -> tuple[str, ...]:
    """The normalised text, and the same with every doubled letter single ("cannnt" -> "cant")."""
    cleaned = without_figures_of_speech(normalise(text))
    return (cleaned, re.sub(r"(.)\1+", r"\1", cleaned))


def safety_intent(text: str) -> str | None:
    """Return 'immediate_danger', 'crisis' or None for a user message."""
    variants = spellings(text)
    if not variants[0]:
        return None
    for intent, patterns in compiled_patterns():
        if any(pattern.search(variant) for pattern in patterns for variant in variants):
            return intent
    return None
