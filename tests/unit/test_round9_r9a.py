"""Round 9 (issue 16, helper r9a): plain questions a neighbouring topic's reply took, "not sure
I understood" on plain messages, and closings (assistant/leftover_questions.py, courtesy.py,
next_questions.py). Our own wordings, not the transcripts'."""

from __future__ import annotations

import pytest

from assistant import leftover_questions as lq
from assistant.courtesy import is_closing
from assistant.next_questions import plan_close

CHILD_ASKED = ["my 14 year old got messages from a 22 year old man asking for naked photos"]


@pytest.mark.parametrize(
    ("text", "earlier", "kind"),
    [
        ("could I speak with a real person on the phone?", [], lq.PHONE_PERSON),
        ("thanks. is there anybody I can ring?", [], lq.PHONE_PERSON),
        ("what are the intake line hours", [], lq.LINE_HOURS),
        ("when is the office open?", [], lq.LINE_HOURS),
        ("do I dial 911 for this", [], lq.CALL_911),
        ("is this a 911 thing or not", [], lq.CALL_911),
        ("are the cops going to judge me?", [], lq.POLICE_SERIOUS),
        ("will police even believe me", [], lq.POLICE_SERIOUS),
        ("does he break the law by asking her?", CHILD_ASKED, lq.ADULT_ASKED_CHILD),
        ("is it illegal for him, she sent it", CHILD_ASKED, lq.ADULT_ASKED_CHILD),
        ("can she phone the lawyer by herself?", ["my daughter is 15"], lq.YOUNG_ALONE),
        ("do I need my parents' permission to call the service? im 16", [], lq.YOUNG_ALONE),
        ("my ex has nudes of me", [], lq.HAS_A_PIC),
        ("somebody got a video of me", [], lq.HAS_A_PIC),
    ],
)
def test_round9_kinds(text: str, earlier: list[str], kind: str) -> None:
    assert lq.plain_kind(text, earlier, []) == kind


@pytest.mark.parametrize(
    "text",
    [
        # Danger or crisis with it keeps the danger and crisis answers.
        "he's at my door with a knife, should I call 911?",
        "I want to talk to someone right now, I can't do this anymore",
        # Hours that are not the line's.
        "how many hours of free advice do I get?",
        "he posted it 3 hours ago",
        # Crime asked with no adult asking a child for images.
        "is it a crime to share my ex's pics?",
        # Someone has a pic, with sharing told: other readers' answers.
        "someone has a pic of me and posted it on reddit",
    ],
)
def test_round9_not_these_kinds(text: str) -> None:
    assert lq.plain_kind(text, [], []) not in {
        lq.PHONE_PERSON,
        lq.LINE_HOURS,
        lq.CALL_911,
        lq.ADULT_ASKED_CHILD,
        lq.HAS_A_PIC,
    }


@pytest.mark.parametrize(
    "text",
    ["no thanks, that's what I needed", "ok that's exactly what I wanted to know, thanks"],
)
def test_what_i_needed_is_a_close(text: str) -> None:
    assert is_closing(text)


def test_reporting_now_is_a_plan_close() -> None:
    assert plan_close("ok. we're calling the police now")
    assert plan_close("I am reporting it to cybertip now")
    # A crisis line called now keeps "glad you're reaching out".
    assert not plan_close("I'm calling 988 now")
    assert not plan_close("I'm calling the police now, he's outside")


def test_fee_and_steps_together() -> None:
    text = "how much will it cost me, and what happens once I reach them?"
    assert lq.plain_kind(text, [], []) == lq.FEE_AND_STEPS
    assert lq.plain_kind("what happens after I call them?", [], []) is None
