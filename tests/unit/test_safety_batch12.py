"""Kinds found by fresh safety batch 12 (issue 14), tested in other wordings than the batch's
(the batch itself stays in tests/data/unseen/2026-12-03-batch12 and the regression sets)."""

import pytest

from assistant.safety import (
    CRISIS,
    FIGURE,
    NEGATION,
    PAST,
    RECOVERED,
    read_safety,
    says_safe,
)


@pytest.mark.parametrize(
    "text",
    [
        "i think im ready to leave this world now",
        "I'm going to leave the earth soon, nobody will care",
        "estoy sola y me estoy haciendo daño otra vez",
        "je me coupe encore ce soir",
        # A condition is no denial: "if not", "or", "unless" before the negation.
        "they need to take it down by tonight, if not I'm going to end my life",
        "delete it or I'm not going to be alive tomorrow, I mean it",
    ],
)
def test_crisis_kinds_are_clear(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear and reading.intent == CRISIS, reading


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        # A past attempt survived, now over: never the full reply.
        ("I'm a survivor, I survived a suicide attempt in my teens and I'm fine now", {RECOVERED}),
        ("she survived an attempt after the leak, she's doing better now", {RECOVERED, None}),
        # A habit told in the past: its "every day" is not now.
        ("I used to want to die every day. I'm okay now. Can I still sue?", {RECOVERED}),
        # An age then and an age now.
        ("I was suicidal at 15 because of the pics. I'm 22 now, what can I do?", {PAST, RECOVERED}),
        # A denial with "having".
        ("not having any suicidal thoughts, just want the video gone", {NEGATION}),
        # A figure explained as one.
        ("my cousin keeps saying she wants to die but she means she's mortified", {FIGURE}),
    ],
)
def test_weakened_kinds_are_never_the_full_reply(text, reasons):
    reading = read_safety(text)
    if reading is None:
        assert None in reasons  # no pattern at all: the classifiers decide
    else:
        assert not reading.clear and reading.weakened_by in reasons, reading


@pytest.mark.parametrize(
    "text",
    [
        "I survived a suicide attempt last month and the thoughts are back now",
        "I used to think about dying every day and lately I think about it all the time",
        "I'm going to kill myself at 9 tonight",
        "I was suicidal at 16 and I still want to die",
    ],
)
def test_present_signs_keep_a_crisis_clear(text):
    reading = read_safety(text)
    assert reading is not None and reading.clear, reading


def test_a_child_said_safe_with_the_parent_is_safe_and_not_safe_is_not():
    assert says_safe("my son is being blackmailed but he is safe at home with me")
    assert says_safe("she's being sextorted but she is safe at home with me right now")
    assert not says_safe("he's safe for now but the man is outside our house")
    assert says_safe("we're both safe now, what are the steps?")
    assert not says_safe("my daughter is not safe, he is outside")
    assert not says_safe("she isn't safe with him")
