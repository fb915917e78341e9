"""Punished for saying no (assistant/work_reprisal.py, round 31 p12): the honest answer, by age,
only with a boss, teacher or coach in view."""

from __future__ import annotations

from assistant import work_reprisal as w

MANAGER_YOUNG = ["I'm 17 and my manager at work keeps asking me for pics"]
MANAGER_ADULT = ["my manager keeps asking me for nudes, I'm 24"]


def test_punished_for_no_is_answered_by_age():
    for text in (
        "he's been cutting my shifts since I said no. can he do that?",
        "now he gives me fewer hours, is that allowed?",
        "since I refused he cut my hours",
    ):
        assert w.follow_up(text, MANAGER_YOUNG, None, []) == [w.REPRISAL_YOUNG], text
        assert w.follow_up(text, MANAGER_ADULT, None, []) == [w.REPRISAL_ADULT], text
    assert w.follow_up("my coach cut my ice time since I said no", [], True, []) == [
        w.REPRISAL_YOUNG
    ]


def test_not_without_a_boss_or_a_punishment():
    ex_posted = ["my ex posted my pics"]
    assert w.follow_up("he cut my hours, can he do that?", ex_posted, None, []) is None
    assert w.follow_up("can he do that?", MANAGER_YOUNG, None, []) is None
    assert w.follow_up("my manager said he'll fire me lol", MANAGER_ADULT, None, []) is None
    # a report's consequences, being fired or dropped: the older job and team answers
    for text in (
        "i havent sent any. but if i report him will i get fired?? i need this job",
        "if i report him to cybertip will he know it was me? hes gonna cut me from the team",
        "if i report to cybertip will he know it was me? hes gonna bench me",
    ):
        assert w.follow_up(text, MANAGER_YOUNG, None, []) is None, text
    # a crisis phrase is never read here (the crisis net answers before any reader)
    assert w.follow_up("i started cutting again", MANAGER_YOUNG, None, []) is None


def test_once_then_the_next_reader():
    text = "he's been cutting my shifts since I said no. can he do that?"
    assert w.follow_up(text, MANAGER_YOUNG, None, [w.REPRISAL_YOUNG]) is None
