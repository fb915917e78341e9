"""Before "I'd rather not guess": an answer the bot already has (round 18, kind 2: "can I sit in
on the call?", "should I keep the photographs?", "can she be made to delete it and pay me?" got
the honest "doesn't say" while a topic's own block answered them).

A plain-function retriever over the bot's own answer blocks: the responses the rules send for
the service page's topics (ask_*), each block's words plus its topic's training examples.
A question's focus words (question_coverage.focus_words: content lemmas, not frame words) are
weighted by how few blocks know them (a word every block uses says little). A block answers
when it holds all or nearly all of the focus weight, at least two focus words, and is clearly
ahead of the best block of any other topic; otherwise nothing (the honest answer stays).

Never a block already sent in this conversation (the caller passes them). The InterruptPolicy
calls it only for the "doesn't say" and the question fallback, never on crisis or danger, never
inside a form, never after the crisis answer. Plain functions; no model.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import yaml

from assistant import question_coverage, safety

REPO_ROOT = Path(__file__).resolve().parents[1]
NLU_DIR = REPO_ROOT / "data" / "nlu"
RULES_DIR = REPO_ROOT / "data" / "rules"
DOMAIN_DIR = REPO_ROOT / "domain"

# A block answers when it holds at least this share of the question's focus weight...
MIN_COVER = 0.75
# ...and at least this many of its focus words...
MIN_WORDS = 2
# ...and the best block of any other topic holds at most this share of what it holds.
MAX_RUNNER_UP = 0.65

# A focus word only in the topic's examples (not in the block's own text) counts this much.
EXAMPLE_ONLY = 0.6

# Blocks never offered: lists of topics or a first step meant for one reader only.
LEFT_OUT = frozenset({"utter_capabilities", "utter_helper_minor_first"})

# Words that ask the same as a word the blocks use (chosen on the development set and the
# round 18 turns; never on the held-out set).
_SAME_AS = {
    "sit": "attend",
    "accompany": "attend",
    "join": "attend",
    "telephone": "phone",
    "photograph": "evidence",
    "proof": "evidence",
    "screenshot": "evidence",
    "pay": "damages",
    "compensation": "damages",
    "money": "damages",
    "compensate": "damages",
    "erase": "delete",
    "remove": "delete",
}


def _yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _responses() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(DOMAIN_DIR.glob("*.yml")):
        for name, variants in (_yaml(path).get("responses") or {}).items():
            texts[name] = " ".join(str((v or {}).get("text") or "") for v in variants or [])
    return texts


@lru_cache(maxsize=1)
def _topic_blocks() -> dict[str, list[str]]:
    """{ask_* topic: the responses its rules send}, in rule order."""
    texts = _responses()
    blocks: dict[str, list[str]] = defaultdict(list)
    for path in sorted(RULES_DIR.glob("*.yml")):
        for rule in _yaml(path).get("rules") or []:
            intent = None
            for step in rule.get("steps") or []:
                if "intent" in step:
                    intent = step["intent"]
                    continue
                action = step.get("action")
                if (
                    intent
                    and str(intent).startswith(question_coverage.QUESTIONED_TOPIC_PREFIX)
                    and action in texts
                    and action not in LEFT_OUT
                    and action not in blocks[intent]
                ):
                    blocks[intent].append(action)
    return dict(blocks)


@lru_cache(maxsize=1)
def _examples() -> dict[str, list[str]]:
    examples: dict[str, list[str]] = defaultdict(list)
    for path in sorted(NLU_DIR.glob("*.yml")):
        for item in _yaml(path).get("nlu") or []:
            if "intent" in item and item.get("examples"):
                lines = str(item["examples"]).splitlines()
                examples[item["intent"]].extend(
                    line.strip()[2:] for line in lines if line.strip().startswith("- ")
                )
    return dict(examples)


def _word(lemma: str) -> str:
    return _SAME_AS.get(lemma, lemma)


def _words(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(_word(w) for text in texts for w in question_coverage.lemmas(text))


@lru_cache(maxsize=1)
def block_index() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """{response: (topic, the block's own words, its topic's examples' words)}."""
    texts = _responses()
    examples = _examples()
    index = {}
    for topic, names in _topic_blocks().items():
        shared = _words(examples.get(topic, []))
        for name in names:
            index[name] = (topic, _words([texts[name]]), shared)
    return index


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    index = block_index()
    counts: dict[str, int] = defaultdict(int)
    for _topic, own, shared in index.values():
        for word in own | shared:
            counts[word] += 1
    total = len(index) or 1
    return {word: math.log((total + 1) / (count + 0.5)) for word, count in counts.items()}


def question_focus(text: str) -> list[str]:
    """The focus words of the message's question sentences (of the whole message if none)."""
    sentences = question_coverage.question_sentences(text or "") or [text or ""]
    seen: list[str] = []
    for sentence in sentences:
        for word in question_coverage.focus_words(sentence):
            word = _word(word)
            if word not in seen:
                seen.append(word)
    return seen


def scores(text: str) -> list[tuple[float, int, str, str]]:
    """(covered share of focus weight, words covered, topic, response), best first."""
    focus = question_focus(text)
    if not focus:
        return []
    weights = _weights()
    top = max(weights.values(), default=1.0)
    weight = {word: weights.get(word, top) for word in focus}
    total = sum(weight.values()) or 1.0
    rows = []
    for name, (topic, own, shared) in block_index().items():
        held = [word for word in focus if word in own or word in shared]
        score = sum(weight[w] * (1.0 if w in own else EXAMPLE_ONLY) for w in held)
        rows.append((score / total, len(held), topic, name))
    rows.sort(key=lambda row: (-row[0], -row[1], row[3]))
    return rows


def retrieved_block(text: str, sent_before: Iterable[str] = ()) -> str | None:
    """The one block that clearly answers the message's question, or None."""
    if safety.read_safety(text or "") or safety.safety_intent(text or ""):
        return None  # crisis or danger words: the safety net's answers, never a block
    sent = set(sent_before)
    rows = scores(text)
    if not rows:
        return None
    cover, held, topic, name = rows[0]
    if cover < MIN_COVER or held < MIN_WORDS or name in sent:
        return None
    others = [row[0] for row in rows if row[2] != topic]
    if others and others[0] > cover * MAX_RUNNER_UP:
        return None
    return name


def retrieved_answer(
    text: str, sent_before: Iterable[str] = (), responses: Mapping | None = None
) -> list[str]:
    """[the block] when one answers, else []; `responses` (the domain's) to check it exists."""
    name = retrieved_block(text, sent_before)
    if not name or (responses is not None and name not in responses):
        return []
    return [name]
