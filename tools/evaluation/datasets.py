"""Load the evaluation sets in tests/data/ (held-out NLU set, crisis and ordinary messages)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT / "tests" / "data"
# The test set measures generalisation; the development set (the other half of the same
# batch) is the one data and pipeline work may look at.
HELDOUT_PATH = DATA_DIR / "nlu_heldout.yml"
DEV_PATH = DATA_DIR / "nlu_dev.yml"
TRAINING_DIR = REPO_ROOT / "data" / "nlu"
CRISIS_PATH = REPO_ROOT / "data" / "safety" / "crisis_messages.yml"
ORDINARY_PATH = REPO_ROOT / "data" / "safety" / "ordinary_messages.yml"

# Rasa's inline entity annotation: [text](entity) or [text]{"entity": ...}; keep the text only.
_ANNOTATION = re.compile(r"\[(?P<text>[^\]]+)\](\([^)]*\)|\{[^}]*\})")


@dataclass(frozen=True)
class Example:
    text: str
    intent: str


def strip_annotations(text: str) -> str:
    return _ANNOTATION.sub(lambda match: match.group("text"), text)


def parse_examples(block: str) -> list[str]:
    """The `- text` lines of a Rasa `examples: |` block, annotations removed."""
    texts = []
    for line in block.splitlines():
        line = line.strip()
        if line.startswith("- "):
            text = strip_annotations(line[2:].strip())
            if text:
                texts.append(text)
    return texts


def parse_nlu(document: dict) -> list[Example]:
    """Examples of a Rasa NLU YAML document (only `intent:` entries; synonyms etc. skipped)."""
    examples = []
    for entry in document.get("nlu") or []:
        if "intent" in entry:
            intent = entry["intent"]
            examples += [Example(text, intent) for text in parse_examples(entry["examples"])]
    return examples


def load_nlu_file(path: Path) -> list[Example]:
    return parse_nlu(yaml.safe_load(path.read_text(encoding="utf-8")))


def load_heldout(path: Path = HELDOUT_PATH) -> list[Example]:
    """The held-out test set."""
    return load_nlu_file(path)


def load_dev(path: Path = DEV_PATH) -> list[Example]:
    """The development set."""
    return load_nlu_file(path)


def normalised(text: str) -> str:
    """For comparing messages: lower case, letters, digits and single spaces only."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w ]", " ", text.lower())).strip()


def training_texts(folder: Path = TRAINING_DIR) -> set[str]:
    """Every training example, normalised."""
    texts: set[str] = set()
    for path in sorted(folder.glob("*.yml")):
        texts |= {normalised(e.text) for e in parse_nlu(yaml.safe_load(path.read_text()))}
    return texts


def strings(items: list, where: str) -> list[str]:
    """The items, checked to be text (YAML turns a bare `yes` or `no` into a bool)."""
    for item in items:
        if not isinstance(item, str):
            raise ValueError(f"{where}: {item!r} is not a string; quote it")
    return list(items)


def load_crisis(path: Path = CRISIS_PATH) -> dict[str, list[str]]:
    """{"crisis": [...], "immediate_danger": [...]}."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        key: strings(document.get(key) or [], f"{path.name}:{key}")
        for key in ("crisis", "immediate_danger")
    }


def load_ordinary(path: Path = ORDINARY_PATH) -> list[str]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return strings(document["messages"], path.name)
