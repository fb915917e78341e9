"""A parent whose own child shared asks about the police (assistant/sharer_police.py, round 32
p14): the sharer side, never the victims' "you don't need to report"."""

from __future__ import annotations

from assistant import sharer_police as s

SON_SHARED = ["my 16 year old son shared a girl's nude with his friends"]


def test_police_questions_from_the_sharers_parent():
    for text in (
        "I mean for my son. he's the one who did it. should he turn himself in?",
        "should we go to the police ourselves?",
        "do we have to report it to the police?",
        "should I take him to the police?",
    ):
        assert s.follow_up(text, SON_SHARED, []) == [s.SHARER_POLICE], text


def test_not_for_a_victim_or_a_statement_or_twice():
    victim = ["my ex shared my nudes"]
    assert s.follow_up("should we go to the police ourselves?", victim, []) is None
    assert s.follow_up("the police came today.", SON_SHARED, []) is None
    assert s.follow_up("should he turn himself in?", SON_SHARED, [s.SHARER_POLICE]) is None
