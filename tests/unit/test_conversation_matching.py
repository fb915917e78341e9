"""The loop check every conversation file and dialogue test runs (tools/conversations/
matching.py): the same message twice in a row, or a long block of one turn sent again in
the next (issue 16: the CRT paragraph three times in a row)."""

from __future__ import annotations

from tools.conversations.matching import LONG_BLOCK_CHARS, repeated_message

BLOCK = "The Civil Resolution Tribunal can order images removed. " * 5
OTHER_BLOCK = "Here are the steps after you contact the service, one by one. " * 5


def said(*texts: str) -> list[dict]:
    return [{"text": text} for text in texts]


def test_the_last_message_first_again_is_a_repeat():
    assert repeated_message(said("a", "Is there anything else?"), said("Is there anything else?"))


def test_a_long_block_of_the_turn_before_sent_again_is_a_repeat():
    assert len(BLOCK) >= LONG_BLOCK_CHARS
    previous = said(BLOCK, "The CRT can also award money.")
    assert repeated_message(previous, said(BLOCK, "The CRT can also award money.")) == (
        BLOCK.strip().lower()
    )


def test_short_lines_and_new_blocks_are_not_repeats():
    assert repeated_message(said(BLOCK, "Okay."), said("Okay, you live outside B.C.")) is None
    assert repeated_message(said(BLOCK), said(OTHER_BLOCK)) is None
    assert repeated_message(said("Do you live in B.C.?", BLOCK), said("Okay.", OTHER_BLOCK)) is None


def test_a_tapped_button_may_get_its_block_again():
    from tools.conversations.matching import asked_by_button

    assert asked_by_button("/check_eligibility") and not asked_by_button("do I qualify")
    assert repeated_message(said(BLOCK, "Okay."), said(BLOCK), long_blocks=False) is None


def test_a_form_question_asked_again_after_a_side_answer_is_not_a_loop():
    question = "One more question. " + "Is the older person in a position of trust? " * 6
    previous = said(question)
    assert repeated_message(previous, said("You don't have to send anything.", question)) is None
    # Alone at the start of the turn, the same long question again is a loop.
    assert repeated_message(previous, said(question)) is not None
