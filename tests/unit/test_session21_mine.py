"""Session 21, mine: "what if he says no" after asking how to ask him (assistant/legal_asks.py)."""

from __future__ import annotations

import pytest

from assistant import legal_asks

EARLIER = [
    "i think my ex has nudes of me from years ago. he hasnt done anything. should i be worried",
    "can i ask him to delete them",
]


@pytest.mark.parametrize("text", ["what if he says no", "and if he refuses?", "what if he won't"])
def test_refusal_after_asking_how_to_ask_him(text):
    turns = [["utter_held_not_shared_order"], ["utter_confront"]]
    assert legal_asks.legal_ask_kind(text, EARLIER, turns, False, None) == (
        f"{legal_asks.HELD_DELETE}_again"
    )


def test_refusal_needs_the_held_answer_before():
    turns = [["utter_sextortion_steps"], ["utter_confront"]]
    assert legal_asks.legal_ask_kind("what if he says no", EARLIER, turns, False, None) is None


def test_held_answer_three_turns_back_does_not_count():
    turns = [["utter_held_not_shared_order"], ["utter_ask_crt"], ["utter_confront"]]
    assert legal_asks.legal_ask_kind("what if he says no", EARLIER, turns, False, None) is None
