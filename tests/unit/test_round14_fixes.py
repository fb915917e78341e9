"""Round 14's kind 9, fixed after its one measurement (tests/simulated-users/2026-12-04-round14/):
"can I erase this chat after?" is a question, never answered "It's deleted". Wordings not the
transcripts'."""

from __future__ import annotations

import pytest

from assistant.deletion_followups import asks_if_deleted


@pytest.mark.parametrize(
    "text", ["can i erase this chat after? he reads my phone", "how do i delete this chat later"]
)
def test_asking_whether_it_can_be_deleted_is_not_asking_if_it_was(text):
    assert not asks_if_deleted(text)


@pytest.mark.parametrize("text", ["did you delete it??", "is it gone?", "so its erased right?"])
def test_asking_if_it_was_deleted_still_is(text):
    assert asks_if_deleted(text)
