"""Keyboard mashing ("asdkjh qwpoeiru") falls back instead of getting a confident wrong intent.

The classifier always spreads its confidence over the intents it knows, and for letters that
form no word it can still pass the fallback threshold. A message counts as gibberish only when
it is plain ASCII letters, has at least two words (a single unknown word is more often a typo:
"vancuver") and not one of its words is English (spaCy's 1M-word frequency list
from spacy-lookups-data) or a name the assistant knows (content/places.yml and a few service
words). Any other script, digits or a single known word leave the classifier's answer alone,
and crisis patterns run after this and still win.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.training_data.message import Message

from assistant.content.loader import load_yaml
from assistant.explored_kinds import keyboard_mash
from assistant.nlu.intent_override import IntentOverride, override_intent
from assistant.nlu.weakened_wording import original_text
from assistant.safety import GUARD_PREFIX_CHARS

WORD = re.compile(r"[a-z]+")
ASCII_LETTERS_AND_PUNCTUATION = re.compile(r"^[a-z\s.,!?'\-]+$")
SERVICE_WORDS = {"sextortion", "sextorted", "deepfake", "deepfakes", "stopncii", "cybertip"}


# Only the plain lower-case keys are needed ("word": probability). Reading them with a regular
# expression instead of json.load keeps the peak memory near 65 MiB instead of 750 MiB.
LOWERCASE_KEY = re.compile(r'"([a-z]+)":')


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    data = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(str(data), "rt", encoding="utf-8") as handle:
        return frozenset(LOWERCASE_KEY.findall(handle.read()))


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    places = load_yaml("places")
    names = {
        word
        for key in ("bc_places", "non_bc_places")
        for place in places[key]["value"]
        for word in WORD.findall(str(place).lower())
    }
    return frozenset(names | SERVICE_WORDS)


def is_gibberish(text: str, known: frozenset[str] | None = None) -> bool:
    """Only the first GUARD_PREFIX_CHARS characters are read: a huge message costs no more
    than a long one."""
    lowered = (text or "")[:GUARD_PREFIX_CHARS].strip().lower()
    if not lowered or not ASCII_LETTERS_AND_PUNCTUATION.match(lowered):
        return False
    words = WORD.findall(lowered)
    if len(words) < 2:
        # One token typed as keyboard mash ("asdfgh", "jjjjjj"; round 19, explore20).
        return len(words) == 1 and keyboard_mash(lowered)
    vocabulary = known if known is not None else english_words() | known_names()
    return not any(word in vocabulary for word in words)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class GibberishGuard(IntentOverride):
    def __init__(self) -> None:
        self.vocabulary = english_words() | known_names()

    def process(self, messages: list[Message]) -> list[Message]:
        fallback = {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME, "confidence": 1.0}
        for message in messages:
            if is_gibberish(original_text(message), self.vocabulary):
                override_intent(message, fallback)
        return messages
