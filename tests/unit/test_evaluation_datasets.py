"""The evaluation sets are well-formed, cover every intent and keep to their promised sizes."""

import re
from pathlib import Path

import pytest

from tools.evaluation import datasets

REPO_ROOT = Path(__file__).resolve().parents[2]
DOC_INTENT_ROW = re.compile(r"^\| ([a-z][a-z0-9_]*) \|", re.MULTILINE)


def documented_intents() -> set[str]:
    text = (REPO_ROOT / "docs" / "intents.md").read_text(encoding="utf-8")
    return set(DOC_INTENT_ROW.findall(text)) - {"intent"}


def test_strip_annotations_keeps_the_text():
    assert datasets.strip_annotations("I live in [Kelowna](bc_place)") == "I live in Kelowna"
    assert datasets.strip_annotations('in [Surrey]{"entity": "bc_place"}') == "in Surrey"


def test_parse_nlu_reads_rasa_yaml():
    document = {
        "version": "3.1",
        "nlu": [
            {"intent": "greet", "examples": "- hi\n- hello [there](x)\n"},
            {"synonym": "bc", "examples": "- b.c.\n"},
        ],
    }
    assert datasets.parse_nlu(document) == [
        datasets.Example("hi", "greet"),
        datasets.Example("hello there", "greet"),
    ]


def test_heldout_covers_every_documented_intent():
    # At least 2 each: messages also in the training data were removed from the set.
    examples = datasets.load_heldout()
    assert len(examples) >= 330
    counts: dict[str, int] = {}
    for example in examples:
        counts[example.intent] = counts.get(example.intent, 0) + 1
    assert set(counts) == documented_intents()
    assert min(counts.values()) >= 2


def test_heldout_has_no_duplicates():
    texts = [example.text.lower() for example in datasets.load_heldout()]
    assert len(texts) == len(set(texts))


def test_crisis_and_ordinary_sets_are_big_enough_and_disjoint():
    crisis = datasets.load_crisis()
    crisis_texts = crisis["crisis"] + crisis["immediate_danger"]
    ordinary = datasets.load_ordinary()
    assert len(crisis_texts) >= 90 and crisis["crisis"] and crisis["immediate_danger"]
    assert len(ordinary) >= 220
    assert not {t.lower() for t in crisis_texts} & {t.lower() for t in ordinary}


@pytest.mark.parametrize("loader", [datasets.load_ordinary, datasets.load_heldout])
def test_sets_contain_only_non_empty_strings(loader):
    for item in loader():
        text = item if isinstance(item, str) else item.text
        assert isinstance(text, str) and text.strip()


def test_unquoted_yes_is_rejected(tmp_path):
    path = tmp_path / "ordinary.yml"
    path.write_text("messages:\n  - hello\n  - yes\n")
    with pytest.raises(ValueError, match="quote it"):
        datasets.load_ordinary(path)
