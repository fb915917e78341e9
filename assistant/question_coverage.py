"""Whether the topic the classifier chose covers what a question asks (issue 16, simulated
users round 7: "should I take her tablet away?", "can the host be sued?", "is Take It Down
free, will the site know?" got the nearest topic's block, often the same block again).

Each topic has a vocabulary: the words of its training examples and of the responses its
rules send. A question's focus words are the content words of its question sentences (not
function words, not the words every message here uses, only English words the lemma table
knows, so a misspelling never counts). A focus word outside the topic's vocabulary is a part
of the question the topic's answer was never about. When the classifier is unsure, or the
topic's answer was already given, the honest answer is that the information doesn't say,
with the question quoted back, and who can tell (assistant/policies/interrupt.py,
actions/not_covered.py). Plain functions; the NLU shell is assistant/nlu/coverage_reader.py.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib.resources import files

from spacy.lang.en.stop_words import STOP_WORDS

from assistant.plain_text import plain_lower

NOT_COVERED = "not_covered"
# Parse-data keys the reader sets: the question(s) quoted back, and the topic.
UNCOVERED_QUESTION_KEY = "uncovered_question"
# Below this confidence the classifier's topic is a guess; at or above it the topic answers
# unless it was already given in the conversation. A follow-up (a message after the first)
# asks about what was just said, and needs a surer topic to get the topic's block.
SURE_ENOUGH = 0.5
SURE_ENOUGH_FOLLOW_UP = 0.8
# A quote longer than this is cut at a word and ends with "...".
MAX_QUOTE_CHARS = 160

# Only these topics' answers are questioned: the service page's topics and "what can I do".
# Forms, handoffs, safety, small talk and the eligibility check answer for themselves.
QUESTIONED_TOPIC_PREFIX = "ask_"
QUESTIONED_TOPICS_EXTRA = frozenset({"route_finder"})

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_ASKS = re.compile(
    r"^(?:(?:so|and|but|ok|okay|wait|hmm|also|then|well|um|oh|thanks|thank you)[, ]+)*"
    r"(?:can|could|will|would|do|does|did|is|are|should|must|may|what|how|which|who|where"
    r"|when|why|am|was|were|has|have|shall)\b"
)
# Words nearly every message here uses, words that frame a question without saying what it is
# about ("what kind of", "does it count", "what does it involve"), and the service itself
# (every answer ends with who can help): never a focus.
# Chosen on the development set (tests/data/nlu_dev.yml), never on the held-out set.
_FRAME_WORDS = frozenset(
    """image picture pic nude video photo photograph he she they him her them ex boyfriend
    girlfriend bf gf husband wife partner guy man woman person someone somebody people thing
    stuff do get know want need help happen say ask think go make let like really just actually
    even also still okay yes no please thank hi hello lol omg u ur way time right now today
    tonight kind sort count include involve matter come order clarify mean exactly possible
    able allow sure understand explain question wonder true real lot bit thing anything
    something everything nothing guess hear
    legal advice lawyer service qualify eligible apply free""".split()
)
_MIN_WORD = 3


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    data = files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(str(data), "rt", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    table = _lemma_table()
    return frozenset(table) | frozenset(table.values())


# Words that ask the same as a word the topics use (chosen on the development set).
_SAME_AS = {
    "earn": "income",
    "salary": "income",
    "wage": "income",
    "paycheck": "income",
    "speak": "talk",
    "kid": "child",
    "cop": "police",
    "mum": "mom",
    "mother": "mom",
    "father": "dad",
}


def lemma(word: str) -> str:
    base = _lemma_table().get(word, word)
    return _SAME_AS.get(base, base)


def lemmas(text: str) -> list[str]:
    return [lemma(word) for word in _TOKEN.findall(plain_lower(text))]


def question_sentences(text: str) -> list[str]:
    """The sentences of `text` that ask something, in the person's own words and case."""
    sentences = [s.strip() for s in _SENTENCE.findall(text.replace("\u2019", "'"))]
    return [s for s in sentences if s and (s.endswith("?") or _ASKS.search(plain_lower(s)))]


def focus_words(sentence: str) -> list[str]:
    """Lemmas of a sentence's content words (known English words, not frame words)."""
    words = []
    for word in _TOKEN.findall(plain_lower(sentence)):
        if word in STOP_WORDS:
            continue
        base = lemma(word)
        if (
            base in STOP_WORDS
            or base in _FRAME_WORDS
            or len(base) < _MIN_WORD
            or base not in _known_words()
        ):
            continue
        words.append(base)
    return words


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(word for text in texts for word in lemmas(text))


def questioned_topic(intent: str | None) -> bool:
    if not intent:
        return False
    return intent.startswith(QUESTIONED_TOPIC_PREFIX) or intent in QUESTIONED_TOPICS_EXTRA


def uncovered_sentences(text: str, topic_words: frozenset[str]) -> list[str]:
    """The question sentences with a focus word the topic's vocabulary does not hold."""
    return [
        sentence
        for sentence in question_sentences(text)
        if any(word not in topic_words for word in focus_words(sentence))
    ]


def _safe_quote(sentence: str) -> str:
    # Markup and quotes out: the quote is said back inside the bot's own sentence.
    cleaned = re.sub(r"[<>\"\u201c\u201d`*_\[\]{}\\]", "", sentence)
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    if len(cleaned) > MAX_QUOTE_CHARS:
        cleaned = cleaned[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + "..."
    return cleaned


def quoted_question(sentences: list[str]) -> str:
    """The uncovered question(s), cleaned, to be quoted back (empty when none)."""
    return " ".join(_safe_quote(sentence) for sentence in sentences if _safe_quote(sentence))


def uncovered_question(
    text: str, intent: str | None, vocabularies: Mapping[str, frozenset[str]]
) -> str:
    """The question the chosen topic does not cover, to quote back. Empty when the topic
    covers any of the message's questions (it answers that one), or when the topic is not one
    whose answer is questioned."""
    if not questioned_topic(intent) or intent not in vocabularies:
        return ""
    asked = question_sentences(text)
    outside = uncovered_sentences(text, vocabularies[str(intent)])
    if not outside or len(outside) < len(asked):
        return ""
    return quoted_question(outside)


def not_covered_kind(
    parse_data: Mapping | None, earlier_topics: Iterable[str | None]
) -> str | None:
    """NOT_COVERED when the latest message's question is not covered by its topic and the
    classifier was unsure, or the topic's answer was already given in this conversation
    (`earlier_topics`: the topic of each earlier message); else None (the topic answers)."""
    parse_data = parse_data or {}
    if not parse_data.get(UNCOVERED_QUESTION_KEY):
        return None
    intent = parse_data.get("intent") or {}
    earlier = list(earlier_topics)
    given_before = intent.get("name") in set(earlier)
    sure = SURE_ENOUGH_FOLLOW_UP if earlier else SURE_ENOUGH
    unsure = float(intent.get("confidence") or 0.0) < sure
    return NOT_COVERED if given_before or unsure else None
