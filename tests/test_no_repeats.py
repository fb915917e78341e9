"""No response twice in a row in the written dialogues: every test story and every rule.

The conversations themselves are checked as they run (tools.conversations.runner for
tests/conversations/*.yml, LoopCheckingBot.say in tests/support/loop_check.py for the
dialogue tests).
"""

from __future__ import annotations

import pytest
import yaml

from tests.domain_files import REPO_ROOT, rules

STORY_FILES = sorted((REPO_ROOT / "tests" / "stories").glob("*.yml")) + sorted(
    (REPO_ROOT / "data" / "stories").glob("*.yml")
)


def stories() -> list[dict]:
    found = []
    for path in STORY_FILES:
        found += (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("stories") or []
    return found


def bot_actions(steps: list[dict]) -> list[str]:
    """The actions of a dialogue in order, the listening between turns left out."""
    return [
        step["action"] for step in steps if "action" in step and step["action"] != "action_listen"
    ]


def first_repeat(actions: list[str]) -> str | None:
    for before, after in zip(actions, actions[1:], strict=False):
        if before == after and before.startswith("utter_"):
            return after
    return None


def test_a_repeat_is_found():
    assert first_repeat(["utter_thank", "utter_anything_else", "utter_anything_else"])
    assert first_repeat(["utter_thank", "utter_anything_else", "utter_goodbye"]) is None


@pytest.mark.parametrize(
    "dialogue", stories() + rules(), ids=lambda d: str(d.get("story") or d.get("rule"))[:50]
)
def test_no_response_twice_in_a_row(dialogue):
    assert first_repeat(bot_actions(dialogue.get("steps") or [])) is None
