"""Round 14 kinds fixed after its one measurement (tests/simulated-users/2026-12-04-round14/):
"how do I stop him posting?" while it is still a threat gets the threats answer; "can I erase
this chat after?" is a question, never answered "It's deleted". Wordings not the transcripts'."""

from __future__ import annotations

import pytest

from assistant.answer_kinds import THREAT_ONLY
from assistant.deletion_followups import asks_if_deleted
from assistant.threat_stop import threat_stop_kind


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        ([], "how can i stop her from sharing them? she says she will if i break up with her"),
        (["my ex keeps threatening to post our video"], "how do i stop him from posting it"),
        ([], "nothing is up yet. can anyone make him not post it"),
    ],
)
def test_stopping_a_threatened_posting_gets_the_threats_answer(earlier, text):
    assert threat_stop_kind(text, earlier) == THREAT_ONLY


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["he posted my nudes on twitter"], "how do i stop him from posting more"),
        (["he threatened to post"], "how do i get it taken down"),
    ],
)
def test_a_posting_said_or_another_question_keeps_its_answer(earlier, text):
    assert threat_stop_kind(text, earlier) is None


@pytest.mark.parametrize(
    "text", ["can i erase this chat after? he reads my phone", "how do i delete this chat later"]
)
def test_asking_whether_it_can_be_deleted_is_not_asking_if_it_was(text):
    assert not asks_if_deleted(text)


@pytest.mark.parametrize("text", ["did you delete it??", "is it gone?", "so its erased right?"])
def test_asking_if_it_was_deleted_still_is(text):
    assert asks_if_deleted(text)
