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


# The age check's trust question answered with agreeing (assistant/age_answers.py).
@pytest.mark.parametrize(
    "text",
    [
        "we love each other though",
        "she says she sent them willingly",
        "its consensual",
        "they're dating",
    ],
)
def test_agreeing_said_at_the_trust_question_is_not_known(text):
    from assistant.age_answers import TRUST, Turn, read_trust

    turn = Turn(intent="inform_threatened", text=text, requested=TRUST)
    assert read_trust(turn) == {TRUST: "unsure"}


@pytest.mark.parametrize(
    "text, expected",
    [("no", "no"), ("yes he is her teacher", "yes"), ("no, he's just her boyfriend", "no")],
)
def test_plain_answers_at_the_trust_question_unchanged(text, expected):
    from assistant.age_answers import TRUST, Turn, read_trust

    intent = {"no": "deny"}.get(text, "inform")
    assert read_trust(Turn(intent=intent, text=text, requested=TRUST)) == {TRUST: expected}
