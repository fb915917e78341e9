"""Conversation files: the format staff write, and every file in tests/conversations."""

from pathlib import Path

import pytest
import yaml

from tools.conversations.spec import SpecError, load_file, parse_document

CONVERSATIONS = Path(__file__).resolve().parents[1] / "conversations"


def test_full_example_parses():
    document = yaml.safe_load(
        """
conversations:
  - name: "eligibility"
    steps:
      - user: "do I qualify?"
      - bot: {says: "live in B.C."}
      - click: "Yes"
      - bot: {says: ["604"], not: ["not eligible"], any: ["a", "b"], buttons: "Yes"}
      - bot: "plain text check"
"""
    )
    [conversation] = parse_document(document, "x.yml")
    kinds = [step.kind for step in conversation.steps]
    assert kinds == ["user", "bot", "click", "bot", "bot"]
    assert conversation.steps[1].expect.says == ("live in B.C.",)
    assert conversation.steps[3].expect.not_ == ("not eligible",)
    assert conversation.steps[3].expect.buttons == ("Yes",)
    assert conversation.steps[4].expect.says == ("plain text check",)


@pytest.mark.parametrize(
    "text, message",
    [
        ("[]", "conversations:"),
        ("conversations: [{steps: [{user: hi}]}]", "name"),
        ("conversations: [{name: a, steps: []}]", "non-empty"),
        ("conversations: [{name: a, steps: [{bot: hi}]}]", "first step"),
        ("conversations: [{name: a, steps: [{user: hi}, {say: x}]}]", "unknown step"),
        ("conversations: [{name: a, steps: [{user: hi}, {bot: {sayz: x}}]}]", "unknown check"),
        ("conversations: [{name: a, steps: [{user: hi}, {user: ''}]}]", "needs some text"),
        (
            "conversations: [{name: a, steps: [{user: hi}]}, {name: a, steps: [{user: hi}]}]",
            "twice",
        ),
    ],
)
def test_mistakes_are_explained(text, message):
    with pytest.raises(SpecError, match=message):
        parse_document(yaml.safe_load(text), "bad.yml")


def test_every_conversation_file_parses_and_there_are_enough():
    files = sorted(CONVERSATIONS.glob("*.yml"))
    assert len(files) >= 4
    conversations = [c for path in files for c in load_file(path)]
    assert len(conversations) >= 40
    for conversation in conversations:
        assert any(step.kind == "bot" for step in conversation.steps), conversation.name


def test_invalid_yaml_is_reported(tmp_path):
    path = tmp_path / "broken.yml"
    path.write_text("conversations: [\n", encoding="utf-8")
    with pytest.raises(SpecError, match="not valid YAML"):
        load_file(path)
