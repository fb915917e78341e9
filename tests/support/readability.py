"""Flesch-Kincaid grade level, offline (textstat fetches a dictionary from the network).

Syllables are counted with pyphen's hyphenation dictionary, which ships in the package.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A line of a list reads as a sentence of its own.
SENTENCE_END = re.compile(r"[.!?]+(?:[ \t]|$)|\n")


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


def syllables(word: str) -> int:
    parts = _dictionary().inserted(word.lower().strip("'’-")).split("-")
    return max(1, len([part for part in parts if part]))


def grade_level(text: str) -> float:
    words = WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len(SENTENCE_END.findall(text.strip() + " ")))
    syllable_count = sum(syllables(word) for word in words)
    return 0.39 * len(words) / sentences + 11.8 * syllable_count / len(words) - 15.59
